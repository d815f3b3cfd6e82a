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
    void theArabicPaperReadsAsTheWindowDoesNotMirrored(FxRobot robot) throws Exception {
        org.hawliyat.ui.timeline.TimelineView timeline = robot.lookup("#timeline").query();
        double[] positions = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.layout.StackPane frame = PrintPreview.paper(timeline);
            org.hawliyat.ui.timeline.TimelineView paper = (org.hawliyat.ui.timeline.TimelineView) frame.lookup("#paper-timeline");
            // where the gutter of lane names stands in the picture: right in Arabic, as in the window
            javafx.scene.Node windowGutter = timeline.lookup(".lane-header");
            javafx.scene.Node paperGutter = paper.lookup(".lane-header");
            javafx.geometry.Bounds inWindow = windowGutter.localToScene(windowGutter.getLayoutBounds());
            javafx.geometry.Bounds onPaper = paperGutter.localToScene(paperGutter.getLayoutBounds());
            javafx.geometry.Bounds window = timeline.localToScene(timeline.getLayoutBounds());
            return new double[] {(inWindow.getCenterX() - window.getMinX()) / window.getWidth(),
                    onPaper.getCenterX() / frame.getWidth()};
        }).get();
        assertThat(positions[0]).as("the window's lane names").isGreaterThan(0.5);
        assertThat(positions[1]).as("the paper's lane names, on the same side").isGreaterThan(0.5);
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

    @Test
    void aShortWindowPrintsEveryLaneNotTheScrolledFew(FxRobot robot) throws Exception {
        robot.interact(() -> {
            javafx.stage.Window window = robot.lookup("#timeline").query().getScene().getWindow();
            window.setWidth(1024);
            window.setHeight(700);
        });
        org.hawliyat.ui.timeline.TimelineView timeline = robot.lookup("#timeline").query();
        // the window shows a few lanes and scrolls them
        assertThat(robot.lookup("#timeline .lane-scroll-bar").tryQuery().map(javafx.scene.Node::isVisible))
                .as("the window's lanes scroll").contains(true);
        javafx.scene.image.Image picture = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> PrintPreview.picture(timeline)).get();
        // the paper shows them all: as wide as the window's timeline, taller than it
        assertThat(picture.getWidth()).isCloseTo(timeline.getWidth() * 2, org.assertj.core.data.Offset.offset(2.0));
        assertThat(picture.getHeight()).as("every lane on paper").isGreaterThan(timeline.getHeight() * 2 + 40);
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
