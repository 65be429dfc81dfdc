package dev.newsqa.ingest;

import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Turns one article's original text into a title and passages of whole sentences. Works on
 * offsets only, so that every passage and sentence is an exact substring of the file: cleaning
 * means leaving lines out, never rewriting them.
 */
public final class ArticleParser {

    /** Raise whenever a change here can cut the same text differently: it invalidates stored embeddings. */
    public static final int VERSION = 4;

    private static final Logger LOG = Logger.getLogger(ArticleParser.class);
    /**
     * Marks that end a sentence or clause, so that a short line ending in one is a paragraph, not a headline. Not
     * "…": English headlines trail off with it ("Greetings from a world where…").
     */
    private static final String SENTENCE_END_MARKS = ".!?;,\"”。！？；，";
    private static final int HEADING_MAX_CHARS = 100;
    private static final int HEADING_MAX_WORDS = 14;
    private static final int TITLE_MAX_CHARS = 200;
    private static final int DERIVED_TITLE_MAX_CHARS = 90;
    private static final String BULLETS = "•·▪●◦‣*-–—";

    private final SplitSettings settings;
    private final BoilerplateDetector boilerplate = new BoilerplateDetector();
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final LanguageDetector languages = new LanguageDetector();

    public ArticleParser(SplitSettings settings) {
        this.settings = settings;
    }

    public SplitSettings settings() {
        return settings;
    }

    public Article parse(String source, String text, String sha256) {
        List<Span> lines = contentLines(text);
        List<LineKind> kinds = classify(text, lines);
        String title = title(text, lines, kinds);
        List<List<Line>> groups = groupIntoPassages(lines, kinds);
        List<Passage> passages = new ArrayList<>();
        UnaryOperator<String> searchText = SpunText.isSpun(text) ? SpunText::restore : UnaryOperator.identity();
        for (List<Line> group : groups) {
            for (List<Line> sentenceRun : cutLongGroup(text, group)) {
                passages.add(passage(source, passages.size(), text, sentenceRun, searchText));
            }
        }
        StringBuilder body = new StringBuilder();
        passages.forEach(p -> body.append(p.text()).append('\n'));
        Optional<Language> language = languages.identify(body.toString());
        if (language.isEmpty() && !passages.isEmpty()) {
            // said once for the article; its passages and sentences fall back the same way without a word
            LOG.infof("%s: the article's language is neither English, German nor Chinese; it is analysed as English",
                    source);
        }
        return new Article(source, title, text, language.orElse(Language.ENGLISH), sha256, passages);
    }

