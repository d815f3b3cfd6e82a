package org.hawliyat.store.sqlite;

/** How thoroughly a database file is checked before it is used. */
public enum Verification {
    /**
     * SQLite's full {@code integrity_check}: also finds an index whose content no longer matches its
     * table (which {@code quick_check} misses and which makes reads silently lose rows); about a
     * second for 100,000 events.
     */
    FULL,
    /** SQLite's {@code quick_check}: the file's structure, without comparing indexes with tables. */
    QUICK,
    /** Only that it is an SQLite file of a version this one knows: for {@code check}, which reports the damage itself. */
    NONE
}
