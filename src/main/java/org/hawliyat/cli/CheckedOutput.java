package org.hawliyat.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that remembers the first write error (a full disk, a closed pipe), which the
 * writers above it (a PrintWriter) would otherwise swallow, so the command line can exit 4.
 */
final class CheckedOutput extends FilterOutputStream {

    private IOException failure;

    CheckedOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remember(e);
        }
    }

    private IOException remember(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    boolean failed() {
        return failure != null;
    }

    /** The program reading the output closed it (`| head`): the rest was not wanted. */
    boolean readerWentAway() {
        return failure != null && String.valueOf(failure.getMessage()).contains("Broken pipe");
    }
}
