package dev.newsqa.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Scratch folders for tests and benchmarks: copies of the seeds and their embeddings, cleaned first. */
public final class Folders {

    private Folders() {
    }

    /** Deletes a folder and everything below it; a missing folder is fine. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted((a, b) -> b.getNameCount() - a.getNameCount())::iterator) {
                Files.delete(p);
            }
        }
    }

    /** Makes {@code to} hold exactly the files directly in {@code from}. */
    public static void replaceWithCopy(Path from, Path to) throws IOException {
        deleteTree(to);
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    /** A fresh copy of the shipped {@code seeds/} and {@code embeddings/} as {@code root/seeds} and {@code root/embeddings}. */
    public static void copyShippedCorpus(Path root) {
        try {
            replaceWithCopy(Path.of("seeds"), root.resolve("seeds"));
            replaceWithCopy(Path.of("embeddings"), root.resolve("embeddings"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
