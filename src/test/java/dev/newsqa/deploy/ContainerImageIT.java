package dev.newsqa.deploy;

import dev.newsqa.testing.Folders;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * No Docker engine runs here, so this checks what can be checked of the image: it lays out exactly what
 * src/main/docker/Dockerfile.jvm copies (and .dockerignore lets through) in a folder standing for the image's
 * root, starts the packaged service there with the Dockerfile's environment, and asks it a question. It also
 * checks the generated Kubernetes manifest.
 */
class ContainerImageIT {

    private static final Path DOCKERFILE = Path.of("src", "main", "docker", "Dockerfile.jvm");
    private static final Path ROOT = Path.of("target", "container-root").toAbsolutePath();
    private static final Pattern COPY = Pattern.compile("^COPY\\s+(?:--chown=\\S+\\s+)?(\\S+)\\s+(\\S+)\\s*$");
    private static final Pattern ENV = Pattern.compile("^ENV\\s+([A-Z_]+)=\"?(.*?)\"?\\s*$");

    @Test
    void theImageLayoutStartsAndAnswersFromItsPrecomputedEmbeddings() throws Exception {
        List<String> lines = Files.readAllLines(DOCKERFILE);
        List<String> ignore = Files.readAllLines(Path.of(".dockerignore"));
        Folders.deleteTree(ROOT);
        Map<String, String> env = new LinkedHashMap<>();
        String workdir = "/";
        int copies = 0;
        for (String line : lines) {
            Matcher copy = COPY.matcher(line);
            Matcher envLine = ENV.matcher(line);
            if (copy.matches()) {
                String source = copy.group(1);
                assertThat(passesDockerignore(source, ignore)).as(source + " is let through by .dockerignore").isTrue();
                stage(source, copy.group(2));
                copies++;
            } else if (envLine.matches()) {
                env.put(envLine.group(1), envLine.group(2));
            } else if (line.startsWith("WORKDIR ")) {
                workdir = line.substring(8).strip();
            }
        }
        assertThat(copies).isGreaterThanOrEqualTo(6);
        Path work = inImage(workdir);
        Path jar = inImage(env.get("JAVA_APP_JAR"));
        assertThat(jar).exists();

        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        for (String option : env.get("JAVA_OPTS_APPEND").split("\\s+")) {
            if (!option.startsWith("-Dquarkus.http.host")) {
                command.add(option);
            }
        }
        command.addAll(List.of("-jar", jar.toString()));
        Path log = ROOT.resolve("service.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        for (String key : List.of("QA_DOCUMENTS_DIR", "QA_EMBEDDINGS_DIR", "QA_FEEDBACK_DIR")) {
            builder.environment().put(key, inImage(env.get(key)).toString());
        }
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        Process service = builder.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port;
            // the known event: the service says it is ready (a dead service fails the wait at once)
            await("ready within 120 s").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() -> {
                assertThat(service.isAlive()).as("the service is running; see " + log).isTrue();
                try {
                    return http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException notYet) {
                    return false; // not listening yet
                }
            });
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/ask"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"What was the peak traffic on Singles Day in 2020?\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"answered\":true", "583,000", "003_ba7e15354962486c.txt");
            assertThat(Files.readString(log)).contains("embeddings reused for 5, computed for 0");
        } finally {
            service.destroy();
            if (!service.waitFor(20, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    @Test
    void kubernetesManifestHasProbesResourcesAndSecrets() throws IOException {
        String manifest = Files.readString(Path.of("target", "kubernetes", "kubernetes.yml"));
        assertThat(manifest).contains("kind: Deployment", "replicas: 2", "path: /q/health/ready", "path: /q/health/live",
                "secretRef:", "name: news-qa-secrets", "memory: 640Mi", "memory: 768Mi", "kind: Service");
        // whatever command the container runs java with, its heap is fixed below the memory limit
        assertThat(manifest).containsPattern("name: JAVA_TOOL_OPTIONS\\s+value: -XX:\\+UseSerialGC -Xms256m -Xmx256m -XX:TrimNativeHeapInterval=5000");
    }

    /** A source passes when a later "!" rule re-includes it after the leading "*". */
    private static boolean passesDockerignore(String source, List<String> rules) {
        boolean included = true;
        for (String rule : rules) {
            String r = rule.strip();
            if (r.isEmpty() || r.startsWith("#")) {
                continue;
            }
            boolean negate = r.startsWith("!");
            String pattern = negate ? r.substring(1) : r;
            String p = pattern.endsWith("/") ? pattern.substring(0, pattern.length() - 1) : pattern;
            boolean matches = p.equals("*") || source.equals(p) || source.startsWith(p + "/")
                    || FileSystems.getDefault().getPathMatcher("glob:" + p).matches(Path.of(stripSlash(source)));
            if (matches) {
                included = negate;
            }
        }
        return included;
    }

    private static void stage(String source, String destination) throws IOException {
        Path target = inImage(destination);
        if (source.contains("*")) {
            Path dir = Path.of(source).getParent();
            PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + Path.of(source).getFileName());
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (glob.matches(f.getFileName())) {
                        Files.copy(f, target.resolve(f.getFileName()));
                    }
                }
            }
            return;
        }
        Folders.copyTree(Path.of(stripSlash(source)), target);
    }

    private static Path inImage(String absolute) {
        return ROOT.resolve(absolute.replaceFirst("^/", ""));
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
