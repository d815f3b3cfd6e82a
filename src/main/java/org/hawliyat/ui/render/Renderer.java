package org.hawliyat.ui.render;

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
import org.hawliyat.model.Language;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.timeline.TimeRange;
import org.hawliyat.ui.CatalogueContents;
import org.hawliyat.ui.MainWindow;
import org.hawliyat.ui.Styles;
import org.hawliyat.ui.UiPreferences;
import org.hawliyat.ui.UiText;
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
        HeadlessFx.start();
        if (request.selectEventId() != null && store.event(request.selectEventId()).isEmpty()) {
            throw new IllegalArgumentException("no event has the id \"" + request.selectEventId() + "\"");
        }
        // the window reads the catalogue itself, as it does when it opens; the timeline alone is read here
        BufferedImage image = request.view() != RenderRequest.View.TIMELINE
                ? HeadlessFx.call(() -> drawWindow(request))
                : drawTimeline(request, CatalogueContents.readFrom(store)); // read off the FX thread
        write(image, request.out());
    }

    private BufferedImage drawTimeline(RenderRequest request, CatalogueContents contents) {
        return HeadlessFx.call(() -> drawTimelineOnFx(request, contents));
    }

    private BufferedImage drawTimelineOnFx(RenderRequest request, CatalogueContents contents) {
        TimelineView timeline = new TimelineView();
        UiText text = new UiText(request.language());
        timeline.setAnimated(false);
        timeline.setPictureScale(request.scale());
        timeline.setLanguage(request.language());
        timeline.setMessages(text::get);
        timeline.setData(contents.timeline());
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
        try {
            timeline.setVisibleRange(range(request, timeline));
            select(request, timeline);
            return snapshot(root, request);
        } finally {
            stage.hide(); // a picture leaves no window behind (it would take the keyboard in tests)
        }
    }

    private BufferedImage drawWindow(RenderRequest request) {
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
            return snapshot(window.root(), request);
        } finally {
            stage.hide(); // before the settings node goes: hiding saves the window's place into it
            preferences.clear();
            try {
                node.removeNode();
            } catch (java.util.prefs.BackingStoreException e) {
                // only a leftover empty node
            }
        }
    }

    private static TimeRange range(RenderRequest request, TimelineView timeline) {
        TimeRange fit = timeline.fitRange();
        double start = request.from() == null ? fit.start() : request.from().firstDay().toEpochDay();
        double end = request.to() == null ? fit.end() : request.to().lastDay().toEpochDay() + 1.0;
        return new TimeRange(start, Math.max(end, start + 1));
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
