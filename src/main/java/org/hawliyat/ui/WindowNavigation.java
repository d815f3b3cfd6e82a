package org.hawliyat.ui;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.hawliyat.model.Event;
import org.hawliyat.store.SearchHit;
import org.hawliyat.ui.article.ArticlePane;
import org.hawliyat.ui.article.ArticlesBrowser;
import org.hawliyat.ui.model.WindowModel;
import org.hawliyat.ui.search.SearchBar;
import org.hawliyat.ui.timeline.TimelineView;

/** Where the keyboard goes: the Go menu's panes, find, and opening a search result. */
final class WindowNavigation {

    private final Stage stage;
    private final WindowModel model;
    private final TimelineView timeline;
    private final TabPane lists;
    private final ListView<Event> eventList;
    private final EventDetailPane detail;
    private final ArticlePane articlePane;
    private final ArticlesBrowser articlesBrowser;
    private final SearchBar searchBar;

    WindowNavigation(Stage stage, WindowModel model, TimelineView timeline, TabPane lists, ListView<Event> eventList,
                     EventDetailPane detail, ArticlePane articlePane, ArticlesBrowser articlesBrowser,
                     SearchBar searchBar) {
        this.stage = stage;
        this.model = model;
        this.timeline = timeline;
        this.lists = lists;
        this.eventList = eventList;
        this.detail = detail;
        this.articlePane = articlePane;
        this.articlesBrowser = articlesBrowser;
        this.searchBar = searchBar;
    }

    void timeline() {
        timeline.requestFocus();
    }

    void events() {
        lists.getSelectionModel().select(0);
        eventList.requestFocus();
    }

    void details() {
        detail.requestFocus();
    }

    void article() {
        articlePane.document().requestFocus();
    }

    void articles() {
        lists.getSelectionModel().select(1);
        articlesBrowser.table().requestFocus();
    }

    void search() {
        searchBar.focusSearch();
    }

    void copyCitation() {
        articlePane.copyCitation(isFocusInside(articlePane));
    }

    /** Ctrl+F: find in the article when the reader is in it, else the search field. */
    void find() {
        if (isFocusInside(articlePane)) {
            articlePane.openFind();
        } else {
            searchBar.focusSearch();
        }
    }

    /** A search result: the event selected everywhere, or the article opened at the match. */
    void openSearchHit(SearchHit hit) {
        if (model.contents() == null) {
            return;
        }
        if (hit.kind() == SearchHit.Kind.EVENT) {
            model.find(hit.id()).ifPresent(event -> {
                model.selectedProperty().set(event);
                eventList.scrollTo(event);
                timeline.revealSelected();
                eventList.requestFocus();
            });
        } else if (hit.textMatch() != null) {
            articlePane.openAt(hit.id(), hit.textMatch());
        } else {
            articlePane.openArticle(hit.id());
        }
    }

    /** Whether the keyboard is in that part of the window (or nowhere: a node that left the scene). */
    boolean isFocusInside(Node container) {
        Node focused = stage.getScene() == null ? null : stage.getScene().getFocusOwner();
        for (Node at = focused; at != null; at = at.getParent()) {
            if (at == container) {
                return true;
            }
        }
        return false;
    }

    /** The keyboard is nowhere, or in a node no longer in the scene. */
    boolean isFocusLost() {
        Node focused = stage.getScene() == null ? null : stage.getScene().getFocusOwner();
        return focused == null || focused.getScene() == null;
    }
}
