package org.hawliyat.ui.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hawliyat.text.Shortened;
import org.hawliyat.model.ArticleInfo;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventType;
import org.hawliyat.model.Language;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.PartialDate;
import org.hawliyat.model.SourceRef;
import org.hawliyat.model.Tour;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.EventFilter;
import org.hawliyat.text.DateWords;
import org.hawliyat.text.Messages;

/**
 * What a handout says, in its language, before anything is laid out: the title and subtitle, the
 * column headings, and one row per event (a tour's stops in tour order, else every event in time
 * order) with its date in words, title, type, the tour's note and its sources. Plain Java: the
 * words can be tested without a display.
 */
public record HandoutContent(Language language, String title, String subtitle, List<String> headings,
                             List<Row> rows, Set<String> eventIds, String footer) {

    /** One event of the table; {@code note} is the tour's note at this stop, else null. */
    public record Row(String number, String eventId, String date, String title, String typeId, String type,
                      String note, List<Source> sources) {
    }

    /** A source as printed: a short reference (author, outlet, date) and the quoted passage. */
    public record Source(String reference, String quote) {
    }

    public HandoutContent {
        headings = List.copyOf(headings);
        rows = List.copyOf(rows);
        eventIds = Set.copyOf(eventIds);
    }

    /**
     * Reads what the handout lists from the store.
     *
     * @throws IllegalArgumentException when no tour has the requested id
     */
    public static HandoutContent read(CatalogueStore store, HandoutRequest request) {
        Language language = request.language();
        Messages messages = Messages.of(language);
        DateWords dates = DateWords.in(language, request.dateStyle());
        EventFilter range = EventFilter.ALL.withFrom(request.from()).withTo(request.to());
        List<Event> inRange = store.events(range);
        Map<String, Event> byId = inRange.stream().collect(Collectors.toMap(Event::id, Function.identity()));
        Map<String, EventType> types = store.types().stream().collect(Collectors.toMap(EventType::id, Function.identity()));
        Map<String, ArticleInfo> articles = store.articleInfos().stream()
                .collect(Collectors.toMap(ArticleInfo::id, Function.identity()));

        Tour tour = null;
        List<Event> listed = new ArrayList<>();
        List<LocalizedText> notes = new ArrayList<>();
        if (request.tourId() != null) {
            tour = store.tours().stream().filter(t -> t.id().equals(request.tourId())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no tour has the id \"" + request.tourId() + "\""));
            for (Tour.Stop stop : tour.stops()) {
                Event e = byId.get(stop.eventId());
                if (e != null) { // a stop outside the range of time asked for is left out
                    listed.add(e);
                    notes.add(stop.note());
                }
            }
        } else {
            listed.addAll(inRange);
        }

        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            Event e = listed.get(i);
            List<Source> sources = new ArrayList<>();
            for (SourceRef s : e.sources()) {
                ArticleInfo article = articles.get(s.articleId());
                sources.add(new Source(article == null ? s.articleId() : shortReference(article, messages, dates, language.isRightToLeft()),
                        messages.get("handout.quote", Shortened.to(s.quote().strip(), Shortened.PRINTED))));
            }
            String note = tour == null ? null : Optional.ofNullable(notes.get(i)).map(n -> n.in(language)).orElse("");
            rows.add(new Row(dates.number(i + 1), e.id(), dates.span(e.start(), e.end()),
                    Shortened.to(e.title().in(language), Shortened.PRINTED),
                    e.typeId(), Optional.ofNullable(types.get(e.typeId())).map(t -> t.name().in(language)).orElse(e.typeId()),
                    note == null || note.isBlank() ? null : note, sources));
        }

        String title = tour != null ? tour.title().in(language) : allEventsTitle(listed, articles, language, messages, dates);
        String count = tour != null ? messages.get("handout.count.stops", dates.number(rows.size()))
                : messages.get("handout.count.events", dates.number(rows.size()));
        String subtitle = messages.get("handout.subtitle", dates.format(PartialDate.of(request.exportDate())),
                messages.get("handout.language"), count);
        List<String> headings = List.of(messages.get("handout.column.number"), messages.get("handout.column.date"),
                messages.get("handout.column.event"), messages.get("handout.column.type"),
                messages.get("handout.column.source"));
        Set<String> ids = new LinkedHashSet<>();
        listed.forEach(e -> ids.add(e.id()));
        return new HandoutContent(language, title, subtitle, headings, rows, ids, messages.get("handout.footer"));
    }

    /**
     * The title of a handout of every event: the article's title when all of them come from one
     * article written in the handout's language, else "Timeline of events, first year–last year".
     */
    private static String allEventsTitle(List<Event> events, Map<String, ArticleInfo> articles, Language language,
                                         Messages messages, DateWords dates) {
        Set<String> cited = events.stream().flatMap(e -> e.sources().stream()).map(SourceRef::articleId)
                .collect(Collectors.toSet());
        if (cited.size() == 1 && !events.isEmpty() && events.stream().allMatch(e -> !e.sources().isEmpty())) {
            ArticleInfo only = articles.get(cited.iterator().next());
            if (only != null && only.language() == language) {
                return only.title();
            }
        }
        if (events.isEmpty()) {
            return messages.get("handout.title.empty");
        }
        int first = events.stream().mapToInt(e -> e.start().date().year()).min().orElseThrow();
        int last = events.stream().mapToInt(e -> (e.end() == null ? e.start() : e.end()).date().year()).max().orElseThrow();
        return messages.get("handout.title.all", dates.number(first), dates.number(last));
    }

    /**
     * Author, outlet and date of the article, in the citation punctuation of the language; the
     * title in quotation marks only when there is neither author nor outlet to name it by. In a
     * left-to-right page each name in Arabic letters is ended by a LEFT-TO-RIGHT MARK: without it,
     * "سيف الحموري, حال قطر" (author, outlet) is one right-to-left run, shown outlet first.
     */
    static String shortReference(ArticleInfo article, Messages messages, DateWords dates, boolean rightToLeft) {
        List<String> parts = new ArrayList<>();
        if (article.author() != null) {
            parts.add(inLineDirection(article.author(), rightToLeft));
        }
        if (article.outlet() != null) {
            parts.add(inLineDirection(article.outlet(), rightToLeft));
        }
        if (parts.isEmpty()) {
            parts.add(messages.get("citation.title", article.title()));
        }
        if (article.published() != null) {
            parts.add(dates.format(article.published()));
        }
        return String.join(messages.get("citation.separator"), parts);
    }

    private static String inLineDirection(String name, boolean rightToLeft) {
        return !rightToLeft && !new java.text.Bidi(name, java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).isLeftToRight()
                ? name + "\u200E" : name;
    }
}
