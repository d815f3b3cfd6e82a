package org.hawliyat.cli;

/** The command line's exit codes, which scripts rely on. */
public final class ExitCodes {
    public static final int OK = 0;
    /** An unexpected error: a bug in Hawliyat, not a problem with the input or the database (see the log). */
    public static final int BUG = 1;
    public static final int USAGE = 2;
    public static final int INVALID_INPUT = 3;
    /** The database, or where the output goes (a full disk, a closed pipe, a target that is not a file), cannot be used. */
    public static final int DATABASE = 4;
    public static final int OUTPUT = DATABASE;
    /** An edit was refused because the record changed since the version it named: nothing was changed. */
    public static final int STALE = 5;

    private ExitCodes() {
    }
}
