package dev.newsqa.store;

import dev.newsqa.model.MiniLmEmbeddingModel;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.newsqa.app.IndexHolder;
import dev.newsqa.eval.QuestionSet;
import dev.newsqa.index.AnalyzedQuery;
import dev.newsqa.index.CorpusIndex;
import dev.newsqa.index.PassageHit;
import dev.newsqa.corpus.CorpusLoader;
import dev.newsqa.index.LanguageAnalyzers;
import dev.newsqa.ingest.Article;
import dev.newsqa.ingest.ArticleParser;
import dev.newsqa.ingest.DocumentFolderReader;
import dev.newsqa.ingest.DocumentsConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The service on a real Elasticsearch cluster, with a second replica played by this test through the same
 * {@link ElasticsearchLibrary}: what one replica changes, the other serves.
 */
@QuarkusTest
@TestProfile(ElasticsearchProfile.class)
@EnabledIfEnvironmentVariable(named = ElasticsearchProfile.URL_VARIABLE, matches = ".+")
class SharedStoreTest {

    private static final String OTHER = """
            Lighthouse keepers return to Ushant

            The Ushant lighthouse in Brittany will again have resident keepers from 2027, after 33 years of automation.
            The French maritime authority said four keepers would share the post in turns of two weeks.
            """;

    @Inject
    IndexHolder index;
    @Inject
    EmbeddingModel model;
    @Inject
    LanguageAnalyzers analyzers;
    @Inject
    DocumentsConfig documents;
    @Inject
    StoreConfig config;
    @Inject
    MeterRegistry metrics;

    /** Synchronisation rounds this replica has completed since it started (ReplicaSync counts them). */
    private double syncRounds() {
        return metrics.counter("qa.store.sync", "outcome", "ok").count();
    }

    private static long count(String suffix) throws Exception {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ElasticsearchProfile.url() + "/"
                + ElasticsearchProfile.PREFIX + suffix + "/_count")).build(), HttpResponse.BodyHandlers.ofString()).body();
        return Long.parseLong(body.replaceAll(".*\"count\":(\\d+).*", "$1"));
    }

    /** Another replica: it parses and embeds the article itself and publishes it to the shared store. */
    private void publishFromAnotherReplica(String source, String text) {
        Article article = new ArticleParser(documents.splitSettings())
                .parse(source, text, DocumentFolderReader.sha256(text.getBytes(StandardCharsets.UTF_8)));
        List<float[]> vectors = article.passages().stream()
                .map(p -> model.embed(p.text()).content().vector()).toList();
        try (ElasticsearchLibrary other = ElasticsearchLibrary.connect(config.elasticsearch(), MiniLmEmbeddingModel.NAME,
                MiniLmEmbeddingModel.DIMENSION)) {
            other.publish(article, vectors);
        }
    }

    @Test
    void theShippedArticlesArePublishedWithOneVectorPerPassage() throws Exception {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(count("-passages"))
                .isGreaterThanOrEqualTo(index.get().passageCount()));
        assertThat(count("-articles")).isGreaterThanOrEqualTo(5);
    }

    @Test
    void vectorSearchOnTheSharedStoreRanksLikeTheExactInMemorySearch() throws Exception {
        CorpusIndex shared = index.get();
        CorpusIndex memory = new CorpusLoader(model, documents.splitSettings(), analyzers)
                .load(Path.of(documents.dir()), ElasticsearchProfile.ROOT.resolve("embeddings")).index();
        assertThat(shared.articles()).hasSameSizeAs(memory.articles());
        for (QuestionSet.Answerable q : QuestionSet.load().answerable()) {
            float[] vector = model.embed(q.q()).content().vector();
            AnalyzedQuery question = new AnalyzedQuery(q.q(), java.util.Map.of(), vector);
            List<String> fromStore = shared.vectors().retrieve(question, 3).stream().map(PassageHit::passageId).toList();
            List<String> exact = memory.vectors().retrieve(question, 3).stream().map(PassageHit::passageId).toList();
            assertThat(fromStore).as(q.q()).isEqualTo(exact);
        }
    }

    @Test
    void anArticleAddedHereIsInTheSharedStore() throws Exception {
        String name = "300_added_here.txt";
        given().header("Authorization", "Bearer " + ElasticsearchProfile.KEY).contentType(ContentType.TEXT)
                .queryParam("name", name).body("Ferry news\n\nThe Lofoten ferry carried 91,400 cars in 2025, a record.\n")
                .when().post("/api/documents").then().statusCode(201);
        String doc = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ElasticsearchProfile.url() + "/"
                + ElasticsearchProfile.PREFIX + "-articles/_doc/" + name)).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(doc).contains("\"found\":true", "91,400", "\"deleted\":false");
        given().header("Authorization", "Bearer " + ElasticsearchProfile.KEY)
                .when().delete("/api/documents/" + name).then().statusCode(204);
        doc = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ElasticsearchProfile.url() + "/"
                + ElasticsearchProfile.PREFIX + "-articles/_doc/" + name)).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(doc).contains("\"deleted\":true").doesNotContain("91,400");
    }

    @Test
    void whatAnotherReplicaAddsReplacesAndRemovesIsServedHere() {
        String name = "301_lighthouse.txt";
        Path file = ElasticsearchProfile.ROOT.resolve("seeds").resolve(name);
        String question = "How many years was the Ushant lighthouse automated?";
        publishFromAnotherReplica(name, OTHER);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("q", question)
                .when().get("/api/ask").then().body("answered", equalTo(true))
                .body("citations[0].source", equalTo(name)).body("citations[0].extract", containsString("33 years")));
        assertThat(file).exists();

        publishFromAnotherReplica(name, OTHER.replace("33 years", "35 years"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("q", question)
                .when().get("/api/ask").then().body("citations[0].extract", containsString("35 years")));

        try (ElasticsearchLibrary other = ElasticsearchLibrary.connect(config.elasticsearch(), MiniLmEmbeddingModel.NAME,
                MiniLmEmbeddingModel.DIMENSION)) {
            other.remove(name);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("q", question)
                .when().get("/api/ask").then().body("answered", equalTo(false)));
        assertThat(file).doesNotExist();
    }

    @Test
    void anArticleThisReplicaCannotTakeIsLeftAloneWithoutReindexingOnEverySync() throws Exception {
        CorpusIndex before = index.get();
        publishFromAnotherReplica("../302_outside.txt", OTHER);
        // the known event: rounds that began after the publication (the first one counted may have begun before it)
        double published = syncRounds();
        await().atMost(Duration.ofSeconds(30)).until(() -> syncRounds() >= published + 3);
        assertThat(index.get()).isSameAs(before);
        assertThat(Path.of(documents.dir()).getParent().resolve("302_outside.txt")).doesNotExist();
        try (ElasticsearchLibrary other = ElasticsearchLibrary.connect(config.elasticsearch(), MiniLmEmbeddingModel.NAME,
                MiniLmEmbeddingModel.DIMENSION)) {
            other.remove("../302_outside.txt");
        }
    }
}
