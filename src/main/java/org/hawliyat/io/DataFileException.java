package org.hawliyat.io;

import java.util.List;
import org.hawliyat.model.validation.Problem;

/**
 * A data file that cannot be imported: names the file, and where known the record, the field and
 * the line. Its message is one sentence for the user.
 */
public class DataFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public DataFileException(String message, List<Problem> problems, Throwable cause) {
        super(message, cause);
        this.problems = List.copyOf(problems);
    }

    public DataFileException(String message) {
        this(message, List.of(), null);
    }

    /** The individual problems found, when the file parsed but its records are wrong. */
    public List<Problem> problems() {
        return problems;
    }
}