    /** Each line's span without its line break, surrounding blanks and leading bullet marks. */
    private static List<Span> contentLines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int s = start;
            int e = end;
            while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '\u00a0'
                    || (BULLETS.indexOf(text.charAt(s)) >= 0 && s + 1 < e && Character.isWhitespace(text.charAt(s + 1))))) {
                s++;
            }
            while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '\u00a0')) {
                e--;
            }
            lines.add(new Span(s, e));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return lines;
    }

    private List<LineKind> classify(String text, List<Span> lines) {
        List<LineKind> kinds = new ArrayList<>();
        String titleText = null;
        for (Span line : lines) {
            String s = line.of(text);
            LineKind kind;
            if (s.isEmpty()) {
                kind = LineKind.BLANK;
            } else if (boilerplate.isBoilerplate(s)) {
                kind = LineKind.BOILERPLATE;
            } else if (titleText == null) {
                titleText = s;
                kind = isHeadline(s, TITLE_MAX_CHARS, Integer.MAX_VALUE) ? LineKind.TITLE : LineKind.TEXT;
            } else if (s.equals(titleText)) {
                kind = LineKind.DUPLICATE_TITLE;
            } else if (isHeadline(s, HEADING_MAX_CHARS, HEADING_MAX_WORDS)) {
                kind = LineKind.HEADING;
            } else {
                kind = LineKind.TEXT;
            }
            kinds.add(kind);
        }
        return kinds;
    }

    private static boolean isHeadline(String s, int maxChars, int maxWords) {
        if (s.length() > maxChars || s.split("\\s+").length > maxWords) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return SENTENCE_END_MARKS.indexOf(last) < 0 || s.endsWith("?\"") && s.length() < 60;
    }

    private String title(String text, List<Span> lines, List<LineKind> kinds) {
        for (int i = 0; i < lines.size(); i++) {
            if (kinds.get(i) == LineKind.TITLE) {
                return lines.get(i).of(text);
            }
            if (kinds.get(i) == LineKind.TEXT) {
                return shorten(sentences.split(text, lines.get(i)).get(0).of(text));
            }
        }
        return "";
    }

    private static String shorten(String sentence) {
        if (sentence.length() <= DERIVED_TITLE_MAX_CHARS) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', DERIVED_TITLE_MAX_CHARS);
        return sentence.substring(0, cut > 0 ? cut : DERIVED_TITLE_MAX_CHARS).replaceAll("[,;:(\\s]+$", "") + "…";
    }

    /**
     * Groups lines into passages: the title alone; a heading with the paragraph under it; short
     * neighbouring paragraphs together. Boilerplate and headings always start a new passage, so
     * text on either side of removed chrome is never joined, and a long paragraph (such as an
     * unrelated news item glued to an article's end) stays on its own.
     */
    private List<List<Line>> groupIntoPassages(List<Span> lines, List<LineKind> kinds) {
        List<List<Line>> groups = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        List<Line> pendingHeadings = new ArrayList<>();
        int currentChars = 0;
        boolean lastWasShort = false;
        for (int i = 0; i < lines.size(); i++) {
            Span line = lines.get(i);
            switch (kinds.get(i)) {
                case BLANK -> { }
                case BOILERPLATE, DUPLICATE_TITLE -> {
                    flush(groups, current);
                    current = new ArrayList<>();
                    pendingHeadings.clear();
                }
                case TITLE -> groups.add(List.of(new Line(line, true)));
                case HEADING -> {
                    flush(groups, current);
                    current = new ArrayList<>();
                    pendingHeadings.add(new Line(line, true));
                }
                case TEXT -> {
                    boolean shortParagraph = line.length() < settings.mergeParagraphsBelowChars();
                    boolean join = !current.isEmpty() && pendingHeadings.isEmpty() && shortParagraph && lastWasShort
                            && currentChars + line.length() <= settings.maxPassageChars();
                    if (!join) {
                        flush(groups, current);
                        current = new ArrayList<>(pendingHeadings);
                        currentChars = pendingHeadings.stream().mapToInt(h -> h.span().length()).sum();
                        pendingHeadings.clear();
                    }
                    current.add(new Line(line, false));
                    currentChars += line.length();
                    lastWasShort = shortParagraph;
                }
            }
        }
        flush(groups, current); // headings still pending here have no text under them: dropped
        return groups;
    }

    private static void flush(List<List<Line>> groups, List<Line> current) {
        if (!current.isEmpty()) {
            groups.add(List.copyOf(current));
        }
    }

    /** Sentence runs of at most max-passage-chars each (one run when the group fits). */
    private List<List<Line>> cutLongGroup(String text, List<Line> group) {
        List<Line> all = new ArrayList<>();
        for (Line line : group) {
            if (line.whole()) {
                all.add(line);
            } else {
                sentences.split(text, line.span()).forEach(s -> all.add(new Line(s, false)));
            }
        }
        List<List<Line>> runs = new ArrayList<>();
        List<Line> run = new ArrayList<>();
        for (Line s : all) {
            if (!run.isEmpty() && s.span().end() - run.get(0).span().start() > settings.maxPassageChars()) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(s);
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    /** A line or sentence placed in a passage; titles and headings are whole, one sentence each. */
    private record Line(Span span, boolean whole) {
    }

    private Passage passage(String source, int index, String text, List<Line> sentenceLines,
                            UnaryOperator<String> searchText) {
        int start = sentenceLines.get(0).span().start();
        int end = sentenceLines.get(sentenceLines.size() - 1).span().end();
        List<Sentence> list = new ArrayList<>(sentenceLines.size());
        for (Line s : sentenceLines) {
            String sentence = s.span().of(text);
            list.add(new Sentence(s.span().start(), s.span().end(), sentence, searchText.apply(sentence), s.whole()));
        }
        String passageText = text.substring(start, end);
        return new Passage(Passage.idOf(source, index), source, index, start, end, passageText, searchText.apply(passageText),
                languages.detect(passageText), list);
    }
}
