package dev.newsqa.slack;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** With QA_SLACK_APP_TOKEN set, the service connects at start-up by itself and answers over the connection. */
@QuarkusTest
@QuarkusTestResource(value = SlackSocketModeResource.class, restrictToAnnotatedClass = true)
class SlackSocketModeConfiguredTest {

    SlackSocketStandIn slack;

    @Test
    void theServiceConnectsAtStartUpAndAnswersAMention() throws Exception {
        slack.awaitConnection();
        assertThat(slack.appTokens()).containsExactly("Bearer " + SlackSocketModeResource.APP_TOKEN);
        slack.send(SlackSocketModeTest.mentionEnvelope("env-cfg", "EvCfg", 0,
                "<@U0BOT> What was the peak traffic on Singles Day in 2020?", "1700000000.000500"));
        slack.awaitAck("env-cfg");
        var post = slack.awaitPost();
        assertThat(post.get("authorization")).isEqualTo("Bearer " + SlackSocketModeResource.BOT_TOKEN);
        assertThat(URLDecoder.decode(post.get("body"), StandardCharsets.UTF_8)).contains("583,000")
                .contains("thread_ts=1700000000.000500");
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics.lines().filter(l -> l.startsWith("qa_questions_seconds_count{channel=\"slack\",")).toList())
                .isNotEmpty();
    }
}
