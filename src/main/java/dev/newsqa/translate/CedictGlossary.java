package dev.newsqa.translate;

import dev.newsqa.ingest.Language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Chinese to English from CC-CEDICT (CC BY-SA 4.0, bundled as {@code dictionaries/cedict-zh-en.tsv.gz}, made by
 * {@code CedictGlossaryBuilder}). A Chinese text is cut into the longest words the dictionary knows, left to right
 * (so "首席执行官" is one word, "chief executive officer", and a name it knows, "特斯拉", is "Tesla"); every word
 * gives the first words of its first two senses. The syllables of a foreign name it does not hold ("帕/拉/马/塔")
 * give noise, but leaving out characters that stand alone among others also left out "年" in "哪一年" and cost more:
 * on XQuAD's Chinese questions about the even-numbered English articles the answer was in the first extract for
 * 64.0 % of them with every character glossed, 60.6 % without the lone ones. Question and function words are
 * glossed too, noise and all ("呢" is "particle indicating continuation dense wool fabric"): without their glosses the
 * first extract held the answer for 68.0 instead of 66.8 % of those questions (71.7 instead of 68.1 % about the
 * odd-numbered articles), but with its reading refitted the service answered "谁赢得了2018年世界杯？" and
 * "腾讯去年游戏利润多少？" from unrelated sentences of the seed articles. The dictionary is read on the first Chinese
 * question (some 190,000 headwords), into a sorted table of two strings and their offsets ({@link Entries}): 6.4 MB of
 * the Java heap, where a hash map of strings took 29.6 MB (measured), in a service whose heap is 256 MiB.
 */
public final class CedictGlossary implements Glossary {

    static final String RESOURCE = "dictionaries/cedict-zh-en.tsv.gz";
    /** The longest headword looked for, in characters. */
    private static final int LONGEST_WORD = 8;

    private volatile Entries glosses;

    @Override
    public Language from() {
        return Language.CHINESE;
    }

    @Override
    public Language to() {
        return Language.ENGLISH;
    }

    @Override
    public String gloss(String text) {
        List<String> words = segment(text);
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            String gloss = glosses().get(word);
            if (gloss == null) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(gloss);
        }
        return out.toString();
    }

    /**
     * The text's Han runs cut into the longest words the dictionary knows; a character it does not know is a word of
     * its own. Anything else (Latin words, digits, punctuation) ends a run and is not returned.
     */
    List<String> segment(String text) {
        Entries dictionary = glosses();
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isHan(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            int runEnd = i;
            while (runEnd < text.length() && isHan(text.codePointAt(runEnd))) {
                runEnd += Character.charCount(text.codePointAt(runEnd));
            }
            while (i < runEnd) {
                int end = Math.min(runEnd, i + LONGEST_WORD);
                while (end > i + Character.charCount(text.codePointAt(i)) && dictionary.find(text, i, end) < 0) {
                    end--;
                }
                out.add(text.substring(i, end));
                i = end;
            }
        }
        return out;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private Entries glosses() {
        Entries loaded = glosses;
        if (loaded == null) {
            synchronized (this) {
                if (glosses == null) {
                    glosses = read();
                }
                loaded = glosses;
            }
        }
        return loaded;
    }

    private static Entries read() {
        try (InputStream in = CedictGlossary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return Entries.read(new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }

    /**
     * Headwords in order, each one's gloss beside it: all headwords in one string and all glosses in another (ASCII, a
     * byte a character), with where each starts; a lookup is a binary search that compares characters in place.
     */
    static final class Entries {

        private final String heads;
        private final int[] headStart;
        private final String glosses;
        private final int[] glossStart;

        private Entries(String heads, int[] headStart, String glosses, int[] glossStart) {
            this.heads = heads;
            this.headStart = headStart;
            this.glosses = glosses;
            this.glossStart = glossStart;
        }

        /**
         * Reads {@code headword<TAB>gloss} lines, headwords in {@link String#compareTo} order and each once, as
         * {@code CedictGlossaryBuilder} writes them: read straight into the table, nothing sorted or held twice.
         *
         * @throws IOException when a headword is not after the one before it
         */
        static Entries read(BufferedReader lines) throws IOException {
            StringBuilder heads = new StringBuilder();
            StringBuilder glosses = new StringBuilder();
            List<Integer> headStart = new ArrayList<>();
            List<Integer> glossStart = new ArrayList<>();
            String previous = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                String head = line.substring(0, tab);
                if (previous != null && head.compareTo(previous) <= 0) {
                    throw new IOException("headwords out of order: " + head + " after " + previous);
                }
                previous = head;
                headStart.add(heads.length());
                glossStart.add(glosses.length());
                heads.append(head);
                glosses.append(line, tab + 1, line.length());
            }
            headStart.add(heads.length());
            glossStart.add(glosses.length());
            return new Entries(heads.toString(), headStart.stream().mapToInt(Integer::intValue).toArray(),
                    glosses.toString(), glossStart.stream().mapToInt(Integer::intValue).toArray());
        }

        /** The index of the headword {@code text[from, to)}, or a negative number when there is none. */
        int find(String text, int from, int to) {
            int low = 0;
            int high = headStart.length - 2;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                int c = compare(mid, text, from, to);
                if (c < 0) {
                    low = mid + 1;
                } else if (c > 0) {
                    high = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        /** The gloss of {@code word}, or null. */
        String get(String word) {
            int k = find(word, 0, word.length());
            return k < 0 ? null : glosses.substring(glossStart[k], glossStart[k + 1]);
        }

        int size() {
            return headStart.length - 1;
        }

        /** As {@link String#compareTo}: headword {@code k} against {@code text[from, to)}. */
        private int compare(int k, String text, int from, int to) {
            int a = headStart[k];
            int aEnd = headStart[k + 1];
            int b = from;
            while (a < aEnd && b < to) {
                int d = heads.charAt(a) - text.charAt(b);
                if (d != 0) {
                    return d;
                }
                a++;
                b++;
            }
            return (aEnd - headStart[k]) - (to - from);
        }
    }
}
