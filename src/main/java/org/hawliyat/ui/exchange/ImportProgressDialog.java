package org.hawliyat.ui.exchange;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hawliyat.store.ImportProgress;
import org.hawliyat.ui.common.Styles;
import org.hawliyat.ui.common.UiText;

/**
 * An import being written: a bar that moves, and Stop, which ends it with nothing written (the
 * store rolls its one transaction back). Told from the importing thread; shown on the FX thread.
 */
final class ImportProgressDialog extends Dialog<Void> implements ImportProgress {

    private final UiText text;
    private final ProgressBar bar = new ProgressBar(0);
    private final Label said = new Label();
    private final AtomicBoolean stopped = new AtomicBoolean();
    /** One update waiting for the FX thread at most: the importer never floods it. */
    private final AtomicBoolean updatePending = new AtomicBoolean();
    private volatile long done;
    private volatile long total;

    ImportProgressDialog(Window owner, UiText text) {
        this.text = text;
        initOwner(owner);
        setTitle(text.get("import.progress.title"));
        setHeaderText(null);
        getDialogPane().setId("import-progress");
        Styles.applyTo(getDialogPane());
        getDialogPane().setNodeOrientation(text.orientation());
        ButtonType stop = new ButtonType(text.get("import.progress.stop"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(stop);
        Button stopButton = (Button) getDialogPane().lookupButton(stop);
        stopButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            stopped.set(true);
            stopButton.setDisable(true);
            said.setText(text.get("import.progress.stopping"));
            e.consume(); // the dialog closes when the import has rolled back, not before
        });
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setPrefWidth(420);
        said.setText(text.get("import.progress.starting"));
        getDialogPane().setContent(new VBox(10, said, bar));
    }

    /** While the files are read and compared: a bar that says it is busy; Stop drops what is read. */
    static ImportProgressDialog reading(Window owner, UiText text) {
        ImportProgressDialog dialog = new ImportProgressDialog(owner, text);
        dialog.bar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        dialog.said.setText(text.get("import.progress.reading"));
        dialog.setTitle(text.get("import.preview.title"));
        return dialog;
    }

    @Override
    public boolean proceed(long done, long total) {
        this.done = done;
        this.total = total;
        if (updatePending.compareAndSet(false, true)) {
            Platform.runLater(this::showProgress);
        }
        return !stopped.get();
    }

    private void showProgress() {
        updatePending.set(false);
        if (stopped.get()) {
            return;
        }
        long all = Math.max(1, total);
        bar.setProgress((double) done / all);
        said.setText(text.get("import.progress.done", text.digits(Long.toString(100 * done / all))));
    }

    /** The import ended (written, stopped or failed): the dialog goes. */
    void finished() {
        setResult(null);
        close();
    }

    boolean wasStopped() {
        return stopped.get();
    }
}
