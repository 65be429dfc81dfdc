package dev.newsqa.app;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese questions are embedded in bge-small-zh's space through a batcher of their own, one model run per core at
 * once, as English ones are through MiniLM's; questions asked at the same time share a run and each still gets its
 * own answer.
 */
@QuarkusTest
class ChineseQuestionsTest {

    /** Seed questions (`questions-zh.json`, with a full-width question mark) the service answers right asked alone. */
    private static final List<List<String>> QUESTIONS = List.of(
            List.of("钉钉服务多少家组织？", "000_70937d80c0a63d2c.txt", "15 million organizations"),
            List.of("网易股票在香港上市首日涨了多少？", "000_70937d80c0a63d2c.txt", "6%"),
            List.of("哪个城市与阿里巴巴签署了云计算协议来提供在线政务服务？", "002_fcdb2d4d14462c35.txt", "Dalian"),
            List.of("阿里云与哪家国有石油天然气巨头达成了合作？", "002_fcdb2d4d14462c35.txt", "Sinopec"),
            List.of("台积电正在评估在哪里建设先进的生产工厂？", "002_fcdb2d4d14462c35.txt", "United Arab Emirates"),
            List.of("阿里云香港宕机影响了哪家加密货币交易所？", "004_22a6a2a67d2693c3.txt", "OKX"));

    @Inject
    ChineseSpace chinese;

    @Test
    void chineseQuestionsHaveARunnerPerCore() {
        assertThat(chinese.on()).isTrue();
        assertThat(chinese.questions()).isNotNull();
        long runners = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("chinese-question-embedding-")).count();
        assertThat(runners).isEqualTo(chinese.model().runsAtOnce()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void questionsAskedAtOnceEachGetTheirOwnAnswer() throws Exception {
        ExecutorService askers = Executors.newFixedThreadPool(QUESTIONS.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<JsonPath>> answers = new ArrayList<>();
            for (List<String> q : QUESTIONS) {
                Callable<JsonPath> ask = () -> {
                    start.await();
                    return given().contentType(ContentType.JSON).body(Map.of("question", q.get(0)))
                            .when().post("/api/ask")
                            .then().statusCode(200).extract().jsonPath();
                };
                answers.add(askers.submit(ask));
            }
            start.countDown();
            for (int i = 0; i < QUESTIONS.size(); i++) {
                JsonPath r = answers.get(i).get();
                List<String> q = QUESTIONS.get(i);
                assertThat(r.getString("question")).isEqualTo(q.get(0));
                assertThat(r.getString("language")).isEqualTo("zh");
                assertThat(r.getBoolean("answered")).as(q.get(0)).isTrue();
                assertThat(r.getString("citations[0].source")).as(q.get(0)).isEqualTo(q.get(1));
                assertThat(r.getString("citations[0].extract")).as(q.get(0)).contains(q.get(2));
            }
        } finally {
            askers.shutdownNow();
        }
    }
}
