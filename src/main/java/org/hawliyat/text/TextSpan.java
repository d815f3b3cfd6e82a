package org.hawliyat.text;

/** A span of a string: character indices (UTF-16 units), end exclusive. */
public record TextSpan(int start, int end) {
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a span: " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    /** Whether the index lies inside the span. */
    public boolean contains(int index) {
        return index >= start && index < end;
    }

    /** Whether the two spans share at least one character. */
    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }
}
