package org.hawliyat.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hawliyat.testing.CuratedWindow.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.hawliyat.app.Backups;
import org.hawliyat.app.CatalogueCheck;
import org.hawliyat.app.Catalogues;
import org.hawliyat.model.Language;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.DamagedDatabaseException;
import org.hawliyat.testing.Damage;
import org.hawliyat.testing.WindowTexts;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.concurrent.SynchronousTaskRunner;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window meets a damaged database: one sentence and the offer to put back the newest good copy. */
@ExtendWith(ApplicationExtension.class)
class DamagedDatabaseOfferTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // the offer comes before any window
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theNewestGoodCopyIsOfferedAndRestoredAndTheDamagedFileKeptAside(Language language, FxRobot robot) throws Exception {
        Path db = dir.resolve(language.code()).resolve("hawliyat.db");
        Catalogues.open(db).close();
        Backups.of(db).make(Backups.Reason.MANUAL);
        Damage.flipIndexBytes(db);
        String damagedHash = Damage.hash(db);
        DamagedDatabaseException damaged = catchThrowableOfType(() -> Catalogues.open(db), DamagedDatabaseException.class);
        assertThat(damaged).isNotNull();

        AtomicReference<CatalogueStore> opened = new AtomicReference<>();
        AtomicBoolean declined = new AtomicBoolean();
        Platform.runLater(() -> BackupRestore.offer(new UiText(language), new SynchronousTaskRunner(), damaged,
                opened::set, () -> declined.set(true)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#damaged-offer").tryQuery().isPresent());
        DialogPane offer = robot.lookup("#damaged-offer").query();
        String said = onFx(() -> String.join(" ", WindowTexts.texts(offer)));
        assertThat(said).contains(db.toString()).contains(language == Language.AR
                ? "تالفة، فلم تُفتح وتُركت كما هي" : "is damaged, so it was not opened")
                .contains(language == Language.AR ? "نسخة يدوية" : "Made by hand");
        Button restore = onFx(() -> offer.lookupAll(".button").stream().map(Button.class::cast)
                .filter(b -> ButtonBar.getButtonData(b) == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow());
        assertThat(restore.getText()).isEqualTo(language == Language.AR ? "استعادة النسخة" : "Restore the copy");
        robot.clickOn(restore);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> opened.get() != null || declined.get());

        assertThat(declined).isFalse();
        try (CatalogueStore store = opened.get()) {
            assertThat(store.snapshot().events()).hasSize(14);
            assertThat(CatalogueCheck.run(store)).isEmpty();
        }
        try (Stream<Path> files = Files.list(db.getParent())) {
            Path aside = files.filter(f -> f.getFileName().toString().matches("hawliyat\\.db\\.damaged-[0-9T-]+Z"))
                    .findFirst().orElseThrow();
            assertThat(Damage.hash(aside)).isEqualTo(damagedHash);
        }
    }
}
