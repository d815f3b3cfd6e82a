package org.hawliyat;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;

import org.hawliyat.app.AppLog;
import org.hawliyat.app.DatabaseLocation;
import org.hawliyat.app.MachineLogFormat;
import org.hawliyat.cli.HawliyatCommand;
import org.hawliyat.ui.DesktopApp;

/**
 * The jar's main class. It does not extend {@code Application}, so that JavaFX can stay on the
 * class path; with no command it opens the desktop app.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (AppLog.toFolder(DatabaseLocation.appFolder().resolve("logs")).isPresent()) {
            AppLog.captureJavaUtilLogging();
        } else {
            MachineLogFormat.install(); // no log file: the JDK's lines stay on the console, readable everywhere
        }
        // the raw descriptor, not System.out: a PrintStream swallows write errors (a full disk, a closed pipe)
        int code = HawliyatCommand.run(DesktopApp::launch,
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), System.err, args);
        System.exit(code);
    }
}
