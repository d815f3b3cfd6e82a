package org.hawliyat.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hawliyat.model.Article;
import org.hawliyat.model.ArticleInfo;
import org.hawliyat.model.Event;
import org.hawliyat.model.SourceRef;
import org.hawliyat.reading.ArticlePassages;
import org.hawliyat.reading.Passage;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.text.Citation;
import org.hawliyat.text.TextFinder;
import org.hawliyat.text.TextSpan;
import org.hawliyat.app.CatalogueContents;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.concurrent.TaskRunner;
import org.hawliyat.ui.text.WrappedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The source article beside the timeline: its full text with every cited passage highlighted (the
 * selected event's more strongly), a margin list of the events it supports in reading order, find
 * in article (Ctrl+F) that ignores diacritics, tatweel, hamza and alef variants, the reading size,
 * and "copy citation". The text is read from the store only when an article is opened.
 */
public final class ArticlePane extends BorderPane {

    private static final Logger LOG = LoggerFactory.getLogger(ArticlePane.class);

    public static final double MIN_FONT_SIZE = 10;
    public static final double MAX_FONT_SIZE = 32;
    private static final double FONT_STEP = 2;
    /** Where a revealed passage is put: this share of the visible height below the top. */

    private final UiText text;
    private final TaskRunner tasks;
    private final CatalogueStore store;
    private final DoubleProperty fontSize;

    private final WrappedText title = new WrappedText();
    private final WrappedText meta = new WrappedText();
    private final ArticleDocument document = new ArticleDocument();
    private final ScrollPane scroll = new ScrollPane(document);
    private final ArticleScroller scroller = new ArticleScroller(scroll, document);
    /** The match a search result selected, until the search ends (null: none). */
    private TextSpan searchMark;
    private final MarginList margin;
    private final HBox findBar = new HBox();
    private final TextField findField = new TextField();
    private final Label findCount = new Label();
    private final Label message = new Label();
    private final VBox header = new VBox();
    private final BorderPane body = new BorderPane();

    private CatalogueContents catalogue;
    private Article article;
    private ArticlePassages passages = null;
    private TextFinder finder;
    private List<TextSpan> matches = List.of();
    private int currentMatch = -1;
    private Event activeEvent;
    private Consumer<Event> onEventChosen = event -> { };
    /** What the selection's "new event" and "cite" do in edit mode; null outside it. */
    private Consumer<SourceRef> newEventFromSelection;
    private Consumer<SourceRef> citeSelection;
    /** Counts article reads, so that a slow read that was overtaken by a newer one is dropped. */
    private long readCount;

    public ArticlePane(UiText text, TaskRunner tasks, CatalogueStore store, DoubleProperty fontSize) {
        this.text = text;
        this.tasks = tasks;
        this.store = store;
        this.fontSize = fontSize;
        this.margin = new MarginList(text, event -> onEventChosen.accept(event));
        getStyleClass().add("article-pane");
        setId("article-pane");

        title.getStyleClass().add("article-title");
        title.setId("article-title");
        meta.getStyleClass().add("article-meta");
        header.getStyleClass().add("article-header");
        header.getChildren().addAll(title, meta, ArticleToolbar.of(text, this::openFind, this::copyCitation,
                () -> changeFontSize(-FONT_STEP), () -> changeFontSize(FONT_STEP)));

        buildFindBar();
        document.setId("article-document");
        document.setOnCharacterClicked(this::characterClicked);
        document.setClickable(index -> passages != null && passages.at(index).isPresent());
        ContextMenu menu = contextMenu();
        // shown for the pane, whose orientation is the interface's: the menu speaks the interface's
        // language and reads in its direction, not the article's
        document.setOnContextMenuRequested(e -> menu.show(this, e.getScreenX(), e.getScreenY()));
        scroll.getStyleClass().add("article-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false); // the document itself takes the focus and scrolls with the keys
        // a click beside the text still focuses the scroll pane: hand the focus on, so Ctrl+C and the keys work
        scroll.focusedProperty().addListener((o, before, focused) -> {
            if (focused) {
                document.requestFocus();
            }
        });
        document.addEventHandler(KeyEvent.KEY_PRESSED, e -> scroller.scrollKeys(e, fontSize.get()));
        applyFontSize();
        fontSize.addListener((o, before, after) -> applyFontSize());

        message.getStyleClass().add("article-message");
        message.setWrapText(false);
        body.setCenter(scroll);
        body.setRight(margin); // the end side: mirrored to the left in Arabic
        // the text comes first: in a pane too narrow for both, the margin steps aside (its events
        // are the highlights in the text and the event list's rows)
        margin.managedProperty().bind(margin.visibleProperty());
        body.widthProperty().addListener((o, before, width) -> fitMargin(width.doubleValue()));
        margin.prefWidthProperty().addListener((o, before, width) -> fitMargin(body.getWidth()));
        showMessage("article.none");
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.F) {
                openFind();
                e.consume();
            }
        });
        text.languageProperty().addListener((o, before, after) -> refreshLabels());
        text.dateStyleProperty().addListener((o, before, after) -> refreshLabels());
    }

    /** What the window has read: the events whose passages are highlighted, the articles' metadata. */
    public void setCatalogue(CatalogueContents contents) {
        this.catalogue = contents;
        if (article != null) {
            showLoaded(article);
        }
    }

    /** Called with the event a reader picks in the article: a highlight or a margin entry. */
    public void setOnEventChosen(Consumer<Event> handler) {
        this.onEventChosen = handler;
    }

    /**
     * Follows the selection made elsewhere: opens the article the event's first source cites (if
     * another one is shown), marks the event's passages and brings the first into view. An event
     * without sources leaves the article as it is, with nothing marked.
     */
    public void showEvent(Event event) {
        activeEvent = event;
        if (event == null || event.sources().isEmpty()) {
            markActive();
            return;
        }
        SourceRef first = event.sources().get(0);
        boolean shown = article != null && event.sources().stream().anyMatch(s -> s.articleId().equals(article.id()));
        if (shown) {
            markActive();
            activePassages().stream().findFirst().ifPresent(p -> scroller.reveal(p.span()));
        } else {
            open(first.articleId(), () -> activePassages().stream().findFirst().ifPresent(p -> scroller.reveal(p.span())));
        }
    }

    /** "Open in article": shows this source's passage, marked, in view, and gives the text the focus. */
    public void openPassage(Event event, SourceRef source) {
        activeEvent = event;
        open(source.articleId(), () -> {
            scroller.reveal(new TextSpan(source.start(), source.end()));
            document.requestFocus();
        });
    }

    /**
     * In edit mode: what "new event from selection" and "cite selection for this event" do with
     * the selected passage; nulls take the two commands away.
     */
    public void setSelectionActions(Consumer<SourceRef> newEvent, Consumer<SourceRef> cite) {
        this.newEventFromSelection = newEvent;
        this.citeSelection = cite;
    }

    /** "New event from selection" (edit mode): false when there is no selection or editing is off. */
    public boolean newEventFromSelection() {
        Optional<SourceRef> source = selectionAsSource();
        if (newEventFromSelection == null || source.isEmpty()) {
            return false;
        }
        newEventFromSelection.accept(source.get());
        return true;
    }

    /** "Cite selection for this event" (edit mode): false when there is no selection or editing is off. */
    public boolean citeSelection() {
        Optional<SourceRef> source = selectionAsSource();
        if (citeSelection == null || source.isEmpty()) {
            return false;
        }
        citeSelection.accept(source.get());
        return true;
    }

    /** The selection as a source: the article, the span and its text; empty when nothing is selected. */
    public Optional<SourceRef> selectionAsSource() {
        TextSpan span = document.getSelection();
        if (article == null || span == null || span.length() == 0) {
            return Optional.empty();
        }
        return Optional.of(new SourceRef(article.id(), span.start(), span.end(),
                article.text().substring(span.start(), span.end())));
    }

    /** Opens an article at a passage (a search match): shown, selected and in view. */
    public void openAt(String articleId, TextSpan passage) {
        open(articleId, () -> {
            document.select(passage);
            searchMark = passage;
            scroller.reveal(passage);
            document.requestFocus();
        });
    }

    /** The search ended: the match it selected is unselected (a selection the reader made stays). */
    public void clearSearchMark() {
        if (searchMark != null && searchMark.equals(document.getSelection())) {
            document.select(null);
        }
        searchMark = null;
    }

    /** Opens an article from the articles browser. */
    public void openArticle(String articleId) {
        open(articleId, () -> {
            scroll.setVvalue(0);
            document.requestFocus();
        });
    }

    /** Opens the find bar, or moves the focus into it; the field's text is selected. */
    public void openFind() {
        if (article == null) {
            return;
        }
        if (!findBar.isVisible()) {
            findBar.setVisible(true);
            findBar.setManaged(true);
        }
        findField.requestFocus();
        findField.selectAll();
        find(findField.getText());
    }

    /** The citation button and the menu: the reader is in the article, so its selection counts. */
    public void copyCitation() {
        copyCitation(true);
    }

    /**
     * Copies the citation of the selection, else of the selected event's passage, else of the
     * article. The selection counts only when the reader is in the article ({@code fromArticle}):
     * a selection left in the text while the reader works on the timeline is not what they cite.
     */
    public void copyCitation(boolean fromArticle) {
        if (article == null) {
            return;
        }
        Citation citation = Citation.in(text.language(), text.dateStyleProperty().get());
        String quote = fromArticle ? document.selectedText().strip() : "";
        if (quote.isBlank()) {
            quote = activePassages().stream().findFirst().map(p -> p.source().quote()).orElse("");
        }
        String reference = quote.isBlank() ? citation.of(info()) : citation.of(info(), quote);
        ClipboardContent content = new ClipboardContent();
        content.putString(reference);
        Clipboard.getSystemClipboard().setContent(content);
        onCopied.run();
    }

    private Runnable onCopied = () -> { };

    /** What to do after a citation is copied: the window says "Copied". */
    public void setOnCopied(Runnable action) {
        onCopied = action == null ? () -> { } : action;
    }

    /** The article shown, if any. */
    public Optional<Article> article() {
        return Optional.ofNullable(article);
    }

    public ArticleDocument document() {
        return document;
    }

    /** The find field, for tests and the keyboard. */
    public TextField findField() {
        return findField;
    }

    /** The spans of the find matches, and which one is current (-1 when none). */
    public List<TextSpan> findMatches() {
        return matches;
    }

    public int currentFindMatch() {
        return currentMatch;
    }

    /** The passages shown as the selected event's. */
    public List<TextSpan> activeSpans() {
        return document.spans(HighlightLayer.ACTIVE_PASSAGE);
    }

    /** The scroll pane around the text, for tests that check what is in view. */
    public ScrollPane scrollPane() {
        return scroll;
    }

    // ---- reading and showing ----

    private void open(String articleId, Runnable then) {
        if (article != null && article.id().equals(articleId)) {
            markActive();
            then.run();
            return;
        }
        long read = ++readCount;
        showMessage("article.loading");
        tasks.run(() -> store.article(articleId), loaded -> {
            if (read != readCount) {
                return; // a newer request won
            }
            if (loaded.isEmpty()) {
                article = null;
                showMessage("article.missing", articleId);
                return;
            }
            showLoaded(loaded.get());
            then.run();
        }, failure -> {
            if (read == readCount) {
                LOG.warn("Could not read an article", failure); // the reader gets one sentence
                article = null;
                showMessage("article.readFailed", articleId);
            }
        });
    }

    private void showLoaded(Article loaded) {
        boolean sameText = article != null && article.id().equals(loaded.id()) && article.text().equals(loaded.text());
        article = loaded;
        if (!sameText) {
            document.setText(loaded.text());
            finder = new TextFinder(loaded.text());
        }
        document.setNodeOrientation(loaded.language().isRightToLeft()
                ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        passages = ArticlePassages.of(loaded.id(), loaded.text().length(),
                catalogue == null ? List.of() : catalogue.events());
        document.setSpans(HighlightLayer.PASSAGE, passages.all().stream().map(Passage::span).toList());
        margin.show(passages.events());
        markActive();
        refreshLabels();
        setTop(header);
        setCenter(body);
        if (findBar.isVisible()) {
            find(findField.getText());
        }
    }

    /** Shows a sentence from the bundles instead of an article; it follows the language. */
    private void showMessage(String key, Object... arguments) {
        message.textProperty().bind(text.text(key, arguments));
        setTop(null);
        setCenter(message);
    }

    private void refreshLabels() {
        if (article == null) {
            return; // the message follows the language by itself
        }
        ArticleInfo info = info();
        title.setText(info.title());
        List<String> parts = new ArrayList<>();
        Optional.ofNullable(info.outlet()).ifPresent(parts::add);
        Optional.ofNullable(info.author()).ifPresent(parts::add);
        Optional.ofNullable(info.published()).map(date -> text.dates().format(date)).ifPresent(parts::add);
        meta.setText(String.join(text.get("article.metaSeparator"), parts));
        margin.refresh();
        updateFindCount();
    }

    private ArticleInfo info() {
        return catalogue == null ? article.info() : catalogue.articleInfo(article.id()).orElse(article.info());
    }

    private List<Passage> activePassages() {
        return passages == null || activeEvent == null ? List.of() : passages.of(activeEvent);
    }

    private void markActive() {
        document.setSpans(HighlightLayer.ACTIVE_PASSAGE, activePassages().stream().map(Passage::span).toList());
        margin.setActive(activeEvent);
    }

    private void characterClicked(int index) {
        if (passages != null) {
            passages.at(index).ifPresent(passage -> onEventChosen.accept(passage.event()));
        }
    }

    // ---- find ----

    private void buildFindBar() {
        findBar.getStyleClass().add("find-bar");
        findField.setId("article-find-field");
        findField.promptTextProperty().bind(text.text("article.find.prompt"));
        HBox.setHgrow(findField, Priority.ALWAYS);
        findCount.setId("article-find-count");
        findCount.getStyleClass().add("find-count");
        Button previous = ArticleToolbar.button(text, "article.find.previous", "article-find-previous", () -> step(-1));
        Button next = ArticleToolbar.button(text, "article.find.next", "article-find-next", () -> step(1));
        Button close = ArticleToolbar.button(text, "article.find.close", "article-find-close", this::closeFind);
        findField.textProperty().addListener((o, before, after) -> find(after));
        findField.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step(e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                closeFind();
                e.consume();
            }
        });
        findBar.getChildren().addAll(findField, findCount, previous, next, close);
        findBar.setVisible(false);
        findBar.setManaged(false);
        header.getChildren().add(findBar);
    }

    private void find(String query) {
        matches = finder == null ? List.of() : finder.find(query);
        currentMatch = matches.isEmpty() ? -1 : firstMatchInView();
        showMatches();
    }

    /** The first match at or below the top of the view, so that finding does not jump back to the start. */
    private int firstMatchInView() {
        double scrollable = document.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        double top = Math.max(scrollable, 0) * scroll.getVvalue();
        for (int i = 0; i < matches.size(); i++) {
            Bounds bounds = document.boundsOf(matches.get(i));
            if (bounds != null && bounds.getMinY() >= top) {
                return i;
            }
        }
        return 0;
    }

    private void step(int direction) {
        if (matches.isEmpty()) {
            return;
        }
        currentMatch = Math.floorMod(currentMatch + direction, matches.size());
        showMatches();
    }

    private void showMatches() {
        document.setSpans(HighlightLayer.FIND_MATCH, matches);
        document.setSpans(HighlightLayer.FIND_CURRENT, currentMatch < 0 ? List.of() : List.of(matches.get(currentMatch)));
        if (currentMatch >= 0) {
            scroller.reveal(matches.get(currentMatch));
        }
        updateFindCount();
    }

    private void updateFindCount() {
        boolean searched = !findField.getText().isBlank();
        findCount.setText(!searched ? "" : matches.isEmpty() ? text.get("article.find.none")
                : text.get("article.find.count", currentMatch + 1, matches.size()));
        findCount.pseudoClassStateChanged(PseudoClass.getPseudoClass("none"), searched && matches.isEmpty());
    }

    private void closeFind() {
        findBar.setVisible(false);
        findBar.setManaged(false);
        matches = List.of();
        currentMatch = -1;
        document.setSpans(HighlightLayer.FIND_MATCH, List.of());
        document.setSpans(HighlightLayer.FIND_CURRENT, List.of());
        document.requestFocus();
    }

    // ---- toolbar, font size, keys ----

    /** Shows the margin only when the text keeps at least one and a half times its width beside it. */
    private void fitMargin(double width) {
        double marginWidth = margin.prefWidth(-1);
        margin.setVisible(width <= 0 || width >= marginWidth * 2.5);
    }

    private void changeFontSize(double step) {
        fontSize.set(Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, fontSize.get() + step)));
    }

    private void applyFontSize() {
        // the reader's own size, a setting rather than a style: everything in the text is sized in em from it
        document.setStyle("-fx-font-size: " + fontSize.get() + "px;");
    }

    private ContextMenu contextMenu() {
        MenuItem copy = new MenuItem();
        copy.textProperty().bind(text.text("article.copy"));
        copy.setOnAction(e -> document.copySelection());
        MenuItem selectAll = new MenuItem();
        selectAll.textProperty().bind(text.text("article.selectAll"));
        selectAll.setOnAction(e -> document.selectAll());
        MenuItem cite = new MenuItem();
        cite.textProperty().bind(text.text("article.copyCitation"));
        cite.setOnAction(e -> copyCitation());
        MenuItem find = new MenuItem();
        find.textProperty().bind(text.text("article.find"));
        find.setOnAction(e -> openFind());
        MenuItem newEvent = new MenuItem();
        newEvent.textProperty().bind(text.text("article.newEventFromSelection"));
        newEvent.setId("article-new-event");
        newEvent.setOnAction(e -> newEventFromSelection());
        MenuItem citeForEvent = new MenuItem();
        citeForEvent.textProperty().bind(text.text("article.citeSelection"));
        citeForEvent.setId("article-cite-selection");
        citeForEvent.setOnAction(e -> citeSelection());
        SeparatorMenuItem editSeparator = new SeparatorMenuItem();
        ContextMenu menu = new ContextMenu(copy, selectAll, new SeparatorMenuItem(), cite, find, editSeparator,
                newEvent, citeForEvent);
        menu.setOnShowing(e -> {
            boolean selected = document.getSelection() != null;
            copy.setDisable(!selected);
            boolean editing = newEventFromSelection != null;
            editSeparator.setVisible(editing);
            newEvent.setVisible(editing);
            citeForEvent.setVisible(editing);
            newEvent.setDisable(!selected);
            citeForEvent.setDisable(!selected);
        });
        return menu;
    }

}
