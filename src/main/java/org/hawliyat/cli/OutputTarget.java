package org.hawliyat.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.Channels;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * A file named by {@code --out}, written all or nothing: into a temporary file beside it, synced,
 * then moved over it in one step, so a full disk or a crash leaves the old file (or none), never
 * half a file. Only a regular file (or a new name) is written; a folder, a symbolic link or a device
 * is refused with a sentence rather than replaced.
 */
final class OutputTarget {

    /** Writes what is to be written onto a stream. */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path given;
    private final Path target;

    private OutputTarget(Path given) {
        this.given = given;
        this.target = given.toAbsolutePath().normalize();
    }

    /** Checks that {@code --out} names something that can be written; throws {@link OutputException} if not. */
    static OutputTarget of(Path given) {
        OutputTarget out = new OutputTarget(given);
        out.check();
        return out;
    }

    private void check() {
        if (Files.isSymbolicLink(target)) {
            String real;
            try {
                real = target.toRealPath().toString();
            } catch (IOException e) {
                real = null;
            }
            throw new OutputException("--out " + given + " is a symbolic link; Hawliyat does not write through links"
                    + (real == null ? "" : ": give the file it points to, " + real + ", instead") + ".");
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputException("--out " + given + " is a folder: give the name of a file in it.");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputException("--out " + given + " is not a regular file (a device or a pipe), so Hawliyat will not"
                    + " replace it; use standard output to write to it.");
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new OutputException("--out " + given + ": the folder " + folder + " does not exist.");
        }
    }

    /** Writes the file in one step: on any error the old file (if any) is left as it was. */
    void write(Body body) {
        Path temp;
        try {
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw new OutputException("Cannot write " + given + ": " + reason(e) + ".", e);
        }
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream stream = Channels.newOutputStream(channel)) {
                body.writeTo(keptOpen(stream));
                stream.flush();
                channel.force(true); // on the disk before it takes the old file's place
            }
            keepPermissions(temp);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new OutputException("Could not write " + given + ": " + reason(e)
                    + (Files.exists(target) ? "; the file there was left as it was." : "; nothing was written."), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a temporary file the disk would not let go of: harmless, and named with a dot
            }
        }
    }

    /** A stream that a writer closing it only flushes: the one who opened it closes it (after syncing, or checking it). */
    static OutputStream keptOpen(OutputStream stream) {
        return new java.io.FilterOutputStream(stream) {
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

    /** An existing file keeps who may read it (a temporary file is created private). */
    private void keepPermissions(Path temp) throws IOException {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (from != null && to != null) {
            to.setPermissions(from.readAttributes().permissions());
        }
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            message = fs.getReason();
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
