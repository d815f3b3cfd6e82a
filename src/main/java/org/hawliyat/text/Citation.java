package org.hawliyat.text;

import java.util.ArrayList;
import java.util.List;
import org.hawliyat.model.ArticleInfo;
import org.hawliyat.model.Language;

/**
 * A reference to a passage, ready to paste: author, title, outlet, date and the quoted passage,
 * in the punctuation of the reader's language (Arabic: «…» and the Arabic comma; English: “…”).
 * Parts the article lacks are left out rather than written as blanks.
 */
public final class Citation {

    private final Messages messages;
    private final DateWords dates;

    private Citation(Language language, DateStyle style) {
        this.messages = Messages.of(language);
        this.dates = DateWords.in(language, style);
    }

    public static Citation in(Language language, DateStyle style) {
        return new Citation(language, style);
    }

    /** The reference to the article, without a passage. */
    public String of(ArticleInfo article) {
        List<String> parts = new ArrayList<>();
        if (article.author() != null) {
            parts.add(article.author());
        }
        parts.add(messages.get("citation.title", article.title()));
        if (article.outlet() != null) {
            parts.add(article.outlet());
        }
        if (article.published() != null) {
            parts.add(dates.format(article.published()));
        }
        return String.join(messages.get("citation.separator"), parts);
    }

    /** The reference followed by the quoted passage. */
    public String of(ArticleInfo article, String quote) {
        return messages.get("citation.withQuote", of(article), quote.strip());
    }
}
