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

    /**
     * Makes {@code to} hold exactly what {@code from} holds, folders too (the embeddings folder keeps the second
     * space's vectors in a folder of its own).
     */
    public static void replaceWithCopy(Path from, Path to) throws IOException {
        deleteTree(to);
        copyTree(from, to);
    }

    /** Copies a file, or a folder with everything under it, to {@code to}, making the folders it needs. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path f : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.toAbsolutePath().getParent());
                    Files.copy(f, target);
                }
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
