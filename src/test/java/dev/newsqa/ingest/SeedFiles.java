package dev.newsqa.ingest;

import dev.newsqa.config.StandaloneConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shipped seed articles, read as the service reads them. */
public final class SeedFiles {

    public static final Path DIR = Path.of("seeds");
    public static final String ROUNDUP = "000_70937d80c0a63d2c.txt";
    public static final String GERMAN = "001_02336ac0136e81df.txt";
    public static final String GLUED = "002_fcdb2d4d14462c35.txt";
    public static final String CHINAI = "003_ba7e15354962486c.txt";
    public static final String GARBLED = "004_22a6a2a67d2693c3.txt";

    private SeedFiles() {
    }

    public static String text(String name) {
        try {
            return Files.readString(DIR.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Article parse(String name) {
        String text = text(name);
        return new ArticleParser(StandaloneConfig.mapping(DocumentsConfig.class).splitSettings()).parse(name, text, "test");
    }
}
