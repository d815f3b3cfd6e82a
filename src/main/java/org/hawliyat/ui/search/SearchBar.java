package org.hawliyat.ui.search;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Popup;
import javafx.util.Duration;
import org.hawliyat.app.FacetCounts;
import org.hawliyat.model.Event;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.Participant;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.EventFilter;
import org.hawliyat.store.SearchHit;
import org.hawliyat.store.SearchQuery;
import org.hawliyat.text.search.SearchAnalyzer;
import org.hawliyat.app.CatalogueContents;
import org.hawliyat.ui.common.Styles;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.concurrent.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search field (Ctrl+K) with its ranked results under it, and the filter chips beside it:
 * type, country, person, date range and "has a source", each removable, each with its count. The
 * search runs in the background a moment after the last key; whatever was typed is taken literally.
 * Results are walked with ↑/↓ from the field and chosen with Enter or a click; Esc closes them.
 */
public final class SearchBar extends HBox {

    private static final Logger LOG = LoggerFactory.getLogger(SearchBar.class);

    /** How long typing must pause before the search runs: one search per word, not per key. */
    private static final Duration TYPING_PAUSE = Duration.millis(150);
    private static final int RESULT_LIMIT = 30;

    private final UiText text;
    private final TaskRunner tasks;
    private final CatalogueStore store;
    private final WindowFilter filter;
    private final TextField field = new TextField();
    private final SearchResults results;
    private final Popup popup = new Popup();
    private final PauseTransition pause = new PauseTransition(TYPING_PAUSE);
    private final MenuButton addFilter = new MenuButton();
    private final FlowPane chips = new FlowPane();
    private final Label count = new Label();
    private CatalogueContents catalogue;
    /** Counts searches, so that a slow one overtaken by a newer one is dropped. */
    private long searchCount;

    public SearchBar(UiText text, TaskRunner tasks, CatalogueStore store, WindowFilter filter,
                     Consumer<SearchHit> onChosen) {
        this.text = text;
        this.tasks = tasks;
        this.store = store;
        this.filter = filter;
        this.results = new SearchResults(text, hit -> {
            popup.hide();
            onChosen.accept(hit);
        });
        getStyleClass().add("search-bar");
        setId("search-bar");

        field.setId("search-field");
        field.getStyleClass().add("search-field");
        field.promptTextProperty().bind(text.text("search.prompt"));
        field.textProperty().addListener((o, before, after) -> pause.playFromStart());
        pause.setOnFinished(e -> search());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::fieldKeys);
        field.focusedProperty().addListener((o, before, focused) -> {
            if (focused && !results.hits().isEmpty() && !field.getText().isBlank()) {
                showPopup();
            }
        });

        results.getStylesheets().add(Styles.stylesheet()); // a popup has a scene of its own
        results.getStyleClass().add("root");
        popup.getContent().add(results);
        popup.setAutoHide(true);

        addFilter.setId("add-filter");
        addFilter.textProperty().bind(text.text("filter.add"));
        addFilter.getStyleClass().add("add-filter");
        addFilter.setMinWidth(Region.USE_PREF_SIZE); // the search field gives way, never the button's words
        addFilter.setOnShowing(e -> buildFilterMenu());
        // a placeholder, so that the button opens; the real items are built each time it opens
        addFilter.getItems().add(new MenuItem());

        chips.getStyleClass().add("filter-chips");
        chips.setId("filter-chips");
        HBox.setHgrow(chips, Priority.ALWAYS);
        count.setId("filter-count");
        count.getStyleClass().add("filter-count");
        count.setMinWidth(Label.USE_PREF_SIZE);
        CheckBox dim = new CheckBox();
        dim.setId("filter-dim");
        dim.textProperty().bind(text.text("filter.dim"));
        dim.selectedProperty().bindBidirectional(filter.dimProperty());
        dim.setMinWidth(CheckBox.USE_PREF_SIZE);

