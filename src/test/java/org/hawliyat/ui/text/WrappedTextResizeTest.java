package org.hawliyat.ui.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.hawliyat.ui.common.Styles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A short right-to-left paragraph must stay against the start (right) edge when its pane widens:
 * on Linux a TextFlow that still fits on one line kept its old word positions after a resize.
 */
@ExtendWith(ApplicationExtension.class)
class WrappedTextResizeTest {

    private final WrappedText line = new WrappedText("1 يوليو 1993");
    private final VBox column = new VBox(line);
    private Stage stage;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
        column.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        Scene scene = new Scene(column, 300, 200);
        Styles.applyTo(scene);
        stage.setScene(scene);
        stage.sizeToScene(); // an earlier test may have sized the shared stage by hand
        stage.show();
    }

    @Test
    void aShortRightToLeftLineFollowsTheStartEdgeWhenThePaneWidens() throws Exception {
        assertThat(gapAtTheStartEdge()).isLessThan(2);
        onFx(() -> {
            stage.setWidth(700);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(line.getWidth()).isGreaterThan(600);
        assertThat(gapAtTheStartEdge()).isLessThan(2);
    }

    /** The distance from the right edge of the scene to the rightmost word. */
    private double gapAtTheStartEdge() throws Exception {
        return onFx(() -> {
            double rightmost = 0;
            for (Node piece : line.getChildren()) {
                Bounds bounds = piece.localToScene(piece.getLayoutBounds());
                rightmost = Math.max(rightmost, bounds.getMaxX());
            }
            return line.getScene().getWidth() - rightmost;
        });
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
