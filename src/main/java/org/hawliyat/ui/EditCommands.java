package org.hawliyat.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.hawliyat.editing.DraftFields;
import org.hawliyat.editing.EventDraft;
import org.hawliyat.editing.NewEvents;
import org.hawliyat.io.ArticleFiles;
import org.hawliyat.io.DataFileException;
import org.hawliyat.model.Event;
import org.hawliyat.model.SourceRef;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.EventChange;
import org.hawliyat.store.StoredDraft;
import org.hawliyat.ui.article.ArticlePane;
import org.hawliyat.ui.common.Dialogs;
import org.hawliyat.ui.common.Styles;
import org.hawliyat.ui.common.UiPreferences;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.concurrent.TaskRunner;
import org.hawliyat.ui.edit.ArticleDialog;
import org.hawliyat.ui.edit.EditDialogs;
import org.hawliyat.ui.edit.Editing;
import org.hawliyat.ui.edit.EventForm;
import org.hawliyat.ui.edit.FormSession;
import org.hawliyat.ui.edit.TrashDialog;
import org.hawliyat.ui.model.WindowModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Edit menu's commands on what the window shows: the event form in the details' place (new,
 * edit, duplicate), delete, the trash, restoring a version, articles, the editor's name. Each works
 * on the model's selected event, only in edit mode, and leaves the storing to {@link Editing}.
 */
final class EditCommands {

    private static final Logger LOG = LoggerFactory.getLogger(EditCommands.class);

    private final Stage stage;
    private final UiText text;
    private final TaskRunner tasks;
    private final CatalogueStore store;
    private final UiPreferences preferences;
    private final WindowModel model;
    private final Editing editing;
    private final EventDetailPane detail;
    private final ArticlePane articlePane;
    private final Consumer<Throwable> readFailed;
    private final FormSession session;
    /** True while a refused change of selection is taken back (the form stays). */
    private boolean reverting;

    EditCommands(Stage stage, UiText text, TaskRunner tasks, CatalogueStore store, UiPreferences preferences,
                 WindowModel model, Editing editing, EventDetailPane detail, ArticlePane articlePane,
                 Consumer<Throwable> readFailed) {
        this.stage = stage;
        this.text = text;
        this.tasks = tasks;
        this.store = store;
        this.preferences = preferences;
        this.model = model;
        this.editing = editing;
        this.detail = detail;
        this.articlePane = articlePane;
        this.readFailed = readFailed;
        this.session = new FormSession(text, tasks, store, preferences::editorName, () -> stage, editing);
    }

    /** Opens the form for a new event, dated today, in the details' place. */
    void newEvent() {
        if (!model.isEditing() || model.contents() == null) {
            return;
        }
        session.leave(null, () -> openForm(emptyDraft(newEventId()), null, null), () -> { });
    }

    private static EventDraft emptyDraft(String id) {
        return new EventDraft(id, null, LocalDate.now().toString(), false, null, "", false, null, null, null,
                null, null, List.of(), null, List.of(), List.of(), 0, Instant.EPOCH);
    }

    /** Opens the form on the selected event; an unsaved draft of it is offered first. */
    void editSelected() {
        Event selected = model.selected();
        if (model.isEditing() && selected != null) {
            session.leave(null, () -> withDraftOf(selected, form -> { }), () -> { });
        }
    }

    void duplicateSelected() {
        Event selected = model.selected();
        if (model.isEditing() && selected != null) {
            session.leave(null, () -> {
                EventDraft d = EventDraft.of(selected);
                openForm(new EventDraft(newEventId(), d.typeId(), d.start(), d.approximate(), d.note(),
                        d.end(), d.endApproximate(), d.endNote(), d.titleAr(), d.titleEn(), d.summaryAr(), d.summaryEn(),
                        d.countryIds(), d.placeId(), d.people(), d.sources(), 0, Instant.EPOCH), null, null);
            }, () -> { });
        }
    }

    /** Opens the form on the event, offering this editor's unsaved draft of it first, if there is one. */
    private void withDraftOf(Event event, Consumer<EventForm> then) {
        String editor = preferences.editorName();
        Runnable plain = () -> then.accept(openForm(EventDraft.of(event), event, null));
        tasks.run(() -> store.draft(event.id(), editor), draft -> {
            if (draft.isEmpty()) {
                plain.run();
            } else {
                offer(draft.get(), plain, then);
            }
        }, failure -> {
            LOG.warn("Could not read the drafts", failure); // the form opens as stored
            plain.run();
        });
    }

