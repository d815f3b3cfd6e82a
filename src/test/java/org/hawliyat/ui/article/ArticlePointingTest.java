package org.hawliyat.ui.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hawliyat.testing.CuratedWindow.onFx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.hawliyat.model.Event;
import org.hawliyat.text.TextSpan;
import org.hawliyat.testing.CuratedWindow;
import org.hawliyat.testing.WindowTexts;
import org.hawliyat.ui.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pointing in the article text, as a reader does it: the robot clicks, double-clicks, shift-clicks
 * and drags at a word's place on the screen (from the laid-out text, converted to screen
 * coordinates), and the selection and the clipboard must hold that word. In a right-to-left scene
 * a mirrored hit test selected the text at the other end of the line (issue 13).
 */
@ExtendWith(ApplicationExtension.class)
class ArticlePointingTest {

    private static final String QATARI_EMBASSY = "qa-kz-2008-05-qatari-embassy-astana";
    /** Long enough to wrap to several lines in the article pane; letters only, so every piece is a word. */
    private static final String ENGLISH_TEXT = String.join(" ",
            "The joint committee met in Doha and Astana to discuss trade energy transport and culture",
            "between the two countries while the ministers signed several agreements on investment",
            "aviation customs education sport tourism and health and planned further meetings for",
            "the following years with delegations from both governments and their chambers of commerce");
    /** Further than a double click may stray, so the next press at the same place counts as a new click. */
    private static final double AWAY = 40;

    @TempDir
    static java.nio.file.Path tempDir;

