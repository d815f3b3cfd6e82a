package org.hawliyat.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.PartialDate;
import org.hawliyat.model.Period;
import org.hawliyat.timeline.PeriodPacking.PlacedPeriod;
import org.hawliyat.timeline.TimelineData.PeriodBand;
import org.junit.jupiter.api.Test;

class PeriodPackingTest {

    @Test
    void noPeriodsNeedNoRows() {
        assertThat(PeriodPacking.of(List.of())).isEqualTo(PeriodPacking.EMPTY);
    }

    @Test
    void periodsOneAfterAnotherShareTheFirstRow() {
        PeriodPacking packing = PeriodPacking.of(List.of(band("a", 0, 10), band("b", 10, 20), band("c", 25, 30)));
        assertThat(packing.rowCount()).isEqualTo(1);
        assertThat(packing.placed()).extracting(PlacedPeriod::row).containsExactly(0, 0, 0);
    }

    @Test
    void anOverlappingPeriodTakesTheFirstFreeRow() {
        // an emir's reign across two presidents' terms, and a third term once the first row is free again
        PeriodPacking packing = PeriodPacking.of(List.of(
                band("emir", 0, 100), band("president-1", 10, 40), band("president-2", 40, 120), band("emir-2", 100, 130)));
        assertThat(packing.placed()).extracting(PlacedPeriod::row).containsExactly(0, 1, 1, 0);
        assertThat(packing.rowCount()).isEqualTo(2);
        assertThat(packing.placed()).extracting(p -> p.band().period().id())
                .containsExactly("emir", "president-1", "president-2", "emir-2");
    }

    @Test
    void noTwoPeriodsOfARowOverlap() {
        Random random = new Random(12);
        for (int round = 0; round < 200; round++) {
            List<PeriodBand> bands = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(12); i++) {
                double start = random.nextInt(1000);
                bands.add(band("p" + i, start, start + 1 + random.nextInt(300)));
            }
            bands.sort(Comparator.comparingDouble(PeriodBand::start));
            PeriodPacking packing = PeriodPacking.of(bands);
            for (PlacedPeriod a : packing.placed()) {
                assertThat(a.row()).isBetween(0, packing.rowCount() - 1);
                for (PlacedPeriod b : packing.placed()) {
                    if (a != b && a.row() == b.row()) {
                        assertThat(a.band().end() <= b.band().start() || b.band().end() <= a.band().start())
                                .as("%s and %s in row %d", a, b, a.row()).isTrue();
                    }
                }
            }
        }
    }

    private static PeriodBand band(String id, double start, double end) {
        Period period = new Period(id, LocalizedText.of(id, id), PartialDate.ofYear(2000), null, null, null, null);
        return new PeriodBand(period, start, end);
    }
}
