package dev.newsqa.ingest;

import dev.langchain4j.data.document.splitter.DocumentBySentenceSplitter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits one paragraph into sentences with their offsets, using LangChain4j's OpenNLP sentence
 * splitter and mapping each sentence back onto the original characters.
 */
public final class SentenceSplitter {

    // titles and short capitalised abbreviations that end in a dot without ending the sentence
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:^|[\\s(])(?:Mt|Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Gov|Sen|Rep|No|Nr|Inc|Corp|vs|ca|bzw|Mrd|Mio|Tsd|U\\.S|U\\.K|z\\.B|d\\.h)\\.$");

    // the splitter's segment limits play no part in split(String), which only detects sentences
    private final DocumentBySentenceSplitter detector = new DocumentBySentenceSplitter(Integer.MAX_VALUE, 0);

    /** Sentences of {@code text[span]}, in order, covering its non-blank characters. */
    public List<Span> split(String text, Span span) {
        String paragraph = span.of(text);
        String[] pieces;
        synchronized (detector) { // OpenNLP's detector is not thread-safe
            pieces = detector.split(paragraph);
        }
        List<Span> found = new ArrayList<>();
        int cursor = 0;
        for (String piece : pieces) {
            String p = piece.strip();
            if (p.isEmpty()) {
                continue;
            }
            int at = paragraph.indexOf(p, cursor);
            if (at < 0) { // the detector changed the text: keep what is left as one sentence
                break;
            }
            found.add(new Span(span.start() + at, span.start() + at + p.length()));
            cursor = at + p.length();
        }
        String rest = paragraph.substring(cursor).strip();
        if (!rest.isEmpty()) {
            int at = paragraph.indexOf(rest, cursor);
            found.add(new Span(span.start() + at, span.start() + at + rest.length()));
        }
        return repair(text, found);
    }

    /**
     * Joins pieces the detector cut inside a sentence: a piece that ends in an abbreviation
     * ("Alibaba Cloud's Mt." | "Everest …"), a piece that does not end in sentence punctuation ("… leaders Amazon.com" | "Inc, Microsoft …") or a next piece that starts in
     * lower case continues the same sentence.
     */
    private static List<Span> repair(String text, List<Span> pieces) {
        List<Span> out = new ArrayList<>();
        for (Span piece : pieces) {
            if (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                if (!endsSentence(text, last) || startsLowerCase(text, piece)) {
                    out.set(out.size() - 1, new Span(last.start(), piece.end()));
                    continue;
                }
            }
            out.add(piece);
        }
        return out;
    }

    private static boolean endsSentence(String text, Span s) {
        if (ABBREVIATION.matcher(text.substring(Math.max(s.start(), s.end() - 12), s.end())).find()) {
            return false;
        }
        int i = s.end() - 1;
        while (i > s.start() && "\"'”’»)]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return ".!?…:;".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean startsLowerCase(String text, Span s) {
        return Character.isLowerCase(text.charAt(s.start()));
    }
}
