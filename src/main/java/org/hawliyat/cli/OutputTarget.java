package org.hawliyat.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.hawliyat.io.AtomicFile;

/**
 * A file named by {@code --out}, written all or nothing: into a temporary file beside it, synced,
 * then moved over it in one step, so a full disk or a crash leaves the old file (or none), never
 * half a file. Only a regular file (or a new name) is written; a folder, a symbolic link or a device
 * is refused with a sentence rather than replaced.
 */
final class OutputTarget {

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
    void write(AtomicFile.Body body) {
        try {
            AtomicFile.write(target, body);
        } catch (IOException e) {
            throw new OutputException("Could not write " + given + ": " + reason(e)
                    + (Files.exists(target) ? "; the file there was left as it was." : "; nothing was written."), e);
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
