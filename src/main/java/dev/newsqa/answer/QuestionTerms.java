package dev.newsqa.answer;

import dev.newsqa.index.AnalyzedQuery;
import dev.newsqa.index.AnalyzedText;
import dev.newsqa.index.LanguageAnalyzers;
import dev.newsqa.index.VectorSpace;
import dev.newsqa.ingest.Language;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A question's content words as each field's analyser saw them ({@link AnalyzedQuery}), weighted by IDF, for
 * measuring how much of the question a sentence covers. Words the corpus never uses weigh most, which is
 * what makes an off-topic question score low.
 */
final class QuestionTerms {

    private final AnalyzedQuery question;
    /** Cuts a sentence into word pieces, as the question's were ({@link LanguageAnalyzers#WORD_PIECES}). */
    private final Function<String, List<String>> pieces;
    /** The question's piece weights as matched in each language's sentences, made once: every sentence reads them. */
    private final Map<Language, Map<String, Double>> pieceWeights = new EnumMap<>(Language.class);

    QuestionTerms(AnalyzedQuery question) {
        this(question, text -> List.of());
    }

    QuestionTerms(AnalyzedQuery question, Function<String, List<String>> pieces) {
        this.question = question;
        this.pieces = pieces;
        for (Language language : Language.values()) {
            pieceWeights.put(language, question.pieceWeights(language));
        }
    }

    boolean isEmpty() {
        return !question.hasTerms();
    }

    /** The space the question's vector is in, which sentences must be compared in too. */
    VectorSpace space() {
        return question.space();
    }

    Language language() {
        return question.language();
    }

    /** The best covered share over the passage language's field and the unstemmed field. */
    double coverage(AnalyzedText text, Language language) {
        return coverage(List.of(text), language);
    }

    /** The same for consecutive sentences taken together: a word counts when any of them has it. */
    double coverage(List<AnalyzedText> sentences, Language language) {
        return Math.max(coverage(sentences, LanguageAnalyzers.fieldOf(language), false),
                coverage(sentences, LanguageAnalyzers.EXACT, true));
    }

    /**
     * How many of the question's content words the sentences contain, in whichever field finds more.
     * One shared word, however rare, is weak evidence that the sentences are about what was asked.
     */
    int matchedWords(List<AnalyzedText> sentences, Language language) {
        return Math.max(matched(sentences, LanguageAnalyzers.fieldOf(language), false),
                matched(sentences, LanguageAnalyzers.EXACT, true));
    }

    private int matched(List<AnalyzedText> sentences, String field, boolean exact) {
        int found = 0;
        for (String term : question.weights(field).keySet()) {
            for (AnalyzedText s : sentences) {
                if ((exact ? s.exactTerms() : s.languageTerms()).contains(term)) {
                    found++;
                    break;
                }
            }
        }
        return found;
    }

    /**
     * The IDF-weighted share of the question's word pieces that a sentence holds; 0 for a question not searched in
     * pieces (see {@code LexicalIndex}). German questions name in other words or compounds what a sentence says
     * ("Normannen" and "Normans", "Hymne" in "Nationalhymne"), where whole words do not meet; in an English sentence
     * the pieces of the question's words respelled the English way count too ({@code AnalyzedQuery#pieceWeights}).
     *
     * @param language the language of the sentence's passage
     */
    double pieceCoverage(String sentence, Language language) {
        Map<String, Double> w = pieceWeights.get(language);
        if (w.isEmpty()) {
            return 0;
        }
        Set<String> held = new HashSet<>(pieces.apply(sentence));
        double total = 0;
        double found = 0;
        for (Map.Entry<String, Double> e : w.entrySet()) {
            total += e.getValue();
            found += held.contains(e.getKey()) ? e.getValue() : 0;
        }
        return total == 0 ? 0 : found / total;
    }

    /**
     * {@link #coverage(AnalyzedText, Language)} for choosing among the sentences of one article: the question's words
     * that stand in the article's title ({@code topic}) weigh {@code topicWeight} of their IDF. Every sentence of the
     * article is about its title, stated or not ("成鸟体重约二十克。" of the bird the article is named after), so the
     * sentence that repeats the title's name is not for that alone the one that answers.
     */
    double coverage(AnalyzedText sentence, Language language, AnalyzedText topic, double topicWeight) {
        return Math.max(coverage(List.of(sentence), LanguageAnalyzers.fieldOf(language), false, topic, topicWeight),
                coverage(List.of(sentence), LanguageAnalyzers.EXACT, true, topic, topicWeight));
    }

    private double coverage(List<AnalyzedText> sentences, String field, boolean exact) {
        return coverage(sentences, field, exact, AnalyzedText.NONE, 1);
    }

    private double coverage(List<AnalyzedText> sentences, String field, boolean exact, AnalyzedText topic,
                            double topicWeight) {
        Map<String, Double> w = question.weights(field);
        Set<String> topical = exact ? topic.exactTerms() : topic.languageTerms();
        double total = 0;
        double found = 0;
        for (Map.Entry<String, Double> e : w.entrySet()) {
            double weight = e.getValue() * (topical.contains(e.getKey()) ? topicWeight : 1);
            total += weight;
            for (AnalyzedText s : sentences) {
                if ((exact ? s.exactTerms() : s.languageTerms()).contains(e.getKey())) {
                    found += weight;
                    break;
                }
            }
        }
        return total == 0 ? 0 : found / total;
    }
}
