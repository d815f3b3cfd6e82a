package org.hawliyat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hawliyat.app.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backups", description = "List the copies of the database in its backups folder, newest first:"
        + " date (UTC), reason, events, file.")
final class BackupsCommand implements Callable<Integer> {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    @ParentCommand
    HawliyatCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array of objects with time, reason, events and file.")
    boolean json;

    @Override
    public Integer call() {
        Path db = root.databaseFile();
        Backups backups = Backups.of(db);
        List<Backups.Described> all = backups.describe();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < all.size(); i++) {
                Backups.Described d = all.get(i);
                b.append(i == 0 ? "\n" : ",\n").append("  {\"time\": \"").append(d.backup().time())
                        .append("\", \"reason\": \"").append(d.backup().reason().word())
                        .append("\", \"events\": ").append(d.events() < 0 ? "null" : Long.toString(d.events()))
                        .append(", \"file\": \"").append(jsonString(d.backup().file().toString())).append("\"}");
            }
            out.println(b.append(all.isEmpty() ? "]" : "\n]"));
            return ExitCodes.OK;
        }
        if (all.isEmpty()) {
            out.println("No backups of " + db.toAbsolutePath() + " in " + backups.folder() + ".");
            return ExitCodes.OK;
        }
        for (Backups.Described d : all) {
            String events = d.events() < 0 ? "unreadable" : d.events() + " events";
            out.println(DATE.format(d.backup().time()) + "  " + pad(d.backup().reason().word(), 14) + "  "
                    + pad(events, 14) + "  " + d.backup().file());
        }
        return ExitCodes.OK;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
