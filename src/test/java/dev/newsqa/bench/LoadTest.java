package dev.newsqa.bench;

import dev.newsqa.eval.QuestionSet;
import dev.newsqa.testing.Folders;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Asks questions at high concurrency for a bounded time while articles are added and removed, then reports
 * failed requests, 5xx and memory; it stops by itself. Needs the packaged service:
 * {@code ./mvnw -q package -DskipTests && ./mvnw -q test-compile exec:java -Dexec.mainClass=dev.newsqa.bench.LoadTest}
 * ({@code -Dexec.args="--seconds 60 --clients 16"} are the defaults).
 */
public final class LoadTest {

    private static final String KEY = "load-test-admin-key";

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = 60;
        int clients = 16;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--seconds")) {
                seconds = Integer.parseInt(args[i + 1]);
            } else if (args[i].equals("--clients")) {
                clients = Integer.parseInt(args[i + 1]);
            }
        }
        Path work = Path.of("target", "loadtest");
        Path documents = work.resolve("seeds");
        Path embeddings = work.resolve("embeddings");
        Folders.copyShippedCorpus(work);
        List<String> questions = QuestionSet.load().answerable().stream().map(QuestionSet.Answerable::q).toList();
        List<String> article = Files.readAllLines(Path.of("seeds", "003_ba7e15354962486c.txt"));

        try (ServerProcess server = ServerProcess.start(documents, embeddings, work.resolve("server.log"),
                List.of("-XX:+UseSerialGC", "-Xms256m", "-Xmx256m"),
                Map.of("QA_ADMIN_API_KEY", KEY, "QA_LIMITS_REQUESTS_PER_MINUTE", "0"))) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = server.baseUrl();
            for (int i = 0; i < 100; i++) { // warm-up
                ask(http, base, questions.get(i % questions.size()));
            }
            double rssBefore = server.residentMiB();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger requests = new AtomicInteger();
            AtomicInteger serverErrors = new AtomicInteger();
            AtomicInteger otherFailures = new AtomicInteger();
            AtomicInteger changes = new AtomicInteger();
            AtomicInteger changeFailures = new AtomicInteger();
            AtomicLong maxMillis = new AtomicLong();
            ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
            List<Future<?>> tasks = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c;
                tasks.add(pool.submit(() -> {
                    int i = offset;
                    while (running.get()) {
                        long t0 = System.nanoTime();
                        // unique per client and request: every question misses the cache of question embeddings
                        int status = ask(http, base, questions.get(i % questions.size()) + " #" + offset + "-" + i++);
                        maxMillis.accumulateAndGet((System.nanoTime() - t0) / 1_000_000, Math::max);
                        requests.incrementAndGet();
                        if (status >= 500) {
                            serverErrors.incrementAndGet();
                        } else if (status != 200) {
                            otherFailures.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            tasks.add(pool.submit(() -> {
                int round = 0;
                while (running.get()) {
                    String name = "900_live_" + (round++) + ".txt";
                    String text = String.join("\n", article).replace("583,000", String.valueOf(600_000 + round));
                    boolean ok = admin(http, "POST", base + "/api/documents?name=" + name, text) == 201
                            && admin(http, "DELETE", base + "/api/documents/" + name, null) == 204;
                    changes.addAndGet(2);
                    if (!ok) {
                        changeFailures.incrementAndGet();
                    }
                }
                return null;
            }));
            long t0 = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            running.set(false);
            for (Future<?> f : tasks) {
                f.get();
            }
            pool.shutdown();
            double elapsed = (System.nanoTime() - t0) / 1e9;
            double rssAfter = server.residentMiB();
            System.out.printf(Locale.ROOT, "%d s, %d clients: %d questions (%.1f/s), %d failed, %d of them 5xx; "
                            + "slowest %d ms%n", seconds, clients, requests.get(), requests.get() / elapsed,
                    serverErrors.get() + otherFailures.get(), serverErrors.get(), maxMillis.get());
            System.out.printf(Locale.ROOT, "meanwhile %d article changes (add + remove), %d failed%n", changes.get(),
                    changeFailures.get());
            System.out.printf(Locale.ROOT, "resident memory: %.0f MiB before, %.0f MiB after (%+.1f%%)%n", rssBefore, rssAfter,
                    100 * (rssAfter / rssBefore - 1));
            System.out.println(serverErrors.get() + otherFailures.get() + changeFailures.get() == 0 ? "RESULT: PASS" : "RESULT: FAIL");
        }
    }

    private static int ask(HttpClient http, String base, String question) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/ask")).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"" + question.replace("\"", "\\\"") + "\"}"))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static int admin(HttpClient http, String method, String url, String text) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                    .header("Authorization", "Bearer " + KEY);
            b = text == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                    : b.header("Content-Type", "text/plain; charset=utf-8").method(method, HttpRequest.BodyPublishers.ofString(text));
            return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
