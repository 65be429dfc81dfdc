package dev.newsqa.slack;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** Without QA_SLACK_SIGNING_SECRET the Slack endpoints do not exist. */
@QuarkusTest
class SlackDisabledTest {

    @Test
    void endpointsAre404WithoutASigningSecret() {
        given().contentType(ContentType.JSON).body("{\"type\":\"url_verification\",\"challenge\":\"x\"}")
                .when().post("/slack/events").then().statusCode(404).body("error", containsString("not configured"));
        given().contentType(ContentType.URLENC).body("text=hi")
                .when().post("/slack/commands").then().statusCode(404);
    }
}
