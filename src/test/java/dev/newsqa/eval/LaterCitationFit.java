package dev.newsqa.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.newsqa.answer.Extract;
import dev.newsqa.answer.LaterCitationModel;
import dev.newsqa.answer.Query;
import dev.newsqa.answer.QueryEncoder;
import dev.newsqa.answer.QuestionAnswerer;
import dev.newsqa.index.CorpusIndex;
import dev.newsqa.ingest.Language;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fits {@link dev.newsqa.answer.LaterCitationModel} on the questions about the even-numbered articles of a bench set
 * and reports the citations after the first on the odd-numbered ones, which it never saw: {@code en} (the default),
 * XQuAD's English questions over its English articles ({@code LaterCitationModel.DEFAULT}); {@code de-en}, its German
 * questions over the same articles ({@code GERMAN_OVER_ENGLISH}); {@code zh}, CMRC's questions with its out-of-corpus
 * ones over its Chinese articles ({@code CHINESE}):
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.newsqa.eval.LaterCitationFit
 *     # -Dexec.args="zh ../shared/bench"
 * </pre>
 * Rows: every extract after the first of each answered question that does not overlap the first; the label: it holds
 * an accepted answer (case and white space ignored; never, for an out-of-corpus question); features: the logit of its
 * own confidence and its ranking score minus the first extract's. Questions are read as the service reads them
 * ({@link EvalPipeline}). Each part is reported with the model in use and with the fitted one: hit@3 and the later
 * citations shown, their mean confidence, share right and calibration error.
 */
