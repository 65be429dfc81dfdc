package dev.newsqa.admin;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/** Article administration on, over a copy of the seeds and their embeddings under target/, with a small size limit. */
public class AdminProfile implements QuarkusTestProfile {

    static final String KEY = "test-admin-key-0123456789";
    static final Path ROOT = Path.of("target", "admin-corpus");
    static final long MAX_BYTES = 20_000;

    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            copy(Path.of("seeds"), ROOT.resolve("seeds"));
            copy(Path.of("embeddings"), ROOT.resolve("embeddings"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "qa.admin.api-key", KEY,
                "qa.admin.max-document-bytes", String.valueOf(MAX_BYTES),
                "qa.documents.dir", ROOT.resolve("seeds").toString(),
                "qa.embeddings.dir", ROOT.resolve("embeddings").toString());
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                for (Path p : (Iterable<Path>) old.sorted((a, b) -> b.getNameCount() - a.getNameCount())::iterator) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
