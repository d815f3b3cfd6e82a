package org.hawliyat.ui.article;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.hawliyat.text.TextSpan;

/**
 * Scrolling the article: a passage brought into view (a fifth of the way down), and kept there
 * when the text flows again (the first layout of a newly shown article, a resize, a text size)
 * until the reader scrolls; and the keys that scroll the text. Revealed once, before the pane had
 * its width, a passage ended up far below and the pane opened at the article's end.
 */
final class ArticleScroller {

    /** Where a revealed passage starts, as a share of the visible height from its top. */
    private static final double REVEAL_AT = 0.2;

    private final ScrollPane scroll;
    private final ArticleDocument document;
    /** The span kept in view while the text flows again, until the reader scrolls (null: none). */
    private TextSpan revealing;

    ArticleScroller(ScrollPane scroll, ArticleDocument document) {
        this.scroll = scroll;
        this.document = document;
        document.layoutBoundsProperty().addListener((o, before, after) -> {
            if (revealing != null && after.getHeight() != before.getHeight()) {
                // after this layout pass: the words are placed for the new width only then
                Platform.runLater(() -> {
                    if (revealing != null) {
                        scrollTo(revealing);
                    }
                });
            }
        });
        // the reader's own scrolling ends the keeping in view
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> revealing = null);
        scroll.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> revealing = null);
    }

    /** Scrolls so that the span is in view, unless it already is, and keeps it there as the text reflows. */
    void reveal(TextSpan span) {
        revealing = span;
        scrollTo(span);
    }

    private void scrollTo(TextSpan span) {
        scroll.applyCss();
        scroll.layout();
        Bounds bounds = document.boundsOf(span);
        if (bounds == null) {
            return;
        }
        double contentHeight = document.getLayoutBounds().getHeight();
        double viewportHeight = scroll.getViewportBounds().getHeight();
        double scrollable = contentHeight - viewportHeight;
        if (scrollable <= 0) {
            return;
        }
        double top = scroll.getVvalue() * scrollable;
        if (bounds.getMinY() >= top && bounds.getMaxY() <= top + viewportHeight) {
            return;
        }
        double target = bounds.getMinY() - viewportHeight * REVEAL_AT;
        scroll.setVvalue(Math.max(0, Math.min(1, target / scrollable)));
    }

    /** The arrows, Page Up/Down, Space, Home and End scroll the text (a line is 1.8 em of the text's size). */
    void scrollKeys(KeyEvent e, double fontSize) {
        revealing = null;
        double viewport = scroll.getViewportBounds().getHeight();
        double scrollable = document.getLayoutBounds().getHeight() - viewport;
        if (scrollable <= 0) {
            return;
        }
        double line = fontSize * 1.8;
        double delta = switch (e.getCode()) {
            case DOWN -> line;
            case UP -> -line;
            case PAGE_DOWN, SPACE -> viewport * 0.9;
            case PAGE_UP -> -viewport * 0.9;
            case HOME -> -scrollable;
            case END -> scrollable;
            default -> 0;
        };
        if (delta != 0) {
            scroll.setVvalue(Math.max(0, Math.min(1, scroll.getVvalue() + delta / scrollable)));
            e.consume();
        }
    }
}
