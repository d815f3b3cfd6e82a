package org.hawliyat.model;

/** Small string helpers shared by the model records. */
final class Text {
    private Text() {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
