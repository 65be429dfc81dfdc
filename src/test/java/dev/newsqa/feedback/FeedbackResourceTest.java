package dev.newsqa.feedback;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class FeedbackResourceTest {

    private static final Path FILE = Path.of("target", "test-feedback", "feedback.jsonl");

    private static double votes(String vote) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(l -> l.startsWith("qa_feedback_votes_total{") && l.contains("vote=\"" + vote + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void aVoteIsAppendedToTheFileAndCounted() throws Exception {
        long before = Files.exists(FILE) ? Files.readAllLines(FILE).size() : 0;
        double downBefore = votes("down");
        given().contentType(ContentType.JSON)
                .body("{\"question\":\"Who founded Zynn?\",\"conversationId\":\"c-1\",\"vote\":\"down\","
                        + "\"answered\":true,\"sources\":[\"004_a.txt\"],\"comment\":\"wrong person <b>\"}")
                .when().post("/api/feedback")
                .then().statusCode(201).body("stored", equalTo(true)).body("id", notNullValue());
        List<String> lines = Files.readAllLines(FILE);
        assertThat(lines).hasSize((int) before + 1);
        assertThat(lines.get(lines.size() - 1)).contains("\"vote\":\"down\"", "\"question\":\"Who founded Zynn?\"",
                "\"conversationId\":\"c-1\"", "\"sources\":[\"004_a.txt\"]", "\"comment\":\"wrong person <b>\"", "\"at\":\"");
        assertThat(votes("down")).isEqualTo(downBefore + 1);
    }

    @Test
    void badFeedbackIs400NamingTheField() {
        given().contentType(ContentType.JSON).body("{\"question\":\"q\",\"vote\":\"sideways\"}")
                .when().post("/api/feedback").then().statusCode(400).body("error", containsString("vote"));
        given().contentType(ContentType.JSON).body("{\"vote\":\"up\"}")
                .when().post("/api/feedback").then().statusCode(400).body("error", containsString("question"));
        given().contentType(ContentType.JSON).body("{\"question\":\"q\",\"vote\":\"up\",\"comment\":\"" + "x".repeat(2001) + "\"}")
                .when().post("/api/feedback").then().statusCode(400).body("error", containsString("comment"));
        given().contentType(ContentType.JSON).body("{\"question\":\"q\",\"vote\":\"up\",\"conversationId\":\"../../etc\"}")
                .when().post("/api/feedback").then().statusCode(400).body("error", containsString("conversationId"));
        given().contentType(ContentType.JSON).body("{\"question\":\"q\",\"vote\":\"up\",\"answred\":true}")
                .when().post("/api/feedback").then().statusCode(400).body("error", containsString("unknown field 'answred'"));
        given().contentType(ContentType.JSON).body("{\"question\":")
                .when().post("/api/feedback").then().statusCode(400);
        given().contentType(ContentType.TEXT).body("up")
                .when().post("/api/feedback").then().statusCode(415);
    }
}
