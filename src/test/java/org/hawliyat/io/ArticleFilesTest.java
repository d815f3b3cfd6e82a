package org.hawliyat.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.hawliyat.model.Article;
import org.hawliyat.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        Path path = dir.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path;
    }

    @Test
    void htmlBecomesPlainTextWithOneLineBreakBetweenParagraphsAndNothingThatRuns() throws Exception {
        Path page = file("page.html", """
                <!DOCTYPE html>
                <html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>العلاقات القطرية الكازاخستانية</title>
                <style>p { color: red }</style><script>alert('no')</script>
                <link rel="stylesheet" href="https://example.com/x.css"></head>
                <body onload="alert('no')">
                  <h1>ثلاثون عاماً</h1>
                  <p>تأسست   العلاقات
                     الدبلوماسية في <b>الأول</b> من يوليو&nbsp;1993.</p>
                  <p>Then an <a href="https://example.com/embassy">embassy</a> opened.<br>A new line.</p>
                  <script>document.write('no')</script><noscript>no</noscript>
                  <ul><li>one</li><li>two</li></ul>
                  <img src="https://example.com/tracker.png" alt="">
                  <form><input value="no"><button>no</button></form>
                  <table><tr><td>a</td><td>b</td></tr></table>
                  <pre>line 1
                  indented</pre>
                </body></html>
                """);
        ArticleFiles.ArticleText read = ArticleFiles.read(page, TODAY);
        assertThat(read.title()).isEqualTo("العلاقات القطرية الكازاخستانية");
        assertThat(read.text()).isEqualTo("ثلاثون عاماً\n"
                + "تأسست العلاقات الدبلوماسية في الأول من يوليو 1993.\n"
                + "Then an embassy opened.\nA new line.\none\ntwo\na b\nline 1\nindented");
        assertThat(read.text()).doesNotContain("alert", "no", "color", "http");
        assertThat(read.language()).isEqualTo(Language.AR);
        assertThat(read.provenance()).isEqualTo("file page.html, read 2026-11-30");
    }

    @Test
    void anHtmlPageWithoutATitleTakesItsFirstHeadingElseItsFileName() throws Exception {
        assertThat(ArticleFiles.read(file("a.htm", "<h1>An  embassy</h1><p>Text.</p>"), TODAY).title())
                .isEqualTo("An embassy");
        assertThat(ArticleFiles.read(file("visit-2022.html", "<p>Text only.</p>"), TODAY).title())
                .isEqualTo("visit-2022");
    }

    @Test
    void anHtmlFileInAnotherDeclaredEncodingIsDecodedAsItSays() throws Exception {
        Path page = dir.resolve("old.html");
        Files.write(page, "<html><head><meta charset=\"windows-1256\"></head><body><p>قطر</p></body></html>"
                .getBytes(java.nio.charset.Charset.forName("windows-1256")));
        assertThat(ArticleFiles.read(page, TODAY).text()).isEqualTo("قطر");
    }

    @Test
    void markdownLosesItsMarksAndKeepsLinkAddressesInBrackets() throws Exception {
        Path md = file("notes.md", """
                ---
                layout: post
                ---
                # Qatar and **Kazakhstan**

                Relations were *established* in 1993, a line
                wrapped by the editor; see [the agency](https://example.com/qna "QNA") and <https://example.com/x>.

                ## Visits
                - The __Emir__ visited Astana.
                * A `code` word, snake_case_name and 2 * 3 * 4 stay.
                1. First, with ![a picture](pic.png).

                > A quoted line.

                ```
                kept   as written
                ```
                ***
                Sub heading
                -----------
                Hard break\\
                next line. \\*not emphasis\\*
                """);
        ArticleFiles.ArticleText read = ArticleFiles.read(md, TODAY);
        assertThat(read.title()).isEqualTo("Qatar and Kazakhstan");
        assertThat(read.text()).isEqualTo("Qatar and Kazakhstan\n"
                + "Relations were established in 1993, a line wrapped by the editor; see the agency"
                + " (https://example.com/qna) and https://example.com/x.\n"
                + "Visits\nThe Emir visited Astana.\nA code word, snake_case_name and 2 * 3 * 4 stay.\n"
                + "1. First, with a picture.\nA quoted line.\nkept   as written\nSub heading\nHard break\n"
                + "next line. *not emphasis*");
        assertThat(read.language()).isEqualTo(Language.EN);
        assertThat(read.provenance()).isEqualTo("file notes.md, read 2026-11-30");
    }

    @Test
    void plainTextIsKeptAsWrittenApartFromLineEndingsAndAByteOrderMark() throws Exception {
        Path txt = dir.resolve("مقال.txt");
        byte[] body = "\r\n  العنوان الأول  \r\nالسطر الثاني\r\n\r\nفقرة *ثانية* كما هي.\r\n\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(txt, withBom);
        ArticleFiles.ArticleText read = ArticleFiles.read(txt, TODAY);
        assertThat(read.text()).isEqualTo("  العنوان الأول\nالسطر الثاني\n\nفقرة *ثانية* كما هي.");
        assertThat(read.title()).isEqualTo("العنوان الأول");
        assertThat(read.language()).isEqualTo(Language.AR);
        assertThat(read.provenance()).isEqualTo("file مقال.txt, read 2026-11-30");

        Article article = read.toArticle("new-article");
        assertThat(article.text()).isEqualTo(read.text());
        assertThat(article.provenance()).isEqualTo(read.provenance());
        assertThat(article.language()).isEqualTo(Language.AR);
    }

    @Test
    void pastedTextSaysSoInItsProvenance() {
        ArticleFiles.ArticleText pasted = ArticleFiles.pasted("An embassy opened.\r\nIn Doha.", TODAY);
        assertThat(pasted.text()).isEqualTo("An embassy opened.\nIn Doha.");
        assertThat(pasted.title()).isEqualTo("An embassy opened.");
        assertThat(pasted.language()).isEqualTo(Language.EN);
        assertThat(pasted.provenance()).isEqualTo("pasted on 2026-11-30");
    }

    @Test
    void filesThatAreNotArticlesAreRefusedInOneSentenceNamingTheFile() throws Exception {
        assertThatThrownBy(() -> ArticleFiles.read(file("data.json", "{}"), TODAY))
                .isInstanceOf(DataFileException.class).hasMessage("data.json is not a .txt, .md or .html file, so it cannot be read as an article.");
        assertThatThrownBy(() -> ArticleFiles.read(dir.resolve("missing.txt"), TODAY))
                .isInstanceOf(DataFileException.class).hasMessageEndingWith("missing.txt does not exist.");
        assertThatThrownBy(() -> ArticleFiles.read(file("empty.md", "\n# \n\n"), TODAY))
                .isInstanceOf(DataFileException.class).hasMessage("empty.md holds no text.");
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, new byte[] {'c', 'a', 'f', (byte) 0xE9});
        assertThatThrownBy(() -> ArticleFiles.read(latin1, TODAY))
                .isInstanceOf(DataFileException.class).hasMessageContaining("latin1.txt is not UTF-8 text");
    }
}
