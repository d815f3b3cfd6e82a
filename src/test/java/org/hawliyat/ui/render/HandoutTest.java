package org.hawliyat.ui.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hawliyat.app.Catalogues;
import org.hawliyat.model.Event;
import org.hawliyat.model.Language;
import org.hawliyat.model.Tour;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxToolkit;

/**
 * The PDF handout of the curated data, read back with PDFBox: its pages are the ones its layout
 * planned, its invisible text says what the pages show, and its first page shows the timeline.
 */
class HandoutTest {

    private static final String TOUR = "qa-kz-thirty-years";
    private static final LocalDate EXPORTED = LocalDate.of(2026, 11, 28);

    @TempDir
    static Path dir;

    private static CatalogueStore store;

    @BeforeAll
    static void openTheCuratedData() throws Exception {
        FxToolkit.registerPrimaryStage(); // as RenderCommandTest: the toolkit as the UI tests start it
        store = Catalogues.open(dir.resolve("handout.db"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static HandoutRequest request(Path out, Language language, String tour) {
        return new HandoutRequest(out, language, tour, null, null, 150, null, null, EXPORTED);
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return withoutMarks(stripper.getText(pdf)).replaceAll("\\s+", " ");
    }

    /** The text without the layer's invisible direction marks (see HandoutPdfTextTest). */
    private static String withoutMarks(String text) {
        return text.replace("\u200E", "").replace("\u200F", "");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theCuratedHandoutHasThePagesItsLayoutPlannedAndItsTextIsInThePdf(Language language) throws IOException {
        Path out = dir.resolve("curated-" + language.code() + ".pdf");
        HandoutPages.Plan plan = new HandoutRenderer(store).render(request(out, language, null));
        List<Event> events = store.events();

        // the plan: every event once, in time order, no page over-full
        assertThat(plan.rowHeights()).hasSize(events.size());
        assertThat(plan.pages().get(0).from()).isZero();
        assertThat(plan.pages().get(plan.pageCount() - 1).to()).isEqualTo(events.size());
        for (int i = 0; i < plan.pageCount(); i++) {
            HandoutLayout.Page page = plan.pages().get(i);
            if (i > 0) {
                assertThat(page.from()).isEqualTo(plan.pages().get(i - 1).to());
            }
            double used = plan.rowHeights().subList(page.from(), page.to()).stream().mapToDouble(Double::doubleValue).sum();
            assertThat(used).as("rows on page %d", page.number()).isLessThanOrEqualTo(i == 0 ? plan.firstPageRoom() : plan.otherPageRoom());
        }
        assertThat(plan.pageCount()).as("the curated table does not fit on the first page").isGreaterThan(1);

        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(plan.pageCount());
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));

            String first = pageText(pdf, 1);
            Event firstEvent = events.get(0);
            // a title wraps over lines that share their baselines with other columns: read its column alone
            assertThat(columnText(pdf, 0, 2, language)).contains(firstEvent.title().in(language));
            assertThat(first).contains(firstEvent.sources().get(0).quote().substring(0, 20));
            assertThat(first).contains(language == Language.AR ? "1 يوليو 1993" : "1 July 1993");
            assertThat(first).contains(language == Language.AR ? "28 نوفمبر 2026" : "28 November 2026");
            assertThat(first).contains(language == Language.AR ? "1 من " + plan.pageCount() : "1 / " + plan.pageCount());
            // the rows the plan put on the second page are there, and not on the first
            Event second = events.get(plan.pages().get(1).from());
            assertThat(columnText(pdf, 1, 2, language)).contains(second.title().in(language));
            assertThat(columnText(pdf, 0, 2, language)).doesNotContain(second.title().in(language));
            // the timeline is a picture: its labels are not in the text layer
            assertThat(first).doesNotContain(language == Language.AR ? "عهد الأمير تميم بن حمد" : "Emir Tamim bin Hamad");

            BufferedImage page1 = new PDFRenderer(pdf).renderImageWithDPI(0, 100);
            assertThat(page1.getWidth()).isBetween(826, 827); // A4's 8.27 inches
            // the timeline sits below the title: a band from a seventh to a third of the page
            int top = page1.getHeight() / 7;
            int bottom = page1.getHeight() / 3;
            assertThat(colours(page1, top, bottom)).as("colours in the timeline's band").isGreaterThan(200);
            assertThat(inked(page1, top, bottom)).as("share of the band that is not white").isGreaterThan(0.3);
        }
    }

    @Test
    void aTourHandoutListsExactlyTheTourStopsInTourOrderWithTheirNotes() throws IOException {
        Path out = dir.resolve("tour.pdf");
        HandoutPages.Plan plan = new HandoutRenderer(store).render(request(out, Language.EN, TOUR));
        Tour tour = store.tours().stream().filter(t -> t.id().equals(TOUR)).findFirst().orElseThrow();
        assertThat(plan.rowHeights()).hasSize(tour.stops().size());

        String text;
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(plan.pageCount());
            assertThat(pageText(pdf, 1)).contains("Thirty years of Qatar–Kazakhstan relations", "stops: 10");
            text = withoutMarks(new PDFTextStripper().getText(pdf)).replaceAll("\\s+", " ");
        }
        int at = -1;
        for (Tour.Stop stop : tour.stops()) {
            String title = store.event(stop.eventId()).orElseThrow().title().en();
            int found = text.indexOf(title);
            assertThat(found).as("%s after the stop before it", title).isGreaterThan(at);
            at = found;
            assertThat(text).contains(stop.note().en());
        }
        Set<String> inTour = new HashSet<>();
        tour.stops().forEach(s -> inTour.add(s.eventId()));
        List<String> others = new ArrayList<>();
        for (Event e : store.events()) {
            if (!inTour.contains(e.id())) {
                others.add(e.title().en());
            }
        }
        assertThat(others).isNotEmpty().allSatisfy(title -> assertThat(text).doesNotContain(title));
    }

