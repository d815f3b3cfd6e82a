package org.hawliyat.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {

    @Test
    void optionBeatsEnvironmentBeatsXdgBeatsHome() {
        Map<String, String> env = Map.of("HAWLIYAT_DB", "/env/h.db", "XDG_DATA_HOME", "/xdg");
        assertThat(DatabaseLocation.resolve("/opt/x.db", env, "/home/u")).isEqualTo(Path.of("/opt/x.db"));
        assertThat(DatabaseLocation.resolve(null, env, "/home/u")).isEqualTo(Path.of("/env/h.db"));
        assertThat(DatabaseLocation.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "/home/u"))
                .isEqualTo(Path.of("/xdg/hawliyat/hawliyat.db"));
        assertThat(DatabaseLocation.resolve(null, Map.of(), "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/hawliyat/hawliyat.db"));
        // the XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored
        assertThat(DatabaseLocation.resolve(null, Map.of("XDG_DATA_HOME", "rel"), "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/hawliyat/hawliyat.db"));
    }
}