        getChildren().addAll(field, addFilter, chips, count, dim);
        filter.effectiveProperty().addListener((o, before, after) -> refreshChips());
        text.languageProperty().addListener((o, before, after) -> {
            refreshChips();
            if (!field.getText().isBlank()) {
                search();
            }
        });
    }

    /** The events and names the chips and counts come from. */
    public void setCatalogue(CatalogueContents contents) {
        this.catalogue = contents;
        refreshChips();
        if (!field.getText().isBlank()) {
            search();
        }
    }

    /** Puts the keyboard in the search field, its text selected. */
    public void focusSearch() {
        field.requestFocus();
        field.selectAll();
    }

    public TextField field() {
        return field;
    }

    /** Whether the last search failed (it is said in the results' place). */
    public boolean searchFailed() {
        return results.failed();
    }

    /** The results shown (for tests), and whether the list of them is open. */
    public List<SearchHit> hits() {
        return results.hits();
    }

    public boolean resultsShowing() {
        return popup.isShowing();
    }

    /** Runs the search for the field's text now (it otherwise runs a moment after typing stops). */
    public void search() {
        pause.stop();
        String typed = field.getText();
        long run = ++searchCount;
        if (typed.isBlank()) {
            popup.hide();
            results.show(List.of());
            filter.searchMatchesProperty().set(null);
            return;
        }
        EventFilter chipsNow = filter.chips();
        // titles and snippets in the language the query is written in (the window's when it cannot tell)
        SearchQuery query = SearchQuery.of(typed).withLimit(RESULT_LIMIT)
                .withLanguage(SearchAnalyzer.languageOf(typed, text.language()));
        if (!chipsNow.isAll() && catalogue != null) {
            query = query.withinEvents(catalogue.events().stream().filter(chipsNow::test).map(Event::id).toList());
        }
        SearchQuery asked = query;
        // a query with no word to search for (only punctuation or words such as «في») narrows nothing
        tasks.run(() -> asked.hasSearchableWords()
                ? new Found(store.search(asked), store.matchingEventIds(typed))
                : new Found(List.of(), null), found -> {
            if (run != searchCount) {
                return;
            }
            CatalogueContents shownFrom = catalogue;
            results.show(found.hits(), asked.language(), id -> shownFrom == null ? java.util.Optional.empty() : shownFrom.event(id));
            filter.searchMatchesProperty().set(found.eventIds());
            if (field.isFocused() || popup.isShowing()) {
                showPopup();
            }
        }, failure -> {
            if (run == searchCount) {
                LOG.warn("Search failed", failure); // the reader gets one sentence, not "nothing found"
                results.showFailure();
                showPopup();
            }
        });
    }

    private record Found(List<SearchHit> hits, Set<String> eventIds) {
    }

    private void fieldKeys(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> {
                if (!popup.isShowing() && !results.hits().isEmpty()) {
                    showPopup();
                } else {
                    results.move(1);
                }
            }
            case UP -> results.move(-1);
            case PAGE_DOWN -> results.move(5);
            case PAGE_UP -> results.move(-5);
            case ENTER -> {
                if (pause.getStatus() == Animation.Status.RUNNING) {
                    search(); // Enter before the pause: search first, then choose
                }
                results.chooseCurrent();
            }
            case ESCAPE -> {
                if (popup.isShowing()) {
                    popup.hide();
                } else if (!field.getText().isEmpty()) {
                    field.clear();
                    search();
                } else {
                    return;
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void showPopup() {
        if (getScene() == null || getScene().getWindow() == null || !getScene().getWindow().isShowing()) {
            return;
        }
        boolean rightToLeft = text.language().isRightToLeft();
        results.setNodeOrientation(rightToLeft ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        double width = Math.max(field.getWidth(), 560);
        results.setPrefWidth(width);
        results.fitHeight(width, 420);
        Bounds onScreen = field.localToScreen(field.getLayoutBounds());
        // under the field, lined up with its start edge
        double x = rightToLeft ? onScreen.getMaxX() - width : onScreen.getMinX();
        if (popup.isShowing()) {
            popup.setX(x);
            popup.setY(onScreen.getMaxY() + 2);
        } else {
            popup.show(field, x, onScreen.getMaxY() + 2);
        }
        results.fitHeight(width, 420); // again, now that the rows have their style
        popup.sizeToScene(); // a popup keeps its first size unless told
    }

    // ---- filter chips ----

    private void buildFilterMenu() {
        List<MenuItem> items = new ArrayList<>();
        if (catalogue != null) {
            EventFilter chipsNow = filter.chips();
            FacetCounts counts = FacetCounts.of(catalogue.events(), filter.effective());
            items.add(facetMenu("filter.type", "filter-type", catalogue.types().values().stream()
                            .map(type -> new Choice(type.id(), type.name())).toList(),
                    counts::ifTypeAdded, chipsNow.typeIds(), id -> filter.setChips(filter.chips().withType(id))));
            items.add(facetMenu("filter.country", "filter-country", catalogue.countries().values().stream()
                            .map(country -> new Choice(country.id(), country.name())).toList(),
                    counts::ifCountryAdded, chipsNow.countryIds(), id -> filter.setChips(filter.chips().withCountry(id))));
            items.add(facetMenu("filter.person", "filter-person", catalogue.people().values().stream()
                            .map(person -> new Choice(person.id(), person.name())).toList(),
                    counts::ifPersonAdded, chipsNow.personIds(), id -> filter.setChips(filter.chips().withPerson(id))));
            MenuItem dates = new MenuItem(text.get("filter.dates"));
            dates.setId("filter-dates");
            dates.setOnAction(e -> DateRangeDialog.ask(getScene().getWindow(), text, chipsNow.from(), chipsNow.to())
                    .ifPresent(range -> filter.setChips(filter.chips().withFrom(range.from()).withTo(range.to()))));
            MenuItem sourced = new MenuItem(text.get("filter.sourced.count", counts.ifSourcedOnly()));
            sourced.setId("filter-sourced");
            sourced.setDisable(chipsNow.sourcedOnly());
            sourced.setOnAction(e -> filter.setChips(filter.chips().withSourcedOnly(true)));
            MenuItem clear = new MenuItem(text.get("filter.clear"));
            clear.setId("filter-clear");
            clear.setDisable(chipsNow.isAll());
            clear.setOnAction(e -> filter.setChips(EventFilter.ALL));
            items.addAll(List.of(dates, sourced, new SeparatorMenuItem(), clear));
        }
        addFilter.getItems().setAll(items);
    }

    private record Choice(String id, LocalizedText name) {
    }

    private Menu facetMenu(String key, String id, List<Choice> choices, Function<String, Integer> ifAdded,
                           Set<String> chosen, Consumer<String> add) {
        Menu menu = new Menu(text.get(key));
        menu.setId(id);
        Collator collator = Collator.getInstance(Locale.forLanguageTag(text.language().code()));
        choices.stream()
                .sorted(Comparator.comparing((Choice c) -> text.show(c.name()).text(), collator::compare))
                .forEach(choice -> {
                    int n = ifAdded.apply(choice.id());
                    MenuItem item = new MenuItem(text.get("filter.choice", text.show(choice.name()).text(), n));
                    item.setId(id + "-" + choice.id());
                    item.setMnemonicParsing(false);
                    item.setDisable(chosen.contains(choice.id()) || n == 0);
                    item.setOnAction(e -> add.accept(choice.id()));
                    menu.getItems().add(item);
                });
        menu.setDisable(menu.getItems().isEmpty());
        return menu;
    }

    private void refreshChips() {
        List<Node> built = new ArrayList<>();
        EventFilter chipsNow = filter.chips();
        List<Event> matching = catalogue == null ? List.of()
                : catalogue.events().stream().filter(filter.effective()::test).toList();
        if (catalogue != null) {
            for (String id : chipsNow.typeIds()) {
                String name = catalogue.type(id).map(t -> text.show(t.name()).text()).orElse(id);
                long n = matching.stream().filter(e -> e.typeId().equals(id)).count();
                built.add(chip("filter.chip.type", name, n, "chip-type-" + id,
                        () -> filter.setChips(filter.chips().withoutType(id))));
            }
            for (String id : chipsNow.countryIds()) {
                String name = catalogue.country(id).map(c -> text.show(c.name()).text()).orElse(id);
                long n = matching.stream().filter(e -> e.countryIds().contains(id)).count();
                built.add(chip("filter.chip.country", name, n, "chip-country-" + id,
                        () -> filter.setChips(filter.chips().withoutCountry(id))));
            }
            for (String id : chipsNow.personIds()) {
                String name = catalogue.person(id).map(p -> text.show(p.name()).text()).orElse(id);
                long n = matching.stream().filter(e -> e.people().stream().map(Participant::personId)
                        .anyMatch(id::equals)).count();
                built.add(chip("filter.chip.person", name, n, "chip-person-" + id,
                        () -> filter.setChips(filter.chips().withoutPerson(id))));
            }
            if (chipsNow.from() != null || chipsNow.to() != null) {
                String from = chipsNow.from() == null ? "…" : text.dates().format(chipsNow.from());
                String to = chipsNow.to() == null ? "…" : text.dates().format(chipsNow.to());
                built.add(chip("filter.chip.dates", text.get("filter.range", from, to), matching.size(), "chip-dates",
                        () -> filter.setChips(filter.chips().withFrom(null).withTo(null))));
            }
            if (chipsNow.sourcedOnly()) {
                built.add(chip("filter.chip.sourced", "", matching.size(), "chip-sourced",
                        () -> filter.setChips(filter.chips().withSourcedOnly(false))));
            }
        }
        chips.getChildren().setAll(built);
        boolean narrowed = !filter.effective().isAll();
        count.setText(catalogue == null || !narrowed ? ""
                : text.get("filter.count", matching.size(), catalogue.events().size()));
    }

    private Node chip(String key, String value, long n, String id, Runnable remove) {
        Label label = new Label(text.get(key, value, n));
        label.getStyleClass().add("chip-label");
        label.setMnemonicParsing(false);
        Button close = new Button("×");
        close.getStyleClass().add("chip-remove");
        close.setId(id + "-remove");
        close.setAccessibleText(text.get("filter.remove", label.getText()));
        close.setOnAction(e -> remove.run());
        HBox chip = new HBox(label, close);
        chip.getStyleClass().add("filter-chip");
        chip.setId(id);
        return chip;
    }
}