    /**
     * Asks whether to restore an unsaved draft: restored, its form opens (in edit mode, the event
     * selected); discarded, it is removed and {@code otherwise} runs; later, it stays and {@code otherwise} runs.
     */
    private void offer(StoredDraft draft, Runnable otherwise, Consumer<EventForm> then) {
        Optional<Event> event = model.find(draft.eventId());
        EventDraft values = DraftFields.draft(draft.eventId(), draft.baseVersion(), draft.fields());
        String title = EditDialogs.title(text, values.titleAr(), values.titleEn(), event.isEmpty());
        switch (EditDialogs.askDraft(stage, text, title, draft.savedAt())) {
            case RESTORE -> {
                model.editModeProperty().set(true);
                if (event.isEmpty()) {
                    then.accept(openForm(emptyDraft(draft.eventId()), null, draft));
                } else {
                    model.select(draft.eventId());
                    long current = event.get().version();
                    tasks.run(() -> current == draft.baseVersion() ? event
                                    : store.eventAt(draft.eventId(), draft.baseVersion()).or(() -> event),
                            base -> then.accept(openForm(EventDraft.of(base.orElseThrow()), base.orElseThrow(), draft)),
                            readFailed);
                }
            }
            case DISCARD -> {
                String editor = draft.editor();
                tasks.run(() -> {
                    store.deleteDraft(draft.eventId(), editor);
                    return draft;
                }, done -> otherwise.run(), readFailed);
            }
            case LATER -> otherwise.run();
        }
    }

    /** After the catalogue is first read: this editor's unsaved drafts (left by a crash) are offered back. */
    void offerDrafts() {
        if (model.isReadOnly()) {
            return;
        }
        String editor = preferences.editorName();
        tasks.run(() -> store.drafts(editor), drafts -> {
            if (!drafts.isEmpty() && session.form().isEmpty()) {
                offer(drafts.get(0), () -> { }, form -> { }); // the newest; others are offered when their forms open
            }
        }, failure -> LOG.warn("Could not read the drafts", failure));
    }

    void deleteSelected() {
        Event selected = model.selected();
        if (model.isEditing() && selected != null) {
            editing.delete(selected);
        }
    }

    /** "New event from selection": a new event whose source is the selected passage. */
    void newEventFrom(SourceRef selected) {
        SourceRef source = NewEvents.trimmed(selected);
        if (model.isEditing() && model.contents() != null) {
            session.leave(null, () -> openForm(emptyDraft(newEventId()), null, null).addSource(source), () -> { });
        }
    }

    /** "Cite selection for this event": the selected passage becomes a source of the event being edited. */
    void cite(SourceRef passage) {
        SourceRef source = NewEvents.trimmed(passage);
        Event selected = model.selected();
        if (openForm().isPresent()) {
            openForm().get().addSource(source);
        } else if (model.isEditing() && selected != null) {
            withDraftOf(selected, form -> form.addSource(source));
        }
    }

    /** Shows the form in the details' place; with {@code restored}, filled with that draft's values. */
    private EventForm openForm(EventDraft draft, Event before, StoredDraft restored) {
        EventForm form = new EventForm(text, model.contents(), draft, before == null);
        session.track(form, before, restored != null, () -> detail.show(model.contents(), model.selected()));
        if (restored != null) {
            form.fill(DraftFields.draft(draft.id(), draft.version(), restored.fields()));
            form.showNotice(EditDialogs.sentence(text.get("edit.draft.restored",
                    EditDialogs.savedAt(text, restored.savedAt()))));
        }
        detail.showForm(form);
        return form;
    }

    /** The form open in the details' place, if any. */
    Optional<EventForm> openForm() {
        return detail.isShowingForm() ? session.form() : Optional.empty();
    }

    /**
     * The selection changed. Without a changed form, the form (if any) closes and {@code show} shows
     * the new event. With one, the editor is asked first: keep editing takes the selection back.
     */
    void selectionChanged(Event before, Event now, Runnable show) {
        if (reverting) {
            return;
        }
        if (!detail.isShowingForm() || !session.isDirty()) {
            session.close();
            show.run();
            return;
        }
        // asked once the selection has settled (a dialog inside the list's own selection handling would interrupt it)
        Platform.runLater(() -> session.leave(now == null ? null : now.id(), () -> {
            if (model.selected() == now) {
                show.run();
            }
        }, () -> {
            reverting = true;
            try {
                model.selectedProperty().set(before);
            } finally {
                reverting = false;
            }
        }));
    }

    /** Runs {@code then} once the open form, if it has changes, is saved or discarded (not if the editor keeps editing). */
    void leaveForm(Runnable then) {
        if (detail.isShowingForm()) {
            session.leave(null, then, () -> { });
        } else {
            then.run();
        }
    }

    /** Whether a form with changes not saved is open. */
    boolean hasUnsavedForm() {
        return detail.isShowingForm() && session.isDirty();
    }

