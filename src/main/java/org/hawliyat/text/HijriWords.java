package org.hawliyat.text;

import java.time.DateTimeException;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.Optional;
import org.hawliyat.model.Language;
import org.hawliyat.model.PartialDate;

/**
 * The Hijri (Umm al-Qura) equivalent of a Gregorian date, at the date's own precision: a day is one
 * Hijri day («12 محرم 1414 هـ»), a month or a year is the range of Hijri months or years it covers
 * ("Shawwal – Dhu al-Qadah 1428 AH", "1413–1414 AH"). Empty outside the calendar's data.
 */
public final class HijriWords {

    private final Messages messages;
    private final DateWords dates;

    private HijriWords(Language language, DateStyle style) {
        this.messages = Messages.of(language);
        this.dates = DateWords.in(language, style);
    }

    public static HijriWords in(Language language, DateStyle style) {
        return new HijriWords(language, style);
    }

    /** The Hijri equivalent, or empty when the date is outside the Umm al-Qura tables. */
    public Optional<String> equivalent(PartialDate date) {
        try {
            HijrahDate first = HijrahDate.from(date.firstDay());
            HijrahDate last = HijrahDate.from(date.lastDay());
            return Optional.of(switch (date.precision()) {
                case DAY -> messages.get("hijri.day", dates.number(first.get(ChronoField.DAY_OF_MONTH)),
                        monthName(first), year(first));
                case MONTH -> monthRange(first, last);
                case YEAR -> yearOf(first) == yearOf(last) ? year(first)
                        : messages.get("hijri.yearRange", dates.number(yearOf(first)), dates.number(yearOf(last)));
            });
        } catch (DateTimeException outsideTheTables) {
            return Optional.empty();
        }
    }

    private String monthRange(HijrahDate first, HijrahDate last) {
        if (yearOf(first) == yearOf(last)) {
            return monthOf(first) == monthOf(last)
                    ? messages.get("hijri.month", monthName(first), year(first))
                    : messages.get("hijri.monthRange", monthName(first), monthName(last), year(first));
        }
        return messages.get("hijri.range", messages.get("hijri.month", monthName(first), year(first)),
                messages.get("hijri.month", monthName(last), year(last)));
    }

    private String year(HijrahDate date) {
        return messages.get("hijri.year", dates.number(yearOf(date)));
    }

    private String monthName(HijrahDate date) {
        return messages.get("hijri.monthName." + monthOf(date));
    }

    private static int yearOf(HijrahDate date) {
        return date.get(ChronoField.YEAR);
    }

    private static int monthOf(HijrahDate date) {
        return date.get(ChronoField.MONTH_OF_YEAR);
    }
}
