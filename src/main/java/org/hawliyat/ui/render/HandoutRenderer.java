package org.hawliyat.ui.render;

import java.io.IOException;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.timeline.TimelineData;
import org.hawliyat.app.CatalogueContents;

/**
 * Writes a PDF handout without a display: the pages are laid out and drawn by JavaFX on Monocle's
 * headless platform ({@link HandoutPages}), one at a time, and each is added to the PDF
 * ({@link HandoutPdf}) as soon as it is drawn, so that only one page picture is in memory.
 */
public final class HandoutRenderer {

    private final CatalogueStore store;

    public HandoutRenderer(CatalogueStore store) {
        this.store = store;
    }

    /** What the handout will say and where its rows will go, without drawing it. */
    public HandoutPages.Plan plan(HandoutRequest request) {
        HandoutPages pages = pages(request);
        HeadlessFx.start();
        return HeadlessFx.call(pages::plan);
    }

    /**
     * Writes the handout; returns its plan (pages and rows).
     *
     * @throws IllegalArgumentException when no tour has the requested id (nothing is written)
     */
    public HandoutPages.Plan render(HandoutRequest request) throws IOException {
        HandoutPages pages = pages(request); // an unknown tour fails here, before the toolkit starts
        HeadlessFx.start();
        HandoutPages.Plan plan = HeadlessFx.call(pages::plan);
        try (HandoutPdf pdf = new HandoutPdf(pages.content().title(), request.language())) {
            for (int i = 0; i < plan.pageCount(); i++) {
                int index = i;
                pdf.addPage(HeadlessFx.call(() -> pages.draw(index)));
            }
            pdf.save(request.out());
        }
        return plan;
    }

    /** Reads the content and the timeline off the FX thread. */
    private HandoutPages pages(HandoutRequest request) {
        HandoutContent content = HandoutContent.read(store, request);
        TimelineData all = CatalogueContents.readFrom(store).timeline();
        TimelineData listed = all.only(e -> content.eventIds().contains(e.id()));
        return new HandoutPages(content, listed, request);
    }
}
