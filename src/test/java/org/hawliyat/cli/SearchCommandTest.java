package org.hawliyat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hawliyat.testing.Fixtures.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hawliyat.testing.Fixtures.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code search QUERY [--json] [--limit N]} on a new database, which holds the curated dataset. */
class SearchCommandTest {

    private static final String ARTICLE = "hal-qatar-qatar-kazakhstan-relations-2023";

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void newDatabase() {
        db = dir.resolve("new.db").toString();
    }

    private JsonNode json(String... query) throws Exception {
        List<String> args = new ArrayList<>(List.of("--db", db, "search", "--json"));
        args.addAll(List.of(query));
        Run run = cli(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return new ObjectMapper().readTree(run.out());
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    @Test
    void theEmbassyWithoutTaMarbutaFindsBothEmbassiesAndTheArticle() throws Exception {
        JsonNode result = json("السفاره");
        assertThat(result.get("query").asText()).isEqualTo("السفاره");
        assertThat(ids(result)).containsExactlyInAnyOrder("qa-kz-2007-05-kazakh-embassy-doha",
                "qa-kz-2008-05-qatari-embassy-astana", ARTICLE);
        for (JsonNode hit : result.get("hits")) {
            assertThat(hit.get("kind").asText()).isIn("event", "article");
            assertThat(hit.get("date").asText()).matches("\\d{4}(-\\d{2}){0,2}");
            assertThat(hit.get("title").asText()).isNotBlank();
            assertThat(hit.get("snippet").asText()).contains("السفارة"); // as written, with its ة
            for (JsonNode span : hit.get("highlights")) {
                assertThat(hit.get("snippet").asText().substring(span.get(0).asInt(), span.get(1).asInt())).isEqualTo("السفارة");
            }
        }
        JsonNode embassy = result.get("hits").get(0);
        assertThat(embassy.get("kind").asText()).isEqualTo("event");
        assertThat(embassy.get("title").asText()).contains("سفارة"); // an Arabic query shows Arabic titles
    }

    @Test
    void astanaWithoutHamzaFindsTheEventsInAstanaAndTheArticle() throws Exception {
        List<String> ids = ids(json("استانا"));
        assertThat(ids).contains("qa-kz-1999-04-hamad-visit-astana", "qa-kz-2008-05-qatari-embassy-astana",
                "qa-kz-2020-02-joint-committee-fifth-session", "qa-kz-2023-06-astana-international-forum",
                "qa-kz-2023-06-tamim-visit-astana-forum", ARTICLE);
        assertThat(ids).doesNotContain("qa-kz-2007-05-kazakh-embassy-doha", "qa-kz-1993-relations-established");
    }

    @Test
    void arabicIndicDigitsFindTheYear() throws Exception {
        JsonNode result = json("١٩٩٣");
        assertThat(ids(result)).containsExactlyInAnyOrder("qa-kz-1993-relations-established", ARTICLE);
        JsonNode event = result.get("hits").get(0);
        assertThat(event.get("id").asText()).isEqualTo("qa-kz-1993-relations-established");
        assertThat(event.get("date").asText()).isEqualTo("1993-07-01");
        assertThat(event.get("snippet").asText()).contains("1993");
    }

    @Test
    void plainOutputIsOneHitPerEntryWithTheMatchMarked() {
        Run run = cli("--db", db, "search", "Embassy", "Astana");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
                .startsWith("event").contains("qa-kz-2008-05-qatari-embassy-astana", "2008-05", "Qatari embassy opens in Astana"));
        assertThat(run.out()).contains("[Embassy]", "[Astana]");
    }

    @Test
    void theLimitIsKeptAndABadOneIsInvalidInput() throws Exception {
        assertThat(ids(json("كازاخستان", "--limit", "3"))).hasSize(3);
        Run bad = cli("--db", db, "search", "قطر", "--limit", "0");
        assertThat(bad.exitCode()).isEqualTo(3);
        assertThat(bad.err().strip()).isEqualTo("--limit must be 1 to 1000.");
        assertThat(cli("--db", db, "search").exitCode()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "'", "(", ")", "*", "-", "+", ":", "^", "{", "}", "[", "]", ".", ",", "/", "\\",
        "AND", "OR", "NOT", "NEAR", "NEAR(", "\"unbalanced", "-x", "--nope"})
    void anythingTypedIsAQueryNotAnError(String typed) throws Exception {
        JsonNode result = json(typed);
        assertThat(result.get("query").asText()).isEqualTo(typed);
        assertThat(result.get("hits").isArray()).isTrue();
        Run plain = cli("--db", db, "search", typed);
        assertThat(plain.exitCode()).as(plain.err()).isZero();
    }

    @Test
    void aDashedWordIsSearchedFor() throws Exception {
        assertThat(ids(json("-Doha"))).containsExactlyInAnyOrder("qa-kz-2007-05-kazakh-embassy-doha",
                "qa-kz-2022-06-tokayev-qatar-economic-forum");
        // «--» ends the options, as for every command; after it, anything is the query
        assertThat(ids(json("--", "--json"))).isEmpty();
        assertThat(ids(json("--", "--Doha"))).hasSize(2);
    }
}
