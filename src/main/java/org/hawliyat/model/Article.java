package org.hawliyat.model;

import java.util.Objects;

/** A source article: its metadata and full text. */
public record Article(String id, String title, String outlet, String author, Language language,
                      EventDate published, String provenance, String text) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        outlet = Text.blankToNull(outlet);
        author = Text.blankToNull(author);
        provenance = Text.blankToNull(provenance);
    }

    /** The metadata alone. */
    public ArticleInfo info() {
        return new ArticleInfo(id, title, outlet, author, language, published, provenance);
    }
}
