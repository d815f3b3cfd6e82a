package org.hawliyat.ui;

import javafx.stage.Stage;
import org.hawliyat.testing.DefaultLocale;
import org.testfx.framework.junit5.Start;

/** The window on a computer set to Arabic (Saudi Arabia, Qatar time), in every run of the tests. */
class ArabicLocaleWindowSmokeTest extends WindowSmokeTest {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    DefaultLocale defaultLocale() {
        return DefaultLocale.ARABIC;
    }
}
