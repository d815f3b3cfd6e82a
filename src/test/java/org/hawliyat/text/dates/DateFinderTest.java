package org.hawliyat.text.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hawliyat.model.PartialDate;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    private final DateFinder finder = new DateFinder();

    private FoundDate only(String text) {
        List<FoundDate> found = finder.find(text);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    private void reads(String text, String iso, String written) {
        FoundDate d = only(text);
        assertThat(d.date()).as(text).isEqualTo(PartialDate.parse(iso));
        assertThat(text.substring(d.start(), d.end())).as(text).isEqualTo(written);
        assertThat(d.reason()).contains("«" + written + "»");
    }

    @Test
    void arabicGregorianDatesAtTheirPrecision() {
        reads("تأسست العلاقات في الأول من يوليو عام 1993 بين البلدين", "1993-07-01", "الأول من يوليو عام 1993");
        reads("في الحادي عشر من فبراير عام 2016", "2016-02-11", "الحادي عشر من فبراير عام 2016");
        reads("افتتحت السفارة خلال مايو عام 2008.", "2008-05", "مايو عام 2008");
        reads("وقّعت في 9 آذار 2014 اتفاقية", "2014-03-09", "9 آذار 2014");
        reads("في ٢٧ كانون الثاني ٢٠٢٠", "2020-01-27", "٢٧ كانون الثاني ٢٠٢٠");
        reads("زار الدوحة في ۱۵ إبريل ۲۰۲۲", "2022-04-15", "۱۵ إبريل ۲۰۲۲");
        reads("في الثالث والعشرين من أغسطس سنة 2019", "2019-08-23", "الثالث والعشرين من أغسطس سنة 2019");
        reads("منذ عام 1999 والعلاقات تتطور", "1999", "1999");
    }

    @Test
    void numericDatesDayFirstAsTheArabicPressWritesThem() {
        reads("بتاريخ 27/9/2020 وقّع", "2020-09-27", "27/9/2020");
        reads("بتاريخ 27-09-2020", "2020-09-27", "27-09-2020");
        reads("بتاريخ 2020/09/27", "2020-09-27", "2020/09/27");
        reads("on 2023-06-14 the", "2023-06-14", "2023-06-14");
        assertThat(finder.find("رقم 31/2/2020 ليس تاريخًا")).isEmpty(); // 31 February
    }

    @Test
    void hijriDatesConvertedWithUmmAlQura() {
        FoundDate d = only("في 12 ربيع الأول 1443 هـ احتفل");
        assertThat(d.date()).isEqualTo(PartialDate.parse("2021-10-18")); // 1 Rabi' al-Awwal 1443 was 7 October 2021
        assertThat(d.reason()).contains("12 ربيع الأول 1443 AH").contains("Umm al-Qura").contains("2021-10-18");
    }

    @Test
    void englishDates() {
        reads("signed on 9 March 2014 in Doha", "2014-03-09", "9 March 2014");
        reads("signed on March 9, 2014 in Doha", "2014-03-09", "March 9, 2014");
        reads("opened in May 2008.", "2008-05", "May 2008");
        reads("relations since 1993", "1993", "1993");
    }

    @Test
    void severalDatesInTextOrderAndNoneInPlainText() {
        List<FoundDate> found = finder.find("افتتحت السفارة القطرية بأستانا خلال مايو عام 2008، بينما افتتحت السفارة "
                + "الكازاخستانية بالدوحة خلال مايو عام 2007");
        assertThat(found).extracting(FoundDate::date)
                .containsExactly(PartialDate.parse("2008-05"), PartialDate.parse("2007-05"));
        assertThat(finder.find("وتربط دولة قطر وجمهورية كازاخستان علاقات صداقة")).isEmpty();
        assertThat(finder.find("")).isEmpty();
    }

    private static final java.time.LocalDate PUBLISHED = java.time.LocalDate.of(2023, 6, 14);

    private FoundDate relative(String text, boolean approximate) {
        List<FoundDate> found = finder.find(text, PUBLISHED, approximate);
        assertThat(found).as(text).hasSize(1);
        assertThat(found.get(0).reason()).as(text).contains("2023-06-14");
        return found.get(0);
    }

    @Test
    void datesRelativeToThePublication() {
        assertThat(relative("وصل الوفد أمس إلى الدوحة", false).date()).isEqualTo(PartialDate.parse("2023-06-13"));
        assertThat(relative("خلال العام الماضي", false).date()).isEqualTo(PartialDate.parse("2022"));
        assertThat(relative("في أكتوبر الماضي", false).date()).isEqualTo(PartialDate.parse("2022-10"));
        assertThat(relative("في مايو الماضي", false).date()).isEqualTo(PartialDate.parse("2023-05"));
        assertThat(relative("في يونيو المقبل", false).date()).isEqualTo(PartialDate.parse("2024-06"));
        assertThat(relative("في أكتوبر من العام الماضي", false).date()).isEqualTo(PartialDate.parse("2022-10"));
        FoundDate ago = relative("قبل ثلاثين عامًا أقيمت العلاقات", false);
        assertThat(ago.date()).isEqualTo(PartialDate.parse("1993"));
        assertThat(ago.approximate()).isTrue();
        assertThat(relative("signed last October", false).date()).isEqualTo(PartialDate.parse("2022-10"));
        assertThat(relative("in June last year", false).date()).isEqualTo(PartialDate.parse("2022-06"));
        // a publication date known only roughly makes what is read from it rough too
        assertThat(relative("هذا العام", true).approximate()).isTrue();
        assertThat(finder.find("وصل الوفد أمس")).isEmpty(); // no publication date: nothing to resolve against
    }

    @Test
    void vagueYearsAreApproximate() {
        FoundDate late = only("في أواخر عام 2012 بدأت المشاورات");
        assertThat(late.date()).isEqualTo(PartialDate.parse("2012"));
        assertThat(late.approximate()).isTrue();
        assertThat(only("talks began in early 2011").approximate()).isTrue();
    }

    private void range(String text, String from, String to, boolean approximate) {
        FoundDate d = only(text);
        assertThat(d.date()).as(text).isEqualTo(PartialDate.parse(from));
        assertThat(d.until()).as(text).isEqualTo(PartialDate.parse(to));
        assertThat(d.approximate()).as(text).isEqualTo(approximate);
    }

    @Test
    void rangesAndDecades() {
        range("عقد المنتدى من 12 إلى 14 نوفمبر 2019 في أستانا", "2019-11-12", "2019-11-14", false);
        range("بين عامي 2010 و2015 تضاعف التبادل", "2010", "2015", false);
        range("خلال الفترة من 2010 إلى 2015", "2010", "2015", false);
        range("في الفترة 2010–2015", "2010", "2015", false);
        range("منذ منتصف التسعينيات", "1993", "1996", true);
        range("في التسعينيات", "1990", "1999", true);
        range("from 12 to 14 November 2019", "2019-11-12", "2019-11-14", false);
        range("in the 1990s", "1990", "1999", true);
        assertThat(only("بتاريخ 2020-09-27").until()).isNull(); // a day, not the years 2020 to 09
    }
}
