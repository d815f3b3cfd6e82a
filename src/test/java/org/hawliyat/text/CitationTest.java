package org.hawliyat.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.hawliyat.model.ArticleInfo;
import org.hawliyat.model.EventDate;
import org.hawliyat.model.Language;
import org.hawliyat.model.PartialDate;
import org.junit.jupiter.api.Test;

class CitationTest {

    private static final ArticleInfo ARTICLE = new ArticleInfo("a", "العلاقات القطرية الكازاخستانية", "حال قطر",
            "سيف الحموري", Language.AR, new EventDate(PartialDate.parse("2023-06"), true, null), null);

    @Test
    void arabicUsesGuillemetsAndTheArabicComma() {
        assertThat(Citation.in(Language.AR, DateStyle.DEFAULT).of(ARTICLE, " تأسست العلاقات \n"))
                .isEqualTo("سيف الحموري، «العلاقات القطرية الكازاخستانية»، حال قطر، حوالي يونيو 2023: «تأسست العلاقات»");
    }

    @Test
    void englishUsesCurlyQuotes() {
        assertThat(Citation.in(Language.EN, DateStyle.DEFAULT).of(ARTICLE, "تأسست"))
                .isEqualTo("سيف الحموري, “العلاقات القطرية الكازاخستانية”, حال قطر, about June 2023: “تأسست”");
    }

    @Test
    void missingPartsAreLeftOut() {
        ArticleInfo bare = new ArticleInfo("b", "Title", null, null, Language.EN, null, null);
        assertThat(Citation.in(Language.EN, DateStyle.DEFAULT).of(bare)).isEqualTo("“Title”");
    }
}
