package org.hawliyat.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.hawliyat.testing.Fixtures;
import org.junit.jupiter.api.Test;

class EventsCsvTest {

    @Test
    void writesAHeaderAndOneRowPerEventWithArabicIntact() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EventsCsv().write(Fixtures.catalogue(Fixtures.event("e1", "1993-07-01"), Fixtures.event("e2", "2008-05")), out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines[0]).isEqualTo(String.join(",", EventsCsv.COLUMNS));
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith("e1,relations-established,1993-07-01,false,")
                .contains("إقامة العلاقات", "QA; KZ", "test-article@0-");
    }

    @Test
    void everyRowHasEveryColumnEvenWhenFieldsAreEmpty() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // no date note, no end, no place, no people: empty cells, not missing ones
        new EventsCsv().write(Fixtures.catalogue(Fixtures.event("e1", "1993-07-01")), out);
        com.fasterxml.jackson.databind.MappingIterator<java.util.Map<String, String>> rows = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
                .readerForMapOf(String.class).with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader())
                .readValues(out.toByteArray());
        java.util.Map<String, String> row = rows.next();
        assertThat(row.keySet()).containsExactlyElementsOf(EventsCsv.COLUMNS);
        assertThat(row.get("date_note")).isEmpty();
        assertThat(row.get("end_date")).isEmpty();
        assertThat(row.get("title_ar")).isEqualTo("إقامة العلاقات");
        assertThat(row.get("title_en")).isEqualTo("Relations established");
        assertThat(row.get("countries")).isEqualTo("QA; KZ");
        assertThat(row.get("version")).isEqualTo("1");
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines[1].chars().filter(c -> c == ',').count())
                .as("as many separators as the header").isGreaterThanOrEqualTo(EventsCsv.COLUMNS.size() - 1);
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertThat(EventsCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(EventsCsv.cell("+1")).isEqualTo("'+1");
        assertThat(EventsCsv.cell("-1")).isEqualTo("'-1");
        assertThat(EventsCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(EventsCsv.cell("1993-07-01")).isEqualTo("1993-07-01");
        assertThat(EventsCsv.cell("إقامة العلاقات")).isEqualTo("إقامة العلاقات");
        assertThat(EventsCsv.cell(null)).isEmpty();
    }
}
