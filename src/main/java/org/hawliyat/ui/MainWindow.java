package org.hawliyat.ui;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import org.hawliyat.ui.timeline.TimelineView;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import org.hawliyat.ui.article.ArticlePane;
import org.hawliyat.ui.article.ArticlesBrowser;
import org.hawliyat.ui.search.SearchBar;
import org.hawliyat.ui.search.WindowFilter;
import org.hawliyat.store.EventFilter;
import org.hawliyat.store.SearchHit;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.hawliyat.model.Event;
import org.hawliyat.model.Language;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.ui.concurrent.TaskRunner;

/**
 * The main window: menu bar, the timeline above; below it the events (or the articles) beside the
 * selected event's details and its source article; a status bar. Pane sizes are remembered. Mirrored once, at the scene root, for Arabic. The store is read only through the
 * {@link TaskRunner}, never on the FX thread.
 *
 * <p>Tests construct it directly with a store and a synchronous runner; the application does the
 * same with the real runner (see {@link HawliyatApplication}).
 */
public final class MainWindow {

    static final double DEFAULT_WIDTH = 1200;
    static final double DEFAULT_HEIGHT = 800;
    /** The bottom row's dividers: events and articles | event details | article. */
    private static final double[] BOTTOM_DIVIDERS = {0.24, 0.56};
    private static final double[] TIMELINE_DIVIDER = {0.45};
    private static final String BOTTOM_SPLIT = "bottom";
    private static final String TIMELINE_SPLIT = "timeline";

    private final Stage stage;
    private final CatalogueStore store;
    private final TaskRunner tasks;
    private final UiPreferences preferences;
    private final UiText text;
    private final ListView<Event> eventList = new ListView<>();
    private final TimelineView timeline = new TimelineView();
    private final TimelineSettings settings;
    /** Set while the list follows the timeline's selection (or back), so that neither echoes the other. */
    private boolean syncingSelection;
    private final EventDetailPane detail;
    private final ArticlePane articlePane;
    private final ArticlesBrowser articlesBrowser;
    private final TabPane lists = new TabPane();
    private final WindowFilter windowFilter;
    private final SearchBar searchBar;
    private final SplitPane bottomSplit;
    private final SplitPane timelineSplit;
    private final StatusBar statusBar;
    private final BorderPane root = new BorderPane();
    /** What the empty list says: loading, no events, or that reading failed. */
    private final Label listPlaceholder = new Label();
    private CatalogueContents contents;
    /** The window's bounds when last neither maximized nor minimized: what is saved on close. */
    private Rectangle2D normalBounds;

