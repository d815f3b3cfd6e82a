package org.hawliyat.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hawliyat.model.Article;
import org.hawliyat.model.Language;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A new article's text from a {@code .txt}, {@code .md} or {@code .html} file, or pasted: always
 * stored as plain text, paragraphs separated by one line break, with a guess at its title and
 * language and a provenance that says where it came from. HTML is only parsed (jsoup): no script
 * runs and nothing is fetched; scripts, styles and forms are dropped. Markdown loses its marks
 * ({@code #}, {@code *}, {@code _}, backquotes); a link keeps its address in brackets after its text.
 */
public final class ArticleFiles {

    /** Larger files are refused: an article is tens of kilobytes, not a book. */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final int MAX_TITLE = 200;

    /** A new article's content: a title to start from, the plain text, its likely language and where it came from. */
    public record ArticleText(String title, String text, Language language, String provenance) {

        /** The article with this id and no outlet, author or date yet (the editor adds them). */
        public Article toArticle(String id) {
            return new Article(id, title, null, null, language, null, provenance, text);
        }
    }

    private ArticleFiles() {
    }

    /** Reads a file, read today. */
    public static ArticleText read(Path file) throws DataFileException {
        return read(file, LocalDate.now());
    }

    /**
     * Reads a {@code .txt}, {@code .md}, {@code .markdown}, {@code .html} or {@code .htm} file
     * (UTF-8, or as an HTML file declares); the provenance is {@code file NAME, read DATE}.
     *
     * @throws DataFileException naming the file when it cannot be read, is of another kind, is not
     *     text in UTF-8, or holds no text
     */
    public static ArticleText read(Path file, LocalDate today) throws DataFileException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String baseName = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        if (!Set.of("txt", "md", "markdown", "html", "htm").contains(extension)) {
            throw new DataFileException(name + " is not a .txt, .md or .html file, so it cannot be read as an article.");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new DataFileException(name + " is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MB, too large to be one article.");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataFileException(file + " does not exist.");
        } catch (IOException e) {
            throw new DataFileException(file + " could not be read: " + e.getMessage() + ".", List.of(), e);
        }
        String provenance = "file " + name + ", read " + today;
        Titled titled = switch (extension) {
            case "html", "htm" -> html(bytes, name);
            case "md", "markdown" -> markdown(utf8(bytes, name));
            default -> plain(utf8(bytes, name));
        };
        if (titled.text().isBlank()) {
            throw new DataFileException(name + " holds no text.");
        }
        String title = titled.title() == null || titled.title().isBlank() ? baseName : titled.title();
        return new ArticleText(title, titled.text(), languageOf(titled.text()), provenance);
    }

    /** A pasted text, kept as it is apart from its line endings; the provenance is {@code pasted on DATE}. */
    public static ArticleText pasted(String text, LocalDate today) {
        Titled titled = plain(text == null ? "" : text);
        return new ArticleText(titled.title() == null ? "" : titled.title(), titled.text(), languageOf(titled.text()),
                "pasted on " + today);
    }

    private record Titled(String title, String text) {
    }

    // ---------------------------------------------------------------- plain text

    private static Titled plain(String raw) {
        String text = stripOuterBlankLines(lineEndings(raw));
        return new Titled(firstLineTitle(text), text);
    }

    private static String firstLineTitle(String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                String title = line.strip();
                return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE).strip() + "…";
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- HTML

    /** Elements whose content is not part of the article's text. */
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template", "iframe",
            "object", "embed", "svg", "math", "canvas", "button", "select", "input", "textarea", "form");
    /** Elements that start and end a paragraph of their own. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "tr", "table", "thead", "tbody", "tfoot", "caption", "blockquote", "pre", "section",
            "article", "header", "footer", "aside", "main", "nav", "figure", "figcaption", "address", "hr", "body",
            "details", "summary");

    private static Titled html(byte[] bytes, String name) throws DataFileException {
        Document document;
        try {
            // no base address: relative links stay as written, and nothing is ever fetched
            document = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new DataFileException(name + " could not be read as HTML: " + e.getMessage() + ".", List.of(), e);
        }
        String text = paragraphs(document.body() == null ? document : document.body());
        String title = collapse(document.title());
        if (title.isEmpty()) {
            Element h1 = document.selectFirst("h1");
            title = h1 == null ? "" : collapse(h1.text());
        }
        return new Titled(title, text);
    }

    /**
     * A fragment of HTML (a TimelineJS slide's text, a caption) as plain text: paragraphs kept, one
     * per line, white space collapsed as a browser does, markup, scripts and styles dropped.
     */
    static String htmlFragmentText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return paragraphs(Jsoup.parseBodyFragment(html, "").body());
    }

    private static String paragraphs(Node root) {
        Paragraphs paragraphs = new Paragraphs();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (SKIPPED.contains(tag)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (tag.equals("br") || BLOCKS.contains(tag)) {
                        paragraphs.end();
                    } else if (tag.equals("td") || tag.equals("th")) {
                        paragraphs.space();
                    }
                } else if (node instanceof TextNode text) {
                    if (insidePre(text)) {
                        paragraphs.preformatted(text.getWholeText());
                    } else {
                        paragraphs.words(text.getWholeText());
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    paragraphs.end();
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return paragraphs.text();
    }

    private static boolean insidePre(Node node) {
        for (Node n = node.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e && e.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }

    /** Collects inline text into paragraphs, collapsing white space as a browser does. */
    private static final class Paragraphs {
        private final List<String> done = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        void words(String text) {
            current.append(text.replace('\u00A0', ' ').replaceAll("\\s+", " "));
        }

        void space() {
            current.append(' ');
        }

        void preformatted(String text) {
            String[] lines = lineEndings(text).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    end();
                }
                current.append(lines[i].replace('\u00A0', ' '));
            }
        }

        void end() {
            String paragraph = collapse(current.toString());
            if (!paragraph.isEmpty()) {
                done.add(paragraph);
            }
            current.setLength(0);
        }

        String text() {
            end();
            return String.join("\n", done);
        }
    }

    // ---------------------------------------------------------------- Markdown

    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~).*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+");
    private static final Pattern ORDERED = Pattern.compile("^\\s*\\d{1,9}[.)]\\s+");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}(>\\s?)+");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+]:\\s+\\S+.*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)]\\[[^\\]]*]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern CODE = Pattern.compile("`+([^`]+?)`+");
    private static final Pattern STRONG_OR_EMPHASIS = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\\\])(\\*{1,3}|_{1,3})(?=\\S)(.+?)(?<=\\S)\\1(?![\\p{L}\\p{N}])");
    private static final Pattern STAR_EMPHASIS = Pattern.compile("(?<!\\\\)(\\*{1,3})(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>|~])");

    private static Titled markdown(String raw) {
        List<String> lines = new ArrayList<>(List.of(lineEndings(raw).split("\n", -1)));
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) { // front matter: metadata, not text
            int close = -1;
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("---") || lines.get(i).strip().equals("...")) {
                    close = i;
                    break;
                }
            }
            if (close > 0) {
                lines = new ArrayList<>(lines.subList(close + 1, lines.size()));
            }
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String title = null;
        String firstHeading = null;
        boolean inFence = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FENCE.matcher(line).matches()) {
                flush(current, paragraphs);
                inFence = !inFence;
                continue;
            }
            if (inFence) { // code is kept line by line, as written
                if (!line.isBlank()) {
                    paragraphs.add(line.stripTrailing());
                }
                continue;
            }
            if (line.isBlank() || RULE.matcher(line).matches() || REFERENCE_DEFINITION.matcher(line).matches()) {
                flush(current, paragraphs);
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            boolean setext = i + 1 < lines.size() && current.length() == 0
                    && SETEXT_UNDERLINE.matcher(lines.get(i + 1)).matches() && !BULLET.matcher(line).find();
            if (heading.matches() || setext) {
                flush(current, paragraphs);
                String text = inline(heading.matches() ? heading.group(2) : line.strip());
                if (!text.isEmpty()) {
                    paragraphs.add(text);
                    int level = heading.matches() ? heading.group(1).length() : lines.get(i + 1).strip().startsWith("=") ? 1 : 2;
                    if (level == 1 && title == null) {
                        title = text;
                    }
                    if (firstHeading == null) {
                        firstHeading = text;
                    }
                }
                if (setext) {
                    i++; // the underline
                }
                continue;
            }
            String content = QUOTE.matcher(line).replaceFirst("");
            boolean item = BULLET.matcher(content).find() || ORDERED.matcher(content).find();
            if (item) { // each list item is a paragraph of its own; an ordered item keeps its number
                flush(current, paragraphs);
                content = BULLET.matcher(content).replaceFirst("");
            }
            boolean hardBreak = content.endsWith("  ") || content.endsWith("\\");
            content = content.strip();
            if (content.endsWith("\\")) {
                content = content.substring(0, content.length() - 1);
            }
            if (current.length() > 0) {
                current.append(' '); // a line break inside a paragraph is only where the line was wrapped
            }
            current.append(content);
            if (hardBreak) {
                flush(current, paragraphs);
            }
        }
        flush(current, paragraphs);
        String text = String.join("\n", paragraphs);
        return new Titled(title != null ? title : firstHeading != null ? firstHeading : firstLineTitle(text), text);
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String paragraph = inline(current.toString());
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        current.setLength(0);
    }

    /** A paragraph's inline marks taken away: images become their text, links their text and address. */
    private static String inline(String text) {
        String s = IMAGE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " (" + m.group(2) + ")"));
        s = REFERENCE_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = AUTOLINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = CODE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        for (int pass = 0; pass < 3; pass++) { // nested marks: ***a*** or **a _b_**
            s = STRONG_OR_EMPHASIS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
            s = STAR_EMPHASIS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        }
        s = ESCAPE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return collapse(s);
    }

    // ---------------------------------------------------------------- shared

    private static String utf8(byte[] bytes, String name) throws DataFileException {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DataFileException(name + " is not UTF-8 text; save it as UTF-8 and open it again.", List.of(), e);
        }
    }

    private static String lineEndings(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String stripOuterBlankLines(String text) {
        String[] lines = text.split("\n", -1);
        int first = 0;
        int last = lines.length - 1;
        while (first <= last && lines[first].isBlank()) {
            first++;
        }
        while (last >= first && lines[last].isBlank()) {
            last--;
        }
        List<String> kept = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            kept.add(lines[i].stripTrailing());
        }
        return String.join("\n", kept);
    }

    private static String collapse(String text) {
        return text == null ? "" : text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Arabic when it has at least as many Arabic letters as Latin ones: Arabic is the data's first language. */
    static Language languageOf(String text) {
        long arabic = 0;
        long latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.ARABIC) {
                    arabic++;
                } else if (script == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        return arabic >= latin ? Language.AR : Language.EN;
    }
}
