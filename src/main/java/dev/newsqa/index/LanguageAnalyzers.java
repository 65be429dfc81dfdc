package dev.newsqa.index;

import dev.newsqa.ingest.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lucene's analysis for each language of the corpus (stemming, stop words), with the question
 * words of each language added to the stop words so that "how much" or "wie hoch" never count
 * as evidence. Chinese is cut into words by Lucene's smartcn segmenter (the tokenizer of its
 * {@link SmartChineseAnalyzer}, dictionary in the jar). {@link #EXACT} keeps names and numbers unstemmed for
 * cross-language matches.
 */
public final class LanguageAnalyzers {

    public static final String EXACT = "exact";
    /** Every field a passage is indexed under and a question is analysed for: each language's, then the unstemmed. */
    public static final List<String> FIELDS = List.of(Language.ENGLISH.code(), Language.GERMAN.code(),
            Language.CHINESE.code(), EXACT);
    /**
     * English and German passages once more as overlapping pieces of {@link #PIECE_LETTERS} letters of each word.
     * German joins words into one ("Nationalhymne", "Anfangsfinanzierung") that a question may name apart ("Hymne",
     * "Finanzierung am Anfang"), found here without a compound dictionary (jwordsplitter's, splitting the German
     * field's words as well, answered more out-of-corpus questions: src/docs/evaluation.md, stop 38); and German and
     * English share the pieces of many words ("Normannen" and "Normans", "Interceptions", "Quarterback"), which no
     * dictionary lists either. A German question's pieces are kept under this name; each language's passages are
     * indexed under {@link #piecesField}. Searched for German questions only, beside the fields above
     * ({@code LexicalIndex}).
     */
    public static final String WORD_PIECES = "pieces";
    /**
     * A German question's words respelled as English spells the words the two languages share ({@link
     * EnglishSpellingFilter}: "Kanada" → "canada"), in word pieces: the pieces {@link #WORD_PIECES} lacks, searched
     * in English passages' pieces only.
     */
    public static final String ENGLISH_SPELLED_PIECES = "pieces.english-spelling";
    /** The languages whose passages are indexed in word pieces. */
    public static final List<Language> PIECES_LANGUAGES = List.of(Language.GERMAN, Language.ENGLISH);
    static final int PIECE_LETTERS = 4;

    private static final List<String> ENGLISH_QUESTION_WORDS = List.of("what", "who", "whom", "whose", "which",
            "when", "where", "why", "how", "many", "much", "did", "do", "does", "has", "have", "had", "were", "been",
            "according", "tell", "me", "about", "i", "we", "you", "there", "can", "could", "would", "should");
    private static final List<String> GERMAN_QUESTION_WORDS = List.of("wie", "was", "wer", "wen", "wem", "wessen",
            "wo", "wann", "warum", "weshalb", "welche", "welcher", "welches", "welchen", "hoch", "viel", "viele");
    /** Question words and the commonest function words, as smartcn segments them ("什么", "哪些", "的", "是"). */
    private static final List<String> CHINESE_STOP_WORDS = List.of("什么", "甚么", "啥", "哪", "哪些", "哪个", "哪里",
            "哪儿", "哪一", "谁", "多少", "几", "几个", "怎么", "怎样", "怎么样", "如何", "为什么", "为何", "何时", "何", "何种",
            "什么样", "时候", "吗", "呢", "吧", "啊", "呀", "么", "是", "的", "了", "着", "过", "在", "和", "与", "及", "或",
            "被", "把", "为", "由", "于", "以", "对", "从", "也", "都", "就", "其", "之", "这", "那", "这个", "那个", "是否",
            "请问", "有", "一个", "所", "得", "地");

    private final Map<String, Analyzer> byField;

    public LanguageAnalyzers() {
        CharArraySet english = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        english.addAll(ENGLISH_QUESTION_WORDS);
        CharArraySet german = new CharArraySet(GermanAnalyzer.getDefaultStopSet(), true);
        german.addAll(GERMAN_QUESTION_WORDS);
        CharArraySet exact = new CharArraySet(english, true);
        exact.addAll(german);
        // Latin words in Chinese text ("Nexon", "Google Play") are words there too, so English and German stop words
        // are dropped as well: an English question then has no Chinese-field words the other fields lack
        CharArraySet chinese = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), true);
        chinese.addAll(exact);
        chinese.addAll(CHINESE_STOP_WORDS);
        WordPieces pieces = new WordPieces(exact, PIECE_LETTERS, false);
        byField = Map.of(
                Language.ENGLISH.code(), new Words(english, Words.Chain.ENGLISH),
                Language.GERMAN.code(), new Words(german, Words.Chain.GERMAN),
                Language.CHINESE.code(), new ChineseWords(chinese),
                EXACT, new Words(exact, Words.Chain.EXACT),
                WORD_PIECES, pieces,
                ENGLISH_SPELLED_PIECES, new WordPieces(exact, PIECE_LETTERS, true),
                piecesField(Language.GERMAN), pieces,
                piecesField(Language.ENGLISH), pieces);
    }

    /**
     * The chains of Lucene's EnglishAnalyzer, GermanAnalyzer and StandardAnalyzer, but for stop words written in
     * capitals ({@link CapitalisedStopWords}): "What did the WHO say?" keeps "who", "IT spending" keeps "it".
     */
    private static final class Words extends Analyzer {

        /** Which of Lucene's analysers the chain follows: EnglishAnalyzer, GermanAnalyzer, StandardAnalyzer. */
        enum Chain { ENGLISH, GERMAN, EXACT }

        private final CharArraySet stopWords;
        private final Chain chain;

        Words(CharArraySet stopWords, Chain chain) {
            this.stopWords = stopWords;
            this.chain = chain;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = new StandardTokenizer();
            TokenStream result = new CapitalisedStopWords.Marker(words, stopWords);
            if (chain == Chain.ENGLISH) {
                result = new EnglishPossessiveFilter(result);
            }
            result = new CapitalisedStopWords.Stop(new LowerCaseFilter(result), stopWords);
            if (chain == Chain.ENGLISH) {
                result = new PorterStemFilter(EnglishForms.inOneForm(result));
            } else if (chain == Chain.GERMAN) {
                result = new GermanLightStemFilter(new GermanNormalizationFilter(result));
            }
            return new TokenStreamComponents(words, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }

    /**
     * SmartChineseAnalyzer's chain with the stop words taken out before stemming rather than after it, where "was"
     * and "does" would already be "wa" and "doe" and slip through.
     */
    private static final class ChineseWords extends Analyzer {

        private final CharArraySet stopWords;

        ChineseWords(CharArraySet stopWords) {
            this.stopWords = stopWords;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = new HMMChineseTokenizer(); // segments Han text into words, lower-cases Latin
            TokenStream result = new StopFilter(new LowerCaseFilter(words), stopWords);
            return new TokenStreamComponents(words, new PorterStemFilter(result));
        }
    }

    /**
     * Each word, English and German stop words out and umlauts folded as German's own analysis folds them, cut into every run of
     * {@code letters} letters and kept whole as well ("hymne" → "hymn", "ymne", "hymne"); respelled the English way
     * first when {@code englishSpelling}.
     */
    private static final class WordPieces extends Analyzer {

        private final CharArraySet stopWords;
        private final int letters;
        private final boolean englishSpelling;

        WordPieces(CharArraySet stopWords, int letters, boolean englishSpelling) {
            this.stopWords = stopWords;
            this.letters = letters;
            this.englishSpelling = englishSpelling;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = new StandardTokenizer();
            TokenStream result = new StopFilter(new LowerCaseFilter(words), stopWords);
            if (englishSpelling) {
                result = new EnglishSpellingFilter(result);
            }
            result = new GermanNormalizationFilter(result);
            return new TokenStreamComponents(words, new NGramTokenFilter(result, letters, letters, true));
        }
    }

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");

    /**
     * The text of a passage, sentence or title of this language as {@link #EXACT} indexes it: Han characters only in
     * Chinese text. An English or German article writes them as a gloss of the name beside it ("Alibaba Group Holding
     * Ltd (阿里巴巴)", "TSMC, 台積電"); there each would be a single-character term no other passage has, the rarest of
     * all, and a Chinese question naming the company would find that sentence whatever it asks. The name itself is
     * found through the question's dictionary glosses.
     */
    static String exactText(String text, Language language) {
        return language == Language.CHINESE ? text : withoutHan(text);
    }

    /** The text with each run of Han characters replaced by a space. */
    static String withoutHan(String text) {
        return HAN.matcher(text).replaceAll(" ");
    }

    /** The field a language's passages are indexed under in word pieces ({@link #WORD_PIECES}). */
    public static String piecesField(Language language) {
        return WORD_PIECES + "." + language.code();
    }

    public static String fieldOf(Language language) {
        return language.code();
    }

    public Map<String, Analyzer> byField() {
        return byField;
    }

    /** The distinct terms of {@code text} as the field's analyser produces them, in order. */
    public List<String> terms(String field, String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = byField.get(field).tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory strings: cannot happen
        }
        return new ArrayList<>(out);
    }
}
