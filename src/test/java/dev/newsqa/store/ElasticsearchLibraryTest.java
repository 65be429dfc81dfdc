package dev.newsqa.store;

import dev.newsqa.config.StandaloneConfig;
import dev.newsqa.index.Vectors;
import dev.newsqa.ingest.Article;
import dev.newsqa.ingest.ArticleParser;
import dev.newsqa.ingest.DocumentFolderReader;
import dev.newsqa.ingest.DocumentsConfig;
import dev.newsqa.ingest.SplitSettings;
import dev.newsqa.model.MiniLmEmbeddingModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store classes alone against the cluster at QA_ELASTICSEARCH_URL: listing pages, tombstones, texts. */
@EnabledIfEnvironmentVariable(named = ElasticsearchProfile.URL_VARIABLE, matches = ".+")
class ElasticsearchLibraryTest {

    private static final String PREFIX = "qa-lib-test-" + ProcessHandle.current().pid();

    private static StoreConfig.Elasticsearch config() {
        return config(PREFIX);
    }

    private static StoreConfig.Elasticsearch config(String prefix) {
        return new StoreConfig.Elasticsearch() {
            public Optional<String> url() {
                return Optional.of(ElasticsearchProfile.url());
            }

            public Optional<String> apiKey() {
                return Optional.empty();
            }

            public String indexPrefix() {
                return prefix;
            }

            public Duration syncInterval() {
                return Duration.ofSeconds(5);
            }

            public Duration timeout() {
                return Duration.ofSeconds(5);
            }

            public int numCandidates() {
                return 100;
            }
        };
    }

    private static Article article(String name, String text) {
        return new ArticleParser(StandaloneConfig.mapping(DocumentsConfig.class).splitSettings()).parse(name, text,
                DocumentFolderReader.sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<float[]> vectors(Article article, Random rnd) {
        return article.passages().stream().map(p -> {
            float[] v = new float[384];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) rnd.nextGaussian();
            }
            return Vectors.unit(v);
        }).toList();
    }

