package org.hawliyat.ui.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.scene.transform.Transform;
import org.hawliyat.timeline.TimelineData;
import org.hawliyat.ui.common.Styles;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.text.WrappedText;
import org.hawliyat.ui.timeline.TimelineView;
import org.hawliyat.ui.timeline.TypeMarker;

/**
 * The handout's A4 pages as JavaFX nodes, laid out with the window's controls, fonts and text
 * handling (every paragraph a {@link WrappedText}; Arabic pages mirrored by their root's
 * orientation), measured, paginated ({@link HandoutLayout}) and drawn to pictures. Must be used on
 * the FX thread.
 *
 * <p>Sizes are in layout pixels of 1/96 inch, as on screen: an A4 page is 794 × 1123. The first
 * page has the title, the subtitle and the timeline of the listed events above the table; every
 * page repeats the column headings and ends with its number.
 */
public final class HandoutPages {

    /** A4, 210 × 297 mm, in pixels of 1/96 inch. */
    public static final double PAGE_WIDTH = 210 / 25.4 * 96;
    public static final double PAGE_HEIGHT = 297 / 25.4 * 96;
    static final double MARGIN = 48; // half an inch
    static final double CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
    static final double TIMELINE_HEIGHT = 360;
    /** A timeline with many lanes grows up to this, leaving the first page room for rows of the table. */
    static final double MAX_TIMELINE_HEIGHT = 720;
    /** Space between the header block and the table, and above the footer. */
    static final double GAP = 14;
    /** Column widths: number, date, event, type; the source takes the rest. */
    private static final double[] COLUMNS = {30, 104, 190, 104};
    private static final double COLUMN_GAP = 10;
    private static final String STYLESHEET = Objects.requireNonNull(
            HandoutPages.class.getResource("/css/handout.css"), "css/handout.css missing").toExternalForm();
    /** Marks the nodes whose words are not put in the text layer (the timeline: a picture with labels). */
    static final String NO_TEXT_LAYER = "handout-no-text-layer";

    private final HandoutContent content;
    private final TimelineData timeline;
    private final HandoutRequest request;
    private final UiText text;
    private Plan plan;

    public HandoutPages(HandoutContent content, TimelineData timeline, HandoutRequest request) {
        this.content = content;
        this.timeline = timeline;
        this.request = request;
        this.text = new UiText(request.language());
    }

    public HandoutContent content() {
        return content;
    }

    /** What goes on which page, and the measures it was worked out from. */
    public record Plan(List<Double> rowHeights, double firstPageRoom, double otherPageRoom,
                       List<HandoutLayout.Page> pages) {
        public Plan {
            rowHeights = List.copyOf(rowHeights);
            pages = List.copyOf(pages);
        }

        public int pageCount() {
            return pages.size();
        }
    }

    /** One drawn page: its picture, and each line of its text with where it is drawn. */
    public record DrawnPage(BufferedImage image, double width, double height, List<PageText> texts) {
    }

    /**
     * A line of text as drawn on a page, in layout pixels from the page's top left corner: its
     * characters in logical (reading) order, its box, its baseline, its font size, and whether its
     * paragraph reads from right to left.
     */
    public record PageText(String text, double x, double y, double width, double height, double baseline,
                           double fontSize, boolean rightToLeft) {
    }

    // ------------------------------------------------------------------ planning

    /** Measures the header and every row as they will be drawn, and paginates. */
    public Plan plan() {
        if (plan == null) {
            VBox probe = new VBox();
            Region header = header();
            HBox headings = headings();
            Region footer = footer(1, 1);
            List<HBox> rows = new ArrayList<>();
            for (HandoutContent.Row row : content.rows()) {
                rows.add(row(row));
            }
            probe.getChildren().add(header);
            probe.getChildren().add(headings);
            probe.getChildren().addAll(rows);
            probe.getChildren().add(footer);
            settle(page(probe));
            List<Double> heights = rows.stream().map(Region::getHeight).toList();
            double body = PAGE_HEIGHT - 2 * MARGIN - footer.getHeight() - GAP;
            double other = body - headings.getHeight();
            double first = other - header.getHeight(); // its padding keeps it apart from the table
            plan = new Plan(heights, first, other, HandoutLayout.paginate(first, other, heights));
        }
        return plan;
    }

