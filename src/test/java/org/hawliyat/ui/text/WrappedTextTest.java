package org.hawliyat.ui.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.hawliyat.app.CuratedData;
import org.hawliyat.ui.common.Styles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The per-word flow in a real, laid-out, right-to-left scene with the application's stylesheet.
 * With one Text for the whole paragraph (or for a word a line breaks inside), JavaFX on Linux
 * draws the rest of the run again on each line: pieces then span several lines and overflow.
 */
@ExtendWith(ApplicationExtension.class)
class WrappedTextTest {

    private static final double WIDTH = 200;

    /** A real paragraph of the curated article: Arabic with Latin punctuation, commas and digits. */
    private static final String PARAGRAPH = CuratedData.load().articles().get(0).text().split("\n")[0];

    /** Words holding line-break opportunities of their own (after a hyphen, a slash). */
    private static final String COMPOUNDS = "العلاقات القطرية-الكازاخستانية-الآسيوية-الخليجية ممتازة في عام 2022/2023 وما بعده";

    private WrappedText paragraph;
    private WrappedText compounds;

    @Start
    void start(Stage stage) {
        paragraph = new WrappedText(PARAGRAPH);
        compounds = new WrappedText(COMPOUNDS);
        VBox column = new VBox(24, paragraph, compounds);
        column.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        column.setMinWidth(WIDTH);
        column.setPrefWidth(WIDTH);
        column.setMaxWidth(WIDTH);
        Scene scene = new Scene(column, WIDTH, 1000);
        Styles.applyTo(scene);
        stage.setScene(scene);
        stage.sizeToScene(); // an earlier test may have sized the shared stage by hand
        stage.show();
    }

    @Test
    void theParagraphIsLongArabicWithLatinPunctuation() {
        assertThat(PARAGRAPH).startsWith("الدوحة - سيف الحموري - في إطار").hasSizeGreaterThan(200);
    }

    @Test
    void piecesGiveBackTheStringExactlyEachWordOnce() throws Exception {
        List<String> shown = WaitForAsyncUtils.asyncFx(() -> texts(paragraph)).get();
        assertThat(String.join("", shown)).isEqualTo(PARAGRAPH);
        assertThat(regroupedIntoWords(shown)).containsExactlyElementsOf(List.of(PARAGRAPH.trim().split("\\s+")));
    }

    @Test
    void aLongArabicParagraphStaysInsideItsWidthAndWrapsOntoSeveralLines(FxRobot robot) {
        robot.interact(() -> paragraph.layout());
        assertThat(linesInside(paragraph, WIDTH)).isGreaterThanOrEqualTo(5);
    }

    @Test
    void wordsWithHyphensAndSlashesNeverBreakInsideAPiece(FxRobot robot) {
        robot.interact(() -> compounds.layout());
        assertThat(linesInside(compounds, WIDTH)).isGreaterThanOrEqualTo(3);
        assertThat(texts(compounds)).contains("القطرية-", "الكازاخستانية-");
    }

    @Test
    void theFontFamilyIsTheOneChosenInTheStylesheet(FxRobot robot) {
        robot.interact(paragraph::applyCss);
        assertThat(paragraph.getChildren())
                .allSatisfy(node -> assertThat(((Text) node).getFont().getFamily()).isEqualTo("DejaVu Sans"));
    }

