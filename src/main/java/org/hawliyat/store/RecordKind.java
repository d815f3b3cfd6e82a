package org.hawliyat.store;

import java.util.Locale;

/** The kinds of record whose changes the history keeps, by the name the history and the command line use. */
public enum RecordKind {
    EVENT, ARTICLE, TYPE, TOUR, COUNTRY, PLACE, PERSON, PERIOD;

    /** The kind's name in the history and on the command line: {@code event}, {@code country}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
