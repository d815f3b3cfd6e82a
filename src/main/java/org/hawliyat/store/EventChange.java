package org.hawliyat.store;

import java.time.Instant;

/** The latest recorded change of one event: its version after it, when and by whom. */
public record EventChange(String eventId, long version, Instant at, String editor) {
}
