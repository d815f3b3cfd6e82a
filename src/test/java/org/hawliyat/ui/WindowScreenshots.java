package org.hawliyat.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.hawliyat.app.Catalogues;
import org.hawliyat.app.CuratedData;
import org.hawliyat.model.Article;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventDate;
import org.hawliyat.model.Language;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.SourceRef;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.ui.concurrent.SynchronousTaskRunner;
import org.hawliyat.ui.text.WrappedText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the window for a person to look at, not assertions:
 * {@code mvn -o test -Dtest=WindowScreenshots -Dhawliyat.shots.dir=/tmp/hawliyat-shots}.
 * Skipped unless that property is set.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "hawliyat.shots.dir", matches = ".+")
class WindowScreenshots {

    private static final String RICH_EVENT = "qa-kz-2023-06-tamim-visit-astana-forum";

    @TempDir
    static Path tempDir;

    private final Path shots = Path.of(System.getProperty("hawliyat.shots.dir", "target/shots"));
    private CatalogueStore store;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage primaryStage) throws IOException {
        Files.createDirectories(shots);
        stage = primaryStage;
        UiPreferences preferences = UiPreferences.forUser();
        preferences.clear();
        store = Catalogues.open(tempDir.resolve(System.nanoTime() + ".db"));
        window = new MainWindow(stage, store, new SynchronousTaskRunner(), preferences);
        window.show();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void arabicAndEnglish(FxRobot robot) throws Exception {
        select(robot, RICH_EVENT);
        save(stage.getScene().getRoot(), "ar.png");
        robot.interact(() -> window.languageProperty().set(Language.EN));
        save(stage.getScene().getRoot(), "en.png");
        robot.interact(() -> window.languageProperty().set(Language.AR));
    }

    @Test
    void theArticlesFirstLine(FxRobot robot) throws Exception {
        store.importCatalogue(new Catalogue(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(eventQuotingTheArticlesFirstLine())));
        robot.interact(() -> {
            window = new MainWindow(stage, store, new SynchronousTaskRunner(), UiPreferences.forUser());
            window.show();
        });
        select(robot, "screenshot-first-line");
        save(stage.getScene().getRoot(), "ar-first-line.png");

        // The same line as a single-line label (not wrapped), and the paragraph wrapped at 200 px.
        String paragraph = firstParagraph();
        Callable<Void> build = () -> {
            Label line = new Label(paragraph.substring(0, paragraph.indexOf('،')));
            WrappedText narrow = new WrappedText(paragraph);
            narrow.setMaxWidth(200);
            narrow.setPrefWidth(200);
            VBox column = new VBox(12, line, narrow);
            column.setId("narrow-column");
            column.setStyle("-fx-padding: 12; -fx-background-color: white;");
            HBox root = new HBox(column);
            root.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            Scene scene = new Scene(root, 520, 620);
            Styles.applyTo(scene);
            Stage other = new Stage();
            other.setScene(scene);
            other.show();
            return null;
        };
        WaitForAsyncUtils.asyncFx(build).get();
        WaitForAsyncUtils.waitForFxEvents();
        Node column = robot.lookup("#narrow-column").query();
        save(column.getScene().getRoot(), "wrapped-200.png");
    }

    @Test
    void dialogs(FxRobot robot) throws Exception {
        for (Language language : Language.values()) {
            UiText text = new UiText(language);
            javafx.scene.control.Alert error = WaitForAsyncUtils.asyncFx(() -> {
                javafx.scene.control.Alert alert = Dialogs.error(stage, text,
                        text.get("error.open", "/home/user/.local/share/hawliyat/hawliyat.db"));
                alert.show();
                return alert;
            }).get();
            save(error.getDialogPane(), "error-" + language.code() + ".png");
            robot.interact(error::close);
            javafx.scene.control.Alert about = WaitForAsyncUtils.asyncFx(() -> {
                javafx.scene.control.Alert alert = Dialogs.about(stage, text);
                alert.show();
                return alert;
            }).get();
            save(about.getDialogPane(), "about-" + language.code() + ".png");
            robot.interact(about::close);
        }
    }

    private void select(FxRobot robot, String eventId) {
        ListView<Event> list = robot.lookup("#event-list").queryListView();
        robot.interact(() -> {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).id().equals(eventId)) {
                    list.getSelectionModel().select(i);
                    list.scrollTo(Math.max(0, i - 3));
                    return;
                }
            }
            throw new AssertionError("no event " + eventId);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void save(Node root, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> root.snapshot(null, null)).get();
        Path file = shots.resolve(name);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        System.out.println("screenshot: " + file.toAbsolutePath() + " " + (int) image.getWidth() + "x" + (int) image.getHeight());
    }

    private static String firstParagraph() {
        return article().text().split("\n")[0];
    }

    private static Article article() {
        return CuratedData.load().articles().get(0);
    }

    /** An event whose quote is the article's first sentence: Arabic with Latin " - " between segments. */
    private static Event eventQuotingTheArticlesFirstLine() {
        String paragraph = firstParagraph();
        String quote = paragraph.substring(0, paragraph.indexOf('،'));
        return new Event("screenshot-first-line", "official-visit", EventDate.parse("1990-01-01"), null,
                LocalizedText.of("الدوحة - سيف الحموري - في إطار حرص دولة قطر", "Screenshot: the article’s first line"),
                LocalizedText.of(paragraph, null), List.of("QA", "KZ"), "doha", List.of(),
                List.of(new SourceRef(article().id(), 0, quote.length(), quote)), 1, Instant.parse("2026-01-01T00:00:00Z"));
    }
}
