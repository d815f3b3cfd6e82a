package org.hawliyat.text;

import org.hawliyat.model.EventDate;
import org.hawliyat.model.Language;
import org.hawliyat.model.PartialDate;

/**
 * Dates in words, as far as they are known: "1 July 1993", "May 2008", "1999", "about October
 * 2022"; in Arabic «1 يوليو 1993», «حوالي أكتوبر 2022». Month names and word order come from the
 * message bundles; digits are Western unless asked otherwise.
 */
public final class DateWords {

    /** Which digits numbers are written with. */
    public enum Digits {
        /** 0123456789, the default in both languages (as in the source articles). */
        WESTERN,
        /** ٠١٢٣٤٥٦٧٨٩ (U+0660–0669). */
        ARABIC_INDIC
    }

    private final Messages messages;
    private final Digits digits;

    private DateWords(Messages messages, Digits digits) {
        this.messages = messages;
        this.digits = digits;
    }

    public static DateWords in(Language language) {
        return new DateWords(Messages.of(language), Digits.WESTERN);
    }

    public DateWords withDigits(Digits otherDigits) {
        return new DateWords(messages, otherDigits);
    }

    /** The date at its own precision: "1 July 1993", "July 1993" or "1993". */
    public String format(PartialDate date) {
        String year = number(date.year());
        return switch (date.precision()) {
            case YEAR -> messages.get("date.year", year);
            case MONTH -> messages.get("date.month", monthName(date.month()), year);
            case DAY -> messages.get("date.day", number(date.day()), monthName(date.month()), year);
        };
    }

    /** The date, preceded by "about" when it is approximate. The note is not included. */
    public String format(EventDate date) {
        String words = format(date.date());
        return date.approximate() ? messages.get("date.approximate", words) : words;
    }

    /** A single date, or "from … to …" when the event has an end date. */
    public String span(EventDate start, EventDate end) {
        if (end == null || end.equals(start)) {
            return format(start);
        }
        return messages.get("date.span", format(start), format(end));
    }

    private String monthName(int month) {
        return messages.get("date.monthName." + month);
    }

    private String number(int value) {
        String western = Integer.toString(value);
        if (digits == Digits.WESTERN) {
            return western;
        }
        StringBuilder arabicIndic = new StringBuilder(western.length());
        western.chars().forEach(c -> arabicIndic.append((char) ('٠' + (c - '0'))));
        return arabicIndic.toString();
    }
}
