package org.hawliyat.app;

/**
 * Who the history names for a change: the name the editor gave (in the preferences, or with
 * {@code --editor}), else the operating system's user name. Never blank.
 */
public final class EditorName {

    /** When not even the operating system knows who is working. */
    static final String UNKNOWN = "unknown";

    private EditorName() {
    }

    /** The given name without surrounding spaces, else the operating system user, else {@value #UNKNOWN}. */
    public static String resolve(String given) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? UNKNOWN : user.strip();
    }
}
