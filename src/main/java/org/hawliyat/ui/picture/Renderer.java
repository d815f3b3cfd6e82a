package org.hawliyat.ui.picture;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.prefs.Preferences;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.NodeOrientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.hawliyat.ui.render.HeadlessFx;
import org.hawliyat.ui.render.PictureRange;
import org.hawliyat.ui.render.RenderRequest;
import org.hawliyat.model.Language;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.timeline.TimeRange;
import org.hawliyat.timeline.TimelineData;
import org.hawliyat.app.CatalogueContents;
import org.hawliyat.ui.MainWindow;
import org.hawliyat.ui.common.Styles;
import org.hawliyat.ui.common.UiPreferences;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.concurrent.SynchronousTaskRunner;
import org.hawliyat.ui.timeline.TimelineView;

/**
 * Draws the timeline, or the whole main window, to a PNG without a display. It builds the same
 * controls with the same stylesheet as the window, so the picture is what the window shows.
 */
public final class Renderer {

    private final CatalogueStore store;

    public Renderer(CatalogueStore store) {
        this.store = store;
    }

    /**
     * Draws the picture and writes it.
     *
     * @throws IllegalArgumentException when the event to select does not exist
     */
    public void render(RenderRequest request) throws IOException {
        render(request, null);
    }

    /**
     * Draws the picture and writes it; with a tour, the timeline shows only the tour's events.
     *
     * @throws UnknownRecordException when the event to select or the tour does not exist (nothing is written)
     */
    public void render(RenderRequest request, String tourId) throws IOException {
        if (request.selectEventId() != null && store.event(request.selectEventId()).isEmpty()) {
            throw new UnknownRecordException("--select", "no event has the id \"" + request.selectEventId() + "\"");
        }
        java.util.Set<String> tourEvents = tourId == null ? null : store.tours().stream()
                .filter(t -> t.id().equals(tourId)).findFirst()
                .map(t -> t.stops().stream().map(org.hawliyat.model.Tour.Stop::eventId).collect(java.util.stream.Collectors.toSet()))
                .orElseThrow(() -> new UnknownRecordException("--tour", "no tour has the id \"" + tourId + "\""));
        if (tourEvents != null && request.view() != RenderRequest.View.TIMELINE) {
            throw new IllegalArgumentException("a tour is drawn on the timeline view only");
        }
        HeadlessFx.start(); // once what was asked for is known to exist
        // the window reads the catalogue itself, as it does when it opens; the timeline alone is read here
        Shown shown;
        if (request.view() != RenderRequest.View.TIMELINE) {
            shown = HeadlessFx.call(() -> showWindow(request));
        } else {
            CatalogueContents contents = CatalogueContents.readFrom(store); // read off the FX thread
            TimelineData data = tourEvents == null ? contents.timeline() : contents.timeline().only(e -> tourEvents.contains(e.id()));
            shown = HeadlessFx.call(() -> showTimeline(request, data));
        }
        BufferedImage image;
        try {
            // Separate turns of the FX thread: what a layout pass left for after it (the timeline's
            // marker pictures, never drawn inside a pass on screen) is done before the picture is taken.
            for (int turn = 0; turn < SETTLING_TURNS; turn++) {
                HeadlessFx.call(() -> {
                    shown.root().applyCss();
                    shown.root().layout();
                    return null;
                });
            }
            image = HeadlessFx.call(() -> snapshot(shown.root(), request));
        } finally {
            HeadlessFx.call(() -> {
                shown.close().run();
                return null;
            });
        }
        write(image, request.out());
    }

    /** Turns of the FX thread given to what a layout pass leaves for later, before the picture. */
    private static final int SETTLING_TURNS = 3;

    /** What is drawn, shown in its own stage, and how to put it away. */
    private record Shown(Parent root, Runnable close) {
    }

    /** A record named by an option does not exist: the message says which, in one sentence without its end. */
    public static final class UnknownRecordException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String option;

        public UnknownRecordException(String option, String message) {
            super(message);
            this.option = option;
        }

