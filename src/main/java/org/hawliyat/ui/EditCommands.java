package org.hawliyat.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;
import org.hawliyat.editing.EventDraft;
import org.hawliyat.io.ArticleFiles;
import org.hawliyat.io.DataFileException;
import org.hawliyat.model.Event;
import org.hawliyat.model.SourceRef;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.ui.article.ArticlePane;
import org.hawliyat.ui.common.Dialogs;
import org.hawliyat.ui.common.Styles;
import org.hawliyat.ui.common.UiPreferences;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.concurrent.TaskRunner;
import org.hawliyat.ui.edit.ArticleDialog;
import org.hawliyat.ui.edit.Editing;
import org.hawliyat.ui.edit.EventForm;
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
    private EventForm currentForm;

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
    }

    /** Opens the form for a new event, dated today, in the details' place. */
    void newEvent() {
        if (!model.isEditing() || model.contents() == null) {
            return;
        }
        String today = LocalDate.now().toString();
        openForm(new EventDraft(newEventId(), null, today, false, null, "", false, null, null, null,
                null, null, List.of(), null, List.of(), List.of(), 0, Instant.EPOCH), null);
    }

    /** Opens the form on the selected event. */
    void editSelected() {
        Event selected = model.selected();
        if (model.isEditing() && selected != null) {
            openForm(EventDraft.of(selected), selected);
        }
    }

    void duplicateSelected() {
        Event selected = model.selected();
        if (model.isEditing() && selected != null) {
            EventDraft d = EventDraft.of(selected);
            openForm(new EventDraft(newEventId(), d.typeId(), d.start(), d.approximate(), d.note(),
                    d.end(), d.endApproximate(), d.endNote(), d.titleAr(), d.titleEn(), d.summaryAr(), d.summaryEn(),
                    d.countryIds(), d.placeId(), d.people(), d.sources(), 0, Instant.EPOCH), null);
        }
    }

    void deleteSelected() {
        Event selected = model.selected();
        if (model.isEditing() && selected != null) {
            editing.delete(selected);
        }
    }

    /** "New event from selection": a new event whose source is the selected passage. */
    void newEventFrom(SourceRef source) {
        newEvent();
        openForm().ifPresent(form -> form.addSource(source));
    }

    /** "Cite selection for this event": the selected passage becomes a source of the event being edited. */
    void cite(SourceRef source) {
        if (openForm().isEmpty()) {
            editSelected();
        }
        openForm().ifPresent(form -> form.addSource(source));
    }

    private void openForm(EventDraft draft, Event before) {
        EventForm form = new EventForm(text, model.contents(), draft, before == null);
        form.setOnCancel(() -> detail.show(model.contents(), model.selected()));
        form.setOnSave(f -> editing.save(f, before, saved -> { }));
        currentForm = form;
        detail.showForm(form);
    }

    /** The form open in the details' place, if any. */
    Optional<EventForm> openForm() {
        return detail.isShowingForm() ? Optional.ofNullable(currentForm) : Optional.empty();
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
        tasks.run(store::trash, trashed -> TrashDialog.show(stage, text, trashed, editing::restore),
                failure -> LOG.warn("Could not read the trash", failure)); // the menu item simply opens nothing
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
