package dev.newsqa.bench;

import dev.newsqa.config.StandaloneConfig;
import dev.newsqa.ingest.ArticleParser;
import dev.newsqa.ingest.DocumentsConfig;
import dev.newsqa.ingest.SplitSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A larger corpus, made reproducibly from the seeds: edition k of each article has every digit shifted by k
 * (so its numbers, hashes and vectors differ) and "(edition k)" after its first line, until the corpus has at
 * least the passages asked for.
 */
final class CorpusGenerator {

    private CorpusGenerator() {
    }

    /** Writes the corpus into {@code target} (emptied first) and returns its passage count. */
    static int generate(Path seeds, Path target, int minPassages) throws IOException {
        if (Files.exists(target)) {
            try (Stream<Path> old = Files.list(target)) {
                for (Path f : (Iterable<Path>) old::iterator) {
                    Files.delete(f);
                }
            }
        }
        Files.createDirectories(target);
        List<Path> originals = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().forEach(originals::add);
        }
        ArticleParser parser = new ArticleParser(StandaloneConfig.mapping(DocumentsConfig.class).splitSettings());
        int passages = 0;
        for (int edition = 1; passages < minPassages; edition++) {
            for (Path original : originals) {
                String text = edition(Files.readString(original, StandardCharsets.UTF_8), edition);
                String name = String.format("gen%03d_%s", edition, original.getFileName());
                Files.writeString(target.resolve(name), text, StandardCharsets.UTF_8);
                passages += parser.parse(name, text, "").passages().size();
            }
        }
        return passages;
    }

    static String edition(String text, int edition) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int firstLineEnd = text.indexOf('\n');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) ('0' + (c - '0' + edition) % 10) : c);
            if (i == firstLineEnd - 1) {
                out.append(" (edition ").append(edition).append(')');
            }
        }
        return out.toString();
    }
}
