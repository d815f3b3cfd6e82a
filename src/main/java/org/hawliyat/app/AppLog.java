package org.hawliyat.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Where the app's log goes (SLF4J, written by Logback). Nothing is logged until the program says
 * where ({@code resources/logback.xml} turns the log off): the desktop app and the command line
 * write to a rotating file in the app's data folder, and to standard error with {@code --debug};
 * tests stay quiet. Lines start with an ISO instant in UTC, the same on every computer.
 */
public final class AppLog {

    public static final String FILE_NAME = "hawliyat.log";
    /** One line: 2026-11-29T07:12:03.456Z WARN org.hawliyat.ui.search.SearchBar: Search failed, then the stack trace. */
    static final String PATTERN = "%d{\"yyyy-MM-dd'T'HH:mm:ss.SSS'Z'\", UTC} %-5level %logger: %machineMsg%n";
    private static final long MAX_FILE_BYTES = 1024 * 1024;
    private static final int FILES_KEPT = 5;

    private static volatile Path file;

    private AppLog() {
    }

    /**
     * Writes the log to {@value #FILE_NAME} in this folder (made if missing), rotated at 1 MiB with
     * five older files kept. Returns the file, or empty when the folder cannot be written: the app
     * then runs without a log file rather than not at all.
     */
    public static synchronized Optional<Path> toFolder(Path folder) {
        if (file != null) {
            return Optional.of(file);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (!Files.isWritable(folder)) {
            return Optional.empty();
        }
        LoggerContext context = context();
        Path target = folder.resolve(FILE_NAME);
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("file");
        appender.setFile(target.toString());
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(folder.resolve("hawliyat.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(FILES_KEPT);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(new FileSize(MAX_FILE_BYTES));
        trigger.start();
        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(encoder(context));
        appender.start();
        if (!appender.isStarted()) {
            return Optional.empty();
        }
        attach(appender);
        file = target;
        return Optional.of(target);
    }

    /**
     * Sends what the JDK and JavaFX log through java.util.logging (CSS warnings, for instance) to
     * this log instead of their own console lines.
     */
    public static synchronized void captureJavaUtilLogging() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    /** Also writes the log to standard error ({@code --debug}). */
    public static synchronized void toStandardError() {
        LoggerContext context = context();
        if (root().getAppender("stderr") != null) {
            return;
        }
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("stderr");
        appender.setTarget("System.err");
        appender.setEncoder(encoder(context));
        appender.start();
        attach(appender);
        context.getLogger("org.hawliyat").setLevel(Level.DEBUG); // the app's own detail, not every library's
    }

    /** The log file, when the log is written to one. */
    public static Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Stops writing the log anywhere (tests: the log is global to the JVM). */
    static synchronized void detach() {
        Logger root = root();
        root.detachAndStopAllAppenders();
        root.setLevel(Level.OFF);
        context().getLogger("org.hawliyat").setLevel(null);
        file = null;
    }

    private static void attach(ch.qos.logback.core.Appender<ILoggingEvent> appender) {
        Logger root = root();
        root.addAppender(appender);
        if (root.getLevel() == null || root.getLevel().toInt() > Level.INFO.toInt()) {
            root.setLevel(Level.INFO);
        }
    }

    @SuppressWarnings("unchecked")
    private static PatternLayoutEncoder encoder(LoggerContext context) {
        Object registry = context.getObject(CoreConstants.PATTERN_RULE_REGISTRY);
        if (registry == null) {
            registry = new java.util.HashMap<String, String>();
            context.putObject(CoreConstants.PATTERN_RULE_REGISTRY, registry);
        }
        ((java.util.Map<String, String>) registry).put("machineMsg", MachineMessageConverter.class.getName());
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.setCharset(java.nio.charset.StandardCharsets.UTF_8);
        encoder.start();
        return encoder;
    }

    private static LoggerContext context() {
        return (LoggerContext) LoggerFactory.getILoggerFactory();
    }

    private static Logger root() {
        return context().getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
