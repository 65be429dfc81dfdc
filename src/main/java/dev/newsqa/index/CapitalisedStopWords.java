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

/**
 * Stop words written in capitals are names: "IT", "WHO", the "AS" of "AS-206". The marker, read before lower-casing,
 * flags them as keywords, and {@link Stop} keeps keywords; unless most of the text's words are in capitals (a
 * headline, a question typed with caps lock), where capitals say nothing and every stop word goes as usual.
 */
final class CapitalisedStopWords {

    private CapitalisedStopWords() {
    }

    /**
     * Flags the words in capitals that {@code stopWords} holds in lower case. Tokens pass straight through until the
     * first such word; from there to the end the text is read ahead, since whether it is mostly in capitals decides.
     * Most texts hold none and are never held back.
     */
    static final class Marker extends TokenFilter {

        private final CharArraySet stopWords;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
        private final List<State> ahead = new ArrayList<>();
        private final List<Boolean> candidate = new ArrayList<>();
        private int words;
        private int inCapitals;
        private boolean shouted;
        private int next = -1;

        Marker(TokenStream input, CharArraySet stopWords) {
            super(input);
            this.stopWords = stopWords;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (next < 0) {
                if (!input.incrementToken()) {
                    return false;
                }
                if (!counted()) {
                    return true;
                }
                readAhead();
            }
            if (next >= ahead.size()) {
                return false;
            }
            restoreState(ahead.get(next));
            if (candidate.get(next) && !shouted) {
                keyword.setKeyword(true);
            }
            next++;
            return true;
        }

        /** Counts the current token; whether it is a stop word in capitals. */
        private boolean counted() {
            boolean word = twoLetters(term);
            boolean allCapitals = word && capitals(term);
            words += word ? 1 : 0;
            inCapitals += allCapitals ? 1 : 0;
            return allCapitals && stopWords.contains(term.buffer(), 0, term.length());
        }

        /** Keeps the current token (the first stop word in capitals) and every one after it, counting them. */
        private void readAhead() throws IOException {
            ahead.add(captureState());
            candidate.add(true);
            while (input.incrementToken()) {
                candidate.add(counted());
                ahead.add(captureState());
            }
            shouted = 2 * inCapitals > words;
            next = 0;
        }

        private static boolean twoLetters(CharSequence t) {
            int n = 0;
            for (int i = 0; i < t.length() && n < 2; i++) {
                n += Character.isLetter(t.charAt(i)) ? 1 : 0;
            }
            return n == 2;
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
            ahead.clear();
            candidate.clear();
            words = 0;
            inCapitals = 0;
            shouted = false;
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
