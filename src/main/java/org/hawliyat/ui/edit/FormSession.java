package org.hawliyat.ui.edit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.stage.Window;
import javafx.util.Duration;
import org.hawliyat.editing.DraftFields;
import org.hawliyat.model.Event;
import org.hawliyat.store.DraftStore;
import org.hawliyat.store.StoredDraft;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.concurrent.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event form that is open, and never losing what was typed in it: leaving a changed form
 * (another event, closing it, quitting) asks first (save, discard, keep editing: the default), and
 * as the editor types a draft is kept durably a moment after the last keystroke (through the
 * {@link TaskRunner}), removed again when the form is saved or discarded, and offered back after a
 * crash (when the window starts, or the event's form opens again).
 */
public final class FormSession {

    private static final Logger LOG = LoggerFactory.getLogger(FormSession.class);
    /** How long after the last change a draft is kept: often enough to lose little, rarely enough to write little. */
    static final Duration DRAFT_DELAY = Duration.seconds(2);

    private final UiText text;
    private final TaskRunner tasks;
    private final DraftStore drafts;
    private final Supplier<String> editor;
    private final Supplier<Window> owner;
    private final Editing editing;
    private final PauseTransition draftTimer = new PauseTransition(DRAFT_DELAY);

    private EventForm form;
    private Event before;
    private boolean isNew;
    /** Whether a draft of the open form may be stored (kept by it, or the one it was restored from). */
    private boolean draftStored;
    private Runnable closed = () -> { };

    public FormSession(UiText text, TaskRunner tasks, DraftStore drafts, Supplier<String> editor,
                       Supplier<Window> owner, Editing editing) {
        this.text = text;
        this.tasks = tasks;
        this.drafts = drafts;
        this.editor = editor;
        this.owner = owner;
        this.editing = editing;
        draftTimer.setOnFinished(e -> {
            try {
                keepDraft();
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                // the runner was closed (the window is going away); the last draft kept stays
                LOG.debug("No draft kept: the window is closing", closed);
            }
        });
    }

    /**
     * Follows a form just shown: its saves, its Cancel (which asks first when something changed,
     * then runs {@code closed}), and its drafts. {@code fromDraft} says that its values came from a
     * stored draft, which goes when the form is saved or discarded.
     */
    public void track(EventForm opened, Event openedFrom, boolean fromDraft, Runnable closed) {
        close();
        form = opened;
        before = openedFrom;
        isNew = openedFrom == null;
        draftStored = fromDraft;
        this.closed = closed;
        follow(opened);
    }

    /** The open form, rebuilt (in another language) with the same values, takes the old one's place. */
    public void replace(EventForm rebuilt) {
        if (form != null) {
            form = rebuilt;
            follow(rebuilt);
        }
    }

    private void follow(EventForm opened) {
        opened.setOnChange(draftTimer::playFromStart);
        opened.setOnSave(f -> save(null, () -> { }));
        opened.setOnCancel(() -> leave(null, closed, () -> { }));
    }

    /** The open form, if any. */
    public Optional<EventForm> form() {
        return Optional.ofNullable(form);
    }

    /** The event as the open form was opened on (null for a new event or when none is open). */
    public Event before() {
        return before;
    }

    /** Whether a form is open with changes not saved. */
    public boolean isDirty() {
        return form != null && form.isDirty();
    }

    /**
     * Leaves the open form: at once when nothing changed; else asks. Save saves (then selects
     * {@code selectAfter}, if given, else the saved event) and then runs {@code then}; Discard
     * forgets the changes and their draft and runs {@code then}; Keep editing runs {@code onKeep}.
     */
    public void leave(String selectAfter, Runnable then, Runnable onKeep) {
        if (form == null || !form.isDirty()) {
            close();
            then.run();
            return;
        }
        String problem = form.isValid() ? null : form.problemMessages().get(0);
        EventForm f = form;
        String title = EditDialogs.title(text, f.draft().titleAr(), f.draft().titleEn(), isNew);
        switch (EditDialogs.askLeave(owner.get(), text, title, problem)) {
            case SAVE -> save(selectAfter, then);
            case DISCARD -> {
                close();
                then.run();
            }
            case KEEP_EDITING -> onKeep.run();
        }
    }

    private void save(String selectAfter, Runnable then) {
        EventForm saving = form;
        draftTimer.stop();
        editing.save(saving, before, selectAfter, saved -> {
            if (form == saving) {
                close();
            }
            then.run();
        });
    }

    /** Forgets the open form (saved, discarded or replaced) and removes its draft. */
    public void close() {
        if (form == null) {
            return;
        }
        draftTimer.stop();
        String id = form.initial().id();
        form = null;
        before = null;
        if (draftStored) {
            draftStored = false;
            String who = editor.get();
            tasks.run(() -> {
                drafts.deleteDraft(id, who);
                return id;
            }, done -> { }, failure -> LOG.warn("Could not remove the draft of {}", id, failure));
        }
    }

    private void keepDraft() {
        if (form == null) {
            return;
        }
        EventForm f = form;
        String who = editor.get();
        if (f.isDirty()) {
            StoredDraft draft = new StoredDraft(f.initial().id(), who, f.initial().version(),
                    Instant.now().truncatedTo(ChronoUnit.MILLIS), DraftFields.of(f.draft()));
            draftStored = true;
            tasks.run(() -> {
                drafts.saveDraft(draft);
                return draft;
            }, kept -> { }, failure -> LOG.warn("Could not keep the draft of {}", draft.eventId(), failure));
        } else if (draftStored) {
            // changed back to what was opened: there is nothing to offer after a crash
            draftStored = false;
            String id = f.initial().id();
            tasks.run(() -> {
                drafts.deleteDraft(id, who);
                return id;
            }, done -> { }, failure -> LOG.warn("Could not remove the draft of {}", id, failure));
        }
    }
}
