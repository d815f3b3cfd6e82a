package org.hawliyat.app;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.hawliyat.model.ArticleInfo;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventType;
import org.hawliyat.model.Tour;

/**
 * What one change to the catalogue touched, so that what is shown can be brought up to date without
 * reading everything again: events saved or restored (as stored now), events gone to the trash,
 * new or changed types and articles, and the tours when they changed ({@code null} when not; a tour
 * read from the store leaves out the stops of trashed events, so a change that trashes or restores
 * events carries the tours read again).
 * Edits in this window produce one; a later live refresh from other editors can produce the same.
 */
public record CatalogueChange(List<Event> events, Set<String> removedEventIds, List<EventType> types,
                              List<ArticleInfo> articles, List<Tour> tours) {

    public CatalogueChange {
        events = List.copyOf(events);
        removedEventIds = Set.copyOf(removedEventIds);
        types = List.copyOf(types);
        articles = List.copyOf(articles);
        tours = tours == null ? null : List.copyOf(tours);
    }

    /** Events saved (and types created with them). */
    public static CatalogueChange saved(Collection<Event> events, Collection<EventType> types) {
        return new CatalogueChange(List.copyOf(events), Set.of(), List.copyOf(types), List.of(), null);
    }

    public static CatalogueChange saved(Event event) {
        return saved(List.of(event), List.of());
    }

    public static CatalogueChange article(ArticleInfo article) {
        return new CatalogueChange(List.of(), Set.of(), List.of(), List.of(article), null);
    }

    /** The tours as they are stored now. */
    public static CatalogueChange tours(List<Tour> tours) {
        return new CatalogueChange(List.of(), Set.of(), List.of(), List.of(), tours);
    }
}
