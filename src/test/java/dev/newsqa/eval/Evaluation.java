package dev.newsqa.eval;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import dev.newsqa.answer.AnswerConfig;
import dev.newsqa.answer.AnswerSettings;
import dev.newsqa.answer.ConfidenceModel;
import dev.newsqa.answer.ConfidenceModels;
import dev.newsqa.answer.Evidence;
import dev.newsqa.answer.Extract;
import dev.newsqa.answer.Query;
import dev.newsqa.answer.QueryEncoder;
import dev.newsqa.answer.QuestionAnswerer;
import dev.newsqa.config.StandaloneConfig;
import dev.newsqa.corpus.CorpusLoader;
import dev.newsqa.index.CorpusIndex;
import dev.newsqa.index.LanguageAnalyzers;
import dev.newsqa.index.PassageHit;
import dev.newsqa.ingest.Article;
import dev.newsqa.ingest.DocumentsConfig;
import dev.newsqa.ingest.Passage;
import dev.newsqa.ingest.SplitSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Prints hit@1, hit@3, refusal rates and extract length for this service and two baselines on
 * the question set and the held-out set: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.newsqa.eval.Evaluation}. {@code -Dexec.args=--features} prints the evidence of each
 * question's top extract; {@code --fit} fits the confidence model's weights on the (first) question set.
 */
public final class Evaluation {

    /** What one system returns for a question: ranked (source, extract) pairs, and whether it answered. */
    record Result(List<String> sources, List<String> extracts, boolean answered, double confidence) {
    }

    /** Questions written after the confidence model's features were chosen, kept out of fitting and tuning. */
    static final String HELD_OUT = "/eval/questions-heldout.json";

    private Evaluation() {
    }

    public static void main(String[] args) throws Exception {
        QuestionSet questions = QuestionSet.load();
        EmbeddingModel model = EvalPipeline.miniLm();
        LanguageAnalyzers analyzers = new LanguageAnalyzers();
        CorpusIndex index = EvalPipeline.loader(model).load(Path.of("seeds"), Path.of("embeddings")).index();
        QuestionAnswerer ours = EvalPipeline.answerer(index, new QueryEncoder(model, 1000));

        boolean verbose = List.of(args).contains("--verbose");
        Function<String, Result> service = q -> {
            var a = ours.answer(Query.of(q), 3, null);
            if (!a.answered()) { // show what it would have cited, for diagnosis
                var top = ours.rank(index, Query.of(q)).stream().findFirst();
                return new Result(top.map(e -> e.candidate().passage().source()).stream().toList(),
                        top.map(Extract::text).stream().toList(), false, a.confidence());
            }
            return new Result(a.citations().stream().map(c -> c.source()).toList(),
                    a.citations().stream().map(c -> c.extract()).toList(), a.answered(), a.confidence());
        };
        Function<String, Result> naiveRag = naiveRag(index, model);
        Function<String, Result> bm25 = bm25(index);
        QuestionSet heldOut = QuestionSet.load(HELD_OUT);
        for (var set : List.of(Map.entry("question set (the confidence model is fitted on it)", questions),
                Map.entry("held-out set (never fitted or tuned on)", heldOut))) {
            QuestionSet qs = set.getValue();
            System.out.printf("%s: %d answerable, %d off-topic%n", set.getKey(), qs.answerable().size(), qs.offTopic().size());
            System.out.printf("%-34s %6s %6s %9s %9s %10s%n", "system", "hit@1", "hit@3", "off-topic", "wrongly", "mean");
            System.out.printf("%-34s %6s %6s %9s %9s %10s%n", "", "", "", "refused", "refused", "extract");
            report("this service (hybrid + extracts)", qs, service, verbose);
            report("naive RAG (LangChain4j 300/30)", qs, naiveRag, false);
            report("BM25 passages (Lucene)", qs, bm25, false);
            System.out.println();
        }

        if (List.of(args).contains("--features")) {
            printFeatures(questions, ours, index);
            printFeatures(heldOut, ours, index);
        }
        if (List.of(args).contains("--fit")) {
            fit(questions, ours, index);
        }
    }

    private static void report(String name, QuestionSet questions, Function<String, Result> system, boolean verbose) {
        int hit1 = 0;
        int hit3 = 0;
        int wronglyRefused = 0;
        long extractChars = 0;
        int extracts = 0;
        for (QuestionSet.Answerable a : questions.answerable()) {
            Result r = system.apply(a.q());
            if (!r.answered()) {
                wronglyRefused++;
            }
            boolean refusedHere = !r.answered();
            for (int i = 0; i < Math.min(3, r.extracts().size()); i++) {
                if (a.answeredBy(r.sources().get(i), r.extracts().get(i))) {
                    if (i == 0) {
                        hit1++;
                    }
                    hit3++;
                    break;
                }
            }
            if (!r.extracts().isEmpty()) {
                extractChars += r.extracts().get(0).length();
                extracts++;
            }
            if (verbose) {
                boolean ok = !r.extracts().isEmpty() && a.answeredBy(r.sources().get(0), r.extracts().get(0));
                System.out.printf("  %s %.2f %s%n      -> %s%s%n", ok ? "ok  " : "MISS", r.confidence(), a.q(),
                        refusedHere ? "(refused) " : "",
                        r.extracts().isEmpty() ? "" : r.sources().get(0) + ": " + r.extracts().get(0).replace('\n', ' '));
            }
        }
        int refused = 0;
        for (String q : questions.offTopic()) {
            Result r = system.apply(q);
            if (!r.answered()) {
                refused++;
            }
            if (verbose) {
                System.out.printf("  %s %.2f off-topic %s%n      -> %s%n", r.answered() ? "ANSWERED" : "refused ", r.confidence(), q,
                        r.extracts().isEmpty() ? "" : r.extracts().get(0).replace('\n', ' '));
            }
        }
        int n = questions.answerable().size();
        System.out.printf("%-34s %5.0f%% %5.0f%% %8.0f%% %8.0f%% %7d ch%n", name, 100.0 * hit1 / n, 100.0 * hit3 / n,
                100.0 * refused / questions.offTopic().size(), 100.0 * wronglyRefused / n,
                extracts == 0 ? 0 : extractChars / extracts);
    }

