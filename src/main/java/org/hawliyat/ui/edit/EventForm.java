package org.hawliyat.ui.edit;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.hawliyat.editing.EventDraft;
import org.hawliyat.model.ArticleInfo;
import org.hawliyat.model.Country;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventType;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.Participant;
import org.hawliyat.model.SourceRef;
import org.hawliyat.app.CatalogueContents;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.text.Orientations;
import org.hawliyat.ui.text.WrappedText;

/**
 * The form that edits one event, every field of it: type (or a new one), start and end dates each
 * with its precision (as typed: 1993, 1993-07 or 1993-07-01), "approximate" and a note, title and
 * summary in both languages, countries, place, people with their roles, and sources. It validates
 * as the editor types (ControlsFX {@link ValidationSupport}, messages in the window's language) and
 * cannot be saved while anything is wrong.
 */
public final class EventForm extends VBox {

    private static final KeyCombination SAVE_KEY = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final UiText text;
    private final CatalogueContents catalogue;
    private final EventDraft initial;
    private final List<EventType> newTypes = new ArrayList<>();

    private final ComboBox<EventType> type = new ComboBox<>();
    private final TextField start = new TextField();
    private final CheckBox approximate = new CheckBox();
    private final TextField note = new TextField();
    private final TextField end = new TextField();
    private final CheckBox endApproximate = new CheckBox();
    private final TextField endNote = new TextField();
    private final TextField titleAr = new TextField();
    private final TextField titleEn = new TextField();
    private final ParagraphInput summaryAr;
    private final ParagraphInput summaryEn;
    private final Map<String, CheckBox> countries = new LinkedHashMap<>();
    private final ComboBox<String> place = new ComboBox<>();
    private final VBox people = new VBox();
    private final VBox sources = new VBox();
    private final VBox problemList = new VBox();
    /** Each field's box, by the name problems use for it, to show the first problem beside its field. */
    private final Map<String, VBox> fieldBoxes = new LinkedHashMap<>();
    private WrappedText besideField;
    private final Button save = new Button();
    private final ValidationSupport validation = new ValidationSupport();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    /** Where a notice about the form goes (the event changed elsewhere, a draft was restored), above its fields. */
    private final VBox notices = new VBox();
    /** The fields, in a scroll pane of their own: the form fills the pane it is shown in, its actions always in view. */
    private final VBox body = new VBox();

    private Consumer<EventForm> onSave = form -> { };
    private Runnable onCancel = () -> { };
    private Runnable onChange = () -> { };

