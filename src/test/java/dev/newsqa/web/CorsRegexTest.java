package dev.newsqa.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The README's regular-expression origins: the sites they name may call the API, look-alikes may not, in JSON. */
@QuarkusTest
@TestProfile(CorsRegexProfile.class)
class CorsRegexTest {

    @Test
    void aDotInTheExpressionMatchesOnlyADot() {
        for (String allowed : new String[] {"https://www.trusted.example", "https://api.other.example"}) {
            ask(allowed).then().statusCode(200).header("Access-Control-Allow-Origin", equalTo(allowed));
        }
        for (String refused : new String[] {"https://evilXtrustedYexample", "https://apiXotherYexample",
                "https://www.trusted.example.evil.test", "http://www.trusted.example"}) {
            ask(refused).then().statusCode(403).contentType("application/json")
                    .body("error", containsString("may not call this service"));
        }
    }

    private static io.restassured.response.Response ask(String origin) {
        return given().header("Origin", origin).contentType("application/json")
                .body("{\"question\":\"Who won the 2018 World Cup?\"}").when().post("/api/ask");
    }
}
