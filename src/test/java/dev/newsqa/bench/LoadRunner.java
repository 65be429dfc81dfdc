package dev.newsqa.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Sends questions to {@code POST /api/ask} over loopback from a number of concurrent clients and times each. */
final class LoadRunner {

    /** Latency percentiles in milliseconds, throughput in requests per second, and failures. */
    record Result(int concurrency, int requests, double p50, double p95, double p99, double throughput, int failures,
                  double clientCpuShare) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI ask;

    LoadRunner(String baseUrl) {
        this.ask = URI.create(baseUrl + "/api/ask");
    }

    Result run(int concurrency, List<String> questions) throws Exception {
        double[] latencies = new double[questions.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            running.add(clients.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < questions.size()) {
                    String body = "{\"question\":\"" + questions.get(i).replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
                    HttpRequest request = HttpRequest.newBuilder(ask).timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long start = System.nanoTime();
                    try {
                        int status = http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
                        if (status != 200) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    latencies[i] = (System.nanoTime() - start) / 1e6;
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double clientCpu = (os.getProcessCpuTime() - cpu0) / 1e9 / (seconds * Runtime.getRuntime().availableProcessors());
        clients.shutdown();
        Arrays.sort(latencies);
        return new Result(concurrency, questions.size(), percentile(latencies, 50), percentile(latencies, 95),
                percentile(latencies, 99), questions.size() / seconds, failures.get(), clientCpu);
    }

    /**
     * Asks rounds of unique questions at concurrency 16 until the server's JIT compilers take under 5 % of its CPU
     * in a round (at most 25 rounds): a just-started JVM keeps compiling the per-request code for thousands of
     * requests, and that is start-up cost, not the throughput the service keeps.
     *
     * @return the questions asked, and the compilers' share of the last round
     */
    Warm warmUp(ServerProcess server, List<String> questions, int offset) throws Exception {
        int rounds = 0;
        double share;
        do {
            ServerProcess.CpuTime before = server.cpuTime();
            run(16, Benchmark.unique(questions, WARM_UP_ROUND, offset + rounds * WARM_UP_ROUND));
            ServerProcess.CpuTime after = server.cpuTime();
            share = (double) (after.compiler() - before.compiler()) / Math.max(1, after.total() - before.total());
            rounds++;
        } while (share >= 0.05 && rounds < 25);
        return new Warm(rounds * WARM_UP_ROUND, share);
    }

    static final int WARM_UP_ROUND = 1000;

    /**
     * One at a time, questions asked for the second time in a row: their embeddings are cached after the first ask
     * (a question asked once long before may not be, as the cache's frequency-based admission can pass it over).
     */
    Result repeated(List<String> questions) throws Exception {
        run(1, questions);
        return run(1, questions);
    }

    /** What a warm-up took. */
    record Warm(int questions, double compilerShare) {
    }

    static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
