package org.hawliyat.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hawliyat.model.Article;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventType;
import org.hawliyat.model.Language;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.PartialDate;
import org.hawliyat.model.Period;
import org.hawliyat.model.SourceRef;
import org.hawliyat.model.Tour;
import org.hawliyat.text.Citation;
import org.hawliyat.text.DateStyle;
import org.hawliyat.text.DateWords;
import org.hawliyat.text.Messages;

/**
 * A catalogue (or one tour of it) as a TimelineJS timeline in one language: each event a slide with
 * its dates at their precision, the date in words as {@code display_date}, the title as headline,
 * the summary and each source's quoted passage with its reference as text, the type's name as
 * group, the event's id as {@code unique_id}; media and backgrounds that came from TimelineJS go
 * back as media and background; periods as eras; the tour's title, or "Timeline of events,
 * 1993–2023", as the title slide.
 */
public final class TimelineJsWriting {

    private final Language language;
    private final DateWords dates;
    private final Citation citation;

    public TimelineJsWriting(Language language) {
        this.language = language;
        this.dates = DateWords.in(language);
        this.citation = Citation.in(language, DateStyle.DEFAULT);
    }

    /** @param tour the tour whose stops, in its order, are the slides; null for every event in time order */
    public TimelineJs.Document document(Catalogue catalogue, Tour tour) {
        Map<String, Article> articles = new HashMap<>();
        catalogue.articles().forEach(a -> articles.put(a.id(), a));
        Map<String, EventType> types = new HashMap<>();
        catalogue.types().forEach(t -> types.put(t.id(), t));
        Map<String, Event> byId = new HashMap<>();
        catalogue.events().forEach(e -> byId.put(e.id(), e));

        List<TimelineJs.Slide> slides = new ArrayList<>();
        List<Event> shown = new ArrayList<>();
        if (tour == null) {
            catalogue.events().stream().sorted().forEach(shown::add);
            shown.forEach(e -> slides.add(slide(e, null, types, articles)));
        } else {
            for (Tour.Stop stop : tour.stops()) {
                Event e = byId.get(stop.eventId());
                if (e != null) {
                    shown.add(e);
                    slides.add(slide(e, stop.note(), types, articles));
                }
            }
        }
        // eras over the time the slides cover (an ongoing period up to the last of them): others would
        // stretch the timeline past its events
        PartialDate first = shown.stream().map(e -> e.start().date()).min(Comparator.naturalOrder()).orElse(null);
        PartialDate last = shown.stream().map(e -> e.end() != null ? e.end().date() : e.start().date())
                .max(Comparator.naturalOrder()).orElse(null);
        List<TimelineJs.Slide> eras = new ArrayList<>();
        for (Period p : catalogue.periods()) {
            if (first == null || p.start().firstDay().isAfter(last.lastDay())
                    || (p.end() != null && p.end().lastDay().isBefore(first.firstDay()))) {
                continue;
            }
            PartialDate end = p.end() != null ? p.end() : last.compareTo(p.start()) > 0 ? last : p.start();
            eras.add(new TimelineJs.Slide("era " + p.id(), parts(p.start()), parts(end), null,
                    html(p.name().in(language)), null, null, null, null, null));
        }
        return new TimelineJs.Document(titleSlide(tour, shown), slides, eras);
    }

    private TimelineJs.Slide titleSlide(Tour tour, List<Event> shown) {
        String headline;
        if (tour != null && !tour.title().isEmpty()) {
            headline = tour.title().in(language);
        } else if (shown.isEmpty()) {
            headline = Messages.of(language).get("handout.title.empty");
        } else {
            int first = shown.stream().mapToInt(e -> e.start().date().year()).min().orElseThrow();
            int lastYear = shown.stream().mapToInt(e -> (e.end() != null ? e.end() : e.start()).date().year()).max().orElseThrow();
            headline = Messages.of(language).get("handout.title.all", dates.number(first), dates.number(lastYear));
        }
        return new TimelineJs.Slide("title", TimelineJs.DateParts.NONE, TimelineJs.DateParts.NONE, null,
                html(headline), null, null, null, null, null);
    }

    private TimelineJs.Slide slide(Event e, LocalizedText stopNote, Map<String, EventType> types, Map<String, Article> articles) {
        List<String> paragraphs = new ArrayList<>();
        e.summary().resolve(language).ifPresent(s -> s.text().lines().filter(l -> !l.isBlank()).forEach(paragraphs::add));
        if (stopNote != null) {
            stopNote.resolve(language).ifPresent(n -> paragraphs.add(n.text()));
        }
        TimelineJs.Media media = null;
        String background = null;
        for (SourceRef s : e.sources()) {
            Article a = articles.get(s.articleId());
            if (a == null) {
                continue;
            }
            if (a.id().startsWith(TimelineJsReading.MEDIA_PREFIX) && media == null) {
                boolean address = a.provenance() != null && !a.provenance().contains(" ");
                // an embedded quotation (kept as its text) goes back as one
                media = address ? new TimelineJs.Media(a.provenance(), a.author(), a.title().equals(a.provenance()) ? null : a.title(), null)
                        : new TimelineJs.Media("<blockquote>" + html(a.text()).replace("\n", "<br>") + "</blockquote>", null, null, null);
            } else if (a.id().startsWith(TimelineJsReading.BACKGROUND_PREFIX) && background == null && a.provenance() != null
                    && !a.provenance().contains(" ")) {
                background = a.provenance();
            } else {
                paragraphs.add(citation.of(a.info(), s.quote()));
            }
        }
        StringBuilder text = new StringBuilder();
        String dir = language.isRightToLeft() ? " dir=\"rtl\"" : "";
        for (String p : paragraphs) {
            text.append("<p").append(dir).append('>').append(html(p)).append("</p>");
        }
        EventType type = types.get(e.typeId());
        String group = type == null ? e.typeId() : type.name().in(language);
        return new TimelineJs.Slide("event " + e.id(), parts(e.start().date()),
                e.end() == null ? TimelineJs.DateParts.NONE : parts(e.end().date()),
                dates.span(e.start(), e.end()), html(e.title().in(language)), text.isEmpty() ? null : text.toString(),
                media, group.isEmpty() ? null : group, background, e.id());
    }

    private static TimelineJs.DateParts parts(PartialDate d) {
        return new TimelineJs.DateParts(Integer.toString(d.year()),
                d.month() == 0 ? null : Integer.toString(d.month()),
                d.day() == 0 ? null : Integer.toString(d.day()), null);
    }

    /** Text as HTML: TimelineJS shows headlines and texts as markup. */
    static String html(String text) {
        if (text == null) {
            return null;
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
