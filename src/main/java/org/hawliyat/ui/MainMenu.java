package org.hawliyat.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.hawliyat.model.Language;

/** File ▸ Quit, View ▸ Language ▸ العربية / English, Help ▸ About; labels follow the language. */
final class MainMenu extends MenuBar {

    MainMenu(UiText text, Runnable quit, Runnable about) {
        MenuItem quitItem = item(text, "menu.file.quit", "menu-quit");
        quitItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quitItem.setOnAction(e -> quit.run());
        Menu file = menu(text, "menu.file", "menu-file");
        file.getItems().add(quitItem);

        Menu language = menu(text, "menu.view.language", "menu-language");
        ToggleGroup languages = new ToggleGroup();
        for (Language each : Language.values()) {
            RadioMenuItem choice = new RadioMenuItem();
            choice.textProperty().bind(text.text("language." + each.code()));
            choice.setId("language-" + each.code());
            choice.setToggleGroup(languages);
            choice.setUserData(each);
            choice.setMnemonicParsing(false);
            choice.setSelected(each == text.language());
            choice.setOnAction(e -> text.languageProperty().set(each));
            language.getItems().add(choice);
        }
        // Keep the radio items right when the language is changed some other way.
        text.languageProperty().addListener((observable, before, after) -> languages.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == after)
                .findFirst()
                .ifPresent(toggle -> toggle.setSelected(true)));
        Menu view = menu(text, "menu.view", "menu-view");
        view.getItems().add(language);

        MenuItem aboutItem = item(text, "menu.help.about", "menu-about");
        aboutItem.setOnAction(e -> about.run());
        Menu help = menu(text, "menu.help", "menu-help");
        help.getItems().add(aboutItem);

        getMenus().setAll(file, view, help);
    }

    private static Menu menu(UiText text, String key, String id) {
        Menu menu = new Menu();
        menu.textProperty().bind(text.text(key));
        menu.setId(id);
        menu.setMnemonicParsing(false); // the labels are data from the bundles, not mnemonic patterns
        return menu;
    }

    private static MenuItem item(UiText text, String key, String id) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(text.text(key));
        item.setId(id);
        item.setMnemonicParsing(false);
        return item;
    }
}
