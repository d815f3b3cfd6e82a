package org.hawliyat.text.dates;

import org.hawliyat.model.PartialDate;

/**
 * A date found in a text: where it stands ({@code start} inclusive, {@code end} exclusive, in the
 * original text's UTF-16 code units), what it resolves to at the precision written, the end of a
 * range ({@code until}, null for a single date), whether it was written in the Hijri calendar, and
 * why, in words.
 */
public record FoundDate(int start, int end, PartialDate date, PartialDate until, boolean approximate, boolean hijri,
                        String reason) {

    /** A Gregorian date or range. */
    public FoundDate(int start, int end, PartialDate date, PartialDate until, boolean approximate, String reason) {
        this(start, end, date, until, approximate, false, reason);
    }

    /** A single Gregorian date. */
    public FoundDate(int start, int end, PartialDate date, boolean approximate, String reason) {
        this(start, end, date, null, approximate, false, reason);
    }
}
