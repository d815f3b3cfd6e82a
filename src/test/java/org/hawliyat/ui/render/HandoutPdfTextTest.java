package org.hawliyat.ui.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hawliyat.model.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The handout's invisible text layer read back by the two text extractors people meet (PDFBox, as
 * in Java tools, and poppler's pdftotext, as in Linux viewers and command lines): each line comes
 * back in reading order, with Arabic, digits, punctuation, «», brackets and Latin where the
 * reader wrote them. Both give the text with directional marks (the layer's own U+200E/U+200F that
 * keep the extractors' reordering right, and poppler's embedding controls U+202A–U+202C), which are
 * invisible; the test compares the text without them.
 */
class HandoutPdfTextTest {

    /** Lines of an Arabic handout page: right to left, as the handout writes them. */
    static final List<String> ARABIC = List.of(
            "صدر في 29 نوفمبر 2026، باللغة العربية",
            "«العلاقات» بين قطر وكازاخستان (1993)",
            "سيف الحموري، حال قطر",
            "افتتاح سفارة Qatar في أستانا عام 2008: الخطوة الأولى.",
            "حوالي يونيو 2023 – Astana، «الدوحة»",
            "الدورة الخامسة للجنة المشتركة (الدوحة، 12–14 نوفمبر 2019)؟",
            "قال: «نحن شركاء» [المصدر: QNA]");

    /** Lines of an English handout page: left to right, some with an Arabic source. */
    static final List<String> ENGLISH = List.of(
            "Doha, about June 2023 سيف الحموري",
            "سيف الحموري\u200E, حال قطر\u200E, about June 2023", // as the handout writes a source
            "Opened in الدوحة on the first day (and «officially») in 1993.",
            "Embassy of Qatar opened (1993) in Almaty",
            "\"Fifth session\" of the joint committee, 2019");

    @TempDir
    static Path dir;
    static Path arabic;
    static Path english;

    @BeforeAll
    static void writeThePdfs() throws IOException {
        arabic = write("ar.pdf", ARABIC, true, Language.AR);
        english = write("en.pdf", ENGLISH, false, Language.EN);
    }

    private static Path write(String name, List<String> lines, boolean rightToLeft, Language language)
            throws IOException {
        List<HandoutPages.PageText> texts = new ArrayList<>();
        double y = 60;
        for (String line : lines) {
            double width = line.length() * 6.5; // about the width such a line has at 12 px
            double x = rightToLeft ? 760 - width : 40;
            texts.add(new HandoutPages.PageText(line, x, y, width, 16, y + 12, 12, rightToLeft));
            y += 28;
        }
        Path out = dir.resolve(name);
        try (HandoutPdf pdf = new HandoutPdf("test", language)) {
            pdf.addPage(new HandoutPages.DrawnPage(new BufferedImage(794, 1123, BufferedImage.TYPE_INT_RGB),
                    794, 1123, texts));
            pdf.save(out);
        }
        return out;
    }

    /** The extracted text's non-empty lines, without the invisible directional marks. */
    static List<String> lines(String extracted) {
        return Arrays.stream(extracted.replaceAll("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "").split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    static List<String> withoutMarks(List<String> lines) {
        return lines.stream().map(line -> line.replace("\u200E", "")).toList();
    }

    static String pdfbox(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    static String poppler(Path pdf) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").start();
        } catch (IOException notInstalled) {
            assumeTrue(false, "pdftotext (poppler-utils) is not installed; .ci/run installs it");
            return "";
        }
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return text;
    }

    @Test
    void pdfboxReadsArabicLinesInReadingOrder() throws IOException {
        assertThat(lines(pdfbox(arabic))).containsExactlyElementsOf(ARABIC);
    }

    @Test
    void pdfboxReadsEnglishLinesInReadingOrder() throws IOException {
        assertThat(lines(pdfbox(english))).containsExactlyElementsOf(withoutMarks(ENGLISH));
    }

    @Test
    void popplerReadsArabicLinesInReadingOrder() throws Exception {
        assertThat(lines(poppler(arabic))).containsExactlyElementsOf(ARABIC);
    }

    @Test
    void popplerReadsEnglishLinesInReadingOrder() throws Exception {
        assertThat(lines(poppler(english))).containsExactlyElementsOf(withoutMarks(ENGLISH));
    }

    @Test
    void theMarksAreTheOnlyCharactersAdded() throws IOException {
        String extracted = pdfbox(arabic);
        java.util.Set<Integer> written = new java.util.HashSet<>();
        ARABIC.forEach(line -> line.codePoints().forEach(written::add));
        assertThat(extracted).contains("\u200F"); // the marks are there ...
        assertThat(extracted.codePoints().filter(c -> !written.contains(c) && !Character.isWhitespace(c)))
                .as("... and nothing else the lines did not hold")
                .allMatch(c -> c == 0x200E || c == 0x200F);
    }
}
