package dev.newsqa.store;

import dev.newsqa.testing.Folders;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.nio.file.Path;
import java.util.Map;

/** The shared store configured at an address where nothing listens: the replica must still serve its copy. */
public class UnreachableStoreProfile implements QuarkusTestProfile {

    static final String KEY = "test-admin-key-down-0123456789";
    static final Path ROOT = Path.of("target", "down-corpus");

    @Override
    public Map<String, String> getConfigOverrides() {
        Folders.copyShippedCorpus(ROOT);
        return Map.of(
                "qa.store", "elasticsearch",
                "qa.elasticsearch.url", "http://127.0.0.1:1",
                "qa.elasticsearch.timeout", "500ms",
                "qa.admin.api-key", KEY,
                "qa.documents.dir", ROOT.resolve("seeds").toString(),
                "qa.embeddings.dir", ROOT.resolve("embeddings").toString());
    }
}
