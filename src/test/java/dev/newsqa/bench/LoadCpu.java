package dev.newsqa.bench;

import dev.newsqa.eval.QuestionSet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where the CPU of a served question goes under load: the packaged service on the generated corpus, three rounds of
 * unique questions at one concurrency, and for each round the share of the machine's CPU that was busy, the load
 * client's CPU a question, and the server's CPU a question by group of threads (from /proc; Linux cuts thread names
 * at 15 characters: "question-embedd" are the model runners, "java" ONNX Runtime's intra-op helpers,
 * "executor-thread" the request workers, "vert.x-eventloo" the HTTP event loop, "CN CompilerThre" the JIT). When the
 * machine is busy throughout, throughput is the cores divided by the CPU a question takes, client included, and
 * issue 23's concurrency-16 target (100 % of cores ÷ the bare embedding time) needs that sum under the bare
 * embedding time. Build first ({@code ./mvnw -q package -DskipTests}) and run the Benchmark once, which generates the
 * corpus; then
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.newsqa.bench.LoadCpu
 * -Dexec.args="target/quarkus-app/quarkus-run.jar [concurrency] [NAME=value,...]"} (the jar is best copied aside,
 * as for {@link CompareBuilds}; settings as environment variables, e.g. {@code QA_EMBEDDINGS_ONNX_THREADS=1}).
 */
public final class LoadCpu {

    private static final int ROUNDS = 3;
    private static final int QUESTIONS_PER_ROUND = 2000;
    /** Linux's clock tick, in milliseconds (USER_HZ is 100 on every common configuration). */
    private static final double TICK_MS = 10;

    private LoadCpu() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("qa.bench.jar", Path.of(args[0]).toAbsolutePath().toString());
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        Map<String, String> environment = ServerProcess.unlimited(args.length > 2 ? args[2] : null);
        Path corpus = Path.of("target", "bench", "generated-corpus").toAbsolutePath();
        if (!Files.isDirectory(corpus)) {
            throw new IllegalStateException(corpus + " is missing: run the Benchmark once, which generates it");
        }
        List<String> base = QuestionSet.load().answerable().stream().map(QuestionSet.Answerable::q).toList();
        try (ServerProcess server = ServerProcess.start(corpus,
                Path.of("target", "bench", "generated-embeddings").toAbsolutePath(),
                Path.of("target", "load-cpu.log").toAbsolutePath(), ServerProcess.PRODUCTION_JVM, environment)) {
            LoadRunner runner = new LoadRunner(server.baseUrl());
            runner.warmUp(server, base, 10_000_000);
            for (int round = 0; round < ROUNDS; round++) {
                long[] machineBefore = machineTicks();
                Map<Integer, ServerProcess.ThreadCpu> before = server.cpuTimeByThread();
                long clientBefore = ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
                LoadRunner.Result result = runner.run(concurrency,
                        Benchmark.unique(base, QUESTIONS_PER_ROUND, 1_000_000 * (round + 1)));
                long clientAfter = ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
                Map<Integer, ServerProcess.ThreadCpu> after = server.cpuTimeByThread();
                long[] machineAfter = machineTicks();
                int n = result.requests();
                double busy = 1 - (double) (machineAfter[1] - machineBefore[1]) / (machineAfter[0] - machineBefore[0]);
                System.out.printf(Locale.ROOT, "concurrency %d, round %d: %.1f req/s, p50 %.1f ms, machine %.1f %% busy,"
                                + " load client %.3f ms of CPU a question%n", concurrency, round + 1, result.throughput(),
                        result.p50(), 100 * busy, (clientAfter - clientBefore) / 1e6 / n);
                // by thread, then by group: a thread that ended during the round takes its CPU time with it (pools
                // let idle threads go), a thread started during it counts from zero
                SortedMap<String, Long> groups = new TreeMap<>();
                after.forEach((id, now) -> {
                    ServerProcess.ThreadCpu then = before.get(id);
                    groups.merge(now.group(), now.ticks() - (then == null ? 0 : then.ticks()), Long::sum);
                });
                long total = 0;
                for (Map.Entry<String, Long> group : groups.entrySet()) {
                    total += group.getValue();
                    if (group.getValue() * TICK_MS / n >= 0.01) {
                        System.out.printf(Locale.ROOT, "  %-16s %6.3f ms a question%n", group.getKey(),
                                group.getValue() * TICK_MS / n);
                    }
                }
                System.out.printf(Locale.ROOT, "  %-16s %6.3f ms a question%n", "server, all", total * TICK_MS / n);
            }
        }
    }

    /** All the machine's CPU ticks so far, and those idle or waiting for I/O (the first line of /proc/stat). */
    private static long[] machineTicks() throws Exception {
        String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < fields.length; i++) {
            total += Long.parseLong(fields[i]);
        }
        return new long[] {total, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
    }
}
