package dev.newsqa.limits;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@TestProfile(RateLimitProfile.class)
class RequestLimitsTest {

    @Test
    void aClientOverItsRateGets429WithRetryAfter() {
        for (int i = 0; i < 3; i++) {
            given().queryParam("q", "What was the peak traffic on Singles Day in 2020?").when().get("/api/ask")
                    .then().statusCode(200);
        }
        String retryAfter = given().queryParam("q", "What was the peak traffic on Singles Day in 2020?").when().get("/api/ask")
                .then().statusCode(429).header("Retry-After", notNullValue())
                .body("error", containsString("3 per minute")).extract().header("Retry-After");
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);
        // the OpenAI-compatible API asks questions too: the same bucket, OpenAI's error shape
        given().contentType(ContentType.JSON)
                .body("{\"model\":\"news-qa\",\"messages\":[{\"role\":\"user\",\"content\":\"What is DingTalk?\"}]}")
                .when().post("/v1/chat/completions").then().statusCode(429).header("Retry-After", notNullValue())
                .body("error.type", org.hamcrest.Matchers.equalTo("rate_limit_error"))
                .body("error.message", containsString("3 per minute"));
        // feedback has a bucket of its own
        given().contentType(ContentType.JSON).body("{\"question\":\"q\",\"vote\":\"up\"}")
                .when().post("/api/feedback").then().statusCode(201);
        assertThat(given().when().get("/q/metrics").then().extract().asString())
                .contains("qa_rate_limited_total{endpoint=\"ask\"");
    }

    @Test
    void anOversizedBodyIs413BeforeAnyWork() {
        given().contentType(ContentType.JSON).body("{\"question\":\"" + "x".repeat(70_000) + "\"}")
                .when().post("/api/feedback").then().statusCode(413).body("error", containsString("limit"));
    }
}
