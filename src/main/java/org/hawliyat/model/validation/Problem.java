package org.hawliyat.model.validation;

/**
 * One thing wrong with one record: which kind of record ({@code event}, {@code article}, …), its
 * position in its list (0-based, or -1 when unknown), its id when it has one, the field, and what is wrong.
 */
public record Problem(String recordKind, int index, String recordId, String field, String message) {

    /** "event "qa-kz-1993" field "date": "2023-02-30" is not a real date". */
    public String describe() {
        String record = recordId != null
                ? recordKind + " \"" + recordId + "\""
                : recordKind + " #" + (index + 1) + " (which has no id)";
        return record + ", field \"" + field + "\": " + message;
    }
}