    @Test
    void anArabicParagraphReadsRightToLeftAndAnEnglishOneLeftToRight(FxRobot robot) {
        assertThat(paragraph.getNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        robot.interact(() -> paragraph.setText("Dated from the article, «1993»."));
        assertThat(paragraph.getNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        robot.interact(() -> paragraph.setText("1993"));
        assertThat(paragraph.getNodeOrientation()).isEqualTo(NodeOrientation.INHERIT);
    }

    @Test
    void changingTheTextSplitsItAgainKeepingLeadingAndTrailingSpace(FxRobot robot) {
        robot.interact(() -> paragraph.setText("  في  إطار\tحرص \n"));
        assertThat(texts(paragraph)).containsExactly("  ", "في  ", "إطار\t", "حرص \n");
        robot.interact(() -> paragraph.setText(null));
        assertThat(texts(paragraph)).isEmpty();
        assertThat(paragraph.getText()).isEmpty();
    }

    @Test
    void piecesAreWordsWithTheirFollowingSpaceSplitWhereALineMayBreak() {
        assertThat(WrappedText.pieces("a  b c ")).containsExactly("a  ", "b ", "c ");
        assertThat(WrappedText.pieces(" x")).containsExactly(" ", "x");
        assertThat(WrappedText.pieces("")).isEmpty();
        assertThat(WrappedText.pieces("الدوحة - سيف")).containsExactly("الدوحة ", "- ", "سيف");
        assertThat(WrappedText.pieces("القطرية-الكازاخستانية معًا")).containsExactly("القطرية-", "الكازاخستانية ", "معًا");
        // Java's line iterator (which JavaFX breaks with) allows a break before this comma, so we split there too.
        assertThat(WrappedText.pieces("«ألتين قيران»،")).containsExactly("«ألتين ", "قيران»", "،");
        assertThat(String.join("", WrappedText.pieces(PARAGRAPH))).isEqualTo(PARAGRAPH);
        assertThat(String.join("", WrappedText.pieces(COMPOUNDS))).isEqualTo(COMPOUNDS);
    }

    /**
     * Checks that every piece lies inside the width and on a single line, and returns how many
     * lines the flow has.
     */
    private static int linesInside(WrappedText flow, double width) {
        assertThat(flow.getLayoutBounds().getWidth()).isLessThanOrEqualTo(width + 0.5);
        double lineHeight = 0;
        TreeSet<Long> lineTops = new TreeSet<>();
        for (Node node : flow.getChildren()) {
            Text piece = (Text) node;
            Bounds bounds = piece.getBoundsInParent();
            assertThat(bounds.getMinX()).as("start of «%s»", piece.getText()).isGreaterThanOrEqualTo(-0.5);
            // A line's trailing space may hang past the edge, as in any text layout; the word may not.
            assertThat(bounds.getMaxX() - trailingSpaceWidth(piece)).as("end of «%s»", piece.getText())
                    .isLessThanOrEqualTo(width + 0.5);
            lineHeight = Math.max(lineHeight, bounds.getHeight());
            lineTops.add(Math.round(bounds.getMinY()));
        }
        for (Node node : flow.getChildren()) {
            assertThat(node.getBoundsInParent().getHeight()).as("«%s» on one line", ((Text) node).getText())
                    .isLessThan(lineHeight * 1.5);
        }
        assertThat(flow.getLayoutBounds().getHeight()).isGreaterThanOrEqualTo(lineHeight * (lineTops.size() - 0.5));
        return lineTops.size();
    }

    private static double trailingSpaceWidth(Text node) {
        Text whole = new Text(node.getText());
        Text word = new Text(node.getText().stripTrailing());
        whole.setFont(node.getFont());
        word.setFont(node.getFont());
        return whole.getLayoutBounds().getWidth() - word.getLayoutBounds().getWidth();
    }

    private static List<String> texts(WrappedText flow) {
        return flow.getChildren().stream().map(node -> ((Text) node).getText()).toList();
    }

    /** Joins consecutive pieces back into whitespace-separated words. */
    private static List<String> regroupedIntoWords(List<String> pieces) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (String piece : pieces) {
            word.append(piece);
            if (!piece.isEmpty() && Character.isWhitespace(piece.charAt(piece.length() - 1))) {
                if (!word.toString().isBlank()) {
                    words.add(word.toString().strip());
                }
                word.setLength(0);
            }
        }
        if (!word.toString().isBlank()) {
            words.add(word.toString().strip());
        }
        return words;
    }
}
