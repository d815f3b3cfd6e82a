package org.hawliyat.reading;

import org.hawliyat.model.Event;
import org.hawliyat.model.SourceRef;
import org.hawliyat.text.TextSpan;

/** One passage of an article cited by one event. */
public record Passage(Event event, SourceRef source) {

    public TextSpan span() {
        return new TextSpan(source.start(), source.end());
    }
}
