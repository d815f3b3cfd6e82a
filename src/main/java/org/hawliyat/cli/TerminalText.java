package org.hawliyat.cli;

import org.hawliyat.model.TextRules;

/**
 * Text from the catalogue as a terminal shows it safely: control characters and the bidi
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are written as {@code <U+202E>},
 * so that a record cannot reorder or hide the rest of the line it is printed on. The marks that
 * Arabic text needs (U+200E, U+200F, U+061C) are kept.
 */
final class TerminalText {

    private TerminalText() {
    }

    static String safe(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hidden = (Character.getType(c) == Character.CONTROL && c != '\t')
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            if (hidden && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (hidden) {
                    out.append('<').append(TextRules.codePoint(c)).append('>');
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** A value on one line: quoted, with its line breaks and tabs written as \n and \t; "-" when absent. */
    static String quoted(String value) {
        if (value == null) {
            return "-";
        }
        return "\"" + safe(value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                .replace("\t", "\\t")) + "\"";
    }
}
