package dev.newsqa.corpus;

import dev.newsqa.config.StandaloneConfig;
import dev.newsqa.index.LanguageAnalyzers;
import dev.newsqa.index.VectorSearch;
import dev.newsqa.ingest.DocumentFolderReader;
import dev.newsqa.ingest.DocumentsConfig;
import dev.newsqa.model.BgeSmallZhEmbeddingModel;
import dev.newsqa.model.MiniLmEmbeddingModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Each vector space's vectors, kept by the build of the model that made them. */
class CorpusLoaderTest {

    @TempDir
    Path docs;
    @TempDir
    Path emb;
    private final CountingEmbeddingModel miniLm = new CountingEmbeddingModel();

    @BeforeEach
    void articles() throws IOException {
        Files.writeString(docs.resolve("a.txt"), "Alpha headline\n\nAlpha has two sentences. This is the second.");
        Files.writeString(docs.resolve("b.txt"), "Beta headline\n\nBeta has one sentence.");
    }

    private void load(CountingEmbeddingModel chinese) {
        load(miniLm, chinese);
    }

    private void load(CountingEmbeddingModel miniLm, CountingEmbeddingModel chinese) {
        new CorpusLoader(miniLm, chinese, StandaloneConfig.mapping(DocumentsConfig.class).splitSettings(),
                new LanguageAnalyzers(), VectorSearch.LOCAL, new DocumentFolderReader()).load(docs, emb);
    }

    @Test
    void eachBuildOfTheChineseModelKeepsItsVectorsInItsOwnFolderAndAChangeBackReusesThem() {
        CountingEmbeddingModel quantized = new CountingEmbeddingModel("bge-small-zh-v1.5-q", BgeSmallZhEmbeddingModel.DIMENSION);
        load(quantized);
        int passages = quantized.segments;
        assertThat(passages).isPositive();
        assertThat(emb.resolve("bge-small-zh-v1.5-q").resolve("a.txt.f32")).exists();

        // the other build: its own vectors, made once, beside the first build's, which are left as they were
        CountingEmbeddingModel full = new CountingEmbeddingModel("bge-small-zh-v1.5", BgeSmallZhEmbeddingModel.DIMENSION);
        load(full);
        assertThat(full.segments).isEqualTo(passages);
        assertThat(emb.resolve("bge-small-zh-v1.5").resolve("a.txt.f32")).exists();
        assertThat(emb.resolve("bge-small-zh-v1.5-q").resolve("a.txt.f32")).exists();

        // back to the first: nothing embedded again, in either space
        int miniLmSegments = miniLm.segments;
        CountingEmbeddingModel quantizedAgain = new CountingEmbeddingModel("bge-small-zh-v1.5-q",
                BgeSmallZhEmbeddingModel.DIMENSION);
        load(quantizedAgain);
        assertThat(quantizedAgain.segments).isZero();
        assertThat(miniLm.segments).isEqualTo(miniLmSegments);
    }

    @Test
    void theQuantizedMiniLmKeepsItsVectorsInItsOwnFolderBesideTheFullBuildsAtTheTop() throws IOException {
        load(null);
        int segments = miniLm.segments; // passages and sentences
        assertThat(segments).isPositive();
        Path top = emb.resolve("a.txt.f32");
        byte[] fullVectors = Files.readAllBytes(top);
        assertThat(emb.resolve("manifest.json")).content().contains("\"" + MiniLmEmbeddingModel.NAME + "\"");

        // the build's name is the folder's, and the folder shipped with the seeds has that name
        String name = MiniLmEmbeddingModel.Variant.QUANTIZED.modelName();
        assertThat(Path.of("embeddings", name, "manifest.json")).content().contains("\"" + name + "\"");
        CountingEmbeddingModel quantized = new CountingEmbeddingModel(name, MiniLmEmbeddingModel.DIMENSION);
        load(quantized, null);
        assertThat(quantized.segments).isEqualTo(segments);
        Path own = emb.resolve(name);
        assertThat(own.resolve("a.txt.f32")).exists();
        assertThat(own.resolve("manifest.json")).content().contains("\"" + name + "\"");
        // the full build's files at the top are left as they were, and are found again on the way back
        assertThat(Files.readAllBytes(top)).isEqualTo(fullVectors);
        CountingEmbeddingModel fullAgain = new CountingEmbeddingModel();
        load(fullAgain, null);
        assertThat(fullAgain.segments).isZero();
    }
}
