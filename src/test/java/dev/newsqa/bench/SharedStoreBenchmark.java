package dev.newsqa.bench;

import dev.newsqa.eval.QuestionSet;
import dev.newsqa.testing.Folders;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the shared store costs and what it buys, on the packaged service: the same questions served by a replica
 * with in-memory vectors and by one whose vector searches go to Elasticsearch; start-up of the first replica on an
 * empty cluster (it publishes every article) and of a second one; the time an article change takes on the admin
 * endpoint; and how long after one replica accepts an article another one answers from it.
 * <p>
 * Needs {@code ./mvnw -q package -DskipTests} and an Elasticsearch at {@code QA_ELASTICSEARCH_URL}
 * ({@code .ci/start-elasticsearch} starts one). Run:
 * {@code QA_ELASTICSEARCH_URL=$(.ci/start-elasticsearch) ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.newsqa.bench.SharedStoreBenchmark [-Dexec.args=PASSAGES]}
 */
public final class SharedStoreBenchmark {

    private static final Path WORK = Path.of("target", "shared-store-benchmark").toAbsolutePath();
    private static final String KEY = "benchmark-admin-key-0123456789";
    private static final String SYNC_INTERVAL = "1s";
    private static final int CHANGES = 7;

    private SharedStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getenv("QA_ELASTICSEARCH_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("set QA_ELASTICSEARCH_URL (e.g. QA_ELASTICSEARCH_URL=$(.ci/start-elasticsearch))");
        }
        int health = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/_cluster/health")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        if (health != 200) {
            throw new IllegalStateException("Elasticsearch at " + url + " answers " + health + " to /_cluster/health");
        }
        int passages = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        List<String> questions = new ArrayList<>();
        List<String> base = QuestionSet.load().answerable().stream().map(QuestionSet.Answerable::q).toList();
        for (int round = 0; round < 4; round++) {
            questions.addAll(base);
        }
        System.out.printf("shared store benchmark: Elasticsearch at %s, %d cores, sync interval %s%n%n", url,
                Runtime.getRuntime().availableProcessors(), SYNC_INTERVAL);
        Folders.deleteTree(WORK);
        Path seeds = WORK.resolve("seeds");
        Folders.replaceWithCopy(Path.of("seeds"), seeds);
        Path generated = WORK.resolve("generated");
        int generatedPassages = CorpusGenerator.generate(Path.of("seeds"), generated, passages);
        List<String> rows = new ArrayList<>();
        rows.add(corpus("seeds", seeds, url, questions));
        rows.add(corpus("generated (" + generatedPassages + " passages)", generated, url, questions));
        System.out.println();
        System.out.println("| corpus | store | ready ms | c1 p50 ms | c1 p95 ms | c4 req/s | add article ms (median) | visible on the other replica ms (median, max) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::print);
    }

    private static String corpus(String name, Path documents, String url, List<String> questions) throws Exception {
        Path embeddings = WORK.resolve(documents.getFileName() + "-embeddings");
        // the embeddings are computed once, by the in-memory replica; every replica then starts warm from a copy
        StringBuilder out = new StringBuilder();
        try (ServerProcess cold = ServerProcess.start(documents, embeddings, WORK.resolve(name.hashCode() + "-cold.log"),
                List.of("-XX:+UseSerialGC", "-Xmx512m"))) {
            System.out.printf("%s: embeddings computed in %d ms%n", name, cold.readyMillis());
        }
        Path warm = WORK.resolve(documents.getFileName() + "-warm-embeddings");
        Folders.replaceWithCopy(embeddings, warm);
        try (ServerProcess memory = ServerProcess.start(copy(documents, "memory"), copyEmbeddings(documents, "memory"), WORK.resolve(name.hashCode() + "-memory.log"),
                List.of("-XX:+UseSerialGC", "-Xmx512m"), Map.of("QA_LIMITS_REQUESTS_PER_MINUTE", "0", "QA_ADMIN_API_KEY", KEY))) {
            System.out.printf("%s: in-memory replica ready%n", name);
            LoadRunner load = new LoadRunner(memory.baseUrl());
            load.run(1, questions.subList(0, 20));
            LoadRunner.Result c1 = load.run(1, questions);
            LoadRunner.Result c4 = load.run(4, questions);
            double[] adds = new double[CHANGES];
            for (int i = 0; i < CHANGES; i++) {
                adds[i] = add(memory.baseUrl(), "memory", i);
            }
            Arrays.sort(adds);
            out.append(String.format(Locale.ROOT, "| %s | memory | %d | %.1f | %.1f | %.1f | %.0f | n/a |%n", name,
                    memory.readyMillis(), c1.p50(), c1.p95(), c4.throughput(), adds[CHANGES / 2]));
        }
        String prefix = "bench-" + ProcessHandle.current().pid() + "-" + Math.abs(name.hashCode());
        Map<String, String> shared = Map.of("QA_STORE", "elasticsearch", "QA_ELASTICSEARCH_URL", url,
                "QA_ELASTICSEARCH_INDEX_PREFIX", prefix, "QA_ELASTICSEARCH_SYNC_INTERVAL", SYNC_INTERVAL,
                "QA_LIMITS_REQUESTS_PER_MINUTE", "0", "QA_ADMIN_API_KEY", KEY);
        try (ServerProcess a = ServerProcess.start(copy(documents, "a"), copyEmbeddings(documents, "a"),
                WORK.resolve(name.hashCode() + "-a.log"), List.of("-XX:+UseSerialGC", "-Xmx512m"), shared);
             ServerProcess b = ServerProcess.start(copy(documents, "b"), copyEmbeddings(documents, "b"),
                     WORK.resolve(name.hashCode() + "-b.log"), List.of("-XX:+UseSerialGC", "-Xmx512m"), shared)) {
            System.out.printf("%s: two Elasticsearch replicas ready (first %d ms, second %d ms)%n", name,
                    a.readyMillis(), b.readyMillis());
            LoadRunner load = new LoadRunner(a.baseUrl());
            load.run(1, questions.subList(0, 20));
            LoadRunner.Result c1 = load.run(1, questions);
            LoadRunner.Result c4 = load.run(4, questions);
            double[] adds = new double[CHANGES];
            double[] lags = new double[CHANGES];
            for (int i = 0; i < CHANGES; i++) {
                long t0 = System.nanoTime();
                adds[i] = add(a.baseUrl(), "shared", i);
                lags[i] = visibleAfter(b.baseUrl(), i, t0);
            }
            Arrays.sort(adds);
            Arrays.sort(lags);
            out.append(String.format(Locale.ROOT, "| %s | elasticsearch | %d (first, publishes) / %d (second) | %.1f | %.1f | %.1f | %.0f | %.0f, %.0f |%n",
                    name, a.readyMillis(), b.readyMillis(), c1.p50(), c1.p95(), c4.throughput(), adds[CHANGES / 2],
                    lags[CHANGES / 2], lags[CHANGES - 1]));
        }
        return out.toString();
    }

    private static Path copy(Path documents, String replica) throws Exception {
        Path to = WORK.resolve(documents.getFileName() + "-" + replica);
        Folders.replaceWithCopy(documents, to);
        return to;
    }

    private static Path copyEmbeddings(Path documents, String replica) throws Exception {
        Path to = WORK.resolve(documents.getFileName() + "-" + replica + "-embeddings");
        Folders.replaceWithCopy(WORK.resolve(documents.getFileName() + "-warm-embeddings"), to);
        return to;
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static String article(String tag, int i) {
        return "Harbour record number " + i + "\n\nThe harbour of Ostrava-" + tag + i + " handled " + (4100 + i)
                + " barges in 2025, its port authority said on Monday. The figure is a record for the inland port.\n";
    }

    /** Adds an article through the admin endpoint; returns the milliseconds the call took. */
    private static double add(String base, String tag, int i) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/documents?name=9" + i + "_" + tag + ".txt"))
                .header("Authorization", "Bearer " + KEY).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(article(tag, i))).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("adding an article: " + r.statusCode() + " " + r.body());
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    /** Polls the other replica until it cites the article; milliseconds since {@code t0} (before the add). */
    private static double visibleAfter(String base, int i, long t0) throws Exception {
        String q = URI.create("x?q=" + java.net.URLEncoder.encode("How many barges did the harbour of Ostrava-shared" + i
                + " handle in 2025?", java.nio.charset.StandardCharsets.UTF_8)).toString().substring(1);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String body = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/ask" + q)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains("9" + i + "_shared.txt")) {
                return (System.nanoTime() - t0) / 1e6;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the other replica did not serve article " + i + " within 60 s");
    }
}
