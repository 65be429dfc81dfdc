package dev.newsqa.index;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stop words written in capitals are names: "IT", "WHO", the "AS" of "AS-206". The marker, read before lower-casing,
 * flags them as keywords, and {@link Stop} keeps keywords; unless most of the text's words are in capitals (a
 * headline, a question typed with caps lock), where capitals say nothing and every stop word goes as usual.
 */
final class CapitalisedStopWords {

    private CapitalisedStopWords() {
    }

    /** Flags the words in capitals that {@code stopWords} holds in lower case, after reading the whole text. */
    static final class Marker extends TokenFilter {

        private final CharArraySet stopWords;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
        private final List<State> tokens = new ArrayList<>();
        private final List<Boolean> marked = new ArrayList<>();
        private int next = -1;

        Marker(TokenStream input, CharArraySet stopWords) {
            super(input);
            this.stopWords = stopWords;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (next < 0) {
                readAll();
                next = 0;
            }
            if (next >= tokens.size()) {
                return false;
            }
            restoreState(tokens.get(next));
            if (marked.get(next)) {
                keyword.setKeyword(true);
            }
            next++;
            return true;
        }

        private void readAll() throws IOException {
            List<Boolean> capitals = new ArrayList<>();
            int words = 0;
            int inCapitals = 0;
            while (input.incrementToken()) {
                tokens.add(captureState());
                boolean word = letters(term) >= 2;
                boolean allCapitals = word && capitals(term);
                words += word ? 1 : 0;
                inCapitals += allCapitals ? 1 : 0;
                capitals.add(allCapitals && stopWords.contains(term.toString().toLowerCase(Locale.ROOT)));
            }
            boolean shouted = 2 * inCapitals > words;
            for (boolean c : capitals) {
                marked.add(c && !shouted);
            }
        }

        private static int letters(CharSequence t) {
            int n = 0;
            for (int i = 0; i < t.length(); i++) {
                n += Character.isLetter(t.charAt(i)) ? 1 : 0;
            }
            return n;
        }

        private static boolean capitals(CharSequence t) {
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (!Character.isLetter(c) || !Character.isUpperCase(c)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            tokens.clear();
            marked.clear();
            next = -1;
        }
    }

    /** Lucene's stop filter, keeping the words {@link Marker} flagged. */
    static final class Stop extends StopFilter {

        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        Stop(TokenStream input, CharArraySet stopWords) {
            super(input, stopWords);
        }

        @Override
        protected boolean accept() {
            return keyword.isKeyword() || super.accept();
        }
    }
}
