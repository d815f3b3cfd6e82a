package org.hawliyat.model;

import java.util.Objects;

/**
 * An article's metadata without its text: what lists, citations and the articles browser need. The
 * text, which can be long, is read only when the article is opened.
 */
public record ArticleInfo(String id, String title, String outlet, String author, Language language,
                          EventDate published, String provenance) {
    public ArticleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        outlet = Text.blankToNull(outlet);
        author = Text.blankToNull(author);
        provenance = Text.blankToNull(provenance);
    }
}