    /**
     * Events were changed elsewhere (and are now shown as stored): a form open on one of them says
     * so at once, naming who and when, with a way to merge (save, which merges field by field) or to
     * reload the stored version.
     */
    void changedElsewhere(List<EventChange> changes) {
        Optional<EventForm> open = openForm();
        if (open.isEmpty()) {
            return;
        }
        EventForm form = open.get();
        String id = form.initial().id();
        changes.stream().filter(c -> c.eventId().equals(id) && c.version() > form.initial().version()).reduce((a, b) -> b)
                .ifPresent(change -> {
                    Optional<Event> stored = model.find(id);
                    String sentence = stored.isEmpty() ? text.get("edit.elsewhere.deleted")
                            : text.get("edit.elsewhere.changed", change.editor(), EditDialogs.savedAt(text, change.at()),
                                    text.digits(Long.toString(change.version())));
                    Button merge = new Button(text.get("edit.elsewhere.merge"));
                    merge.setId("elsewhere-merge");
                    merge.setOnAction(e -> form.requestSave());
                    HBox actions = new HBox(merge);
                    actions.getStyleClass().add("form-row");
                    if (stored.isPresent()) {
                        Button reload = new Button(text.get("edit.elsewhere.reload"));
                        reload.setId("elsewhere-reload");
                        reload.setOnAction(e -> {
                            session.close();
                            openForm(EventDraft.of(stored.get()), stored.get(), null);
                        });
                        actions.getChildren().add(reload);
                    }
                    actions.getChildren().forEach(b -> ((Button) b).setMnemonicParsing(false));
                    VBox banner = new VBox(6, EditDialogs.sentence(sentence), actions);
                    banner.getStyleClass().add("form-banner");
                    banner.setId("form-changed-elsewhere");
                    form.showNotice(banner);
                });
    }

    /** The window's language changed: an open form is built again in it, with what was typed. */
    void relabelForm() {
        openForm().ifPresent(old -> {
            EventForm form = new EventForm(text, model.contents(), old.initial(), session.before() == null);
            form.fill(old.draft());
            session.replace(form);
            detail.showForm(form);
        });
    }

    /** Edit mode was turned off: a changed form asks first (keep editing turns it back on). */
    void editModeTurnedOff() {
        if (!detail.isShowingForm()) {
            return;
        }
        if (!session.isDirty()) {
            session.close();
            detail.show(model.contents(), model.selected());
            return;
        }
        Platform.runLater(() -> session.leave(null, () -> detail.show(model.contents(), model.selected()),
                () -> model.editModeProperty().set(true)));
    }

    private String newEventId() {
        while (true) {
            String id = "event-" + UUID.randomUUID().toString().substring(0, 8);
            if (model.find(id).isEmpty()) {
                return id;
            }
        }
    }

    void restoreVersion(long version) {
        Event selected = model.selected();
        if (selected != null) {
            editing.restoreVersion(selected, version);
        }
    }

    void newArticle() {
        if (!model.isEditing() || model.contents() == null) {
            return;
        }
        String id;
        do {
            id = "article-" + UUID.randomUUID().toString().substring(0, 8);
        } while (model.contents().articles().containsKey(id));
        ArticleDialog.ask(stage, text, null, id, EditCommands::readArticleFile)
                .ifPresent(article -> editing.saveArticle(article, 0));
    }

    void editArticleDetails() {
        articlePane.article().filter(a -> model.isEditing()).ifPresent(shown -> tasks.run(
                () -> store.articleVersion(shown.id()),
                version -> ArticleDialog.ask(stage, text, shown, shown.id(), EditCommands::readArticleFile)
                        .ifPresent(article -> editing.saveArticle(article, version)),
                readFailed));
    }

    /** A chosen file as plain text (nothing in it is run or fetched); one sentence when it cannot be read. */
    private static ArticleFiles.ArticleText readArticleFile(Path file) {
        try {
            return ArticleFiles.read(file);
        } catch (DataFileException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    void showTrash() {
        tasks.run(this::readTrash, trash -> TrashDialog.show(stage, text, trash.events(), trash.deletions(), editing::restore),
                failure -> LOG.warn("Could not read the trash", failure)); // the menu item simply opens nothing
    }

    private record Trash(List<Event> events, java.util.Map<String, EventChange> deletions) {
    }

    /** In the background: the trashed events, and who moved each there and when (its history's last "deleted"). */
    private Trash readTrash() {
        List<Event> trashed = store.trash();
        java.util.Map<String, EventChange> deletions = new java.util.HashMap<>();
        for (Event event : trashed) {
            store.history(event.id()).stream().filter(h -> h.field().equals("deleted") && "true".equals(h.after()))
                    .reduce((first, second) -> second)
                    .ifPresent(h -> deletions.put(event.id(), new EventChange(event.id(), h.version(), h.at(), h.editor())));
        }
        return new Trash(trashed, deletions);
    }

    void askEditorName() {
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
}
