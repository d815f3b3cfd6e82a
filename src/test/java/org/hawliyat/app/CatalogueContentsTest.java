package org.hawliyat.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventFields;
import org.hawliyat.model.EventType;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.timeline.TimelineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change applied in memory must give what reading the whole catalogue again gives. */
class CatalogueContentsTest {

    @TempDir
    Path dir;

    @Test
    void aChangeAppliedInMemoryGivesWhatReadingAgainGives() {
        try (CatalogueStore store = Catalogues.open(dir.resolve("t.db"))) {
            CatalogueContents before = CatalogueContents.readFrom(store);
            Event first = before.events().get(0);
            Event gone = before.events().get(3);
            // moved in time and given a new type: its place in the order and its lane change
            EventType fair = new EventType("trade-fair", LocalizedText.of("معرض تجاري", "Trade fair"));
            store.saveType(fair, "Test");
            Event moved = store.saveEvent(EventFields.with(first, Map.of("date", "2030-01-01", "type", "trade-fair")),
                    "Test");
            store.deleteEvent(gone.id(), gone.version(), "Test");

            CatalogueContents applied = before.with(new CatalogueChange(List.of(moved), Set.of(gone.id()),
                    List.of(fair), List.of(), store.tours())); // as Editing reads them when events leave or come back
            CatalogueContents reread = CatalogueContents.readFrom(store);

            assertThat(applied.events()).isEqualTo(reread.events());
            assertThat(applied.eventsById()).isEqualTo(reread.eventsById());
            assertThat(applied.event(moved.id())).contains(moved);
            assertThat(applied.event(gone.id())).isEmpty();
            assertThat(List.copyOf(applied.types().keySet())).isEqualTo(List.copyOf(reread.types().keySet()));
            assertThat(List.copyOf(applied.countries().keySet())).isEqualTo(List.copyOf(reread.countries().keySet()));
            assertThat(applied.articleEventCounts()).isEqualTo(reread.articleEventCounts());
            assertThat(applied.tours()).isEqualTo(reread.tours());
            assertThat(applied.timeline().items()).extracting(TimelineItem::id)
                    .isEqualTo(reread.timeline().items().stream().map(TimelineItem::id).toList());
            assertThat(applied.timeline().types()).isEqualTo(reread.timeline().types());
            assertThat(applied.timeline().typeIndex("trade-fair")).isEqualTo(reread.timeline().typeIndex("trade-fair"));
            // the contents read first are untouched
            assertThat(before.event(gone.id())).isPresent();
        }
    }
}
