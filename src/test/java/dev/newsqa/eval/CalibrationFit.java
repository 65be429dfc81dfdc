package dev.newsqa.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.embedding.EmbeddingModel;
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
import dev.newsqa.ingest.DocumentsConfig;
import dev.newsqa.ingest.Language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * Fits the confidence model of each reading (a question language over an article language) on questions nobody
 * tuned on, with a split, and reports on the other part only:
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.newsqa.eval.CalibrationFit
 *     # -Dexec.args="en>en,de>de,de>en,zh>en,en>de,zh>de,zh>zh"
 * </pre>
 * XQuAD's readings are served half of its articles (the even-numbered ones), so questions about the odd-numbered ones
 * must be refused; articles 0, 4, 8, … (answerable) and 1, 5, 9, … (must refuse) are fitted on, 2, 6, 10, … and
 * 3, 7, 11, … are reported on. CMRC is served whole with its out-of-corpus questions: even-numbered articles are
 * fitted on, odd-numbered ones reported on. The label is whether the top extract is right (holds an accepted
 * answer), so the confidence means the chance that the answer is right. Questions are read as the service reads
 * them ({@link EvalPipeline}: the Chinese space and the bundled Chinese glossary; {@code -Deval.ding=…} adds an
 * operator's German-English dictionary). Each model, the fitted one and the one in use, is also printed rescaled on
 * the questions of the fit part it answers ({@link #rescaling}), with its threshold carried over, for a confidence
 * that is the chance an answer given is right. An XQuAD reading's questions are also asked with the whole corpus
 * served, every one answerable (the setting of the evaluation's whole-set figures): the model in use is printed on
 * that setting's report part, then rescaled on the answers of its fit part alone and of both fit parts together,
 * each on both settings' report parts.
 */
public final class CalibrationFit {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Answerable questions a reading may refuse, at most (issue 19: "each with ≤ 10 % of answerable questions refused"). */
    static final double MAX_WRONGLY_REFUSED = 0.08;
    /** Out-of-corpus questions a reading refuses, at least, whatever that costs its answerable ones. */
    static final double MIN_REFUSED = 0.9;
    private static boolean reliabilityTables;

    /** One question's top extract and whether it is right. */
    record Sample(String question, boolean answerable, boolean fit, Evidence evidence, double current, boolean right) {
    }

    /**
     * One reading's data: its questions (answers from {@code answers} by id when the questions' own are in another
     * language), the corpus served, and which questions are fitted on and which are answerable.
     */
    record Reading(String name, Language question, Language article, String questions, String answers, String corpus,
                   String served, boolean half) {
    }

    static final List<Reading> READINGS = List.of(
            new Reading("en>en", Language.ENGLISH, Language.ENGLISH, "xquad/q-en.jsonl", null, "xquad/corpus/en-all", "xquad-en-half", true),
            new Reading("de>de", Language.GERMAN, Language.GERMAN, "xquad/q-de.jsonl", null, "xquad/corpus/de-all", "xquad-de-half", true),
            new Reading("de>en", Language.GERMAN, Language.ENGLISH, "xquad/q-de-en.jsonl", null, "xquad/corpus/en-all", "xquad-en-half", true),
            new Reading("zh>en", Language.CHINESE, Language.ENGLISH, "xquad/q-zh-en.jsonl", null, "xquad/corpus/en-all", "xquad-en-half", true),
            new Reading("en>de", Language.ENGLISH, Language.GERMAN, "xquad/q-en.jsonl", "xquad/q-de.jsonl", "xquad/corpus/de-all", "xquad-de-half", true),
            new Reading("zh>de", Language.CHINESE, Language.GERMAN, "xquad/q-zh-en.jsonl", "xquad/q-de.jsonl", "xquad/corpus/de-all", "xquad-de-half", true),
            new Reading("zh>zh", Language.CHINESE, Language.CHINESE, "cmrc/q-zh.jsonl", null, "cmrc/corpus/zh", "cmrc-corpus-zh", false));

    private CalibrationFit() {
    }

    public static void main(String[] args) throws IOException {
        List<String> wanted = args.length > 0 ? List.of(args[0].split(",")) : READINGS.stream().map(Reading::name).toList();
        Path bench = Path.of(args.length > 1 ? args[1] : "../shared/bench");
        reliabilityTables = List.of(args).contains("--reliability");
        var model = EvalPipeline.miniLm();
        QueryEncoder encoder = new QueryEncoder(model, 10_000);
        AnswerSettings settings = StandaloneConfig.mapping(AnswerConfig.class).settings();
        for (Reading reading : READINGS) {
            if (wanted.contains(reading.name())) {
                fit(reading, bench, model, encoder, settings);
            }
        }
    }

    private static void fit(Reading reading, Path bench, EmbeddingModel model, QueryEncoder encoder,
                            AnswerSettings settings) throws IOException {
        Path corpus = reading.half() ? Path.of("target", "eval-corpus", reading.served()) : bench.resolve(reading.corpus());
        if (reading.half()) {
            copyEvenArticles(bench.resolve(reading.corpus()), corpus);
        }
        CorpusIndex index = EvalPipeline.loader(model).load(corpus, Path.of("target", "eval-embeddings", reading.served()))
                .index();
        QuestionAnswerer answerer = EvalPipeline.answerer(index, encoder);
        Map<String, JsonNode> answers = new HashMap<>();
        if (reading.answers() != null) {
            for (String line : Files.readAllLines(bench.resolve(reading.answers()))) {
                JsonNode q = JSON.readTree(line);
                answers.put(q.path("id").asText(), q.path("answers"));
            }
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(bench.resolve(reading.questions())));
        if (!reading.half()) {
            lines.addAll(Files.readAllLines(bench.resolve(reading.questions().replace(".jsonl", "-out.jsonl"))));
        }
        List<Sample> samples = samples(reading, answerer, index, corpus, lines, answers);
        // the whole corpus served, every question answerable: the setting of the evaluation's whole-set figures
        List<Sample> whole = List.of();
        if (reading.half()) {
            Path all = bench.resolve(reading.corpus());
            CorpusIndex allIndex = EvalPipeline.loader(model).load(all, Path.of("target", "eval-embeddings",
                    reading.corpus().replace('/', '-'))).index();
            whole = samples(reading, EvalPipeline.answerer(allIndex, encoder), allIndex, all, lines, answers);
        }
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        samples.stream().filter(Sample::fit).forEach(s -> {
            x.add(features(s.evidence()));
            y.add(s.right() ? 1 : 0);
        });
        // unweighted, so that the confidence is the chance of being right (balanced classes gave ECE 0.15 to 0.29 on
        // the report parts); whether to answer at all is the threshold's job
        double[] w = LogisticFit.fit(x, y, false);
        ConfidenceModel fitted = new ConfidenceModel(w[0], w[1], w[2], w[3], w[4], w[5], w[6]);
        double threshold = threshold(samples.stream().filter(Sample::fit).toList(), fitted, settings.minConfidence());
        System.out.printf(Locale.ROOT, "%s: fitted on %d questions (%d right top extracts):%n  new ConfidenceModel("
                + "%.2f, %.2f, %.2f, %.2f, %.2f, %.2f, %.2f), answers from %.3f%n", reading.name(), x.size(),
                y.stream().filter(v -> v == 1).count(), w[0], w[1], w[2], w[3], w[4], w[5], w[6], threshold);
        List<Sample> report = samples.stream().filter(s -> !s.fit()).toList();
        System.out.printf("reported on %d other questions (%d answerable, %d must be refused):%n",
                report.size(), report.stream().filter(Sample::answerable).count(),
                report.stream().filter(s -> !s.answerable()).count());
        System.out.printf("%-30s %6s %9s %9s %6s%n", "model", "hit@1", "wrongly", "refused", "ECE");
        print(String.format(Locale.ROOT, "in use, from %.2f", settings.minConfidence()), report, Sample::current,
                settings.minConfidence());
        double inUse = ConfidenceModels.DEFAULT.answersFrom(reading.question(), reading.article(), settings.minConfidence());
        print(String.format(Locale.ROOT, "in use, from %.3f", inUse), report, Sample::current, inUse);
        print(String.format(Locale.ROOT, "fitted, from %.2f", settings.minConfidence()), report,
                s -> fitted.confidence(s.evidence()), settings.minConfidence());
        print(String.format(Locale.ROOT, "fitted, from %.3f", threshold), report, s -> fitted.confidence(s.evidence()),
                threshold);
        print("never refusing", report, s -> fitted.confidence(s.evidence()), 0);
        ConfidenceModel inUseModel = ConfidenceModels.DEFAULT.of(reading.question(), reading.article());
        List<Sample> halfFit = samples.stream().filter(Sample::fit).toList();
        for (var named : List.of(Map.entry("fitted", fitted), Map.entry("in use", inUseModel))) {
            Rescaled r = Rescaled.on(halfFit, named.getValue(), named.getKey().equals("fitted") ? threshold : inUse,
                    named.getKey() + " rescaled on its answered fit part");
            print(String.format(Locale.ROOT, "%s, rescaled, from %.3f", named.getKey(), r.from()), report,
                    s -> r.model().confidence(s.evidence()), r.from());
        }
        if (!whole.isEmpty()) {
            List<Sample> wholeReport = whole.stream().filter(s -> !s.fit()).toList();
            List<Sample> wholeFit = whole.stream().filter(Sample::fit).toList();
            System.out.printf("the whole corpus served, reported on %d questions of the report part:%n", wholeReport.size());
            print(String.format(Locale.ROOT, "in use, from %.3f", inUse), wholeReport, Sample::current, inUse);
            for (var named : List.of(Map.entry("whole", wholeFit),
                    Map.entry("both", Stream.concat(wholeFit.stream(), halfFit.stream()).toList()))) {
                Rescaled r = Rescaled.on(named.getValue(), inUseModel, inUse,
                        "in use rescaled on the " + named.getKey() + " fit part");
                print("  whole corpus", wholeReport, s -> r.model().confidence(s.evidence()), r.from());
                print("  half served", report, s -> r.model().confidence(s.evidence()), r.from());
            }
        }
        if (reliabilityTables) {
            ConversationEvaluation.Reliability r = new ConversationEvaluation.Reliability();
            report.stream().filter(s -> fitted.confidence(s.evidence()) >= threshold)
                    .forEach(s -> r.add(fitted.confidence(s.evidence()), s.right()));
            r.print(reading.name() + ", report part, fitted");
        }
    }

    private static List<Sample> samples(Reading reading, QuestionAnswerer answerer, CorpusIndex index, Path corpus,
                                        List<String> lines, Map<String, JsonNode> answers) throws IOException {
        List<Sample> samples = new ArrayList<>();
        for (String line : lines) {
            JsonNode q = JSON.readTree(line);
            if (q.path("question").asText("").isBlank()) {
                continue;
            }
            int article = Integer.parseInt(q.path("doc").asText().replaceAll("^(\\d+).*", "$1"));
            List<Extract> ranked = answerer.rank(index, Query.of(q.path("question").asText()));
            if (ranked.isEmpty()) {
                continue;
            }
            Extract top = ranked.get(0);
            if (top.candidate().passage().language() != reading.article()) {
                continue;
            }
            String text = squash(top.text());
            boolean answerable = Files.exists(corpus.resolve(q.path("doc").asText()));
            JsonNode accepted = reading.answers() != null ? answers.get(q.path("id").asText()) : q.path("answers");
            boolean right = answerable && accepted != null && stream(accepted).anyMatch(a -> text.contains(squash(a)));
            boolean fit = reading.half() ? article % 4 < 2 : article % 2 == 0;
            samples.add(new Sample(q.path("question").asText(), answerable, fit, top.evidence(), top.confidence(), right));
        }
        return samples;
    }

    /**
     * The confidence from which a reading answers: the highest that refuses at most {@link #MAX_WRONGLY_REFUSED} of the
     * answerable questions of the fitted part, never above the service's threshold, and never so low that more than
     * one in ten of its out-of-corpus questions would be answered ({@link #MIN_REFUSED}). A reading whose right answers
     * come with lower confidence (a German question over English articles is right less often) still answers, at the
     * confidence it has, but it does not quote whatever it finds to a question the articles do not answer. Tried: at
     * most half of them answered (German over English then answered 48 % of the out-of-corpus questions of the report
     * part, and an English off-topic question of the seeds was answered from the German article), and Youden's J
     * (thresholds within 0.1 of these).
     */
    static double threshold(List<Sample> fit, ConfidenceModel model, double serviceThreshold) {
        double[] answerable = fit.stream().filter(Sample::answerable).mapToDouble(s -> model.confidence(s.evidence()))
                .sorted().toArray();
        double[] outside = fit.stream().filter(s -> !s.answerable()).mapToDouble(s -> model.confidence(s.evidence()))
                .sorted().toArray();
        if (answerable.length == 0) {
            return serviceThreshold;
        }
        double t = answerable[(int) Math.floor(MAX_WRONGLY_REFUSED * answerable.length)];
        if (outside.length > 0) {
            t = Math.max(t, outside[(int) Math.ceil(MIN_REFUSED * outside.length) - 1]);
        }
        return Math.min(serviceThreshold, Math.floor(t * 1000) / 1000); // three decimals, at or below
    }

    private static void print(String name, List<Sample> report, ToDoubleFunction<Sample> confidence, double threshold) {
        int answerable = 0, hits = 0, wrongly = 0, mustRefuse = 0, refused = 0;
        ConversationEvaluation.Reliability reliability = new ConversationEvaluation.Reliability();
        for (Sample s : report) {
            double c = confidence.applyAsDouble(s);
            boolean answered = c >= threshold;
            if (answered) {
                reliability.add(c, s.right());
            }
            if (s.answerable()) {
                answerable++;
                hits += answered && s.right() ? 1 : 0;
                wrongly += answered ? 0 : 1;
            } else {
                mustRefuse++;
                refused += answered ? 0 : 1;
            }
        }
        System.out.printf(Locale.ROOT, "%-22s %5.1f%% %8.1f%% %8.1f%% %6.3f%n", name, 100.0 * hits / answerable,
                100.0 * wrongly / answerable, 100.0 * refused / Math.max(1, mustRefuse), reliability.expectedCalibrationError());
    }

    /** A model rescaled ({@link #rescaling}) and the image of its threshold on the new scale (three decimals, at or below). */
    private record Rescaled(ConfidenceModel model, double from) {

        /** {@code model} rescaled on the answers it gives from {@code from} among {@code fit}, printed as {@code what}. */
        static Rescaled on(List<Sample> fit, ConfidenceModel model, double from, String what) {
            double[] ab = rescaling(fit, model, from);
            ConfidenceModel r = rescaled(model, ab);
            double rFrom = Math.floor(sigmoid(ab[0] + ab[1] * logit(from)) * 1000) / 1000;
            // four decimals: a slope near 0 (a reading whose evidence hardly tells right from wrong) rounded to two
            // would no longer keep the order of the model it rescales
            System.out.printf(Locale.ROOT, "  %s (a %.4f, b %.4f): new ConfidenceModel(%.4f, %.4f, %.4f, %.4f, %.4f, %.4f,"
                    + " %.4f), answers from %.3f%n", what, ab[0], ab[1], r.bias(), r.sentenceCosine(), r.passageCosine(),
                    r.coverage(), r.agreement(), r.passageCoverage(), r.severalWords(), rFrom);
            return new Rescaled(r, rFrom);
        }
    }

    /**
     * Platt's rescaling of a model's log-odds, fitted on the questions of the fit part it answers: the weights are fitted
     * on every question, out-of-corpus ones included, so that the threshold can tell them apart, but the confidence an
     * answer shows is the chance that an answer given is right.
     */
    static double[] rescaling(List<Sample> fit, ConfidenceModel model, double from) {
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (Sample s : fit) {
            double c = model.confidence(s.evidence());
            if (c >= from) {
                x.add(new double[] {1, logit(c)});
                y.add(s.right() ? 1 : 0);
            }
        }
        return LogisticFit.fit(x, y, false);
    }

    static ConfidenceModel rescaled(ConfidenceModel m, double[] ab) {
        return new ConfidenceModel(ab[0] + ab[1] * m.bias(), ab[1] * m.sentenceCosine(), ab[1] * m.passageCosine(),
                ab[1] * m.coverage(), ab[1] * m.agreement(), ab[1] * m.passageCoverage(), ab[1] * m.severalWords());
    }

    static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    static double[] features(Evidence e) {
        return new double[] {1, e.sentenceCosine(), e.passageCosine(), e.coverage(), e.agreement(), e.passageCoverage(),
            ConfidenceModel.severalWords(e)};
    }

    private static void copyEvenArticles(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                if (Integer.parseInt(f.getFileName().toString().substring(0, 2)) % 2 == 0
                        && !Files.exists(to.resolve(f.getFileName()))) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
    }

    private static Stream<String> stream(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(a -> out.add(a.asText()));
        return out.stream();
    }

    private static String squash(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
