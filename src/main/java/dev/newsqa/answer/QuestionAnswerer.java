package dev.newsqa.answer;

import dev.newsqa.index.AnalyzedQuery;
import dev.newsqa.index.CorpusIndex;
import dev.newsqa.index.LanguageAxis;
import dev.newsqa.index.VectorSpace;
import dev.newsqa.index.Vectors;
import dev.newsqa.ingest.Language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Answers one question against the current index: hybrid retrieval, extract choice, confidence,
 * and the readable answer with {@code [n]} markers.
 */
public final class QuestionAnswerer {

    /** The least confidence of the first extract for which a short answer is given (see {@link ShortAnswerFinder}). */
    public static final double SHORT_ANSWER_CONFIDENCE = 0.8;

    private final Supplier<CorpusIndex> index;
    private final QueryEncoder encoder;
    /** Null when Chinese questions are compared in MiniLM's space like every other. */
    private final QueryEncoder chineseEncoder;
    private final QuestionTranslator translator;
    private final AnswerSettings settings;
    private final HybridRetriever retriever;
    private final ExtractSelector selector;
    private final ShortAnswerFinder shortAnswers = new ShortAnswerFinder(ShortAnswerFinder.SERVED);

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
        this(index, encoder, chineseEncoder, translator, settings, confidence, LanguageAxis.miniLm());
    }

    /** @param languageAxis what MiniLM cosines owe to a shared language, taken off where extracts are ranked */
    QuestionAnswerer(Supplier<CorpusIndex> index, QueryEncoder encoder, QueryEncoder chineseEncoder,
                     QuestionTranslator translator, AnswerSettings settings, ConfidenceModels confidence,
                     LanguageAxis languageAxis) {
        this.index = index;
        this.encoder = encoder;
        this.chineseEncoder = chineseEncoder;
        this.translator = translator;
        this.settings = settings;
        this.retriever = new HybridRetriever(settings.candidatePassages() * 2);
        this.selector = new ExtractSelector(settings, confidence, languageAxis);
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
        // the first extract answers from its reading's confidence: a German question over English articles is right
        // less often, and says so
        boolean answered = maxCitations > 0 && !extracts.isEmpty() && extracts.get(0).answers();
        List<Citation> citations = new ArrayList<>();
        if (answered) {
            Extract first = extracts.get(0);
            citations.add(citation(snapshot, 1, first, confidence));
            for (Later later : later(extracts, maxCitations - 1, query.language())) {
                citations.add(citation(snapshot, citations.size() + 1, later.extract(), later.confidence()));
            }
        }
        // a short answer is a promise on top of the extract's: given only when the extract itself is likely right
        ShortAnswer shortAnswer = answered && confidence >= SHORT_ANSWER_CONFIDENCE
                ? shortAnswers.find(query, citations.get(0)).orElse(null) : null;
        // the answer text is the first extract alone: it is what the answer's confidence is about
        Answer answer = new Answer(query.question(), query.language(), answered,
                answered ? compose(citations.get(0)) : FixedTexts.of(query.language()).notFound(),
                Answer.shown(confidence), conversationId, query.readWith(), shortAnswer, citations);
        return new Reading(answer, answered ? extracts.get(0).askedCoverage() : 0, extracts.isEmpty() ? null : extracts.get(0));
    }

    /**
     * The citations after the first: other extracts (of other passages, or other sentences of the first one's) whose
     * own chance of holding the answer is at least the floor, likeliest first, none overlapping one cited before.
     */
    private List<Later> later(List<Extract> extracts, int count, Language question) {
        return later(extracts, count, extract -> LaterCitationModel.of(question, extract), settings.laterMinConfidence());
    }

    /**
     * The citations after the first as {@link #read} chooses them, each extract's confidence from the model for its
     * language (and the question's: {@link LaterCitationModel#of}; the fitting program passes the model it fits), from
     * {@code floor} up or, when it is empty, from that model's own floor.
     */
    public static List<Later> later(List<Extract> extracts, int count, Function<Language, LaterCitationModel> models,
                                    OptionalDouble floor) {
        Extract first = extracts.get(0);
        List<Later> options = new ArrayList<>();
        for (Extract e : extracts.subList(1, extracts.size())) {
            LaterCitationModel model = models.apply(e.candidate().passage().language());
            double c = model.confidence(e, first);
            if (c >= floor.orElse(model.floor())) {
                options.add(new Later(e, c));
            }
        }
        options.sort(Comparator.comparingDouble(Later::confidence).reversed());
        List<Extract> cited = new ArrayList<>(List.of(first));
        List<Later> chosen = new ArrayList<>();
        for (Later option : options) {
            if (chosen.size() >= count) {
                break;
            }
            if (cited.stream().noneMatch(c -> c.overlaps(option.extract()))) {
                cited.add(option.extract());
                chosen.add(option);
            }
        }
        return chosen;
    }

    /** A citation after the first: its extract and the chance that it holds the answer. */
    public record Later(Extract extract, double confidence) {
    }

    private static Citation citation(CorpusIndex snapshot, int id, Extract e, double confidence) {
        String source = e.candidate().passage().source();
        String title = snapshot.article(source).map(a -> a.title()).orElse(source);
        return new Citation(id, source, title, e.text(), e.start(), e.end(), Answer.shown(confidence),
                e.candidate().passage().language());
    }

    /**
     * @param askedCoverage IDF-weighted share of the words of what the question itself asks ({@link Query#askedText()})
     *                      in the first extract (1 when there are none, as in "And then?"; 0 when nothing was answered)
     * @param first         the likeliest extract, answered or not (null when nothing was found)
     */
    public record Reading(Answer answer, double askedCoverage, Extract first) {
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
        Map<Language, String> translations = translator.translate(query.retrievalText(), language);
        AnalyzedQuery question = snapshot.analyze(query.retrievalText(), language, translations, vector, space);
        // a Chinese question's English glosses, embedded in MiniLM's space when a passage with English sentence
        // vectors is met, choose among its sentences as an English question's vector does
        String gloss = translations.get(Language.ENGLISH);
        Supplier<float[]> glossVector = space == VectorSpace.BGE_ZH && gloss != null && QuestionText.hasWords(gloss)
                ? memoized(() -> encoder.encode(gloss)) : null;
        QuestionTerms terms = new QuestionTerms(question, snapshot::pieces);
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
        return selector.select(terms, asked, reading, glossVector, candidates);
    }

    private static Supplier<float[]> memoized(Supplier<float[]> compute) {
        float[][] held = new float[1][];
        return () -> {
            if (held[0] == null) {
                held[0] = compute.get();
            }
            return held[0];
        };
    }

    private static String compose(Citation c) {
        return c.extract().replaceAll("\\s+", " ").strip() + " [" + c.id() + "]";
    }
}
