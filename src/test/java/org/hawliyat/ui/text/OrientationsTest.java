package org.hawliyat.ui.text;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.NodeOrientation;
import org.junit.jupiter.api.Test;

class OrientationsTest {

    @Test
    void aTextInTheOtherDirectionIsMarkedWithItsOwn() {
        assertThat(Orientations.inOwnDirection("Last great Roman-Persian War.", NodeOrientation.RIGHT_TO_LEFT))
                .isEqualTo("\u200ELast great Roman-Persian War.\u200E");
        assertThat(Orientations.inOwnDirection("إقامة العلاقات (معدّل)", NodeOrientation.LEFT_TO_RIGHT))
                .isEqualTo("\u200Fإقامة العلاقات (معدّل)\u200F");
    }

    @Test
    void aTextInTheNodesDirectionOrWithoutLettersIsLeftAlone() {
        assertThat(Orientations.inOwnDirection("إقامة العلاقات", NodeOrientation.RIGHT_TO_LEFT)).isEqualTo("إقامة العلاقات");
        assertThat(Orientations.inOwnDirection("Relations", NodeOrientation.LEFT_TO_RIGHT)).isEqualTo("Relations");
        assertThat(Orientations.inOwnDirection("1993", NodeOrientation.RIGHT_TO_LEFT)).isEqualTo("1993");
        assertThat(Orientations.inOwnDirection("", NodeOrientation.RIGHT_TO_LEFT)).isEmpty();
    }
}
