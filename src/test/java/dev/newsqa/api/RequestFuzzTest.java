package dev.newsqa.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random request bodies (valid and broken JSON, random Unicode, wrong types, huge values) and random query
 * strings against every public endpoint, from a fixed seed: none may produce a 5xx, and every error is JSON.
 */
@QuarkusTest
class RequestFuzzTest {

    private static final long SEED = 20261122L;
    private static final String[] FIELDS = {"question", "maxCitations", "conversationId", "vote", "comment", "sources",
            "answered", "q", "", "__proto__"};

    @Test
    void noInputProducesA5xx() {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            String body = randomBody(random);
            for (String path : new String[] {"/api/ask", "/api/feedback"}) {
                Response r = given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8))
                        .when().post(path);
                check(r, path + " " + abbreviate(body), failures);
            }
            Response g = given().queryParam("q", randomText(random, random.nextInt(40)))
                    .queryParam("maxCitations", randomScalar(random)).when().get("/api/ask");
            check(g, "GET /api/ask", failures);
        }
        byte[] garbage = new byte[4096];
        random.nextBytes(garbage);
        check(given().contentType("application/json").body(garbage).when().post("/api/ask"), "binary body", failures);
        assertThat(failures).isEmpty();
    }

    private static void check(Response r, String what, List<String> failures) {
        if (r.statusCode() >= 500) {
            failures.add(r.statusCode() + " for " + what + ": " + r.asString());
        } else if (r.statusCode() >= 400 && !r.asString().startsWith("{\"error\"")) {
            failures.add("non-JSON error " + r.statusCode() + " for " + what + ": " + r.asString());
        }
    }

    private static String randomBody(Random random) {
        switch (random.nextInt(6)) {
            case 0:
                return randomText(random, random.nextInt(200));
            case 1:
                return "{\"question\": " + randomScalar(random) + "}";
            case 2: {
                StringBuilder b = new StringBuilder("{");
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    b.append(i == 0 ? "" : ",").append('"').append(FIELDS[random.nextInt(FIELDS.length)]).append("\":")
                            .append(randomScalar(random));
                }
                return b.append(random.nextInt(10) == 0 ? "" : "}").toString();
            }
            case 3:
                return "{\"question\":\"" + "é漢😀".repeat(random.nextInt(600)) + "\",\"vote\":\"up\"}";
            case 4:
                return "[" + randomScalar(random) + "]";
            default:
                return "{\"question\":\"" + jsonEscape(randomText(random, 1 + random.nextInt(80))) + "\",\"maxCitations\":"
                        + randomScalar(random) + ",\"conversationId\":" + randomScalar(random) + ",\"vote\":" + randomScalar(random) + "}";
        }
    }

    private static String randomScalar(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> String.valueOf(random.nextInt());
            case 1 -> String.valueOf(random.nextLong()) + "000000000000";
            case 2 -> "null";
            case 3 -> "true";
            case 4 -> "\"" + jsonEscape(randomText(random, random.nextInt(30))) + "\"";
            case 5 -> "[1,2,{\"a\":[]}]";
            case 6 -> "{\"nested\":" + random.nextDouble() + "}";
            case 7 -> "1e309";
            default -> "\"" + "x".repeat(random.nextInt(3000)) + "\"";
        };
    }

    private static String randomText(Random random, int length) {
        StringBuilder b = new StringBuilder();
        while (b.length() < length) {
            int cp = switch (random.nextInt(4)) {
                case 0 -> 32 + random.nextInt(95);
                case 1 -> random.nextInt(32);
                case 2 -> 0x4E00 + random.nextInt(0x5000);
                default -> 0x1F600 + random.nextInt(80);
            };
            b.appendCodePoint(cp);
        }
        return b.toString();
    }

    private static String jsonEscape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 32) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
