package org.hawliyat.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hawliyat.testing.CuratedWindow.onFx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.hawliyat.model.Language;
import org.hawliyat.testing.CuratedWindow;
import org.hawliyat.testing.WindowTexts;
import org.hawliyat.ui.common.Appearance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at 1024×700 with the largest text, in both languages, as a reader sees it: no button
 * or check box cut to "…", and the event list shows titles, not only dates.
 */
@ExtendWith(ApplicationExtension.class)
class SmallWindowControlsTest {

    @TempDir
    static Path tempDir;

    private CuratedWindow curated;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        curated = CuratedWindow.show(stage, tempDir, false);
    }

    @AfterEach
    void close() {
        curated.close();
    }

    @Test
    void atASmallSizeWithTheLargestTextNoButtonIsCutAndTheListShowsTitles(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
            curated.preferences().appearance().textSizeProperty().set(Appearance.TextSize.LARGER);
        });
        for (Language language : Language.values()) {
            robot.interact(() -> WindowTexts.menuItem(robot, "language-" + language.code()).fire());
            WaitForAsyncUtils.waitForFxEvents();
            List<String> cut = onFx(() -> cutButtons(stage.getScene().getRoot()));
            assertThat(cut).as("buttons cut to … in " + language).isEmpty();
            List<String> titles = onFx(() -> robot.lookup(".event-cell-title").queryAll().stream()
                    .filter(Node::isVisible).filter(n -> n.getParent().getParent().isVisible())
                    .map(n -> shown((Labeled) n)).toList());
            assertThat(titles).as("titles in the event list in " + language).isNotEmpty()
                    .allSatisfy(title -> assertThat(title.replace("…", "").strip()).hasSizeGreaterThan(10));
        }
    }

    /**
     * The visible buttons and check boxes whose text is drawn shorter than it is. A link to an
     * event may end in "…" when it has the whole text in its tooltip: it names, it is no command.
     */
    private static List<String> cutButtons(Parent root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ButtonBase button && button.getText() != null && !button.getText().isEmpty()
                && !shown(button).equals(button.getText())
                && !(button instanceof javafx.scene.control.Hyperlink && button.getTooltip() != null
                        && button.getTooltip().getText().equals(button.getText()))) {
            cut.add(button.getText() + " shown as " + shown(button));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, cut);
            }
        }
    }

    /** The text a labeled control draws (its skin's text node), which ends in "…" when cut. */
    private static String shown(Labeled labeled) {
        return labeled.lookupAll(".text").stream().filter(n -> n instanceof Text && n.getParent() == labeled)
                .map(n -> ((Text) n).getText()).findFirst().orElse(labeled.getText());
    }
}
