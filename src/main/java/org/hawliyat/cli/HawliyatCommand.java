package org.hawliyat.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.hawliyat.app.AppLog;
import org.hawliyat.app.Backups;
import org.hawliyat.app.Catalogues;
import org.hawliyat.app.DatabaseLocation;
import org.hawliyat.io.DataFileException;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.DamagedDatabaseException;
import org.hawliyat.store.InvalidEditException;
import org.hawliyat.store.StaleEditException;
import org.hawliyat.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hawliyat [--db PATH] [COMMAND]}: with no command it opens the desktop app; the commands
 * work without a display.
 */
@Command(name = "hawliyat", mixinStandardHelpOptions = true, versionProvider = HawliyatCommand.Version.class,
        description = "Hawliyat (حوليات): diplomatic history as a timeline. With no command, opens the desktop app.",
        subcommands = {ImportCommand.class, ExportCommand.class, ListCommand.class, SearchCommand.class, CheckCommand.class,
                EditCommand.class, HistoryCommand.class, RenderCommand.class, BenchCommand.class, DatesCommand.class,
                BackupCommand.class,
                BackupsCommand.class,
                RestoreCommand.class,
                CommandLine.HelpCommand.class})
public final class HawliyatCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(HawliyatCommand.class);

    @Option(names = "--db", paramLabel = "PATH", scope = CommandLine.ScopeType.INHERIT,
            description = "The database file (default: $HAWLIYAT_DB, else $XDG_DATA_HOME/hawliyat/hawliyat.db,"
                    + " else ~/.local/share/hawliyat/hawliyat.db).")
    String db;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of an error, and the log, on standard error.")
    boolean debug;

    private final Consumer<Path> desktop;

    /** @param desktop opens the desktop app on a database file, when no command is given */
    public HawliyatCommand(Consumer<Path> desktop) {
        this.desktop = desktop;
    }

    @Override
    public Integer call() {
        desktop.accept(databaseFile());
        return ExitCodes.OK;
    }

    Path databaseFile() {
        return DatabaseLocation.resolve(db);
    }

    CatalogueStore openStore() {
        return Catalogues.open(databaseFile());
    }

    /** Standard output as bytes, for exports written exactly as encoded. */
    private java.io.OutputStream stdout = System.out;

    java.io.OutputStream stdout() {
        return stdout;
    }

    /** Runs the command line and returns its exit code; output goes to the given streams, as UTF-8. */
    public static int run(Consumer<Path> desktop, java.io.OutputStream stdout, java.io.OutputStream stderr,
                          String... args) {
        CheckedOutput checked = new CheckedOutput(stdout);
        PrintWriter out = utf8(checked);
        PrintWriter err = utf8(stderr);
        HawliyatCommand root = new HawliyatCommand(desktop);
        root.stdout = checked;
        CommandLine cli = new CommandLine(root);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // a query is any text: "-x" or "--" inside it is part of what is searched for, not an option
        cli.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
        cli.setExecutionStrategy(parseResult -> {
            if (root.debug) {
                AppLog.toStandardError();
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean debug = root.debug;
            LOG.info("Command {} refused or failed", commandLine.getCommandName(), e);
            if (e instanceof DataFileException) {
                err.println(e.getMessage());
                if (debug) {
                    e.printStackTrace(err);
                }
                return ExitCodes.INVALID_INPUT;
            }
            if (e instanceof StaleEditException || e instanceof InvalidEditException) {
                err.println(sentence(e.getMessage()));
                if (debug) {
                    e.printStackTrace(err);
                }
                return e instanceof StaleEditException ? ExitCodes.STALE : ExitCodes.INVALID_INPUT;
            }
            if (e instanceof StoreException) {
                err.println(sentence(e.getMessage()));
                if (e instanceof DamagedDatabaseException damaged) {
                    err.println(restoreAdvice(damaged));
                }
                if (debug) {
                    e.printStackTrace(err);
                }
                return ExitCodes.DATABASE;
            }
            if (e instanceof OutputException) {
                err.println(sentence(e.getMessage()));
                if (debug) {
                    e.printStackTrace(err);
                }
                return ExitCodes.OUTPUT;
            }
            if (e instanceof InvalidInputException) {
                err.println(e.getMessage());
                if (debug) {
                    e.printStackTrace(err);
                }
                return ExitCodes.INVALID_INPUT;
            }
            // not the data's fault nor the database's: a bug, told apart from exit 4 and logged in full
            LOG.error("Unexpected error in command {}", commandLine.getCommandName(), e);
            err.println("Hawliyat stopped on an unexpected error, a bug rather than a problem with your data: " + e
                    + AppLog.file().map(log -> ". The details are in the log, " + log + ".")
                            .orElse(debug ? "." : ". Run it again with --debug for the details."));
            if (debug) {
                e.printStackTrace(err);
            }
            return ExitCodes.BUG;
        });
        int code = cli.execute(args);
        out.flush(); // a PrintWriter keeps its write errors to itself: the stream under it remembers them
        try {
            checked.flush();
        } catch (java.io.IOException e) {
            // remembered by the stream
        }
        if (checked.failed() && (code == ExitCodes.OK || code == ExitCodes.OUTPUT)) {
            if (!checked.readerWentAway()) { // `hawliyat list | head` is not an error worth a sentence
                if (code == ExitCodes.OK) {
                    err.println(OutputException.STANDARD_OUTPUT);
                }
            }
            code = ExitCodes.OUTPUT;
        }
        err.flush();
        return code;
    }

    /** The command that puts the newest good copy back, or where copies would have been. */
    private static String restoreAdvice(DamagedDatabaseException damaged) {
        Backups backups = Backups.of(damaged.file());
        try {
            return backups.latestGood()
                    .map(b -> "To put back the newest good copy (" + b.time() + ", " + b.reason().word() + "), run: hawliyat --db "
                            + quoted(backups.database()) + " restore " + quoted(b.file()))
                    .orElse("No good copy of it was found in " + backups.folder()
                            + "; to put back a copy from elsewhere, run: hawliyat --db " + quoted(backups.database())
                            + " restore FILE");
        } catch (RuntimeException e) {
            LOG.info("Could not look for backups of {}", damaged.file(), e);
            return "To put back a copy, run: hawliyat --db " + quoted(backups.database()) + " restore FILE";
        }
    }

    private static String quoted(Path path) {
        String s = path.toString();
        return s.matches("[A-Za-z0-9_./:@%+=,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    static String sentence(String message) {
        String m = message == null ? "" : message.trim();
        return m.endsWith(".") ? m : m + ".";
    }

    /** Standard output as UTF-8, whatever the platform's default charset. */
    public static PrintWriter utf8(java.io.OutputStream stream) {
        return new PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = HawliyatCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Hawliyat " + (v == null ? "(development build)" : v)};
        }
    }
}
