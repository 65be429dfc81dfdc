package dev.newsqa.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) started as its own process on a free
 * loopback port, as an operator starts it; timed from launch to a ready {@code /q/health/ready}.
 */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final long readyMillis;

    private ServerProcess(Process process, int port, long readyMillis) {
        this.process = process;
        this.port = port;
        this.readyMillis = readyMillis;
    }

    static ServerProcess start(Path documents, Path embeddings, Path log, List<String> jvmOptions)
            throws IOException, InterruptedException {
        return start(documents, embeddings, log, jvmOptions, java.util.Map.of());
    }

    static ServerProcess start(Path documents, Path embeddings, Path log, List<String> jvmOptions,
                               java.util.Map<String, String> environment) throws IOException, InterruptedException {
        // -Dqa.bench.jar=<another build's quarkus-run.jar> compares builds on the same machine
        Path jar = Path.of(System.getProperty("qa.bench.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw -q package -DskipTests first");
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("QA_DOCUMENTS_DIR", documents.toString());
        builder.environment().put("QA_EMBEDDINGS_DIR", embeddings.toString());
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().putAll(environment);
        long t0 = System.nanoTime();
        Process process = builder.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        return new ServerProcess(process, port, (System.nanoTime() - t0) / 1_000_000);
    }

    long readyMillis() {
        return readyMillis;
    }

    int port() {
        return port;
    }

    /** The JVM options the service runs with in production (README: "Running in production"; the manifest's). */
    static final List<String> PRODUCTION_JVM = List.of("-XX:+UseSerialGC", "-Xms256m", "-Xmx256m",
            "-XX:TrimNativeHeapInterval=5000");

    /**
     * The environment of a measured run: the per-client request limit off (one load client asks hundreds of questions
     * a minute), and the settings given as {@code NAME=value,...} (none when null or blank).
     */
    static Map<String, String> unlimited(String settings) {
        Map<String, String> environment = new HashMap<>(Map.of("QA_LIMITS_REQUESTS_PER_MINUTE", "0"));
        if (settings != null && !settings.isBlank()) {
            for (String setting : settings.split(",")) {
                environment.put(setting.split("=", 2)[0], setting.split("=", 2)[1]);
            }
        }
        return environment;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** CPU time the server process has used, all of it and that of its JIT compiler threads, in clock ticks. */
    record CpuTime(long total, long compiler) {
    }

    /** The process's CPU time so far, summed over its threads (from /proc). */
    CpuTime cpuTime() throws IOException {
        long total = 0;
        long compiler = 0;
        for (ThreadCpu thread : cpuTimeByThread().values()) {
            total += thread.ticks();
            if (thread.group().contains("CompilerThre")) {
                compiler += thread.ticks();
            }
        }
        return new CpuTime(total, compiler);
    }

    /** A thread's group (its name without its number) and the CPU time it has used so far, in clock ticks. */
    record ThreadCpu(String group, long ticks) {
    }

    /**
     * Each live thread's CPU time so far, by thread id (from /proc). The group is the thread's name with its number
     * taken off ("executor-thread-12" and "executor-thread-3" are one group); ONNX Runtime's own intra-op threads
     * carry the process's name, "java".
     */
    Map<Integer, ThreadCpu> cpuTimeByThread() throws IOException {
        Map<Integer, ThreadCpu> out = new HashMap<>();
        try (java.util.stream.Stream<Path> threads = Files.list(Path.of("/proc", String.valueOf(process.pid()), "task"))) {
            for (Path thread : (Iterable<Path>) threads::iterator) {
                String stat;
                try {
                    stat = Files.readString(thread.resolve("stat"));
                } catch (IOException ended) {
                    continue; // the thread ended while listed
                }
                String group = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                        .replaceAll("[-# ]*\\d+$", "").replaceAll("\\d+", "N");
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                out.put(Integer.parseInt(thread.getFileName().toString()),
                        new ThreadCpu(group, Long.parseLong(fields[11]) + Long.parseLong(fields[12])));
            }
        }
        return out;
    }

    /** The server's process id. */
    long pid() {
        return process.pid();
    }

    /** Resident set size of the server process, in MiB (from /proc). */
    double residentMiB() throws IOException {
        return statusMiB("VmRSS:");
    }

    /** The highest resident set size the server process has had so far, in MiB (from /proc). */
    double peakResidentMiB() throws IOException {
        return statusMiB("VmHWM:");
    }

    private double statusMiB(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
