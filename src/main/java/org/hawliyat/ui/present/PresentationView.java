package org.hawliyat.ui.present;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.control.Label;

import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hawliyat.model.Event;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.SourceRef;
import org.hawliyat.timeline.TimelineData;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.text.WrappedText;
import org.hawliyat.ui.timeline.TimelineKeys;
import org.hawliyat.ui.timeline.TimelineView;

/**
 * What a class sees on the projector: the timeline across the top and the current event as a large
 * card (title, date in words, summary, a short quote from its source, the tour's note), with the
 * progress ("5 / 13"). The keys follow time: → and ← step through the events (mirrored in
 * right-to-left, where ← goes later), as do PageDown and PageUp, Space and Backspace, which is
 * what presentation clickers send; Home and End go to the first and last; Esc leaves.
 */
public final class PresentationView extends BorderPane {

    /** The longest quote the card shows; a longer one is cut at a word and ends in "…". */
    static final int QUOTE_LIMIT = 220;

    /** One step of the presentation: an event and, on a tour, its note. */
    public record Stop(Event event, LocalizedText note) {
    }

    private final UiText text;
    private final List<Stop> stops;
    private final LocalizedText tourTitle;
    private final TimelineView timeline = new TimelineView();
    private final VBox card = new VBox();
    private final Label progress = new Label();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private Runnable onLeave = () -> { };

    public PresentationView(UiText text, TimelineData data, List<Stop> stops, LocalizedText tourTitle, int first) {
        this.text = text;
        this.stops = List.copyOf(stops);
        this.tourTitle = tourTitle;
        getStyleClass().add("presentation");
        setId("presentation");
        setFocusTraversable(true);

        timeline.setId("presentation-timeline");
        timeline.languageProperty().bind(text.languageProperty());
        timeline.dateStyleProperty().bind(text.dateStyleProperty());
        timeline.setMessages(text::get);
        timeline.setData(data);
        // one lane: every event fits the projector's short timeline, and the current one is always drawn
        timeline.setLaneMode(org.hawliyat.timeline.LaneMode.SINGLE);
        timeline.setFocusTraversable(false);
        // tall enough for a row of label each for events close in time (2022 and 2023 had badges)
        timeline.setPrefHeight(340);
        timeline.setMinHeight(200);

        card.getStyleClass().add("presentation-card");
        card.setId("presentation-card");
        progress.getStyleClass().add("presentation-progress");
        progress.setId("presentation-progress");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label tour = new Label(tourTitle == null ? "" : text.show(tourTitle).text());
        tour.getStyleClass().add("presentation-tour");
        HBox footer = new HBox(tour, spring, progress);
        footer.getStyleClass().add("presentation-footer");

        setTop(timeline);
        setCenter(card);
        setBottom(footer);
        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        setOnMouseClicked(e -> step(e.getButton() == MouseButton.SECONDARY ? -1 : 1));
        go(Math.max(0, Math.min(first, this.stops.size() - 1)));
        // The first card was made before the view had a scene, so before the projector's type
        // sizes reached its words; on X11 its words were then drawn over each other (issue 13),
        // most likely because the first frame lays the scene out from inside its layout pass (the
        // new timeline's marker pictures are snapshots, see MarkerStamps). Made again once the
        // view is in its scene, it is laid out as every later card is.
        sceneProperty().addListener((o, before, after) -> {
            if (after != null && before == null && index.get() >= 0 && index.get() < this.stops.size()) {
                showCard(this.stops.get(index.get()));
            }
        });
    }

    /** Called when the presenter leaves (Esc or F5). */
    public void setOnLeave(Runnable handler) {
        this.onLeave = handler;
    }

    /** The current stop's position, 0 for the first. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public Optional<Event> current() {
        int at = index.get();
        return at < 0 || at >= stops.size() ? Optional.empty() : Optional.of(stops.get(at).event());
    }

    public TimelineView timeline() {
        return timeline;
    }

    /** One step later (+1) or earlier (-1) in the presentation's order, staying within it. */
    public void step(int by) {
        go(Math.max(0, Math.min(stops.size() - 1, index.get() + by)));
    }

    public void go(int at) {
        if (stops.isEmpty()) {
            card.getChildren().setAll(paragraph(text.get("present.empty"), "presentation-summary"));
            progress.setText("");
            return;
        }
        index.set(at);
        Stop stop = stops.get(at);
        showCard(stop);
        progress.setText(text.digits(text.get("present.progress", at + 1, stops.size()))); // the reader's digits
        timeline.setSelectedEvent(stop.event());
        timeline.centreSelected();
    }

    private void showCard(Stop stop) {
        Event event = stop.event();
        UiText.Shown title = text.show(event.title());
        WrappedText heading = paragraph(title.text().isEmpty() ? text.get("event.untitled") : title.text(),
                "presentation-title");
        heading.setId("presentation-title");
        WrappedText date = paragraph(text.dates().span(event.start(), event.end()), "presentation-date");
        card.getChildren().setAll(date, heading);
        UiText.Shown summary = text.show(event.summary());
        if (!summary.text().isEmpty()) {
            card.getChildren().add(paragraph(summary.text(), "presentation-summary"));
        }
        event.sources().stream().findFirst().map(SourceRef::quote).map(PresentationView::shortQuote)
                .ifPresent(quote -> {
                    // the bar is on a box, not on the paragraph: a TextFlow is never mirrored, so its border would not be
                    VBox box = new VBox(paragraph(text.get("present.quote", quote), "presentation-quote"));
                    box.getStyleClass().add("presentation-quote-box");
                    card.getChildren().add(box);
                });
        UiText.Shown note = text.show(stop.note());
        if (!note.text().isEmpty()) {
            card.getChildren().add(paragraph(note.text(), "presentation-note"));
        }
    }

    /** The quote cut at a word near the limit, so that a card never overflows with a long passage. */
    static String shortQuote(String quote) {
        String q = quote.strip();
        if (q.length() <= QUOTE_LIMIT) {
            return q;
        }
        int cut = q.lastIndexOf(' ', QUOTE_LIMIT);
        return q.substring(0, cut > QUOTE_LIMIT / 2 ? cut : QUOTE_LIMIT).strip() + " …";
    }

    private void keys(KeyEvent e) {
        int arrow = TimelineKeys.stepInTime(e.getCode(), timeline.isTimeRightToLeft());
        if (arrow != 0) {
            step(arrow); // the arrows read as on the timeline: toward later times as they are drawn
            e.consume();
            return;
        }
        switch (e.getCode()) {
            case PAGE_DOWN, SPACE, DOWN, ENTER, N -> step(1);
            case PAGE_UP, BACK_SPACE, UP, P -> step(-1);
            case HOME -> go(0);
            case END -> go(stops.size() - 1);
            case ESCAPE, F5 -> onLeave.run();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private static WrappedText paragraph(String value, String styleClass) {
        WrappedText paragraph = new WrappedText(value);
        paragraph.getStyleClass().add(styleClass);
        return paragraph;
    }

}
