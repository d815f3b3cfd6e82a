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
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.hawliyat.model.Event;
import org.hawliyat.model.Language;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.ui.concurrent.TaskRunner;

/**
 * The main window: menu bar, the events in time order beside the selected event's details, and a
 * status bar. Mirrored once, at the scene root, for Arabic. The store is read only through the
 * {@link TaskRunner}, never on the FX thread.
 *
 * <p>Tests construct it directly with a store and a synchronous runner; the application does the
 * same with the real runner (see {@link HawliyatApplication}).
 */
public final class MainWindow {

    static final double DEFAULT_WIDTH = 1200;
    static final double DEFAULT_HEIGHT = 800;
    private static final double LIST_SHARE = 0.4;
    private static final double TIMELINE_SHARE = 0.5;

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
        this.detail = new EventDetailPane(text);
        this.statusBar = new StatusBar(text);

        eventList.setId("event-list");
        eventList.getStyleClass().add("event-list");
        eventList.setCellFactory(list -> new EventListCell(text));
        eventList.setPlaceholder(listPlaceholder);
        eventList.getSelectionModel().selectedItemProperty()
                .addListener((observable, before, selected) -> {
                    detail.show(contents, selected);
                    if (!syncingSelection) {
                        syncingSelection = true;
                        timeline.setSelectedEvent(selected);
                        timeline.revealSelected();
                        syncingSelection = false;
                    }
                });
        configureTimeline();

        SplitPane split = new SplitPane(eventList, detail);
        split.getStyleClass().add("main-split");
        split.setDividerPositions(LIST_SHARE);
        SplitPane.setResizableWithParent(eventList, false); // extra width goes to the details

        SplitPane vertical = new SplitPane(timeline, split);
        vertical.setId("timeline-split");
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(TIMELINE_SHARE);

        root.getStyleClass().add("main-window");
        root.setTop(new MainMenu(text, settings, timeline, this::quit, () -> Dialogs.showAbout(stage, text)));
        root.setCenter(vertical);
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
        stage.setOnHiding(e -> preferences.setWindow(normalBounds, stage.isMaximized()));
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
        eventList.getItems().setAll(loaded.events());
        timeline.setData(loaded.timeline());
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
