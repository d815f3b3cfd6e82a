package org.hawliyat.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A file written all or nothing: into a temporary file beside it, synced, then moved over it in
 * one step, so a full disk or a crash leaves the old file (or none), never half a file. An existing
 * file keeps its permissions.
 */
public final class AtomicFile {

    /** Writes what is to be written onto a stream. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes the file in one step: on any error the old file (if any) is left as it was, and the error thrown. */
    public static void write(Path file, Body body) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream stream = Channels.newOutputStream(channel)) {
                body.writeTo(keptOpen(stream));
                stream.flush();
                channel.force(true); // on the disk before it takes the old file's place
            }
            keepPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A stream that a writer closing it only flushes: the one who opened it closes it (after syncing, or checking it). */
    public static OutputStream keptOpen(OutputStream stream) {
        return new FilterOutputStream(stream) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /**
     * An existing file keeps who may read it; a new one gets the usual rw-r--r-- (a temporary file is
     * created readable by its owner only).
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView to = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (to == null) {
            return; // not a POSIX file system: the temporary file has the folder's defaults
        }
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            to.setPermissions(Files.getFileAttributeView(target, PosixFileAttributeView.class).readAttributes().permissions());
        } else {
            to.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
