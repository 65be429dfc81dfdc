package dev.newsqa.corpus;

import dev.newsqa.config.StandaloneConfig;
import dev.newsqa.ingest.ArticleParser;
import dev.newsqa.ingest.DocumentFolderReader;
import dev.newsqa.ingest.DocumentsConfig;
import dev.newsqa.ingest.SplitSettings;
import dev.newsqa.model.MiniLmEmbeddingModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EmbeddingsSynchronizerTest {

    @TempDir
    Path docs;
    @TempDir
    Path emb;
    private CountingEmbeddingModel model;

    @BeforeEach
    void articles() throws IOException {
        model = new CountingEmbeddingModel();
        Files.writeString(docs.resolve("a.txt"), "Alpha headline\n\nAlpha has two sentences. This is the second.");
        Files.writeString(docs.resolve("b.txt"), "Beta headline\n\nBeta has one sentence.");
    }

    private java.util.List<dev.newsqa.ingest.Article> parsed(SplitSettings split) {
        ArticleParser parser = new ArticleParser(split);
        return new DocumentFolderReader().read(docs).stream().map(f -> parser.parse(f.source(), f.text(), f.sha256()))
                .toList();
    }

    private EmbeddingsSynchronizer.Result sync() {
        return sync(StandaloneConfig.mapping(DocumentsConfig.class).splitSettings());
    }

    private EmbeddingsSynchronizer.Result sync(SplitSettings split) {
        return new EmbeddingsSynchronizer(new EmbeddingsFolder(emb), split, new ArticleEmbedder(model),
                MiniLmEmbeddingModel.NAME, MiniLmEmbeddingModel.DIMENSION).synchronize(parsed(split));
    }

    @Test
    void firstRunEmbedsEverythingAndTheSecondReusesIt() {
        var first = sync();
        assertEquals(2, first.embedded());
        int segments = model.segments;
        assertThat(segments).isGreaterThan(0);
        var second = sync();
        assertEquals(0, second.embedded());
        assertEquals(2, second.reused());
        assertEquals(segments, model.segments, "nothing embedded again");
        assertArrayEquals(first.articles().get(0).passageVectors()[0], second.articles().get(0).passageVectors()[0]);
    }

    @Test
    void changedAndNewArticlesAreEmbeddedRemovedOnesDropped() throws IOException {
        sync();
        Files.writeString(docs.resolve("a.txt"), "Alpha headline\n\nAlpha changed its text.");
        Files.writeString(docs.resolve("c.txt"), "Gamma headline\n\nGamma is new.");
        Files.delete(docs.resolve("b.txt"));
        var result = sync();
        assertEquals(2, result.embedded());
        assertEquals(0, result.reused());
        assertEquals(1, result.removed());
        assertThat(files()).containsExactlyInAnyOrder("manifest.json", "a.txt.f32", "c.txt.f32");
        assertThat(Files.readString(emb.resolve("manifest.json"))).doesNotContain("b.txt");
    }

    @Test
    void corruptManifestIsRebuiltNotFatal() throws IOException {
        sync();
        Files.writeString(emb.resolve("manifest.json"), "{ this is not json");
        var result = sync();
        assertEquals(2, result.embedded());
        assertEquals(0, sync().embedded(), "the rebuilt manifest is valid again");
    }

    @Test
    void truncatedOrAlteredVectorFileIsReembedded() throws IOException {
        sync();
        byte[] bytes = Files.readAllBytes(emb.resolve("a.txt.f32"));
        Files.write(emb.resolve("a.txt.f32"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        bytes = Files.readAllBytes(emb.resolve("b.txt.f32"));
        bytes[10] ^= 0x55;
        Files.write(emb.resolve("b.txt.f32"), bytes);
        var result = sync();
        assertEquals(2, result.embedded());
        assertEquals(0, sync().embedded());
    }

    @Test
    void otherSplitSettingsInvalidateTheStore() {
        sync();
        assertEquals(2, sync(new SplitSettings(300, 100)).embedded());
    }

    @Test
    void noTemporaryFilesAreLeftBehind() {
        sync();
        assertThat(files()).noneMatch(f -> f.endsWith(".tmp"));
    }

    @Test
    void unwritableFolderStillServesFromMemory() throws IOException {
        Path blocked = emb.resolve("blocked");
        Files.writeString(blocked, "a file where a folder should be");
        var result = new EmbeddingsSynchronizer(new EmbeddingsFolder(blocked), StandaloneConfig.mapping(DocumentsConfig.class).splitSettings(),
                new ArticleEmbedder(model), MiniLmEmbeddingModel.NAME, MiniLmEmbeddingModel.DIMENSION)
                .synchronize(parsed(StandaloneConfig.mapping(DocumentsConfig.class).splitSettings()));
        assertEquals(2, result.articles().size());
    }

    private java.util.List<String> files() {
        try (Stream<Path> s = Files.list(emb)) {
            return s.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
