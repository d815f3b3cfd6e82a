package org.hawliyat.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Reads a data file whole, but never more than a limit: a 2 GB file or an endless stream
 * ({@code /dev/zero}) is refused with a sentence instead of filling the memory.
 */
public final class BoundedInput {

    /** The largest data file read: far above a million events with their articles (about 400 MB). */
    public static final long MAX_BYTES = 512L * 1024 * 1024;

    private BoundedInput() {
    }

    public static byte[] readAll(InputStream in, String fileName) throws DataFileException {
        return readAll(in, fileName, MAX_BYTES);
    }

    static byte[] readAll(InputStream in, String fileName, long limit) throws DataFileException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > limit) {
                    throw new DataFileException(String.format(Locale.ROOT,
                            "%s is larger than %,d MB, the most Hawliyat reads in one file (or it never ends):"
                                    + " nothing was imported; split it into smaller files.", fileName, limit / (1024 * 1024)));
                }
                bytes.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new DataFileException(fileName + " could not be read: " + e.getMessage() + ".", List.of(), e);
        }
        return bytes.toByteArray();
    }
}
