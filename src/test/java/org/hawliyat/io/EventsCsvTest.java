package org.hawliyat.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventDate;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.PartialDate;
import org.hawliyat.model.Participant;
import org.hawliyat.model.SourceRef;
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

    @Test
    void everyEventReadsBackAsItWasEvenWithCommasQuotesLineBreaksAndFormulas() throws Exception {
        String article = "«قال: \"نعم\"، ثم مضى»; second, part\n=SUM(A1) 😀 end";
        String q1 = "«قال: \"نعم\"، ثم مضى»; second";
        String q2 = "=SUM(A1) 😀";
        Event tricky = new Event("e2", "relations-established",
                new EventDate(PartialDate.parse("2008-05"), true, "line one,\nline \"two\""),
                new EventDate(PartialDate.parse("2009"), false, "'quoted"),
                LocalizedText.of("=HYPERLINK(\"http://x\")", "-1, minus"), LocalizedText.of("فقرة\r\nثانية", "@home; \t tab"),
                List.of("QA", "KZ"), "doha", List.of(new Participant("emir", LocalizedText.of("أمير\tقطر", "Emir\\n")),
                        new Participant("president", LocalizedText.EMPTY)),
                List.of(new SourceRef("a1", 0, q1.length(), q1), new SourceRef("a1", article.indexOf(q2), article.indexOf(q2) + q2.length(), q2)),
                7, Instant.parse("2026-03-04T05:06:07.123Z"));
        Catalogue catalogue = Fixtures.catalogue(Fixtures.event("e1", "1993-07-01"), tricky);
        assertThat(q1 + "; " + q2).isNotEqualTo(article); // the quotes hold "; " themselves
        for (boolean bom : List.of(true, false)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new EventsCsv().write(catalogue, out, bom);
            byte[] bytes = out.toByteArray();
            assertThat(bytes[0] == (byte) 0xEF).isEqualTo(bom);
            DataFiles.Result back = DataFiles.read(bytes, "events.csv", DataFiles.Options.DEFAULT);
            assertThat(back.kind()).isEqualTo(DataFiles.Kind.HAWLIYAT_CSV);
            assertThat(back.catalogue().events()).containsExactlyElementsOf(catalogue.events());
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            new EventsCsv().write(back.catalogue(), again, bom);
            assertThat(again.toByteArray()).isEqualTo(bytes);
        }
    }

    @Test
    void aWrongCellIsRefusedNamingTheFileTheRowTheEventAndTheField() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EventsCsv().write(Fixtures.catalogue(Fixtures.event("e1", "1993-07-01")), out);
        String text = out.toString(StandardCharsets.UTF_8).replace("1993-07-01", "1993-02-30");
        assertThatThrownBy(() -> new EventsCsv().read(text, "events.csv"))
                .hasMessage("events.csv (row 2): event \"e1\", field \"date\": 1993-02-30 is not a real date.");
        String cut = out.toString(StandardCharsets.UTF_8).replace(",test-article@0-", ",test-article@0-1; x@2-");
        assertThatThrownBy(() -> new EventsCsv().read(cut, "events.csv"))
                .hasMessageContaining("field \"quotes\": the quotes do not have the lengths of the spans");
    }
}
