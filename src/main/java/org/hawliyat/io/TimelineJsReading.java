package org.hawliyat.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hawliyat.model.Article;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventDate;
import org.hawliyat.model.EventType;
import org.hawliyat.model.Language;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.PartialDate;
import org.hawliyat.model.Period;
import org.hawliyat.model.SourceRef;
import org.hawliyat.model.Tour;

/**
 * A TimelineJS timeline as Hawliyat records:
 * <ul>
 * <li>each event slide an event, its dates at the precision given, {@code display_date} kept as the
 *     date's note, headline and text (HTML made plain text, paragraphs kept) in the language their
 *     letters are in (Arabic letters: Arabic, else English);</li>
 * <li>its {@code group} an event type made for it ({@code group-…}; slides without a group get the
 *     type {@value #DEFAULT_TYPE}), each reported;</li>
 * <li>its media and background a source: an article holding the caption, the credit and the
 *     address, quoted whole; the address is kept, never fetched;</li>
 * <li>{@code unique_id} the event's id when it is one or can be made one, else an id from the date
 *     and the headline, the same every time the file is read;</li>
 * <li>eras periods, the title slide a tour through the events in time order.</li>
 * </ul>
 * A slide whose dates Hawliyat cannot hold (a year outside 1–9999, a month 13, an end before the
 * start) or that has no words at all is refused naming it, or with {@code skipInvalid} left out and
 * listed.
 */
public final class TimelineJsReading {

