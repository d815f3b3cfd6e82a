package org.hawliyat.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.hawliyat.app.CatalogueContents;
import org.hawliyat.model.Event;
import org.hawliyat.model.Language;
import org.hawliyat.model.Tour;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.SearchHit;
import org.hawliyat.ui.article.ArticlePane;
import org.hawliyat.ui.article.ArticlesBrowser;
import org.hawliyat.ui.common.Dialogs;
import org.hawliyat.ui.common.Styles;
import org.hawliyat.ui.common.TimelineSettings;
import org.hawliyat.ui.common.UiPreferences;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.concurrent.TaskRunner;
import org.hawliyat.ui.edit.Editing;
import org.hawliyat.ui.edit.EventForm;
import org.hawliyat.ui.edit.OutsideChanges;
import org.hawliyat.ui.exchange.DataExchange;
import org.hawliyat.ui.render.HandoutRequest;
import org.hawliyat.ui.model.ShownEvents;
import org.hawliyat.ui.model.WindowModel;
import org.hawliyat.ui.present.PresentationView;
import org.hawliyat.ui.print.PrintPreview;
import org.hawliyat.ui.search.SearchBar;
import org.hawliyat.ui.search.WindowFilter;
import org.hawliyat.ui.timeline.TimelineView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window: menu bar, the timeline above; below it the events (or the articles) beside the
 * selected event's details and its source article; a status bar. Pane sizes are remembered. Mirrored
 * once, at the scene root, for Arabic. The store is read only through the {@link TaskRunner}, never
 * on the FX thread.
 *
 * <p>What the window shows lives in one {@link WindowModel}; the views here follow it. The commands
 * are in {@link WindowMenus}, {@link EditCommands}, {@link Presenting} and {@link WindowNavigation}.
 *
 * <p>Tests construct it directly with a store and a synchronous runner; the application does the
 * same with the real runner (see {@link HawliyatApplication}).
 */
public final class MainWindow {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
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
    private final WindowModel model;
    private final ListView<Event> eventList = new ListView<>();
    private final TimelineView timeline = new TimelineView();
    private final TimelineSettings settings;
    private final EventDetailPane detail;
    private final ArticlePane articlePane;
    private final ArticlesBrowser articlesBrowser;
    private final TabPane lists = new TabPane();
    private final Editing editing;
    private final EditCommands commands;
    private final Presenting presenting;
    private final WindowNavigation navigation;
    private final WindowMenus menus;
    private final SearchBar searchBar;
    private final SplitPane bottomSplit;
    private final SplitPane timelineSplit;
    private final StatusBar statusBar;
    private final BorderPane root = new BorderPane();
    /** What the empty list says: loading, no events, or that reading failed. */
    private final Label listPlaceholder = new Label();
    private final WindowBounds bounds;
    /** What other windows and programs save on the same database, shown as it happens. */
    private final OutsideChanges outside;
    private final DataExchange exchange;

