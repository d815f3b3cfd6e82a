package org.hawliyat.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hawliyat.model.Catalogue;
import org.junit.jupiter.api.Test;

/** Telling a file's kind by its content and its encoding by its bytes. */
class DataFilesTest {

    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    private static String curatedText() throws Exception {
        return Files.readString(Path.of("data/catalogue.json"));
    }

    private static Catalogue curated() throws Exception {
        return new CatalogueJson().read(new ByteArrayInputStream(curatedText().getBytes(StandardCharsets.UTF_8)), "c.json");
    }

    @Test
    void aHawliyatFileSavedByAnArabicWindowsEditorInWindows1256IsReadAsItWasWritten() throws Exception {
        byte[] ansi = curatedText().getBytes(WINDOWS_1256);
        assertThat(new String(ansi, WINDOWS_1256)).as("the curated text has no character Windows-1256 lacks")
                .isEqualTo(curatedText());
        DataFiles.Result result = DataFiles.read(ansi, "ansi.json", DataFiles.Options.DEFAULT);
        assertThat(result.kind()).isEqualTo(DataFiles.Kind.HAWLIYAT_JSON);
        assertThat(result.catalogue()).isEqualTo(curated());
        assertThat(result.notes()).singleElement().asString().startsWith("ansi.json is not UTF-8: it was read as windows-1256");
    }

    @Test
    void aShortArabicTextInWindows1256IsReadAsArabicToo() throws Exception {
        String json = "{\"title\": {\"text\": {\"headline\": \"العلاقات\"}}, \"events\": [{\"start_date\": {\"year\": 1993},"
                + " \"text\": {\"headline\": \"إقامة العلاقات\"}}]}";
        DataFiles.Result result = DataFiles.read(json.getBytes(WINDOWS_1256), "short.json", DataFiles.Options.DEFAULT);
        assertThat(result.catalogue().events().get(0).title().ar()).isEqualTo("إقامة العلاقات");
    }

    @Test
    void utf8WithAndWithoutAMarkAndUtf16WithAMarkAreRecognised() throws Exception {
        String text = curatedText();
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream withMark = new ByteArrayOutputStream();
        withMark.write(EventsCsv.UTF8_BOM);
        withMark.write(utf8);
        for (byte[] bytes : new byte[][] {utf8, withMark.toByteArray(), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE),
                ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE), text.getBytes(StandardCharsets.UTF_16)}) {
            TextDecoding.Decoded decoded = TextDecoding.decode(bytes, null, "f.json");
            assertThat(decoded.text()).isEqualTo(text);
            assertThat(DataFiles.read(bytes, "f.json", DataFiles.Options.DEFAULT).catalogue()).isEqualTo(curated());
        }
    }

    @Test
    void aWesternWindowsFileIsNotTakenForArabic() throws Exception {
        String text = "Year,Month,Day,Headline\n1951,,,Rózsa Péter writes recursion — a café in Zürich\n";
        DataFiles.Result result = DataFiles.read(text.getBytes(Charset.forName("windows-1252")), "west.csv", DataFiles.Options.DEFAULT);
        assertThat(result.catalogue().events().get(0).title().en()).isEqualTo("Rózsa Péter writes recursion — a café in Zürich");
    }

    @Test
    void aGivenEncodingIsUsedStrictly() throws Exception {
        byte[] ansi = curatedText().getBytes(WINDOWS_1256);
        assertThat(DataFiles.read(ansi, "a.json", new DataFiles.Options(WINDOWS_1256, false)).catalogue()).isEqualTo(curated());
        assertThatThrownBy(() -> DataFiles.read(ansi, "a.json", new DataFiles.Options(StandardCharsets.UTF_8, false)))
                .isInstanceOf(DataFileException.class)
                .hasMessageStartingWith("a.json is not valid UTF-8 text: the bytes at offset ")
                .hasMessageEndingWith("cannot be read in it (give --encoding with the file's encoding, such as windows-1256).");
    }

    @Test
    void theKindIsToldByTheContentAndAnUnknownKindIsRefusedWithASentence() throws Exception {
        assertThat(DataFiles.kindOf("{\"format\": \"hawliyat\", \"events\": []}", "f")).isEqualTo(DataFiles.Kind.HAWLIYAT_JSON);
        assertThat(DataFiles.kindOf("{\"types\": []}", "f")).isEqualTo(DataFiles.Kind.HAWLIYAT_JSON);
        assertThat(DataFiles.kindOf("{\"events\": [{\"start_date\": {\"year\": 1}}]}", "f")).isEqualTo(DataFiles.Kind.TIMELINEJS_JSON);
        assertThat(DataFiles.kindOf("{\"title\": {\"text\": {}}, \"events\": []}", "f")).isEqualTo(DataFiles.Kind.TIMELINEJS_JSON);
        assertThat(DataFiles.kindOf("{\"events\": [ broken", "f")).isEqualTo(DataFiles.Kind.HAWLIYAT_JSON);
        assertThat(DataFiles.kindOf("Year,Month,Day,Time,Headline\r\n", "f")).isEqualTo(DataFiles.Kind.TIMELINEJS_CSV);
        assertThat(DataFiles.kindOf(String.join(",", EventsCsv.COLUMNS) + "\n", "f")).isEqualTo(DataFiles.Kind.HAWLIYAT_CSV);
        assertThatThrownBy(() -> DataFiles.kindOf("{}", "empty.json")).hasMessage("empty.json is JSON but neither a Hawliyat"
                + " data file (it has no \"format\": \"hawliyat\" and none of its lists) nor a TimelineJS timeline (it has no"
                + " \"events\" with a \"start_date\").");
        assertThatThrownBy(() -> DataFiles.kindOf("name;date\nx;1993\n", "table.csv")).hasMessage("table.csv is neither JSON"
                + " nor a CSV table this version can read: a TimelineJS sheet's first row names the columns Year, Month, Day,"
                + " …, Headline, and a Hawliyat table's id, type, date, ….");
        assertThatThrownBy(() -> DataFiles.read(new byte[0], "nothing.csv", DataFiles.Options.DEFAULT))
                .hasMessage("nothing.csv is empty: it holds no data.");
    }
}
