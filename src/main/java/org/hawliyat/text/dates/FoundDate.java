package org.hawliyat.text.dates;

import org.hawliyat.model.PartialDate;

/**
 * A date found in a text: where it stands ({@code start} inclusive, {@code end} exclusive, in the
 * original text's characters), what it resolves to at the precision written, and why, in words.
 */
public record FoundDate(int start, int end, PartialDate date, boolean approximate, String reason) {
}
