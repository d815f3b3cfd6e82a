package org.hawliyat.ui.text;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.NodeOrientation;
import org.junit.jupiter.api.Test;

class OrientationsTest {

    @Test
    void aTextInTheOtherDirectionReadsInItsOwn() {
        assertThat(Orientations.forText("Last great Roman-Persian War.", NodeOrientation.RIGHT_TO_LEFT))
                .isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(Orientations.forText("إقامة العلاقات (معدّل)", NodeOrientation.LEFT_TO_RIGHT))
                .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
    }

    @Test
    void aTextInTheWindowsDirectionOrWithoutLettersInheritsIt() {
        assertThat(Orientations.forText("إقامة العلاقات", NodeOrientation.RIGHT_TO_LEFT)).isEqualTo(NodeOrientation.INHERIT);
        assertThat(Orientations.forText("Relations", NodeOrientation.LEFT_TO_RIGHT)).isEqualTo(NodeOrientation.INHERIT);
        assertThat(Orientations.forText("1993", NodeOrientation.RIGHT_TO_LEFT)).isEqualTo(NodeOrientation.INHERIT);
        assertThat(Orientations.forText("", NodeOrientation.RIGHT_TO_LEFT)).isEqualTo(NodeOrientation.INHERIT);
    }
}
