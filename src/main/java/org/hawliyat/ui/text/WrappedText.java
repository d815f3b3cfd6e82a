package org.hawliyat.ui.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.NodeOrientation;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A paragraph that wraps to its width. Every piece of multi-line text in the window goes through
 * this class, because JavaFX on Linux draws a wrapped Arabic run wrongly (duplicated words, text
 * past the edge) when a line break falls inside one shaped run; see {@code env-notes.md}.
 *
 * <p>The work-around: the text is split into many {@link Text} nodes so that a line can only ever
 * break between two nodes. The pieces are the words with the whitespace after them
 * ({@code \S+\s*}), preceded by any leading whitespace; a word that itself holds a line-break
 * opportunity (after the hyphen of «القطرية-الكازاخستانية», the slash of a path) is split there too,
 * using the same {@link BreakIterator} JavaFX breaks lines with, since a break inside such a word
 * showed the same duplication. The pieces joined give back the string exactly, so character
 * indices into the string are indices into the flow ({@code hitTest}, {@code rangeShape} stay
 * usable). Only a single unbreakable piece wider than the whole line can still be broken inside.
 * Those three answer in the coordinates of a parent with the flow's orientation, not the flow's
 * own: a TextFlow does not mirror itself, so in right-to-left text its local x runs the other way.
 * Draw their shapes in such a parent and hit-test points taken from it (see the article's
 * {@code ParagraphView}).
 *
 * <p>The font comes from the stylesheet: the application's stylesheet names the family explicitly
 * on {@code .root}, because the default "System" family misorders Arabic with Latin punctuation on
 * some machines. The paragraph's direction follows its first strong character, so an English note
 * in the Arabic window reads from the left and an Arabic quote in the English window from the
 * right; text without letters keeps the surrounding direction.
 */
public class WrappedText extends TextFlow {

    /** Leading whitespace, or one word with the whitespace that follows it. */
    private static final Pattern PIECE = Pattern.compile("^\\s+|\\S+\\s*");

    public static final String STYLE_CLASS = "wrapped-text";
    public static final String PIECE_STYLE_CLASS = "wrapped-text-piece";
    /** The style class of a piece that holds part of a {@linkplain #setMarks marked} span. */
    public static final String MARK_STYLE_CLASS = "wrapped-text-mark";

    private final StringProperty text = new SimpleStringProperty(this, "text", "");

    public WrappedText() {
        this("");
    }

    public WrappedText(String initialText) {
        getStyleClass().add(STYLE_CLASS);
        setText(initialText);
        rebuild(getText());
        text.addListener((observable, before, after) -> rebuild(after));
    }

    public final StringProperty textProperty() {
        return text;
    }

    public final String getText() {
        return text.get();
    }

    /** Sets the paragraph's text; {@code null} counts as empty. */
    public final void setText(String value) {
        text.set(value == null ? "" : value);
    }

    /**
     * The string split into the pieces this flow shows, in order: words with their following
     * whitespace, split further at any line-break opportunity inside them. Joined they are the string.
     */
    public static List<String> pieces(String value) {
        // Locale.ROOT: the line-break rules are the same for Arabic and Latin text in every locale, and
        // the pieces must not depend on the machine.
        BreakIterator lineBreaks = BreakIterator.getLineInstance(Locale.ROOT);
        lineBreaks.setText(value);
        List<String> pieces = new ArrayList<>();
        Matcher word = PIECE.matcher(value);
        while (word.find()) {
            int start = word.start();
            int end = word.end();
            for (int at = lineBreaks.following(start); at != BreakIterator.DONE && at < end; at = lineBreaks.next()) {
                pieces.add(value.substring(start, at));
                start = at;
            }
            pieces.add(value.substring(start, end));
        }
        return pieces;
    }

    /**
     * A new width re-lays the words out. JavaFX keeps a line's word positions when the line fitted
     * the old width and fits the new one, which leaves a short right-to-left line where it was
     * instead of at the start (right) edge of a widened pane. Measuring the natural width resets the
     * wrapping width through zero, which makes the text layout place the words again.
     */
    @Override
    protected void setWidth(double value) {
        boolean changed = value != getWidth();
        super.setWidth(value);
        if (changed) {
            computePrefWidth(-1);
            requestLayout();
        }
    }

    /**
     * Marks these spans of the text (a search's matched words): every piece that holds part of one
     * gets the style class {@value #MARK_STYLE_CLASS}. Whole pieces are marked, never part of one,
     * since splitting an Arabic word into two nodes would break the joining of its letters.
     */
    public final void setMarks(List<org.hawliyat.text.TextSpan> marks) {
        int at = 0;
        for (javafx.scene.Node node : getChildren()) {
            Text piece = (Text) node;
            int end = at + piece.getText().length();
            int start = at;
            boolean marked = marks.stream().anyMatch(m -> m.start() < end && m.end() > start);
            if (marked && !piece.getStyleClass().contains(MARK_STYLE_CLASS)) {
                piece.getStyleClass().add(MARK_STYLE_CLASS);
            } else if (!marked) {
                piece.getStyleClass().remove(MARK_STYLE_CLASS);
            }
            at = end;
        }
    }

    private void rebuild(String newText) {
        String value = newText == null ? "" : newText; // a bound property may deliver null
        List<Text> nodes = new ArrayList<>();
        for (String piece : pieces(value)) {
            Text node = new Text(piece);
            node.getStyleClass().add(PIECE_STYLE_CLASS);
            nodes.add(node);
        }
        getChildren().setAll(nodes);
        setNodeOrientation(Orientations.of(value, NodeOrientation.INHERIT));
    }
}
