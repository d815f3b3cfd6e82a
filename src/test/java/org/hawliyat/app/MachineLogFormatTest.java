package org.hawliyat.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.hawliyat.testing.DefaultLocale;
import org.junit.jupiter.api.Test;

class MachineLogFormatTest {

    @Test
    void aLogLineIsTheSameUnderEveryDefaultLocale() throws Exception {
        for (DefaultLocale locale : DefaultLocale.ALL) {
            String line = locale.run(() -> {
                LogRecord record = new LogRecord(Level.INFO, "Opened {0} with {1} events");
                record.setInstant(Instant.parse("2026-11-29T06:38:22.123Z"));
                record.setLoggerName("org.hawliyat.store");
                record.setParameters(new Object[] {"/tmp/t.db", 12345});
                return new MachineLogFormat().format(record);
            });
            assertThat(line).as(locale.toString())
                    .isEqualTo("2026-11-29T06:38:22.123Z INFO org.hawliyat.store: Opened /tmp/t.db with 12,345 events"
                            + System.lineSeparator());
        }
    }
}
