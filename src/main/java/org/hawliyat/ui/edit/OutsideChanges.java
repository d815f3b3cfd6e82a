package org.hawliyat.ui.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.util.Duration;
import org.hawliyat.app.CatalogueChange;
import org.hawliyat.model.Event;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.ChangeFeed;
import org.hawliyat.store.EventChange;
import org.hawliyat.ui.concurrent.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices what another window or program saved on the same database: when the window gains the
 * focus, and every few seconds while it has it, the store's change token is asked (one cheap
 * read, through the {@link TaskRunner}); only when it moved are the events changed since the last
 * mark read, and handed on as a {@link CatalogueChange} with who changed them and when.
 */
public final class OutsideChanges {

    private static final Logger LOG = LoggerFactory.getLogger(OutsideChanges.class);
    /** How often the token is asked while the window is active. */
    static final Duration EVERY = Duration.seconds(3);

    /** What was found: the change to apply, and each changed event's latest change (who, when, which version). */
    public record Found(CatalogueChange change, List<EventChange> events) {
    }

    private final TaskRunner tasks;
    private final CatalogueStore store;
    private final Consumer<Found> onFound;
    private final Timeline timer = new Timeline(new KeyFrame(EVERY, e -> check()));
    private boolean started;
    private boolean stopped;
    private boolean checking;
    private long token;
    private long mark;

    public OutsideChanges(TaskRunner tasks, CatalogueStore store, Consumer<Found> onFound) {
        this.tasks = tasks;
        this.store = store;
        this.onFound = onFound;
        timer.setCycleCount(Animation.INDEFINITE);
    }

    /**
     * Remembers where the database is now (call before the catalogue is read, so that nothing saved
     * in between is missed) and follows the window's focus.
     */
    public void start(Window window) {
        tasks.run(() -> new long[] {store.changeToken(), store.changeMark()}, now -> {
            token = now[0];
            mark = now[1];
            started = true;
        }, failure -> LOG.warn("Cannot follow changes made elsewhere", failure));
        Scene followed = window.getScene();
        ChangeListener<Boolean> onFocus = (o, was, focused) -> {
            if (stopped) {
                return;
            }
            if (focused) {
                check();
                timer.play();
            } else {
                timer.stop();
            }
        };
        window.focusedProperty().addListener(onFocus);
        // the window closed, or shows another scene (a new window on the same stage): nothing more to follow
        Runnable stop = () -> {
            stop();
            window.focusedProperty().removeListener(onFocus);
        };
        window.showingProperty().addListener((o, was, showing) -> {
            if (!showing) {
                stop.run();
            }
        });
        window.sceneProperty().addListener((o, before, scene) -> {
            if (scene != followed) {
                stop.run();
            }
        });
        if (window.isFocused()) {
            timer.play();
        }
    }

    /** Stops following: no more checks (the window is gone, or its runner was closed). */
    public void stop() {
        stopped = true;
        timer.stop();
    }

    /** Asks now whether anything changed elsewhere (also called by the timer and on focus). */
    public void check() {
        if (!started || checking || stopped) {
            return;
        }
        checking = true;
        long knownToken = token;
        long since = mark;
        try {
            runCheck(knownToken, since);
        } catch (RejectedExecutionException closed) {
            // the runner was closed: the window is going away
            checking = false;
            stop();
        }
    }

    private void runCheck(long knownToken, long since) {
        tasks.run(() -> read(knownToken, since), found -> {
            checking = false;
            if (found != null) {
                token = found.token;
                mark = found.mark;
                if (!found.events.isEmpty()) {
                    onFound.accept(new Found(found.change, found.events));
                }
            }
        }, failure -> {
            checking = false;
            LOG.warn("Could not read the changes made elsewhere", failure); // asked again at the next tick
        });
    }

    private record Read(long token, long mark, CatalogueChange change, List<EventChange> events) {
    }

    /** In the background: null when the token did not move. */
    private Read read(long knownToken, long since) {
        long now = store.changeToken();
        if (now == knownToken) {
            return null;
        }
        ChangeFeed.Changes changes = store.changesSince(since);
        List<Event> events = new ArrayList<>();
        Set<String> removed = new HashSet<>();
        for (EventChange change : changes.events()) {
            store.event(change.eventId()).ifPresentOrElse(events::add, () -> removed.add(change.eventId()));
        }
        CatalogueChange change = changes.events().isEmpty() ? null
                : new CatalogueChange(events, removed, store.types(), List.of(), store.tours());
        return new Read(now, changes.mark(), change, changes.events());
    }
}
