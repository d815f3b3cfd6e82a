package org.hawliyat.ui.exchange;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.image.WritableImage;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.hawliyat.app.ImportService;
import org.hawliyat.io.AtomicFile;
import org.hawliyat.io.CatalogueJson;
import org.hawliyat.io.DataFileException;
import org.hawliyat.io.EventsCsv;
import org.hawliyat.io.TimelineJsCsv;
import org.hawliyat.io.TimelineJsJson;
import org.hawliyat.io.TimelineJsWriting;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.ImportCancelledException;
import org.hawliyat.ui.common.Dialogs;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.concurrent.TaskRunner;
import org.hawliyat.ui.render.HandoutRenderer;
import org.hawliyat.ui.render.HandoutRequest;

/**
 * Data in and out from the window: File ▸ Import… and a file dropped on the window open the
 * preview of what the import would do, and import only when asked; File ▸ Export ▸ writes the
 * catalogue as Hawliyat JSON or CSV, or the timeline as a picture. The store is used only through
 * the {@link TaskRunner}; a file is written whole or not at all ({@link AtomicFile}).
 */
public final class DataExchange {

    /** What File ▸ Export ▸ writes. */
    public enum ExportFormat {
        JSON("json"), CSV("csv"), TIMELINEJS("json"), TIMELINEJS_CSV("csv"), PDF("pdf"), PNG("png");

        private final String extension;

        ExportFormat(String extension) {
            this.extension = extension;
        }
    }

    private final Supplier<Window> owner;
    private final UiText text;
    private final TaskRunner tasks;
    private final CatalogueStore store;
    private final Supplier<String> editor;
    private final Runnable reload;
    private final Consumer<String> note;
    private final Supplier<WritableImage> picture;
    private final Function<Path, HandoutRequest> handout;
    /** The preview on screen, so that a plan read again (keep newer) is shown in it. */
    private ImportPreviewDialog shown;

    /**
     * @param reload reads the catalogue again after an import
     * @param note says briefly what happened (a message key), in the status bar
     * @param picture the timeline as it is printed (drawn on the FX thread)
     * @param handout the PDF handout of what the window shows (its language, range, date style and lanes), to a file
     */
    public DataExchange(Supplier<Window> owner, UiText text, TaskRunner tasks, CatalogueStore store, Supplier<String> editor,
                        Runnable reload, Consumer<String> note, Supplier<WritableImage> picture,
                        Function<Path, HandoutRequest> handout) {
        this.owner = owner;
        this.text = text;
        this.tasks = tasks;
        this.store = store;
        this.editor = editor;
        this.reload = reload;
        this.note = note;
        this.picture = picture;
        this.handout = handout;
    }

