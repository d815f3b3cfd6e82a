package org.hawliyat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hawliyat.app.CuratedData;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Country;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.PartialDate;
import org.hawliyat.model.Period;
import org.hawliyat.model.Person;
import org.hawliyat.model.Place;
import org.hawliyat.store.sqlite.SqliteCatalogueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import that replaces countries, places, people and periods leaves their old values in the history. */
class ImportHistoryTest {

    @TempDir
    Path dir;

    @Test
    void everyReplacedNamedRecordIsInTheHistoryWithItsOldAndNewValues() {
        Catalogue curated = CuratedData.load();
        try (CatalogueStore store = SqliteCatalogueStore.open(dir.resolve("h.db"))) {
            store.seed(curated);
            Country country = curated.countries().get(0);
            Place place = curated.places().get(0);
            Person person = curated.people().get(0);
            Period period = curated.periods().get(0);
            Catalogue renaming = new Catalogue(List.of(),
                    List.of(new Country(country.id(), LocalizedText.of("اسم آخر", country.name().en()))),
                    List.of(new Place(place.id(), LocalizedText.of(place.name().ar(), "Another place"), place.countryId())),
                    List.of(new Person(person.id(), LocalizedText.of("شخص آخر", "Someone else"))),
                    List.of(new Period(period.id(), period.name(), PartialDate.parse("1990"), period.end(),
                            period.personId(), period.countryId(), "a note")),
                    List.of(), List.of(), List.of());
            store.importCatalogue(renaming, "Amal");

            assertThat(store.recordHistory(RecordKind.COUNTRY, country.id())).singleElement().satisfies(h -> {
                assertThat(h.field()).isEqualTo("name.ar");
                assertThat(h.before()).isEqualTo(country.name().ar());
                assertThat(h.after()).isEqualTo("اسم آخر");
                assertThat(h.editor()).isEqualTo("Amal");
                assertThat(h.version()).isEqualTo(2);
            });
            assertThat(store.recordHistory(RecordKind.PLACE, place.id())).extracting(HistoryEntry::field)
                    .containsExactly("name.en");
            assertThat(store.recordHistory(RecordKind.PERSON, person.id())).extracting(HistoryEntry::field)
                    .containsExactly("name.ar", "name.en");
            assertThat(store.recordHistory(RecordKind.PERIOD, period.id())).extracting(HistoryEntry::field, HistoryEntry::before,
                    HistoryEntry::after).contains(
                    org.assertj.core.groups.Tuple.tuple("start", period.start().toIso(), "1990"),
                    org.assertj.core.groups.Tuple.tuple("note", period.note(), "a note"));

            // the same file again changes nothing and records nothing
            store.importCatalogue(renaming, "Amal");
            assertThat(store.recordHistory(RecordKind.COUNTRY, country.id())).hasSize(1);
            assertThat(store.recordHistory(RecordKind.PERSON, person.id())).hasSize(2);
        }
    }
}
