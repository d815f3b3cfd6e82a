package org.hawliyat.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.hawliyat.text.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ArticleDocumentTest {

    private static final String TEXT = "قال الوزير: «نرحب بكم».\n\nالنص الكامل على https://example.org/a?b=1 وفي www.qna.org.qa أيضًا.\n<script>alert(1)</script>";

    private final ArticleDocument document = new ArticleDocument();

    @Start
    void start(Stage stage) {
        document.setText(TEXT);
        stage.setScene(new Scene(new StackPane(document), 600, 400));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void paragraphsKeepTheirPlaceInTheTextAndBlankLinesMakeNoParagraph() {
        List<ParagraphView> paragraphs = document.paragraphs();
        assertThat(paragraphs).hasSize(3);
        for (ParagraphView paragraph : paragraphs) {
            assertThat(TEXT.substring(paragraph.start(), paragraph.end())).isEqualTo(paragraph.flow().getText());
        }
    }

    @Test
    void webAddressesAreMarkedAndMarkupIsShownAsText() {
        assertThat(document.links()).extracting(span -> TEXT.substring(span.start(), span.end()))
                .containsExactly("https://example.org/a?b=1", "www.qna.org.qa");
        // a script is only characters: the last paragraph shows it literally
        assertThat(document.paragraphs().get(2).flow().getText()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void selectionIsClampedAndCopiesExactlyTheSelectedCharacters() throws Exception {
        onFx(() -> {
            document.select(new TextSpan(13, 22));
            return null;
        });
        assertThat(document.selectedText()).isEqualTo("نرحب بكم»");
        onFx(() -> {
            document.select(new TextSpan(5, 10_000));
            return null;
        });
        assertThat(document.getSelection()).isEqualTo(new TextSpan(5, TEXT.length()));
        onFx(() -> {
            document.select(new TextSpan(4, 4));
            return null;
        });
        assertThat(document.getSelection()).isNull();
    }

    @Test
    void highlightsAreDrawnUnderTheirSpanOnly() throws Exception {
        onFx(() -> {
            document.setSpans(HighlightLayer.PASSAGE, List.of(new TextSpan(0, 10)));
            document.applyCss();
            document.layout();
            return null;
        });
        assertThat(document.lookupAll(".highlight.passage")).hasSize(1); // only the first paragraph holds it
        assertThat(document.lookupAll(".highlight.article-link")).hasSize(2);
    }

    @Test
    void aClickBesideTheEndOfAShortLineHitsNoCharacter(FxRobot robot) throws Exception {
        List<Integer> clicked = new CopyOnWriteArrayList<>();
        ParagraphView first = document.paragraphs().get(0); // one short right-to-left line
        Point2D[] points = onFx(() -> {
            document.setOnCharacterClicked(clicked::add);
            Bounds line = first.localToScreen(first.getLayoutBounds());
            Bounds word = document.localToScreen(document.firstLineBoundsOf(new TextSpan(0, 3)));
            // the line ends at the left; its empty part is left of the last word
            return new Point2D[] {
                new Point2D(line.getMinX() + 10, word.getCenterY()),
                new Point2D(word.getCenterX(), word.getCenterY())};
        });
        robot.moveTo(points[0]).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clicked).as("beside the text").isEmpty();
        robot.moveBy(0, 40).moveTo(points[1]).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clicked).as("on «قال»").hasSize(1).allSatisfy(index -> assertThat(index).isBetween(0, 2));
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