    /** File ▸ Import…: choose files, then the preview. */
    public void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("import.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(text.get("import.filter.data"), "*.json", "*.csv"),
                new FileChooser.ExtensionFilter(text.get("import.filter.all"), "*"));
        List<File> chosen = chooser.showOpenMultipleDialog(owner.get());
        if (chosen != null && !chosen.isEmpty()) {
            preview(chosen.stream().map(File::toPath).toList());
        }
    }

    /** Files dragged over the window can be dropped to import them (through the preview). */
    public void acceptDrops(Scene scene) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && !store.isReadOnly()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean files = e.getDragboard().hasFiles() && !store.isReadOnly();
            if (files) {
                List<Path> dropped = e.getDragboard().getFiles().stream().map(File::toPath).toList();
                javafx.application.Platform.runLater(() -> preview(dropped)); // not inside the drop's own event
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }

    /**
     * Reads and validates the files and shows what importing them would do; imports them (in one
     * transaction) when the user says so. A file that cannot be imported is named in one sentence.
     */
    public void preview(List<Path> files) {
        if (store.isReadOnly()) {
            Dialogs.showError(owner.get(), text, text.get("import.readOnly"));
            return;
        }
        ImportService service = new ImportService(store, editor.get());
        ImportProgressDialog reading = ImportProgressDialog.reading(owner.get(), text);
        reading.show();
        tasks.run(() -> service.prepare(files, false), prepared -> {
            reading.finished();
            if (!reading.wasStopped()) { // stopped while reading: nothing more to show
                showPreview(service, files, prepared);
            }
        }, failure -> {
            reading.finished();
            failed(failure);
        });
    }

    private void showPreview(ImportService service, List<Path> files, ImportService.Prepared first) {
        ImportService.Prepared[] current = {first};
        ImportPreviewDialog dialog = new ImportPreviewDialog(owner.get(), text, files, keep ->
                tasks.run(() -> service.prepare(files, keep), again -> {
                    current[0] = again;
                    if (shown != null) {
                        shown.show(again.plan());
                    }
                }, this::failed));
        shown = dialog;
        dialog.show(first.plan());
        ButtonType pressed = dialog.showAndWait().orElse(null);
        shown = null;
        if (!dialog.isImport(pressed)) {
            return;
        }
        ImportService.Prepared chosen = current[0];
        ImportProgressDialog progress = new ImportProgressDialog(owner.get(), text);
        progress.show();
        tasks.run(() -> service.apply(chosen, progress), done -> {
            progress.finished();
            reload.run();
            note.accept("status.imported");
        }, failure -> {
            progress.finished();
            if (failure instanceof ImportCancelledException) {
                note.accept("status.importStopped");
            } else {
                failed(failure);
            }
        });
    }


    private void failed(Throwable failure) {
        String detail = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        String sentence = failure instanceof DataFileException ? text.get("import.refused", detail)
                : text.get("exchange.failed", detail);
        Dialogs.showError(owner.get(), text, sentence);
    }

    /** File ▸ Export ▸ …: choose where, then write it in the background. */
    public void export(ExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("export.choose"));
        chooser.setInitialFileName((format.name().startsWith("TIMELINEJS") ? "timeline." : "hawliyat.") + format.extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + format.extension));
        File chosen = chooser.showSaveDialog(owner.get());
        if (chosen != null) {
            exportTo(format, chosen.toPath());
        }
    }

    /** Writes the export to this file (whole, or not at all). */
    public void exportTo(ExportFormat format, Path file) {
        if (format == ExportFormat.PNG) {
            WritableImage image = picture.get(); // drawn here, on the FX thread
            tasks.run(() -> {
                AtomicFile.write(file, out -> ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out));
                return file;
            }, done -> note.accept("status.exported"), this::failed);
            return;
        }
        if (format == ExportFormat.PDF) {
            HandoutRequest request = handout.apply(file);
            tasks.run(() -> {
                writePdf(request, file);
                return file;
            }, done -> note.accept("status.exported"), this::failed);
            return;
        }
        tasks.run(() -> {
            var catalogue = store.snapshot();
            AtomicFile.write(file, out -> write(format, catalogue, out));
            return file;
        }, done -> note.accept("status.exported"), this::failed);
    }

    /** The handout is drawn into a file beside the target and moved over it once whole. */
    private void writePdf(HandoutRequest request, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".pdf");
        try {
            new HandoutRenderer(store).render(new HandoutRequest(temp, request.language(), request.tourId(), request.from(),
                    request.to(), request.dpi(), request.dateStyle(), request.lanes(), request.exportDate()));
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Spreadsheets get UTF-8's byte-order mark, so that Excel reads Arabic; TimelineJS in the window's language. */
    private void write(ExportFormat format, org.hawliyat.model.Catalogue catalogue, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> new EventsCsv().write(catalogue, out, true);
            case TIMELINEJS -> new TimelineJsJson().write(new TimelineJsWriting(text.language()).document(catalogue, null), out);
            case TIMELINEJS_CSV -> new TimelineJsCsv().write(
                    new TimelineJsWriting(text.language()).document(catalogue, null), out, true);
            default -> new CatalogueJson().write(catalogue, out);
        }
    }
}