    private CuratedWindow curated;
    private MainWindow window;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        curated = CuratedWindow.show(stage, tempDir, true);
        window = curated.window();
    }

    @AfterEach
    void closeStore() {
        curated.close();
    }

    @Test
    void pointingAtArabicTextInTheArabicInterface(FxRobot robot) throws Exception {
        openArticle(robot);
        pointAtWordsOfALine(robot);
    }

    @Test
    void pointingAtArabicTextInASmallAndALargeWindow(FxRobot robot) throws Exception {
        for (double[] size : new double[][] {{1024, 700}, {1600, 1000}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            openArticle(robot);
            pointAtWordsOfALine(robot);
        }
    }

    @Test
    void pointingAtArabicTextInTheEnglishInterface(FxRobot robot) throws Exception {
        switchToEnglish(robot);
        openArticle(robot);
        pointAtWordsOfALine(robot);
    }

    @Test
    void pointingAtEnglishTextInTheArabicInterface(FxRobot robot) throws Exception {
        openArticle(robot);
        showText(ENGLISH_TEXT);
        pointAtWordsOfALine(robot);
    }

    @Test
    void pointingAtEnglishTextInTheEnglishInterface(FxRobot robot) throws Exception {
        switchToEnglish(robot);
        openArticle(robot);
        showText(ENGLISH_TEXT);
        pointAtWordsOfALine(robot);
    }

    @Test
    void clickingPlainTextChoosesNoEventAndClickingAHighlightChoosesItsOwn(FxRobot robot) throws Exception {
        openArticle(robot);
        clickPlainTextThenAHighlight(robot);
        switchToEnglish(robot);
        openArticle(robot);
        clickPlainTextThenAHighlight(robot);
    }

    // ---- the scenarios ----

    /** Click, double click, shift-click and drag at the first, a middle and the last word of a line. */
    private void pointAtWordsOfALine(FxRobot robot) throws Exception {
        List<Word> line = onFx(() -> visibleLineOfWords(document()));
        List<Word> chosen = List.of(line.get(0), line.get(line.size() / 2), line.get(line.size() - 1));
        for (Word word : chosen) {
            String where = word + " of line " + line;

            pause(robot);
            robot.moveTo(word.centre()).doubleClickOn(MouseButton.PRIMARY);
            assertSelected(robot, word.text(), "double click on " + where);

            pause(robot);
            robot.moveTo(word.startEdge()).clickOn(MouseButton.PRIMARY);
            assertThat(document().getSelection()).as("a click selects nothing: " + where).isNull();
            robot.press(KeyCode.SHIFT);
            try {
                robot.moveTo(word.endEdge()).clickOn(MouseButton.PRIMARY);
            } finally {
                robot.release(KeyCode.SHIFT);
            }
            assertSelected(robot, word.text(), "click at the start, shift-click at the end of " + where);

            pause(robot);
            robot.drag(word.startEdge(), MouseButton.PRIMARY).dropTo(word.endEdge());
            assertSelected(robot, word.text(), "drag from start to end of " + where);

            pause(robot);
            robot.drag(word.endEdge(), MouseButton.PRIMARY).dropTo(word.startEdge());
            assertSelected(robot, word.text(), "drag from end to start of " + where);
        }
        // across the first two words of the line
        Word first = line.get(0);
        Word second = line.get(1);
        pause(robot);
        robot.drag(first.startEdge(), MouseButton.PRIMARY).dropTo(second.endEdge());
        assertSelected(robot, document().getText().substring(first.start(), second.end()),
                "drag across the first two words of " + line);
    }

    /**
     * A click on a word outside every passage leaves the chosen event alone, even when the passage
     * of another event lies at the mirrored place; a click on a passage's first word chooses its event.
     */
    private void clickPlainTextThenAHighlight(FxRobot robot) throws Exception {
        ArticleDocument document = document();
        List<TextSpan> passages = document.spans(HighlightLayer.PASSAGE);
        Event before = selectedEvent(robot);
        Word plain = onFx(() -> plainWordOppositeAPassage(document, passages));
        pause(robot);
        robot.moveTo(plain.centre()).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedEvent(robot).id()).as("a click on plain text " + plain).isEqualTo(before.id());

        Word highlighted = onFx(() -> firstVisibleWordOfAnotherPassage(document, passages, before));
        Event owner = ownerOf(robot, highlighted);
        pause(robot);
        robot.moveTo(highlighted.centre()).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedEvent(robot).id()).as("a click on the highlighted " + highlighted).isEqualTo(owner.id());
    }

    // ---- finding words on the screen (on the FX thread) ----

    /** A word of the text and where it is on the screen. */
    private record Word(int start, int end, String text, Bounds screen, Point2D startEdge, Point2D endEdge) {

        Point2D centre() {
            return new Point2D(screen.getCenterX(), screen.getCenterY());
        }

        @Override
        public String toString() {
            return "«" + text + "» [" + start + ", " + end + ") at x " + Math.round(screen.getMinX()) + "–"
                    + Math.round(screen.getMaxX()) + ", y " + Math.round(screen.getCenterY());
        }
    }

    /** The words (letters only, at least two) of a line fully in view whose first and last pieces are such words. */
    private static List<Word> visibleLineOfWords(ArticleDocument document) {
        for (ParagraphView paragraph : document.paragraphs()) {
            for (List<Piece> line : lines(paragraph)) {
                if (line.size() >= 3 && line.stream().allMatch(piece -> isWord(piece.word()))
                        && line.stream().allMatch(piece -> inView(document, paragraph, piece))) {
                    return line.stream().map(piece -> word(paragraph, piece.start(), piece.start() + piece.word().length()))
                            .toList();
                }
            }
        }
        throw new AssertionError("no line of plain words in view");
    }

    /** A visible word outside every passage, preferring one whose mirrored place lies in a passage. */
    private static Word plainWordOppositeAPassage(ArticleDocument document, List<TextSpan> passages) {
        Word fallback = null;
        for (ParagraphView paragraph : document.paragraphs()) {
            double width = paragraph.flow().getWidth();
            for (List<Piece> line : lines(paragraph)) {
                for (Piece piece : line) {
                    int start = paragraph.start() + piece.start();
                    int end = start + piece.word().length();
                    if (!isWord(piece.word()) || !inView(document, paragraph, piece) || overlaps(passages, start, end)) {
                        continue;
                    }
                    Bounds local = piece.bounds();
                    Point2D mirrored = new Point2D(width - local.getCenterX(), local.getCenterY());
                    Optional<Piece> opposite = line.stream().filter(p -> p.bounds().contains(mirrored)).findFirst();
                    boolean oppositeIsHighlighted = opposite.isPresent() && overlaps(passages,
                            paragraph.start() + opposite.get().start(), paragraph.start() + opposite.get().end());
                    Word word = word(paragraph, piece.start(), piece.start() + piece.word().length());
                    if (oppositeIsHighlighted) {
                        return word;
                    }
                    if (fallback == null) {
                        fallback = word;
                    }
                }
            }
        }
        assertThat(fallback).as("a plain word in view").isNotNull();
        return fallback;
    }

    /** The first visible word of a passage that does not belong to the chosen event. */
    private static Word firstVisibleWordOfAnotherPassage(ArticleDocument document, List<TextSpan> passages, Event chosen) {
        List<TextSpan> chosenSpans = chosen.sources().stream().map(s -> new TextSpan(s.start(), s.end())).toList();
        for (ParagraphView paragraph : document.paragraphs()) {
            for (List<Piece> line : lines(paragraph)) {
                for (Piece piece : line) {
                    int start = paragraph.start() + piece.start();
                    int end = start + piece.word().length();
                    if (isWord(piece.word()) && inView(document, paragraph, piece) && overlaps(passages, start, end)
                            && !overlaps(chosenSpans, start, end)) {
                        return word(paragraph, piece.start(), piece.start() + piece.word().length());
                    }
                }
            }
        }
        throw new AssertionError("no other passage in view");
    }

    /** One Text node of a paragraph: its place in the paragraph, its word and its bounds in the flow. */
    private record Piece(int start, int end, String word, Bounds bounds) {
    }

    /** The paragraph's pieces grouped into lines, in reading order. */
    private static List<List<Piece>> lines(ParagraphView paragraph) {
        Map<Long, List<Piece>> lines = new LinkedHashMap<>();
        int at = 0;
        for (Node node : paragraph.flow().getChildren()) {
            Text text = (Text) node;
            String piece = text.getText();
            Bounds bounds = text.getBoundsInParent();
            lines.computeIfAbsent(Math.round(bounds.getMinY()), y -> new ArrayList<>())
                    .add(new Piece(at, at + piece.length(), piece.strip(), bounds));
            at += piece.length();
        }
        return new ArrayList<>(lines.values());
    }

    private static boolean isWord(String piece) {
        return piece.length() >= 2 && piece.codePoints().allMatch(c -> Character.isLetter(c)
                || Character.getType(c) == Character.NON_SPACING_MARK);
    }

    private static boolean inView(ArticleDocument document, ParagraphView paragraph, Piece piece) {
        Node scroll = document;
        while (!(scroll instanceof javafx.scene.control.ScrollPane)) {
            scroll = scroll.getParent();
        }
        Bounds viewport = scroll.localToScreen(scroll.getLayoutBounds());
        Bounds screen = paragraph.flow().localToScreen(piece.bounds());
        return viewport.contains(screen.getMinX(), screen.getMinY()) && viewport.contains(screen.getMaxX(), screen.getMaxY());
    }

    private static boolean overlaps(List<TextSpan> spans, int start, int end) {
        return spans.stream().anyMatch(span -> span.start() < end && span.end() > start);
    }

    /**
     * A word (paragraph indices) with its screen rectangle, from the range shape of its characters,
     * and points a little inside its first and last characters, at the word's start and end edges.
     */
    private static Word word(ParagraphView paragraph, int from, int to) {
        Bounds screen = screenBounds(paragraph, from, to);
        Bounds first = screenBounds(paragraph, from, from + 1);
        Bounds last = screenBounds(paragraph, to - 1, to);
        boolean rightToLeft = first.getCenterX() > last.getCenterX();
        // whole pixels (where the pointer can be) less than one pixel inside the word's edges, so
        // in the half of a narrow letter (an alef) nearest the edge
        double y = Math.round(screen.getCenterY());
        Point2D startEdge = rightToLeft ? new Point2D(Math.ceil(first.getMaxX()) - 1, y)
                : new Point2D(Math.floor(first.getMinX()) + 1, y);
        Point2D endEdge = rightToLeft ? new Point2D(Math.floor(last.getMinX()) + 1, y)
                : new Point2D(Math.ceil(last.getMaxX()) - 1, y);
        String text = paragraph.flow().getText().substring(from, to);
        // the range shape must lie on the Text node that draws the word, else the test points elsewhere
        Text node = pieceAt(paragraph, from);
        Bounds drawn = node.localToScreen(node.getLayoutBounds());
        assertThat(screen.getMinX()).as("left of «%s» inside its Text node %s", text, drawn)
                .isGreaterThanOrEqualTo(drawn.getMinX() - 1);
        assertThat(screen.getMaxX()).as("right of «%s» inside its Text node %s", text, drawn)
                .isLessThanOrEqualTo(drawn.getMaxX() + 1);
        return new Word(paragraph.start() + from, paragraph.start() + to, text, screen, startEdge, endEdge);
    }

    /**
     * A range's rectangle on the screen. The flow's range shape is in the coordinates of a parent
     * with the flow's orientation (the flow does not mirror itself, its text layout places
     * right-to-left lines): the paragraph, where the highlights are drawn the same way.
     */
    private static Bounds screenBounds(ParagraphView paragraph, int from, int to) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (PathElement element : paragraph.flow().rangeShape(from, to)) {
            double x = element instanceof MoveTo move ? move.getX() : ((LineTo) element).getX();
            double y = element instanceof MoveTo move ? move.getY() : ((LineTo) element).getY();
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }
        Node flow = paragraph.flow();
        return paragraph.localToScreen(new BoundingBox(flow.getLayoutX() + minX, flow.getLayoutY() + minY,
                maxX - minX, maxY - minY));
    }

    private static Text pieceAt(ParagraphView paragraph, int index) {
        int at = 0;
        for (Node node : paragraph.flow().getChildren()) {
            Text text = (Text) node;
            if (index < at + text.getText().length()) {
                return text;
            }
            at += text.getText().length();
        }
        throw new AssertionError("no piece at " + index);
    }

    // ---- the window ----

    private void openArticle(FxRobot robot) throws Exception {
        onFx(() -> {
            window.selectEvent(event(robot, QATARI_EMBASSY));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            window.articlePane().scrollPane().layout();
            return null;
        });
    }

    /** Shows another text in the same document, in the same window, so its paragraphs take their own direction. */
    private void showText(String text) throws Exception {
        onFx(() -> {
            document().setText(text);
            window.articlePane().scrollPane().setVvalue(0);
            window.articlePane().scrollPane().applyCss(); // the new paragraphs take the article's font before they are measured
            window.articlePane().scrollPane().layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void switchToEnglish(FxRobot robot) throws Exception {
        onFx(() -> {
            WindowTexts.menuItem(robot, "language-en").fire();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ArticleDocument document() {
        return window.articlePane().document();
    }

    private void assertSelected(FxRobot robot, String expected, String description) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document().selectedText()).as("selected after " + description).isEqualTo(expected);
        robot.press(KeyCode.CONTROL).press(KeyCode.C).release(KeyCode.C).release(KeyCode.CONTROL);
        assertThat(onFx(() -> Clipboard.getSystemClipboard().getString())).as("copied after " + description)
                .isEqualTo(expected);
    }

    /** Moves the pointer away and back, so two actions at one place stay single clicks without waiting. */
    private static void pause(FxRobot robot) {
        robot.moveBy(0, AWAY);
    }

    private static Event event(FxRobot robot, String id) {
        ListView<Event> list = robot.lookup("#event-list").queryListView();
        return list.getItems().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static Event selectedEvent(FxRobot robot) {
        ListView<Event> list = robot.lookup("#event-list").queryListView();
        return list.getSelectionModel().getSelectedItem();
    }

    /** The event whose passage holds the word. */
    private static Event ownerOf(FxRobot robot, Word word) {
        ListView<Event> list = robot.lookup("#event-list").queryListView();
        return list.getItems().stream().filter(e -> e.sources().stream()
                .anyMatch(s -> s.start() < word.end() && s.end() > word.start())).findFirst().orElseThrow();
    }
}