    @Test
    void aTourStopOfATrashedEventIsLeftOut() throws IOException {
        Path db = dir.resolve("small.db");
        try (CatalogueStore small = org.hawliyat.store.sqlite.SqliteCatalogueStore.open(db)) {
            small.importCatalogue(Fixtures.catalogue(Fixtures.event("e1", "1993-07-01"), Fixtures.event("e2", "2008-05")));
            small.saveTour(new Tour("synthetic-tour", org.hawliyat.model.LocalizedText.of("جولة تجريبية (بيانات اصطناعية)",
                    "Synthetic test tour"), List.of(new Tour.Stop("e2", null), new Tour.Stop("e1", null))), "test");
            small.deleteEvent("e2", 1, "test");
            HandoutPages.Plan plan = new HandoutRenderer(small).render(request(dir.resolve("small.pdf"), Language.AR, "synthetic-tour"));
            assertThat(plan.rowHeights()).hasSize(1);
            assertThat(plan.pageCount()).isEqualTo(1);
        }
    }

    /** The text of one column of the table on one page (0-based), lines joined by spaces. */
    private static String columnText(PDDocument pdf, int page, int column, Language language) throws IOException {
        double[] span = HandoutPages.columnSpan(column, language.isRightToLeft());
        double points = 72.0 / 96;
        org.apache.pdfbox.text.PDFTextStripperByArea stripper = new org.apache.pdfbox.text.PDFTextStripperByArea();
        stripper.addRegion("column", new java.awt.geom.Rectangle2D.Double(span[0] * points, 0,
                (span[1] - span[0]) * points, pdf.getPage(page).getMediaBox().getHeight()));
        stripper.extractRegions(pdf.getPage(page));
        return withoutMarks(stripper.getTextForRegion("column")).replaceAll("\\s+", " ");
    }

    private static int colours(BufferedImage image, int fromY, int toY) {
        Set<Integer> seen = new HashSet<>();
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                seen.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return seen.size();
    }

    private static double inked(BufferedImage image, int fromY, int toY) {
        long inked = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        return inked / (double) ((long) (toY - fromY) * image.getWidth());
    }
}
