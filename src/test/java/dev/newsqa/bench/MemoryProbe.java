package dev.newsqa.bench;

import dev.newsqa.eval.QuestionSet;
import dev.newsqa.translate.CedictGlossary;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the service's resident memory grows under English and then Chinese questions (src/docs/performance.md, stop
 * 48): the packaged service on the benchmark's generated corpus (run {@code Benchmark} first), its English warm-up and
 * a load at concurrency 16, then 200 Chinese questions one at a time and 2,800 at concurrency 16, with resident memory
 * and the part of it in the Java heap's mapping ({@code pmap}) after each step. Service JVM options after the
 * production ones as arguments ({@code -XX:+AlwaysPreTouch}), settings as {@code -Denv=NAME=value,...}:
 * <pre>
 * ./mvnw -q package -DskipTests && ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.newsqa.bench.MemoryProbe # -Dexec.args="-XX:+AlwaysPreTouch"
 * </pre>
 * With {@code --nmt} among the arguments the service runs with the JVM's native memory tracking (which itself takes
 * about 5 MiB) and each step also prints what the JVM says it committed, per category: what resident memory holds
 * beyond the heap's mapping and those is ONNX Runtime's, the tokenizers' and the C libraries'.
 * With {@code --dictionaries} instead, it prints the Java heap the two dictionaries the Chinese path loads take, in
 * this process (heap in use after full collections, before and after loading each; the figures move with the JVM's
 * settings, so compare runs of one command, e.g. {@code java -Xmx1g -cp <test classpath> dev.newsqa.bench.MemoryProbe
 * --dictionaries}).
 */
public final class MemoryProbe {

    /** Where a 256 MiB heap starts when the JVM places it below 4 GiB, as it does here. */
    private static final String HEAP_MAPPING = "00000000f";

    private MemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--dictionaries")) {
            dictionaries();
            return;
        }
        List<String> jvm = new ArrayList<>(ServerProcess.PRODUCTION_JVM);
        boolean nmt = List.of(args).contains("--nmt");
        List.of(args).stream().filter(a -> !a.equals("--nmt")).forEach(jvm::add);
        if (nmt) {
            jvm.add("-XX:NativeMemoryTracking=summary");
        }
        List<String> english = QuestionSet.load().answerable().stream().map(QuestionSet.Answerable::q).toList();
        List<String> chinese = new ArrayList<>();
        for (String set : List.of("/eval/questions-zh.json", "/eval/questions-zh-names.json")) {
            QuestionSet.load(set).answerable().forEach(q -> chinese.add(q.q()));
        }
        List<String> asked = Stream.iterate(0, i -> i + 1).limit(3000)
                .map(i -> Benchmark.chineseVariant(chinese.get(i % chinese.size()), i)).toList();
        Path bench = Path.of("target", "bench");
        try (ServerProcess server = ServerProcess.start(bench.resolve("generated-corpus"),
                bench.resolve("generated-embeddings"), bench.resolve("memory-probe.log"), jvm,
                ServerProcess.unlimited(System.getProperty("env")))) {
            LoadRunner runner = new LoadRunner(server.baseUrl());
            Probe probe = new Probe(server, nmt);
            probe.print("ready");
            runner.warmUp(server, english, 1_000_000);
            probe.print("after the English warm-up");
            runner.run(16, Benchmark.unique(english, 640, 0));
            probe.print("after 640 English questions at 16");
            runner.run(1, asked.subList(0, 200));
            probe.print("after 200 Chinese questions at 1");
            runner.run(16, asked.subList(200, 1200));
            probe.print("after 1,000 more at 16");
            runner.run(16, asked.subList(1200, 3000));
            probe.print("after 1,800 more at 16");
        }
    }

    /** Prints resident memory, and with {@code --nmt} what the JVM's native memory tracking says it committed. */
    private record Probe(ServerProcess server, boolean nmt) {

        void print(String when) throws Exception {
            long heapKiB = run("pmap", "-x", String.valueOf(server.pid())).lines()
                    .map(line -> line.trim().split("\\s+"))
                    .filter(cells -> cells.length > 2 && cells[0].startsWith(HEAP_MAPPING))
                    .mapToLong(cells -> Long.parseLong(cells[2])).sum();
            System.out.printf(Locale.ROOT, "%-36s resident %4.0f MiB, of it the Java heap's mapping %3d MiB%n", when,
                    server.residentMiB(), heapKiB / 1024);
            if (nmt) {
                // "-                     Class (reserved=…KB, committed=…KB)": the JVM's committed memory per category
                StringBuilder line = new StringBuilder("    JVM committed (MiB):");
                run("jcmd", String.valueOf(server.pid()), "VM.native_memory", "summary").lines()
                        .map(NMT_CATEGORY::matcher).filter(Matcher::find)
                        .forEach(m -> line.append(String.format(Locale.ROOT, " %s %d", m.group(1).replace(' ', '-'),
                                Long.parseLong(m.group(2)) / 1024)));
                System.out.println(line);
            }
        }

        private static String run(String... command) throws Exception {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            return new String(p.getInputStream().readAllBytes());
        }
    }

    private static final Pattern NMT_CATEGORY = Pattern.compile(
            "^[-\\s]*(Total|[A-Z][A-Za-z ]+?)(?::| \\() ?reserved=\\d+KB, committed=(\\d+)KB");

    private static void dictionaries() throws Exception {
        long before = heapInUse();
        CedictGlossary glossary = new CedictGlossary();
        glossary.gloss("阿里云本财年将招聘多少名工程师"); // reads the dictionary
        long glossaryLoaded = heapInUse();
        try (SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer();
             TokenStream tokens = analyzer.tokenStream("f", "阿里云本财年将招聘多少名工程师")) {
            tokens.reset();
            while (tokens.incrementToken()) {
                // loads smartcn's dictionaries
            }
            tokens.end();
        }
        long smartcnLoaded = heapInUse();
        java.lang.ref.Reference.reachabilityFence(glossary); // its dictionary counted to the end
        System.out.printf(Locale.ROOT, "CC-CEDICT glossary %.1f MB, smartcn's dictionaries %.1f MB%n",
                (glossaryLoaded - before) / 1e6, (smartcnLoaded - glossaryLoaded) / 1e6);
    }

    private static long heapInUse() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
