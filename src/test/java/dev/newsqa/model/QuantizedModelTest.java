package dev.newsqa.model;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** {@code qa.embeddings.model=quantized}: the service runs that build, on the vectors shipped for it, and answers. */
@QuarkusTest
@TestProfile(QuantizedModelProfile.class)
class QuantizedModelTest {

    @Inject
    MiniLmEmbeddingModel model;

    @Test
    void theSettingRunsTheQuantizedBuildOnItsOwnShippedVectors() throws Exception {
        assertThat(model.modelName()).isEqualTo(MiniLmEmbeddingModel.Variant.QUANTIZED.modelName());
        Path own = QuantizedModelProfile.ROOT.resolve("embeddings").resolve(model.modelName());
        // the shipped vectors were reused: the manifest and every vector file are the ones shipped
        try (var files = Files.list(Path.of("embeddings").resolve(model.modelName()))) {
            for (Path shipped : files.toList()) {
                assertThat(own.resolve(shipped.getFileName().toString())).as(shipped.toString()).hasSameBinaryContentAs(shipped);
            }
        }
        given().queryParam("q", "How many users does DingTalk have?")
                .when().get("/api/ask").then().statusCode(200)
                .body("answered", equalTo(true)).body("citations[0].extract", containsString("300 million"));
        given().queryParam("q", "What is the capital of France?")
                .when().get("/api/ask").then().statusCode(200).body("answered", equalTo(false));
    }
}
