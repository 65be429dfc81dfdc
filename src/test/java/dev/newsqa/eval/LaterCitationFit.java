package dev.newsqa.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.newsqa.answer.Answer;
import dev.newsqa.answer.AnswerConfig;
import dev.newsqa.answer.AnswerSettings;
import dev.newsqa.answer.Citation;
import dev.newsqa.answer.ConfidenceModels;
import dev.newsqa.answer.Extract;
import dev.newsqa.answer.Query;
import dev.newsqa.answer.QueryEncoder;
import dev.newsqa.answer.QuestionAnswerer;
import dev.newsqa.config.StandaloneConfig;
import dev.newsqa.corpus.CorpusLoader;
import dev.newsqa.index.CorpusIndex;
import dev.newsqa.index.LanguageAnalyzers;
import dev.newsqa.ingest.DocumentsConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits {@link dev.newsqa.answer.LaterCitationModel} on XQuAD's English questions about the even-numbered articles and
 * reports the citations after the first on the odd-numbered ones, which it never saw:
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.newsqa.eval.LaterCitationFit
 * </pre>
 * Rows: every extract after the first of each answered question that does not overlap the first; the label: it holds
 * an accepted answer (case and white space ignored); features: the logit of its own confidence and its ranking score
 * minus the first extract's.
 */
public final class LaterCitationFit {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LaterCitationFit() {
    }

    public static void main(String[] args) throws Exception {
        Path bench = Path.of(args.length > 0 ? args[0] : "../shared/bench");
        EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
        CorpusIndex index = new CorpusLoader(model, StandaloneConfig.mapping(DocumentsConfig.class).splitSettings(),
                new LanguageAnalyzers()).load(bench.resolve("xquad/corpus/en-all"),
                Path.of("target", "eval-embeddings", "xquad-corpus-en-all")).index();
        AnswerSettings settings = StandaloneConfig.mapping(AnswerConfig.class).settings();
        QuestionAnswerer answerer = new QuestionAnswerer(() -> index, new QueryEncoder(model, 10_000), settings,
                ConfidenceModels.DEFAULT);
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        int[] n = new int[2], hit3 = new int[2], shown = new int[2], shownRight = new int[2];
        double[] shownConfidence = new double[2];
        for (String line : Files.readAllLines(bench.resolve("xquad/q-en.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode q = JSON.readTree(line);
            List<String> answers = new ArrayList<>();
            q.path("answers").forEach(a -> answers.add(squash(a.asText())));
            int odd = Integer.parseInt(q.path("doc").asText().substring(0, 2)) % 2;
            Query query = Query.of(q.path("question").asText());
            List<Extract> ranked = answerer.rank(index, query);
            if (odd == 0 && !ranked.isEmpty() && ranked.get(0).confidence() >= settings.minConfidence()) {
                Extract first = ranked.get(0);
                for (Extract e : ranked.subList(1, ranked.size())) {
                    if (!e.candidate().passage().source().equals(first.candidate().passage().source())
                            || e.end() <= first.start() || first.end() <= e.start()) {
                        double c = Math.min(Math.max(e.confidence(), 1e-4), 1 - 1e-4);
                        x.add(new double[] {1, Math.log(c / (1 - c)), e.score() - first.score()});
                        y.add(holds(answers, e.text()) ? 1 : 0);
                    }
                }
            }
            Answer a = answerer.answer(query, 3, null);
            n[odd]++;
            hit3[odd] += a.citations().stream().anyMatch(c -> holds(answers, c.extract())) ? 1 : 0;
            for (Citation c : a.citations().subList(Math.min(1, a.citations().size()), a.citations().size())) {
                shown[odd]++;
                shownConfidence[odd] += c.score();
                shownRight[odd] += holds(answers, c.extract()) ? 1 : 0;
            }
        }
        double[] w = newton(x, y);
        System.out.printf(Locale.ROOT, "fitted on %d later extracts (%d hold the answer), even-numbered articles:%n"
                + "  new LaterCitationModel(%.2f, %.2f, %.2f)%n", y.size(), y.stream().filter(v -> v == 1).count(),
                w[0], w[1], w[2]);
        for (int odd = 0; odd < 2; odd++) {
            System.out.printf(Locale.ROOT, "%s-numbered articles (%s), with the model in use: %d questions, hit@3 %.1f %%;"
                    + " %d later citations, mean confidence %.3f, share right %.3f%n", odd == 0 ? "even" : "odd",
                    odd == 0 ? "fitted on" : "never seen", n[odd], 100.0 * hit3[odd] / n[odd], shown[odd],
                    shownConfidence[odd] / shown[odd], shownRight[odd] / (double) shown[odd]);
        }
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
