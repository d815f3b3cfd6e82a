package org.hawliyat.ui;

import org.hawliyat.app.CatalogueContents;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hawliyat.model.ArticleInfo;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventDate;
import org.hawliyat.model.Language;
import org.hawliyat.model.PartialDate;
import org.hawliyat.model.Participant;
import org.hawliyat.model.SourceRef;
import org.hawliyat.reading.RelatedEvents;
import org.hawliyat.store.HistoryEntry;
import org.hawliyat.text.Citation;
import org.hawliyat.text.HijriWords;
import org.hawliyat.text.TextDirection;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.text.WrappedText;
import org.hawliyat.ui.timeline.TypeMarker;

/**
 * Everything about one event: title, type (with the timeline's colour and shape), date (in words,
 * its precision, "approximate" and why, the Hijri equivalent when the Hijri row is on), countries,
 * place, people with their roles, summary, each source's quoted passage with "open in article" and
 * "copy citation", and the related events, each a link. All text that may wrap is a
 * {@link WrappedText}; only single lines are labels.
 */
final class EventDetailPane extends ScrollPane {

    private final UiText text;
    private final BooleanProperty hijri;
    private final VBox content = new VBox();
    private CatalogueContents catalogue;
    private Event event;
    private BiConsumer<Event, SourceRef> onOpenPassage = (e, s) -> { };
    private Consumer<Event> onSelectEvent = e -> { };
    /** The editing actions shown above the details in edit mode (edit, duplicate, delete); null outside it. */
    private Node editActions;
    /** The shown event's recorded changes, oldest first, and what restoring a version does (edit mode). */
    private List<HistoryEntry> history = List.of();
    private LongConsumer onRestoreVersion;
    private boolean showingForm;

    EventDetailPane(UiText text, BooleanProperty hijri) {
        this.text = text;
        this.hijri = hijri;
        getStyleClass().add("detail-scroll");
        setId("detail-pane");
        content.getStyleClass().add("detail-pane");
        setContent(content);
        setFitToWidth(true); // the paragraphs wrap to the pane's width instead of widening it
        setHbarPolicy(ScrollBarPolicy.NEVER);
        showNothing();
        // an open form is not replaced (its window rebuilds it in the new language, keeping what was typed)
        text.languageProperty().addListener((observable, before, after) -> refreshUnlessForm());
        hijri.addListener((observable, before, after) -> refreshUnlessForm());
    }

    /** Called by "open in article" with the event and the source whose passage to show. */
    void setOnOpenPassage(BiConsumer<Event, SourceRef> handler) {
        this.onOpenPassage = handler;
    }

    /** Called when a related event is chosen. */
    void setOnSelectEvent(Consumer<Event> handler) {
        this.onSelectEvent = handler;
    }

    /** Shows this event of that catalogue, or a hint when {@code event} is null. */
    void show(CatalogueContents catalogueContents, Event shownEvent) {
        this.catalogue = catalogueContents;
        this.event = shownEvent;
        this.history = List.of();
        showingForm = false;
        refresh();
    }

    /** Shows a form in place of the details (editing); {@link #show} brings the details back. */
    void showForm(Node form) {
        showingForm = true;
        setContent(form);
        setVvalue(0);
    }

    boolean isShowingForm() {
        return showingForm;
    }

    /**
     * The editing actions to show above the details, or null to show none; and what restoring one
     * of the history's versions does (null outside edit mode).
     */
    void setEditing(Node actions, LongConsumer restoreVersion) {
        this.editActions = actions;
        this.onRestoreVersion = restoreVersion;
        if (!showingForm) {
            refresh();
        }
    }

    /** The shown event's recorded changes, read in the background after it was shown. */
    void showHistory(String eventId, List<HistoryEntry> entries) {
        if (event != null && event.id().equals(eventId) && !showingForm) {
            history = List.copyOf(entries);
            refresh();
        }
    }

    /** Builds the pane again, in the current language. */
    private void refreshUnlessForm() {
        if (!showingForm) {
            refresh();
        }
    }

