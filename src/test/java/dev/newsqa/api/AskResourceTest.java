package dev.newsqa.api;

import dev.newsqa.answer.FixedTexts;
import dev.newsqa.ingest.Language;
import dev.newsqa.ingest.SeedFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** The public /api/ask contract, over HTTP, with the real model and the shipped seeds. */
@QuarkusTest
class AskResourceTest {

    private static JsonPath ask(Object body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/ask")
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "What was the peak traffic on Singles Day in 2020?|003_ba7e15354962486c.txt|583,000 transactions/second",
            "Which city signed a cloud computing deal with Alibaba?|002_fcdb2d4d14462c35.txt|Dalian",
            "How many engineers will Alibaba Cloud hire this financial year?|000_70937d80c0a63d2c.txt|5,000 engineers",
            "Which crypto exchange was hit by the Alibaba Cloud outage in Hong Kong?|004_22a6a2a67d2693c3.txt|OKX",
            "Wie hoch ist die Anfangsfinanzierung von Project AsiaForward?|001_02336ac0136e81df.txt|1 Milliarde US-Dollar",
            // answered in an English article; the German one shares its words and, before the German-English axis
            // was taken off its cosines (index.LanguageAxis), was cited first (at 0.31, refused)
            "Welcher Direktor von Aliyun kümmert sich um die Zusammenarbeit mit Behörden?|002_fcdb2d4d14462c35.txt|Cheng Jing"})
    void answersFromTheRightArticleWithAShortExtract(String question, String source, String answer) {
        JsonPath r = ask(Map.of("question", question));
        assertThat(r.getBoolean("answered")).isTrue();
        assertThat(r.getString("citations[0].source")).isEqualTo(source);
        assertThat(r.getString("citations[0].extract")).contains(answer).hasSizeLessThanOrEqualTo(400);
        assertThat(r.getString("answer")).contains(answer).contains("[1]");
        assertThat(r.getString("citations[0].title")).isNotBlank();
        assertThat(r.getDouble("confidence")).isBetween(0.5, 1.0);
        assertThat(r.getString("conversationId")).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Who won the 2018 World Cup?", "How do I bake bread?", "What is the capital of Australia?",
        "How much profit did Tencent make from games last year?"}) // the articles name Tencent and gaming, not its profit
    void offTopicQuestionsAreNotAnswered(String question) {
        given().contentType(ContentType.JSON).body(Map.of("question", question))
                .when().post("/api/ask")
                .then().statusCode(200)
                .body("answered", equalTo(false))
                .body("citations", empty())
                .body("answer", containsString("do not answer"));
    }

    @Test
    void offsetsPointAtTheExtractInTheOriginalFile() {
        JsonPath r = ask(Map.of("question", "Who is the chairman for Greater China at APCO Worldwide?", "maxCitations", 5));
        List<Map<String, Object>> citations = r.getList("citations");
        assertThat(citations).isNotEmpty();
        for (Map<String, Object> c : citations) {
            String file = SeedFiles.text((String) c.get("source"));
            assertThat(file.substring((Integer) c.get("start"), (Integer) c.get("end"))).isEqualTo(c.get("extract"));
        }
    }

    @Test
    void citationsAreRankedNumberedAndWithinTheRequestedCount() {
        JsonPath r = ask(Map.of("question", "How many users does DingTalk have?", "maxCitations", 2));
        List<Float> scores = r.getList("citations.score", Float.class);
        assertThat(scores).hasSizeBetween(1, 2).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(r.getList("citations.id", Integer.class)).isEqualTo(List.of(1, 2).subList(0, scores.size()));
        List<String> extracts = r.getList("citations.extract");
        assertThat(extracts).doesNotHaveDuplicates();
    }

    @Test
    void getWithQueryParameterAnswersToo() {
        given().queryParam("q", "Why was Zynn removed from Google Play?").queryParam("maxCitations", 1)
                .when().get("/api/ask")
                .then().statusCode(200)
                .body("answered", equalTo(true))
                .body("citations", hasSize(1))
                .body("citations[0].extract", containsString("plagiarism"));
    }

    @Test
    void followUpUsesThePreviousTurn() {
        JsonPath first = ask(Map.of("question", "What was the peak traffic on Singles Day in 2020?"));
        String conversation = first.getString("conversationId");
        JsonPath followUp = ask(Map.of("question", "And in 2019?", "conversationId", conversation));
        assertThat(followUp.getString("conversationId")).isEqualTo(conversation);
        assertThat(followUp.getBoolean("answered")).isTrue();
        assertThat(followUp.getString("citations[0].source")).isEqualTo(first.getString("citations[0].source"));
        assertThat(followUp.getString("citations[0].extract")).contains("544,000");
        assertThat(followUp.getString("readWith")).isEqualTo("What was the peak traffic on Singles Day in 2020?");
        assertThat(first.getString("readWith")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Who is the CEO of Microsoft?", "What is the capital of France?",
        "How many users does DingTalk have?", "Wie hoch war die Rekordstrafe der chinesischen Kartellbehörden?"})
    void aQuestionThatStandsOnItsOwnIsAnsweredAsIfAskedAloneWhateverCameBefore(String question) {
        JsonPath alone = ask(Map.of("question", question));
        String conversation = ask(Map.of("question", "What was the peak traffic on Singles Day in 2020?"))
                .getString("conversationId");
        JsonPath after = ask(Map.of("question", question, "conversationId", conversation));
        assertThat(after.getBoolean("answered")).isEqualTo(alone.getBoolean("answered"));
        assertThat(after.getDouble("confidence")).isEqualTo(alone.getDouble("confidence"));
        assertThat(after.getList("citations")).isEqualTo(alone.getList("citations"));
        assertThat(after.getString("answer")).isEqualTo(alone.getString("answer"));
        assertThat(after.getString("readWith")).isNull();
    }

    @Test
    void theArticlesAnswerAboutDingTalkUsersEvenAfterSinglesDay() {
        String conversation = ask(Map.of("question", "What was the peak traffic on Singles Day in 2020?"))
                .getString("conversationId");
        JsonPath users = ask(Map.of("question", "How many users does DingTalk have?", "conversationId", conversation));
        assertThat(users.getString("citations[0].extract")).contains("300 million");
        assertThat(users.getString("answer")).doesNotContain("583,000");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "What is the approval rating of Peruvian President Dina Boluarte?|How long has she been in power?|29 months",
            "Wie hoch ist die Anfangsfinanzierung von Project AsiaForward?|Und über welchen Zeitraum?|drei Jahren",
            "What was the peak traffic on Singles Day in 2020?|那2019年呢？|544,000",
            "Where does NetEase rank among the world's gaming companies?|Who's ahead of it?|after Tencent",
            "Is NetEase's Hong Kong share offering a primary or a secondary listing?|Why now?|fraying ties",
            "Wo sieht Alibaba Cloud eine starke Nachfrage nach Cloud-nativen Technologien?|Wer hat das gesagt?|Jeff Zhang",
            "What is the 200 billion yuan that Alibaba committed in April meant to pay for?|Over what period?|subsequent three years",
            // "ones" stands for what was named before; a Chinese pronoun that opens the question has nothing before it
            // in the question to stand for (both were refused or answered alone before)
            "Did Alibaba sign cloud deals with Chinese cities?|Which ones?|Hainan",
            "Who is the president of Peru?|她有多少项调查？|a dozen probes"})
    void followUpsThatLeanOnThePreviousTurnAreReadWithIt(String first, String followUp, String expected) {
        String conversation = ask(Map.of("question", first)).getString("conversationId");
        JsonPath r = ask(Map.of("question", followUp, "conversationId", conversation));
        assertThat(r.getBoolean("answered")).isTrue();
        assertThat(r.getString("citations[0].extract")).contains(expected);
        assertThat(r.getString("readWith")).isEqualTo(first);
    }

    @Test
    void aFollowUpThatCitesTheSameExtractAloneGetsTheAnswerItGetsAlone() {
        // "it" leans on the previous turn, but the question alone already cites the sentence the contextual reading
        // puts first: the previous turn changed nothing, so the answer says nothing about it and is the one given alone
        JsonPath alone = ask(Map.of("question", "Whose rival is it?"));
        String conversation = ask(Map.of("question", "Which company developed Zynn?")).getString("conversationId");
        JsonPath r = ask(Map.of("question", "Whose rival is it?", "conversationId", conversation));
        assertThat(r.getString("citations[0].extract")).contains("TikTok rival");
        assertThat(r.getString("readWith")).isNull();
        assertThat(r.getDouble("confidence")).isEqualTo(alone.getDouble("confidence"));
        assertThat(r.getList("citations.extract")).isEqualTo(alone.getList("citations.extract"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"How many users does DingTalk have?|And in 2015?",
            "What was Singles Day peak traffic in 2019?|那2018年呢？"})
    void aFollowUpNamingAYearTheArticlesDoNotCoverIsNotAnsweredFromThePreviousTopic(String first, String followUp) {
        String conversation = ask(Map.of("question", first)).getString("conversationId");
        JsonPath r = ask(Map.of("question", followUp, "conversationId", conversation));
        assertThat(r.getBoolean("answered")).isFalse();
        assertThat(r.getList("citations")).isEmpty();
        // a fragment is only ever read with the previous question, and the refusal says so
        assertThat(r.getString("readWith")).isEqualTo(first);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Which UAE investment vehicle has TSMC held multiple meetings with?|How much money does it manage?",
            "Wer ist laut Bloomberg Präsident von Alibaba Cloud Intelligence?|Wie alt ist er?",
            "Which Nasdaq-listed content aggregator has used the same pay-to-use tactic as Zynn to grow?|When did it go public?",
            "How big is the data facility China is building in Tibet?|When is it due to be completed?"})
    void aFollowUpAskingForATimeOrAnAmountNoExtractMentionsIsNotAnsweredFromThePreviousTopic(String first,
                                                                                           String followUp) {
        String conversation = ask(Map.of("question", first)).getString("conversationId");
        JsonPath r = ask(Map.of("question", followUp, "conversationId", conversation));
        assertThat(r.getBoolean("answered")).isFalse();
        assertThat(r.getString("readWith")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"那呢？", "And?", "Und?", "What about it?", "和呢"})
    void aFollowUpWithNothingOfItsOwnIsStillAnswered(String followUp) {
        String conversation = ask(Map.of("question", "What was the peak traffic on Singles Day in 2020?"))
                .getString("conversationId");
        ask(Map.of("question", followUp, "conversationId", conversation));
    }

    @Test
    void aShortAnswerComesFirstWhenTheServiceCanTellItWithItsOwnOffsets() throws Exception {
        JsonPath r = ask(Map.of("question", "When was DingTalk developed?"));
        assertThat(r.getString("shortAnswer.text")).isEqualTo("2014");
        String source = r.getString("shortAnswer.source");
        assertThat(source).isEqualTo(r.getString("citations[0].source"));
        String file = java.nio.file.Files.readString(java.nio.file.Path.of("seeds", source));
        assertThat(file.substring(r.getInt("shortAnswer.start"), r.getInt("shortAnswer.end"))).isEqualTo("2014");
        assertThat(r.getInt("shortAnswer.start")).isBetween(r.getInt("citations[0].start"), r.getInt("citations[0].end"));
        // nothing for a question of no known kind
        assertThat(ask(Map.of("question", "Why was Zynn removed from Google Play?")).getString("shortAnswer")).isNull();
    }

    @Test
    void theShortAnswerIsTheNameTheQuestionDoesNotAlreadyGive() throws Exception {
        // the extract names "Alibaba Cloud’s Hong Kong" servers and the exchange "OKX", which ends its sentence
        JsonPath r = ask(Map.of("question", "Which crypto exchange was hit by the Alibaba Cloud outage in Hong Kong?"));
        assertThat(r.getString("shortAnswer.text")).isEqualTo("OKX");
        String file = java.nio.file.Files.readString(java.nio.file.Path.of("seeds", r.getString("shortAnswer.source")));
        assertThat(file.substring(r.getInt("shortAnswer.start"), r.getInt("shortAnswer.end"))).isEqualTo("OKX");
    }

    @Test
    void theShortAnswerToHowManyIsTheCountOfWhatTheQuestionCounts() throws Exception {
        // the extract counts users, organisational clients and developers
        JsonPath r = ask(Map.of("question", "How many developers does DingTalk have?"));
        assertThat(r.getString("shortAnswer.text")).isEqualTo("more than 200,000 developers");
        String file = java.nio.file.Files.readString(java.nio.file.Path.of("seeds", r.getString("shortAnswer.source")));
        assertThat(file.substring(r.getInt("shortAnswer.start"), r.getInt("shortAnswer.end")))
                .isEqualTo("more than 200,000 developers");
    }

    @Test
    void aFollowUpChainKeepsItsTopic() {
        String conversation = ask(Map.of("question", "What was Singles Day peak traffic in 2019?")).getString("conversationId");
        ask(Map.of("question", "What about 2020?", "conversationId", conversation));
        JsonPath again = ask(Map.of("question", "And in 2019?", "conversationId", conversation));
        assertThat(again.getString("readWith")).isEqualTo("What was Singles Day peak traffic in 2019?");
        assertThat(again.getString("citations[0].extract")).contains("544,000");
    }

    @Test
    void aFollowUpRefusedAloneAndWithThePreviousQuestionDoesNotBecomeTheTopic() {
        // "Wie alt ist sie?" finds nothing alone or with the question about Peru's president; the next follow-up was
        // read with it, whose "sie" stands for nothing, instead of with the question it leans on
        String first = "Wer ist die Präsidentin von Peru?";
        String conversation = ask(Map.of("question", first)).getString("conversationId");
        JsonPath second = ask(Map.of("question", "Wie alt ist sie?", "conversationId", conversation));
        assertThat(second.getBoolean("answered")).isFalse();
        assertThat(second.getString("readWith")).isNull();
        JsonPath third = ask(Map.of("question", "Und wie hoch ist ihre Zustimmung?", "conversationId", conversation));
        assertThat(third.getString("readWith")).isEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Who is the president of Peru?", "Who is the Peruvian president?"})
    void aCountryAndItsDemonymFindTheSameAnswer(String question) {
        // "Peru" was refused at 0.135: the article says "Peruvian President Dina Boluarte"
        JsonPath r = ask(Map.of("question", question));
        assertThat(r.getBoolean("answered")).isTrue();
        assertThat(r.getString("citations[0].extract")).contains("Peruvian President Dina Boluarte");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"And in 2019?|ENGLISH", "Und 2019?|GERMAN", "那2019年呢？|CHINESE", "Why?|ENGLISH",
            "Which ones?|ENGLISH", "它在哪里？|CHINESE"})
    void aFragmentWithNoEarlierQuestionAsksForTheWholeQuestion(String fragment, Language language) {
        // alone, "And in 2019?" was answered at 0.738 from an unrelated sentence that mentions 2019, "Which ones?" at
        // 0.708 from one about "one grievance"
        JsonPath alone = ask(Map.of("question", fragment));
        assertThat(alone.getBoolean("answered")).isFalse();
        assertThat(alone.getString("answer")).isEqualTo(FixedTexts.of(language).noEarlierQuestion());
        assertThat(alone.getList("citations")).isEmpty();
        assertThat(alone.getDouble("confidence")).isZero();
        // nothing is remembered from it: the next fragment still has nothing to be read with
        JsonPath next = ask(Map.of("question", "And in 2018?", "conversationId", alone.getString("conversationId")));
        assertThat(next.getString("answer")).isEqualTo(FixedTexts.ENGLISH.noEarlierQuestion());
        assertThat(next.getString("readWith")).isNull();
    }

    @Test
    void aFragmentThePreviousTopicDoesNotAnswerIsRefusedAndTheTopicKept() {
        String conversation = ask(Map.of("question", "How many users does DingTalk have?")).getString("conversationId");
        // read with the previous question no extract holds 2019 and DingTalk's users; alone it was answered at 0.738
        // from "Middleware (2015) and Cloud Native (2019) …"
        JsonPath fragment = ask(Map.of("question", "And in 2019?", "conversationId", conversation));
        assertThat(fragment.getBoolean("answered")).isFalse();
        assertThat(fragment.getString("answer")).isEqualTo(FixedTexts.ENGLISH.notFound());
        assertThat(fragment.getList("citations")).isEmpty();
        // the refusal says what it is about: 2019 of the previous question
        assertThat(fragment.getString("readWith")).isEqualTo("How many users does DingTalk have?");
        // after a question the articles do not answer, the fragment read with it is refused, and so it stays
        String france = ask(Map.of("question", "What is the capital of France?")).getString("conversationId");
        JsonPath afterRefusal = ask(Map.of("question", "And in 2019?", "conversationId", france));
        assertThat(afterRefusal.getBoolean("answered")).isFalse();
        assertThat(afterRefusal.getString("answer")).isEqualTo(FixedTexts.ENGLISH.notFound());
        assertThat(afterRefusal.getString("readWith")).isEqualTo("What is the capital of France?");
        String singlesDay = ask(Map.of("question", "What was Singles Day peak traffic in 2019?")).getString("conversationId");
        JsonPath earlier = ask(Map.of("question", "And in 2018?", "conversationId", singlesDay));
        assertThat(earlier.getBoolean("answered")).isFalse();
        assertThat(earlier.getString("answer")).isEqualTo(FixedTexts.ENGLISH.notFound());
        JsonPath later = ask(Map.of("question", "What about 2020?", "conversationId", singlesDay));
        assertThat(later.getString("readWith")).isEqualTo("What was Singles Day peak traffic in 2019?");
        assertThat(later.getString("citations[0].extract")).contains("583,000");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{}|question is missing",
            "{\"question\": \"  \"}|question is missing",
            "{\"question\": \"x\", \"maxCitations\": 0}|maxCitations must be between 1 and 10",
            "{\"question\": \"x\", \"maxCitations\": 11}|maxCitations must be between 1 and 10",
            "{\"question\": \"x\", \"maxCitations\": \"three\"}|maxCitations",
            "{\"question\": \"x\", \"conversationId\": \"a b\"}|conversationId",
            "{\"question\": |not valid JSON",
            "[1, 2]|must be a JSON object",
            "{\"question\": \"x\", \"conversation\": \"abc\"}|unknown field 'conversation'; the fields are conversationId, maxCitations, question",
            "{\"q\": \"And in 2019?\"}|unknown field 'q'"})
    void badRequestsAre400WithAReason(String body, String reason) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/ask")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("error", containsString(reason))
                .body(not(containsString("Exception")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "de", "en"})
    void theLongestQuestionsAreAnsweredInEveryLanguageAndAsFollowUps(String language) {
        // as many different words as the longest question holds: each language's analysis makes terms of them all,
        // more than Lucene takes in one query, and a follow-up is read together with the question before it
        java.util.Random random = new java.util.Random(language.hashCode());
        StringBuilder question = new StringBuilder(switch (language) {
            case "zh" -> "阿里云的收入";
            case "de" -> "Wie hoch ist die Anfangsfinanzierung";
            default -> "How many engineers will Alibaba Cloud hire";
        });
        while (question.length() < 975) {
            if (language.equals("zh")) {
                question.append((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00)));
            } else {
                question.append(' ');
                for (int i = 6 + random.nextInt(10); i > 0; i--) {
                    question.append((char) ('a' + random.nextInt(26)));
                }
            }
        }
        question.append(switch (language) {
            case "zh" -> "呢？";
            case "de" -> " und?";
            default -> " and?";
        });
        String conversation = "long-" + language;
        ask(Map.of("question", question.toString(), "conversationId", conversation));
        JsonPath followUp = ask(Map.of("question", question.toString(), "conversationId", conversation));
        assertThat(followUp.getString("language")).isEqualTo(language);
    }

    @Test
    void overlongQuestionIs400() {
        given().contentType(ContentType.JSON).body(Map.of("question", "a".repeat(1001)))
                .when().post("/api/ask")
                .then().statusCode(400).body("error", containsString("limit is 1000"));
    }

    @Test
    void emptyBodyIs400() {
        given().contentType(ContentType.JSON).when().post("/api/ask")
                .then().statusCode(400).body("error", containsString("body is missing"));
    }

    @Test
    void wrongContentTypeIs415() {
        given().contentType(ContentType.TEXT).body("What is DingTalk?")
                .when().post("/api/ask")
                .then().statusCode(415).contentType(ContentType.JSON).body("error", containsString("application/json"));
    }

    @Test
    void badQueryParametersAre400() {
        given().queryParam("q", "x").queryParam("maxCitations", "many").when().get("/api/ask")
                .then().statusCode(400).body("error", containsString("maxCitations"));
        given().when().get("/api/ask").then().statusCode(400).body("error", containsString("question is missing"));
    }

    @Test
    void documentsAreListed() {
        given().when().get("/api/documents")
                .then().statusCode(200)
                .body("size()", equalTo(5))
                .body("find { it.source == '000_70937d80c0a63d2c.txt' }.title",
                        equalTo("China Roundup: Alibaba to add 5,000 staff to cloud unit"))
                .body("find { it.source == '001_02336ac0136e81df.txt' }.language", equalTo("de"))
                .body("passages", not(empty()))
                .body("characters[0]", notNullValue());
    }

    @Test
    void aCitationExpandsToItsSurroundingPassage() throws Exception {
        var citation = given().queryParam("q", "What was the peak traffic on Singles Day in 2020?").when().get("/api/ask")
                .then().statusCode(200).extract().jsonPath();
        String source = citation.getString("citations[0].source");
        int start = citation.getInt("citations[0].start");
        int end = citation.getInt("citations[0].end");
        String file = java.nio.file.Files.readString(java.nio.file.Path.of("seeds", source));
        var context = given().queryParam("start", start).queryParam("end", end)
                .when().get("/api/documents/{source}/context", source)
                .then().statusCode(200).extract().jsonPath();
        int from = context.getInt("start");
        int to = context.getInt("end");
        org.assertj.core.api.Assertions.assertThat(from).isLessThanOrEqualTo(start);
        org.assertj.core.api.Assertions.assertThat(to).isGreaterThanOrEqualTo(end);
        org.assertj.core.api.Assertions.assertThat(context.getString("text")).isEqualTo(file.substring(from, to))
                .contains(citation.getString("citations[0].extract"));

        given().queryParam("start", 0).queryParam("end", 10).when().get("/api/documents/{source}/context", "nope.txt")
                .then().statusCode(404).body("error", containsString("nope.txt"));
        given().queryParam("start", 10).queryParam("end", 5).when().get("/api/documents/{source}/context", source)
                .then().statusCode(400).body("error", containsString("start and end"));
        given().when().get("/api/documents/{source}/context", source)
                .then().statusCode(400).body("error", containsString("required"));
    }

    @Test
    void questionsAreCountedByChannelAndOutcomeWithALatencyHistogram() {
        String conversation = given().header("X-QA-Channel", "web")
                .queryParam("q", "What was the peak traffic on Singles Day in 2020?")
                .when().get("/api/ask").then().statusCode(200).extract().path("conversationId");
        given().header("X-QA-Channel", "web").queryParam("q", "And in 2019?").queryParam("conversationId", conversation)
                .when().get("/api/ask").then().statusCode(200);
        given().queryParam("q", "How do I bake bread?").when().get("/api/ask").then().statusCode(200);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(metrics)
                .contains("qa_questions_seconds_count{channel=\"web\",context=\"none\",outcome=\"answered\"}")
                .contains("qa_questions_seconds_count{channel=\"web\",context=\"previous-turn\",outcome=\"answered\"}")
                .contains("qa_questions_seconds_count{channel=\"api\",context=\"none\",outcome=\"refused\"}")
                .contains("qa_questions_seconds_bucket{channel=\"web\",context=\"none\",outcome=\"answered\",le=");
    }

    @Test
    void readyOnceTheIndexIsLoadedAndOpenApiIsPublished() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP")).body("checks[0].data.articles", equalTo(5));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/ask"));
    }

    @Test
    void unknownPathsAnswerInJson() {
        given().when().get("/api/nothing-here").then().statusCode(404).body("error", notNullValue());
        given().when().delete("/api/ask").then().statusCode(405).body("error", notNullValue());
        given().contentType(ContentType.JSON).body(Map.of("question", "x")).when().post("/api/documents")
                .then().statusCode(lessThanOrEqualTo(405)).body("error", notNullValue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Wer hat die Fußball-Weltmeisterschaft 2018 gewonnen?|de|Die Artikel beantworten diese Frage nicht.",
            "谁赢得了2018年世界杯？|zh|文章中没有这个问题的答案。",
            "Who won the 2018 World Cup?|en|The articles do not answer this question.",
            // a language the service does not analyse is answered on the English path
            "Кто выиграл чемпионат мира 2018 года?|en|The articles do not answer this question."})
    void aQuestionTheArticlesDoNotAnswerIsToldSoInItsOwnLanguage(String question, String language, String notFound) {
        JsonPath r = ask(Map.of("question", question));
        assertThat(r.getBoolean("answered")).isFalse();
        assertThat(r.getString("language")).isEqualTo(language);
        assertThat(r.getString("answer")).isEqualTo(notFound);
        assertThat(r.getList("citations")).isEmpty();
    }

    @Test
    void everyCitationSaysItsExtractsLanguageWhichNeedNotBeTheQuestions() {
        JsonPath german = ask(Map.of("question", "Wie hoch ist die Anfangsfinanzierung von Project AsiaForward?"));
        assertThat(german.getString("language")).isEqualTo("de");
        assertThat(german.getString("citations[0].source")).isEqualTo(SeedFiles.GERMAN);
        assertThat(german.getString("citations[0].language")).isEqualTo("de");

        JsonPath english = ask(Map.of("question", "What was the peak traffic on Singles Day in 2020?", "maxCitations", 5));
        assertThat(english.getString("language")).isEqualTo("en");
        assertThat(english.getList("citations.language", String.class)).isNotEmpty().containsOnly("en");

        // the German article answers an English question: the answer's own words are English, the extract German
        JsonPath across = ask(Map.of("question", "What is the initial funding of Project AsiaForward?"));
        assertThat(across.getString("language")).isEqualTo("en");
        assertThat(across.getString("citations[0].source")).isEqualTo(SeedFiles.GERMAN);
        assertThat(across.getString("citations[0].language")).isEqualTo("de");
    }

    @Test
    void aFollowUpsLanguageIsItsOwnNotThatOfTheQuestionItIsReadWith() {
        String conversation = ask(Map.of("question", "What was the peak traffic on Singles Day in 2020?"))
                .getString("conversationId");
        JsonPath followUp = ask(Map.of("question", "Und 2019?", "conversationId", conversation));
        assertThat(followUp.getString("readWith")).isEqualTo("What was the peak traffic on Singles Day in 2020?");
        assertThat(followUp.getString("language")).isEqualTo("de");
        assertThat(followUp.getString("citations[0].language")).isEqualTo("en");
        assertThat(ask(Map.of("question", "DingTalk有多少用户？")).getString("language")).isEqualTo("zh");
    }
}