    public MainWindow(Stage stage, CatalogueStore store, TaskRunner tasks, UiPreferences preferences) {
        this.stage = stage;
        this.store = store;
        this.tasks = tasks;
        this.preferences = preferences;
        this.text = new UiText(preferences.language());
        this.settings = preferences.timelineSettings();
        this.bounds = new WindowBounds(stage, preferences);
        text.dateStyleProperty().bind(settings.dateStyleProperty());
        WindowFilter windowFilter = new WindowFilter(preferences.filterDims());
        this.model = new WindowModel(windowFilter, store.isReadOnly(), tasks);
        this.detail = new EventDetailPane(text, settings.hijriAxisProperty());
        this.articlePane = new ArticlePane(text, tasks, store, preferences.articleFontSize());
        this.articlesBrowser = new ArticlesBrowser(text);
        this.editing = new Editing(text, tasks, store, preferences::editorName, () -> stage,
                model.editModeProperty(), model::apply, () -> reload(null));
        this.commands = new EditCommands(stage, text, tasks, store, preferences, model, editing, detail, articlePane,
                this::readFailed);
        this.outside = new OutsideChanges(tasks, store, found -> {
            model.apply(found.change(), null); // in place: the selection stays
            commands.changedElsewhere(found.events());
        });
        this.statusBar = new StatusBar(text);
        this.presenting = new Presenting(stage, text, model, editing, root, eventList::requestFocus);
        this.searchBar = new SearchBar(text, tasks, store, windowFilter, this::openSearchHit);
        this.navigation = new WindowNavigation(stage, model, timeline, lists, eventList, detail, articlePane,
                articlesBrowser, searchBar);
        this.exchange = new DataExchange(() -> stage, text, tasks, store, preferences::editorName, () -> reload(null),
                statusBar::note, () -> PrintPreview.picture(timeline),
                file -> new HandoutRequest(file, timeline.getLanguage(), null, null, null, HandoutRequest.DEFAULT_DPI,
                        timeline.getDateStyle(), timeline.getLaneMode(), java.time.LocalDate.now()));
        this.menus = new WindowMenus(text, model, editing, commands, navigation, presenting,
                () -> PrintPreview.show(stage, text, timeline), exchange);

        eventList.setId("event-list");
        eventList.getStyleClass().add("event-list");
        eventList.setCellFactory(list -> new EventListCell(text, event -> model.shown().isDimmed(event)));
        eventList.setPlaceholder(listPlaceholder);
        configureTimeline();
        followModel();

        detail.setOnOpenPassage(articlePane::openPassage);
        detail.setOnCopied(() -> statusBar.note("status.copied"));
        windowFilter.searchMatchesProperty().addListener((o, before, matches) -> {
            if (matches == null) {
                articlePane.clearSearchMark(); // the search ended: its mark goes with it
            }
        });
        articlePane.setOnCopied(() -> statusBar.note("status.copied"));
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
        menu.getMenus().add(1, menus.editMenu());
        menu.getMenus().add(menu.getMenus().size() - 1, menus.goMenu());
        menu.getMenus().add(menu.getMenus().size() - 1, menus.presentMenu());
        menu.addAppearance(text, preferences.appearance());
        Menu file = menu.getMenus().get(0);
        file.getItems().addAll(0, menus.fileItems());
        file.getItems().addAll(file.getItems().size() - 1, List.of(restoreItem(), new SeparatorMenuItem()));
        ToggleButton editToggle = menus.editToggle();
        HBox toolbar = new HBox(searchBar, editToggle);
        toolbar.getStyleClass().add("toolbar-row");
        HBox.setHgrow(searchBar, Priority.ALWAYS);
        root.setTop(new VBox(menu, toolbar));
        model.editModeProperty().addListener((o, before, on) -> editModeChanged(on));
        root.setCenter(timelineSplit);
        root.setBottom(statusBar);

        Scene scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        // F2 edits the selected event wherever the keyboard is: the list would otherwise take it for editing a cell
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F2 && !e.isShortcutDown() && model.isEditing()) {
                commands.editSelected();
                e.consume();
            }
        });
        menus.installKeys(scene);
        exchange.acceptDrops(scene);
        Styles.applyTo(scene);
        preferences.appearance().applyTo(scene, root);
        stage.setScene(scene);
        stage.titleProperty().bind(text.text("app.title"));

        applyOrientation();
        text.languageProperty().addListener((observable, before, after) -> languageChanged(after));
    }

    /** File ▸ Restore from a backup…: after a restore the catalogue is read again. */
    private MenuItem restoreItem() {
        MenuItem item = new MenuItem();
        item.textProperty().bind(text.text("menu.file.restore"));
        item.setId("menu-restore");
        item.setMnemonicParsing(false);
        item.setDisable(store.isReadOnly());
        item.setOnAction(e -> commands.leaveForm(() -> BackupRestore.show(stage, text, tasks, Path.of(store.location()),
                () -> {
                    reload(null);
                    statusBar.note("status.restored");
                })));
        return item;
    }

    private void openSearchHit(SearchHit hit) {
        navigation.openSearchHit(hit);
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
        settings.dateStyleProperty().addListener((o, before, after) -> {
            eventList.refresh();
            detail.show(model.contents(), model.selected());
        });
    }

    /** The views follow the model: the selection is shared, the rest shows what the model holds. */
    private void followModel() {
        SharedSelection.bind(model, eventList, timeline);
        model.contentsProperty().addListener((o, before, contents) -> showCatalogue(contents));
        model.shownProperty().addListener((o, before, shown) -> showEvents(shown));
        model.selectedProperty().addListener((o, before, selected) -> {
            if (!model.isApplying()) { // after a change, once: see changeApplied
                commands.selectionChanged(before, selected, this::showSelected); // a changed form asks first
            }
        });
        model.addAppliedListener(this::changeApplied);
    }

    /** The selected event in the details, its history, and its source in the article pane. */
    private void showSelected() {
        Event selected = model.selected();
        detail.show(model.contents(), selected);
        loadHistory(selected);
        articlePane.showEvent(selected);
    }

    private void showCatalogue(CatalogueContents contents) {
        statusBar.show(contents);
        listPlaceholder.textProperty().bind(text.text("list.empty"));
        articlePane.setCatalogue(contents);
        articlesBrowser.show(contents);
        searchBar.setCatalogue(contents);
    }

    private void showEvents(ShownEvents shown) {
        timeline.setData(shown.timeline());
        timeline.setMatchingEvents(shown.highlighted());
        eventList.refresh(); // dimming is drawn by the cells
        statusBar.showShown(shown.matchingCount());
    }

    /** After an edit: the details are rebuilt; if the keyboard was in them, it goes back to the list. */
    private void changeApplied() {
        if (commands.openForm().isPresent()) {
            return; // an open form stays, with what was typed in it
        }
        boolean focusWasInDetails = navigation.isFocusInside(detail);
        showSelected();
        if (model.isEditing()) {
            detail.setEditing(menus.detailButtons(), commands::restoreVersion);
        }
        if (focusWasInDetails || navigation.isFocusLost()) {
            eventList.requestFocus();
        }
    }

    private Tab tab(String key, String id, Node content) {
        Tab tab = new Tab();
        tab.textProperty().bind(text.text(key));
        tab.setId(id);
        tab.setContent(content);
        return tab;
    }

    private void editModeChanged(boolean on) {
        root.pseudoClassStateChanged(PseudoClass.getPseudoClass("editing"), on);
        if (!on) {
            commands.editModeTurnedOff();
        }
        detail.setEditing(on ? menus.detailButtons() : null, on ? commands::restoreVersion : null);
        articlePane.setSelectionActions(on ? commands::newEventFrom : null, on ? commands::cite : null);
    }

    private void loadHistory(Event selected) {
        if (selected != null) {
            String id = selected.id();
            tasks.run(() -> store.history(id), entries -> detail.showHistory(id, entries),
                    failure -> LOG.warn("Could not read the history of {}", id, failure)); // the details show no history
        }
    }

    /** Reads the whole catalogue again (after a failure, when what is stored is not known) and shows this event. */
    private void reload(String selectId) {
        model.reread(() -> CatalogueContents.readFrom(store), selectId, this::readFailed);
    }

    // ---- for the application and tests ----

    /** Opens the form for a new event (edit mode). */
    public void newEvent() {
        commands.newEvent();
    }

    /** Opens the form on the selected event (edit mode). */
    public void editSelected() {
        commands.editSelected();
    }

    /** The form open in the details' place, if any (for tests and "cite selection"). */
    public Optional<EventForm> openForm() {
        return commands.openForm();
    }

    /** The editing controller, for tests. */
    /** Import and export from the window (File ▸ Import…, File ▸ Export ▸, dropped files). */
    public DataExchange exchange() {
        return exchange;
    }

    public Editing editing() {
        return editing;
    }

    /** Full screen for a class, through the events shown ({@code tour} null) or a tour's stops. */
    public void present(Tour tour) {
        presenting.present(tour);
    }

    /** The presentation on screen, if any (for tests). */
    public Optional<PresentationView> presentation() {
        return presenting.presentation();
    }

    /** The tours read with the catalogue (for tests and the menu). */
    public List<Tour> tours() {
        return presenting.tours();
    }

    /** The filter chips and search matches the window shows, for tests. */
    public WindowFilter filter() {
        return model.filter();
    }

    /** What the window shows, for tests. */
    public WindowModel model() {
        return model;
    }

    /** The search bar, for tests. */
    public SearchBar searchBar() {
        return searchBar;
    }

    /** Selects an event everywhere: list, timeline, details and article; the list scrolls to it. */
    public void selectEvent(Event event) {
        if (event == null) {
            return;
        }
        model.selectedProperty().set(event);
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
        bounds.restore(DEFAULT_WIDTH, DEFAULT_HEIGHT);
        stage.setOnHiding(e -> {
            bounds.save();
            preferences.setDividerPositions(BOTTOM_SPLIT, bottomSplit.getDividerPositions());
            preferences.setDividerPositions(TIMELINE_SPLIT, timelineSplit.getDividerPositions());
        });
        stage.setOnCloseRequest(e -> {
            if (commands.hasUnsavedForm()) {
                e.consume(); // asked first; the window closes once the form is saved or discarded
                quit();
            }
        });
        stage.show();
        eventList.requestFocus();
        outside.start(stage);
        load();
    }

    /** Asks the database now whether another window or program saved something (else on focus and every few seconds). */
    public void checkForChanges() {
        outside.check();
    }

    /** The window's language; setting it relabels and mirrors the window and remembers the choice. */
    public ObjectProperty<Language> languageProperty() {
        return text.languageProperty();
    }

    private void load() {
        statusBar.showLoading();
        listPlaceholder.textProperty().bind(text.text("status.loading"));
        tasks.run(() -> CatalogueContents.readFrom(store), loaded -> {
            model.show(loaded);
            eventList.getFocusModel().focus(0);
            eventList.scrollTo(0);
            commands.offerDrafts();
        }, this::readFailed);
    }

    private void readFailed(Throwable failure) {
        LOG.warn("Reading the catalogue failed", failure); // for whoever reads the log; the user gets one sentence
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
        commands.relabelForm();
    }

    /** The only place the layout is mirrored: everything below follows the root's orientation. */
    private void applyOrientation() {
        root.setNodeOrientation(text.orientation());
    }

    private void quit() {
        commands.leaveForm(() -> {
            stage.hide(); // saves the bounds (onHiding); the application then stops and closes the store
            Platform.exit();
        });
    }
}
