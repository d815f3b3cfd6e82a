package org.hawliyat.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.hawliyat.ui.common.Styles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline's stylesheet converts cleanly when the timeline leaves the scene and comes back (as
 * the main window's does around a presentation), which is when JavaFX restyles every node. JavaFX
 * 21 may then evaluate one node's rules on a label being restyled, where the looked-up colours
 * cannot be resolved: the events' rules no longer look up a colour that is itself a lookup, so
 * they convert wherever they are evaluated. (A lane band's border, whose colour is a variable of
 * the timeline, can still be caught so in this test; the application's own tests no longer meet it.)
 */
@ExtendWith(ApplicationExtension.class)
class TimelineStylesheetTest {

    private static final Logger CSS_LOG = Logger.getLogger("javafx.css");

    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Handler collect = new Handler() {
        @Override
        public void publish(LogRecord record) {
            warnings.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        CSS_LOG.addHandler(collect);
    }

    @AfterEach
    void stopCollecting() {
        CSS_LOG.removeHandler(collect);
    }

    @Test
    void theEventsRulesConvertWhenTheTimelineComesBackIntoTheScene() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            TimelineView view = new TimelineView();
            view.setAnimated(false);
            view.setData(TimelineViewTest.curated());
            SplitPane split = new SplitPane(view, new StackPane(new Label("events")));
            split.setOrientation(Orientation.VERTICAL);
            BorderPane window = new BorderPane(split);
            window.setTop(new Label("menu"));
            window.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            Scene scene = new Scene(window, 1200, 700);
            Styles.applyTo(scene);
            stage.setScene(scene);
            stage.show();
            window.applyCss();
            window.layout();
            view.setSelectedEvent(view.getData().items().get(3).event());
            window.applyCss();
            window.layout();
            for (int i = 0; i < 2; i++) {
                BorderPane presentation = new BorderPane(new Label("presentation"));
                presentation.setStyle("-fx-font-size: 22px;");
                scene.setRoot(presentation);
                presentation.applyCss();
                presentation.layout();
                scene.setRoot(window);
                window.applyCss();
                window.layout();
            }
            return null;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(warnings).filteredOn(w -> w.contains("event-span") || w.contains("event-marker")).isEmpty();
    }
}
