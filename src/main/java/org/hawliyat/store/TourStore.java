package org.hawliyat.store;

import java.util.List;
import org.hawliyat.model.Tour;

/** Tours: ordered stops through the events, with notes; changes recorded like edits. */
public interface TourStore {

    // ---- tours ----

    /**
     * Every tour, by id. A stop whose event is in the trash is left out while it is there (restoring
     * the event brings the stop back); deleting an event for good deletes its stops.
     */
    List<Tour> tours();

    /**
     * Adds or replaces a tour (its stops in order, exactly as given), in one transaction; recorded in
     * the history under its id (fields {@code title.ar}, {@code title.en}, {@code stops}). Nothing is
     * written when nothing changed.
     *
     * @throws InvalidEditException when the id is not a valid id, the tour has no title, or a stop
     *     names an event that does not exist, is in the trash or is already a stop: nothing is written
     */
    void saveTour(Tour tour, String editor);

    /**
     * Removes a tour (the events stay); recorded in the history.
     *
     * @throws StaleEditException when no tour has this id (any more)
     */
    void deleteTour(String id, String editor);

    /** Every recorded change of a tour, oldest first; empty for one never changed here. */
    List<HistoryEntry> tourHistory(String tourId);

    /**
     * Adds the curated tours this database has never been given (it was seeded before they were
     * curated), each once: a curated tour the user deleted does not come back, and an id already in
     * use is left alone. A database filled by {@link #seed} has been given the tours of that dataset.
     * Does nothing on a read-only store.
     */
    void seedTours(List<Tour> curated);
}
