package org.hawliyat.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of parts separated by tabs, each part escaped (backslash, tab, newline) so that any
 * text survives: how a person's role or a source is written as one line of a field's value in the
 * history and in a draft.
 */
public final class TabbedParts {

    private TabbedParts() {
    }

    /** The parts on one line; a null part is written empty. */
    public static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            String part = parts[i] == null ? "" : parts[i];
            out.append(part.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"));
        }
        return out.toString();
    }

    /** The parts of a line {@link #join} wrote. */
    public static List<String> split(String line) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                part.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else if (c == '\t') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }
}
