package org.hawliyat.ui.article;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import org.hawliyat.text.TextSpan;

/**
 * An article's text as paragraphs that wrap correctly in Arabic, with highlights, a selection the
 * mouse and keyboard can make and copy, and clicks resolved to character indices. The text is only
 * ever shown as text: nothing in it is run or fetched, and a web address is marked, never followed.
 */
public final class ArticleDocument extends VBox {

    /** A web address in the text: shown as one, never opened (the application works offline). */
    private static final Pattern LINK = Pattern.compile("(?:https?://|www\\.)[^\\s<>«»\"]+");
    /** How far the pointer may move between press and release for it to count as a click. */
    private static final double CLICK_SLOP = 4;

    private String text = "";
    private final List<ParagraphView> paragraphs = new ArrayList<>();
    private final List<TextSpan> links = new ArrayList<>();
    private final Map<HighlightLayer, List<TextSpan>> layers = new EnumMap<>(HighlightLayer.class);
    private final ReadOnlyObjectWrapper<TextSpan> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private int anchor;
    private double pressX;
    private double pressY;
    private IntConsumer onCharacterClicked = index -> { };
    private IntPredicate isClickable = index -> false;

    public ArticleDocument() {
        getStyleClass().add("article-document");
        setFocusTraversable(true);
        setCursor(Cursor.TEXT);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** Shows a new text; highlights and the selection are cleared. */
    public void setText(String newText) {
        text = newText == null ? "" : newText;
        paragraphs.clear();
        int at = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                paragraphs.add(new ParagraphView(at, line));
            }
            at += line.length() + 1;
        }
        getChildren().setAll(paragraphs);
        links.clear();
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            links.add(new TextSpan(link.start(), link.end()));
        }
        layers.clear();
        setSpans(HighlightLayer.LINK, links);
        selection.set(null);
        anchor = 0;
    }

    public String getText() {
        return text;
    }

    /** The web addresses found in the text. */
    public List<TextSpan> links() {
        return List.copyOf(links);
    }

    /** Highlights these spans in the given layer, replacing what it held. */
    void setSpans(HighlightLayer layer, List<TextSpan> spans) {
        layers.put(layer, List.copyOf(spans));
        for (ParagraphView paragraph : paragraphs) {
            paragraph.setSpans(layer, spans);
        }
    }

    List<TextSpan> spans(HighlightLayer layer) {
        return layers.getOrDefault(layer, List.of());
    }

    /** The selected span, or null when nothing is selected. */
    public ReadOnlyObjectProperty<TextSpan> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public TextSpan getSelection() {
        return selection.get();
    }

    public String selectedText() {
        TextSpan span = selection.get();
        return span == null ? "" : text.substring(span.start(), span.end());
    }

    public void select(TextSpan span) {
        TextSpan clamped = span == null ? null
                : new TextSpan(Math.min(span.start(), text.length()), Math.min(span.end(), text.length()));
        selection.set(clamped == null || clamped.length() == 0 ? null : clamped);
        setSpans(HighlightLayer.SELECTION, selection.get() == null ? List.of() : List.of(selection.get()));
    }

    public void selectAll() {
        select(new TextSpan(0, text.length()));
    }

    /** Puts the selected text on the clipboard; false when nothing is selected. */
    public boolean copySelection() {
        String selected = selectedText();
        if (selected.isEmpty()) {
            return false;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(selected);
        Clipboard.getSystemClipboard().setContent(content);
        return true;
    }

    /** Called with the character index of a click that made no selection. */
    public void setOnCharacterClicked(IntConsumer handler) {
        this.onCharacterClicked = handler;
    }

    /** Which characters show a pointing hand: those a click does something with. */
    public void setClickable(IntPredicate clickable) {
        this.isClickable = clickable;
    }

    /**
     * The bounds, in this document, of a span's part in the first paragraph it touches: where to
     * scroll to show it. Null when the span is not in any paragraph.
     */
    public Bounds boundsOf(TextSpan span) {
        return bounds(span, false);
    }

    /** The bounds of a span's first line, in this document: a place to point at. */
    public Bounds firstLineBoundsOf(TextSpan span) {
        return bounds(span, true);
    }

    private Bounds bounds(TextSpan span, boolean firstLineOnly) {
        for (ParagraphView paragraph : paragraphs) {
            if (span.start() < paragraph.end() && span.end() > paragraph.start()) {
                Bounds inParagraph = paragraph.boundsInParent(span, firstLineOnly);
                if (inParagraph != null) {
                    return inParagraph;
                }
            }
        }
        return null;
    }

    /** The paragraph views, for tests. */
    List<ParagraphView> paragraphs() {
        return List.copyOf(paragraphs);
    }

    private ParagraphView paragraphAt(double sceneY) {
        ParagraphView nearest = null;
        double nearestDistance = Double.MAX_VALUE;
        for (ParagraphView paragraph : paragraphs) {
            Bounds bounds = paragraph.localToScene(paragraph.getLayoutBounds());
            double distance = sceneY < bounds.getMinY() ? bounds.getMinY() - sceneY
                    : sceneY > bounds.getMaxY() ? sceneY - bounds.getMaxY() : 0;
            if (distance < nearestDistance) {
                nearest = paragraph;
                nearestDistance = distance;
            }
        }
        return nearest;
    }

    private int insertionIndexAt(MouseEvent e) {
        ParagraphView paragraph = paragraphAt(e.getSceneY());
        return paragraph == null ? 0 : paragraph.insertionIndexAt(e.getSceneX(), e.getSceneY());
    }

    private int characterIndexAt(MouseEvent e) {
        ParagraphView paragraph = paragraphAt(e.getSceneY());
        return paragraph == null ? -1 : paragraph.characterIndexAt(e.getSceneX(), e.getSceneY());
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        int index = insertionIndexAt(e);
        if (e.getClickCount() == 2) {
            selectWordAt(index);
        } else if (e.isShiftDown()) {
            select(span(anchor, index)); // from the last click, also when it selected nothing
        } else {
            anchor = index;
            select(null);
        }
    }

    private void dragged(MouseEvent e) {
        if (e.isPrimaryButtonDown() && e.getClickCount() < 2) {
            select(span(anchor, insertionIndexAt(e)));
        }
    }

    private void released(MouseEvent e) {
        boolean click = Math.abs(e.getX() - pressX) < CLICK_SLOP && Math.abs(e.getY() - pressY) < CLICK_SLOP;
        if (e.getButton() == MouseButton.PRIMARY && click && e.getClickCount() == 1 && !e.isShiftDown()) {
            int index = characterIndexAt(e);
            if (index >= 0) {
                onCharacterClicked.accept(index);
            }
        }
    }

    private void moved(MouseEvent e) {
        int index = characterIndexAt(e);
        setCursor(index >= 0 && isClickable.test(index) ? Cursor.HAND : Cursor.TEXT);
    }

    private void keyPressed(KeyEvent e) {
        if (e.isShortcutDown() && !e.isShiftDown() && e.getCode() == KeyCode.C) { // Ctrl+Shift+C is Copy citation
            if (copySelection()) {
                e.consume();
            }
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.A) {
            selectAll();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && selection.get() != null) {
            select(null);
            e.consume();
        }
    }

    private void selectWordAt(int index) {
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text);
        int end = words.following(Math.min(index, Math.max(text.length() - 1, 0)));
        int start = words.previous();
        if (start != BreakIterator.DONE && end != BreakIterator.DONE) {
            anchor = start;
            select(new TextSpan(start, end));
        }
    }

    private static TextSpan span(int a, int b) {
        return new TextSpan(Math.min(a, b), Math.max(a, b));
    }
}
