package org.hawliyat.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hawliyat.testing.CuratedWindow.onFx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.hawliyat.model.Language;
import org.hawliyat.testing.CuratedWindow;
import org.hawliyat.ui.exchange.DataExchange.ExportFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Export ▸ writes each format from the window (the file chooser aside: the file is given). */
@ExtendWith(ApplicationExtension.class)
class ExportWindowTest {

    @TempDir
    static Path dir;

    private CuratedWindow curated;

    @Start
    void start(Stage stage) {
        curated = CuratedWindow.show(stage, dir, true);
    }

    @AfterEach
    void close() {
        curated.close();
    }

    private Path export(ExportFormat format, String name) throws Exception {
        Path file = dir.resolve(name);
        onFx(() -> curated.window().exchange().exportTo(format, file));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(file));
        return file;
    }

    @Test
    void everyFormatIsWrittenWholeInTheWindowsLanguage() throws Exception {
        onFx(() -> curated.window().languageProperty().set(Language.AR));
        String json = Files.readString(export(ExportFormat.JSON, "all.json"));
        assertThat(json).contains("\"format\"").contains("qa-kz-1993-relations-established");

        byte[] csv = Files.readAllBytes(export(ExportFormat.CSV, "events.csv"));
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF); // so that Excel reads Arabic
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("إقامة العلاقات الدبلوماسية بين قطر وكازاخستان");

        String timeline = Files.readString(export(ExportFormat.TIMELINEJS, "timeline.json"));
        assertThat(timeline).contains("\"headline\" : \"إقامة العلاقات الدبلوماسية بين قطر وكازاخستان\"");

        byte[] pdf = Files.readAllBytes(export(ExportFormat.PDF, "handout.pdf"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        byte[] png = Files.readAllBytes(export(ExportFormat.PNG, "timeline.png"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp") || n.startsWith("."));
        }
    }
}
