package org.hawliyat.ui;

import javafx.stage.Stage;
import org.hawliyat.testing.DefaultLocale;
import org.testfx.framework.junit5.Start;

/**
 * The window under the default locale the JVM started with: English in the main run, Arabic and
 * Turkish (with JavaFX itself started under them) in the build's locale executions.
 */
class StartupLocaleWindowSmokeTest extends WindowSmokeTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    DefaultLocale defaultLocale() {
        return null;
    }
}
