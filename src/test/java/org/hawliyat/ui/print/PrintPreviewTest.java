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
import org.hawliyat.ui.UiPreferences;
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
}
