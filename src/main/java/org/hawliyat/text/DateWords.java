package org.hawliyat.text;

import java.util.Objects;
import org.hawliyat.model.EventDate;
import org.hawliyat.model.Language;
import org.hawliyat.model.PartialDate;

/**
 * Dates in words, as far as they are known: "1 July 1993", "May 2008", "1999", "about October
 * 2022"; in Arabic «1 يوليو 1993», «حوالي أكتوبر 2022», or with another {@link DateStyle}
 * «حوالي تشرين الأول ٢٠٢٢». Word order comes from the message bundles; English month names from
 * the bundle, Arabic ones from the style's {@link MonthNaming}. English ignores the style.
 */
public final class DateWords {

    private final Messages messages;
    /** The style as asked for, kept so that it survives a change of digits. */
    private final DateStyle requestedStyle;
    /** The style as it applies to this language (English ignores it). */
    private final DateStyle style;

    private DateWords(Messages messages, DateStyle requestedStyle) {
        this.messages = messages;
        this.requestedStyle = Objects.requireNonNull(requestedStyle, "style");
        this.style = requestedStyle.in(messages.language());
    }

    /** Dates in this language in the {@link DateStyle#DEFAULT} style. */
    public static DateWords in(Language language) {
        return in(language, DateStyle.DEFAULT);
    }

    /** Dates in this language; the style applies to Arabic, English always reads "1 July 1993". */
    public static DateWords in(Language language, DateStyle style) {
        return new DateWords(Messages.of(language), style);
    }

    public DateWords withStyle(DateStyle otherStyle) {
        return new DateWords(messages, otherStyle);
    }

    public DateWords withDigits(DigitStyle otherDigits) {
        return withStyle(requestedStyle.withDigits(otherDigits));
    }

    public Language language() {
        return messages.language();
    }

    /** The style in effect for this language: {@link DateStyle#DEFAULT} for English. */
    public DateStyle style() {
        return style;
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

    /**
     * The name of the month alone: "July", «يوليو» or «تموز».
     *
     * @param month 1 (January) to 12
     * @throws IllegalArgumentException for any other month number
     */
    public String monthName(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month " + month + " does not exist");
        }
        if (language() == Language.AR) {
            return style.months().arabicName(month);
        }
        return messages.get("date.monthName." + month);
    }

    /** The number in this style's digits, without grouping: "1993" or «١٩٩٣». */
    public String number(long value) {
        return style.digits().format(value);
    }
}
