package org.hawliyat.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.hawliyat.model.Language;
import org.hawliyat.ui.common.Appearance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UiPreferencesTest {

    private Preferences node;
    private UiPreferences preferences;

    @BeforeEach
    void freshNode() {
        // Under the test node surefire names, never the user's own settings.
        node = Preferences.userRoot().node(System.getProperty(UiPreferences.NODE_PROPERTY, "hawliyat-test"))
                .node("ui-preferences-test");
        preferences = new UiPreferences(node);
        preferences.clear();
    }

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void arabicUntilAnotherLanguageIsChosen() {
        assertThat(preferences.language()).isEqualTo(Language.AR);
        preferences.setLanguage(Language.EN);
        assertThat(new UiPreferences(node).language()).isEqualTo(Language.EN);
    }

    @Test
    void anUnknownStoredLanguageFallsBackToArabic() {
        node.put("ui.language", "fr");
        assertThat(preferences.language()).isEqualTo(Language.AR);
    }

    @Test
    void theWindowIsRememberedWithItsMaximizedState() {
        assertThat(preferences.windowBounds()).isEmpty();
        assertThat(preferences.windowMaximized()).isFalse();
        preferences.setWindow(new Rectangle2D(10, 20, 900, 600), true);
        UiPreferences reread = new UiPreferences(node);
        assertThat(reread.windowBounds()).contains(new Rectangle2D(10, 20, 900, 600));
        assertThat(reread.windowMaximized()).isTrue();
    }

    @Test
    void theTestsUseTheirOwnNode() {
        assertThat(System.getProperty(UiPreferences.NODE_PROPERTY)).isEqualTo("hawliyat-test");
    }

    @Test
    void paneSizesAreRememberedAndNonsenseIsIgnored() {
        assertThat(preferences.dividerPositions("bottom", 2)).isEmpty();
        preferences.setDividerPositions("bottom", new double[] {0.3, 0.6});
        assertThat(new UiPreferences(node).dividerPositions("bottom", 2)).hasValueSatisfying(
                positions -> assertThat(positions).containsExactly(0.3, 0.6));
        assertThat(preferences.dividerPositions("bottom", 1)).isEmpty(); // another layout
        node.put("dividers.bottom", "0.7,0.2");
        assertThat(preferences.dividerPositions("bottom", 2)).isEmpty(); // out of order
        node.put("dividers.bottom", "abc");
        assertThat(preferences.dividerPositions("bottom", 2)).isEmpty();
    }

    @Test
    void theArticleSizeIsRememberedWithinBounds() {
        assertThat(preferences.articleFontSize().get()).isEqualTo(16);
        preferences.articleFontSize().set(22);
        assertThat(new UiPreferences(node).articleFontSize().get()).isEqualTo(22);
        node.putDouble("article.fontSize", 1000);
        assertThat(new UiPreferences(node).articleFontSize().get()).isEqualTo(16);
    }

    @Test
    void themeAndTextSizeAreRememberedAndNonsenseFallsBack() {
        assertThat(preferences.appearance().themeProperty().get()).isEqualTo(Appearance.Theme.LIGHT);
        preferences.appearance().themeProperty().set(Appearance.Theme.DARK);
        preferences.appearance().textSizeProperty().set(Appearance.TextSize.LARGER);
        UiPreferences again = new UiPreferences(node);
        assertThat(again.appearance().themeProperty().get()).isEqualTo(Appearance.Theme.DARK);
        assertThat(again.appearance().textSizeProperty().get()).isEqualTo(Appearance.TextSize.LARGER);
        node.put("ui.theme", "PURPLE");
        assertThat(new UiPreferences(node).appearance().themeProperty().get()).isEqualTo(Appearance.Theme.LIGHT);
    }
}