    public EventForm(UiText text, CatalogueContents catalogue, EventDraft initial, boolean isNew) {
        this.text = text;
        this.catalogue = catalogue;
        this.initial = initial;
        getStyleClass().add("event-form");
        setId("event-form");
        body.getStyleClass().add("event-form-body");
        summaryAr = new ParagraphInput(text.get("edit.preview"), NodeOrientation.RIGHT_TO_LEFT);
        summaryEn = new ParagraphInput(text.get("edit.preview"), NodeOrientation.LEFT_TO_RIGHT);

        Label heading = new Label(text.get(isNew ? "edit.heading.new" : "edit.heading.edit"));
        heading.getStyleClass().add("form-heading");
        notices.getStyleClass().add("form-notices");
        notices.setId("form-notices");
        body.getChildren().addAll(heading, notices);

        buildType();
        body.getChildren().add(field("type", "edit.field.type", "form-type", FormParts.row(type, button("edit.newType", "form-new-type", this::newType))));
        approximate.setText(text.get("edit.field.approximate"));
        endApproximate.setText(text.get("edit.field.approximate"));
        body.getChildren().add(field("date", "edit.field.date", "form-date", FormParts.row(FormParts.grow(start), approximate)));
        body.getChildren().add(field("edit.field.dateNote", "form-date-note", note));
        body.getChildren().add(field("end", "edit.field.end", "form-end", FormParts.row(FormParts.grow(end), endApproximate)));
        body.getChildren().add(field("edit.field.endNote", "form-end-note", endNote));
        start.setPromptText("1993-07-01");
        end.setPromptText(text.get("edit.field.endPrompt"));
        titleAr.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        titleEn.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        body.getChildren().add(field("title", "edit.field.titleAr", "form-title-ar", titleAr));
        body.getChildren().add(field("edit.field.titleEn", "form-title-en", titleEn));
        body.getChildren().add(field("edit.field.summaryAr", "form-summary-ar", summaryAr));
        body.getChildren().add(field("edit.field.summaryEn", "form-summary-en", summaryEn));
        body.getChildren().add(field("edit.field.countries", "form-countries", countryBoxes()));
        buildPlace();
        body.getChildren().add(field("edit.field.place", "form-place", place));
        body.getChildren().add(field("edit.field.people", "form-people",
                new VBox(people, button("edit.addPerson", "form-add-person", () -> addPerson(null)))));
        body.getChildren().add(field("edit.field.sources", "form-sources",
                new VBox(sources, button("edit.addSource", "form-add-source", () -> addSource(null)))));

        problemList.getStyleClass().add("form-problems");
        problemList.setId("form-problems");
        save.setText(text.get("edit.save"));
        save.setId("form-save");
        save.setDefaultButton(false);
        save.getStyleClass().add("form-save");
        save.setOnAction(e -> requestSave());
        Button cancel = button("edit.cancel", "form-cancel", () -> onCancel.run());
        HBox actions = new HBox(save, cancel);
        actions.getStyleClass().add("form-actions");
        body.getChildren().add(problemList);
        // the fields scroll; Save and Cancel stay in view under them
        ScrollPane fields = new ScrollPane(body);
        fields.setFitToWidth(true);
        fields.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        fields.getStyleClass().add("event-form-fields");
        fields.setId("form-fields");
        VBox.setVgrow(fields, Priority.ALWAYS);
        getChildren().addAll(fields, actions);
        FormParts.fillViewOfScrollPaneAround(this);

        // Ctrl+S (Cmd+S) saves from any field of the form
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE_KEY.match(e)) {
                e.consume();
                requestSave();
            }
        });
        load(initial);
        listen();
        registerValidation();
        refreshProblems();
    }

    public void setOnSave(Consumer<EventForm> handler) {
        this.onSave = handler;
    }

    public void setOnCancel(Runnable handler) {
        this.onCancel = handler;
    }

    /** Called after every change of any field (to keep a draft as the editor types). */
    public void setOnChange(Runnable handler) {
        this.onChange = handler;
    }

    /** Whether the form says something else than what it was opened with (an empty field is the same as a missing one). */
    public boolean isDirty() {
        return !initial.sameContent(draft());
    }

    /** Puts these values in the form (a restored draft); what it was opened with stays the base of the save. */
    public void fill(EventDraft values) {
        people.getChildren().clear();
        sources.getChildren().clear();
        countries.values().forEach(box -> box.setSelected(false));
        load(values);
        refreshProblems();
    }

    /** Shows a notice above the fields, replacing any earlier one (null removes it). */
    public void showNotice(Node notice) {
        if (notice == null) {
            notices.getChildren().clear();
        } else {
            notices.getChildren().setAll(notice);
        }
    }

    /** Saves the form as its Save button does, if it can be saved. */
    public void requestSave() {
        if (isValid()) {
            onSave.accept(this);
        }
    }

    /** Whether the form can be saved now. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }

    /** Types the editor created in this form; they are saved before the event. */
    public List<EventType> newTypes() {
        return List.copyOf(newTypes);
    }

    /** The event as it stands in the form; only call when {@link #isValid}. */
    public Event event() {
        return draft().toEvent(knownTypes());
    }

    /** The event as the form was opened with (its version is the one the save starts from). */
    public EventDraft initial() {
        return initial;
    }

    /** The problems in the window's language, in the order of the form. */
    public List<String> problemMessages() {
        return draft().problems(knownTypes()).stream()
                .map(p -> text.get(p.messageKey(), p.arguments().toArray()))
                .toList();
    }

    /** Adds a source citing this passage of an article ("cite selection for this event"). */
    public void addSource(SourceRef source) {
        SourceRow row = new SourceRow(source);
        sources.getChildren().add(row);
        refreshProblems();
    }

    // ---- building ----

    private void buildType() {
        List<EventType> types = new ArrayList<>(catalogue.timeline().types());
        type.getItems().setAll(types);
        type.setConverter(FormParts.converter(t -> text.show(t.name()).text()));
        type.setId("form-type-choice");
        type.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(type, Priority.ALWAYS);
    }

    private void buildPlace() {
        place.getItems().add("");
        Collator collator = Collator.getInstance(Locale.forLanguageTag(text.language().code()));
        catalogue.places().values().stream()
                .sorted(Comparator.comparing(p -> text.show(p.name()).text(), collator::compare))
                .forEach(p -> place.getItems().add(p.id()));
        place.setConverter(FormParts.converter(id -> id.isEmpty() ? text.get("edit.none")
                : catalogue.place(id).map(p -> text.show(p.name()).text()).orElse(id)));
        place.setMaxWidth(Double.MAX_VALUE);
        place.setId("form-place-choice");
    }

    private Node countryBoxes() {
        FlowPane boxes = new FlowPane();
        boxes.getStyleClass().add("form-countries");
        Collator collator = Collator.getInstance(Locale.forLanguageTag(text.language().code()));
        catalogue.countries().values().stream()
                .sorted(Comparator.comparing((Country c) -> text.show(c.name()).text(), collator::compare))
                .forEach(country -> {
                    CheckBox box = new CheckBox(text.show(country.name()).text());
                    box.setId("form-country-" + country.id());
                    box.setMnemonicParsing(false);
                    box.selectedProperty().addListener(o -> refreshProblems());
                    countries.put(country.id(), box);
                    boxes.getChildren().add(box);
                });
        return boxes;
    }

    private void load(EventDraft draft) {
        type.setValue(catalogue.type(draft.typeId()).orElse(null));
        start.setText(FormParts.nullToEmpty(draft.start()));
        approximate.setSelected(draft.approximate());
        note.setText(FormParts.nullToEmpty(draft.note()));
        end.setText(FormParts.nullToEmpty(draft.end()));
        endApproximate.setSelected(draft.endApproximate());
        endNote.setText(FormParts.nullToEmpty(draft.endNote()));
        titleAr.setText(FormParts.nullToEmpty(draft.titleAr()));
        titleEn.setText(FormParts.nullToEmpty(draft.titleEn()));
        summaryAr.setText(draft.summaryAr());
        summaryEn.setText(draft.summaryEn());
        draft.countryIds().forEach(id -> Optional.ofNullable(countries.get(id)).ifPresent(box -> box.setSelected(true)));
        place.setValue(draft.placeId() == null ? "" : draft.placeId());
        draft.people().forEach(this::addPerson);
        draft.sources().forEach(this::addSource);
    }

    private void listen() {
        for (TextInputControl input : List.of(start, note, end, endNote, titleAr, titleEn, summaryAr.area(), summaryEn.area())) {
            input.textProperty().addListener(o -> refreshProblems());
        }
        type.valueProperty().addListener(o -> refreshProblems());
        // a note is written in either language: its field reads in the direction of its text
        for (TextField free : List.of(note, endNote)) {
            followDirection(free);
            free.textProperty().addListener(o -> followDirection(free));
        }
    }

    private static void followDirection(TextField field) {
        field.setNodeOrientation(Orientations.of(field.getText(), NodeOrientation.INHERIT));
    }

    /** The form's values as a draft. */
    public EventDraft draft() {
        // the event's own order first (the boxes are sorted by name: reordering is not an edit), then new ones
        Set<String> checked = countries.entrySet().stream().filter(e -> e.getValue().isSelected())
                .map(Map.Entry::getKey).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        List<String> countryIds = new ArrayList<>(initial.countryIds().stream().filter(checked::contains).toList());
        checked.stream().filter(id -> !countryIds.contains(id)).forEach(countryIds::add);
        List<Participant> participants = people.getChildren().stream().map(PersonRow.class::cast)
                .map(PersonRow::participant).flatMap(Optional::stream).toList();
        List<SourceRef> refs = sources.getChildren().stream().map(SourceRow.class::cast)
                .map(SourceRow::source).flatMap(Optional::stream).toList();
        return new EventDraft(initial.id(), type.getValue() == null ? null : type.getValue().id(),
                start.getText(), approximate.isSelected(), note.getText(),
                end.getText(), endApproximate.isSelected(), endNote.getText(),
                titleAr.getText(), titleEn.getText(), summaryAr.getText(), summaryEn.getText(),
                countryIds, FormParts.emptyToNull(place.getValue()), participants, refs, initial.version(), initial.modified());
    }

    private Set<String> knownTypes() {
        Set<String> known = catalogue.types().keySet().stream().collect(Collectors.toSet());
        newTypes.forEach(t -> known.add(t.id()));
        return known;
    }

    // ---- validation ----

    private void registerValidation() {
        validation.registerValidator(type, false, (Control c, Object v) -> result(c, "type"));
        validation.registerValidator(start, false, (Control c, Object v) -> result(c, "date"));
        validation.registerValidator(end, false, (Control c, Object v) -> result(c, "end"));
        validation.registerValidator(titleAr, false, (Control c, Object v) -> result(c, "title"));
        validation.registerValidator(titleEn, false, (Control c, Object v) -> result(c, "title"));
    }

    private ValidationResult result(Control control, String field) {
        ValidationResult result = new ValidationResult();
        for (EventDraft.Problem problem : draft().problems(knownTypes())) {
            if (problem.field().equals(field)) {
                result = result.combine(ValidationResult.fromMessages(new org.controlsfx.validation.ValidationMessage() {
                    @Override
                    public String getText() {
                        return text.get(problem.messageKey(), problem.arguments().toArray());
                    }

                    @Override
                    public Severity getSeverity() {
                        return Severity.ERROR;
                    }

                    @Override
                    public Control getTarget() {
                        return control;
                    }
                }));
            }
        }
        return result;
    }

    private void refreshProblems() {
        List<EventDraft.Problem> problems = draft().problems(knownTypes());
        showFirstProblem(problems);
        List<String> messages = problems.stream().map(p -> text.get(p.messageKey(), p.arguments().toArray())).toList();
        List<Node> lines = new ArrayList<>();
        for (String message : messages) {
            WrappedText line = new WrappedText(message);
            line.getStyleClass().add("form-problem");
            lines.add(line);
        }
        problemList.getChildren().setAll(lines);
        valid.set(messages.isEmpty());
        save.setDisable(!valid.get());
        validation.revalidate();
        onChange.run();
    }

    // ---- rows ----

    private void addPerson(Participant participant) {
        people.getChildren().add(new PersonRow(participant));
        refreshProblems();
    }

    /** One participant: who, and their role in both languages. */
    private final class PersonRow extends VBox {
        private final ComboBox<String> person = new ComboBox<>();
        private final TextField roleAr = new TextField();
        private final TextField roleEn = new TextField();

        PersonRow(Participant participant) {
            getStyleClass().add("form-person");
            catalogue.people().values().stream()
                    .sorted(Comparator.comparing(p -> text.show(p.name()).text()))
                    .forEach(p -> person.getItems().add(p.id()));
            person.setConverter(FormParts.converter(id -> catalogue.person(id).map(p -> text.show(p.name()).text()).orElse(id)));
            roleAr.setPromptText(text.get("edit.field.roleAr"));
            roleEn.setPromptText(text.get("edit.field.roleEn"));
            roleAr.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            roleEn.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
            person.valueProperty().addListener(o -> onChange.run());
            roleAr.textProperty().addListener(o -> onChange.run());
            roleEn.textProperty().addListener(o -> onChange.run());
            if (participant != null) {
                person.setValue(participant.personId());
                roleAr.setText(FormParts.nullToEmpty(participant.role().ar()));
                roleEn.setText(FormParts.nullToEmpty(participant.role().en()));
            }
            // who (and remove) on one line, the two roles on the next, each half the row: readable in a narrow pane
            person.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(person, Priority.ALWAYS);
            roleAr.setPrefColumnCount(8);
            roleEn.setPrefColumnCount(8);
            roleAr.setMaxWidth(Double.MAX_VALUE);
            roleEn.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(roleAr, Priority.ALWAYS);
            HBox.setHgrow(roleEn, Priority.ALWAYS);
            HBox who = new HBox(person, button("edit.remove", null, () -> {
                people.getChildren().remove(this);
                refreshProblems();
            }));
            who.getStyleClass().add("form-row");
            HBox roles = new HBox(roleAr, roleEn);
            roles.getStyleClass().add("form-row");
            getChildren().addAll(who, roles);
        }

        Optional<Participant> participant() {
            return person.getValue() == null ? Optional.empty()
                    : Optional.of(new Participant(person.getValue(), LocalizedText.of(roleAr.getText(), roleEn.getText())));
        }
    }

    /** One source: the article and the cited span, with its quote. */
    private final class SourceRow extends VBox {
        private final ComboBox<String> article = new ComboBox<>();
        private final TextField from = new TextField();
        private final TextField to = new TextField();
        private final WrappedText quote = new WrappedText();

        SourceRow(SourceRef source) {
            getStyleClass().add("form-source");
            catalogue.articles().values().stream().sorted(Comparator.comparing(ArticleInfo::title))
                    .forEach(a -> article.getItems().add(a.id()));
            article.setConverter(FormParts.converter(id -> catalogue.articleInfo(id).map(ArticleInfo::title).orElse(id)));
            article.setMaxWidth(Double.MAX_VALUE);
            from.setPrefColumnCount(5);
            to.setPrefColumnCount(5);
            article.valueProperty().addListener(o -> onChange.run());
            from.textProperty().addListener(o -> onChange.run());
            to.textProperty().addListener(o -> onChange.run());
            quote.getStyleClass().add("form-quote");
            if (source != null) {
                article.setValue(source.articleId());
                from.setText(Integer.toString(source.start()));
                to.setText(Integer.toString(source.end()));
                quote.setText(source.quote());
            }
            HBox span = new HBox(new Label(text.get("edit.field.span")), from, to, button("edit.remove", null, () -> {
                sources.getChildren().remove(this);
                refreshProblems();
            }));
            span.getStyleClass().add("form-row");
            getChildren().addAll(article, span, quote);
        }

        Optional<SourceRef> source() {
            try {
                return article.getValue() == null ? Optional.empty() : Optional.of(new SourceRef(article.getValue(),
                        Integer.parseInt(from.getText().strip()), Integer.parseInt(to.getText().strip()), quote.getText()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    private void newType() {
        NewTypeDialog.ask(getScene() == null ? null : getScene().getWindow(), text, catalogue).ifPresent(created -> {
            newTypes.add(created);
            type.getItems().add(created);
            type.setValue(created);
            refreshProblems();
        });
    }

    // ---- small parts ----

    private Node field(String key, String id, Node input) {
        Label label = new Label(text.get(key));
        label.getStyleClass().add("form-label");
        label.setLabelFor(input);
        VBox field = new VBox(label, input);
        field.getStyleClass().add("form-field");
        field.setId(id);
        return field;
    }

    /** A field whose problems (named {@code problemField} in {@link EventDraft.Problem}) are said beside it. */
    private Node field(String problemField, String key, String id, Node input) {
        VBox field = (VBox) field(key, id, input);
        fieldBoxes.putIfAbsent(problemField, field);
        return field;
    }

    /** The first problem, in words, right under its field (the list under the form has them all). */
    private void showFirstProblem(List<EventDraft.Problem> problems) {
        if (besideField != null && besideField.getParent() instanceof VBox box) {
            box.getChildren().remove(besideField);
        }
        besideField = null;
        if (problems.isEmpty()) {
            return;
        }
        EventDraft.Problem first = problems.get(0);
        VBox box = fieldBoxes.get(first.field());
        if (box != null) {
            besideField = new WrappedText(text.get(first.messageKey(), first.arguments().toArray()));
            besideField.getStyleClass().addAll("form-problem", "form-field-problem");
            besideField.setId("form-field-problem");
            box.getChildren().add(besideField);
        }
    }

    private Button button(String key, String id, Runnable action) {
        Button button = new Button(text.get(key));
        button.setMinWidth(Region.USE_PREF_SIZE); // a command is never cut to "…"
        if (id != null) {
            button.setId(id);
        }
        button.setMnemonicParsing(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** For tests: the inputs by field. */
    public TextField startField() {
        return start;
    }

    public TextField endField() {
        return end;
    }

    public TextField titleArField() {
        return titleAr;
    }

    public TextField titleEnField() {
        return titleEn;
    }

    public ParagraphInput summaryArInput() {
        return summaryAr;
    }

    public ComboBox<EventType> typeChoice() {
        return type;
    }

    public Button saveButton() {
        return save;
    }

    public BooleanProperty approximateProperty() {
        return approximate.selectedProperty();
    }
}
