package org.hawliyat.cli;

/** What a command writes could not be written (a full disk, a closed pipe, a target that is not a file): exit 4. */
final class OutputException extends RuntimeException {

    static final String STANDARD_OUTPUT =
            "Could not write everything to standard output (is the disk full, or was the reading program closed?);"
                    + " what was written is incomplete.";

    OutputException(String message, Throwable cause) {
        super(message, cause);
    }

    OutputException(String message) {
        super(message);
    }
}
