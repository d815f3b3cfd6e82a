package org.hawliyat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final Rectangle2D PRIMARY = new Rectangle2D(0, 0, 1920, 1040);
    private static final Rectangle2D SECOND = new Rectangle2D(1920, 0, 1280, 1000);
    private static final List<Rectangle2D> SCREENS = List.of(PRIMARY, SECOND);

    @Test
    void nothingSavedCentresTheDefaultSizeOnThePrimaryScreen() {
        assertThat(WindowPlacement.place(Optional.empty(), 1200, 800, SCREENS, PRIMARY))
                .isEqualTo(new Rectangle2D(360, 120, 1200, 800));
    }

    @Test
    void aWindowWhollyOnAScreenStaysWhereItWas() {
        Rectangle2D saved = new Rectangle2D(2000, 50, 1000, 700);
        assertThat(WindowPlacement.place(Optional.of(saved), 1200, 800, SCREENS, PRIMARY)).isEqualTo(saved);
    }

    @Test
    void aWindowHangingOffItsScreenIsPulledBackOntoIt() {
        Rectangle2D saved = new Rectangle2D(2900, 600, 1000, 700); // mostly on the second screen, past its end
        assertThat(WindowPlacement.place(Optional.of(saved), 1200, 800, SCREENS, PRIMARY))
                .isEqualTo(new Rectangle2D(2200, 300, 1000, 700));
    }

    @Test
    void aWindowOnAScreenThatIsGoneComesBackCentredOnThePrimary() {
        Rectangle2D saved = new Rectangle2D(5000, 100, 800, 600);
        assertThat(WindowPlacement.place(Optional.of(saved), 1200, 800, SCREENS, PRIMARY))
                .isEqualTo(new Rectangle2D(560, 220, 800, 600));
    }

    @Test
    void aWindowLargerThanItsScreenIsShrunkToIt() {
        Rectangle2D saved = new Rectangle2D(-100, -50, 3000, 2000);
        assertThat(WindowPlacement.place(Optional.of(saved), 1200, 800, List.of(PRIMARY), PRIMARY)).isEqualTo(PRIMARY);
    }
}
