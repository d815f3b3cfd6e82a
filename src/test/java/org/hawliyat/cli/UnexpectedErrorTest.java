package org.hawliyat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bug is told apart from a database problem (exit 4): its own exit code and a sentence that says so. */
class UnexpectedErrorTest {

    @TempDir
    Path dir;

    @Test
    void aBugExits1AndSaysItIsNotTheDatasFault() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = HawliyatCommand.run(db -> {
            throw new IllegalStateException("the window could not be built");
        }, out, err, "--db", dir.resolve("t.db").toString());

        assertThat(code).isEqualTo(ExitCodes.BUG).isNotEqualTo(ExitCodes.DATABASE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("Hawliyat stopped on an unexpected error, a bug rather than a problem with your data: ")
                .contains("IllegalStateException: the window could not be built")
                .contains("--debug")
                .doesNotContain("\tat ");
    }
}
