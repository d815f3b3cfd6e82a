package org.hawliyat.text;

import java.util.Objects;
import org.hawliyat.model.Language;

/**
 * How Arabic text writes dates: which month names and which digits. English ignores both (English
 * month names, Western digits), so one style can be chosen once and passed everywhere.
 */
public record DateStyle(MonthNaming months, DigitStyle digits) {

    /** The month names and digits of the source articles: «1 يوليو 1993». */
    public static final DateStyle DEFAULT = new DateStyle(MonthNaming.GREGORIAN, DigitStyle.WESTERN);

    public DateStyle {
        Objects.requireNonNull(months, "months");
        Objects.requireNonNull(digits, "digits");
    }

    public DateStyle withMonths(MonthNaming otherMonths) {
        return new DateStyle(otherMonths, digits);
    }

    public DateStyle withDigits(DigitStyle otherDigits) {
        return new DateStyle(months, otherDigits);
    }

    /** The style as it applies to text in this language: English always gets {@link #DEFAULT}. */
    public DateStyle in(Language language) {
        return language == Language.AR ? this : DEFAULT;
    }
}
