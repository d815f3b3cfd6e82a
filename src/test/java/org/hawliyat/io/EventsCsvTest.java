package org.hawliyat.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.hawliyat.testing.Fixtures;
import org.junit.jupiter.api.Test;

class EventsCsvTest {

    @Test
    void writesAHeaderAndOneRowPerEventWithArabicIntact() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EventsCsv().write(Fixtures.catalogue(Fixtures.event("e1", "1993-07-01"), Fixtures.event("e2", "2008-05")), out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines[0]).isEqualTo(String.join(",", EventsCsv.COLUMNS));
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith("e1,relations-established,1993-07-01,false,")
                .contains("إقامة العلاقات", "QA; KZ", "test-article@0-");
    }
}
