package org.hawliyat.ui.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.hawliyat.model.Language;

/**
 * Writes the handout's pages into a PDF: each page is its picture, drawn by JavaFX (so Arabic is
 * shaped and joined exactly as in the window), over the whole A4 page, with the page's text laid
 * over it invisibly (rendering mode "neither") so that it can be searched, selected and copied.
 * The only class that uses PDFBox.
 *
 * <p>The invisible text is in the bundled DejaVu Sans, which has every letter the pictures show.
 * PDFBox does not shape Arabic, and need not: nothing of that text is seen. Each line is written in
 * <em>visual</em> order (as {@link VisualOrder} turns it), because that is how PDF readers expect
 * the glyphs of a page to come and how they turn them back into reading order: PDFBox's own text
 * extraction, like the viewers', reorders a right-to-left line, so a line written in logical order
 * would come out reversed; {@link VisualOrder} also adds the invisible marks that keep the
 * extractors' reordering right. Each line is stretched to the width it has in the picture, so that a
 * selection covers the words it selects.
 */
final class HandoutPdf implements AutoCloseable {

    private static final String FONT = "/fonts/DejaVuSans.ttf";

    private final PDDocument document = new PDDocument();
    private final TrueTypeFont fontFile;
    private final PDType0Font font;

    HandoutPdf(String title, Language language) throws IOException {
        try (InputStream in = HandoutPdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IOException("the font " + FONT + " is missing from the application");
            }
            fontFile = new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
        // each character's own glyph: with the font's substitutions on, PDFBox writes DejaVu's Latin
        // ligatures (one glyph for "fi"), unseen in an invisible layer but copied as "oﬃcial"
        fontFile.setEnableGsub(false);
        font = PDType0Font.load(document, fontFile, true); // only the letters used are embedded
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Hawliyat");
        info.setCreationDate(new GregorianCalendar(TimeZone.getTimeZone("UTC")));
        document.getDocumentCatalog().setLanguage(language.code());
    }

    /** Adds a page: the picture over the whole A4 page, and its text over the picture, invisible. */
    void addPage(HandoutPages.DrawnPage drawn) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        PDRectangle box = page.getMediaBox();
        float scale = (float) (box.getWidth() / drawn.width()); // points per layout pixel (72/96)
        PDImageXObject image = LosslessFactory.createFromImage(document, drawn.image());
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawImage(image, 0, 0, box.getWidth(), box.getHeight());
            content.beginText();
            content.setRenderingMode(RenderingMode.NEITHER);
            for (HandoutPages.PageText line : drawn.texts()) {
                String glyphs = printable(VisualOrder.of(line.text(), line.rightToLeft()));
                if (glyphs.isBlank()) {
                    continue;
                }
                float size = (float) (line.fontSize() * scale);
                content.setFont(font, size);
                float natural = font.getStringWidth(glyphs) / 1000f * size;
                float wanted = (float) (line.width() * scale);
                content.setHorizontalScaling(natural > 0 ? 100f * wanted / natural : 100f);
                content.setTextMatrix(Matrix.getTranslateInstance((float) (line.x() * scale),
                        box.getHeight() - (float) (line.baseline() * scale)));
                content.showText(glyphs);
            }
            content.endText();
        }
    }

    /** The text with every character the font cannot write replaced by a space. */
    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append(' ');
            }
        });
        return out.toString();
    }

    /** Writes the file whole or not at all: to a temporary file first, then moved into place. */
    void save(Path out) throws IOException {
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        // beside the target, with the permissions any new file gets (a temporary file's are owner-only)
        Path temp = target.resolveSibling("." + target.getFileName() + "." + java.util.UUID.randomUUID() + ".tmp");
        try {
            try (java.io.OutputStream stream = Files.newOutputStream(temp, java.nio.file.StandardOpenOption.CREATE_NEW)) {
                document.save(stream);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            document.close();
        } finally {
            fontFile.close();
        }
    }
}
