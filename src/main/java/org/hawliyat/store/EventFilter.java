package org.hawliyat.store;

import org.hawliyat.model.PartialDate;

/**
 * Which events to list: those overlapping the range from {@code from} to {@code to} (each at any
 * precision, either open), of one type or of all.
 */
public record EventFilter(PartialDate from, PartialDate to, String typeId) {

    public static final EventFilter ALL = new EventFilter(null, null, null);
}