    // ------------------------------------------------------------------ drawing

    /** Draws one page (0-based) at the request's resolution. */
    public DrawnPage draw(int index) {
        Plan p = plan();
        HandoutLayout.Page page = p.pages().get(index);
        VBox body = new VBox();
        body.getStyleClass().add("handout-body");
        if (index == 0) {
            body.getChildren().add(header());
        }
        VBox table = new VBox(headings());
        table.getStyleClass().add("handout-table");
        for (int i = page.from(); i < page.to(); i++) {
            table.getChildren().add(row(content.rows().get(i)));
        }
        body.getChildren().add(table);
        BorderPane root = page(body);
        Region footer = footer(page.number(), p.pageCount());
        BorderPane.setMargin(footer, new javafx.geometry.Insets(GAP, 0, 0, 0));
        root.setBottom(footer);
        Scene scene = settle(root);
        List<PageText> texts = new ArrayList<>();
        collectText(root, texts);
        BufferedImage image = snapshot(root, scale());
        scene.setRoot(new Region()); // the page's nodes can go
        return new DrawnPage(image, PAGE_WIDTH, PAGE_HEIGHT, texts);
    }

    private double scale() {
        return request.dpi() / 96.0;
    }

    private BorderPane page(Node body) {
        BorderPane root = new BorderPane(body);
        root.getStyleClass().addAll("main-window", "handout-page");
        root.setNodeOrientation(request.language().isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        root.setMinSize(PAGE_WIDTH, PAGE_HEIGHT);
        root.setPrefSize(PAGE_WIDTH, PAGE_HEIGHT);
        root.setMaxSize(PAGE_WIDTH, PAGE_HEIGHT);
        return root;
    }

    /**
     * Lays the page out with its timeline showing the handout's range: the timeline, drawn for
     * paper, is as tall as its lanes need, so the header's height is known only then (the plan
     * measures it the same way).
     */
    private Scene settle(Parent root) {
        Scene scene = lay(root);
        TimelineView view = (TimelineView) root.lookup(".timeline");
        if (view != null) {
            view.setVisibleRange(PictureRange.of(view.fitRange(), request.from(), request.to()));
            for (int pass = 0; pass < 3; pass++) {
                root.applyCss();
                root.layout();
            }
        }
        return scene;
    }

    /** Puts the page in a scene with the window's stylesheet and the handout's, and lays it out. */
    private static Scene lay(Parent root) {
        Scene scene = new Scene(root, PAGE_WIDTH, PAGE_HEIGHT, Color.WHITE);
        Styles.applyTo(scene);
        scene.getStylesheets().add(STYLESHEET);
        root.applyCss();
        root.layout();
        root.applyCss();
        root.layout(); // the second pass settles what the first one's layout changed (wrapping)
        return scene;
    }

    private Region header() {
        WrappedText title = paragraph(content.title(), "handout-title");
        Label subtitle = label(content.subtitle(), "handout-subtitle");
        VBox header = new VBox(title, subtitle);
        header.getStyleClass().add("handout-header");
        header.setMinHeight(Region.USE_PREF_SIZE);
        if (!content.rows().isEmpty()) {
            header.getChildren().add(timeline());
        }
        return header;
    }

    private Region timeline() {
        TimelineView view = new TimelineView();
        view.setAnimated(false);
        view.setPictureScale(scale()); // the markers are pictures: drawn at the page's resolution
        view.setLanguage(request.language());
        view.setMessages(text::get);
        view.setDateStyle(request.dateStyle());
        view.setLaneMode(request.lanes());
        view.setData(timeline);
        view.setFocusTraversable(false);
        view.setPrinted(true); // every event labelled, as tall as that takes, no collapse arrows
        StackPane frame = new StackPane(view);
        frame.getStyleClass().addAll("handout-timeline", NO_TEXT_LAYER);
        frame.setMinSize(CONTENT_WIDTH, TIMELINE_HEIGHT);
        frame.setPrefWidth(CONTENT_WIDTH);
        frame.setMaxSize(CONTENT_WIDTH, MAX_TIMELINE_HEIGHT);
        return frame;
    }

    private HBox headings() {
        List<Node> cells = new ArrayList<>();
        for (int i = 0; i < content.headings().size(); i++) {
            cells.add(cell(i, label(content.headings().get(i), "handout-heading")));
        }
        HBox row = new HBox(COLUMN_GAP);
        row.getChildren().setAll(cells);
        row.getStyleClass().add("handout-headings");
        fixWidth(row, CONTENT_WIDTH);
        return row;
    }

    private HBox row(HandoutContent.Row r) {
        VBox event = new VBox(paragraph(r.title(), "handout-event-title"));
        event.getStyleClass().add("handout-event");
        if (r.note() != null) {
            event.getChildren().add(paragraph(r.note(), "handout-note"));
        }
        HBox type = new HBox(new TypeMarker(timeline.typeIndex(r.typeId())), paragraph(r.type(), "handout-type-name"));
        type.getStyleClass().add("handout-type");
        VBox sources = new VBox();
        sources.getStyleClass().add("handout-sources");
        if (r.sources().isEmpty()) {
            sources.getChildren().add(paragraph(text.get("handout.noSource"), "handout-reference"));
        }
        for (HandoutContent.Source s : r.sources()) {
            sources.getChildren().addAll(inPageDirection(paragraph(pageDirected(s.reference()), "handout-reference")),
                    paragraph(s.quote(), "handout-quote"));
        }
        HBox row = new HBox(COLUMN_GAP,
                cell(0, label(r.number(), "handout-number")),
                cell(1, paragraph(r.date(), "handout-date")),
                cell(2, event),
                cell(3, type),
                cell(4, sources));
        row.getStyleClass().add("handout-row");
        row.setId("handout-row-" + r.eventId());
        fixWidth(row, CONTENT_WIDTH);
        return row;
    }

    private static double columnWidth(int column) {
        return column < COLUMNS.length ? COLUMNS[column]
                : CONTENT_WIDTH - java.util.Arrays.stream(COLUMNS).sum() - COLUMNS.length * COLUMN_GAP;
    }

    /**
     * Where a column of the table is on the page, from its start edge to its end edge, in layout
     * pixels from the page's left: 0 number, 1 date, 2 event, 3 type, 4 source. On a right-to-left
     * page the columns run from the right.
     */
    public static double[] columnSpan(int column, boolean rightToLeft) {
        double start = MARGIN;
        for (int i = 0; i < column; i++) {
            start += columnWidth(i) + COLUMN_GAP;
        }
        double end = start + columnWidth(column);
        return rightToLeft ? new double[] {PAGE_WIDTH - end, PAGE_WIDTH - start} : new double[] {start, end};
    }

    /** Fixes a column's width, so that rows measured alone have the heights they have on the page. */
    private static Node cell(int column, Node content) {
        double width = columnWidth(column);
        VBox cell = new VBox(content);
        cell.getStyleClass().add("handout-cell");
        fixWidth(cell, width);
        if (content instanceof Region region) {
            region.setMaxWidth(width);
        }
        HBox.setHgrow(cell, Priority.NEVER);
        return cell;
    }

    /** Also keeps the region at its preferred height: a box with too little room must not squeeze it. */
    private static void fixWidth(Region region, double width) {
        region.setMinHeight(Region.USE_PREF_SIZE);
        region.setMinWidth(width);
        region.setPrefWidth(width);
        region.setMaxWidth(width);
    }

    private Region footer(int page, int pages) {
        Label name = label(content.footer(), "handout-footer-name");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label number = label(text.get("handout.page", text.dates().number(page), text.dates().number(pages)),
                "handout-page-number");
        HBox footer = new HBox(name, spring, number);
        footer.getStyleClass().add("handout-footer");
        footer.setAlignment(Pos.BASELINE_LEFT);
        footer.setMinHeight(Region.USE_PREF_SIZE);
        return footer;
    }

    /**
     * A sentence of the page's language with names in it (a source's author and outlet) reads in the
     * page's direction even when it starts with a name in the other script. JavaFX lays out a
     * right-to-left paragraph as such, but takes a left-to-right one's direction from its first
     * letter; so an English sentence starts with an invisible LEFT-TO-RIGHT MARK. (The
     * RIGHT-TO-LEFT MARK is not needed, and is drawn as a box before Arabic letters here.)
     */
    private String pageDirected(String sentence) {
        return request.language().isRightToLeft() ? sentence : "\u200E" + sentence;
    }

    private WrappedText inPageDirection(WrappedText paragraph) {
        paragraph.setNodeOrientation(request.language().isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT
                : NodeOrientation.LEFT_TO_RIGHT);
        return paragraph;
    }

    private static WrappedText paragraph(String value, String styleClass) {
        WrappedText paragraph = new WrappedText(value);
        paragraph.getStyleClass().add(styleClass);
        return paragraph;
    }

    private static Label label(String value, String styleClass) {
        Label label = new Label(value);
        label.getStyleClass().add(styleClass);
        return label;
    }

    // ------------------------------------------------------------------ the text layer

    /**
     * Every line of text on the page, in reading order within its paragraph: a single-line label's
     * text, and each line of a wrapped paragraph (its words grouped by the line they were laid out on).
     */
    private static void collectText(Node node, List<PageText> out) {
        if (!node.isVisible() || node.getStyleClass().contains(NO_TEXT_LAYER)) {
            return;
        }
        if (node instanceof TextFlow flow) {
            collectFlow(flow, out);
            return;
        }
        if (node instanceof Text t) {
            String s = t.getText();
            if (s != null && !s.isBlank()) {
                out.add(line(List.of(t), s.strip(), rightToLeft(t)));
            }
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectText(child, out);
            }
        }
    }

