package org.hawliyat.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hawliyat.testing.CuratedWindow.onFx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.hawliyat.testing.CuratedWindow;
import org.hawliyat.ui.common.Appearance;
import org.hawliyat.ui.text.WrappedText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View ▸ Text size, as a reader uses it: every paragraph is wrapped again at the new size, with no
 * word drawn over another. (On a real display the timeline's markers, redrawn inside the layout
 * pass, once left the paragraphs with their old word positions; headless JavaFX lays them out
 * again, so {@code MarkerStampsTest} checks the cause.)
 */
@ExtendWith(ApplicationExtension.class)
class TextSizeTest {

    @TempDir
    static Path tempDir;

    private CuratedWindow curated;

    @Start
    void start(Stage stage) {
        curated = CuratedWindow.show(stage, tempDir, true);
    }

    @AfterEach
    void close() {
        curated.close();
    }

    @Test
    void aLargerTextSizeRewrapsEveryParagraphWithoutWordsOverEachOther(FxRobot robot) throws Exception {
        for (Appearance.TextSize size : List.of(Appearance.TextSize.LARGER, Appearance.TextSize.NORMAL,
                Appearance.TextSize.LARGE)) {
            robot.interact(() -> curated.preferences().appearance().textSizeProperty().set(size));
            WaitForAsyncUtils.waitForFxEvents();
            List<String> overlaps = onFx(() -> {
                List<String> found = new ArrayList<>();
                for (Node node : robot.lookup(".wrapped-text").queryAll()) {
                    if (node.isVisible() && node.getScene() != null) {
                        found.addAll(overlapsIn((WrappedText) node));
                    }
                }
                return found;
            });
            assertThat(overlaps).as("words drawn over each other at " + size).isEmpty();
            double titleSize = onFx(() -> ((Text) robot.lookup("#detail-title").<WrappedText>query()
                    .getChildren().get(0)).getFont().getSize());
            assertThat(titleSize).as("the detail title grows with the text size").isGreaterThan(size.pixels());
        }
    }

    @Test
    void afterSwitchingLanguageWithASizeChangeBetweenEveryRowIsInTheNewLanguage(FxRobot robot) throws Exception {
        robot.interact(() -> org.hawliyat.testing.WindowTexts.menuItem(robot, "language-en").fire());
        for (Appearance.TextSize size : List.of(Appearance.TextSize.LARGER, Appearance.TextSize.NORMAL)) {
            robot.interact(() -> curated.preferences().appearance().textSizeProperty().set(size));
            robot.interact(() -> org.hawliyat.testing.WindowTexts.menuItem(robot, "language-ar").fire());
            robot.interact(() -> curated.preferences().appearance().textSizeProperty().set(
                    size == Appearance.TextSize.LARGER ? Appearance.TextSize.NORMAL : Appearance.TextSize.LARGER));
            // scroll through the list as a reader would: every row that comes into view is Arabic
            javafx.scene.control.ListView<?> list = robot.lookup("#event-list").queryListView();
            for (int at = 0; at < list.getItems().size(); at += 3) {
                int row = at;
                robot.interact(() -> list.scrollTo(row));
                List<String> rows = onFx(() -> robot.lookup(".event-cell-row").queryAll().stream()
                        .filter(Node::isVisible)
                        .filter(r -> r.getParent() != null && r.getParent().isVisible())
                        .map(r -> String.join(" | ", org.hawliyat.testing.WindowTexts.texts(r))).toList());
                assertThat(rows).as("rows after English, then Arabic, at " + size).isNotEmpty()
                        .allSatisfy(r -> assertThat(r).doesNotContainPattern("[A-Za-z]{4,}"));
            }
            robot.interact(() -> org.hawliyat.testing.WindowTexts.menuItem(robot, "language-en").fire());
        }
    }

    /** Pairs of words of one paragraph whose boxes overlap (more than a pixel of shaping slack). */
    private static List<String> overlapsIn(WrappedText paragraph) {
        List<String> found = new ArrayList<>();
        List<Node> words = paragraph.getChildren();
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j < words.size(); j++) {
                Bounds a = words.get(i).getBoundsInParent();
                Bounds b = words.get(j).getBoundsInParent();
                double across = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double down = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                if (across > 1 && down > 1 && !((Text) words.get(i)).getText().isBlank()
                        && !((Text) words.get(j)).getText().isBlank()) {
                    found.add(((Text) words.get(i)).getText() + " / " + ((Text) words.get(j)).getText());
                }
            }
        }
        return found;
    }
}
