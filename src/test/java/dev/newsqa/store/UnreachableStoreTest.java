package dev.newsqa.store;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@TestProfile(UnreachableStoreProfile.class)
class UnreachableStoreTest {

    @Test
    void questionsAreAnsweredFromTheReplicasOwnCopy() {
        given().queryParam("q", "What was the peak traffic on Singles Day in 2020?")
                .when().get("/api/ask").then().statusCode(200)
                .body("answered", equalTo(true)).body("citations[0].extract", containsString("583,000"));
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aChangeThatCannotBeSharedIsRefusedAndUndone() {
        String name = "200_unshared.txt";
        given().header("Authorization", "Bearer " + UnreachableStoreProfile.KEY).contentType(ContentType.TEXT)
                .queryParam("name", name).body("Harbour news\n\nThe harbour of Tromso handled 312 cruise ships in 2025.\n")
                .when().post("/api/documents")
                .then().statusCode(503).body("error", containsString("shared store"));
        assertThat(Files.exists(UnreachableStoreProfile.ROOT.resolve("seeds").resolve(name))).isFalse();
        given().when().get("/api/documents").then().body("source", not(hasItem(name)));
        given().header("Authorization", "Bearer " + UnreachableStoreProfile.KEY)
                .when().delete("/api/documents/003_ba7e15354962486c.txt").then().statusCode(503);
        assertThat(Files.exists(UnreachableStoreProfile.ROOT.resolve("seeds").resolve("003_ba7e15354962486c.txt"))).isTrue();
        given().when().get("/api/documents").then().body("source", hasItem("003_ba7e15354962486c.txt"));
    }
}
