package org.hawliyat.ui.print;

import javafx.geometry.Insets;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Transform;
import javafx.stage.Window;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.hawliyat.ui.common.Dialogs;
import org.hawliyat.ui.common.Styles;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.timeline.TimelineView;

/**
 * Printing the timeline as it is shown, through JavaFX's printing API, after a preview of exactly
 * what will print: the picture fitted to a landscape page of the default printer's paper (A4 when
 * there is no printer), drawn at twice the screen's resolution so that it stays sharp on paper.
 */
public final class PrintPreview {

    /** How much sharper than the screen the printed picture is drawn. */
    private static final double PRINT_SCALE = 2;

    private PrintPreview() {
    }

    /** The page the timeline will be printed on: the printer's paper, landscape, default margins. */
    static PageLayout pageLayout(Printer printer) {
        if (printer != null) {
            return printer.createPageLayout(printer.getPrinterAttributes().getDefaultPaper(), PageOrientation.LANDSCAPE,
                    Printer.MarginType.DEFAULT);
        }
        return null;
    }

    /**
     * The picture to print, at print sharpness: a copy of the timeline as shown (data, range,
     * selection, settings, text size) drawn for paper off screen, in the light palette whatever the
     * theme, with every lane and all its labels however few the window shows (a short window
     * scrolls its lanes, and paper cannot).
     */
    public static WritableImage picture(TimelineView shown) {
        StackPane frame = paper(shown);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(PRINT_SCALE, PRINT_SCALE));
        WritableImage image = frame.snapshot(parameters, null);
        frame.getScene().setRoot(new javafx.scene.layout.Region()); // the copy's nodes can go
        return image;
    }

    /**
     * The copy laid out for paper, in a scene of its own: inside a left-to-right frame, whose
     * picture shows a right-to-left timeline as the screen does; as tall as every lane needs.
     */
    static StackPane paper(TimelineView shown) {
        TimelineView paper = new TimelineView();
        paper.setId("paper-timeline");
        paper.setAnimated(false);
        paper.setPictureScale(PRINT_SCALE); // the markers are pictures: drawn at the paper's sharpness
        paper.setPrinted(true);
        paper.setLanguage(shown.getLanguage());
        paper.setMessages(shown.getMessages());
        paper.setDateStyle(shown.getDateStyle());
        paper.setLaneMode(shown.getLaneMode());
        paper.setTimeDirection(shown.getTimeDirection());
        paper.setHijriAxis(shown.isHijriAxis());
        paper.setData(shown.getData());
        paper.setMatchingEvents(shown.getMatchingEvents());
        paper.setSelectedEvent(shown.getSelectedEvent());
        StackPane root = new StackPane(paper);
        root.getStyleClass().add("main-window"); // the window's background, as the timeline shows on it there
        root.setNodeOrientation(shown.getEffectiveNodeOrientation()); // time runs as in the window
        if (shown.getScene() != null) {
            root.setStyle(shown.getScene().getRoot().getStyle()); // the reader's text size
        }
        double width = Math.max(1, shown.getWidth());
        StackPane frame = new StackPane(root);
        frame.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        Scene scene = new Scene(frame, width, Math.max(1, shown.getHeight()));
        Styles.applyTo(scene); // never the dark stylesheet: paper is white
        frame.applyCss();
        frame.layout();
        paper.setVisibleRange(shown.getVisibleRange());
        double height = Math.max(shown.getHeight(), paper.prefHeight(width));
        frame.resize(width, height);
        frame.layout();
        return frame;
    }

    /** The picture sized to fit the printable area, keeping its proportions. */
    static ImageView fitted(WritableImage image, double width, double height) {
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        double scale = Math.min(width / (image.getWidth()), height / (image.getHeight()));
        view.setFitWidth(image.getWidth() * scale);
        view.setFitHeight(image.getHeight() * scale);
        return view;
    }

    /** Shows the preview of the timeline's picture on a page; "Print…" then asks the printer and prints it. */
    public static void show(Window owner, UiText text, TimelineView timeline) {
        WritableImage image = picture(timeline);
        Printer printer = Printer.getDefaultPrinter();
        PageLayout layout = pageLayout(printer);
        // without a printer the preview still shows the page, as A4 landscape at 72 points per inch
        Paper paper = layout == null ? Paper.A4 : layout.getPaper();
        double pageWidth = paper.getHeight(); // landscape: the paper's long side across
        double pageHeight = paper.getWidth();
        double printableWidth = layout == null ? pageWidth - 72 : layout.getPrintableWidth();
        double printableHeight = layout == null ? pageHeight - 72 : layout.getPrintableHeight();

        VBox page = new VBox(fitted(image, printableWidth, printableHeight));
        page.getStyleClass().add("print-page");
        page.setPadding(new Insets((pageHeight - printableHeight) / 2, (pageWidth - printableWidth) / 2,
                (pageHeight - printableHeight) / 2, (pageWidth - printableWidth) / 2));
        page.setMinSize(pageWidth, pageHeight);
        page.setMaxSize(pageWidth, pageHeight);
        page.setId("print-page");
        // a picture of the window is already as it reads: in a right-to-left dialog it must not be mirrored again
        page.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.get("print.title"));
        dialog.getDialogPane().setNodeOrientation(text.orientation());
        dialog.getDialogPane().setId("print-preview");
        Styles.applyTo(dialog.getDialogPane());
        Label about = new Label(printer == null ? text.get("print.noPrinter")
                : text.get("print.on", printer.getName()));
        ScrollPane scroll = new ScrollPane(new VBox(page));
        scroll.getStyleClass().add("print-preview-scroll");
        // within the window it belongs to: at 1024x700 a 640-pixel page pushed the buttons off the screen
        double roomWidth = owner == null ? 900 : Math.max(400, owner.getWidth() - 120);
        double roomHeight = owner == null ? 640 : Math.max(300, owner.getHeight() - 200);
        scroll.setPrefViewportWidth(Math.min(pageWidth + 40, Math.min(900, roomWidth)));
        scroll.setPrefViewportHeight(Math.min(pageHeight + 40, Math.min(640, roomHeight)));
        dialog.getDialogPane().setContent(new VBox(8, about, scroll));
        ButtonType print = new ButtonType(text.get("print.print"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(print, Dialogs.cancel(text));
        dialog.getDialogPane().lookupButton(print).setDisable(printer == null);
        dialog.showAndWait().filter(print::equals).ifPresent(chosen -> print(owner, text, image));
    }

    private static void print(Window owner, UiText text, WritableImage image) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            Dialogs.showError(owner, text, text.get("print.noPrinter"));
            return;
        }
        if (!job.showPrintDialog(owner)) {
            return; // the reader cancelled in the printer's own dialog
        }
        PageLayout layout = job.getPrinter().createPageLayout(job.getJobSettings().getPageLayout().getPaper(),
                PageOrientation.LANDSCAPE, Printer.MarginType.DEFAULT);
        if (job.printPage(layout, fitted(image, layout.getPrintableWidth(), layout.getPrintableHeight()))) {
            job.endJob();
        } else {
            job.cancelJob();
            Dialogs.showError(owner, text, text.get("print.failed"));
        }
    }
}
