package org.hawliyat.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hawliyat.testing.DefaultLocale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class AppLogTest {

    @TempDir
    Path dir;

    @AfterEach
    void detach() {
        AppLog.detach();
    }

    @Test
    void failuresGoToTheFileWithTheirCauseInLinesThatReadTheSameEverywhere() throws Exception {
        Path folder = dir.resolve("data").resolve("logs");
        assertThat(AppLog.toFolder(folder)).contains(folder.resolve(AppLog.FILE_NAME));
        DefaultLocale.ARABIC.run(() -> {
            LoggerFactory.getLogger("org.hawliyat.test").warn("Could not read {} events", 12345,
                    new IllegalStateException("disk image is malformed"));
            return null;
        });
        String log = Files.readString(folder.resolve(AppLog.FILE_NAME), StandardCharsets.UTF_8);
        assertThat(log).containsPattern("(?m)^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z WARN  org\\.hawliyat\\.test: "
                + "Could not read 12345 events$");
        assertThat(log).contains("java.lang.IllegalStateException: disk image is malformed")
                .contains("at org.hawliyat.app.AppLogTest");
        assertThat(log).doesNotContainPattern("[\u0660-\u0669]");
    }

    @Test
    void librariesMessagesFormattedUnderArabicAreWrittenInAsciiDigitsAndOursAsTheyAre() throws Exception {
        Path folder = dir.resolve("logs");
        AppLog.toFolder(folder);
        // what Flyway logs under ar-SA: it formats its numbers with the default locale
        LoggerFactory.getLogger("org.flywaydb.core.internal.command.DbValidate").info("Successfully validated ٥ migrations");
        LoggerFactory.getLogger("org.hawliyat.test").info("Quoted as written: عام ١٩٩٣");
        String log = Files.readString(folder.resolve(AppLog.FILE_NAME), StandardCharsets.UTF_8);
        assertThat(log).contains("DbValidate: Successfully validated 5 migrations")
                .contains("org.hawliyat.test: Quoted as written: عام ١٩٩٣");
    }

    @Test
    void aFolderThatCannotBeMadeGivesNoLogRatherThanAnError() throws Exception {
        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "x");
        assertThat(AppLog.toFolder(notAFolder.resolve("logs"))).isEmpty();
        assertThat(AppLog.file()).isEmpty();
    }

    @Test
    void nothingIsLoggedUntilTheProgramSaysWhere() {
        assertThat(LoggerFactory.getLogger("org.hawliyat.test").isWarnEnabled()).isFalse();
    }
}
