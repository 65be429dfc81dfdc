package dev.newsqa.bench;

import dev.newsqa.eval.QuestionSet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Two (or more) builds of the service, alternated three times on the same machine in one run, so that a change
 * is judged against the machine's drift (here the bare embedding time moved between 8 and 11 ms within an hour):
 * served p50 at concurrency 1 and throughput at concurrency 16 on unique questions, and p50 of repeated (cached)
 * ones. Run after copying each build's {@code target/quarkus-app} aside:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.newsqa.bench.CompareBuilds
 * -Dexec.args="/tmp/a/quarkus-run.jar /tmp/b/quarkus-run.jar [corpus-folder embeddings-folder]"}; a build given as
 * {@code jar@NAME=value,...} runs with those environment variables (one build under two settings).
 */
public final class CompareBuilds {

    private CompareBuilds() {
    }

    public static void main(String[] args) throws Exception {
        List<String> jars = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        for (String a : args) {
            if (a.contains(".jar")) {
                jars.add(a);
            } else {
                folders.add(Path.of(a).toAbsolutePath());
            }
        }
        Path documents = folders.size() > 0 ? folders.get(0) : Path.of("seeds").toAbsolutePath();
        Path embeddings = folders.size() > 1 ? folders.get(1) : Path.of("target", "compare-embeddings").toAbsolutePath();
        List<String> base = QuestionSet.load().answerable().stream().map(QuestionSet.Answerable::q).toList();
        int serial = 0;
        int warmUps = 10_000_000; // apart from the measured questions, which must not have been asked before
        for (int round = 0; round < 3; round++) {
            for (String build : jars) {
                // a build may carry settings for its run: /tmp/b/quarkus-run.jar@QA_EMBEDDINGS_ONNX_THREADS=1,...
                String[] jarAndSettings = build.split("@", 2);
                String jar = jarAndSettings[0];
                Map<String, String> environment = ServerProcess.unlimited(jarAndSettings.length == 2 ? jarAndSettings[1] : null);
                System.setProperty("qa.bench.jar", jar);
                try (ServerProcess s = ServerProcess.start(documents, embeddings, Path.of("target", "compare.log").toAbsolutePath(),
                        ServerProcess.PRODUCTION_JVM, environment)) {
                    LoadRunner r = new LoadRunner(s.baseUrl());
                    LoadRunner.Warm warm = r.warmUp(s, base, warmUps += 100_000);
                    LoadRunner.Result c1 = r.run(1, Benchmark.unique(base, 100, serial += 1000));
                    LoadRunner.Result c16 = r.run(16, Benchmark.unique(base, 640, serial += 1000));
                    LoadRunner.Result repeated = r.repeated(Benchmark.unique(base, 100, serial += 1000));
                    System.out.printf(Locale.ROOT, "round %d %-40s warm-up %5d | c1 p50 %6.2f ms | c16 %6.1f req/s"
                            + " | repeated p50 %5.2f ms%n", round + 1, build, warm.questions(), c1.p50(), c16.throughput(),
                            repeated.p50());
                }
            }
        }
    }
}
