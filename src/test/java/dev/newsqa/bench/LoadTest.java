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
 * Asks questions at high concurrency for a bounded time while articles are added and removed and slow clients
 * (from another loopback address) keep opening requests whose bodies never finish, then reports failed requests,
 * 5xx, what became of the slow clients, readiness and memory; it stops by itself. Needs the packaged service:
 * {@code ./mvnw -q package -DskipTests && ./mvnw -q test-compile exec:java -Dexec.mainClass=dev.newsqa.bench.LoadTest}
 * ({@code -Dexec.args="--seconds 60 --clients 16 --slow 48 --start readme"} are the defaults; {@code --start} is how
 * the service's JVM is started: {@code readme}, with the README's production options on the command line;
 * {@code manifest}, a bare {@code java -jar} with JAVA_TOOL_OPTIONS as the Kubernetes manifest sets it;
 * {@code plain}, a bare {@code java -jar} with nothing).
 */
public final class LoadTest {

    private static final String KEY = "load-test-admin-key";
    /** quarkus.kubernetes.resources.limits.memory in application.properties. */
    private static final int MANIFEST_LIMIT_MIB = 768;

    private LoadTest() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = 60;
        int clients = 16;
        int slowClients = 48;
        String start = "readme";
        for (int i = 0; i + 1 < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                case "--slow" -> slowClients = Integer.parseInt(args[i + 1]);
                case "--start" -> start = args[i + 1];
                default -> {
                }
            }
        }
        Map<String, String> environment = ServerProcess.unlimited("QA_ADMIN_API_KEY=" + KEY);
        List<String> jvmOptions = switch (start) {
            case "readme" -> ServerProcess.PRODUCTION_JVM;
            case "manifest", "plain" -> List.of();
            default -> throw new IllegalArgumentException("--start readme|manifest|plain, not " + start);
        };
        if (start.equals("manifest")) {
            // the Kubernetes manifest's JAVA_TOOL_OPTIONS (application.properties): the README's production options
            environment.put("JAVA_TOOL_OPTIONS", String.join(" ", ServerProcess.PRODUCTION_JVM));
        }
        System.out.printf("service started the %s way: java %s-jar, JAVA_TOOL_OPTIONS [%s]%n", start,
                jvmOptions.isEmpty() ? "" : String.join(" ", jvmOptions) + " ", environment.getOrDefault("JAVA_TOOL_OPTIONS", ""));
        Path work = Path.of("target", "loadtest");
        Path documents = work.resolve("seeds");
        Path embeddings = work.resolve("embeddings");
        Folders.copyShippedCorpus(work);
        List<String> questions = QuestionSet.load().answerable().stream().map(QuestionSet.Answerable::q).toList();
        List<String> article = Files.readAllLines(Path.of("seeds", "003_ba7e15354962486c.txt"));

        try (ServerProcess server = ServerProcess.start(documents, embeddings, work.resolve("server.log"),
                jvmOptions, environment)) {
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
            ExecutorService pool = Executors.newFixedThreadPool(clients + 3);
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
            SlowClients slow = new SlowClients(server.port(), slowClients);
            tasks.add(pool.submit(() -> {
                slow.run(running);
                return null;
            }));
            AtomicInteger readinessChecks = new AtomicInteger();
            AtomicInteger notReady = new AtomicInteger();
            tasks.add(pool.submit(() -> {
                HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build();
                while (running.get()) {
                    readinessChecks.incrementAndGet();
                    try {
                        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                            notReady.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        notReady.incrementAndGet();
                    }
                    Thread.sleep(1000); // a probe's period, not a wait for a result
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
            double rssPeak = server.peakResidentMiB();
            System.out.printf(Locale.ROOT, "%d s, %d clients: %d questions (%.1f/s), %d failed, %d of them 5xx; "
                            + "slowest %d ms%n", seconds, clients, requests.get(), requests.get() / elapsed,
                    serverErrors.get() + otherFailures.get(), serverErrors.get(), maxMillis.get());
            System.out.printf(Locale.ROOT, "meanwhile %d article changes (add + remove), %d failed%n", changes.get(),
                    changeFailures.get());
            System.out.printf(Locale.ROOT, "meanwhile %d slow requests from %s (%d at once): %d refused with a JSON 429 "
                            + "(too many open), %d cut off with a JSON 408 (body deadline), %d otherwise%n",
                    slow.opened(), SlowClients.ADDRESS, slowClients, slow.refused(), slow.timedOut(), slow.other());
            System.out.printf(Locale.ROOT, "readiness: %d checks, %d not ready%n", readinessChecks.get(), notReady.get());
            System.out.printf(Locale.ROOT, "resident memory: %.0f MiB before, %.0f MiB after (%+.1f%%), peak %.0f MiB "
                            + "(the manifest's limit: %d MiB)%n", rssBefore, rssAfter, 100 * (rssAfter / rssBefore - 1), rssPeak,
                    MANIFEST_LIMIT_MIB);
            boolean pass = serverErrors.get() + otherFailures.get() + changeFailures.get() + slow.other() + notReady.get() == 0
                    && rssPeak <= MANIFEST_LIMIT_MIB;
            System.out.println(pass ? "RESULT: PASS" : "RESULT: FAIL");
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
