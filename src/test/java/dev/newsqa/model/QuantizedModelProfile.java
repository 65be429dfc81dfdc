package dev.newsqa.model;

import dev.newsqa.testing.Folders;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.nio.file.Path;
import java.util.Map;

/** The service on the quantized builds of both models, over a copy of the shipped seeds and their vectors. */
public class QuantizedModelProfile implements QuarkusTestProfile {

    static final Path ROOT = Path.of("target", "quantized-corpus");

    @Override
    public Map<String, String> getConfigOverrides() {
        Folders.copyShippedCorpus(ROOT);
        return Map.of(
                "qa.embeddings.model", "quantized",
                "qa.languages.chinese-model", "quantized",
                "qa.documents.dir", ROOT.resolve("seeds").toString(),
                "qa.embeddings.dir", ROOT.resolve("embeddings").toString());
    }
}
