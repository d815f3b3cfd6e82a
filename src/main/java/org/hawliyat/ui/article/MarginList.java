package org.hawliyat.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import org.hawliyat.model.Event;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.text.WrappedText;

/**
 * The article's events in reading order, in the margin beside its text: one entry per event, its
 * date and its title wrapped to the margin. An entry is chosen with a click, or from the keyboard
 * (Tab to it, the arrow keys between entries, Enter or Space).
 */
final class MarginList extends VBox {

    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");

    private final UiText text;
    private final Consumer<Event> onChosen;
    private final VBox entries = new VBox();
    private final Label heading = new Label();
    private List<Event> events = List.of();
    private Event active;

    MarginList(UiText text, Consumer<Event> onChosen) {
        this.text = text;
        this.onChosen = onChosen;
        getStyleClass().add("article-margin");
        setId("article-margin");
        heading.getStyleClass().add("article-margin-heading");
        heading.textProperty().bind(text.text("article.events"));
        entries.getStyleClass().add("article-margin-entries");
        ScrollPane scroll = new ScrollPane(entries);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("article-margin-scroll");
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(heading, scroll);
    }

    void show(List<Event> articleEvents) {
        this.events = List.copyOf(articleEvents);
        refresh();
    }

    /** Marks the entry of this event (or none). */
    void setActive(Event event) {
        this.active = event;
        for (Node entry : entries.getChildren()) {
            entry.pseudoClassStateChanged(ACTIVE, event != null && ((Event) entry.getUserData()).id().equals(event.id()));
        }
    }

    /** Builds the entries again, in the current language. */
    void refresh() {
        List<Node> built = new ArrayList<>();
        for (Event event : events) {
            built.add(entry(event));
        }
        entries.getChildren().setAll(built);
        setActive(active);
    }

    private Node entry(Event event) {
        Label date = new Label(text.dates().format(event.start()));
        date.getStyleClass().add("article-margin-date");
        UiText.Shown shown = text.show(event.title());
        WrappedText title = new WrappedText(shown.text().isEmpty() ? text.get("event.untitled") : shown.text());
        title.getStyleClass().add("article-margin-title");
        VBox entry = new VBox(date, title);
        entry.getStyleClass().add("article-margin-entry");
        entry.setUserData(event);
        entry.setFocusTraversable(true);
        entry.setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
        entry.setAccessibleText(date.getText() + " — " + title.getText());
        entry.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            entry.requestFocus();
            onChosen.accept(event);
        });
        entry.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            int at = entries.getChildren().indexOf(entry);
            switch (e.getCode()) {
                case ENTER, SPACE -> onChosen.accept(event);
                case DOWN -> focus(at + 1);
                case UP -> focus(at - 1);
                default -> {
                    return;
                }
            }
            e.consume();
        });
        return entry;
    }

    private void focus(int index) {
        if (index >= 0 && index < entries.getChildren().size()) {
            entries.getChildren().get(index).requestFocus();
        }
    }

    /** The entries' events, in order, for tests. */
    List<Event> events() {
        return events;
    }

}
