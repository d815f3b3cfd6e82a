package org.hawliyat.store;

import java.util.List;
import org.hawliyat.model.validation.Problem;

/**
 * A save was refused because the record would break the catalogue (a reference that does not
 * resolve, a quote its article does not hold, a missing title, …): nothing was written. The
 * message is one sentence naming the record and the field of the first problem.
 */
public class InvalidEditException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidEditException(List<Problem> problems) {
        super(sentence(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order of the record's fields. */
    public List<Problem> problems() {
        return problems;
    }

    private static String sentence(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid edit has at least one problem");
        }
        String first = problems.get(0).describe();
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : "";
        return Character.toUpperCase(first.charAt(0)) + first.substring(1) + more + "; nothing was saved.";
    }
}