    private static void collectFlow(TextFlow flow, List<PageText> out) {
        List<Text> line = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        double lineY = Double.NaN;
        for (Node child : flow.getChildrenUnmodifiable()) {
            if (!(child instanceof Text t) || t.getText() == null) {
                continue;
            }
            double y = t.getLayoutY();
            if (!line.isEmpty() && Math.abs(y - lineY) > 0.5) {
                addLine(line, words, flow, out);
                line = new ArrayList<>();
                words.setLength(0);
            }
            lineY = y;
            line.add(t);
            words.append(t.getText());
        }
        addLine(line, words, flow, out);
    }

    private static void addLine(List<Text> line, StringBuilder words, TextFlow flow, List<PageText> out) {
        String s = words.toString().strip();
        if (!line.isEmpty() && !s.isEmpty()) {
            out.add(line(line, s, rightToLeft(flow)));
        }
    }


    private static boolean rightToLeft(Node node) {
        return node.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT;
    }

    /** The line's box on the page (the union of its pieces as drawn, mirroring included). */
    private static PageText line(List<Text> pieces, String s, boolean rightToLeft) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        double baseline = 0;
        for (Text t : pieces) {
            String piece = t.getText();
            if (piece.isBlank()) {
                continue;
            }
            // the piece without its trailing space, so that the box ends at the last letter
            Bounds b = t.localToScene(t.getLayoutBounds());
            minX = Math.min(minX, b.getMinX());
            maxX = Math.max(maxX, b.getMaxX());
            minY = Math.min(minY, b.getMinY());
            maxY = Math.max(maxY, b.getMaxY());
            baseline = t.localToScene(0, 0).getY(); // a Text's origin is on its baseline
        }
        double fontSize = pieces.get(0).getFont().getSize();
        return new PageText(s, minX, minY, maxX - minX, maxY - minY, baseline, fontSize, rightToLeft);
    }

    // ------------------------------------------------------------------ the picture

    /** The page at this scale, opaque: a white page, RGB without alpha (what a PDF page image needs). */
    private static BufferedImage snapshot(Parent root, double scale) {
        int width = (int) Math.round(PAGE_WIDTH * scale);
        int height = (int) Math.round(PAGE_HEIGHT * scale);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        parameters.setTransform(Transform.scale(scale, scale));
        WritableImage image = root.snapshot(parameters, new WritableImage(width, height));
        BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
        // ARGB ints into an RGB image: the (opaque) alpha byte is simply not read
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return rgb;
    }
}
