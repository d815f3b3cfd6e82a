package org.hawliyat.ui.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.hawliyat.testing.DefaultLocale;
import org.hawliyat.testing.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code hawliyat render}, run in-process through the command line on a database seeded with the
 * curated data: the pictures exist, have the asked size and show something; bad input is exit 3.
 *
 * <p>The toolkit is started by TestFX before any picture, as it is when this class runs after the
 * UI tests in the same JVM: {@link HeadlessFx#start()} must then use the running toolkit (Platform.startup
 * throws "Toolkit already initialized" there). After each test the windows the renderer left
 * showing are hidden, so that they cannot take the keyboard and mouse from UI tests that run after
 * this class in the same JVM (see {@link #renderingLeavesNoWindowShowing()}).
 */
class RenderCommandTest {

    private static final String SELECT = "qa-kz-1993-relations-established";

    @TempDir
    static Path dir;

    private static Path db;
    private List<Window> windowsBefore;

    @BeforeAll
    static void startTheToolkitAsTestFxDoes() throws Exception {
        FxToolkit.registerPrimaryStage();
        db = dir.resolve("render.db");
    }

    @BeforeEach
    void rememberWindows() throws Exception {
        windowsBefore = showingWindows();
    }

    @AfterEach
    void hideTheRenderersWindows() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w.isShowing() && !windowsBefore.contains(w)) {
                    // The window view's MainWindow saves its bounds on hiding, into the preferences node
                    // Renderer.drawWindow has already removed: that would throw "Node has been removed".
                    w.setOnHiding(null);
                    w.hide();
                }
            }
        }).get();
    }

    private static List<Window> showingWindows() throws InterruptedException, ExecutionException {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(Window::isShowing).toList()).get();
    }

    private static Fixtures.Run render(String... options) {
        List<String> args = new ArrayList<>(List.of("--db", db.toString(), "render"));
        args.addAll(List.of(options));
        return Fixtures.cli(args.toArray(String[]::new));
    }

    private static BufferedImage read(Path png) throws IOException {
        assertThat(png).exists();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a PNG ImageIO can read").isNotNull();
        return image;
    }

    /** How many different colours the picture has: a blank or failed picture has one or two. */
    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 1) {
            for (int x = 0; x < image.getWidth(); x += 1) {
                seen.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return seen.size();
    }

    private static void assertPicture(Fixtures.Run run, Path png, int width, int height) throws IOException {
        assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isZero();
        assertThat(run.out()).contains("Wrote").contains(png.getFileName().toString());
        BufferedImage image = read(png);
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        assertThat(colours(image)).as("distinct colours").isGreaterThan(100);
    }

    /** The picture is drawn in the app's language and digits, never the computer's: the same pixels everywhere. */
    @Test
    void theSamePictureUnderEveryDefaultLocale() throws Exception {
        for (String lang : List.of("ar", "en")) {
            int[] first = null;
            for (DefaultLocale locale : DefaultLocale.ALL) {
                Path png = dir.resolve(lang + "-" + locale.locale().toLanguageTag() + ".png");
                Fixtures.Run run = locale.run(() -> render("--out", png.toString(), "--lang", lang,
                        "--width", "700", "--height", "350"));
                assertPicture(run, png, 700, 350);
                BufferedImage image = read(png);
                int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
                if (first == null) {
                    first = pixels;
                } else {
                    assertThat(pixels).as(lang + " under " + locale).isEqualTo(first);
                }
            }
        }
    }

    @Test
    void theArabicTimeline() throws IOException {
        Path png = dir.resolve("ar.png");
        assertPicture(render("--out", png.toString(), "--lang", "ar"), png, 1400, 700);
    }

    @Test
    void everyMarkerIsInThePictureNotOnlyTheLabels() throws IOException {
        // 1993-1995 holds one event, the relations established on 1 July 1993: its round marker, in
        // its type's colour (#E69F00), must be drawn among the lanes (it was missing: the marker's
        // picture was left for after the layout pass, and the picture was taken before that)
        Path png = dir.resolve("one-marker.png");
        assertPicture(render("--out", png.toString(), "--lang", "ar", "--from", "1993", "--to", "1995"), png, 1400, 700);
        BufferedImage image = read(png);
        int marker = 0;
        for (int y = 100; y < 600; y++) { // the lanes: below the axis and the periods, above the overview and legend
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if (Math.abs((rgb >> 16) - 0xE6) < 24 && Math.abs(((rgb >> 8) & 0xFF) - 0x9F) < 24 && Math.abs((rgb & 0xFF) - 0x00) < 40) {
                    marker++;
                }
            }
        }
        assertThat(marker).as("pixels of the marker's colour among the lanes").isGreaterThan(40);
    }

    @Test
    void theEnglishTimelineIsAnotherPicture() throws IOException {
        Path ar = dir.resolve("ar-again.png");
        Path en = dir.resolve("en.png");
        assertPicture(render("--out", ar.toString(), "--lang", "ar"), ar, 1400, 700);
        assertPicture(render("--out", en.toString(), "--lang", "en"), en, 1400, 700);
        assertThat(Files.mismatch(ar, en)).as("the pictures differ").isNotEqualTo(-1L);
    }

    @Test
    void theSamePictureTwiceInOneProcess() throws IOException {
        Path first = dir.resolve("first.png");
        Path second = dir.resolve("second.png");
        assertPicture(render("--out", first.toString(), "--lang", "en"), first, 1400, 700);
        assertPicture(render("--out", second.toString(), "--lang", "en"), second, 1400, 700);
        BufferedImage a = read(first);
        BufferedImage b = read(second);
        int differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertThat(differing).as("pixels that differ between two identical requests").isZero();
    }

    @Test
    void theWholeWindowWithAnEventSelected() throws IOException {
        Path png = dir.resolve("window.png");
        assertPicture(render("--out", png.toString(), "--view", "window", "--select", SELECT), png, 1400, 700);
    }

    @Test
    void scaleTwoDoublesThePixels() throws IOException {
        Path png = dir.resolve("scale2.png");
        assertPicture(render("--out", png.toString(), "--lang", "en", "--width", "900", "--height", "450",
                "--scale", "2"), png, 1800, 900);
    }

    @Test
    void aRangeOfTime() throws IOException {
        Path png = dir.resolve("range.png");
        assertPicture(render("--out", png.toString(), "--from", "2022-01", "--to", "2023-12", "--width", "800",
                "--height", "400"), png, 800, 400);
    }

    @Test
    void anUnknownEventToSelectIsInvalidInputAndWritesNothing() {
        Path png = dir.resolve("unknown.png");
        Fixtures.Run run = render("--out", png.toString(), "--select", "no-such-event");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("--select").contains("no-such-event").doesNotContain("Exception");
        assertThat(png).doesNotExist();
    }

    @Test
    void aBadStartDateIsInvalidInputAndWritesNothing() {
        Path png = dir.resolve("bad-from.png");
        Fixtures.Run run = render("--out", png.toString(), "--from", "1993-13-45");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("--from").doesNotContain("Exception");
        assertThat(png).doesNotExist();
    }

    @Test
    void aScaleOutOfRangeIsInvalidInput() {
        Path png = dir.resolve("bad-scale.png");
        assertThat(render("--out", png.toString(), "--scale", "0").exitCode()).isEqualTo(3);
        assertThat(render("--out", png.toString(), "--scale", "9").exitCode()).isEqualTo(3);
        assertThat(png).doesNotExist();
    }

    @Test
    void renderingLeavesNoWindowShowing() throws Exception {
        Path png = dir.resolve("leak.png");
        assertThat(render("--out", png.toString()).exitCode()).isZero();
        assertThat(render("--out", png.toString(), "--view", "window").exitCode()).isZero();
        assertThat(showingWindows()).containsExactlyInAnyOrderElementsOf(windowsBefore);
    }

    /** Pixels in a band of the picture that are not its background (the colour of its top left corner). */
    private static double inked(BufferedImage image, int x0, int y0, int x1, int y1) {
        int background = image.getRGB(0, 0);
        long inked = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (image.getRGB(x, y) != background) {
                    inked++;
                }
            }
        }
        return inked / (double) ((long) (x1 - x0) * (y1 - y0));
    }

    @Test
    void dpi300GivesThePrintSizeAndThePictureIsDrawnToItsEdges() throws IOException {
        Path png = dir.resolve("dpi300.png");
        // 800 × 400 layout pixels at 300 dpi: scale 300 / 96 = 3.125
        assertPicture(render("--out", png.toString(), "--lang", "en", "--width", "800", "--height", "400", "--dpi", "300"),
                png, 2500, 1250);
        BufferedImage image = read(png);
        int w = image.getWidth();
        int h = image.getHeight();
        int band = h / 12;
        // something is drawn near every edge: the axis at the top, the legend at the foot, the lane
        // names at the start, the latest events at the end (a picture cut short would be empty there)
        assertThat(inked(image, 0, 0, w, band)).as("top").isGreaterThan(0.02);
        assertThat(inked(image, 0, h - band, w, h)).as("foot").isGreaterThan(0.02);
        assertThat(inked(image, 0, 0, band, h)).as("start").isGreaterThan(0.02);
        assertThat(inked(image, w - band, 0, w, h)).as("end").isGreaterThan(0.02);
        assertThat(inked(image, w / 2, h / 2, w, h)).as("lower right quarter").isGreaterThan(0.05);
        // the legend's first marker, in the first type's colour (Okabe–Ito orange #E69F00), in the lowest band
        boolean legend = false;
        for (int y = h - 2 * band; y < h && !legend; y++) {
            for (int x = 0; x < w / 2 && !legend; x++) {
                int rgb = image.getRGB(x, y);
                legend = Math.abs((rgb >> 16 & 0xFF) - 0xE6) < 12 && Math.abs((rgb >> 8 & 0xFF) - 0x9F) < 12
                        && (rgb & 0xFF) < 20;
            }
        }
        assertThat(legend).as("the legend's orange marker near the foot").isTrue();
    }

    @Test
    void dpiAndScaleTogetherAreAUsageErrorAndTooManyDotsInvalidInput() {
        Path png = dir.resolve("dpi-bad.png");
        assertThat(render("--out", png.toString(), "--dpi", "300", "--scale", "2").exitCode()).isEqualTo(2);
        Fixtures.Run tooMany = render("--out", png.toString(), "--dpi", "1000");
        assertThat(tooMany.exitCode()).isEqualTo(3);
        assertThat(tooMany.err()).contains("--dpi").doesNotContain("Exception");
        assertThat(png).doesNotExist();
    }

    @Test
    void aTourTimelineIsAnotherPictureThanTheWholeTimeline() throws IOException {
        Path all = dir.resolve("all-events.png");
        Path tour = dir.resolve("tour-events.png");
        assertPicture(render("--out", all.toString(), "--lang", "en", "--width", "900", "--height", "450"), all, 900, 450);
        assertPicture(render("--out", tour.toString(), "--lang", "en", "--width", "900", "--height", "450",
                "--tour", "qa-kz-thirty-years"), tour, 900, 450);
        assertThat(Files.mismatch(all, tour)).isNotEqualTo(-1L);
    }

    @Test
    void aPdfHandoutOfATourAndAnUnknownTour() throws IOException {
        Path pdf = dir.resolve("tour.pdf");
        Fixtures.Run run = render("--out", pdf.toString(), "--format", "pdf", "--lang", "ar", "--tour", "qa-kz-thirty-years");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote", "tour.pdf", "page");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        Path none = dir.resolve("no-tour.pdf");
        Fixtures.Run unknown = render("--out", none.toString(), "--tour", "no-such-tour");
        assertThat(unknown.exitCode()).isEqualTo(3);
        assertThat(unknown.err()).contains("--tour", "no-such-tour").doesNotContain("Exception");
        assertThat(unknown.err().lines().count()).isEqualTo(1);
        assertThat(none).doesNotExist();
        Fixtures.Run unknownPng = render("--out", dir.resolve("no-tour.png").toString(), "--tour", "no-such-tour");
        assertThat(unknownPng.exitCode()).isEqualTo(3);
        assertThat(unknownPng.err()).contains("--tour", "no-such-tour");
    }
}
