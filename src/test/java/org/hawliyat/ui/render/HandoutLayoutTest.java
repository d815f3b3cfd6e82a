package org.hawliyat.ui.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pagination of the handout's table, on made-up row heights. */
class HandoutLayoutTest {

    @Test
    void rowsFillThePagesInOrderAndNeverSplit() {
        // first page: 250 of room; further pages: 300
        List<HandoutLayout.Page> pages = HandoutLayout.paginate(250, 300, List.of(100.0, 100.0, 100.0, 150.0, 150.0, 10.0));
        assertThat(pages).containsExactly(
                new HandoutLayout.Page(1, 0, 2),
                new HandoutLayout.Page(2, 2, 4),
                new HandoutLayout.Page(3, 4, 6));
    }

    @Test
    void aRowThatFillsThePageExactlyStaysOnIt() {
        assertThat(HandoutLayout.paginate(200, 300, List.of(100.0, 100.0, 300.0)))
                .containsExactly(new HandoutLayout.Page(1, 0, 2), new HandoutLayout.Page(2, 2, 3));
    }

    @Test
    void noRowsIsOnePage() {
        assertThat(HandoutLayout.paginate(100, 300, List.of())).containsExactly(new HandoutLayout.Page(1, 0, 0));
    }

    @Test
    void aFirstPageWithoutRoomLeavesTheTableToTheNext() {
        assertThat(HandoutLayout.paginate(-20, 300, List.of(50.0)))
                .containsExactly(new HandoutLayout.Page(1, 0, 0), new HandoutLayout.Page(2, 0, 1));
    }

    @Test
    void aRowTallerThanAPageGetsAPageOfItsOwn() {
        assertThat(HandoutLayout.paginate(100, 300, List.of(50.0, 400.0, 50.0)))
                .containsExactly(new HandoutLayout.Page(1, 0, 1), new HandoutLayout.Page(2, 1, 2),
                        new HandoutLayout.Page(3, 2, 3));
    }

    @Test
    void aPageWithoutRoomIsAnError() {
        assertThatThrownBy(() -> HandoutLayout.paginate(100, 0, List.of(1.0))).isInstanceOf(IllegalArgumentException.class);
    }
}
