package org.hawliyat.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hawliyat.model.PartialDate;
import org.hawliyat.store.SearchHit;
import org.hawliyat.text.search.Snippet;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.text.WrappedText;

/**
 * The ranked results of a search: kind, date, title and a snippet with the matched words marked.
 * The keyboard stays in the search field, which moves the current result up and down
 * ({@link #move}) and chooses it with Enter ({@link #chooseCurrent}); a click chooses too.
 */
final class SearchResults extends VBox {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final UiText text;
    private final Consumer<SearchHit> onChosen;
    private final VBox rows = new VBox();
    private final ScrollPane scroll = new ScrollPane(rows);
    private final Label summary = new Label();
    private List<SearchHit> hits = List.of();
    private int current = -1;
    private boolean failed;
    private org.hawliyat.model.Language queryLanguage;
    private java.util.function.Function<String, java.util.Optional<org.hawliyat.model.Event>> events =
            id -> java.util.Optional.empty();

    SearchResults(UiText text, Consumer<SearchHit> onChosen) {
        this.text = text;
        this.onChosen = onChosen;
        getStyleClass().add("search-results");
        setId("search-results");
        summary.getStyleClass().add("search-summary");
        rows.getStyleClass().add("search-result-rows");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("search-results-scroll");
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(summary, scroll);
    }

    void show(List<SearchHit> found) {
        show(found, null, id -> java.util.Optional.empty());
    }

    /**
     * Shows the hits of a query: each title in the query's language where it has one (an English
     * query shows English titles beside its English snippets, in the Arabic window too), and an
     * event's date as its record has it, approximate ones with «حوالي» / "about".
     */
    void show(List<SearchHit> found, org.hawliyat.model.Language queryLanguage,
              java.util.function.Function<String, java.util.Optional<org.hawliyat.model.Event>> events) {
        this.queryLanguage = queryLanguage;
        this.events = events;
        failed = false;
        hits = List.copyOf(found);
        List<Node> built = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            built.add(row(hits.get(i), i));
        }
        rows.getChildren().setAll(built);
        summary.setText(hits.isEmpty() ? text.get("search.none") : text.get("search.count", hits.size()));
        setCurrent(hits.isEmpty() ? -1 : 0);
        scroll.setVvalue(0);
    }

    /** Says that the search could not be run (the store failed), in place of the results. */
    void showFailure() {
        show(List.of());
        failed = true;
        summary.setText(text.get("search.failed"));
    }

    boolean failed() {
        return failed;
    }

    /** As tall as the results at this width, up to the most; beyond that they scroll. */
    void fitHeight(double width, double most) {
        if (!showing()) {
            return; // measured again once the popup shows (SearchBar.showPopup)
        }
        applyCss();
        double needed = rows.prefHeight(width);
        scroll.setPrefViewportHeight(Math.min(Math.max(needed, 1), most));
    }

    /**
     * Whether the results are in a popup on screen. Before a popup is first shown, JavaFX resolves
     * none of its colour lookups (the stylesheets' -hw-… and modena's own): styling the rows then
     * logs a warning for each and leaves them unstyled.
     */
    private boolean showing() {
        return getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing();
    }

    List<SearchHit> hits() {
        return hits;
    }

    int current() {
        return current;
    }

    /** Moves the current result by this many rows, staying within the list. */
    void move(int by) {
        if (!hits.isEmpty()) {
            setCurrent(Math.max(0, Math.min(hits.size() - 1, current + by)));
        }
    }

    /** Chooses the current result; false when there is none. */
    boolean chooseCurrent() {
        if (current < 0) {
            return false;
        }
        onChosen.accept(hits.get(current));
        return true;
    }

    private void setCurrent(int index) {
        current = index;
        for (int i = 0; i < rows.getChildren().size(); i++) {
            rows.getChildren().get(i).pseudoClassStateChanged(CURRENT, i == index);
        }
        if (index >= 0) {
            keepInView(rows.getChildren().get(index));
        }
    }

    private void keepInView(Node row) {
        if (!showing()) {
            return; // nothing to scroll yet; the popup opens at the top
        }
        applyCss();
        rows.layout();
        double content = rows.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content <= viewport || viewport <= 0) {
            return;
        }
        Bounds bounds = row.getBoundsInParent();
        double top = scroll.getVvalue() * (content - viewport);
        if (bounds.getMinY() < top) {
            scroll.setVvalue(bounds.getMinY() / (content - viewport));
        } else if (bounds.getMaxY() > top + viewport) {
            scroll.setVvalue((bounds.getMaxY() - viewport) / (content - viewport));
        }
    }

    private Node row(SearchHit hit, int index) {
        Label kind = new Label(text.get("search.kind." + hit.kind().code()));
        kind.getStyleClass().addAll("search-kind", "search-kind-" + hit.kind().code());
        kind.setMinWidth(Region.USE_PREF_SIZE);
        Label date = new Label(hit.kind() == SearchHit.Kind.EVENT
                ? events.apply(hit.id()).map(e -> text.dates().span(e.start(), e.end())).orElseGet(() -> dateWords(hit.date()))
                : dateWords(hit.date()));
        date.getStyleClass().add("search-date");
        date.setMinWidth(Region.USE_PREF_SIZE);
        String inQueryLanguage = queryLanguage == null || hit.title() == null ? null : hit.title().in(queryLanguage);
        UiText.Shown shownTitle = text.show(hit.title());
        String titleText = inQueryLanguage != null && !inQueryLanguage.isBlank() ? inQueryLanguage
                : shownTitle.text().isEmpty() ? text.get("event.untitled") : shownTitle.text();
        Label title = new Label(titleText);
        title.getStyleClass().add("search-title");
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox heading = new HBox(kind, date, title);
        heading.getStyleClass().add("search-heading");
        VBox row = new VBox(heading);
        Snippet snippet = hit.snippet();
        if (!snippet.text().isBlank()) {
            String shown = (snippet.cutBefore() ? "… " : "") + snippet.text() + (snippet.cutAfter() ? " …" : "");
            int shift = snippet.cutBefore() ? 2 : 0;
            WrappedText paragraph = new WrappedText(shown);
            paragraph.getStyleClass().add("search-snippet");
            paragraph.setMarks(snippet.highlights().stream()
                    .map(span -> new org.hawliyat.text.TextSpan(span.start() + shift, span.end() + shift)).toList());
            row.getChildren().add(paragraph);
        }
        row.getStyleClass().add("search-result");
        row.setUserData(hit);
        row.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            setCurrent(index);
            onChosen.accept(hit);
        });
        return row;
    }

    private String dateWords(String iso) {
        if (iso == null) {
            return "";
        }
        try {
            return text.dates().format(PartialDate.parse(iso));
        } catch (IllegalArgumentException e) {
            return iso; // shown as stored rather than not at all
        }
    }
}
