package org.hawliyat.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hawliyat.model.Event;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.Tour;
import org.hawliyat.ui.common.Dialogs;
import org.hawliyat.ui.common.Styles;
import org.hawliyat.ui.common.UiText;

/**
 * Creates and edits one tour in edit mode: its title in both languages, its stops in order (add
 * the event selected in the window, move a stop up or down, remove it) and a note per stop.
 */
public final class TourEditor {

    private TourEditor() {
    }

    /**
     * @param tour the tour to edit, or null for a new one with this id
     * @param selectedEvent the window's selected event, which "add" appends
     * @param save called with the tour to save
     */
    public static void show(Window owner, UiText text, Tour tour, String newId, Map<String, Event> events,
                            Supplier<Event> selectedEvent, Consumer<Tour> save) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.get("tour.editor.title"));
        dialog.getDialogPane().setNodeOrientation(text.orientation());
        dialog.getDialogPane().setId("tour-editor");
        Styles.applyTo(dialog.getDialogPane());

        TextField titleAr = new TextField(tour == null ? "" : nullToEmpty(tour.title().ar()));
        TextField titleEn = new TextField(tour == null ? "" : nullToEmpty(tour.title().en()));
        titleAr.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        titleEn.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        titleAr.setId("tour-title-ar");
        titleEn.setId("tour-title-en");
        ObservableList<Tour.Stop> stops = FXCollections.observableArrayList(tour == null ? List.of() : tour.stops());
        ListView<Tour.Stop> list = new ListView<>(stops);
        list.setId("tour-stops");
        list.setPrefHeight(260);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Tour.Stop stop, boolean empty) {
                super.updateItem(stop, empty);
                Event event = stop == null ? null : events.get(stop.eventId());
                setText(empty || stop == null ? null : event == null ? stop.eventId()
                        : (getIndex() + 1) + ". " + text.dates().format(event.start()) + " — " + text.show(event.title()).text());
            }
        });
        TextField noteAr = new TextField();
        TextField noteEn = new TextField();
        noteAr.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        noteEn.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        noteAr.setId("tour-note-ar");
        noteEn.setId("tour-note-en");
        list.getSelectionModel().selectedItemProperty().addListener((o, before, stop) -> {
            noteAr.setText(stop == null ? "" : nullToEmpty(stop.note().ar()));
            noteEn.setText(stop == null ? "" : nullToEmpty(stop.note().en()));
        });
        Runnable keepNote = () -> {
            int at = list.getSelectionModel().getSelectedIndex();
            if (at >= 0) {
                Tour.Stop stop = stops.get(at);
                stops.set(at, new Tour.Stop(stop.eventId(), LocalizedText.of(noteAr.getText(), noteEn.getText())));
                list.getSelectionModel().select(at);
            }
        };
        noteAr.setOnAction(e -> keepNote.run());
        noteEn.setOnAction(e -> keepNote.run());
        noteAr.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                keepNote.run();
            }
        });
        noteEn.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                keepNote.run();
            }
        });

        Button add = button(text, "tour.add", "tour-add", () -> {
            Event event = selectedEvent.get();
            if (event != null) {
                stops.add(new Tour.Stop(event.id(), LocalizedText.EMPTY));
                list.getSelectionModel().selectLast();
            }
        });
        Button up = button(text, "tour.up", "tour-up", () -> move(list, stops, -1));
        Button down = button(text, "tour.down", "tour-down", () -> move(list, stops, 1));
        Button remove = button(text, "tour.remove", "tour-remove", () -> {
            int at = list.getSelectionModel().getSelectedIndex();
            if (at >= 0) {
                stops.remove(at);
            }
        });
        GridPane titles = new GridPane();
        titles.getStyleClass().add("dialog-grid");
        titles.addRow(0, new Label(text.get("edit.field.titleAr")), titleAr);
        titles.addRow(1, new Label(text.get("edit.field.titleEn")), titleEn);
        GridPane notes = new GridPane();
        notes.getStyleClass().add("dialog-grid");
        notes.addRow(0, new Label(text.get("tour.noteAr")), noteAr);
        notes.addRow(1, new Label(text.get("tour.noteEn")), noteEn);
        dialog.getDialogPane().setContent(new VBox(10, titles, list, new HBox(8, add, up, down, remove), notes));
        dialog.getDialogPane().setPrefWidth(640);
        ButtonType saveButton = new ButtonType(text.get("edit.save"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(saveButton, Dialogs.cancel(text));
        dialog.getDialogPane().lookupButton(saveButton).disableProperty().bind(
                titleAr.textProperty().isEmpty().and(titleEn.textProperty().isEmpty()));
        dialog.showAndWait().filter(saveButton::equals).ifPresent(chosen -> {
            keepNote.run();
            save.accept(new Tour(tour == null ? newId : tour.id(), LocalizedText.of(titleAr.getText(), titleEn.getText()),
                    new ArrayList<>(stops)));
        });
    }

    private static void move(ListView<Tour.Stop> list, ObservableList<Tour.Stop> stops, int by) {
        int at = list.getSelectionModel().getSelectedIndex();
        int to = at + by;
        if (at >= 0 && to >= 0 && to < stops.size()) {
            Tour.Stop stop = stops.remove(at);
            stops.add(to, stop);
            list.getSelectionModel().select(to);
        }
    }

    private static Button button(UiText text, String key, String id, Runnable action) {
        Button button = new Button(text.get(key));
        button.setId(id);
        button.setMnemonicParsing(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
