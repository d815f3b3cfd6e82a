package org.hawliyat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hawliyat.testing.Fixtures.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.hawliyat.testing.Fixtures.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dates}: the dates written in a text, on the command line. */
class DatesCommandTest {

    private static final String ARTICLE = "hal-qatar-qatar-kazakhstan-relations-2023";

    @TempDir
    Path dir;

    @Test
    void theJsonOfATextWithADayAHijriDateAndARange() throws Exception {
        String text = "في الحادي عشر من فبراير عام 2016 و12 ربيع الأول 1443 هـ ومن 12 إلى 14 نوفمبر 2019";
        Run run = cli("dates", "--json", text);
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("published").isNull()).isTrue();
        JsonNode dates = root.get("dates");
        assertThat(dates).hasSize(3);
        assertThat(dates.get(0).get("text").asText()).isEqualTo("الحادي عشر من فبراير عام 2016");
        assertThat(dates.get(0).get("date").asText()).isEqualTo("2016-02-11");
        assertThat(dates.get(0).get("precision").asText()).isEqualTo("day");
        assertThat(text.substring(dates.get(0).get("span").get(0).asInt(), dates.get(0).get("span").get(1).asInt()))
                .isEqualTo("الحادي عشر من فبراير عام 2016");
        assertThat(dates.get(1).get("calendar").asText()).isEqualTo("hijri");
        assertThat(dates.get(2).get("until").asText()).isEqualTo("2019-11-14");
    }

    @Test
    void theSeedArticleWithItsOwnPublicationDateHoldsEveryCuratedDate() throws Exception {
        Run run = cli("--db", dir.resolve("h.db").toString(), "dates", "--json", "--article", ARTICLE);
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode dates = new ObjectMapper().readTree(run.out()).get("dates");
        java.util.List<String> values = new java.util.ArrayList<>();
        dates.forEach(d -> values.add(d.get("date").asText() + (d.get("approximate").asBoolean() ? "~" : "")));
        assertThat(values).contains("1993-07-01", "2008-05", "2007-05", "2014-01", "1999-04", "2015-10", "2020-02");
        // «أكتوبر من العام الماضي», against an article published about June 2023
        assertThat(values).contains("2022-10~");
    }

    @Test
    void badInputExits3WithOneSentence() {
        Run published = cli("dates", "--published", "2023-02-30", "أمس");
        assertThat(published.exitCode()).isEqualTo(3);
        assertThat(published.err()).contains("--published 2023-02-30 is not a date");
        Run article = cli("--db", dir.resolve("h.db").toString(), "dates", "--article", "no-such-article");
        assertThat(article.exitCode()).isEqualTo(3);
        assertThat(article.err()).contains("no article has the id \"no-such-article\"");
        Run plain = cli("dates", "--published", "2023-06-14", "وصل", "الوفد", "أمس");
        assertThat(plain.out()).contains("2023-06-13");
    }
}