public final class LaterCitationFit {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+)");

    /**
     * A bench set: its questions (and out-of-corpus ones, or null), its articles, and the languages of its questions
     * and extracts.
     */
    private record BenchSet(String questions, String outOfCorpus, String corpus, Language question, Language extract) {
    }

    private static final Map<String, BenchSet> SETS = Map.of(
            "en", new BenchSet("xquad/q-en.jsonl", null, "xquad/corpus/en-all", Language.ENGLISH, Language.ENGLISH),
            "de-en", new BenchSet("xquad/q-de-en.jsonl", null, "xquad/corpus/en-all", Language.GERMAN, Language.ENGLISH),
            "zh", new BenchSet("cmrc/q-zh.jsonl", "cmrc/q-zh-out.jsonl", "cmrc/corpus/zh", Language.CHINESE,
                    Language.CHINESE));

    /** One question: its ranked extracts, accepted answers (none when out of corpus), and which part it is in. */
    private record Asked(List<Extract> ranked, List<String> answers, boolean odd) {
    }

    private LaterCitationFit() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : "en";
        BenchSet set = SETS.get(name);
        if (set == null) {
            throw new IllegalArgumentException("unknown set " + name + ", expected one of " + SETS.keySet());
        }
        Path bench = Path.of(args.length > 1 ? args[1] : "../shared/bench");
        EmbeddingModel model = EvalPipeline.miniLm();
        CorpusIndex index = EvalPipeline.loader(model).load(bench.resolve(set.corpus()),
                Path.of("target", "eval-embeddings", set.corpus().replace('/', '-'))).index();
        QuestionAnswerer answerer = EvalPipeline.answerer(index, new QueryEncoder(model, 10_000));
        List<String> lines = new ArrayList<>(Files.readAllLines(bench.resolve(set.questions())));
        int answerable = lines.size();
        if (set.outOfCorpus() != null) {
            lines.addAll(Files.readAllLines(bench.resolve(set.outOfCorpus())));
        }
        List<Asked> asked = new ArrayList<>();
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode q = JSON.readTree(lines.get(i));
            if (q.path("question").asText().isBlank()) {
                continue; // CMRC's out-of-corpus file holds two questions without text
            }
            List<String> answers = new ArrayList<>();
            if (i < answerable) {
                q.path("answers").forEach(a -> answers.add(squash(a.asText())));
            }
            Matcher number = LEADING_NUMBER.matcher(q.path("doc").asText());
            boolean odd = number.find() && Integer.parseInt(number.group(1)) % 2 == 1;
            List<Extract> ranked = answerer.rank(index, Query.of(q.path("question").asText()));
            asked.add(new Asked(ranked, answers, odd));
            if (!odd && answered(ranked)) {
                Extract first = ranked.get(0);
                for (Extract e : ranked.subList(1, ranked.size())) {
                    if (!e.overlaps(first)) {
                        double c = Math.min(Math.max(e.confidence(), 1e-4), 1 - 1e-4);
                        x.add(new double[] {1, Math.log(c / (1 - c)), e.score() - first.score()});
                        y.add(holds(answers, e.text()) ? 1 : 0);
                    }
                }
            }
        }
        double[] w = newton(x, y);
        // the floor: the highest of 0.01, 0.02, … 0.10 that keeps hit@3 on the even-numbered articles at its best
        double floor = 0.01;
        int best = -1;
        for (int hundredths = 1; hundredths <= 10; hundredths++) {
            LaterCitationModel m = new LaterCitationModel(round(w[0]), round(w[1]), round(w[2]), hundredths / 100.0);
            int hits = cited(asked, false, m).hit3();
            if (hits >= best) {
                best = hits;
                floor = m.floor();
            }
        }
        LaterCitationModel fitted = new LaterCitationModel(round(w[0]), round(w[1]), round(w[2]), floor);
        System.out.printf(Locale.ROOT, "%s: fitted on %d later extracts (%d hold the answer), even-numbered articles:%n"
                + "  new LaterCitationModel(%.2f, %.2f, %.2f, %.2f)%n", name, y.size(),
                y.stream().filter(v -> v == 1).count(), fitted.bias(), fitted.ownConfidence(), fitted.scoreGap(),
                fitted.floor());
        for (boolean odd : new boolean[] {false, true}) {
            for (String which : List.of("in use", "fitted")) {
                LaterCitationModel m = which.equals("fitted") ? fitted
                        : LaterCitationModel.of(set.question(), set.extract());
                Cited c = cited(asked, odd, m);
                System.out.printf(Locale.ROOT, "%s-numbered articles (%s), model %s: %d questions, hit@3 %.1f %%; %d later"
                        + " citations, mean confidence %.3f, share right %.3f, ECE %.3f%n", odd ? "odd" : "even",
                        odd ? "never seen" : "fitted on", which, c.questions(), 100.0 * c.hit3() / c.questions(),
                        c.later().total(), c.later().meanConfidence(), c.later().shareRight(),
                        c.later().expectedCalibrationError());
            }
        }
    }

    /** One part's questions, how many of them hold an answer in their first three citations, and the later ones. */
    private record Cited(int questions, int hit3, ConversationEvaluation.Reliability later) {
    }

    /** The citations the service would give the part's questions with {@code model} for the later ones, at its floor. */
    private static Cited cited(List<Asked> asked, boolean odd, LaterCitationModel model) {
        int n = 0;
        int hit3 = 0;
        ConversationEvaluation.Reliability later = new ConversationEvaluation.Reliability();
        for (Asked a : asked) {
            if (a.odd() != odd) {
                continue;
            }
            n++;
            if (!answered(a.ranked())) {
                continue;
            }
            boolean hit = holds(a.answers(), a.ranked().get(0).text());
            for (QuestionAnswerer.Later c : QuestionAnswerer.later(a.ranked(), 2, language -> model,
                    OptionalDouble.empty())) {
                boolean right = holds(a.answers(), c.extract().text());
                later.add(c.confidence(), right);
                hit |= right;
            }
            hit3 += hit ? 1 : 0;
        }
        return new Cited(n, hit3, later);
    }

    private static boolean answered(List<Extract> ranked) {
        return !ranked.isEmpty() && ranked.get(0).answers();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /**
     * Logistic regression by Newton's method with a tiny L2 penalty: the score gap is a small number (a tenth or two)
     * whose weight {@link LogisticFit}'s gradient descent does not reach in its epochs.
     */
    static double[] newton(List<double[]> x, List<Integer> y) {
        int d = x.get(0).length;
        double[] w = new double[d];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] grad = new double[d];
            double[][] hessian = new double[d][d];
            for (int i = 0; i < x.size(); i++) {
                double[] row = x.get(i);
                double z = 0;
                for (int j = 0; j < d; j++) {
                    z += w[j] * row[j];
                }
                double p = 1 / (1 + Math.exp(-z));
                for (int j = 0; j < d; j++) {
                    grad[j] += (p - y.get(i)) * row[j];
                    for (int k = 0; k < d; k++) {
                        hessian[j][k] += p * (1 - p) * row[j] * row[k];
                    }
                }
            }
            for (int j = 0; j < d; j++) {
                grad[j] += 1e-3 * w[j];
                hessian[j][j] += 1e-3;
            }
            double[] step = solve(hessian, grad);
            for (int j = 0; j < d; j++) {
                w[j] -= step[j];
            }
        }
        return w;
    }

    /** a·s = b by Gaussian elimination with partial pivoting (a small, well-conditioned system). */
    private static double[] solve(double[][] a, double[] b) {
        int d = b.length;
        for (int c = 0; c < d; c++) {
            int pivot = c;
            for (int r = c + 1; r < d; r++) {
                pivot = Math.abs(a[r][c]) > Math.abs(a[pivot][c]) ? r : pivot;
            }
            double[] rowSwap = a[c];
            a[c] = a[pivot];
            a[pivot] = rowSwap;
            double bSwap = b[c];
            b[c] = b[pivot];
            b[pivot] = bSwap;
            for (int r = c + 1; r < d; r++) {
                double f = a[r][c] / a[c][c];
                for (int k = c; k < d; k++) {
                    a[r][k] -= f * a[c][k];
                }
                b[r] -= f * b[c];
            }
        }
        double[] s = new double[d];
        for (int r = d - 1; r >= 0; r--) {
            double sum = b[r];
            for (int k = r + 1; k < d; k++) {
                sum -= a[r][k] * s[k];
            }
            s[r] = sum / a[r][r];
        }
        return s;
    }

    private static boolean holds(List<String> answers, String extract) {
        String text = squash(extract);
        return answers.stream().anyMatch(text::contains);
    }

    private static String squash(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
