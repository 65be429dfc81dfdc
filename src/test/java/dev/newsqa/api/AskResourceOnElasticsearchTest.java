package dev.newsqa.api;

import dev.newsqa.store.ElasticsearchProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The same /api/ask contract with the vectors on the shared Elasticsearch store (run where one is configured). */
@QuarkusTest
@TestProfile(ElasticsearchProfile.class)
@EnabledIfEnvironmentVariable(named = ElasticsearchProfile.URL_VARIABLE, matches = ".+")
class AskResourceOnElasticsearchTest extends AskResourceTest {
}
