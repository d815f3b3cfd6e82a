package org.hawliyat.timeline;

import java.util.ArrayList;
import java.util.List;
import org.hawliyat.timeline.TimelineData.PeriodBand;

/**
 * The rows of the period strip: overlapping periods (an emir's reign, a president's term) take
 * separate rows, each in the first row that is free at its start. Bands are taken in the order
 * given, which {@link TimelineData#periods()} keeps by start.
 *
 * @param placed   every band with its row, in the order given
 * @param rowCount how many rows the strip needs (0 without periods)
 */
public record PeriodPacking(List<PlacedPeriod> placed, int rowCount) {

    public static final PeriodPacking EMPTY = new PeriodPacking(List.of(), 0);

    /** A band and its row of the strip, 0 for the first. */
    public record PlacedPeriod(PeriodBand band, int row) {
    }

    public PeriodPacking {
        placed = List.copyOf(placed);
    }

    public static PeriodPacking of(List<PeriodBand> bands) {
        List<PlacedPeriod> placed = new ArrayList<>(bands.size());
        List<Double> rowEnds = new ArrayList<>();
        for (PeriodBand band : bands) {
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) > band.start()) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(band.end());
            } else {
                rowEnds.set(row, band.end());
            }
            placed.add(new PlacedPeriod(band, row));
        }
        return new PeriodPacking(placed, rowEnds.size());
    }
}
