package org.hawliyat.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.edit.Editing;
import org.hawliyat.ui.exchange.DataExchange;
import org.hawliyat.ui.model.WindowModel;

/**
 * The window's commands as one set of {@link WindowAction}s (label, shortcut, when usable), and the
 * Edit, Go and Present menus, File ▸ Print, the edit-mode toggle and the details' edit buttons made
 * from them. Edit actions are usable only in edit mode, which a read-only database never enters.
 */
final class WindowMenus {

    private final UiText text;
    private final WindowModel model;
    private final Presenting presenting;

    private final WindowAction undo;
    private final WindowAction redo;
    private final WindowAction redoAlt;
    private final WindowAction editMode;
    private final List<WindowAction> changes;
    private final WindowAction trash;
    private final List<WindowAction> articles;
    private final WindowAction editorName;
    private final List<WindowAction> panes;
    private final List<WindowAction> finding;
    private final WindowAction present;
    private final WindowAction newTour;
    private final WindowAction print;
    private final WindowAction importData;
    private final List<WindowAction> exports;
    /** Made once: buttons made from an action stay tied to it (ControlsFX listens on the action for them). */
    private Node detailButtons;

    WindowMenus(UiText text, WindowModel model, Editing editing, EditCommands commands, WindowNavigation navigation,
                Presenting presenting, Runnable print, DataExchange exchange) {
        this.text = text;
        this.model = model;
        this.presenting = presenting;
        BooleanExpression inEditMode = model.editModeProperty();
        undo = action("menu.edit.undo", "Shortcut+Z", editing::undo)
                .enabledWhen(inEditMode.and(editing.canUndoProperty()));
        redo = action("menu.edit.redo", "Shortcut+Shift+Z", editing::redo)
                .enabledWhen(inEditMode.and(editing.canRedoProperty()));
        redoAlt = action("menu.edit.redoAlt", "Shortcut+Y", editing::redo)
                .enabledWhen(inEditMode.and(editing.canRedoProperty()));
        editMode = WindowAction.toggle(text, "menu.edit.mode", "Shortcut+E", model.editModeProperty())
                .enabledWhen(Bindings.createBooleanBinding(() -> !model.isReadOnly()))
                .describedBy(text.text(model.isReadOnly() ? "edit.mode.readOnly" : "edit.mode.tip"));
        changes = List.of(
                action("menu.edit.new", "Shortcut+N", commands::newEvent),
                action("menu.edit.edit", "F2", commands::editSelected), // also a scene filter: see MainWindow
                action("menu.edit.duplicate", "Shortcut+D", commands::duplicateSelected),
                action("menu.edit.delete", "Shortcut+Delete", commands::deleteSelected));
        trash = action("menu.edit.trash", "Shortcut+Shift+T", commands::showTrash);
        articles = List.of(
                action("menu.edit.newArticle", "Shortcut+Shift+N", commands::newArticle),
                action("menu.edit.articleDetails", "Shortcut+Shift+I", commands::editArticleDetails));
        changes.forEach(a -> a.enabledWhen(inEditMode));
        trash.enabledWhen(inEditMode);
        articles.forEach(a -> a.enabledWhen(inEditMode));
        editorName = action("menu.edit.editorName", null, commands::askEditorName);

        panes = List.of(
                action("menu.go.timeline", "Shortcut+1", navigation::timeline),
                action("menu.go.events", "Shortcut+2", navigation::events),
                action("menu.go.details", "Shortcut+3", navigation::details),
                action("menu.go.article", "Shortcut+4", navigation::article),
                action("menu.go.articles", "Shortcut+5", navigation::articles));
        finding = List.of(
                action("menu.go.search", "Shortcut+K", navigation::search),
                action("menu.go.find", "Shortcut+F", navigation::find),
                action("menu.go.copyCitation", "Shortcut+Shift+C", navigation::copyCitation));

        present = action("menu.present.start", "F5", () -> presenting.present(null));
        newTour = action("menu.present.newTour", "Shortcut+Shift+R", () -> presenting.editTour(null))
                .enabledWhen(inEditMode);
        this.print = action("menu.file.print", "Shortcut+P", print);
        importData = action("menu.file.import", "Shortcut+Shift+O", exchange::chooseAndImport)
                .enabledWhen(Bindings.createBooleanBinding(() -> !model.isReadOnly()));
        exports = List.of(
                action("menu.file.export.json", null, () -> exchange.export(DataExchange.ExportFormat.JSON)),
                action("menu.file.export.csv", null, () -> exchange.export(DataExchange.ExportFormat.CSV)),
                action("menu.file.export.timelinejs", null, () -> exchange.export(DataExchange.ExportFormat.TIMELINEJS)),
                action("menu.file.export.timelinejsCsv", null,
                        () -> exchange.export(DataExchange.ExportFormat.TIMELINEJS_CSV)),
                action("menu.file.export.pdf", null, () -> exchange.export(DataExchange.ExportFormat.PDF)),
                action("menu.file.export.png", null, () -> exchange.export(DataExchange.ExportFormat.PNG)));
    }

