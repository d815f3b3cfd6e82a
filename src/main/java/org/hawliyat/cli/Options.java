package org.hawliyat.cli;

import org.hawliyat.model.Language;
import org.hawliyat.model.PartialDate;

/** Parsing of option values shared by the commands; a bad value is invalid input (exit 3). */
final class Options {

    private Options() {
    }

    static Language language(String code) {
        try {
            return Language.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--lang: " + e.getMessage() + ".");
        }
    }

    static PartialDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(option + ": " + e.getMessage() + ".");
        }
    }

    /** A number as typed: 300 rather than 300.0. */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
