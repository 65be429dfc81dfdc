package dev.newsqa.dingtalk;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** Without QA_DINGTALK_APP_SECRET the robot endpoint does not exist. */
@QuarkusTest
class DingTalkDisabledTest {

    @Test
    void robotIs404WithoutAnAppSecret() {
        given().contentType("application/json").header("timestamp", "1").header("sign", "x")
                .body("{\"msgtype\":\"text\",\"text\":{\"content\":\"hi\"}}")
                .when().post("/dingtalk/robot").then().statusCode(404).body("error", containsString("not configured"));
    }
}
