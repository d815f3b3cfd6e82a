package org.hawliyat.testing;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.hawliyat.app.Catalogues;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.ui.MainWindow;
import org.hawliyat.ui.common.UiPreferences;
import org.hawliyat.ui.concurrent.SynchronousTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window on a fresh database holding the curated data, with the test preferences cleared
 * and a synchronous task runner: what the window tests start from. Close it after each test.
 */
public record CuratedWindow(MainWindow window, CatalogueStore store, Path database, UiPreferences preferences)
        implements AutoCloseable {

    /** Opens and shows the window on a new database under {@code dir}; {@code fitScreen} puts it where the robot can click. */
    public static CuratedWindow show(Stage stage, Path dir, boolean fitScreen) {
        UiPreferences preferences = UiPreferences.forUser();
        preferences.clear(); // the test node (hawliyat-test, set by surefire), never the user's own
        Path database = dir.resolve(UUID.randomUUID().toString()).resolve("t.db");
        CatalogueStore store = Catalogues.open(database);
        MainWindow window = new MainWindow(stage, store, new SynchronousTaskRunner(), preferences);
        window.show();
        if (fitScreen) {
            // the whole window on the headless screen (Monocle's is 1280 by 800)
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(800);
        }
        return new CuratedWindow(window, store, database, preferences);
    }

    @Override
    public void close() {
        store.close();
    }

    /** Runs on the FX thread and waits for the result. */
    public static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    /** Runs on the FX thread and waits for it to finish. */
    public static void onFx(Runnable work) throws Exception {
        WaitForAsyncUtils.asyncFx(work).get();
    }

    /** Scrolls the detail pane (or the scroll pane in it that holds the node: a form's fields) to the node, as a reader would, and clicks it. */
    public static void clickInDetail(FxRobot robot, String query) throws Exception {
        Node node = robot.lookup(query).query();
        onFx(() -> {
            ScrollPane detail = robot.lookup("#detail-pane").query();
            for (Node up = node.getParent(); up != null; up = up.getParent()) {
                if (up instanceof ScrollPane nearest) {
                    detail = nearest;
                    break;
                }
            }
            Node content = detail.getContent();
            Bounds bounds = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
            double scrollable = content.getLayoutBounds().getHeight() - detail.getViewportBounds().getHeight();
            detail.setVvalue(scrollable <= 0 ? 0 : Math.min(1, Math.max(0, (bounds.getMinY() - 20) / scrollable)));
            detail.layout();
        });
        clickOnFx(robot, node);
    }

    /**
     * Clicks the middle of a node, its place computed on the FX thread: TestFX's own clickOn(query)
     * measures the node from the test thread, which can meet the FX thread laying out a node that
     * was just made (an NPE inside JavaFX's text layout, seen once in CI).
     */
    public static void clickOnFx(FxRobot robot, Node node) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Point2D centre = onFx(() -> {
            Bounds bounds = node.localToScreen(node.getLayoutBounds());
            return new javafx.geometry.Point2D(bounds.getCenterX(), bounds.getCenterY());
        });
        robot.clickOn(centre);
    }
}
