package org.hawliyat.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.hawliyat.model.Language;
import org.junit.jupiter.api.Test;

class MonthNamingTest {

    @Test
    void gregorianNamesAreTheOnesOfTheArabicMessageBundle() {
        Messages arabic = Messages.of(Language.AR);
        for (int month = 1; month <= 12; month++) {
            assertThat(MonthNaming.GREGORIAN.arabicName(month)).isEqualTo(arabic.get("date.monthName." + month));
        }
    }

    @Test
    void levantineNamesRunFromKanunAthThaniToKanunAlAwwal() {
        assertThat(MonthNaming.LEVANTINE.arabicName(1)).isEqualTo("كانون الثاني");
        assertThat(MonthNaming.LEVANTINE.arabicName(2)).isEqualTo("شباط");
        assertThat(MonthNaming.LEVANTINE.arabicName(7)).isEqualTo("تموز");
        assertThat(MonthNaming.LEVANTINE.arabicName(10)).isEqualTo("تشرين الأول");
        assertThat(MonthNaming.LEVANTINE.arabicName(11)).isEqualTo("تشرين الثاني");
        assertThat(MonthNaming.LEVANTINE.arabicName(12)).isEqualTo("كانون الأول");
    }

    @Test
    void eachNamingHasTwelveDistinctNames() {
        for (MonthNaming naming : MonthNaming.values()) {
            Set<String> names = new HashSet<>();
            for (int month = 1; month <= 12; month++) {
                names.add(naming.arabicName(month));
            }
            assertThat(names).as("%s", naming).hasSize(12);
        }
    }

    @Test
    void thereIsNoThirteenthMonth() {
        assertThatThrownBy(() -> MonthNaming.LEVANTINE.arabicName(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MonthNaming.GREGORIAN.arabicName(13)).isInstanceOf(IllegalArgumentException.class);
    }
}
