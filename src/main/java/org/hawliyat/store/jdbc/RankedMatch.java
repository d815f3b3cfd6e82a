package org.hawliyat.store.jdbc;

/** A record that matches a query, and how well (higher is better). */
public record RankedMatch(String kind, String recordId, double score) {
}
