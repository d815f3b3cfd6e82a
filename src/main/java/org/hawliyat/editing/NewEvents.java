package org.hawliyat.editing;

import java.util.Locale;
import java.util.function.Predicate;
import org.hawliyat.model.Event;
import org.hawliyat.model.SourceRef;

/**
 * What a new event is given when it is saved or started from a passage: an id a person can read
 * (date, type and first country: {@code 1993-07-01-embassy-qa}, made unique with {@code -2},
 * {@code -3} …) and a cited passage without the spaces around it. Machine text, in ASCII.
 */
public final class NewEvents {

    private static final int MAX_ID = 80;

    private NewEvents() {
    }

    /** A readable id for the new event, not one {@code taken} says is used (by an event, also one in the trash). */
    public static String readableId(Event event, Predicate<String> taken) {
        StringBuilder base = new StringBuilder(event.start().date().toString());
        if (event.typeId() != null && !event.typeId().isBlank()) {
            base.append('-').append(event.typeId().strip().split("[-_.]", 2)[0]);
        }
        if (!event.countryIds().isEmpty()) {
            base.append('-').append(event.countryIds().get(0));
        }
        String slug = base.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("-{2,}", "-").replaceAll("^[-._]+|-+$", "");
        if (slug.isEmpty()) {
            slug = "event";
        }
        slug = slug.substring(0, Math.min(slug.length(), MAX_ID - 4));
        String id = slug;
        for (int n = 2; taken.test(id); n++) {
            id = slug + "-" + n;
        }
        return id;
    }

    /** The event under another id (a new event, before it is first saved). */
    public static Event withId(Event e, String id) {
        return new Event(id, e.typeId(), e.start(), e.end(), e.title(), e.summary(), e.countryIds(), e.placeId(),
                e.people(), e.sources(), e.version(), e.modified());
    }

    /** The passage without the white space around it (a selection often takes a space at either end). */
    public static SourceRef trimmed(SourceRef source) {
        String quote = source.quote();
        int from = 0;
        int to = quote.length();
        while (from < to && Character.isWhitespace(quote.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(quote.charAt(to - 1))) {
            to--;
        }
        if (from == 0 && to == quote.length() || from == to) {
            return source;
        }
        return new SourceRef(source.articleId(), source.start() + from, source.start() + to, quote.substring(from, to));
    }
}
