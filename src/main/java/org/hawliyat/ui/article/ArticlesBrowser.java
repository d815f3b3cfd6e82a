package org.hawliyat.ui.article;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hawliyat.model.ArticleInfo;
import org.hawliyat.model.EventDate;
import org.hawliyat.text.TextFolding;
import org.hawliyat.app.CatalogueContents;
import org.hawliyat.ui.common.UiText;

/**
 * Every article with its outlet, author, date and the number of events it supports: sortable by
 * any column, filtered as the reader types (ignoring diacritics, hamza and alef variants), and
 * opened in the article pane with a double click or Enter.
 */
public final class ArticlesBrowser extends VBox {

    /** One row: an article's metadata and how many events cite it. */
    public record Row(ArticleInfo article, int events) {
    }

    private final UiText text;
    private final TextField filter = new TextField();
    private final TableView<Row> table = new TableView<>();
    private final FilteredList<Row> filtered = new FilteredList<>(FXCollections.observableArrayList());
    private final Label placeholder = new Label();
    private Consumer<String> onOpen = id -> { };

    public ArticlesBrowser(UiText text) {
        this.text = text;
        getStyleClass().add("articles-browser");
        setId("articles-browser");
        filter.setId("articles-filter");
        filter.promptTextProperty().bind(text.text("articles.filter"));
        filter.textProperty().addListener((o, before, after) -> applyFilter(after));

        table.setId("articles-table");
        table.getColumns().add(textColumn("articles.column.title", row -> row.article().title()));
        table.getColumns().add(textColumn("articles.column.outlet", row -> nullToEmpty(row.article().outlet())));
        table.getColumns().add(textColumn("articles.column.author", row -> nullToEmpty(row.article().author())));
        table.getColumns().add(dateColumn());
        table.getColumns().add(countColumn());
        // each column as wide as its longest entry (within limits), the table scrolls sideways when
        // the pane is narrower: squeezed into a narrow pane, every column read "…"
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        SortedList<Row> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        placeholder.textProperty().bind(text.text("articles.none"));
        table.setPlaceholder(placeholder);
        table.setRowFactory(view -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem().article().id());
                }
            });
            return row;
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Row selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                onOpen.accept(selected.article().id());
                e.consume();
            }
        });
        filter.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(filter, table);
        text.languageProperty().addListener((o, before, after) -> table.refresh());
        text.dateStyleProperty().addListener((o, before, after) -> table.refresh());
    }

    /** Called with the id of the article to open. */
    public void setOnOpen(Consumer<String> handler) {
        this.onOpen = handler;
    }

    public void show(CatalogueContents contents) {
        List<Row> rows = contents.articles().values().stream()
                .map(info -> new Row(info, contents.articleEventCounts().getOrDefault(info.id(), 0)))
                .sorted(Comparator.comparing((Row row) -> row.article().id()))
                .toList();
        ((javafx.collections.ObservableList<Row>) filtered.getSource()).setAll(rows);
    }

    public TableView<Row> table() {
        return table;
    }

    private void applyFilter(String query) {
        String folded = TextFolding.foldedText(query == null ? "" : query).strip();
        filtered.setPredicate(folded.isEmpty() ? null : row -> TextFolding.foldedText(String.join(" ",
                row.article().title(), nullToEmpty(row.article().outlet()), nullToEmpty(row.article().author())))
                .contains(folded));
    }

    /** A column of names, sorted as a dictionary of the data's first language sorts them. */
    private TableColumn<Row, String> textColumn(String key, Function<Row, String> value) {
        java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("ar"));
        return column(key, value, collator::compare);
    }

    private <T> TableColumn<Row, T> column(String key, Function<Row, T> value, Comparator<T> order) {
        TableColumn<Row, T> column = new TableColumn<>();
        column.textProperty().bind(text.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setComparator(order);
        column.setCellFactory(c -> new Cell<>(item -> item == null ? null : item.toString()));
        return column;
    }

    /**
     * A cell whose whole text is in its tooltip, and which widens its column to its text (up to a
     * limit) so that short entries are never cut.
     */
    private final class Cell<T> extends javafx.scene.control.TableCell<Row, T> {
        private final Function<T, String> shown;
        private final javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        /** The text and font last measured: a layout pass measures again only what changed. */
        private String measuredText;
        private javafx.scene.text.Font measuredFont;

        Cell(Function<T, String> shown) {
            this.shown = shown;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            String value = empty ? null : shown.apply(item);
            setText(value);
            setTooltip(value == null || value.isEmpty() ? null : whole);
            whole.setText(value);
        }

        /** Widens the column to this cell's text (measured once CSS has given the cell its font). */
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            TableColumn<Row, T> column = getTableColumn();
            if (getText() == null || column == null || getTableView() == null
                    || (getText().equals(measuredText) && getFont().equals(measuredFont))) {
                return;
            }
            measuredText = getText();
            measuredFont = getFont();
            javafx.scene.text.Text probe = new javafx.scene.text.Text(getText());
            probe.setFont(getFont());
            boolean title = column == getTableView().getColumns().get(0);
            double wanted = Math.min(Math.ceil(probe.getLayoutBounds().getWidth() + snappedLeftInset()
                    + snappedRightInset() + 2), (title ? 30 : 16) * getFont().getSize());
            if (wanted > column.getPrefWidth()) {
                // not within this layout pass: the column's width lays the cells out again
                javafx.application.Platform.runLater(() -> column.setPrefWidth(Math.max(column.getPrefWidth(), wanted)));
            }
        }
    }

    private TableColumn<Row, EventDate> dateColumn() {
        TableColumn<Row, EventDate> column = column("articles.column.date", row -> row.article().published(),
                Comparator.nullsLast(Comparator.<EventDate>naturalOrder()));
        column.setCellFactory(c -> new Cell<>(date -> date == null ? null : text.dates().format(date)));
        return column;
    }

    private TableColumn<Row, Integer> countColumn() {
        TableColumn<Row, Integer> column = column("articles.column.events", Row::events, Comparator.<Integer>naturalOrder());
        column.getStyleClass().add("count-column");
        column.setCellFactory(c -> new Cell<>(count -> count == null ? null : text.digits(Integer.toString(count))));
        return column;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
