package org.hawliyat.ui.article;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.hawliyat.ui.common.UiText;

/**
 * The article's commands above its text: Find and Copy citation, then the text size. In a narrow
 * pane the size buttons go to a second line; no button is ever cut to "…".
 */
final class ArticleToolbar {

    private ArticleToolbar() {
    }

    static Node of(UiText text, Runnable find, Runnable cite, Runnable smaller, Runnable larger) {
        Button findButton = button(text, "article.find", "article-find", find);
        Button smallerButton = button(text, "article.fontSmaller", "article-font-smaller", smaller);
        Button largerButton = button(text, "article.fontLarger", "article-font-larger", larger);
        smallerButton.setTooltip(tooltip(text, "article.fontSmaller.tip"));
        largerButton.setTooltip(tooltip(text, "article.fontLarger.tip"));
        Button citeButton = button(text, "article.copyCitation", "article-copy-citation", cite);
        citeButton.setTooltip(tooltip(text, "article.copyCitation.tip"));
        HBox commands = new HBox(findButton, citeButton);
        HBox size = new HBox(smallerButton, largerButton);
        commands.getStyleClass().add("article-toolbar-group");
        size.getStyleClass().add("article-toolbar-group");
        FlowPane bar = new FlowPane(commands, size);
        bar.getStyleClass().add("article-toolbar");
        return bar;
    }

    /** A button labelled from the bundles in the current language, never narrower than its label. */
    static Button button(UiText text, String key, String id, Runnable action) {
        Button button = new Button();
        button.textProperty().bind(text.text(key));
        button.setId(id);
        button.setMnemonicParsing(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    static Tooltip tooltip(UiText text, String key) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(text.text(key));
        return tooltip;
    }
}
