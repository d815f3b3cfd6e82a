package org.hawliyat.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Log lines that read the same on every computer: {@code 2026-11-29T06:38:22.123Z INFO logger: message}.
 * The JDK's own format writes the time in the default locale («نوفمبر ٢٩, ٢٠٢٦ ٩:٣٨:٢٣ ص» under
 * Arabic), which neither a script nor a bug report can read.
 */
public final class MachineLogFormat extends Formatter {

    /** Puts this format on every handler of the root logger (java.util.logging, which the JDK and JavaFX log to). */
    public static void install() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.setFormatter(new MachineLogFormat());
        }
    }

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(128)
                .append(record.getInstant()) // ISO-8601 in ASCII digits, UTC
                .append(' ').append(record.getLevel().getName()) // not getLocalizedName()
                .append(' ').append(record.getLoggerName() == null ? "-" : record.getLoggerName())
                .append(": ").append(message(record))
                .append(System.lineSeparator());
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        return line.toString();
    }

    /** The message with its {0} parameters filled in, never translated and with Locale.ROOT numbers. */
    private static String message(LogRecord record) {
        String message = record.getMessage() == null ? "" : record.getMessage();
        Object[] parameters = record.getParameters();
        if (parameters == null || parameters.length == 0 || !message.contains("{")) {
            return message;
        }
        try {
            return new MessageFormat(message, Locale.ROOT).format(parameters);
        } catch (IllegalArgumentException e) {
            return message;
        }
    }
}
