package dev.newsqa.web;

import dev.newsqa.channel.StandInServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** With an origin on the allow-list, that origin (and only it) may call the API from its pages. */
@QuarkusTest
@TestProfile(BrowserProfile.class)
class CorsAllowListTest {

    @Test
    void anAllowedOriginMayAskAndOthersMayNot() {
        String allowed = StandInServer.url();
        given().header("Origin", allowed)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when().options("/api/ask")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(allowed))
                .header("Access-Control-Allow-Methods", containsString("POST"));
        given().header("Origin", allowed).contentType("application/json")
                .body("{\"question\":\"What was the peak traffic on Singles Day in 2020?\"}")
                .when().post("/api/ask")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo(allowed));
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/ask")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").contentType("application/json")
                .body("{\"question\":\"What was the peak traffic on Singles Day in 2020?\"}")
                .when().post("/api/ask")
                .then().statusCode(403).contentType("application/json").body("error", containsString("https://evil.example"))
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
