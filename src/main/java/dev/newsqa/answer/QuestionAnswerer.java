package dev.newsqa.answer;

import dev.newsqa.index.AnalyzedQuery;
import dev.newsqa.index.CorpusIndex;
import dev.newsqa.index.VectorSpace;
import dev.newsqa.index.Vectors;
import dev.newsqa.ingest.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Answers one question against the current index: hybrid retrieval, extract choice, confidence,
 * and the readable answer with {@code [n]} markers.
 */
public final class QuestionAnswerer {

    /** The least confidence of the first extract for which a short answer is given (see {@link ShortAnswerFinder}). */
    static final double SHORT_ANSWER_CONFIDENCE = 0.8;

    private final Supplier<CorpusIndex> index;
    private final QueryEncoder encoder;
    /** Null when Chinese questions are compared in MiniLM's space like every other. */
    private final QueryEncoder chineseEncoder;
    private final QuestionTranslator translator;
    private final AnswerSettings settings;
    private final HybridRetriever retriever;
    private final ExtractSelector selector;
    private final ShortAnswerFinder shortAnswers = new ShortAnswerFinder(ShortAnswerFinder.RELIABLE);

    public QuestionAnswerer(Supplier<CorpusIndex> index, QueryEncoder encoder, AnswerSettings settings,
                            ConfidenceModels confidence) {
        this(index, encoder, null, QuestionTranslator.NONE, settings, confidence);
    }

    /**
     * @param chineseEncoder bge-small-zh's questions, in the index's second space ({@link VectorSpace#BGE_ZH}), or
     *                       null to compare Chinese questions in MiniLM's like every other
     * @param translator     the question's words in the corpus's other languages, for the lexical side
     */
    public QuestionAnswerer(Supplier<CorpusIndex> index, QueryEncoder encoder, QueryEncoder chineseEncoder,
                            QuestionTranslator translator, AnswerSettings settings, ConfidenceModels confidence) {
        this.index = index;
        this.encoder = encoder;
        this.chineseEncoder = chineseEncoder;
        this.translator = translator;
        this.settings = settings;
        this.retriever = new HybridRetriever(settings.candidatePassages() * 2);
        this.selector = new ExtractSelector(settings, confidence);
    }

    public Answer answer(Query query, int maxCitations, String conversationId) {
        return read(query, maxCitations, conversationId).answer();
    }

    /**
     * The answer, and how much of the question's own words (not those of the context it was read with) its first
     * extract contains: a follow-up read together with an earlier question must still be answered by an extract
     * about what it asks itself.
     */
    public Reading read(Query query, int maxCitations, String conversationId) {
        CorpusIndex snapshot = index.get();
        List<Extract> extracts = rank(snapshot, query);
        double confidence = extracts.isEmpty() ? 0 : extracts.get(0).confidence();
        List<Citation> citations = new ArrayList<>();
        for (Extract e : extracts) {
            // an extract answers from its reading's confidence (a German question over English articles is right less
            // often, and says so), and a further one only near the first's
            double floor = Math.max(e.answersFrom(), confidence - settings.secondaryMargin());
            if (citations.size() == maxCitations || e.confidence() < floor) {
                break;
            }
            String source = e.candidate().passage().source();
            String title = snapshot.article(source).map(a -> a.title()).orElse(source);
            citations.add(new Citation(citations.size() + 1, source, title, e.text(), e.start(), e.end(),
                    round(e.confidence()), e.candidate().passage().language()));
        }
        boolean answered = !citations.isEmpty();
        // a short answer is a promise on top of the extract's: given only when the extract itself is likely right
        ShortAnswer shortAnswer = answered && confidence >= SHORT_ANSWER_CONFIDENCE
                ? shortAnswers.find(query.question(), citations.get(0)).orElse(null) : null;
        Answer answer = new Answer(query.question(), query.language(), answered,
                answered ? compose(citations) : FixedTexts.of(query.language()).notFound(),
                round(confidence), conversationId, query.readWith(), shortAnswer, citations);
        return new Reading(answer, answered ? extracts.get(0).askedCoverage() : 0);
    }

    /**
     * @param askedCoverage IDF-weighted share of the words of what the question itself asks ({@link Query#askedText()})
     *                      in the first extract (1 when there are none, as in "And then?"; 0 when nothing was answered)
     */
    public record Reading(Answer answer, double askedCoverage) {
    }

    /** Every candidate extract with its evidence, best first; the evaluation reads these too. */
    public List<Extract> rank(CorpusIndex snapshot, Query query) {
        // 1. the question's language, and the space it is compared in: Chinese questions in bge-small-zh's when the
        //    index holds it (MiniLM, an English model, places any two Chinese texts alike), every other in MiniLM's
        Language language = query.language();
        VectorSpace space = language == Language.CHINESE && chineseEncoder != null && snapshot.holds(VectorSpace.BGE_ZH)
                ? VectorSpace.BGE_ZH : VectorSpace.MINILM;
        QueryEncoder spaceEncoder = space == VectorSpace.BGE_ZH ? chineseEncoder : encoder;
        // 2. one analysis: the vector, and the words in every field, translated where a dictionary allows
        float[] vector = spaceEncoder.encode(query.retrievalText());
        AnalyzedQuery question = snapshot.analyze(query.retrievalText(), language,
                translator.translate(query.retrievalText(), language), vector, space);
        QuestionTerms terms = new QuestionTerms(question);
        // a follow-up is retrieved with its context, but its extract must hold what it asks itself, and its
        // sentences are compared with a question that is half context, half what it asks ("What is it a hybrid of?")
        QuestionTerms asked = terms;
        float[] reading = vector;
        if (query.contextual()) {
            asked = new QuestionTerms(snapshot.analyze(query.askedText(), language,
                    translator.translate(query.askedText(), language), null, space));
            if (QuestionText.hasWords(query.askedText())) {
                reading = Vectors.unit(Vectors.sum(vector, spaceEncoder.encode(query.askedText())));
            }
        }
        // 3. candidate passages from both retrievers, fused; 4. the extract of each, with its confidence
        List<Candidate> candidates = retriever.retrieve(snapshot, question, reading, query.favouredSources());
        return selector.select(terms, asked, reading, candidates);
    }

    private static String compose(List<Citation> citations) {
        StringBuilder out = new StringBuilder();
        for (Citation c : citations) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(c.extract().replaceAll("\\s+", " ").strip()).append(" [").append(c.id()).append(']');
        }
        return out.toString();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