    public MainWindow(Stage stage, CatalogueStore store, TaskRunner tasks, UiPreferences preferences) {
        this.stage = stage;
        this.store = store;
        this.tasks = tasks;
        this.preferences = preferences;
        this.text = new UiText(preferences.language());
        this.settings = preferences.timelineSettings();
        text.dateStyleProperty().bind(settings.dateStyleProperty());
        this.detail = new EventDetailPane(text, settings.hijriAxisProperty());
        this.articlePane = new ArticlePane(text, tasks, store, preferences.articleFontSize());
        this.articlesBrowser = new ArticlesBrowser(text);
        this.windowFilter = new WindowFilter(preferences.filterDims());
        this.searchBar = new SearchBar(text, tasks, store, windowFilter, this::openSearchHit);
        windowFilter.effectiveProperty().addListener((o, before, after) -> applyFilter());
        windowFilter.dimProperty().addListener((o, before, after) -> applyFilter());
        this.statusBar = new StatusBar(text);

        eventList.setId("event-list");
        eventList.getStyleClass().add("event-list");
        eventList.setCellFactory(list -> new EventListCell(text, this::isDimmed));
        eventList.setPlaceholder(listPlaceholder);
        eventList.getSelectionModel().selectedItemProperty()
                .addListener((observable, before, selected) -> {
                    detail.show(contents, selected);
                    articlePane.showEvent(selected);
                    if (!syncingSelection) {
                        syncingSelection = true;
                        timeline.setSelectedEvent(selected);
                        timeline.revealSelected();
                        syncingSelection = false;
                    }
                });
        configureTimeline();

        detail.setOnOpenPassage(articlePane::openPassage);
        detail.setOnSelectEvent(this::selectEvent);
        articlePane.setOnEventChosen(this::selectEvent);
        articlesBrowser.setOnOpen(articlePane::openArticle);
        lists.setId("lists");
        lists.getTabs().setAll(tab("tab.events", "tab-events", eventList), tab("tab.articles", "tab-articles", articlesBrowser));
        lists.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        // Split panes follow the root's orientation: in Arabic the list is at the right, the article at the left.
        bottomSplit = new SplitPane(lists, detail, articlePane);
        bottomSplit.setId("bottom-split");
        bottomSplit.getStyleClass().add("main-split");
        bottomSplit.setDividerPositions(preferences.dividerPositions(BOTTOM_SPLIT, 2).orElse(BOTTOM_DIVIDERS));
        SplitPane.setResizableWithParent(lists, false); // extra width goes to the reading panes

        timelineSplit = new SplitPane(timeline, bottomSplit);
        timelineSplit.setId("timeline-split");
        timelineSplit.setOrientation(Orientation.VERTICAL);
        timelineSplit.setDividerPositions(preferences.dividerPositions(TIMELINE_SPLIT, 1).orElse(TIMELINE_DIVIDER));

        root.getStyleClass().add("main-window");
        MainMenu menu = new MainMenu(text, settings, timeline, this::quit, () -> Dialogs.showAbout(stage, text));
        menu.getMenus().add(menu.getMenus().size() - 1, goMenu());
        root.setTop(new javafx.scene.layout.VBox(menu, searchBar));
        root.setCenter(timelineSplit);
        root.setBottom(statusBar);

        Scene scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        Styles.applyTo(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(text.text("app.title"));

        applyOrientation();
        text.languageProperty().addListener((observable, before, after) -> languageChanged(after));
    }

    private void configureTimeline() {
        timeline.setId("timeline");
        timeline.languageProperty().bind(text.languageProperty());
        timeline.dateStyleProperty().bind(settings.dateStyleProperty());
        timeline.laneModeProperty().bind(settings.laneModeProperty());
        timeline.hijriAxisProperty().bind(settings.hijriAxisProperty());
        timeline.timeDirectionProperty().bind(settings.timeDirectionProperty());
        timeline.setMessages(text::get);
        timeline.setOnOpenEvent(event -> detail.requestFocus());
        timeline.selectedEventProperty().addListener((observable, before, selected) -> {
            if (!syncingSelection && selected != null) {
                syncingSelection = true;
                eventList.getSelectionModel().select(selected);
                eventList.scrollTo(selected);
                syncingSelection = false;
            }
        });
        settings.dateStyleProperty().addListener((o, before, after) -> {
            eventList.refresh();
            detail.show(contents, eventList.getSelectionModel().getSelectedItem());
        });
    }

    private Tab tab(String key, String id, javafx.scene.Node content) {
        Tab tab = new Tab();
        tab.textProperty().bind(text.text(key));
        tab.setId(id);
        tab.setContent(content);
        return tab;
    }

    /** Moving between the panes from the keyboard, and the article's find and citation. */
    private Menu goMenu() {
        Menu go = new Menu();
        go.textProperty().bind(text.text("menu.go"));
        go.setId("menu-go");
        go.getItems().addAll(
                goItem("menu.go.timeline", "Shortcut+1", timeline::requestFocus),
                goItem("menu.go.events", "Shortcut+2", () -> {
                    lists.getSelectionModel().select(0);
                    eventList.requestFocus();
                }),
                goItem("menu.go.details", "Shortcut+3", detail::requestFocus),
                goItem("menu.go.article", "Shortcut+4", () -> articlePane.document().requestFocus()),
                goItem("menu.go.articles", "Shortcut+5", () -> {
                    lists.getSelectionModel().select(1);
                    articlesBrowser.table().requestFocus();
                }),
                new SeparatorMenuItem(),
                goItem("menu.go.search", "Shortcut+K", searchBar::focusSearch),
                goItem("menu.go.find", "Shortcut+F", this::find),
                goItem("menu.go.copyCitation", "Shortcut+Shift+C", articlePane::copyCitation));
        return go;
    }

    private MenuItem goItem(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(text.text(key));
        item.setId(key.replace('.', '-'));
        item.setMnemonicParsing(false);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Ctrl+F: find in the article when the reader is in it, else the search field. */
    private void find() {
        javafx.scene.Node focused = stage.getScene() == null ? null : stage.getScene().getFocusOwner();
        for (javafx.scene.Node at = focused; at != null; at = at.getParent()) {
            if (at == articlePane) {
                articlePane.openFind();
                return;
            }
        }
        searchBar.focusSearch();
    }

    /** A search result: the event selected everywhere, or the article opened at the match. */
    private void openSearchHit(SearchHit hit) {
        if (contents == null) {
            return;
        }
        if (hit.kind() == SearchHit.Kind.EVENT) {
            contents.events().stream().filter(e -> e.id().equals(hit.id())).findFirst().ifPresent(event -> {
                selectEvent(event);
                timeline.revealSelected();
                eventList.requestFocus();
            });
        } else if (hit.textMatch() != null) {
            articlePane.openAt(hit.id(), hit.textMatch());
        } else {
            articlePane.openArticle(hit.id());
        }
    }

    /** Whether an event is drawn faintly: it does not match the filters and they dim rather than hide. */
    private boolean isDimmed(Event event) {
        EventFilter filter = windowFilter.effective();
        return windowFilter.dimProperty().get() && !filter.isAll() && !filter.test(event);
    }

    /** Shows the events that pass the filters and search, or dims the others. */
    private void applyFilter() {
        if (contents == null) {
            return;
        }
        EventFilter filter = windowFilter.effective();
        boolean hide = !windowFilter.dimProperty().get() && !filter.isAll();
        List<Event> shown = hide ? contents.events().stream().filter(filter::test).toList() : contents.events();
        Event selected = eventList.getSelectionModel().getSelectedItem();
        syncingSelection = true;
        eventList.getItems().setAll(shown);
        timeline.setData(hide ? contents.timeline().only(filter::test) : contents.timeline());
        timeline.setMatchingEvents(filter.isAll() || hide ? null
                : contents.events().stream().filter(filter::test).map(Event::id).collect(java.util.stream.Collectors.toSet()));
        syncingSelection = false;
        if (selected != null && shown.contains(selected)) {
            eventList.getSelectionModel().select(selected);
        } else if (!shown.isEmpty()) {
            eventList.getSelectionModel().select(0);
        }
        eventList.refresh();
        statusBar.showShown(filter.isAll() ? -1 : (int) contents.events().stream().filter(filter::test).count());
    }

    /** The filter chips and search matches the window shows, for tests. */
    public WindowFilter filter() {
        return windowFilter;
    }

    /** The search bar, for tests. */
    public SearchBar searchBar() {
        return searchBar;
    }

    /** Selects an event everywhere: list, timeline, details and article. */
    public void selectEvent(Event event) {
        if (event == null) {
            return;
        }
        eventList.getSelectionModel().select(event);
        eventList.scrollTo(event);
    }

    /** The article pane, for tests. */
    public ArticlePane articlePane() {
        return articlePane;
    }

    /** The timeline, for tests and pictures. */
    public TimelineView timeline() {
        return timeline;
    }

    /** The window's root, for pictures. */
    public Parent root() {
        return root;
    }

    /** Places and shows the window, then reads the catalogue in the background. */
    public void show() {
        restoreBounds();
        stage.setOnHiding(e -> {
            preferences.setWindow(normalBounds, stage.isMaximized());
            preferences.setDividerPositions(BOTTOM_SPLIT, bottomSplit.getDividerPositions());
            preferences.setDividerPositions(TIMELINE_SPLIT, timelineSplit.getDividerPositions());
        });
        stage.show();
        eventList.requestFocus();
        load();
    }

    /** The window's language; setting it relabels and mirrors the window and remembers the choice. */
    public ObjectProperty<Language> languageProperty() {
        return text.languageProperty();
    }

    private void load() {
        statusBar.showLoading();
        listPlaceholder.textProperty().bind(text.text("status.loading"));
        tasks.run(() -> CatalogueContents.readFrom(store), this::showContents, this::readFailed);
    }

    private void showContents(CatalogueContents loaded) {
        contents = loaded;
        statusBar.show(loaded);
        listPlaceholder.textProperty().bind(text.text("list.empty"));
        articlePane.setCatalogue(loaded);
        articlesBrowser.show(loaded);
        searchBar.setCatalogue(loaded);
        eventList.getItems().setAll(loaded.events());
        timeline.setData(loaded.timeline());
        if (!windowFilter.effective().isAll()) {
            applyFilter();
        }
        if (!loaded.events().isEmpty()) {
            eventList.getSelectionModel().select(0);
            eventList.getFocusModel().focus(0);
            eventList.scrollTo(0);
        }
    }

    private void readFailed(Throwable failure) {
        failure.printStackTrace(); // for whoever reads the log; the user gets one sentence
        statusBar.showProblem("status.readFailed");
        listPlaceholder.textProperty().bind(text.text("status.readFailed"));
        // location() only names the file; it does not touch the database.
        Dialogs.showError(stage, text, text.get("error.read", store.location()));
    }

    private void languageChanged(Language language) {
        preferences.setLanguage(language);
        applyOrientation();
        timeline.setMessages(text::get);
        eventList.refresh(); // cells are not listeners (they come and go); the detail pane and status bar are
    }

    /** The only place the layout is mirrored: everything below follows the root's orientation. */
    private void applyOrientation() {
        root.setNodeOrientation(text.orientation());
    }

    private void restoreBounds() {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D bounds = WindowPlacement.place(preferences.windowBounds(), DEFAULT_WIDTH, DEFAULT_HEIGHT,
                screens, Screen.getPrimary().getVisualBounds());
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        normalBounds = bounds;
        stage.setMaximized(preferences.windowMaximized());
        stage.xProperty().addListener(o -> rememberNormalBounds());
        stage.yProperty().addListener(o -> rememberNormalBounds());
        stage.widthProperty().addListener(o -> rememberNormalBounds());
        stage.heightProperty().addListener(o -> rememberNormalBounds());
    }

    private void rememberNormalBounds() {
        Rectangle2D bounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        // While maximizing, the new size may arrive before the maximized flag: a window exactly
        // filling a screen is not what the user sized by hand, so it is not remembered as such.
        boolean fillsAScreen = Screen.getScreens().stream().anyMatch(screen -> screen.getVisualBounds().equals(bounds));
        if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen() && !fillsAScreen) {
            normalBounds = bounds;
        }
    }

    private void quit() {
        stage.hide(); // saves the bounds (onHiding); the application then stops and closes the store
        Platform.exit();
    }
}
