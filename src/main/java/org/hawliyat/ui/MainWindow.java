package org.hawliyat.ui;

import org.hawliyat.app.CatalogueContents;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.hawliyat.editing.EventDraft;
import org.hawliyat.io.ArticleFiles;
import org.hawliyat.io.DataFileException;
import org.hawliyat.model.Event;
import org.hawliyat.model.Language;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.SourceRef;
import org.hawliyat.model.Tour;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.EventFilter;
import org.hawliyat.store.SearchHit;
import org.hawliyat.ui.article.ArticlePane;
import org.hawliyat.ui.article.ArticlesBrowser;
import org.hawliyat.ui.concurrent.TaskRunner;
import org.hawliyat.ui.edit.ArticleDialog;
import org.hawliyat.ui.edit.Editing;
import org.hawliyat.ui.edit.EventForm;
import org.hawliyat.ui.edit.TourEditor;
import org.hawliyat.ui.edit.TrashDialog;
import org.hawliyat.ui.present.PresentationView;
import org.hawliyat.ui.print.PrintPreview;
import org.hawliyat.ui.search.SearchBar;
import org.hawliyat.ui.search.WindowFilter;
import org.hawliyat.ui.timeline.TimelineView;

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
    private final Editing editing;
    private final ToggleButton editToggle = new ToggleButton();
    private final SearchBar searchBar;
    private final SplitPane bottomSplit;
    private final SplitPane timelineSplit;
    private final StatusBar statusBar;
    private final BorderPane root = new BorderPane();
    /** What the empty list says: loading, no events, or that reading failed. */
    private final Label listPlaceholder = new Label();
    private CatalogueContents contents;
    private EventForm currentForm;
    private PresentationView presentation;
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
        this.editing = new Editing(text, tasks, store, preferences::editorName, () -> stage, this::reload);
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
                    loadHistory(selected);
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
        menu.getMenus().add(1, editMenu());
        menu.getMenus().add(menu.getMenus().size() - 1, goMenu());
        menu.getMenus().add(menu.getMenus().size() - 1, presentMenu());
        menu.addAppearance(text, preferences.appearance());
        Menu file = menu.getMenus().get(0);
        file.getItems().add(0, goItem("menu.file.print", "Shortcut+P",
                () -> PrintPreview.show(stage, text, timeline)));
        file.getItems().add(1, new SeparatorMenuItem());
        configureEditToggle();
        HBox toolbar = new HBox(searchBar, editToggle);
        toolbar.getStyleClass().add("toolbar-row");
        HBox.setHgrow(searchBar, Priority.ALWAYS);
        root.setTop(new VBox(menu, toolbar));
        editing.editModeProperty().addListener((o, before, on) -> editModeChanged(on));
        root.setCenter(timelineSplit);
        root.setBottom(statusBar);

        Scene scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        // F2 edits the selected event wherever the keyboard is: the list would otherwise take it for editing a cell
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F2 && !e.isShortcutDown() && editing.isEditing()) {
                editSelected();
                e.consume();
            }
        });
        Styles.applyTo(scene);
        preferences.appearance().applyTo(scene, root);
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

    private Tab tab(String key, String id, Node content) {
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

    // ---- editing ----

    private void configureEditToggle() {
        editToggle.setId("edit-toggle");
        editToggle.getStyleClass().add("edit-toggle");
        editToggle.textProperty().bind(Bindings.when(editing.editModeProperty())
                .then(text.text("edit.mode.on")).otherwise(text.text("edit.mode.off")));
        editToggle.selectedProperty().bindBidirectional(editing.editModeProperty());
        editToggle.setDisable(store.isReadOnly());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text.text(store.isReadOnly() ? "edit.mode.readOnly" : "edit.mode.tip"));
        editToggle.setTooltip(tip);
    }

    private Menu editMenu() {
        Menu edit = new Menu();
        edit.textProperty().bind(text.text("menu.edit"));
        edit.setId("menu-edit");
        MenuItem undo = goItem("menu.edit.undo", "Shortcut+Z", editing::undo);
        undo.disableProperty().bind(editing.canUndoProperty().not().or(editing.editModeProperty().not()));
        MenuItem redo = goItem("menu.edit.redo", "Shortcut+Shift+Z", editing::redo);
        redo.disableProperty().bind(editing.canRedoProperty().not().or(editing.editModeProperty().not()));
        MenuItem redoY = goItem("menu.edit.redoAlt", "Shortcut+Y", editing::redo);
        redoY.disableProperty().bind(redo.disableProperty());
        CheckMenuItem mode = new CheckMenuItem();
        mode.textProperty().bind(text.text("menu.edit.mode"));
        mode.setId("menu-edit-mode");
        mode.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        mode.selectedProperty().bindBidirectional(editing.editModeProperty());
        mode.setDisable(store.isReadOnly());
        MenuItem create = goItem("menu.edit.new", "Shortcut+N", this::newEvent);
        MenuItem change = goItem("menu.edit.edit", "F2", this::editSelected); // also a scene filter: see above
        MenuItem duplicate = goItem("menu.edit.duplicate", "Shortcut+D", this::duplicateSelected);
        MenuItem delete = goItem("menu.edit.delete", "Shortcut+Delete", this::deleteSelected);
        MenuItem trash = goItem("menu.edit.trash", "Shortcut+Shift+T", this::showTrash);
        MenuItem newArticle = goItem("menu.edit.newArticle", "Shortcut+Shift+N", this::newArticle);
        MenuItem articleDetails = goItem("menu.edit.articleDetails", "Shortcut+Shift+I", this::editArticleDetails);
        MenuItem name = new MenuItem();
        name.textProperty().bind(text.text("menu.edit.editorName"));
        name.setId("menu-edit-editorName");
        name.setOnAction(e -> askEditorName());
        for (MenuItem item : List.of(create, change, duplicate, delete, trash, newArticle, articleDetails)) {
            item.disableProperty().bind(editing.editModeProperty().not());
        }
        edit.getItems().addAll(undo, redo, redoY, new SeparatorMenuItem(), mode, new SeparatorMenuItem(),
                create, change, duplicate, delete, new SeparatorMenuItem(), trash, new SeparatorMenuItem(),
                newArticle, articleDetails, new SeparatorMenuItem(), name);
        return edit;
    }

    private void editModeChanged(boolean on) {
        root.pseudoClassStateChanged(PseudoClass.getPseudoClass("editing"), on);
        if (!on && detail.isShowingForm()) {
            detail.show(contents, eventList.getSelectionModel().getSelectedItem());
        }
        detail.setEditing(on ? editActions() : null, on ? this::restoreVersion : null);
        articlePane.setSelectionActions(on ? this::newEventFrom : null, on ? this::cite : null);
    }

    /** "New event from selection": a new event whose source is the selected passage. */
    private void newEventFrom(SourceRef source) {
        newEvent();
        openForm().ifPresent(form -> form.addSource(source));
    }

    /** "Cite selection for this event": the selected passage becomes a source of the event being edited. */
    private void cite(SourceRef source) {
        if (openForm().isEmpty()) {
            editSelected();
        }
        openForm().ifPresent(form -> form.addSource(source));
    }

    private Node editActions() {
        Button change = actionButton("detail.edit", "detail-edit", this::editSelected);
        Button duplicate = actionButton("detail.duplicate", "detail-duplicate", this::duplicateSelected);
        Button delete = actionButton("detail.delete", "detail-delete", this::deleteSelected);
        HBox actions = new HBox(change, duplicate, delete);
        actions.getStyleClass().add("detail-edit-actions");
        return actions;
    }

    private Button actionButton(String key, String id, Runnable action) {
        Button button = new Button();
        button.textProperty().bind(text.text(key));
        button.setId(id);
        button.setMnemonicParsing(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Opens the form for a new event, dated today, in the details' place. */
    public void newEvent() {
        if (!editing.isEditing() || contents == null) {
            return;
        }
        String id = newEventId();
        String today = LocalDate.now().toString();
        openForm(new EventDraft(id, null, today, false, null, "", false, null, null, null,
                null, null, List.of(), null, List.of(), List.of(), 0, Instant.EPOCH), null);
    }

    /** Opens the form on the selected event. */
    public void editSelected() {
        Event selected = eventList.getSelectionModel().getSelectedItem();
        if (editing.isEditing() && selected != null) {
            openForm(EventDraft.of(selected), selected);
        }
    }

    private void duplicateSelected() {
        Event selected = eventList.getSelectionModel().getSelectedItem();
        if (editing.isEditing() && selected != null) {
            EventDraft d = EventDraft.of(selected);
            openForm(new EventDraft(newEventId(), d.typeId(), d.start(), d.approximate(), d.note(),
                    d.end(), d.endApproximate(), d.endNote(), d.titleAr(), d.titleEn(), d.summaryAr(), d.summaryEn(),
                    d.countryIds(), d.placeId(), d.people(), d.sources(), 0, Instant.EPOCH), null);
        }
    }

    private void deleteSelected() {
        Event selected = eventList.getSelectionModel().getSelectedItem();
        if (editing.isEditing() && selected != null) {
            editing.delete(selected);
        }
    }

    private void openForm(EventDraft draft, Event before) {
        EventForm form = new EventForm(text, contents, draft, before == null);
        form.setOnCancel(() -> detail.show(contents, eventList.getSelectionModel().getSelectedItem()));
        form.setOnSave(f -> editing.save(f, before, saved -> { }));
        currentForm = form;
        detail.showForm(form);
    }

    /** The form open in the details' place, if any (for tests and "cite selection"). */
    public Optional<EventForm> openForm() {
        return detail.isShowingForm() ? Optional.ofNullable(currentForm) : Optional.empty();
    }

    /** The editing controller, for tests. */
    public Editing editing() {
        return editing;
    }

    private String newEventId() {
        while (true) {
            String id = "event-" + UUID.randomUUID().toString().substring(0, 8);
            if (contents == null || contents.events().stream().noneMatch(e -> e.id().equals(id))) {
                return id;
            }
        }
    }

    private void restoreVersion(long version) {
        Event selected = eventList.getSelectionModel().getSelectedItem();
        if (selected != null) {
            editing.restoreVersion(selected, version);
        }
    }

    private void loadHistory(Event selected) {
        if (selected != null) {
            String id = selected.id();
            tasks.run(() -> store.history(id), entries -> detail.showHistory(id, entries), failure -> { });
        }
    }

    private void newArticle() {
        if (!editing.isEditing() || contents == null) {
            return;
        }
        String id;
        do {
            id = "article-" + UUID.randomUUID().toString().substring(0, 8);
        } while (contents.articles().containsKey(id));
        ArticleDialog.ask(stage, text, null, id, MainWindow::readArticleFile)
                .ifPresent(article -> editing.saveArticle(article, 0));
    }

    private void editArticleDetails() {
        articlePane.article().filter(a -> editing.isEditing()).ifPresent(shown -> tasks.run(
                () -> store.articleVersion(shown.id()),
                version -> ArticleDialog.ask(stage, text, shown, shown.id(), MainWindow::readArticleFile)
                        .ifPresent(article -> editing.saveArticle(article, version)),
                this::readFailed));
    }

    /** A chosen file as plain text (nothing in it is run or fetched); one sentence when it cannot be read. */
    private static ArticleFiles.ArticleText readArticleFile(Path file) {
        try {
            return ArticleFiles.read(file);
        } catch (DataFileException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private void showTrash() {
        tasks.run(store::trash, trashed -> TrashDialog.show(stage, text, trashed, editing::restore), failure -> { });
    }

    private void askEditorName() {
        TextInputDialog dialog = new TextInputDialog(preferences.editorName());
        dialog.initOwner(stage);
        dialog.setTitle(text.get("menu.edit.editorName"));
        dialog.setHeaderText(null);
        dialog.setContentText(text.get("edit.editorName.prompt"));
        dialog.getDialogPane().setNodeOrientation(text.orientation());
        ButtonType ok = Dialogs.ok(text);
        dialog.getDialogPane().getButtonTypes().setAll(ok, Dialogs.cancel(text));
        dialog.setResultConverter(button -> button == ok ? dialog.getEditor().getText() : null);
        Styles.applyTo(dialog.getDialogPane());
        dialog.showAndWait().ifPresent(preferences::setEditorName);
    }

    /** Reads the catalogue again after a change and shows this event (or the nearest one). */
    private void reload(String selectId) {
        tasks.run(() -> CatalogueContents.readFrom(store), loaded -> {
            Event before = eventList.getSelectionModel().getSelectedItem();
            showContents(loaded);
            String id = selectId != null ? selectId : before == null ? null : before.id();
            loaded.events().stream().filter(e -> e.id().equals(id)).findFirst().ifPresent(this::selectEvent);
            if (editing.isEditing()) {
                detail.setEditing(editActions(), this::restoreVersion);
            }
            // the details were rebuilt: if the keyboard was in them, it goes back to the list, not to the search field
            Node focused = stage.getScene() == null ? null : stage.getScene().getFocusOwner();
            if (focused == null || focused.getScene() == null || isInside(focused, detail)) {
                eventList.requestFocus();
            }
        }, this::readFailed);
    }

    private static boolean isInside(Node node, Node container) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == container) {
                return true;
            }
        }
        return false;
    }

    // ---- presentation ----

    private Menu presentMenu() {
        Menu present = new Menu();
        present.textProperty().bind(text.text("menu.present"));
        present.setId("menu-present");
        MenuItem fromHere = goItem("menu.present.start", "F5", () -> present(null));
        Menu tourMenu = new Menu();
        tourMenu.textProperty().bind(text.text("menu.present.tour"));
        tourMenu.setId("menu-present-tour");
        Menu editTour = new Menu();
        editTour.textProperty().bind(text.text("menu.present.editTour"));
        editTour.setId("menu-present-edit-tour");
        editTour.disableProperty().bind(editing.editModeProperty().not());
        present.setOnShowing(e -> {
            tourMenu.getItems().clear();
            editTour.getItems().clear();
            for (Tour tour : tours()) {
                MenuItem play = new MenuItem(text.show(tour.title()).text());
                play.setId("play-tour-" + tour.id());
                play.setMnemonicParsing(false);
                play.setOnAction(a -> present(tour));
                tourMenu.getItems().add(play);
                MenuItem change = new MenuItem(text.show(tour.title()).text());
                change.setMnemonicParsing(false);
                change.setOnAction(a -> editTour(tour));
                editTour.getItems().add(change);
            }
            tourMenu.setDisable(tours().isEmpty());
        });
        // so that the submenus open; they are filled each time the menu shows
        tourMenu.getItems().add(new MenuItem());
        editTour.getItems().add(new MenuItem());
        MenuItem newTour = goItem("menu.present.newTour", "Shortcut+Shift+R", () -> editTour(null));
        newTour.disableProperty().bind(editing.editModeProperty().not());
        present.getItems().addAll(fromHere, tourMenu, new SeparatorMenuItem(), newTour, editTour);
        return present;
    }

    /** The tour editor (edit mode): a new tour when {@code tour} is null. */
    private void editTour(Tour tour) {
        if (!editing.isEditing() || contents == null) {
            return;
        }
        Map<String, Event> byId = new HashMap<>();
        contents.events().forEach(e -> byId.put(e.id(), e));
        String newId = "tour-" + UUID.randomUUID().toString().substring(0, 8);
        TourEditor.show(stage, text, tour, newId, byId,
                () -> eventList.getSelectionModel().getSelectedItem(), editing::saveTour);
    }

    /**
     * Full screen for a class: the timeline and the current event as a large card; from the
     * selected event through the events shown, or through a tour's stops. Esc restores the window.
     */
    public void present(Tour tour) {
        if (contents == null || presentation != null) {
            return;
        }
        List<PresentationView.Stop> stops = new ArrayList<>();
        int first = 0;
        if (tour == null) {
            for (Event event : eventList.getItems()) {
                stops.add(new PresentationView.Stop(event, LocalizedText.EMPTY));
            }
            first = Math.max(0, eventList.getSelectionModel().getSelectedIndex());
        } else {
            Map<String, Event> byId = new HashMap<>();
            contents.events().forEach(e -> byId.put(e.id(), e));
            for (Tour.Stop stop : tour.stops()) {
                Event event = byId.get(stop.eventId());
                if (event != null) { // a stop whose event went to the trash is skipped
                    stops.add(new PresentationView.Stop(event, stop.note()));
                }
            }
        }
        PresentationView view = new PresentationView(text,
                contents.timeline(), stops, tour == null ? null : tour.title(), first);
        view.setNodeOrientation(text.orientation());
        // type for a projector: the base size follows the screen's width (22 px at 1280, 33 px at 1920)
        view.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", Math.max(18, stage.getWidth() / 58)),
                stage.widthProperty()));
        presentation = view;
        Scene scene = stage.getScene();
        scene.setRoot(view);
        view.setOnLeave(this::leavePresentation);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        stage.fullScreenProperty().addListener(presentationFullScreen);
        view.requestFocus();
    }

    /** Leaving full screen by any means (the system's own Esc included) ends the presentation. */
    private final ChangeListener<Boolean> presentationFullScreen = (o, before, full) -> {
        if (!full) {
            leavePresentation();
        }
    };

    private void leavePresentation() {
        if (presentation == null) {
            return;
        }
        PresentationView leaving = presentation;
        presentation = null;
        stage.fullScreenProperty().removeListener(presentationFullScreen);
        stage.setFullScreen(false);
        stage.getScene().setRoot(root);
        leaving.current().ifPresent(this::selectEvent); // the window comes back where the class left off
        eventList.requestFocus();
    }

    /** The presentation on screen, if any (for tests). */
    public Optional<PresentationView> presentation() {
        return Optional.ofNullable(presentation);
    }

    /** The tours read with the catalogue (for tests and the menu). */
    public List<Tour> tours() {
        return contents == null ? List.of() : contents.tours();
    }

    /** Ctrl+F: find in the article when the reader is in it, else the search field. */
    private void find() {
        Node focused = stage.getScene() == null ? null : stage.getScene().getFocusOwner();
        if (focused != null && isInside(focused, articlePane)) {
            articlePane.openFind();
        } else {
            searchBar.focusSearch();
        }
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
        // one pass over the events: the list, the timeline and the counts all use its result
        List<Event> matching = filter.isAll() ? contents.events() : contents.events().stream().filter(filter::test).toList();
        Set<String> matchingIds = filter.isAll() ? null
                : matching.stream().map(Event::id).collect(Collectors.toSet());
        boolean hide = matchingIds != null && !windowFilter.dimProperty().get();
        List<Event> shown = hide ? matching : contents.events();
        Event selected = eventList.getSelectionModel().getSelectedItem();
        syncingSelection = true;
        eventList.getItems().setAll(shown);
        timeline.setData(hide ? contents.timeline().only(e -> matchingIds.contains(e.id())) : contents.timeline());
        timeline.setMatchingEvents(hide ? null : matchingIds);
        syncingSelection = false;
        if (selected != null && (!hide || matchingIds.contains(selected.id()))) {
            eventList.getSelectionModel().select(selected);
        } else if (!shown.isEmpty()) {
            eventList.getSelectionModel().select(0);
        }
        eventList.refresh();
        statusBar.showShown(matchingIds == null ? -1 : matching.size());
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