    public static final String DEFAULT_TYPE = "timelinejs-event";
    static final String MEDIA_PREFIX = "tljs-media-";
    static final String BACKGROUND_PREFIX = "tljs-background-";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9._-]{0,79}");
    private static final int MAX_TITLE = 300;

    /** The records and what the user should be told about them. */
    public record Result(Catalogue catalogue, List<String> notes) {
    }

    private final String fileName;
    private final boolean skipInvalid;
    private final List<String> notes = new ArrayList<>();
    private final Map<String, EventType> types = new LinkedHashMap<>();
    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final Set<String> eventIds = new HashSet<>();

    private TimelineJsReading(String fileName, boolean skipInvalid) {
        this.fileName = fileName;
        this.skipInvalid = skipInvalid;
    }

    /**
     * @throws DataFileException naming the file and the slide, for the first slide that cannot be
     *                           imported when {@code skipInvalid} is off
     */
    public static Result read(TimelineJs.Document document, String fileName, boolean skipInvalid) throws DataFileException {
        return new TimelineJsReading(fileName, skipInvalid).map(document);
    }

    private Result map(TimelineJs.Document document) throws DataFileException {
        List<Event> events = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (TimelineJs.Slide slide : document.events()) {
            try {
                events.add(event(slide));
            } catch (IllegalArgumentException e) {
                refuse(slide, e.getMessage(), skipped);
            }
        }
        List<Period> periods = new ArrayList<>();
        Set<String> periodIds = new HashSet<>();
        for (TimelineJs.Slide era : document.eras()) {
            try {
                periods.add(period(era, periodIds));
            } catch (IllegalArgumentException e) {
                refuse(era, e.getMessage(), skipped);
            }
        }
        List<Tour> tours = new ArrayList<>();
        if (document.title() != null) {
            LocalizedText title = localized(plain(document.title().headline()));
            if (title.isEmpty()) {
                title = localized(firstLine(plain(document.title().text())));
            }
            if (!title.isEmpty() && !events.isEmpty()) {
                String name = title.in(Language.EN);
                List<Tour.Stop> stops = events.stream().sorted(Comparator.comparing(Event::start))
                        .map(e -> new Tour.Stop(e.id(), LocalizedText.EMPTY)).toList();
                String id = "tljs-" + slugOr(name, name);
                tours.add(new Tour(id, title, stops));
                notes.add("The title \"" + name + "\" becomes tour \"" + id + "\" through the " + stops.size() + " event(s).");
            }
        }
        for (EventType t : types.values()) {
            notes.add(t.id().equals(DEFAULT_TYPE) ? "Slides without a group get event type \"" + DEFAULT_TYPE + "\"."
                    : "TimelineJS group \"" + t.name().in(Language.EN) + "\" becomes event type \"" + t.id() + "\".");
        }
        if (!skipped.isEmpty()) {
            notes.add("Skipped " + skipped.size() + " record(s) of " + fileName + ":");
            skipped.forEach(s -> notes.add("  " + s));
        }
        Catalogue catalogue = new Catalogue(List.copyOf(types.values()), List.of(), List.of(), List.of(), periods,
                List.copyOf(articles.values()), events, tours);
        return new Result(catalogue, List.copyOf(notes));
    }

    private void refuse(TimelineJs.Slide slide, String why, List<String> skipped) throws DataFileException {
        String headline = firstLine(plain(slide.headline()));
        String named = slide.where() + (headline.isEmpty() ? "" : " (\"" + shorten(headline, 60) + "\")");
        if (!skipInvalid) {
            throw new DataFileException(fileName + ": " + named + " cannot be imported: " + why
                    + ". Use --skip-invalid to import the rest and list what was left out.");
        }
        skipped.add(named + ": " + why + ".");
    }

    // ------------------------------------------------------------------ events

    private Event event(TimelineJs.Slide slide) {
        PartialDate start = date(slide.start(), "start_date", true);
        PartialDate end = date(slide.end(), "end_date", false);
        if (end != null && end.lastDay().isBefore(start.firstDay())) {
            throw new IllegalArgumentException("it ends (" + end + ") before it starts (" + start + ")");
        }
        if (end != null && end.toIso().compareTo(start.toIso()) < 0) { // as the catalogue's validator says
            throw new IllegalArgumentException("its end (" + end + ") is less precise than its start (" + start
                    + "): give it the month or the day");
        }
        String headline = plain(slide.headline());
        String text = plain(slide.text());
        String titleText = headline.isEmpty() ? shorten(firstLine(text), MAX_TITLE) : headline;
        if (titleText.isEmpty()) {
            titleText = slide.media() == null ? "" : shorten(plain(slide.media().caption()), MAX_TITLE);
        }
        if (titleText.isEmpty()) {
            throw new IllegalArgumentException("it has no headline, text or caption to title it with");
        }
        String id = eventId(slide.uniqueId(), start, titleText);
        List<SourceRef> sources = new ArrayList<>();
        source(slide.media(), MEDIA_PREFIX, slide).ifPresent(sources::add);
        if (!TimelineJs.blank(slide.background()) && looksLikeAddress(slide.background().strip())) {
            source(new TimelineJs.Media(slide.background().strip(), null, null, null), BACKGROUND_PREFIX, slide)
                    .ifPresent(sources::add);
        }
        String note = TimelineJs.blank(slide.displayDate()) ? null : plain(slide.displayDate());
        return new Event(id, type(slide.group()), new EventDate(start, false, note),
                end == null ? null : new EventDate(end, false, null),
                localized(titleText), localized(text),
                List.of(), null, List.of(), sources, 1, Instant.EPOCH);
    }

    private String eventId(String uniqueId, PartialDate start, String title) {
        String base = null;
        if (!TimelineJs.blank(uniqueId)) {
            String given = uniqueId.strip();
            base = SLUG.matcher(given).matches() ? given : slug(given, 80);
        }
        if (base == null || base.isEmpty()) {
            base = start.toIso() + "-" + slugOr(title, title);
        }
        // a valid id is kept as it is (one that ends in '-' or is 80 long too: it is the id of the event
        // exported from Hawliyat, which importing the export again must replace, not duplicate); only a
        // second slide with the same id is cut to make room for "-2"
        String id = base;
        String stem = cut(base, 76);
        for (int n = 2; !eventIds.add(id); n++) {
            id = stem + "-" + n;
        }
        return id;
    }

    private String type(String group) {
        String name = plain(group);
        String id = name.isEmpty() ? DEFAULT_TYPE : "group-" + slugOr(name, name);
        types.computeIfAbsent(id, key -> new EventType(key, name.isEmpty()
                ? LocalizedText.of("حدث من TimelineJS", "TimelineJS event") : localized(name)));
        return id;
    }

    private java.util.Optional<SourceRef> source(TimelineJs.Media media, String prefix, TimelineJs.Slide slide) {
        if (media == null || media.isEmpty()) {
            return java.util.Optional.empty();
        }
        String url = TimelineJs.blank(media.url()) ? "" : media.url().strip();
        boolean address = looksLikeAddress(url);
        String shown = address ? url : plain(url); // an embed code (a quote, a tweet) is kept as its text
        String caption = plain(media.caption());
        String credit = plain(media.credit());
        List<String> lines = new ArrayList<>();
        for (String line : List.of(caption, credit, shown)) {
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        if (lines.isEmpty()) {
            return java.util.Optional.empty();
        }
        String text = String.join("\n", lines);
        String id = prefix + hash(prefix + "\n" + url + "\n" + caption + "\n" + credit);
        String title = shorten(firstLine(caption.isEmpty() ? shown.isEmpty() ? credit : shown : caption), MAX_TITLE);
        articles.putIfAbsent(id, new Article(id, title, null, credit.isEmpty() ? null : credit, languageOf(text),
                null, address ? url : "TimelineJS media of " + slide.where() + " in " + fileName + ", kept as text", text));
        Article article = articles.get(id);
        return java.util.Optional.of(new SourceRef(id, 0, article.text().length(), article.text()));
    }

    private static boolean looksLikeAddress(String s) {
        return !s.isEmpty() && !s.contains("<") && !s.contains(" ") && s.contains(".")
                && (s.contains("://") || s.startsWith("www.") || s.startsWith("//"));
    }

    // ------------------------------------------------------------------ eras

    private Period period(TimelineJs.Slide era, Set<String> ids) {
        PartialDate start = date(era.start(), "start_date", true);
        PartialDate end = date(era.end(), "end_date", false);
        if (end != null && end.lastDay().isBefore(start.firstDay())) {
            throw new IllegalArgumentException("it ends (" + end + ") before it starts (" + start + ")");
        }
        String name = plain(era.headline());
        if (name.isEmpty()) {
            name = start + (end == null ? "" : "–" + end);
        }
        String base = cut("era-" + start.toIso() + "-" + slugOr(name, name), 76);
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        String note = plain(era.text());
        return new Period(id, localized(name), start, end, null, null, note.isEmpty() ? null : note);
    }

    // ------------------------------------------------------------------ values

    /** The date at the precision given; null when optional and absent. */
    static PartialDate date(TimelineJs.DateParts parts, String field, boolean required) {
        if (parts == null || parts.isEmpty()) {
            if (required) {
                throw new IllegalArgumentException("its " + field + " has no year");
            }
            return null;
        }
        long year = number(parts.year(), field, "year");
        if (TimelineJs.blank(parts.year())) {
            throw new IllegalArgumentException("its " + field + " has no year");
        }
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("its " + field + " has the year " + parts.year().strip()
                    + ", outside the years 1 to 9999 that Hawliyat keeps");
        }
        try {
            if (TimelineJs.blank(parts.month())) {
                return PartialDate.ofYear((int) year);
            }
            int month = (int) number(parts.month(), field, "month");
            if (TimelineJs.blank(parts.day())) {
                return PartialDate.ofMonth((int) year, month);
            }
            return PartialDate.ofDay((int) year, month, (int) number(parts.day(), field, "day"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("its " + field + " " + e.getMessage(), e);
        }
    }

    private static long number(String value, String field, String part) {
        if (TimelineJs.blank(value)) {
            return 0;
        }
        String s = value.strip();
        if (!s.matches("[+-]?[0-9]{1,18}(\\.0+)?")) {
            throw new IllegalArgumentException("its " + field + " has the " + part + " \"" + s + "\", which is not a whole number");
        }
        int dot = s.indexOf('.');
        return Long.parseLong(dot < 0 ? s : s.substring(0, dot));
    }

    static String plain(String html) {
        if (TimelineJs.blank(html)) {
            return "";
        }
        return html.indexOf('<') < 0 && html.indexOf('&') < 0
                ? html.strip().replaceAll("[ \\t\\x0B\\f\\r]*\\n\\s*", "\n").replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                : ArticleFiles.htmlFragmentText(html);
    }

    /** In Arabic when the text has Arabic letters and no more Latin ones; else in English. */
    static Language languageOf(String text) {
        long arabic = 0;
        long latin = 0;
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.ARABIC && Character.isLetter(text.charAt(i))) {
                arabic++;
            } else if (script == Character.UnicodeScript.LATIN && Character.isLetter(text.charAt(i))) {
                latin++;
            }
        }
        return arabic > 0 && arabic >= latin ? Language.AR : Language.EN;
    }

    private static LocalizedText localized(String text) {
        if (text == null || text.isBlank()) {
            return LocalizedText.EMPTY;
        }
        return languageOf(text) == Language.AR ? LocalizedText.of(text, null) : LocalizedText.of(null, text);
    }

    private static String firstLine(String text) {
        int cut = text.indexOf('\n');
        return (cut < 0 ? text : text.substring(0, cut)).strip();
    }

    private static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
        return text.substring(0, end).strip() + "…";
    }

    /** Lower-case ASCII letters and digits joined by '-', at most {@code max} long ("" when there are none). */
    static String slug(String text, int max) {
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return cut(s, max);
    }

    /** The slug of the text (cut at a word), or a short hash of {@code key} when it has no Latin letters or digits (Arabic). */
    private static String slugOr(String text, String key) {
        String s = slug(text, 51);
        if (s.length() > 50) {
            int word = s.lastIndexOf('-', 50);
            s = word > 25 ? s.substring(0, word) : s.substring(0, 50);
        }
        return s.isEmpty() ? hash(key) : s;
    }

    private static String cut(String s, int max) {
        String cut = s.length() <= max ? s : s.substring(0, max);
        return cut.replaceAll("-+$", "");
    }

    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                hex.append(Character.forDigit((digest[i] >> 4) & 0xF, 16)).append(Character.forDigit(digest[i] & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
