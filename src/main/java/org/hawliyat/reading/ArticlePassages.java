package org.hawliyat.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hawliyat.model.Event;
import org.hawliyat.model.SourceRef;

/**
 * The passages of one article that events cite, in reading order: what the article pane
 * highlights, lists in its margin, and resolves a click on a highlight with.
 */
public final class ArticlePassages {

    private static final Comparator<Passage> READING_ORDER = Comparator
            .comparingInt((Passage p) -> p.source().start())
            .thenComparingInt(p -> p.source().end())
            .thenComparing(Passage::event);

    private final List<Passage> passages;

    private ArticlePassages(List<Passage> passages) {
        this.passages = List.copyOf(passages);
    }

    /** The passages of the article cited by any of the events; spans outside the text are left out. */
    public static ArticlePassages of(String articleId, int textLength, List<Event> events) {
        List<Passage> found = new ArrayList<>();
        for (Event event : events) {
            for (SourceRef source : event.sources()) {
                if (source.articleId().equals(articleId) && source.start() >= 0 && source.end() > source.start()
                        && source.end() <= textLength) {
                    found.add(new Passage(event, source));
                }
            }
        }
        found.sort(READING_ORDER);
        return new ArticlePassages(found);
    }

    /** Every cited passage, in reading order. */
    public List<Passage> all() {
        return passages;
    }

    /** The events the article supports, each once, in the order their first passage is read. */
    public List<Event> events() {
        return List.copyOf(passages.stream().map(Passage::event).collect(java.util.stream.Collectors
                .toCollection(LinkedHashSet::new)));
    }

    /** The passages one event cites here, in reading order. */
    public List<Passage> of(Event event) {
        return passages.stream().filter(p -> p.event().id().equals(event.id())).toList();
    }

    /**
     * The passage at a character index: the shortest one holding it, as the most specific, and
     * among equals the first in reading order.
     */
    public Optional<Passage> at(int index) {
        return passages.stream()
                .filter(p -> p.span().contains(index))
                .min(Comparator.comparingInt((Passage p) -> p.span().length()).thenComparing(READING_ORDER));
    }

    /** How many events cite each article, by article id. */
    public static Map<String, Integer> eventCounts(List<Event> events) {
        Map<String, Integer> counts = new HashMap<>();
        for (Event event : events) {
            event.sources().stream().map(SourceRef::articleId).distinct()
                    .forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        return counts;
    }
}
