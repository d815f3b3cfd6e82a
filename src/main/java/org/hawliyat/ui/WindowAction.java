package org.hawliyat.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCombination;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;
import org.hawliyat.ui.common.UiText;

/**
 * One command of the window: its label from the bundles (following the language), its shortcut,
 * and when it can be used. Menu items and buttons are made from it with ControlsFX's
 * {@link ActionUtils}, so that all of them say and allow the same.
 */
final class WindowAction extends Action {

    private final UiText text;
    /** The menu item's id: the message key with dots as dashes (tests and styles find items by it). */
    private final String id;
    private boolean toggle;

    WindowAction(UiText text, String key, String accelerator, Runnable command) {
        super(event -> command.run());
        this.text = text;
        this.id = key.replace('.', '-');
        textProperty().bind(text.text(key));
        if (accelerator != null) {
            setAccelerator(KeyCombination.keyCombination(accelerator));
        }
    }

    /** A switch: selected follows {@code state} both ways, and choosing the item flips it (nothing else to run). */
    static WindowAction toggle(UiText text, String key, String accelerator, BooleanProperty state) {
        WindowAction action = new WindowAction(text, key, accelerator, () -> { });
        action.selectedProperty().bindBidirectional(state);
        action.toggle = true;
        return action;
    }

    /** Usable only while {@code enabled} holds. */
    WindowAction enabledWhen(ObservableBooleanValue enabled) {
        disabledProperty().bind(Bindings.not(enabled));
        return this;
    }

    /** A longer description, shown as the button's tooltip. */
    WindowAction describedBy(ObservableStringValue description) {
        longTextProperty().bind(description);
        return this;
    }

    String id() {
        return id;
    }

    MenuItem menuItem() {
        return named(toggle ? ActionUtils.createCheckMenuItem(this) : ActionUtils.createMenuItem(this));
    }

    private MenuItem named(MenuItem item) {
        item.setId(id);
        item.setMnemonicParsing(false); // the labels are data from the bundles, not mnemonic patterns
        return item;
    }

    /** A button for the same command under another label (e.g. "Edit" beside the details). */
    Button button(String key, String buttonId) {
        Button button = ActionUtils.createButton(this);
        button.textProperty().unbind();
        button.textProperty().bind(text.text(key));
        button.setId(buttonId);
        button.setMnemonicParsing(false);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a command is never cut to "…"
        return button;
    }

    /** A toggle button for a switch, labelled by its state. */
    ToggleButton toggleButton(ObservableStringValue label, String buttonId) {
        ToggleButton button = ActionUtils.createToggleButton(this);
        button.textProperty().unbind();
        button.textProperty().bind(label);
        button.setId(buttonId);
        button.setMnemonicParsing(false);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return button;
    }
}
