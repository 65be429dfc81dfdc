package dev.newsqa.eval;

import dev.newsqa.index.CorpusIndex;
import dev.newsqa.index.IndexedPassage;
import dev.newsqa.index.VectorSpace;
import dev.newsqa.index.Vectors;
import dev.newsqa.ingest.Passage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Makes MiniLM's German-English axis ({@code index.LanguageAxis}) from XQuAD's parallel articles: the difference of the
 * mean sentence vectors of the even-numbered articles in German and in English, unit length, and each language's mean
 * position on it; prints the positions on the odd-numbered articles as a check, and writes the table into the sources.
 * Titles and headings that are only a name are left out (they are never cited, and a German article's title is
 * English). Reads no question.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.newsqa.eval.LanguageAxisFit
 *     # -Dexec.args="../shared/bench"
 * </pre>
 */
public final class LanguageAxisFit {

    static final Path TABLE = Path.of("src/main/resources/models/minilm-german-english-axis.tsv");

    private LanguageAxisFit() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/bench").resolve("xquad/corpus");
        var model = EvalPipeline.miniLm();
        CorpusIndex english = EvalPipeline.loader(model).load(corpus.resolve("en-all"),
                Path.of("target", "eval-embeddings", "xquad-corpus-en-all")).index();
        CorpusIndex german = EvalPipeline.loader(model).load(corpus.resolve("de-all"),
                Path.of("target", "eval-embeddings", "xquad-corpus-de-all")).index();
        Mean en = mean(english, 0);
        Mean de = mean(german, 0);
        int dimension = en.sum().length;
        float[] axis = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            axis[i] = (float) (de.sum()[i] / de.count() - en.sum()[i] / en.count());
        }
        axis = Vectors.unit(axis);
        double meanEn = position(english, axis, 0);
        double meanDe = position(german, axis, 0);
        System.out.printf(Locale.ROOT, "even-numbered articles (fitted): %d English, %d German sentences; mean position "
                + "English %.4f, German %.4f%n", en.count(), de.count(), meanEn, meanDe);
        System.out.printf(Locale.ROOT, "odd-numbered articles (check): mean position English %.4f, German %.4f%n",
                position(english, axis, 1), position(german, axis, 1));
        StringBuilder out = new StringBuilder();
        out.append("# all-MiniLM-L6-v2's German-English axis, made by dev.newsqa.eval.LanguageAxisFit (see index.LanguageAxis)\n");
        out.append("# from the sentence vectors of XQuAD's even-numbered articles (CC BY-SA 4.0), German minus English\n");
        out.append(String.format(Locale.ROOT, "mean\ten\t%.4f%n", meanEn));
        out.append(String.format(Locale.ROOT, "mean\tde\t%.4f%n", meanDe));
        for (float f : axis) {
            out.append(f).append('\n');
        }
        Files.createDirectories(TABLE.getParent());
        Files.writeString(TABLE, out, StandardCharsets.UTF_8);
        System.out.println("written: " + TABLE);
    }

    private record Mean(double[] sum, int count) {
    }

    private static int number(String source) {
        return Integer.parseInt(source.substring(0, source.indexOf('_')));
    }

    /** The citable sentences' vectors of the articles of one parity. */
    private static List<float[]> sentences(CorpusIndex index, int parity) {
        List<float[]> out = new java.util.ArrayList<>();
        for (var article : index.articles()) {
            if (number(article.source()) % 2 != parity) {
                continue;
            }
            for (Passage p : article.passages()) {
                IndexedPassage indexed = index.passage(p.id());
                float[][] vectors = indexed.sentenceVectors(VectorSpace.MINILM).orElseThrow();
                for (int i = 0; i < vectors.length; i++) {
                    if (!indexed.nameHeading(i)) {
                        out.add(vectors[i]);
                    }
                }
            }
        }
        return out;
    }

    private static Mean mean(CorpusIndex index, int parity) {
        List<float[]> vectors = sentences(index, parity);
        double[] sum = new double[vectors.get(0).length];
        for (float[] v : vectors) {
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
        }
        return new Mean(sum, vectors.size());
    }

    private static double position(CorpusIndex index, float[] axis, int parity) {
        return sentences(index, parity).stream().mapToDouble(v -> Vectors.dot(axis, v)).average().orElse(0);
    }
}
