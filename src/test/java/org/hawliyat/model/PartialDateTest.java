package org.hawliyat.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hawliyat.testing.DefaultLocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @Test
    void theLengthOfTheIsoFormIsThePrecision() {
        assertThat(PartialDate.parse("1993").precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(PartialDate.parse("2008-05").precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(PartialDate.parse("1993-07-01").precision()).isEqualTo(DatePrecision.DAY);
        assertThat(PartialDate.parse("2008-05").toIso()).isEqualTo("2008-05");
    }

    @Test
    void theIsoFormIsAsciiUnderEveryDefaultLocale() throws Exception {
        for (DefaultLocale locale : DefaultLocale.ALL) {
            List<String> iso = locale.run(() -> List.of(PartialDate.ofYear(1993).toIso(), PartialDate.ofMonth(8, 5).toIso(),
                    PartialDate.ofDay(1993, 7, 1).toIso(), PartialDate.parse("0999-12-31").toString()));
            assertThat(iso).as(locale.toString()).containsExactly("1993", "0008-05", "1993-07-01", "0999-12-31");
        }
        assertThat(DefaultLocale.ARABIC.run(() -> catchThrowable(() -> PartialDate.ofDay(2023, 2, 30))))
                .hasMessage("2023-02-30 is not a real date");
    }

    @Test
    void readsArabicIndicAndPersianDigitsAsEarlierVersionsWroteThem() {
        assertThat(PartialDate.parse("١٩٩٣-٠٧-٠١")).isEqualTo(PartialDate.ofDay(1993, 7, 1));
        assertThat(PartialDate.parse("۲۰۰۸-۰۵")).isEqualTo(PartialDate.ofMonth(2008, 5));
        assertThat(PartialDate.parse("٢٠٢٣").toIso()).isEqualTo("2023");
        assertThatThrownBy(() -> PartialDate.parse("٢٠٢٣-٠٢-٣٠")).hasMessageContaining("not a real date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-30", "2023-13", "2023-00", "1993-07-32", "0000", "93", "1993-7-1", "1993/07/01", "", "July 1993"})
    void rejectsWhatIsNotARealDate(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsTheLeapDayOnlyInLeapYears() {
        assertThat(PartialDate.parse("2024-02-29").lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> PartialDate.parse("2023-02-29")).hasMessageContaining("not a real date");
    }

    @Test
    void coversItsWholeMonthOrYear() {
        PartialDate may = PartialDate.parse("2008-05");
        assertThat(may.firstDay()).isEqualTo(LocalDate.of(2008, 5, 1));
        assertThat(may.lastDay()).isEqualTo(LocalDate.of(2008, 5, 31));
        assertThat(PartialDate.parse("2020-02").lastDay()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(PartialDate.parse("1999").lastDay()).isEqualTo(LocalDate.of(1999, 12, 31));
    }

    @Test
    void sortsInTimeOrderWithTheMorePreciseFirstOnTheSameStart() {
        List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.parse("2022-10"), PartialDate.parse("1993"),
                PartialDate.parse("1993-01-01"), PartialDate.parse("2022-06-20"), PartialDate.parse("1993-01")));
        Collections.sort(dates);
        assertThat(dates).extracting(PartialDate::toIso)
                .containsExactly("1993-01-01", "1993-01", "1993", "2022-06-20", "2022-10");
    }
}
