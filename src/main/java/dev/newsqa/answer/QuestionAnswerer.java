package dev.newsqa.answer;

import dev.newsqa.index.AnalyzedQuery;
import dev.newsqa.index.CorpusIndex;
import dev.newsqa.index.Vectors;

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
    private final AnswerSettings settings;
    private final HybridRetriever retriever;
    private final ExtractSelector selector;
    private final ShortAnswerFinder shortAnswers = new ShortAnswerFinder(ShortAnswerFinder.RELIABLE);

    public QuestionAnswerer(Supplier<CorpusIndex> index, QueryEncoder encoder, AnswerSettings settings,
                            ConfidenceModels confidence) {
        this.index = index;
        this.encoder = encoder;
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
            double floor = Math.max(settings.minConfidence(), confidence - settings.secondaryMargin());
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
        float[] vector = encoder.encode(query.retrievalText());
        AnalyzedQuery question = snapshot.analyze(query.retrievalText(), vector);
        QuestionTerms terms = new QuestionTerms(question);
        // a follow-up is retrieved with its context, but its extract must hold what it asks itself, and its
        // sentences are compared with a question that is half context, half what it asks ("What is it a hybrid of?")
        QuestionTerms asked = terms;
        float[] reading = vector;
        if (query.contextual()) {
            asked = new QuestionTerms(snapshot.analyze(query.askedText(), null));
            if (QuestionText.hasWords(query.askedText())) {
                reading = Vectors.unit(Vectors.sum(vector, encoder.encode(query.askedText())));
            }
        }
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
