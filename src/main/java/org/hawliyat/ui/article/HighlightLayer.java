package org.hawliyat.ui.article;

/** The kinds of highlight in an article, drawn in this order (later ones on top). */
enum HighlightLayer {
    LINK("article-link"),
    PASSAGE("passage"),
    ACTIVE_PASSAGE("passage-active"),
    FIND_MATCH("find-match"),
    FIND_CURRENT("find-current"),
    SELECTION("text-selection");

    private final String styleClass;

    HighlightLayer(String styleClass) {
        this.styleClass = styleClass;
    }

    String styleClass() {
        return styleClass;
    }
}
