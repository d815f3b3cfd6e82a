package org.hawliyat.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hawliyat.model.Article;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventDate;
import org.hawliyat.model.Participant;
import org.hawliyat.model.SourceRef;
import org.hawliyat.ui.text.WrappedText;

/**
 * Everything about one event: title, type, date (precision, "approximate", note), countries,
 * place, people with their roles, summary, and the quoted passages of its sources. All text that
 * may wrap is a {@link WrappedText}; only single words and headings are labels.
 */
final class EventDetailPane extends ScrollPane {

    private final UiText text;
    private final VBox content = new VBox();
    private CatalogueContents catalogue;
    private Event event;

    EventDetailPane(UiText text) {
        this.text = text;
        getStyleClass().add("detail-scroll");
        content.getStyleClass().add("detail-pane");
        setContent(content);
        setFitToWidth(true); // the paragraphs wrap to the pane's width instead of widening it
        setHbarPolicy(ScrollBarPolicy.NEVER);
        showNothing();
        text.languageProperty().addListener((observable, before, after) -> refresh());
    }

    /** Shows this event of that catalogue, or a hint when {@code event} is null. */
    void show(CatalogueContents catalogueContents, Event shownEvent) {
        this.catalogue = catalogueContents;
        this.event = shownEvent;
        refresh();
    }

    /** Builds the pane again, in the current language. */
    private void refresh() {
        if (catalogue == null || event == null) {
            showNothing();
            return;
        }
        List<Node> parts = new ArrayList<>();
        parts.add(titleRow());
        catalogue.type(event.typeId())
                .ifPresent(type -> parts.add(styled(new Label(text.show(type.name()).text()), "detail-type")));
        parts.add(section("detail.when", dateParts()));
        countryNames().ifPresent(names -> parts.add(valueSection("detail.countries", names)));
        placeName().ifPresent(place -> parts.add(valueSection("detail.place", place)));
        if (!event.people().isEmpty()) {
            parts.add(section("detail.people", event.people().stream().map(this::personLine).toList()));
        }
        UiText.Shown summary = text.show(event.summary());
        if (!summary.text().isEmpty()) {
            WrappedText summaryText = paragraph(summary.text(), "detail-summary");
            parts.add(section("detail.summary", List.of(withTag(summaryText, summary))));
        }
        if (!event.sources().isEmpty()) {
            parts.add(section("detail.sources", event.sources().stream().map(this::sourceBlock).toList()));
        }
        content.getChildren().setAll(parts);
        setVvalue(0);
    }

    private void showNothing() {
        content.getChildren().setAll(paragraph(text.get("detail.none"), "detail-placeholder"));
    }

    private Node titleRow() {
        UiText.Shown title = text.show(event.title());
        String shown = title.text().isEmpty() ? text.get("event.untitled") : title.text();
        WrappedText titleText = paragraph(shown, "detail-title");
        titleText.setId("detail-title");
        return withTag(titleText, title);
    }

    private List<Node> dateParts() {
        List<Node> parts = new ArrayList<>();
        WrappedText when = paragraph(text.dates().span(event.start(), event.end()), "detail-date");
        when.setId("detail-date");
        parts.add(when);
        List<String> qualities = new ArrayList<>();
        qualities.add(text.get("detail.precision." + event.start().precision().name()));
        if (event.start().approximate() || (event.end() != null && event.end().approximate())) {
            qualities.add(text.get("detail.approximate"));
        }
        parts.add(paragraph(String.join(text.get("list.separator"), qualities), "detail-date-quality"));
        for (EventDate date : event.end() == null ? List.of(event.start()) : List.of(event.start(), event.end())) {
            if (date.note() != null) {
                parts.add(paragraph(date.note(), "detail-note"));
            }
        }
        return parts;
    }

    private Optional<String> countryNames() {
        List<String> names = event.countryIds().stream()
                .map(id -> catalogue.country(id).map(country -> text.show(country.name()).text()).orElse(id))
                .toList();
        return names.isEmpty() ? Optional.empty() : Optional.of(String.join(text.get("list.separator"), names));
    }

    private Optional<String> placeName() {
        return catalogue.place(event.placeId()).map(place -> {
            String name = text.show(place.name()).text();
            return catalogue.country(place.countryId())
                    .map(country -> text.get("detail.placeInCountry", name, text.show(country.name()).text()))
                    .orElse(name);
        });
    }

    private Node personLine(Participant participant) {
        String name = catalogue.person(participant.personId())
                .map(person -> text.show(person.name()).text())
                .orElse(participant.personId());
        String role = text.show(participant.role()).text();
        return paragraph(role.isEmpty() ? name : text.get("detail.personWithRole", name, role), "detail-value");
    }

    private Node sourceBlock(SourceRef source) {
        VBox block = new VBox();
        block.getStyleClass().add("source");
        block.getChildren().add(paragraph(source.quote(), "source-quote"));
        Optional<Article> article = catalogue.article(source.articleId());
        String citation = article
                .map(a -> a.outlet() == null ? a.title() : text.get("detail.citation", a.title(), a.outlet()))
                .orElseGet(() -> text.get("detail.missingArticle", source.articleId()));
        block.getChildren().add(paragraph(citation, "source-citation"));
        return block;
    }

    private Node valueSection(String headingKey, String value) {
        return section(headingKey, List.of(paragraph(value, "detail-value")));
    }

    private Node section(String headingKey, List<? extends Node> body) {
        VBox section = new VBox();
        section.getStyleClass().add("detail-section");
        section.getChildren().add(styled(new Label(text.get(headingKey)), "detail-heading"));
        section.getChildren().addAll(body);
        return section;
    }

    /** The paragraph followed by a small tag naming its language when it is a fallback. */
    private Node withTag(WrappedText paragraph, UiText.Shown shown) {
        if (!shown.isFallback()) {
            return paragraph;
        }
        HBox row = new HBox(paragraph, styled(new Label(shown.fallbackTag()), "fallback-tag"));
        row.getStyleClass().add("tagged-row");
        HBox.setHgrow(paragraph, Priority.ALWAYS);
        return row;
    }

    private static WrappedText paragraph(String value, String styleClass) {
        return styled(new WrappedText(Objects.requireNonNullElse(value, "")), styleClass);
    }

    private static <N extends Node> N styled(N node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }
}
