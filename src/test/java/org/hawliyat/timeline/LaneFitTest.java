package org.hawliyat.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LaneFitTest {

    /** Nine lanes: with n rows of labels each lane takes 1 + n rows at most; here 9, 12, 14 and 15 rows in all. */
    private static int rows(int n) {
        return switch (n) {
            case 1 -> 9;
            case 2 -> 12;
            case 3 -> 14;
            default -> 15;
        };
    }

    @Test
    void withRoomEveryLaneHasAllItsRowsAtTheComfortableHeight() {
        LaneFit fit = LaneFit.choose(LaneFitTest::rows, 4, 600, 26, 19);
        assertThat(fit.itemRows()).isEqualTo(4);
        assertThat(fit.rowHeight()).isEqualTo(26);
        assertThat(fit.contentHeight()).isEqualTo(15 * 26);
        assertThat(fit.scrolls()).isFalse();
        assertThat(fit.maxOffset()).isZero();
    }

    @Test
    void aShorterAreaShrinksRowsBeforeItTakesRowsOfLabelsAway() {
        LaneFit fit = LaneFit.choose(LaneFitTest::rows, 4, 300, 26, 19); // 15 rows of 20 px
        assertThat(fit.itemRows()).isEqualTo(4);
        assertThat(fit.rowHeight()).isEqualTo(20);
        assertThat(fit.scrolls()).isFalse();

        LaneFit fewer = LaneFit.choose(LaneFitTest::rows, 4, 240, 26, 19); // 15 x 19 > 240 ≥ 12 x 19
        assertThat(fewer.itemRows()).isEqualTo(2);
        assertThat(fewer.rowHeight()).isEqualTo(20);
        assertThat(fewer.scrolls()).isFalse();
    }

    @Test
    void whenNotEvenOneRowALaneFitsTheRowsKeepTheLeastHeightAndTheLanesScroll() {
        LaneFit fit = LaneFit.choose(LaneFitTest::rows, 4, 100, 26, 19);
        assertThat(fit.itemRows()).isEqualTo(1);
        assertThat(fit.rowHeight()).isEqualTo(19);
        assertThat(fit.contentHeight()).isEqualTo(9 * 19);
        assertThat(fit.scrolls()).isTrue();
        assertThat(fit.maxOffset()).isEqualTo(9 * 19 - 100);
    }

    @Test
    void offsetsStayWithinTheLanes() {
        LaneFit fit = LaneFit.choose(LaneFitTest::rows, 4, 100, 26, 19); // 171 px of lanes in 100
        assertThat(fit.clamp(-5)).isZero();
        assertThat(fit.clamp(500)).isEqualTo(71);
        assertThat(fit.clamp(Double.NaN)).isZero();
        assertThat(fit.scrolledBy(60, 40)).isEqualTo(71);
        assertThat(fit.scrolledBy(60, -40)).isEqualTo(20);
        LaneFit roomy = LaneFit.choose(LaneFitTest::rows, 4, 600, 26, 19);
        assertThat(roomy.scrolledBy(0, 40)).isZero();
    }

    @Test
    void revealingABandMovesAsLittleAsItCan() {
        LaneFit fit = LaneFit.choose(LaneFitTest::rows, 4, 100, 26, 19);
        // the last lane's row (152 to 171) from the top: scrolled until its bottom is at the bottom
        assertThat(fit.reveal(0, 152, 171)).isEqualTo(71);
        // already in view: no move
        assertThat(fit.reveal(30, 40, 59)).isEqualTo(30);
        // above the view: its top comes to the top
        assertThat(fit.reveal(60, 19, 38)).isEqualTo(19);
        // taller than the view: its top wins
        assertThat(fit.reveal(0, 20, 160)).isEqualTo(20);
    }

    @Test
    void theLeastRowIsNeverTallerThanTheComfortableOne() {
        LaneFit fit = LaneFit.choose(n -> 3, 4, 1000, 16, 19);
        assertThat(fit.rowHeight()).isEqualTo(16);
    }
}
