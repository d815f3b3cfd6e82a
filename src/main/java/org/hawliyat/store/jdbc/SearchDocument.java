package org.hawliyat.store.jdbc;

/**
 * One record's row of the search index: its analysed terms in three weighted parts (title, the
 * names it refers to, body), each a space-separated list of index terms.
 */
public record SearchDocument(String kind, String recordId, String title, String names, String body) {
}
