package dev.newsqa.bench;

import dev.newsqa.config.StandaloneConfig;
import dev.newsqa.corpus.CorpusLoader;
import dev.newsqa.index.LanguageAnalyzers;
import dev.newsqa.index.VectorSearch;
import dev.newsqa.ingest.DocumentFolderReader;
import dev.newsqa.ingest.DocumentsConfig;
import dev.newsqa.model.BgeSmallZhEmbeddingModel;
import dev.newsqa.model.MiniLmEmbeddingModel;
import dev.newsqa.testing.Folders;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Cold ingestion of the same generated corpus under several choices of the two models' builds, alternated round by
 * round in one process, so that the machine's drift falls on every choice alike: each round embeds the whole corpus
 * into an empty embeddings folder through the service's {@link CorpusLoader} (parsing, both vector spaces, the index),
 * the models loaded before the clock starts, with the service's threads (MiniLM two per inference, bge-small-zh one).
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.newsqa.bench.CompareIngestion
 * -Dexec.args="--passages 1200 --rounds 3 full/full quantized/quantized"}: each choice is MiniLM's build / bge-small-zh's.
 */
public final class CompareIngestion {

    private CompareIngestion() {
    }

    private record Choice(String name, MiniLmEmbeddingModel miniLm, BgeSmallZhEmbeddingModel bge) {
    }

    public static void main(String[] args) throws Exception {
        int passages = 1200;
        int rounds = 3;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--passages" -> passages = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> names.add(args[i]);
            }
        }
        if (names.isEmpty()) {
            names = List.of("full/full", "quantized/quantized");
        }
        Path work = Path.of("target", "bench", "compare-ingestion");
        Path documents = work.resolve("corpus");
        int generated = CorpusGenerator.generate(Path.of("seeds"), documents, passages);
        List<Choice> choices = new ArrayList<>();
        for (String name : names) {
            String[] builds = name.split("/", 2);
            choices.add(new Choice(name,
                    MiniLmEmbeddingModel.load(MiniLmEmbeddingModel.Variant.valueOf(builds[0].toUpperCase(Locale.ROOT)), 2),
                    BgeSmallZhEmbeddingModel.load(BgeSmallZhEmbeddingModel.Variant.valueOf(builds[1].toUpperCase(Locale.ROOT)), 1)));
        }
        System.out.printf(Locale.ROOT, "corpus: %d passages in %s; %d rounds of %s (MiniLM / bge-small-zh)%n", generated,
                documents, rounds, names);
        double[][] seconds = new double[choices.size()][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int c = 0; c < choices.size(); c++) {
                Choice choice = choices.get(c);
                Path embeddings = work.resolve("embeddings-" + c);
                Folders.deleteTree(embeddings);
                Files.createDirectories(embeddings);
                CorpusLoader loader = new CorpusLoader(choice.miniLm(), choice.bge(),
                        StandaloneConfig.mapping(DocumentsConfig.class).splitSettings(), new LanguageAnalyzers(),
                        VectorSearch.LOCAL, new DocumentFolderReader());
                long t0 = System.nanoTime();
                int loaded = loader.load(documents, embeddings).index().passageCount();
                seconds[c][round] = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "round %d  %-22s %6.1f s  %6.1f passages/s%n", round + 1, choice.name(),
                        seconds[c][round], loaded / seconds[c][round]);
            }
        }
        double first = median(seconds[0]);
        for (int c = 0; c < choices.size(); c++) {
            double m = median(seconds[c]);
            System.out.printf(Locale.ROOT, "%-22s median %6.1f s  %6.1f passages/s  %.2f× the first%n", choices.get(c).name(),
                    m, generated / m, first / m);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