    private WindowAction action(String key, String accelerator, Runnable command) {
        return new WindowAction(text, key, accelerator, command);
    }

    private static Menu menu(UiText text, String key, String id) {
        Menu menu = new Menu();
        menu.textProperty().bind(text.text(key));
        menu.setId(id);
        return menu;
    }

    /** Undo and redo, edit mode, the event commands, the trash, articles, the editor's name. */
    Menu editMenu() {
        Menu menu = menu(text, "menu.edit", "menu-edit");
        menu.getItems().addAll(undo.menuItem(), redo.menuItem(), new SeparatorMenuItem(),
                editMode.menuItem(), new SeparatorMenuItem());
        changes.forEach(a -> menu.getItems().add(a.menuItem()));
        menu.getItems().addAll(new SeparatorMenuItem(), trash.menuItem(), new SeparatorMenuItem());
        articles.forEach(a -> menu.getItems().add(a.menuItem()));
        menu.getItems().addAll(new SeparatorMenuItem(), editorName.menuItem());
        return menu;
    }

    /**
     * Keys that do what a menu item does without an item of their own: Ctrl+Y redoes, as Redo
     * (Ctrl+Shift+Z) does; one Redo in the menu, not two.
     */
    void installKeys(Scene scene) {
        scene.getAccelerators().put(redoAlt.getAccelerator(), () -> {
            if (!redoAlt.isDisabled()) {
                redoAlt.handle(new ActionEvent());
            }
        });
    }

    /** Moving between the panes from the keyboard, and the article's find and citation. */
    Menu goMenu() {
        Menu menu = menu(text, "menu.go", "menu-go");
        panes.forEach(a -> menu.getItems().add(a.menuItem()));
        menu.getItems().add(new SeparatorMenuItem());
        finding.forEach(a -> menu.getItems().add(a.menuItem()));
        return menu;
    }

    /** Present from here, play a tour; in edit mode, new tour and edit a tour. */
    Menu presentMenu() {
        Menu menu = menu(text, "menu.present", "menu-present");
        Menu play = menu(text, "menu.present.tour", "menu-present-tour");
        Menu editTour = menu(text, "menu.present.editTour", "menu-present-edit-tour");
        editTour.disableProperty().bind(model.editModeProperty().not());
        for (Menu tours : List.of(play, editTour)) {
            tours.getItems().add(new MenuItem()); // so that the submenu opens; it is filled each time the menu shows
        }
        menu.setOnShowing(e -> presenting.fillTourMenus(play, editTour));
        menu.getItems().addAll(present.menuItem(), play, new SeparatorMenuItem(), newTour.menuItem(), editTour);
        return menu;
    }

    /** File ▸ Import…, Export ▸, Print, put first in the File menu. */
    List<MenuItem> fileItems() {
        Menu export = menu(text, "menu.file.export", "menu-file-export");
        exports.forEach(a -> export.getItems().add(a.menuItem()));
        return List.of(importData.menuItem(), export, new SeparatorMenuItem(), print.menuItem(), new SeparatorMenuItem());
    }

    /** The toolbar's switch for edit mode: says whether it is on. */
    ToggleButton editToggle() {
        ToggleButton toggle = editMode.toggleButton(Bindings.when(model.editModeProperty())
                .then(text.text("edit.mode.on")).otherwise(text.text("edit.mode.off")), "edit-toggle");
        toggle.getStyleClass().add("edit-toggle");
        return toggle;
    }

    /** Edit, duplicate and delete beside the details (edit mode). */
    Node detailButtons() {
        if (detailButtons == null) {
            HBox buttons = new HBox(changes.get(1).button("detail.edit", "detail-edit"),
                    changes.get(2).button("detail.duplicate", "detail-duplicate"),
                    changes.get(3).button("detail.delete", "detail-delete"));
            buttons.getStyleClass().add("detail-edit-actions");
            detailButtons = buttons;
        }
        return detailButtons;
    }
}
