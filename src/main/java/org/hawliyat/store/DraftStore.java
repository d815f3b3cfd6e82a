package org.hawliyat.store;

import java.util.List;
import java.util.Optional;

/**
 * Drafts of event forms, kept durably as an editor types (one per event and editor), so that a
 * form's content survives the program being killed and is offered back on the next start. A draft
 * is not a change to the catalogue: it has no history and no version, and is never exported.
 */
public interface DraftStore {

    /** Keeps the draft, replacing this editor's earlier draft of the same event; one transaction. */
    void saveDraft(StoredDraft draft);

    /** This editor's draft of the event, if there is one. */
    Optional<StoredDraft> draft(String eventId, String editor);

    /** Every draft of this editor, the most recently kept first. */
    List<StoredDraft> drafts(String editor);

    /** Removes this editor's draft of the event (nothing happens when there is none). */
    void deleteDraft(String eventId, String editor);
}
