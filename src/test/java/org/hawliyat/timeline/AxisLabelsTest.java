package org.hawliyat.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.hawliyat.model.Language;
import org.hawliyat.text.DateStyle;
import org.hawliyat.text.DigitStyle;
import org.hawliyat.text.MonthNaming;
import org.hawliyat.timeline.HijriTicks.HijriTick;
import org.junit.jupiter.api.Test;

class AxisLabelsTest {

    private static final DateStyle LEVANTINE_INDIC = new DateStyle(MonthNaming.LEVANTINE, DigitStyle.ARABIC_INDIC);

    private final AxisLabels english = new AxisLabels(Language.EN, DateStyle.DEFAULT);
    private final AxisLabels arabic = new AxisLabels(Language.AR, DateStyle.DEFAULT);
    private final AxisLabels levantine = new AxisLabels(Language.AR, LEVANTINE_INDIC);

    private static Tick tick(String iso, TickUnit unit) {
        return Tick.of(LocalDate.parse(iso), unit);
    }

    @Test
    void minorLabelsAreAsShortAsTheirUnitAllows() {
        assertThat(english.minorLabel(tick("1993-07-14", TickUnit.DAY))).isEqualTo("14");
        assertThat(english.minorLabel(tick("1993-07-01", TickUnit.MONTH))).isEqualTo("July");
        assertThat(english.minorLabel(tick("1993-04-01", TickUnit.QUARTER))).isEqualTo("April");
        assertThat(english.minorLabel(tick("1993-01-01", TickUnit.YEAR))).isEqualTo("1993");
        assertThat(english.minorLabel(tick("1990-01-01", TickUnit.DECADE))).isEqualTo("1990");

        assertThat(arabic.minorLabel(tick("1993-07-14", TickUnit.DAY))).isEqualTo("14");
        assertThat(arabic.minorLabel(tick("1993-07-01", TickUnit.MONTH))).isEqualTo("يوليو");
        assertThat(arabic.minorLabel(tick("1993-01-01", TickUnit.YEAR))).isEqualTo("1993");
    }

    @Test
    void majorLabelsGiveTheContext() {
        assertThat(english.majorLabel(tick("1993-07-01", TickUnit.MONTH))).isEqualTo("July 1993");
        assertThat(english.majorLabel(tick("1993-01-01", TickUnit.YEAR))).isEqualTo("1993");
        assertThat(english.majorLabel(tick("1900-01-01", TickUnit.CENTURY))).isEqualTo("1900");
        assertThat(english.majorLabel(tick("1993-07-14", TickUnit.DAY))).isEqualTo("14 July 1993");
        assertThat(arabic.majorLabel(tick("1993-07-01", TickUnit.MONTH))).isEqualTo("يوليو 1993");
    }

    @Test
    void theUnitAskedForDecidesHowATickReads() {
        Tick firstOfJuly = tick("1993-07-01", TickUnit.DAY);
        assertThat(english.minorLabel(firstOfJuly, TickUnit.DAY)).isEqualTo("1");
        assertThat(english.minorLabel(firstOfJuly, TickUnit.MONTH)).isEqualTo("July");
        assertThat(english.majorLabel(firstOfJuly, TickUnit.MONTH)).isEqualTo("July 1993");
    }

    @Test
    void arabicFollowsTheChosenMonthNamesAndDigits() {
        assertThat(levantine.minorLabel(tick("1993-07-14", TickUnit.DAY))).isEqualTo("١٤");
        assertThat(levantine.minorLabel(tick("1993-10-01", TickUnit.MONTH))).isEqualTo("تشرين الأول");
        assertThat(levantine.majorLabel(tick("1993-10-01", TickUnit.MONTH))).isEqualTo("تشرين الأول ١٩٩٣");
        assertThat(levantine.minorLabel(tick("1993-01-01", TickUnit.YEAR))).isEqualTo("١٩٩٣");
        assertThat(levantine.digits("1993–2023")).isEqualTo("١٩٩٣–٢٠٢٣");
    }

    @Test
    void englishIgnoresTheArabicStyle() {
        AxisLabels englishAskedForIndic = new AxisLabels(Language.EN, LEVANTINE_INDIC);
        assertThat(englishAskedForIndic.style()).isEqualTo(DateStyle.DEFAULT);
        assertThat(englishAskedForIndic.digits("1993")).isEqualTo("1993");
        assertThat(englishAskedForIndic.majorLabel(tick("1993-10-01", TickUnit.MONTH))).isEqualTo("October 1993");
    }

    @Test
    void hijriLabelsNameTheMonthAndTheEra() {
        HijriTick ramadan = new HijriTick(LocalDate.parse("2023-03-23").toEpochDay(), 1444, 9, HijriTicks.Unit.MONTH);
        HijriTick newYear = new HijriTick(LocalDate.parse("2023-07-19").toEpochDay(), 1445, 0, HijriTicks.Unit.YEAR);

        assertThat(arabic.hijriLabel(ramadan)).isEqualTo("رمضان 1444 هـ");
        assertThat(english.hijriLabel(ramadan)).isEqualTo("Ramadan 1444 AH");
        assertThat(levantine.hijriLabel(ramadan)).isEqualTo("رمضان ١٤٤٤ هـ");
        assertThat(arabic.hijriLabel(newYear)).isEqualTo("1445 هـ");
        assertThat(english.hijriLabel(newYear)).isEqualTo("1445 AH");
        assertThat(arabic.hijriMonthName(1)).isEqualTo("محرم");
        assertThat(arabic.hijriMonthName(12)).isEqualTo("ذو الحجة");
        assertThat(english.hijriMonthName(4)).isEqualTo("Rabi al-Thani");
    }

    @Test
    void eachLanguageHasTwelveDistinctHijriMonths() {
        for (AxisLabels labels : new AxisLabels[] {english, arabic}) {
            Set<String> names = new HashSet<>();
            for (int month = 1; month <= 12; month++) {
                names.add(labels.hijriMonthName(month));
            }
            assertThat(names).hasSize(12);
        }
        assertThatThrownBy(() -> arabic.hijriMonthName(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> english.hijriMonthName(13)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyTickTheGeneratorsMakeCanBeLabelled() {
        TickGenerator generator = new TickGenerator();
        HijriTicks hijri = new HijriTicks();
        AxisLabels[] all = {english, arabic, levantine};
        for (long seed = 0; seed < 100; seed++) {
            Random random = new Random(seed);
            double start = -800_000 + random.nextDouble() * 4_600_000;
            double days = Math.pow(10, -1 + random.nextDouble() * 7.5);
            double pxPerDay = 1000 / days;
            AxisTicks ticks = generator.ticks(start, start + days, pxPerDay, 60);
            for (AxisLabels labels : all) {
                ticks.minor().forEach(t -> assertThat(labels.minorLabel(t)).isNotBlank());
                ticks.major().forEach(t -> assertThat(labels.majorLabel(t)).isNotBlank());
                hijri.ticks(start, start + days, pxPerDay, 60).forEach(t -> assertThat(labels.hijriLabel(t)).isNotBlank());
            }
        }
    }
}
