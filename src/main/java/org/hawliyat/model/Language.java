package org.hawliyat.model;

import java.util.Locale;

/** The two languages of the data and of the user interface. */
public enum Language {
    AR("ar", true), EN("en", false);

    private final String code;
    private final boolean rightToLeft;

    Language(String code, boolean rightToLeft) {
        this.code = code;
        this.rightToLeft = rightToLeft;
    }

    public String code() {
        return code;
    }

    public boolean isRightToLeft() {
        return rightToLeft;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public Language other() {
        return this == AR ? EN : AR;
    }

    /** The language with this code ({@code ar}, {@code en}), ignoring case. */
    public static Language fromCode(String code) {
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code == null ? "" : code.trim())) {
                return l;
            }
        }
        throw new IllegalArgumentException("\"" + code + "\" is not a language code (ar or en)");
    }
}