    void refresh() {
        if (catalogue == null || event == null) {
            showNothing();
            return;
        }
        setContent(content);
        List<Node> parts = new ArrayList<>();
        if (editActions != null) {
            parts.add(editActions);
        }
        parts.add(titleRow());
        catalogue.type(event.typeId()).ifPresent(type -> parts.add(typeRow(text.show(type.name()).text())));
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
            List<Node> blocks = new ArrayList<>();
            for (int i = 0; i < event.sources().size(); i++) {
                blocks.add(sourceBlock(event.sources().get(i), i));
            }
            parts.add(section("detail.sources", blocks));
        }
        RelatedEvents related = RelatedEvents.of(event, catalogue.events());
        if (!related.isEmpty()) {
            parts.add(section("detail.related", relatedParts(related)));
        }
        if (!history.isEmpty()) {
            parts.add(section("detail.history", historyParts()));
        }
        content.getChildren().setAll(parts);
        setVvalue(0);
    }

    /**
     * When a version was saved, in the reader's time zone and in words of the app's language and
     * digits ("29 November 2026 09:43"), never in the default locale's: an ISO date would also be
     * cut at its hyphens into pieces that a right-to-left paragraph puts in reverse order.
     */
    private String savedAt(java.time.Instant at, DateTimeFormatter clock) {
        var local = at.atZone(ZoneId.systemDefault());
        return text.dates().format(PartialDate.of(local.toLocalDate())) + " " + text.digits(clock.format(local));
    }

    private static final java.util.regex.Pattern MACHINE_VALUE = java.util.regex.Pattern.compile("[0-9\\-:. ]+|true|false");

    /** A field of the history in the window's words («العنوان بالإنجليزية», "Title in English"), else its key. */
    private String fieldName(String field) {
        return text.fieldName(field);
    }

    /**
     * A date, a number or a flag from the history, kept in its own order inside Arabic text: JavaFX
     * shows 1993-07-01 as 01-07-1993 in a right-to-left line unless left-to-right marks enclose it.
     */
    private String machineValue(String value) {
        boolean machine = MACHINE_VALUE.matcher(value).matches();
        return machine && text.language().isRightToLeft() ? "\u200E" + value + "\u200E" : value;
    }

    /** One block per saved version, newest first: when, who, and each field's change. */
    private List<Node> historyParts() {
        Map<Long, List<HistoryEntry>> byVersion = new TreeMap<>(
                Comparator.reverseOrder());
        history.forEach(h -> byVersion.computeIfAbsent(h.version(), v -> new ArrayList<>()).add(h));
        DateTimeFormatter clock = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
        List<Node> parts = new ArrayList<>();
        for (var version : byVersion.entrySet()) {
            List<HistoryEntry> entries = version.getValue();
            VBox block = new VBox();
            block.getStyleClass().add("history-version");
            block.getChildren().add(paragraph(text.get("detail.history.version", text.digits(Long.toString(version.getKey())),
                    savedAt(entries.get(0).at(), clock), entries.get(0).editor()),
                    "history-heading"));
            for (HistoryEntry entry : entries) {
                block.getChildren().add(paragraph(text.get("detail.history.change", fieldName(entry.field()),
                        machineValue(shorten(entry.before())), machineValue(shorten(entry.after()))), "history-change"));
            }
            if (onRestoreVersion != null && version.getKey() < event.version() && version.getKey() > 0) {
                long restoreTo = version.getKey();
                Button restore = button("detail.history.restore", () -> onRestoreVersion.accept(restoreTo));
                restore.setId("restore-version-" + restoreTo);
                block.getChildren().add(restore);
            }
            parts.add(block);
        }
        return parts;
    }

    private String shorten(String value) {
        if (value == null) {
            return "—";
        }
        String oneLine = value.replace('\n', ' ').replace('\t', ' ');
        return oneLine.length() > 80 ? oneLine.substring(0, 79) + "…" : oneLine;
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

    private Node typeRow(String typeName) {
        Label name = styled(new Label(typeName), "detail-type-name");
        HBox badge = new HBox(new TypeMarker(catalogue.timeline().typeIndex(event.typeId())), name);
        badge.getStyleClass().add("detail-type");
        badge.setId("detail-type");
        HBox row = new HBox(badge); // the badge keeps its own width
        return row;
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
        if (hijri.get()) {
            HijriWords hijriWords = HijriWords.in(text.language(), text.dateStyleProperty().get());
            String start = hijriWords.equivalent(event.start().date()).orElse(null);
            String end = event.end() == null ? null : hijriWords.equivalent(event.end().date()).orElse(null);
            if (start != null) {
                String words = end == null || end.equals(start) ? start : text.get("date.span", start, end);
                WrappedText hijriLine = paragraph(text.get("detail.hijri", words), "detail-hijri");
                hijriLine.setId("detail-hijri");
                parts.add(hijriLine);
            }
        }
        for (EventDate date : event.end() == null ? List.of(event.start()) : List.of(event.start(), event.end())) {
            if (date.note() != null) {
                parts.add(withTag(paragraph(date.note(), "detail-note"), noteShown(date.note())));
            }
        }
        return parts;
    }

    /** A note is written in one language: tagged as such when that is not the window's. */
    private UiText.Shown noteShown(String note) {
        Language written = TextDirection.firstStrong(note).orElse(null) == TextDirection.RIGHT_TO_LEFT
                ? Language.AR : Language.EN;
        return new UiText.Shown(note, written == text.language() ? null : text.get("fallback." + written.code()));
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

    private Node sourceBlock(SourceRef source, int index) {
        VBox block = new VBox();
        block.getStyleClass().add("source");
        block.getChildren().add(paragraph(source.quote(), "source-quote"));
        Optional<ArticleInfo> article = catalogue.articleInfo(source.articleId());
        String citation = article
                .map(a -> a.outlet() == null ? a.title() : text.get("detail.citation", a.title(), a.outlet()))
                .orElseGet(() -> text.get("detail.missingArticle", source.articleId()));
        block.getChildren().add(paragraph(citation, "source-citation"));
        if (article.isPresent()) {
            Button open = button("detail.openInArticle", () -> onOpenPassage.accept(event, source));
            open.setId("open-in-article-" + index);
            Button copy = button("detail.copyCitation", () -> copy(Citation.in(text.language(),
                    text.dateStyleProperty().get()).of(article.get(), source.quote())));
            copy.setId("copy-citation-" + index);
            // side by side when the pane is wide enough, else one under the other: never cut to "…"
            javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(open, copy);
            actions.getStyleClass().add("source-actions");
            block.getChildren().add(actions);
        }
        return block;
    }

    private List<Node> relatedParts(RelatedEvents related) {
        List<Node> parts = new ArrayList<>();
        if (related.previous() != null) {
            parts.add(relatedGroup("detail.related.previous", List.of(related.previous())));
        }
        if (related.next() != null) {
            parts.add(relatedGroup("detail.related.next", List.of(related.next())));
        }
        if (!related.samePeople().isEmpty()) {
            parts.add(relatedGroup("detail.related.people", related.samePeople()));
        }
        if (!related.sameArticle().isEmpty()) {
            parts.add(relatedGroup("detail.related.article", related.sameArticle()));
        }
        if (!related.sameCountries().isEmpty()) {
            parts.add(relatedGroup("detail.related.countries", related.sameCountries()));
        }
        return parts;
    }

    private Node relatedGroup(String key, List<Event> events) {
        VBox group = new VBox(styled(new Label(text.get(key)), "related-heading"));
        group.getStyleClass().add("related-group");
        for (Event other : events) {
            UiText.Shown title = text.show(other.title());
            // one line, ellipsized when narrow: a Hyperlink never wraps, so the Arabic stays whole
            Hyperlink link = new Hyperlink(text.get("detail.related.entry", text.dates().format(other.start()),
                    title.text().isEmpty() ? text.get("event.untitled") : title.text()));
            link.getStyleClass().add("related-link");
            link.setMnemonicParsing(false);
            link.setMaxWidth(Double.MAX_VALUE);
            link.setTooltip(new javafx.scene.control.Tooltip(link.getText())); // the whole of it, when cut
            link.setUserData(other.id());
            link.setOnAction(e -> onSelectEvent.accept(other));
            group.getChildren().add(link);
        }
        return group;
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
        Label tag = styled(new Label(shown.fallbackTag()), "fallback-tag");
        tag.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the paragraph wraps; the chip is never cut to "…"
        HBox row = new HBox(paragraph, tag);
        row.getStyleClass().add("tagged-row");
        HBox.setHgrow(paragraph, Priority.ALWAYS);
        return row;
    }

    private Button button(String key, Runnable action) {
        Button button = new Button(text.get(key));
        button.getStyleClass().add("source-action");
        button.setMnemonicParsing(false);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void copy(String value) {
        ClipboardContent content = new ClipboardContent();
        content.putString(value);
        Clipboard.getSystemClipboard().setContent(content);
        onCopied.run();
    }

    private Runnable onCopied = () -> { };

    /** What to do after a citation is copied: the window says "Copied". */
    public void setOnCopied(Runnable action) {
        onCopied = action == null ? () -> { } : action;
    }

    private static WrappedText paragraph(String value, String styleClass) {
        return styled(new WrappedText(Objects.requireNonNullElse(value, "")), styleClass);
    }

    private static <N extends Node> N styled(N node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }
}
