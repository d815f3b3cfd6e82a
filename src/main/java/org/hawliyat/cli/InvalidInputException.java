package org.hawliyat.cli;

/** An argument's value is wrong in a way the parser cannot see (exit code 3). */
final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidInputException(String message) {
        super(message);
    }
}
