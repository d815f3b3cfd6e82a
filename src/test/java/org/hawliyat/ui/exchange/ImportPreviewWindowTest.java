package org.hawliyat.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hawliyat.testing.CuratedWindow.onFx;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.hawliyat.io.CatalogueJson;
import org.hawliyat.model.Language;
import org.hawliyat.testing.CuratedWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Import… shows what the import would change, field by field, and writes only when asked. */
@ExtendWith(ApplicationExtension.class)
class ImportPreviewWindowTest {

    private static final String EVENT = "qa-kz-1993-relations-established";
    private static final String TITLE = "Qatar and Kazakhstan establish diplomatic relations";

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

    /** The catalogue as a file, one title changed and one event added. */
    private Path changedFile() throws Exception {
        Path file = dir.resolve("changed-" + System.nanoTime() + ".json");
        try (OutputStream out = Files.newOutputStream(file)) {
            new CatalogueJson().write(curated.store().snapshot(), out);
        }
        Files.writeString(file, Files.readString(file).replace(TITLE, "Relations established")
                .replaceFirst("\"events\": \\[", "\"events\": [{\"id\": \"from-a-file\", \"type\": \"state-visit\","
                        + " \"date\": \"2001\", \"title\": {\"ar\": \"زيارة من ملف\", \"en\": \"A visit from a file\"}},"));
        assertThat(Files.readString(file)).contains("from-a-file");
        return file;
    }

    private DialogPane openPreview(FxRobot robot, Language language, Path file) throws Exception {
        onFx(() -> curated.window().languageProperty().set(language));
        Platform.runLater(() -> curated.window().exchange().preview(List.of(file))); // the dialog waits for an answer
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#import-preview").tryQuery().isPresent());
        return robot.lookup("#import-preview").query();
    }

    private static Button button(DialogPane pane, String label) throws Exception {
        return onFx(() -> pane.lookupAll(".button").stream().map(b -> (Button) b).filter(b -> b.getText().equals(label))
                .findFirst().orElseThrow());
    }

    @Test
    void theArabicPreviewSaysWhatChangesAndImportWritesIt(FxRobot robot) throws Exception {
        DialogPane pane = openPreview(robot, Language.AR, changedFile());
        String summary = onFx(() -> ((org.hawliyat.ui.text.WrappedText) pane.lookup("#import-preview-summary")).getText());
        assertThat(summary).startsWith("يضيف ").contains("ويستبدل ");
        @SuppressWarnings("unchecked")
        ListView<ImportPreviewDialog.Line> lines = (ListView<ImportPreviewDialog.Line>) pane.lookup("#import-preview-lines");
        List<String> shown = onFx(() -> lines.getItems().stream().map(ImportPreviewDialog.Line::text).toList());
        assertThat(shown).contains("يستبدل الحدث «" + EVENT + "»", "يضيف الحدث «from-a-file»");
        // the changed field in the window's words, its value now and from the file
        assertThat(onFx(() -> List.copyOf(lines.getItems()))).contains(
                new ImportPreviewDialog.Line("العنوان بالإنجليزية", true, false, TITLE, "Relations established"));

        robot.clickOn(button(pane, "استورد"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#import-preview").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(curated.store().event(EVENT).orElseThrow().title().en()).isEqualTo("Relations established");
        assertThat(curated.store().event("from-a-file")).isPresent();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#event-list").queryListView()
                .getItems().stream().anyMatch(e -> ((org.hawliyat.model.Event) e).id().equals("from-a-file"))));
    }

    @Test
    void cancellingTheEnglishPreviewWritesNothing(FxRobot robot) throws Exception {
        long versionBefore = curated.store().event(EVENT).orElseThrow().version();
        DialogPane pane = openPreview(robot, Language.EN, changedFile());
        String summary = onFx(() -> ((org.hawliyat.ui.text.WrappedText) pane.lookup("#import-preview-summary")).getText());
        assertThat(summary).startsWith("Adds 1, replaces 1, leaves ");
        robot.clickOn(button(pane, "Cancel"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#import-preview").tryQuery().isEmpty());
        assertThat(curated.store().event(EVENT).orElseThrow().version()).isEqualTo(versionBefore);
        assertThat(curated.store().event("from-a-file")).isEmpty();
    }

    @Test
    void aFileThatCannotBeImportedIsNamedInOneSentence(FxRobot robot) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"events\": [");
        onFx(() -> curated.window().languageProperty().set(Language.EN));
        Platform.runLater(() -> curated.window().exchange().preview(List.of(broken)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-sentence").tryQuery().isPresent());
        String said = onFx(() -> String.join(" ", org.hawliyat.testing.WindowTexts.texts(
                robot.lookup(".dialog-sentence").query())));
        assertThat(said).startsWith("Nothing was imported: ").contains("broken.json");
    }
}
