package dev.newsqa.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The page's security headers, the default CORS policy, and the rules the page's code keeps. */
@QuarkusTest
class WebAssetsTest {

    @Test
    void chatPageIsServedWithAStrictContentSecurityPolicy() {
        given().when().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("Content-Security-Policy", not(containsString("unsafe-eval")))
                .header("X-Content-Type-Options", "nosniff");
        given().when().get("/widget.js").then().statusCode(200).contentType(containsString("javascript"));
        given().when().get("/chat.css").then().statusCode(200).contentType(containsString("text/css"));
    }

    @Test
    void assetsHaveNoInlineScriptsHandlersOrHtmlInjection() throws IOException {
        String page = asset("index.html");
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE).matcher(page).find())
                .as("no inline <script>").isFalse();
        assertThat(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(page).find())
                .as("no inline event handlers").isFalse();
        assertThat(page).doesNotContain("style=");
        for (String script : new String[] {"chat.js", "widget.js", "page.js"}) {
            assertThat(asset(script)).as(script).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML",
                    "document.write", "eval(", "new Function", "setAttribute('style'", "setAttribute('on");
        }
    }

    @Test
    void theChatIsGivenItsLimitsByTheServiceAndCopiesNone() throws IOException {
        given().when().get("/api/chat-settings").then().statusCode(200)
                .body("maxQuestionChars", org.hamcrest.Matchers.equalTo(1000))
                .body("defaultCitations", org.hamcrest.Matchers.equalTo(3))
                .body("maxCitations", org.hamcrest.Matchers.equalTo(10))
                .body("maxCommentChars", org.hamcrest.Matchers.equalTo(2000));
        String chat = asset("chat.js");
        assertThat(chat).contains("/api/chat-settings");
        assertThat(Pattern.compile("maxLength:\\s*\\d").matcher(chat).find()).as("no limit written into the page").isFalse();
    }

    @Test
    void otherOriginsAreRefusedByDefault() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when().options("/api/ask")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").contentType("application/json")
                .body("{\"question\":\"What was the peak traffic on Singles Day in 2020?\"}")
                .when().post("/api/ask")
                .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
    }

    private static String asset(String name) throws IOException {
        try (InputStream in = WebAssetsTest.class.getResourceAsStream("/META-INF/resources/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
