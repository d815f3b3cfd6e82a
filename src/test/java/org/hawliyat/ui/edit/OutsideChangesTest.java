package org.hawliyat.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hawliyat.testing.CuratedWindow.onFx;

import java.nio.file.Path;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hawliyat.app.Catalogues;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventFields;
import org.hawliyat.model.Language;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.testing.CuratedWindow;
import org.hawliyat.testing.WindowTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Another window or program saves on the same database (a second store handle here): the window
 * shows it in place, keeping the selection, and a form open on the changed event says so at once.
 */
@ExtendWith(ApplicationExtension.class)
class OutsideChangesTest {

    private static final String EMBASSY = "qa-kz-2008-05-qatari-embassy-astana";
    private static final String OTHER = "qa-kz-2007-05-kazakh-embassy-doha";

    @TempDir
    static Path tempDir;

    private CuratedWindow curated;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        curated = CuratedWindow.show(stage, tempDir, true);
        curated.preferences().setEditorName("Bilal");
    }

    @AfterEach
    void close() {
        curated.close();
    }

    private void saveElsewhere(String id, Map<String, String> values) {
        try (CatalogueStore a = Catalogues.open(curated.database())) {
            a.saveEvent(EventFields.with(a.event(id).orElseThrow(), values), "Amal");
        }
    }

    @Test
    void aSaveElsewhereAppearsInPlaceAndTheSelectionStays(FxRobot robot) throws Exception {
        onFx(() -> curated.window().languageProperty().set(Language.EN));
        onFx(() -> curated.window().selectEvent(curated.store().event(OTHER).orElseThrow()));
        saveElsewhere(EMBASSY, Map.of("title.en", "Embassy title saved elsewhere"));
        saveElsewhere(OTHER, Map.of("summary.en", "A summary saved elsewhere."));
        onFx(() -> curated.window().checkForChanges());
        WaitForAsyncUtils.waitForFxEvents();

        ListView<Event> list = robot.lookup("#event-list").queryListView();
        assertThat(onFx(() -> list.getSelectionModel().getSelectedItem().id())).isEqualTo(OTHER);
        onFx(() -> list.scrollTo(curated.window().model().find(EMBASSY).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> list.lookupAll(".label").stream().filter(Node::isVisible)
                .map(n -> ((Label) n).getText()).toList())).contains("Embassy title saved elsewhere");
        // the details of the selected event show what was saved elsewhere
        Node detail = robot.lookup("#detail-pane").query();
        assertThat(onFx(() -> WindowTexts.texts(detail))).contains("A summary saved elsewhere.");
        // and F2 opens what is stored now, not a stale copy
        onFx(() -> curated.window().editing().editModeProperty().set(true));
        onFx(() -> curated.window().selectEvent(curated.window().model().find(EMBASSY).orElseThrow()));
        robot.clickOn("#event-list");
        onFx(() -> curated.window().selectEvent(curated.window().model().find(EMBASSY).orElseThrow()));
        robot.type(KeyCode.F2);
        EventForm form = curated.window().openForm().orElseThrow();
        assertThat(form.titleEnField().getText()).isEqualTo("Embassy title saved elsewhere");
        assertThat(form.initial().version()).isEqualTo(curated.store().event(EMBASSY).orElseThrow().version());
    }

    @Test
    void aWindowWhoseRunnerWasClosedStopsAskingInsteadOfFailing() throws Exception {
        org.hawliyat.ui.concurrent.BackgroundTaskRunner runner = new org.hawliyat.ui.concurrent.BackgroundTaskRunner();
        Stage[] other = new Stage[1];
        org.hawliyat.ui.MainWindow[] window = new org.hawliyat.ui.MainWindow[1];
        onFx(() -> {
            other[0] = new Stage();
            window[0] = new org.hawliyat.ui.MainWindow(other[0], curated.store(), runner, curated.preferences());
            window[0].show();
        });
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> window[0].model().contents() != null);
        for (int i = 0; i < 3; i++) { // what the first read started (history, drafts) finishes first
            WaitForAsyncUtils.waitForFxEvents();
            runner.runAndWait(() -> { });
        }
        WaitForAsyncUtils.waitForFxEvents();
        runner.close(); // as the application does when it stops, while the window's timer may still tick
        saveElsewhere(EMBASSY, Map.of("title.en", "After the runner closed"));
        try {
            onFx(() -> window[0].checkForChanges()); // would throw RejectedExecutionException on the FX thread
            onFx(() -> window[0].checkForChanges());
        } finally {
            onFx(() -> other[0].close());
        }
    }

    @Test
    void anOpenFormOnTheChangedEventSaysWhoChangedItAndCanReload(FxRobot robot) throws Exception {
        onFx(() -> curated.window().editing().editModeProperty().set(true));
        onFx(() -> curated.window().selectEvent(curated.store().event(EMBASSY).orElseThrow()));
        robot.clickOn("#event-list");
        onFx(() -> curated.window().selectEvent(curated.store().event(EMBASSY).orElseThrow()));
        robot.type(KeyCode.F2);
        EventForm form = curated.window().openForm().orElseThrow();
        onFx(() -> form.summaryArInput().setText("ملخص كتبه بلال."));

        saveElsewhere(EMBASSY, Map.of("title.ar", "عنوان حفظته أمل"));
        onFx(() -> curated.window().checkForChanges());
        WaitForAsyncUtils.waitForFxEvents();

        // the form stays, with what was typed, and says who saved and when
        assertThat(curated.window().openForm()).containsSame(form);
        assertThat(form.summaryArInput().getText()).isEqualTo("ملخص كتبه بلال.");
        Node banner = form.lookup("#form-changed-elsewhere");
        assertThat(banner).isNotNull();
        assertThat(onFx(() -> WindowTexts.texts(banner))).first().asString()
                .startsWith("حفظ Amal هذا الحدث في ").endsWith("وهو مفتوح هنا.");

        robot.moveTo(onFx(() -> new Point2D(stage.getX() + 3, stage.getY() + 3)));
        CuratedWindow.clickInDetail(robot, "#elsewhere-reload");
        EventForm reloaded = curated.window().openForm().orElseThrow();
        assertThat(reloaded).isNotSameAs(form);
        assertThat(reloaded.titleArField().getText()).isEqualTo("عنوان حفظته أمل");
        assertThat(reloaded.isDirty()).isFalse();
    }
}
