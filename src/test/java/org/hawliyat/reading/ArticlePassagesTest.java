package org.hawliyat.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hawliyat.app.CuratedData;
import org.hawliyat.model.Article;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Event;
import org.junit.jupiter.api.Test;

class ArticlePassagesTest {

    private static final Catalogue CURATED = CuratedData.load();
    private static final Article ARTICLE = CURATED.articles().get(0);

    private static ArticlePassages passages() {
        return ArticlePassages.of(ARTICLE.id(), ARTICLE.text().length(), CURATED.events());
    }

    @Test
    void everyCitedPassageIsListedInReadingOrder() {
        List<Passage> all = passages().all();
        long sources = CURATED.events().stream().mapToLong(e -> e.sources().size()).sum();
        assertThat(all).hasSize((int) sources);
        assertThat(all).extracting(p -> p.source().start()).isSorted();
        assertThat(all).allSatisfy(p -> assertThat(p.source().matches(ARTICLE.text())).isTrue());
    }

    @Test
    void eventsComeOnceInTheOrderTheyAreFirstRead() {
        List<Event> events = passages().events();
        assertThat(events).doesNotHaveDuplicates().hasSize(CURATED.events().size());
        // the Emir's 2023 visit is cited first (the opening sentence), the relations of 1993 later
        assertThat(events.get(0).id()).isEqualTo("qa-kz-2023-06-tamim-visit-astana-forum");
    }

    @Test
    void aCharacterIndexResolvesToTheMostSpecificPassage() {
        ArticlePassages passages = passages();
        Passage relations = passages.all().stream()
                .filter(p -> p.event().id().equals("qa-kz-1993-relations-established")).findFirst().orElseThrow();
        assertThat(passages.at(relations.source().start() + 3)).contains(relations);
        assertThat(passages.at(relations.source().end())).isNotEqualTo(java.util.Optional.of(relations));
        assertThat(passages.at(0)).isEmpty(); // "الدوحة - …" is cited by no event
    }

    @Test
    void spansOutsideTheTextAreLeftOut() {
        assertThat(ArticlePassages.of(ARTICLE.id(), 10, CURATED.events()).all()).isEmpty();
        assertThat(ArticlePassages.of("another-article", ARTICLE.text().length(), CURATED.events()).all()).isEmpty();
    }

    @Test
    void eventCountsCountEachEventOncePerArticle() {
        assertThat(ArticlePassages.eventCounts(CURATED.events()))
                .containsEntry(ARTICLE.id(), CURATED.events().size()); // one event cites two passages, counted once
    }
}