        /** The option that named it, such as {@code --tour}. */
        public String option() {
            return option;
        }
    }

    private Shown showTimeline(RenderRequest request, TimelineData data) {
        TimelineView timeline = new TimelineView();
        UiText text = new UiText(request.language());
        timeline.setAnimated(false);
        timeline.setPictureScale(request.scale());
        timeline.setLanguage(request.language());
        timeline.setMessages(text::get);
        timeline.setData(data);
        timeline.setLaneMode(request.lanes());
        timeline.setHijriAxis(request.hijri());
        timeline.setDateStyle(request.dateStyle());
        StackPane root = new StackPane(timeline);
        root.getStyleClass().add("main-window"); // the window's background, as the timeline shows on it there
        root.setNodeOrientation(orientation(request.language()));
        Scene scene = new Scene(root, request.width(), request.height());
        Styles.applyTo(scene);
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        timeline.setVisibleRange(range(request, timeline));
        select(request, timeline);
        return new Shown(root, stage::hide); // a picture leaves no window behind (it would take the keyboard in tests)
    }

    private Shown showWindow(RenderRequest request) {
        Stage stage = new Stage();
        // a throwaway preferences node: a picture never changes the user's settings
        Preferences node = Preferences.userRoot().node("hawliyat-render/" + ProcessHandle.current().pid());
        UiPreferences preferences = new UiPreferences(node);
        preferences.setLanguage(request.language());
        preferences.timelineSettings().laneModeProperty().set(request.lanes());
        preferences.timelineSettings().hijriAxisProperty().set(request.hijri());
        preferences.timelineSettings().dateStyleProperty().set(request.dateStyle());
        try {
            MainWindow window = new MainWindow(stage, store, new SynchronousTaskRunner(), preferences);
            window.show();
            stage.setWidth(request.width());
            stage.setHeight(request.height());
            window.root().resize(request.width(), request.height());
            TimelineView timeline = window.timeline();
            timeline.setAnimated(false);
            timeline.setPictureScale(request.scale());
            window.root().applyCss();
            window.root().layout();
            timeline.setVisibleRange(range(request, timeline));
            select(request, timeline);
            if (request.view() == RenderRequest.View.EDITOR) {
                window.editing().editModeProperty().set(true);
                if (request.selectEventId() == null) {
                    window.newEvent();
                } else {
                    window.editSelected();
                }
            }
            return new Shown(window.root(), () -> close(stage, preferences, node));
        } catch (RuntimeException e) {
            close(stage, preferences, node);
            throw e;
        }
    }

    private static void close(Stage stage, UiPreferences preferences, Preferences node) {
        stage.hide(); // before the settings node goes: hiding saves the window's place into it
        preferences.clear();
        try {
            node.removeNode();
        } catch (java.util.prefs.BackingStoreException e) {
            // only a leftover empty node
        }
    }

    private static TimeRange range(RenderRequest request, TimelineView timeline) {
        return PictureRange.of(timeline.fitRange(), request.from(), request.to());
    }

    private static void select(RenderRequest request, TimelineView timeline) {
        if (request.selectEventId() != null) {
            timeline.getData().item(request.selectEventId()).ifPresent(item -> timeline.setSelectedEvent(item.event()));
        }
    }

    private static BufferedImage snapshot(Parent root, RenderRequest request) {
        root.applyCss();
        root.layout();
        root.applyCss();
        root.layout(); // the second pass settles what the first one's layout changed
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(request.scale(), request.scale()));
        WritableImage image = new WritableImage((int) Math.round(request.width() * request.scale()),
                (int) Math.round(request.height() * request.scale()));
        root.snapshot(parameters, image);
        return SwingFXUtils.fromFXImage(image, null);
    }

    private static NodeOrientation orientation(Language language) {
        return language.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
    }

    private static void write(BufferedImage image, Path out) throws IOException {
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".hawliyat-render", ".png");
        try {
            if (!ImageIO.write(image, "png", temp.toFile())) {
                throw new IOException("no PNG writer is available");
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
