package dev.newsqa.admin;

import dev.newsqa.testing.Folders;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.nio.file.Path;
import java.util.Map;

/** Article administration on, over a copy of the seeds and their embeddings under target/, with a small size limit. */
public class AdminProfile implements QuarkusTestProfile {

    static final String KEY = "test-admin-key-0123456789";
    static final Path ROOT = Path.of("target", "admin-corpus");
    static final long MAX_BYTES = 20_000;

    @Override
    public Map<String, String> getConfigOverrides() {
        Folders.copyShippedCorpus(ROOT);
        return Map.of(
                "qa.admin.api-key", KEY,
                "qa.admin.max-document-bytes", String.valueOf(MAX_BYTES),
                "qa.documents.dir", ROOT.resolve("seeds").toString(),
                "qa.embeddings.dir", ROOT.resolve("embeddings").toString());
    }
}