    @Test
    void listsEveryArticleAcrossPagesWithTombstonesAndServesTexts() throws Exception {
        Random rnd = new Random(7);
        try (ElasticsearchLibrary library = ElasticsearchLibrary.connect(config(), MiniLmEmbeddingModel.NAME, 384, 2)) {
            library.prepare();
            try (ElasticsearchLibrary second = ElasticsearchLibrary.connect(config(), MiniLmEmbeddingModel.NAME, 384, 2)) {
                second.prepare(); // a second replica preparing the same indices is fine
            }
            for (int i = 0; i < 5; i++) {
                Article a = article("50" + i + "_paged.txt", "Paging news " + i + "\n\nThe depot counted " + (100 + i)
                        + " trams on Monday, the operator said.\n");
                library.publish(a, vectors(a, rnd));
            }
            library.remove("502_paged.txt");
            List<SharedArticle> listed = library.list();
            assertThat(listed).extracting(SharedArticle::source)
                    .containsExactly("500_paged.txt", "501_paged.txt", "502_paged.txt", "503_paged.txt", "504_paged.txt");
            assertThat(listed).filteredOn(SharedArticle::deleted).extracting(SharedArticle::source).containsExactly("502_paged.txt");
            assertThat(library.text("503_paged.txt")).get().asString().contains("103 trams");
            assertThat(library.text("502_paged.txt")).isEmpty();
            assertThat(library.text("999_never.txt")).isEmpty();
        } finally {
            for (String suffix : List.of("-articles", "-passages")) {
                HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ElasticsearchProfile.url() + "/"
                        + PREFIX + suffix)).DELETE().build(), HttpResponse.BodyHandlers.discarding());
            }
        }
    }

    private static final String QUANTIZED = "all-MiniLM-L6-v2-q";

    private static HttpResponse<String> http(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ElasticsearchProfile.url() + path))
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void deleteIndices(String prefix) throws Exception {
        for (String suffix : List.of("-articles", "-passages")) {
            http("DELETE", "/" + prefix + suffix, null);
        }
    }

    @Test
    void aReplicaOfAnotherBuildOfTheModelNeitherSearchesNorWritesTheStore() throws Exception {
        String prefix = PREFIX + "-builds";
        Random rnd = new Random(11);
        try (ElasticsearchLibrary full = ElasticsearchLibrary.connect(config(prefix), MiniLmEmbeddingModel.NAME, 384, 2);
             ElasticsearchLibrary quantized = ElasticsearchLibrary.connect(config(prefix), QUANTIZED, 384, 2)) {
            full.prepare();
            assertThat(full.prepared()).isTrue();
            Article a = article("600_full.txt", "Depot news\n\nThe depot counted 120 trams on Monday, the operator said.\n");
            full.publish(a, vectors(a, rnd));

            assertThatThrownBy(quantized::prepare).isInstanceOf(IncompatibleStoreException.class)
                    .hasMessageContaining(MiniLmEmbeddingModel.NAME).hasMessageContaining(QUANTIZED);
            assertThat(quantized.prepared()).isFalse(); // so its vector searches stay on its own copy
            Article b = article("601_quantized.txt", "Ferry news\n\nThe ferry carried 340 cars on Sunday.\n");
            assertThatThrownBy(() -> quantized.publish(b, vectors(b, rnd))).isInstanceOf(IncompatibleStoreException.class);
            assertThatThrownBy(() -> quantized.remove("600_full.txt")).isInstanceOf(IncompatibleStoreException.class);

            assertThat(full.list()).extracting(SharedArticle::source).containsExactly("600_full.txt");
            assertThat(full.list()).noneMatch(SharedArticle::deleted);
            assertThat(http("GET", "/" + prefix + "-passages/_count", null).body())
                    .contains("\"count\":" + a.passages().size() + ",");
        } finally {
            deleteIndices(prefix);
        }
    }

    @Test
    void anIndexMadeBeforeBuildsWereRecordedHoldsTheFullBuildsVectors() throws Exception {
        String prefix = PREFIX + "-unrecorded";
        try {
            // the passages index as the previous version created it: no build recorded
            HttpResponse<String> created = http("PUT", "/" + prefix + "-passages", """
                    {"mappings": {"properties": {
                      "vector": {"type": "dense_vector", "dims": 384, "index": true, "similarity": "cosine",
                                 "index_options": {"type": "hnsw"}},
                      "text": {"type": "text", "index": false}}}}
                    """);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
            try (ElasticsearchLibrary quantized = ElasticsearchLibrary.connect(config(prefix), QUANTIZED, 384, 2)) {
                assertThatThrownBy(quantized::prepare).isInstanceOf(IncompatibleStoreException.class);
            }
            try (ElasticsearchLibrary full = ElasticsearchLibrary.connect(config(prefix), MiniLmEmbeddingModel.NAME, 384, 2)) {
                full.prepare();
                assertThat(full.prepared()).isTrue();
            }
            // recorded now, for every replica after it
            assertThat(http("GET", "/" + prefix + "-passages/_mapping", null).body())
                    .contains("\"_meta\":{\"model\":\"" + MiniLmEmbeddingModel.NAME + "\"}");
        } finally {
            deleteIndices(prefix);
        }
    }

    @Test
    void anAliasInFrontOfThePassagesIndexIsCheckedThroughToTheIndexBehindIt() throws Exception {
        String prefix = PREFIX + "-alias";
        try {
            HttpResponse<String> created = http("PUT", "/" + prefix + "-passages-v2", """
                    {"mappings": {"_meta": {"model": "all-MiniLM-L6-v2-q"}, "properties": {
                      "vector": {"type": "dense_vector", "dims": 384, "index": true, "similarity": "cosine"}}},
                     "aliases": {"%s-passages": {}}}
                    """.formatted(prefix));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
            try (ElasticsearchLibrary full = ElasticsearchLibrary.connect(config(prefix), MiniLmEmbeddingModel.NAME, 384, 2)) {
                assertThatThrownBy(full::prepare).isInstanceOf(IncompatibleStoreException.class)
                        .hasMessageContaining(QUANTIZED);
            }
            // and the quantized build's record is left as it was
            assertThat(http("GET", "/" + prefix + "-passages-v2/_mapping", null).body())
                    .contains("\"_meta\":{\"model\":\"" + QUANTIZED + "\"}");
            try (ElasticsearchLibrary quantized = ElasticsearchLibrary.connect(config(prefix), QUANTIZED, 384, 2)) {
                quantized.prepare();
                assertThat(quantized.prepared()).isTrue();
            }
        } finally {
            deleteIndices(prefix);
            http("DELETE", "/" + prefix + "-passages-v2", null);
        }
    }
}
