package org.hawliyat.ui;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.hawliyat.text.DateStyle;
import org.hawliyat.text.DigitStyle;
import org.hawliyat.text.MonthNaming;
import org.hawliyat.timeline.LaneMode;
import org.hawliyat.ui.common.Appearance;
import org.hawliyat.ui.common.TimelineSettings;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.timeline.TimeDirection;
import org.hawliyat.ui.timeline.TimelineView;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.hawliyat.model.Language;

/** File ▸ Quit, View ▸ Language ▸ العربية / English, Help ▸ About; labels follow the language. */
final class MainMenu extends MenuBar {

    MainMenu(UiText text, TimelineSettings settings, TimelineView timeline, Runnable quit, Runnable about) {
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
        view.getItems().add(new SeparatorMenuItem());
        view.getItems().addAll(timelineItems(text, settings, timeline));

        MenuItem aboutItem = item(text, "menu.help.about", "menu-about");
        aboutItem.setOnAction(e -> about.run());
        Menu help = menu(text, "menu.help", "menu-help");
        help.getItems().add(aboutItem);

        getMenus().setAll(file, view, help);
    }

    /** Zoom, lanes, Hijri row, month names, digits and direction of time. */
    private static List<MenuItem> timelineItems(UiText text, TimelineSettings settings, TimelineView timeline) {
        MenuItem zoomIn = item(text, "menu.view.zoomIn", "menu-zoom-in");
        zoomIn.setAccelerator(KeyCombination.keyCombination("Shortcut+Plus"));
        zoomIn.setOnAction(e -> timeline.zoomIn());
        MenuItem zoomOut = item(text, "menu.view.zoomOut", "menu-zoom-out");
        zoomOut.setAccelerator(KeyCombination.keyCombination("Shortcut+Minus"));
        zoomOut.setOnAction(e -> timeline.zoomOut());
        MenuItem fit = item(text, "menu.view.zoomFit", "menu-zoom-fit");
        fit.setAccelerator(KeyCombination.keyCombination("Shortcut+0"));
        fit.setOnAction(e -> timeline.zoomToFit());

        Menu lanes = choices(text, "menu.view.lanes", "menu-lanes", LaneMode.values(), settings.laneModeProperty(),
                mode -> "menu.view.lanes." + mode.name());
        Menu months = choices(text, "menu.view.months", "menu-months", MonthNaming.values(),
                partOf(settings.dateStyleProperty(), DateStyle::months, DateStyle::withMonths),
                naming -> "menu.view.months." + naming.name());
        Menu digits = choices(text, "menu.view.digits", "menu-digits", DigitStyle.values(),
                partOf(settings.dateStyleProperty(), DateStyle::digits, DateStyle::withDigits),
                style -> "menu.view.digits." + style.name());
        Menu direction = choices(text, "menu.view.direction", "menu-direction", TimeDirection.values(),
                settings.timeDirectionProperty(), d -> "menu.view.direction." + d.name());
        CheckMenuItem hijri = new CheckMenuItem();
        hijri.textProperty().bind(text.text("menu.view.hijri"));
        hijri.setId("menu-hijri");
        hijri.setMnemonicParsing(false);
        hijri.selectedProperty().bindBidirectional(settings.hijriAxisProperty());
        return List.of(zoomIn, zoomOut, fit, new SeparatorMenuItem(), lanes, hijri, months, digits, direction);
    }

    /** View ▸ Theme and View ▸ Text size, added after the timeline's items. */
    void addAppearance(UiText text, Appearance appearance) {
        Menu view = getMenus().stream().filter(menu -> "menu-view".equals(menu.getId())).findFirst().orElseThrow();
        Menu theme = choices(text, "menu.view.theme", "menu-theme", Appearance.Theme.values(), appearance.themeProperty(),
                value -> "menu.view.theme." + value.name());
        Menu size = choices(text, "menu.view.textSize", "menu-text-size", Appearance.TextSize.values(),
                appearance.textSizeProperty(), value -> "menu.view.textSize." + value.name());
        view.getItems().addAll(new SeparatorMenuItem(), theme, size);
    }

    /** One part of a date style as a property of its own, kept in step with the whole both ways. */
    private static <T> ObjectProperty<T> partOf(ObjectProperty<DateStyle> whole, Function<DateStyle, T> get,
                                                BiFunction<DateStyle, T, DateStyle> with) {
        ObjectProperty<T> part = new SimpleObjectProperty<>(get.apply(whole.get()));
        whole.addListener((o, before, after) -> part.set(get.apply(after)));
        part.addListener((o, before, after) -> whole.set(with.apply(whole.get(), after)));
        return part;
    }

    /** A submenu of radio items, one per value, kept in step with the property both ways. */
    private static <T> Menu choices(UiText text, String key, String id, T[] values, ObjectProperty<T> property,
                                    Function<T, String> labelKey) {
        Menu menu = menu(text, key, id);
        ToggleGroup group = new ToggleGroup();
        for (T value : values) {
            RadioMenuItem choice = new RadioMenuItem();
            choice.textProperty().bind(text.text(labelKey.apply(value)));
            choice.setId(id + "-" + value.toString().toLowerCase(java.util.Locale.ROOT));
            choice.setToggleGroup(group);
            choice.setUserData(value);
            choice.setMnemonicParsing(false);
            choice.setSelected(value == property.get());
            choice.setOnAction(e -> property.set(value));
            menu.getItems().add(choice);
        }
        property.addListener((o, before, after) -> group.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == after)
                .findFirst()
                .ifPresent(toggle -> toggle.setSelected(true)));
        return menu;
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
