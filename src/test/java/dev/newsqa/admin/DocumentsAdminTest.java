package dev.newsqa.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@TestProfile(AdminProfile.class)
class DocumentsAdminTest {

    private static final String ARTICLE = """
            Glacier railway opens a new line

            The Nordfjell glacier railway opened its new line on Friday, carrying 7,350 passengers in its first week.
            The line climbs 1,240 metres through eleven tunnels and cost 410 million kroner to build.
            """;

    private static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + AdminProfile.KEY);
    }

    private static Path file(String name) {
        return AdminProfile.ROOT.resolve("seeds").resolve(name);
    }

    @Test
    void anArticleIsAddedReplacedAndRemovedAndStaysOnDisk() throws Exception {
        String name = "100_glacier_railway.txt";
        admin().contentType(ContentType.TEXT).queryParam("name", name).body(ARTICLE.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/documents")
                .then().statusCode(201).body("source", equalTo(name)).body("title", equalTo("Glacier railway opens a new line"));
        assertThat(Files.readString(file(name))).isEqualTo(ARTICLE);
        assertThat(Files.readString(AdminProfile.ROOT.resolve("embeddings").resolve("manifest.json"))).contains(name);
        given().when().get("/api/documents").then().body("source", hasItem(name));
        given().queryParam("q", "How many passengers did the Nordfjell glacier railway carry in its first week?")
                .when().get("/api/ask").then().statusCode(200)
                .body("answered", equalTo(true)).body("citations[0].source", equalTo(name))
                .body("citations[0].extract", containsString("7,350"));

        String replaced = ARTICLE.replace("7,350", "9,120");
        admin().contentType(ContentType.JSON).body(Map.of("text", replaced))
                .when().put("/api/documents/{name}", name).then().statusCode(200).body("source", equalTo(name));
        given().queryParam("q", "How many passengers did the Nordfjell glacier railway carry in its first week?")
                .when().get("/api/ask").then().body("citations[0].extract", containsString("9,120"));

        admin().when().delete("/api/documents/{name}", name).then().statusCode(204);
        assertThat(file(name)).doesNotExist();
        assertThat(Files.readString(AdminProfile.ROOT.resolve("embeddings").resolve("manifest.json"))).doesNotContain(name);
        given().when().get("/api/documents").then().body("source", not(hasItem(name)));
        given().queryParam("q", "How many passengers did the Nordfjell glacier railway carry in its first week?")
                .when().get("/api/ask").then().body("answered", equalTo(false));
        String metrics = given().when().get("/q/metrics").then().extract().asString();
        assertThat(metrics).contains("qa_documents_changes_total{action=\"add\"", "qa_documents_changes_total{action=\"delete\"");
    }

    @Test
    void aChineseArticleIsAnsweredInShortSentencesWithTheDateOrAmountAskedFirst() {
        String name = "103_white_tower.txt";
        String article = """
                白塔重新开放

                位于城市北部山顶的白塔周六重新开放。白塔建于1889年，高63米，是城中最古老的砖塔。修缮工程历时两年，耗资1200万元。
                """;
        admin().contentType(ContentType.JSON).body(Map.of("name", name, "text", article))
                .when().post("/api/documents").then().statusCode(201).body("language", equalTo("zh"));
        try {
            given().queryParam("q", "白塔建于哪一年？").when().get("/api/ask").then().statusCode(200)
                    .body("answered", equalTo(true)).body("citations[0].source", equalTo(name))
                    .body("citations[0].language", equalTo("zh"))
                    .body("shortAnswer.text", equalTo("1889年"))
                    .body("shortAnswer.start", equalTo(article.indexOf("1889年")))
                    .body("shortAnswer.end", equalTo(article.indexOf("1889年") + 5));
            given().queryParam("q", "白塔的修缮工程耗资多少元？").when().get("/api/ask").then().statusCode(200)
                    .body("answered", equalTo(true)).body("shortAnswer.text", equalTo("1200万元"));
        } finally {
            admin().when().delete("/api/documents/{name}", name).then().statusCode(204);
        }
    }

    @Test
    void jsonUploadsWorkToo() {
        admin().contentType(ContentType.JSON).body(Map.of("name", "101_json.txt", "text", ARTICLE))
                .when().post("/api/documents").then().statusCode(201).body("passages", greaterThan(0)).body("language", equalTo("en"));
        admin().contentType(ContentType.JSON).body(Map.of("name", "101_json.txt", "text", ARTICLE))
                .when().post("/api/documents").then().statusCode(409).body("error", containsString("exists"));
        admin().when().delete("/api/documents/101_json.txt").then().statusCode(204);
    }

    @Test
    void withoutTheRightKeyNothingChanges() {
        given().contentType(ContentType.TEXT).queryParam("name", "102_x.txt").body(ARTICLE)
                .when().post("/api/documents").then().statusCode(401).body("error", containsString("Bearer"));
        given().header("Authorization", "Bearer wrong").contentType(ContentType.TEXT).queryParam("name", "102_x.txt").body(ARTICLE)
                .when().post("/api/documents").then().statusCode(401).body("error", containsString("wrong"));
        given().header("Authorization", "Bearer wrong").when().delete("/api/documents/000_70937d80c0a63d2c.txt")
                .then().statusCode(401);
        assertThat(file("102_x.txt")).doesNotExist();
        assertThat(file("000_70937d80c0a63d2c.txt")).exists();
    }

    @Test
    void badNamesContentAndSizesAreRefused() {
        for (String bad : List.of("../escape.txt", ".hidden.txt", "notes.md", "a b.txt", "..txt")) {
            admin().contentType(ContentType.TEXT).queryParam("name", bad).body(ARTICLE)
                    .when().post("/api/documents").then().statusCode(400).body("error", containsString("name"));
        }
        admin().contentType(ContentType.TEXT).body(ARTICLE).when().post("/api/documents")
                .then().statusCode(400).body("error", containsString("name is missing"));
        admin().contentType(ContentType.TEXT).queryParam("name", "103_latin1.txt")
                .body("Caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1))
                .when().post("/api/documents").then().statusCode(400).body("error", containsString("UTF-8"));
        admin().contentType(ContentType.TEXT).queryParam("name", "104_big.txt")
                .body("word ".repeat((int) AdminProfile.MAX_BYTES / 5 + 10))
                .when().post("/api/documents").then().statusCode(413).body("error", containsString("limit"));
        admin().contentType(ContentType.TEXT).queryParam("name", "105_blank.txt").body("   \n  ")
                .when().post("/api/documents").then().statusCode(400).body("error", containsString("blank"));
        admin().contentType(ContentType.TEXT).body(ARTICLE).when().put("/api/documents/106_missing.txt")
                .then().statusCode(404);
        admin().when().delete("/api/documents/106_missing.txt").then().statusCode(404);
        admin().when().delete("/api/documents/..%2Fseeds.txt").then().statusCode(400);
        for (String name : List.of("103_latin1.txt", "104_big.txt", "105_blank.txt", "106_missing.txt")) {
            assertThat(file(name)).doesNotExist();
        }
    }

    @Test
    void questionsDuringReindexingNeverFail() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger asked = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Thread asker = new Thread(() -> {
            while (running.get()) {
                var r = given().queryParam("q", "What was the peak traffic on Singles Day in 2020?").when().get("/api/ask");
                asked.incrementAndGet();
                if (r.statusCode() != 200 || !r.jsonPath().getString("answer").contains("583,000")) {
                    failures.add(r.statusCode() + " " + r.asString());
                }
            }
        });
        asker.start();
        try {
            for (int i = 0; i < 3; i++) {
                String name = "110_round_" + i + ".txt";
                admin().contentType(ContentType.TEXT).queryParam("name", name).body(ARTICLE.replace("7,350", String.valueOf(i)))
                        .when().post("/api/documents").then().statusCode(201);
                admin().when().delete("/api/documents/{name}", name).then().statusCode(204);
            }
        } finally {
            running.set(false);
            asker.join();
        }
        assertThat(asked.get()).isPositive();
        assertThat(failures).isEmpty();
    }
}
