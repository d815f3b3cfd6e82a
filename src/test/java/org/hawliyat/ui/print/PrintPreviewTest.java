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

    @Start
    void start(Stage stage) {
        UiPreferences preferences = UiPreferences.forUser();
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
}
