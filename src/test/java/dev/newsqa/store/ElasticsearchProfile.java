package dev.newsqa.store;

import dev.newsqa.testing.Folders;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.nio.file.Path;
import java.util.Map;

/**
 * The service on the shared store: the Elasticsearch cluster at {@code QA_ELASTICSEARCH_URL} (which .ci/run
 * installs and starts), indices of a name unique to this run, over a copy of the seeds, with the admin key and a
 * short synchronisation interval. Tests using it run only where that variable is set. The indices stay after the
 * run (the next test class may run on the same application); CI's cluster is thrown away with the machine.
 */
public class ElasticsearchProfile implements QuarkusTestProfile {

    public static final String URL_VARIABLE = "QA_ELASTICSEARCH_URL";
    public static final String KEY = "test-admin-key-es-0123456789";
    /** One per test JVM (the profile and the tests are loaded by different class loaders, so no random value). */
    public static final String PREFIX = "qa-test-" + ProcessHandle.current().pid();
    public static final Path ROOT = Path.of("target", "es-corpus");

    @Override
    public Map<String, String> getConfigOverrides() {
        Folders.copyShippedCorpus(ROOT);
        return Map.of(
                "qa.store", "elasticsearch",
                "qa.elasticsearch.url", url(),
                "qa.elasticsearch.index-prefix", PREFIX,
                "qa.elasticsearch.sync-interval", "300ms",
                "qa.admin.api-key", KEY,
                "qa.documents.dir", ROOT.resolve("seeds").toString(),
                "qa.embeddings.dir", ROOT.resolve("embeddings").toString());
    }

    public static String url() {
        return System.getenv().getOrDefault(URL_VARIABLE, "http://127.0.0.1:9200");
    }
}
