package dev.newsqa.api;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random request bodies (valid and broken JSON, random Unicode, wrong types, huge values) and random query
 * strings against every public endpoint, from a fixed seed: none may produce a 5xx, and every error is JSON.
 * Then each input of issue #24 that once got through: wrong JSON types and trailing data, questions with no
 * words, a chunked body over the limit, an over-long request target and headers, a non-numeric offset.
 */
@QuarkusTest
class RequestFuzzTest {

    @TestHTTPResource("/")
    URL base;

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

    @Test
    void wrongTypesAndTrailingDataAre400() {
        for (String body : List.of("{\"question\": 123}", "{\"question\": true}", "{\"question\": 1.5}",
                "{\"question\": \"x y\", \"maxCitations\": 3.5}", "{\"question\": \"x y\", \"maxCitations\": \"3\"}",
                "{\"question\": \"x y\", \"maxCitations\": true}", "{\"question\": \"x y\", \"maxCitations\": \"\"}",
                "{\"question\": \"x y\", \"conversationId\": 7}",
                "{\"question\":\"x\"} garbage", "{\"question\":\"x\"} {}", "{\"question\":\"x\"}[1]", "{\"question\":\"x\"}\"s\"")) {
            given().contentType("application/json").body(body).when().post("/api/ask")
                    .then().statusCode(400).body("error", org.hamcrest.Matchers.notNullValue());
        }
        for (String body : List.of("{\"question\": \"q w\", \"vote\": 1}", "{\"question\": \"q w\", \"vote\": \"up\", \"answered\": \"yes\"}",
                "{\"question\": \"q w\", \"vote\": \"up\", \"answered\": 1}", "{\"question\": \"q w\", \"vote\": \"up\", \"sources\": [1]}",
                "{\"question\": \"q w\", \"vote\": \"up\"} x")) {
            given().contentType("application/json").body(body).when().post("/api/feedback")
                    .then().statusCode(400).body("error", org.hamcrest.Matchers.notNullValue());
        }
        given().contentType("application/json").body("{\"question\": \"x y\", \"maxCitations\": \"3\"}")
                .when().post("/api/ask").then().body("error", org.hamcrest.Matchers.equalTo("field 'maxCitations' must be a whole number"));
    }

    @Test
    void aQuestionWithNoWordsIs400AndNeverReachesTheModel() {
        given().queryParam("q", "\u202E").when().get("/api/ask")
                .then().statusCode(400).body("error", org.hamcrest.Matchers.equalTo("the question has no words"));
        for (String escaped : List.of("\\u200b\\u200b", "\\u0301", "\\ud800", "\\udfff\\ud800", "\\u0000", "\\ue000 \\u2060")) {
            given().contentType("application/json").body("{\"question\": \"" + escaped + "\"}").when().post("/api/ask")
                    .then().statusCode(400).body("error", org.hamcrest.Matchers.equalTo("the question has no words"));
        }
        given().contentType("application/json").body("{\"question\": \"\\u200bWho won the 2018 World Cup?\\ud800\"}")
                .when().post("/api/ask").then().statusCode(200)
                .body("question", org.hamcrest.Matchers.equalTo("Who won the 2018 World Cup?"));
    }

    @Test
    void httpLayerRefusalsAreJsonToo() throws IOException {
        StringBuilder chunked = new StringBuilder("POST /api/ask HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        String chunk = "x".repeat(16 * 1024);
        chunked.append(Integer.toHexString(13)).append("\r\n{\"question\":\"\r\n");
        for (int i = 0; i < 96; i++) { // 1.5 MB
            chunked.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        chunked.append("2\r\n\"}\r\n0\r\n\r\n");
        assertJsonError(raw(chunked.toString()), 413);

        assertJsonError(raw("GET /api/ask?q=" + "a".repeat(5000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"), 414);
        assertJsonError(raw("GET /api/ask?q=hello HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(30_000)
                + "\r\n\r\n"), 431);
        assertJsonError(raw("POST /api/feedback HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 70000\r\n\r\n{"), 413);

        given().queryParam("start", "abc").queryParam("end", "10").when()
                .get("/api/documents/003_ba7e15354962486c.txt/context")
                .then().statusCode(400).body("error", org.hamcrest.Matchers.containsString("start must be a whole number"));
    }

    private static void assertJsonError(String response, int status) {
        assertThat(response).as(abbreviate(response)).startsWith("HTTP/1.1 " + status);
        assertThat(response.toLowerCase(java.util.Locale.ROOT)).contains("content-type: application/json");
        assertThat(response.substring(response.indexOf("\r\n\r\n") + 4)).startsWith("{\"error\":\"");
    }

    /** Sends a request as bytes and returns what comes back until the server closes or goes quiet. */
    private String raw(String request) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
            s.setSoTimeout(10_000);
            Thread writer = new Thread(() -> {
                try {
                    OutputStream out = s.getOutputStream();
                    out.write(request.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                } catch (IOException refusedMidway) {
                    // the server answered and closed before the whole request was sent
                }
            });
            writer.start();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    got.write(buffer, 0, n);
                    String text = got.toString(StandardCharsets.UTF_8);
                    int head = text.indexOf("\r\n\r\n");
                    int length = text.toLowerCase().indexOf("content-length: ");
                    if (head > 0 && length > 0 && length < head) {
                        int declared = Integer.parseInt(text.substring(length + 16, text.indexOf("\r\n", length)).strip());
                        if (got.size() >= head + 4 + declared) {
                            break;
                        }
                    }
                }
            } catch (IOException closedOrQuiet) {
                // what arrived is the answer
            }
            return got.toString(StandardCharsets.UTF_8);
        }
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
