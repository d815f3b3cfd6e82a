package org.hawliyat.editing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventDate;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.PartialDate;
import org.hawliyat.model.Participant;
import org.hawliyat.model.SourceRef;
import org.hawliyat.text.TextFolding;

/**
 * An event as an editor has typed it, before it is one: the dates are still text. {@link #problems}
 * says what stops it from being saved, each problem naming its field and a message key (so that
 * the window says it in its language); {@link #toEvent} builds the event once there are none.
 */
public record EventDraft(String id, String typeId, String start, boolean approximate, String note,
                         String end, boolean endApproximate, String endNote,
                         String titleAr, String titleEn, String summaryAr, String summaryEn,
                         List<String> countryIds, String placeId, List<Participant> people, List<SourceRef> sources,
                         long version, Instant modified) {

    /** One reason the draft cannot be saved: the field, a message key and its arguments. */
    public record Problem(String field, String messageKey, List<Object> arguments) {
        Problem(String field, String messageKey, Object... arguments) {
            this(field, messageKey, List.of(arguments));
        }
    }

    public EventDraft {
        countryIds = List.copyOf(countryIds == null ? List.of() : countryIds);
        people = List.copyOf(people == null ? List.of() : people);
        sources = List.copyOf(sources == null ? List.of() : sources);
    }

    /** The draft of an existing event, to edit it. */
    public static EventDraft of(Event e) {
        return new EventDraft(e.id(), e.typeId(), e.start().date().toString(), e.start().approximate(), e.start().note(),
                e.end() == null ? "" : e.end().date().toString(), e.end() != null && e.end().approximate(),
                e.end() == null ? null : e.end().note(),
                e.title().ar(), e.title().en(), e.summary().ar(), e.summary().en(),
                e.countryIds(), e.placeId(), e.people(), e.sources(), e.version(), e.modified());
    }

    /**
     * What is wrong, in the order of the form; empty when the draft can be saved.
     *
     * @param knownTypes the ids of the catalogue's types (a new type must be created first)
     */
    public List<Problem> problems(Set<String> knownTypes) {
        List<Problem> problems = new ArrayList<>();
        if (typeId == null || typeId.isBlank()) {
            problems.add(new Problem("type", "edit.problem.type.missing"));
        } else if (!knownTypes.contains(typeId)) {
            problems.add(new Problem("type", "edit.problem.type.unknown", typeId));
        }
        PartialDate startDate = null;
        try {
            startDate = date(start);
            if (startDate == null) {
                problems.add(new Problem("date", "edit.problem.date.missing"));
            }
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("date", "edit.problem.date.invalid", typed(start)));
        }
        try {
            PartialDate endDate = date(end);
            if (endDate != null && startDate != null && endDate.lastDay().isBefore(startDate.firstDay())) {
                problems.add(new Problem("end", "edit.problem.end.beforeStart"));
            }
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("end", "edit.problem.date.invalid", typed(end)));
        }
        if (blank(titleAr) && blank(titleEn)) {
            problems.add(new Problem("title", "edit.problem.title.missing"));
        }
        return problems;
    }

    /**
     * The event this draft describes.
     *
     * @throws IllegalStateException when it still has problems
     */
    public Event toEvent(Set<String> knownTypes) {
        List<Problem> problems = problems(knownTypes);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the draft cannot be saved: " + problems);
        }
        PartialDate endDate = date(end);
        return new Event(id, typeId, new EventDate(date(start), approximate, note),
                endDate == null ? null : new EventDate(endDate, endApproximate, endNote),
                LocalizedText.of(titleAr, titleEn), LocalizedText.of(summaryAr, summaryEn),
                countryIds, blank(placeId) ? null : placeId, people, sources, version,
                modified == null ? Instant.EPOCH : modified);
    }

    /**
     * Whether the other draft says the same as this one: what an editor would call "nothing
     * changed". An empty field is the same as a missing one, countries are compared as a set (their
     * order means nothing), and the version and time the form was opened at are not compared.
     */
    public boolean sameContent(EventDraft other) {
        return other != null && normalized().equals(other.normalized());
    }

    private EventDraft normalized() {
        return new EventDraft(empty(id), empty(typeId), empty(start), approximate, empty(note), empty(end),
                endApproximate, empty(endNote), empty(titleAr), empty(titleEn), empty(summaryAr), empty(summaryEn),
                countryIds.stream().distinct().sorted().toList(), empty(placeId), people, sources, 0, null);
    }

    private static String empty(String value) {
        return value == null ? "" : value;
    }

    /** A typed date, digits in any script; null when nothing was typed. */
    public static PartialDate date(String typed) {
        String folded = TextFolding.foldedText(typed == null ? "" : typed).strip();
        return folded.isEmpty() ? null : PartialDate.parse(folded);
    }

    private static String typed(String value) {
        return value == null ? "" : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
