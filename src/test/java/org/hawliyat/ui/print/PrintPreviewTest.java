package org.hawliyat.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javafx.scene.control.DialogPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hawliyat.app.Catalogues;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.ui.MainWindow;
import org.hawliyat.ui.common.UiPreferences;
import org.hawliyat.ui.concurrent.SynchronousTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PrintPreviewTest {

    @TempDir
    static java.nio.file.Path tempDir;

    private CatalogueStore store;
    private UiPreferences preferences;

    @Start
    void start(Stage stage) {
        preferences = UiPreferences.forUser();
        preferences.clear();
        store = Catalogues.open(tempDir.resolve(UUID.randomUUID().toString()).resolve("t.db"));
        new MainWindow(stage, store, new SynchronousTaskRunner(), preferences).show();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void ctrlPShowsThePageThatWillPrintWithTheWholeTimelineOnIt(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        DialogPane preview = robot.lookup("#print-preview").queryAs(DialogPane.class);
        ImageView picture = robot.lookup("#print-page .image-view").queryAs(ImageView.class);
        javafx.scene.Node timeline = robot.lookup("#timeline").query();
        // the whole timeline, drawn at twice its size, fitted into the landscape page with its proportions
        assertThat(picture.getImage().getWidth()).isEqualTo(timeline.getLayoutBounds().getWidth() * 2, org.assertj.core.data.Offset.offset(2.0));
        double ratio = picture.getImage().getWidth() / picture.getImage().getHeight();
        assertThat(picture.getFitWidth() / picture.getFitHeight()).isCloseTo(ratio, org.assertj.core.data.Offset.offset(0.01));
        javafx.scene.layout.Region page = robot.lookup("#print-page").queryAs(javafx.scene.layout.Region.class);
        assertThat(picture.getFitWidth()).isLessThanOrEqualTo(page.getMinWidth());
        assertThat(page.getMinWidth()).isGreaterThan(page.getMinHeight()); // landscape
        robot.type(KeyCode.ESCAPE);
        assertThat(preview.getScene() == null || !preview.getScene().getWindow().isShowing()).isTrue();
    }

    @Test
    void theArabicPictureReadsAsTheWindowDoesNotMirrored(FxRobot robot) throws Exception {
        javafx.scene.Node timeline = robot.lookup("#timeline").query();
        int[] differences = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.image.Image picture = PrintPreview.picture(timeline);
            javafx.scene.image.Image window = timeline.getScene().getRoot().snapshot(null, null);
            javafx.geometry.Bounds at = timeline.localToScene(timeline.getLayoutBounds());
            int same = 0;
            int mirrored = 0;
            for (int i = 1; i < 40; i++) {
                int x = (int) (at.getWidth() * i / 40);
                int y = (int) (at.getHeight() / 3);
                int shown = window.getPixelReader().getArgb((int) at.getMinX() + x, (int) at.getMinY() + y);
                same += close(shown, picture.getPixelReader().getArgb(2 * x, 2 * y)) ? 1 : 0;
                mirrored += close(shown, picture.getPixelReader().getArgb((int) picture.getWidth() - 1 - 2 * x, 2 * y)) ? 1 : 0;
            }
            return new int[] {same, mirrored};
        }).get();
        assertThat(differences[0]).as("columns matching the window").isGreaterThan(differences[1]).isGreaterThan(30);
    }

    private static boolean close(int a, int b) {
        for (int shift = 0; shift < 24; shift += 8) {
            if (Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)) > 40) {
                return false;
            }
        }
        return true;
    }

    @Test
    void inTheDarkThemeThePageAndThePictureAreLightAndTheWindowStaysDark(FxRobot robot) throws Exception {
        robot.interact(() -> preferences.appearance().themeProperty()
                .set(org.hawliyat.ui.common.Appearance.Theme.DARK));
        javafx.scene.Node timeline = robot.lookup("#timeline").query();
        double windowBefore = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> lightness(timeline.snapshot(null, null))).get();
        assertThat(windowBefore).as("the dark window's timeline").isLessThan(0.55);

        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        ImageView picture = robot.lookup("#print-page .image-view").queryAs(ImageView.class);
        assertThat(lightness(picture.getImage())).as("the picture to print").isGreaterThan(0.8)
                .isGreaterThan(windowBefore + 0.3);
        javafx.scene.layout.Region page = robot.lookup("#print-page").queryAs(javafx.scene.layout.Region.class);
        double pageLightness = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> lightness(page.snapshot(null, null))).get();
        assertThat(pageLightness).as("the page around it").isGreaterThan(0.8);
        robot.type(KeyCode.ESCAPE);

        double windowAfter = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> lightness(timeline.snapshot(null, null))).get();
        assertThat(windowAfter).as("the window after printing, dark as before")
                .isCloseTo(windowBefore, org.assertj.core.data.Offset.offset(0.05));
    }

    /** The mean brightness of a picture, 0 (black) to 1 (white), sampled on a grid. */
    private static double lightness(javafx.scene.image.Image image) {
        double sum = 0;
        int n = 0;
        for (int i = 1; i < 30; i++) {
            for (int j = 1; j < 30; j++) {
                javafx.scene.paint.Color c = image.getPixelReader().getColor(
                        (int) (image.getWidth() * i / 30), (int) (image.getHeight() * j / 30));
                sum += c.getBrightness();
                n++;
            }
        }
        return sum / n;
    }
}
