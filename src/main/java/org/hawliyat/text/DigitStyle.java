package org.hawliyat.text;

/** Which digits numbers are written with in Arabic text (English always uses Western digits). */
public enum DigitStyle {
    /** 0123456789, the default (as in the source articles). */
    WESTERN,
    /** ٠١٢٣٤٥٦٧٨٩ (U+0660–U+0669). */
    ARABIC_INDIC;

    /** The text with its ASCII digits written in this style; everything else is left as it is. */
    public String apply(String western) {
        if (this == WESTERN) {
            return western;
        }
        StringBuilder converted = new StringBuilder(western.length());
        for (int i = 0; i < western.length(); i++) {
            char c = western.charAt(i);
            converted.append(c >= '0' && c <= '9' ? (char) ('٠' + (c - '0')) : c);
        }
        return converted.toString();
    }

    /** The number in this style, never with the machine locale's grouping or digits. */
    public String format(long value) {
        return apply(Long.toString(value));
    }
}