    /** LangChain4j's documented naive RAG: recursive 300-token segments with 30 overlap, top segments as extracts. */
    private static Function<String, Result> naiveRag(CorpusIndex index, EmbeddingModel model) {
        var splitter = DocumentSplitters.recursive(300, 30, new HuggingFaceTokenCountEstimator());
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        for (Article article : index.articles()) {
            Document doc = Document.from(article.text());
            doc.metadata().put("source", article.source());
            List<TextSegment> segments = splitter.split(doc);
            List<Embedding> embeddings = model.embedAll(segments).content();
            store.addAll(embeddings, segments);
        }
        return q -> {
            var matches = store.search(EmbeddingSearchRequest.builder()
                    .queryEmbedding(model.embed(q).content()).maxResults(3).build()).matches();
            return new Result(matches.stream().map(m -> m.embedded().metadata().getString("source")).toList(),
                    matches.stream().map(m -> m.embedded().text()).toList(), !matches.isEmpty(),
                    matches.isEmpty() ? 0 : matches.get(0).score());
        };
    }

    /** Plain Lucene BM25 over this service's passages, top passages as extracts. */
    private static Function<String, Result> bm25(CorpusIndex index) {
        return q -> {
            List<PassageHit> hits = index.lexical().retrieve(index.analyze(q, null), 3);
            List<Passage> passages = hits.stream().map(h -> index.passage(h.passageId()).passage()).toList();
            return new Result(passages.stream().map(Passage::source).toList(), passages.stream().map(Passage::text).toList(),
                    !hits.isEmpty(), hits.isEmpty() ? 0 : hits.get(0).score());
        };
    }

    /**
     * Fits the logistic confidence model: the top extract of each answerable question whose top
     * extract is right is a positive, the top extract of each off-topic question a negative.
     */
    private static void fit(QuestionSet questions, QuestionAnswerer ours, CorpusIndex index) {
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (QuestionSet.Answerable a : questions.answerable()) {
            List<Extract> ranked = ours.rank(index, Query.of(a.q()));
            if (!ranked.isEmpty() && a.answeredBy(ranked.get(0).candidate().passage().source(), ranked.get(0).text())) {
                x.add(features(ranked.get(0).evidence()));
                y.add(1);
            }
        }
        for (String q : questions.offTopic()) {
            List<Extract> ranked = ours.rank(index, Query.of(q));
            if (!ranked.isEmpty()) {
                x.add(features(ranked.get(0).evidence()));
                y.add(0);
            }
        }
        // Each class weighs as much as the other in total: there are fewer off-topic questions than answerable ones,
        // and refusing a real answer or answering an off-topic question are both mistakes.
        long positives = y.stream().filter(v -> v == 1).count();
        double[] w = LogisticFit.fit(x, y, true);
        System.out.printf("%nfitted on %d positives and %d negatives:%n  new ConfidenceModel(%.2f, %.2f, %.2f, %.2f, %.2f, %.2f, %.2f)%n",
                positives, y.size() - positives, w[0], w[1], w[2], w[3], w[4], w[5], w[6]);
    }

    /** The evidence of each question's top extract, for seeing what separates answers from off-topic traps. */
    private static void printFeatures(QuestionSet questions, QuestionAnswerer ours, CorpusIndex index) {
        System.out.printf("%n%-5s %5s %5s %5s %5s %5s %5s %5s  %s%n", "kind", "sent", "pass", "cov", "agree", "pcov", "words", "conf",
                "question");
        for (QuestionSet.Answerable a : questions.answerable()) {
            printFeatures(ours, index, a.q(), "ans");
        }
        for (String q : questions.offTopic()) {
            printFeatures(ours, index, q, "off");
        }
    }

    private static void printFeatures(QuestionAnswerer ours, CorpusIndex index, String q, String kind) {
        List<Extract> ranked = ours.rank(index, Query.of(q));
        if (ranked.isEmpty()) {
            System.out.printf("%-5s %s (no candidate)%n", kind, q);
            return;
        }
        Evidence e = ranked.get(0).evidence();
        System.out.printf("%-5s %5.2f %5.2f %5.2f %5.0f %5.2f %5d %5.2f  %s%n", kind, e.sentenceCosine(),
                e.passageCosine(), e.coverage(), e.agreement(), e.passageCoverage(), e.matchedWords(), ranked.get(0).confidence(), q);
    }

    private static double[] features(Evidence e) {
        return new double[] {1, e.sentenceCosine(), e.passageCosine(), e.coverage(), e.agreement(), e.passageCoverage(),
            ConfidenceModel.severalWords(e)};
    }
}
