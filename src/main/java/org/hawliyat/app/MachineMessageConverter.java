package org.hawliyat.app;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.hawliyat.model.AsciiDigits;

/**
 * A log message in ASCII digits. Libraries format their messages with the default locale (Flyway
 * writes «Successfully validated ٥ migrations» under Arabic); Hawliyat's own messages are machine
 * text already and are left exactly as they are.
 */
public final class MachineMessageConverter extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        String message = event.getFormattedMessage();
        String logger = event.getLoggerName();
        return logger != null && logger.startsWith("org.hawliyat.") ? message : AsciiDigits.toAscii(message);
    }
}
