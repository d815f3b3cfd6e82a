package org.hawliyat.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the catalogue's database file is: {@code --db PATH}, else {@code HAWLIYAT_DB}, else
 * {@code $XDG_DATA_HOME/hawliyat/hawliyat.db}, else {@code ~/.local/share/hawliyat/hawliyat.db}.
 */
public final class DatabaseLocation {

    public static final String ENV_DB = "HAWLIYAT_DB";

    private DatabaseLocation() {
    }

    public static Path resolve(String dbOption, Map<String, String> env, String userHome) {
        if (dbOption != null && !dbOption.isBlank()) {
            return Path.of(dbOption);
        }
        String fromEnv = env.get(ENV_DB);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return appFolder(env, userHome).resolve("hawliyat.db");
    }

    /** The app's own data folder: {@code $XDG_DATA_HOME/hawliyat}, else {@code ~/.local/share/hawliyat}. */
    public static Path appFolder(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_DATA_HOME");
        Path dataHome = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : Path.of(userHome, ".local", "share");
        return dataHome.resolve("hawliyat");
    }

    public static Path appFolder() {
        return appFolder(System.getenv(), System.getProperty("user.home"));
    }

    public static Path resolve(String dbOption) {
        return resolve(dbOption, System.getenv(), System.getProperty("user.home"));
    }
}
