package org.hawliyat.timeline;

import java.util.Objects;
import org.hawliyat.model.Language;
import org.hawliyat.model.PartialDate;
import org.hawliyat.text.DateStyle;
import org.hawliyat.text.DateWords;
import org.hawliyat.text.Messages;
import org.hawliyat.timeline.HijriTicks.HijriTick;

/**
 * The labels of the time axis in one language and {@link DateStyle}. A minor label is as short as
 * its unit allows ("14", "July", "1993"); a major label carries the context the minor ones leave
 * out ("July 1993", "1993"). Year ticks are labelled with the plain year at every zoom ("1990",
 * "1900", not "1990s" or "20th century"): a tick marks the instant the year begins, and the plain
 * number reads the same in both languages and both digit styles.
 */
public final class AxisLabels {

    private final Language language;
    private final DateWords dates;
    private final Messages messages;

    public AxisLabels(Language language, DateStyle style) {
        this.language = Objects.requireNonNull(language, "language");
        this.dates = DateWords.in(language, style);
        this.messages = Messages.of(language);
    }

    public Language language() {
        return language;
    }

    /** The style in effect: {@link DateStyle#DEFAULT} for English, whatever was asked for. */
    public DateStyle style() {
        return dates.style();
    }

    /** The label of a minor tick of its own unit. */
    public String minorLabel(Tick tick) {
        return minorLabel(tick, tick.unit());
    }

    /**
     * The short label of a tick read as a tick of {@code unit}: the day of the month ("14") for
     * day units, the month's name ("July", «تموز») for month units, the year ("1993") for year
     * units.
     */
    public String minorLabel(Tick tick, TickUnit unit) {
        if (unit.countsDays()) {
            return dates.number(tick.date().getDayOfMonth());
        }
        if (unit.countsMonths()) {
            return dates.monthName(tick.date().getMonthValue());
        }
        return dates.number(tick.date().getYear());
    }

    /** The label of a major tick of its own unit. */
    public String majorLabel(Tick tick) {
        return majorLabel(tick, tick.unit());
    }

    /**
     * The label of a tick read as a major tick of {@code unit}, complete enough to stand alone:
     * "July 1993" («يوليو 1993») for month units, "1993" for year units, and the whole date ("14
     * July 1993") for day units.
     */
    public String majorLabel(Tick tick, TickUnit unit) {
        int year = tick.date().getYear();
        int month = tick.date().getMonthValue();
        if (unit.countsDays()) {
            return dates.format(PartialDate.ofDay(year, month, tick.date().getDayOfMonth()));
        }
        if (unit.countsMonths()) {
            return dates.format(PartialDate.ofMonth(year, month));
        }
        return dates.format(PartialDate.ofYear(year));
    }

    /** The text with its ASCII digits in this style's digits (always Western in English). */
    public String digits(String western) {
        return dates.style().digits().apply(western);
    }

    /**
     * The label of a tick of the Hijri row: «رمضان 1444 هـ» / "Ramadan 1444 AH" for a month tick,
     * «1445 هـ» / "1445 AH" for a year tick.
     */
    public String hijriLabel(HijriTick tick) {
        String year = hijriYear(tick.year());
        return tick.month() == 0 ? year : hijriMonthName(tick.month()) + " " + year;
    }

    /** The year with its era: «1444 هـ» or "1444 AH". */
    public String hijriYear(int year) {
        return messages.get("hijri.year", dates.number(year));
    }

    /**
     * The name of the Hijri month: «رمضان» / "Ramadan".
     *
     * @param month 1 (Muharram) to 12 (Dhu al-Hijjah)
     * @throws IllegalArgumentException for any other month number
     */
    public String hijriMonthName(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Hijri month " + month + " does not exist");
        }
        return messages.get("hijri.monthName." + month);
    }
}
