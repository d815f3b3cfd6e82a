package org.hawliyat.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.SimpleBooleanProperty;
import org.hawliyat.app.CatalogueChange;
import org.hawliyat.app.CatalogueContents;
import org.hawliyat.app.Catalogues;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventFields;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.ui.concurrent.SynchronousTaskRunner;
import org.hawliyat.ui.search.WindowFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's state without a window: selection, filtering and changes applied in place. */
class WindowModelTest {

    @TempDir
    Path dir;

    @Test
    void aChangeReplacesOnlyItsEventsAndKeepsTheSelectionByIdOrMovesToTheFirst() {
        try (CatalogueStore store = Catalogues.open(dir.resolve("t.db"))) {
            WindowModel model = new WindowModel(new WindowFilter(new SimpleBooleanProperty(false)), false, new SynchronousTaskRunner());
            model.show(CatalogueContents.readFrom(store));
            assertThat(model.selected()).isEqualTo(model.rows().get(0));
            Event chosen = model.rows().get(5);
            model.selectedProperty().set(chosen);
            List<Event> selections = new ArrayList<>();
            model.selectedProperty().addListener((o, before, after) -> selections.add(after));

            Event saved = store.saveEvent(EventFields.with(chosen, Map.of("title.en", "Changed")), "Test");
            model.apply(CatalogueChange.saved(saved), saved.id());
            assertThat(model.selected()).isSameAs(saved); // the stored version, found by id
            assertThat(model.rows()).isEqualTo(CatalogueContents.readFrom(store).events());
            assertThat(model.find(saved.id())).containsSame(saved);

            store.deleteEvent(saved.id(), saved.version(), "Test");
            model.apply(new CatalogueChange(List.of(), Set.of(saved.id()), List.of(), List.of(), store.tours()), null);
            assertThat(model.find(saved.id())).isEmpty();
            assertThat(model.selected()).isEqualTo(model.rows().get(0)); // as a full reload did
            assertThat(selections).doesNotContainNull(); // never "nothing selected" on the way
        }
    }

    @Test
    void filtersHideOrDimAndTheCountsFollow() {
        try (CatalogueStore store = Catalogues.open(dir.resolve("t.db"))) {
            WindowFilter filter = new WindowFilter(new SimpleBooleanProperty(false));
            WindowModel model = new WindowModel(filter, false, new SynchronousTaskRunner());
            model.show(CatalogueContents.readFrom(store));
            int all = model.rows().size();
            Event kept = model.rows().get(2);
            filter.searchMatchesProperty().set(Set.of(kept.id()));
            assertThat(model.rows()).containsExactly(kept);
            assertThat(model.shown().matchingCount()).isEqualTo(1);
            assertThat(model.shown().timeline().items()).hasSize(1);
            assertThat(model.selected()).isEqualTo(kept); // the first shown: the one selected before is hidden

            filter.dimProperty().set(true);
            assertThat(model.rows()).hasSize(all);
            assertThat(model.shown().isDimmed(kept)).isFalse();
            assertThat(model.shown().isDimmed(model.rows().get(0))).isTrue();
            assertThat(model.selected()).isEqualTo(kept);

            filter.searchMatchesProperty().set(null);
            assertThat(model.shown().matchingCount()).isEqualTo(-1);
            assertThat(model.shown().highlighted()).isNull();
        }
    }

    @Test
    void editModeIsNeverOnForAReadOnlyDatabase() {
        WindowModel model = new WindowModel(new WindowFilter(new SimpleBooleanProperty(false)), true, new SynchronousTaskRunner());
        model.editModeProperty().set(true);
        assertThat(model.isEditing()).isFalse();
    }
}
