package org.hawliyat.model;

/** How much of a date is known: a date's ISO form is as long as its precision. */
public enum DatePrecision {
    YEAR, MONTH, DAY
}
