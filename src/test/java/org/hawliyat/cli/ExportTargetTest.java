package org.hawliyat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hawliyat.testing.Fixtures.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hawliyat.testing.Fixtures.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where an export goes: standard output that fails, and --out onto things that are not regular files. */
class ExportTargetTest {

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void newDatabase() {
        db = dir.resolve("new.db").toString();
    }

    /** Standard output on a disk that fills up after a few kilobytes. */
    private static final class FullDisk extends OutputStream {
        private final int room;
        private int written;

        FullDisk(int room) {
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (written + len > room) {
                throw new IOException("No space left on device");
            }
            written += len;
        }
    }

    @Test
    void aFullDiskOnStandardOutputExits4WithASentence() {
        for (String format : new String[] {"json", "csv"}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = HawliyatCommand.run(p -> {
                throw new AssertionError();
            }, new FullDisk(3_000), err, "--db", db, "export", "--format", format);
            assertThat(code).as(format).isEqualTo(4);
            assertThat(err.toString(StandardCharsets.UTF_8)).as(format)
                    .contains("Could not write everything to standard output").doesNotContain("Exception");
        }
    }

    @Test
    void aListOnAFullDiskExits4Too() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = HawliyatCommand.run(p -> {
            throw new AssertionError();
        }, new FullDisk(100), err, "--db", db, "list");
        assertThat(code).isEqualTo(4);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("standard output");
    }

    @Test
    void aFolderIsRefusedWithASentence() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Run run = cli("--db", db, "export", "--out", folder.toString());
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("is a folder").doesNotContain("Exception");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aSymbolicLinkIsRefusedAndLeftAsItWas() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        Run run = cli("--db", db, "export", "--out", link.toString());
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("symbolic link").contains(real.toRealPath().toString());
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("old");
    }

    @Test
    void aDeviceIsRefusedAndLeftAsItWas() {
        Path device = Path.of("/dev/null");
        Run run = cli("--db", db, "export", "--out", device.toString());
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("not a regular file");
        assertThat(Files.isRegularFile(device)).isFalse();
    }

    @Test
    void aMissingFolderIsNamed() {
        Run run = cli("--db", db, "export", "--out", dir.resolve("nowhere/x.json").toString());
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("does not exist");
    }

    @Test
    void aNewFileIsReadableByOthersAsFilesUsuallyAre() throws IOException {
        Path file = dir.resolve("new.json");
        assertThat(cli("--db", db, "export", "--out", file.toString()).exitCode()).isZero();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void aRegularFileIsReplacedWholeAndKeepsItsPermissions() throws IOException {
        Path file = Files.writeString(dir.resolve("events.csv"), "old");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        Run run = cli("--db", db, "export", "--format", "csv", "--out", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(file)).contains("qa-kz-1993-relations-established");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-rw----");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
