package dev.newsqa.answer;

import dev.newsqa.index.AnalyzedText;
import dev.newsqa.index.IndexedPassage;
import dev.newsqa.index.LanguageAxis;
import dev.newsqa.index.VectorSpace;
import dev.newsqa.index.Vectors;
import dev.newsqa.ingest.Language;
import dev.newsqa.ingest.Passage;
import dev.newsqa.ingest.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Chooses, inside the best passages, the one to three sentences that answer the question: the
 * sentence closest to the question in meaning and words, grown by a neighbour when that adds
 * question words, when the next sentence refers back to it ("Those included …"), or when it is
 * too short to stand alone. Up to {@link #EXTRACTS_PER_PASSAGE} extracts per passage that share no sentence, each
 * ranked by its own best sentence, and the same text is never cited twice.
 */
final class ExtractSelector {

    static final double WEIGHT_SENTENCE_COSINE = 0.45;
    /**
     * all-MiniLM-L6-v2 is an English model: any two Chinese sentences come out alike (cosines of 0.6 to 0.9 between
     * unrelated ones), so inside a Chinese passage the sentence is chosen by the question's words alone. bge-small-zh's
     * sentence cosines do not help either: with weights 0, 0.2, 0.45, 0.8 and 1.5 the answer was in the first extract
     * for 73.3, 71.5, 71.5, 70.6 and 68.0 % of the CMRC questions about even-numbered articles. On the CMRC
     * bench set this put the answer in the first extract for 487 of 674 questions instead of 445 (at 0.2: 455).
     */
    private static final double WEIGHT_SENTENCE_COSINE_CHINESE = 0;
    /**
     * A Chinese question over an English passage: there are no sentence vectors in bge-small-zh's space, so its
     * CC-CEDICT glosses are embedded in MiniLM's and compared with the passage's sentences there. On XQuAD's
     * Chinese questions about the even-numbered articles (first extract holds the answer, before refusal) 0 / 0.2 /
     * 0.3 / 0.45 / 0.6 / 0.8 gave 63.7 / 66.5 / 66.2 / 66.8 / 65.8 / 64.9 %; on the odd-numbered ones 0.45 against 0
     * gave 65.1 → 68.1 % (right passage first 78.5 → 81.8 %).
     */
    private static final double WEIGHT_GLOSS_COSINE = 0.45;
    private static final double WEIGHT_COVERAGE = 0.30;
    static final double WEIGHT_PASSAGE_COSINE = 0.15;
    private static final double WEIGHT_RETRIEVAL = 0.10;
    /**
     * The passage's BM25 score relative to the best candidate's: rare question words (a name, "Q2") matched in the
     * passage. Evaluated at 0.05, 0.1, 0.2, 0.3, 0.4, 0.6 and 1.0: from 0.2 up hit@1 rose from 92 % to 96 % on the
     * fitted question set and stayed level on the held-out one; at 0.2 one more off-topic question was answered, from
     * 0.3 up no figure moves.
     */
    private static final double WEIGHT_LEXICAL = 0.40;
    /**
     * A follow-up read with the question before it: the share of what it asks itself that a sentence holds, weighed
     * like the coverage of the whole reading, so that "How old is she?" after a question about a person picks the
     * sentence with the age rather than the one that answered the earlier question. Not fitted.
     */
    private static final double WEIGHT_ASKED_COVERAGE = WEIGHT_COVERAGE;
    private static final double HEADING_PENALTY = 0.15;
    /**
     * The share of a German question's word pieces a sentence holds ({@link QuestionTerms#pieceCoverage}). Chosen on
     * XQuAD's German questions about the even-numbered articles (first extract holds the answer, before refusal, %;
     * over German / English articles): 0, 0.1, 0.3, 0.6, 1 and 1.5 gave 75.4 / 52.3, 76.6 / 52.6, 77.5 / 52.9,
     * 78.2 / 53.5, 79.7 / 52.9, 78.8 / 53.8; on the odd-numbered ones 1 against 0 gave 79.5 → 80.1 / 48.5 → 53.1.
     */
    private static final double WEIGHT_PIECE_COVERAGE = 1.0;
    /**
     * How much a question word that stands in the article's title counts in choosing among its sentences (see
     * {@code QuestionTerms#coverage(AnalyzedText, Language, AnalyzedText, double)}). Chosen on the fitted halves
     * (even-numbered articles; first extract holds the answer, before refusal): 1 (no difference) / 0.3 / 0.2 / 0.1 / 0
     * gave CMRC 74.1 / 81.4 / 82.6 / 83.4 / 81.4 %, XQuAD en 86.2 / 85.8 / 85.8 / 85.8 / 86.5 %, de 70.5 / 71.7 / 72.0
     * / 72.0 / 72.0 %; on the other halves 0.1 against 1 gave CMRC 73.6 → 83.9 %, en 86.3 → 86.0 %, de 77.5 → 77.5 %.
     */
    private static final double TOPIC_WORD_WEIGHT = 0.1;
    private static final int MAX_SENTENCES = 3;
    /**
     * In English characters ({@link #englishLength}): a single sentence shorter than this takes a neighbour, the one
     * before or after it that scores higher as an answer ({@link #likelierNeighbour}): the answer is often next to the
     * sentence that shares the question's words. Chosen on the even-numbered articles (first extract holds the answer,
     * before refusal, %, and its mean length in characters; XQuAD en / de / CMRC), taking the sentence after: 90 gave
     * 85.8 / 79.7 / 83.4 (229 / 237 / 74), 210 86.5 / 81.5 / 84.6, 270 and 330 87.1 / 81.5 / 84.6 (266 / 274 / 84); on the
     * odd-numbered ones 270 against 90 gave 86.0 → 86.6, 80.1 → 80.5, 83.9 → 85.5 % (mean 236 → 269, 232 → 266, 75 → 89
     * characters). Taking the likelier neighbour instead of the next one then gave 87.7 / 83.1 / 84.6 on the even ones
     * (278 / 290 / 86 characters) and 87.0 / 81.4 / 86.4 on the odd ones (293 / 279 / 92). Growing any extract under the
     * length (to three short sentences) gained 0.3 to 0.6 points more on the even-numbered articles and up to 1.2 on the
     * others, but a Chinese extract should stay one or two sentences.
     */
    private static final int SHORT_EXTRACT_CHARS = 270;
    /**
     * English characters one Chinese character stands for: a Chinese text is about a third as long as its English
     * translation (XQuAD's 632 questions: 38,816 characters in English, 11,704 in Chinese, 3.3 to 1), so 90 English
     * characters are some 30 Chinese ones (a short clause) and 400 are some 133.
     */
    private static final int CHINESE_CHAR_AS_ENGLISH = 3;
    private static final int AGREEMENT_WITHIN = 5;
    private static final Pattern REFERS_BACK = Pattern.compile(
            "^[\"“]?(Those|These|They|This|That|It|Its|He|She|His|Her|Their|Such|Both|Dies|Diese|Er|Sie|Es)\\b.*", Pattern.DOTALL);
    private static final Pattern REFERS_BACK_CHINESE = Pattern.compile(
            "^[\"“「]?(这|此|该|其|它|他|她|因此|所以|于是|因而).*", Pattern.DOTALL);

    /**
     * A sentence that opens with a word standing for something said before it ("This will help…", "因此它…"): an
     * extract holding it holds its neighbour too — the one after the best sentence, or the one before a best sentence
     * that opens so. On the fitted halves (even-numbered articles) the first extract held the answer for CMRC 80.5 →
     * 81.4 %, XQuAD en 85.2 → 85.8 %, de 71.7 → 71.7 %; on the other halves 81.8 → 82.7 %, 86.3 and 77.5 unchanged.
     */
    private static boolean refersBack(String sentence) {
        return REFERS_BACK.matcher(sentence).matches() || REFERS_BACK_CHINESE.matcher(sentence).matches();
    }

    /**
     * When the first extract is wrong, the answer is often in another sentence of the same passage (an XQuAD paragraph
     * is mostly one or two passages): with one extract per passage the three citations held the answer for 86.9 % of
     * XQuAD's English questions; with up to three per passage (and later citations chosen by
     * {@link LaterCitationModel}) 93.8 % of those about the even-numbered articles, where this was chosen, and 94.1 % of
     * the others. A passage's first extract is the one it had alone and no further one ranks above it (its best
     * sentence scores no higher), so the first citation does not change.
     */
    static final int EXTRACTS_PER_PASSAGE = 3;

    private final AnswerSettings settings;
    private final ConfidenceModels confidence;
    /** What a MiniLM cosine owes to the two texts' being German, taken off in ranking (not in the evidence). */
    private final LanguageAxis languageAxis;

    ExtractSelector(AnswerSettings settings, ConfidenceModels confidence, LanguageAxis languageAxis) {
        this.settings = settings;
        this.confidence = confidence;
        this.languageAxis = languageAxis;
    }

    /**
     * @param asked the words of what the question asks itself; the same object as {@code terms} for a question read
     *              on its own, when nothing is added to any score
     * @param gloss a Chinese question's English glosses in MiniLM's space (embedded when first asked for), or null
     */
    List<Extract> select(QuestionTerms terms, QuestionTerms asked, float[] question, Supplier<float[]> gloss,
                         List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        // the question's position on MiniLM's German-English axis: a German question's cosines with German sentences
        // carry a share of that alone, which ranking takes off (nothing in bge-small-zh's space, which has no sentences)
        double along = terms.space() == VectorSpace.MINILM ? languageAxis.along(question) : 0;
        double topFused = candidates.get(0).fused();
        double topBm25 = candidates.stream().mapToDouble(Candidate::bm25).max().orElse(0);
        List<Extract> extracts = new ArrayList<>();
        for (Candidate c : candidates.subList(0, Math.min(candidates.size(), settings.candidatePassages()))) {
            extracts.addAll(extractsFrom(terms, asked, question, gloss, c, c.fused() / topFused,
                    topBm25 > 0 ? c.bm25() / topBm25 : 0, along * languageAxis.mean(c.indexed().passage().language())));
        }
        extracts.sort(Comparator.comparingDouble(Extract::score).reversed());
        Set<String> seen = new HashSet<>();
        List<Extract> distinct = new ArrayList<>();
        for (Extract e : extracts) {
            if (seen.add(wordsOf(e.text()))) {
                distinct.add(e);
            }
        }
        return distinct;
    }

    /**
     * The share of the question's words {@code held} holds (sentences of the passage, or the whole of it), with its
     * article's title when that is a name: the article is about it in every sentence, which seldom repeats it.
     */
    private static double coverageWithNameTitle(QuestionTerms terms, List<AnalyzedText> held, IndexedPassage indexed) {
        if (!indexed.topicIsName()) {
            return terms.coverage(held, indexed.passage().language());
        }
        List<AnalyzedText> withTitle = new ArrayList<>(held);
        withTitle.add(indexed.topic());
        return terms.coverage(withTitle, indexed.passage().language());
    }

    /**
     * The passage's best extract, then up to {@code EXTRACTS_PER_PASSAGE - 1} further ones from its other sentences: each is the
     * best sentence left, grown like the first but never into a sentence an earlier extract of the passage holds.
     *
     * @param languageShare what the question's cosines with this passage and its sentences owe to their being in one
     *                      language ({@link LanguageAxis#languageShare}): taken off both cosines where they rank
     *                      extracts, kept in the evidence, which each reading's confidence was fitted on as it is
     */
    private List<Extract> extractsFrom(QuestionTerms terms, QuestionTerms asked, float[] question,
                                       Supplier<float[]> gloss, Candidate c, double retrieval, double lexical,
                                       double languageShare) {
        boolean followUp = asked != terms && !asked.isEmpty();
        IndexedPassage indexed = c.indexed();
        Passage p = indexed.passage();
        List<Sentence> sentences = p.sentences();
        // a space without sentence vectors (bge-small-zh's: its sentence cosines did not choose better sentences) gives
        // each sentence its passage's cosine, and the question's words choose
        float[][] vectors = indexed.sentenceVectors(terms.space()).orElse(null);
        double[] sentenceScore = new double[sentences.size()];
        double[] cosines = new double[sentences.size()];
        float[][] glossed = vectors == null && gloss != null && p.language() == Language.ENGLISH
                ? indexed.sentenceVectors(VectorSpace.MINILM).orElse(null) : null;
        float[] glossVector = glossed != null ? gloss.get() : null;
        for (int i = 0; i < sentences.size(); i++) {
            cosines[i] = vectors != null ? Vectors.dot(question, vectors[i]) : c.cosine();
            AnalyzedText sentence = indexed.sentenceTerms()[i];
            sentenceScore[i] = sentenceCosineWeight(p.language()) * (cosines[i] - languageShare)
                    + WEIGHT_COVERAGE * terms.coverage(sentence, p.language(), indexed.topic(), TOPIC_WORD_WEIGHT)
                    + (followUp ? WEIGHT_ASKED_COVERAGE
                            * asked.coverage(sentence, p.language(), indexed.topic(), TOPIC_WORD_WEIGHT) : 0)
                    + WEIGHT_PIECE_COVERAGE * terms.pieceCoverage(sentences.get(i).text(), p.language())
                    + (glossVector != null ? WEIGHT_GLOSS_COSINE * Vectors.dot(glossVector, glossed[i]) : 0)
                    - (sentences.get(i).heading() ? HEADING_PENALTY : 0);
        }
        // a follow-up's passage is judged by the same half-context, half-asked question as its sentences
        double passageCosine = (followUp ? c.readingCosine() : c.cosine()) - languageShare;
        boolean[] taken = new boolean[sentences.size()];
        List<Extract> out = new ArrayList<>();
        while (out.size() < EXTRACTS_PER_PASSAGE) {
            int best = -1;
            for (int i = 0; i < sentences.size(); i++) {
                // a title or heading that is only a name ("Super Bowl 50", "ChinAI (Four to Forward)") starts no
                // extract: it names the topic and answers nothing ("Super Bowl 50" was given at 0.71 for "谁赢得了第 49
                // 届超级碗？"), and the paragraph under it is an extract of its own; a passage of nothing else gives
                // none. A news headline is a statement ("Alibaba to add 5,000 staff to cloud unit") and stays
                if (!taken[i] && !indexed.nameHeading(i)
                        && (best < 0 || sentenceScore[i] > sentenceScore[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            // the sentences this extract may grow into: up to the nearest one an earlier extract holds
            int lo = best;
            while (lo > 0 && !taken[lo - 1]) {
                lo--;
            }
            int hi = best;
            while (hi < sentences.size() - 1 && !taken[hi + 1]) {
                hi++;
            }
            double score = sentenceScore[best] + WEIGHT_PASSAGE_COSINE * passageCosine + WEIGHT_RETRIEVAL * retrieval
                    + WEIGHT_LEXICAL * lexical;
            // the sentence's own similarity is the evidence: for a Chinese question inside an English passage, its
            // glosses' (the passage's bge cosine is evidence already)
            double evidenceCosine = glossVector != null ? Vectors.dot(glossVector, glossed[best]) : cosines[best];
            Extract e = grown(terms, asked, followUp, c, best, lo, hi, evidenceCosine, score, sentenceScore);
            out.add(e);
            for (int i = lo; i <= hi; i++) {
                if (sentences.get(i).start() >= e.start() && sentences.get(i).end() <= e.end()) {
                    taken[i] = true;
                }
            }
        }
        return out;
    }

    /**
     * The text lower-cased, its letters and digits of every script kept and each run of anything else made one space
     * (none at the ends): two extracts with the same words are the same citation. \W would blank out Chinese text
     * and make all its extracts one. Written out rather than as the regular expression {@code [^\p{L}\p{N}]+}, which
     * gives the same and was a third of the Java time of a question under load (its Unicode classes are tested
     * character by character through lambdas, for every candidate extract).
     */
    static String wordsOf(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c) || isNumber(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.appendCodePoint(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** Unicode's numbers, \p{N}: decimal digits, letter numbers ("Ⅻ") and other numbers ("²", "½"). */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The sentence {@code best} grown by neighbours inside {@code lo..hi}, with its evidence and confidence. */
    private Extract grown(QuestionTerms terms, QuestionTerms asked, boolean followUp, Candidate c, int best, int lo,
                          int hi, double bestCosine, double score, double[] sentenceScore) {
        IndexedPassage indexed = c.indexed();
        Passage p = indexed.passage();
        List<Sentence> sentences = p.sentences();
        int likelier = likelierNeighbour(sentenceScore, best, lo, hi, sentences);
        int from = best;
        int to = best;
        double coverage = terms.coverage(indexed.sentenceTerms(best, best), p.language());
        while (to - from + 1 < MAX_SENTENCES) {
            int chosen = -1;
            double chosenCoverage = coverage;
            for (int option : new int[] {from - 1, to + 1}) {
                if (option < lo || option > hi || sentences.get(option).heading()) {
                    continue;
                }
                int s = Math.min(from, option);
                int e = Math.max(to, option);
                if (englishLength(sentences.get(e).end() - sentences.get(s).start(), p.language())
                        > settings.maxExtractChars()) {
                    continue;
                }
                double cov = terms.coverage(indexed.sentenceTerms(s, e), p.language());
                boolean after = option == to + 1;
                boolean tooShort = from == to && englishLength(sentences.get(to).end() - sentences.get(from).start(),
                        p.language()) < SHORT_EXTRACT_CHARS;
                boolean refersBack = after && refersBack(sentences.get(option).text());
                boolean leansOnPrevious = !after && refersBack(sentences.get(from).text());
                if (cov > chosenCoverage + 1e-9
                        || (chosen < 0 && ((tooShort && option == likelier) || (after ? refersBack : leansOnPrevious)))) {
                    chosen = option;
                    chosenCoverage = Math.max(cov, chosenCoverage);
                }
            }
            if (chosen < 0) {
                break;
            }
            from = Math.min(from, chosen);
            to = Math.max(to, chosen);
            coverage = chosenCoverage;
        }
        List<AnalyzedText> extractTerms = indexed.sentenceTerms(from, to);
        // a question word a name title holds counts as held, as the uncited title passage would have held it
        coverage = indexed.topicIsName() ? coverageWithNameTitle(terms, extractTerms, indexed) : coverage;
        double askedCoverage = asked == terms ? coverage : asked.isEmpty() ? 1 : asked.coverage(extractTerms, p.language());
        int matched = terms.matchedWords(extractTerms, p.language());
        // a follow-up's extract answers what it asks itself: the words of its context are the earlier turn's, and
        // usually stand in the sentence that answered that turn, not in this one
        Evidence evidence = new Evidence(bestCosine, c.cosine(), followUp ? Math.max(coverage, askedCoverage) : coverage,
                c.foundByBoth(AGREEMENT_WITHIN, terms.language()) ? 1 : 0,
                coverageWithNameTitle(terms, List.of(indexed.terms()), indexed),
                followUp ? Math.max(matched, asked.matchedWords(extractTerms, p.language())) : matched);
        return new Extract(c, sentences.get(from).start(), sentences.get(to).end(), slice(p, from, to), evidence, score,
                confidence.of(terms.language(), p.language()).confidence(evidence), askedCoverage,
                confidence.answersFrom(terms.language(), p.language(), settings.minConfidence()));
    }

    /**
     * The neighbour a sentence too short to stand alone takes: the one, before or after it inside {@code lo..hi}, that
     * scores higher as an answer itself; -1 when neither can be taken (a heading, or outside the range).
     */
    private static int likelierNeighbour(double[] sentenceScore, int best, int lo, int hi, List<Sentence> sentences) {
        boolean before = best - 1 >= lo && !sentences.get(best - 1).heading();
        boolean after = best + 1 <= hi && !sentences.get(best + 1).heading();
        if (before && after) {
            return sentenceScore[best - 1] > sentenceScore[best + 1] ? best - 1 : best + 1;
        }
        return after ? best + 1 : before ? best - 1 : -1;
    }

    private static double sentenceCosineWeight(Language language) {
        return language == Language.CHINESE ? WEIGHT_SENTENCE_COSINE_CHINESE : WEIGHT_SENTENCE_COSINE;
    }

    /** A length in characters of the language as the length of the same content in English characters. */
    static int englishLength(int chars, Language language) {
        return language == Language.CHINESE ? chars * CHINESE_CHAR_AS_ENGLISH : chars;
    }

    private static String slice(Passage p, int from, int to) {
        return p.text().substring(p.sentences().get(from).start() - p.start(), p.sentences().get(to).end() - p.start());
    }
}
