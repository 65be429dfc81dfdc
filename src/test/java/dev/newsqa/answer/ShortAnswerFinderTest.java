package dev.newsqa.answer;

import dev.newsqa.ingest.Language;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ShortAnswerFinderTest {

    private final ShortAnswerFinder reliable = new ShortAnswerFinder(ShortAnswerFinder.RELIABLE);
    private final ShortAnswerFinder every = new ShortAnswerFinder(EnumSet.allOf(ShortAnswerFinder.Kind.class));
    /** The service's: Chinese extracts give only dates and amounts, German ones only dates. */
    private final ShortAnswerFinder served = new ShortAnswerFinder(ShortAnswerFinder.SERVED);

    private static Citation cite(String extract, int start) {
        return cite(extract, start, Language.ENGLISH);
    }

    private static Citation citeChinese(String extract, int start) {
        return cite(extract, start, Language.CHINESE);
    }

    private static Citation cite(String extract, int start, Language language) {
        return new Citation(1, "a.txt", "A", extract, start, start + extract.length(), 0.9, language);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "How many users does DingTalk have?|QUANTITY", "Wie viele Entwickler soll es unterstützen?|QUANTITY",
            "When was DingTalk developed?|DATE", "In which year did it open?|DATE", "Wann wurde es gegründet?|DATE",
            "Who takes over as acting president?|PERSON", "Wer ist Präsident?|PERSON",
            "Where is TSMC evaluating a facility?|PLACE", "Which crypto exchange was hit?|NAME",
            // Chinese puts the question word anywhere
            "若游戏中离，则多少分钟内不得进行配对？|QUANTITY", "他获得过几次冠军？|QUANTITY", "这座塔有多高？|QUANTITY",
            "基督教神学院兴建于哪一年？|DATE", "电视剧第一次播出是什么时候？|DATE", "谁是阿里巴巴的CEO？|PERSON",
            "钉钉的总部在哪里？|PLACE", "哪家公司开发了钉钉？|NAME"})
    void theQuestionSaysWhatKindOfThingItAsksFor(String question, ShortAnswerFinder.Kind kind) {
        assertThat(ShortAnswerFinder.kindOf(Query.of(question))).contains(kind);
    }

    @Test
    void aQuestionOfNoKnownKindGetsNone() {
        assertThat(ShortAnswerFinder.kindOf(Query.of("What was the peak traffic on Singles Day in 2020?"))).isEmpty();
        assertThat(ShortAnswerFinder.kindOf(Query.of("Why was Zynn removed?"))).isEmpty();
    }

    @Test
    void theAnswerIsThePhraseOfThatKindTheQuestionDoesNotNameWithOffsetsInTheArticle() {
        String extract = "Developed in 2014, DingTalk is Alibaba's Slack-like enterprise chat platform.";
        Optional<ShortAnswer> found = reliable.find(Query.of("When was DingTalk developed?"), cite(extract, 100));
        assertThat(found).map(ShortAnswer::text).contains("2014");
        assertThat(found.get().start()).isEqualTo(100 + extract.indexOf("2014"));
        assertThat(found.get().end() - found.get().start()).isEqualTo(4);
        String person = "Jeff Zhang is stepping down. Then Daniel Zhang takes over as acting president.";
        assertThat(shortAnswer("Who takes over as acting president of Alibaba Cloud?", person)).contains("Daniel Zhang");
    }

    @Test
    void aNameEndsWithItsSentenceButNotAtAnInitialAndWithoutItsPossessive() {
        String outage = "Just under 2 weeks ago, Alibaba Cloud’s Hong Kong servers suffered a serious outage that shut "
                + "down many services in the region, including major crypto exchange OKX. The system failure lasted up "
                + "to a day for some customers.";
        assertThat(shortAnswer("Which crypto exchange was hit by the Alibaba Cloud outage in Hong Kong?", outage))
                .contains("OKX");
        String hymn = "Luther wrote the hymn in 1523, which is generally known in English by John C. Messenger's "
                + "translation. Its title was changed later.";
        assertThat(shortAnswer("Who translated the hymn into English?", hymn)).contains("John C. Messenger");
    }

    @Test
    void aPluralOrPossessiveOfWhatTheQuestionNamesIsNoAnswer() {
        String record = "Peyton Manning became the first quarterback ever to lead two different teams to multiple "
                + "Super Bowls. He is also the oldest quarterback ever to play in a Super Bowl at age 39.";
        assertThat(shortAnswer("Who is the oldest quarterback to play in a Super Bowl?", record)).contains("Peyton Manning");
    }

    @Test
    void aNameTheQuestionHoldsPartOfIsNoAnswer() {
        String record = "Peyton Manning became the first quarterback ever to lead two different teams to multiple "
                + "Super Bowls. He is also the oldest quarterback ever to play in a Super Bowl at age 39.";
        assertThat(shortAnswer("Prior to Manning, who was the oldest quarterback to play in a Super Bowl?", record))
                .isEmpty();
        String succession = "Jack Ma handed the CEO role of Alibaba Group to Daniel Zhang in 2015.";
        assertThat(shortAnswer("Who was Alibaba's CEO before Daniel Zhang?", succession)).contains("Jack Ma");
        // a count may name what the question counts: "two different teams" for "how many teams"
        assertThat(shortAnswer("How many teams has Manning led to the Super Bowl?", record))
                .contains("two different teams");
    }

    @Test
    void theSameAnswerWrittenTwiceIsOneAnswerButABareNumberTwiceIsTwo() {
        // the served CMRC answer: "4分钟" twice in one sentence had been no clear choice
        assertThat(served.find(Query.of("若游戏中离，则多少分钟内不得进行配对？"),
                citeChinese("若游戏中离，则4分钟内不得进行配对(每次中离+4分钟)。", 0))).map(ShortAnswer::text).contains("4分钟");
        assertThat(shortAnswer("When did the UK sign the agreement?",
                "The UK signed the agreement in 1997. Since 1997 it has applied the rules.")).contains("1997");
        // the same figure of two different things ("a 2-yard run", "a 2-point conversion") is no answer
        assertThat(shortAnswer("How much time was left in the game?",
                "Anderson scored on a 2-yard touchdown run and Manning completed a 2-point conversion.")).isEmpty();
    }

    @Test
    void noAnswerWhenTheChoiceIsNotClear() {
        String two = "Jeff Zhang and Daniel Zhang met.";
        assertThat(shortAnswer("Who met?", two)).isEmpty();
        assertThat(shortAnswer("When was it built?", "It was built long ago.")).isEmpty();
    }

    @Test
    void aGermanExtractGivesDatesButNoNamesForGermanCapitalisesEveryNoun() {
        String nouns = "Mit 39 Jahren ist er der älteste Quarterback, der je spielte.";
        // by capitals alone the noun is taken for a name
        assertThat(reliable.find(Query.of("Wer ist der älteste Quarterback?"), cite(nouns, 0, Language.GERMAN)))
                .map(ShortAnswer::text).contains("Jahren");
        assertThat(served.find(Query.of("Wer ist der älteste Quarterback?"), cite(nouns, 0, Language.GERMAN))).isEmpty();
        assertThat(served.find(Query.of("Wann wurde das Unternehmen gegründet?"),
                cite("Das Unternehmen wurde 1999 in Hangzhou gegründet.", 0, Language.GERMAN)))
                .map(ShortAnswer::text).contains("1999");
    }

    @Test
    void anExtractInAnotherLanguageThanTheQuestionGivesItsDatesButNoNames() {
        // the German question's words cannot tell which of the English extract's names it asks for
        assertThat(served.find(Query.of("Wer übernimmt als amtierender Präsident?"),
                cite("Daniel Zhang takes over as acting president.", 0))).isEmpty();
        assertThat(served.find(Query.of("Who takes over as acting president?"),
                cite("Daniel Zhang takes over as acting president.", 0)))
                .map(ShortAnswer::text).contains("Daniel Zhang");
        assertThat(served.find(Query.of("Wann wurde DingTalk entwickelt?"),
                cite("Developed in 2014, DingTalk is Alibaba's Slack-like enterprise chat platform.", 0)))
                .map(ShortAnswer::text).contains("2014");
    }

    @Test
    void aCountIsTheFigureOfWhatTheQuestionCountsWithTheWordsThatQualifyIt() {
        String dingTalk = "The star product of Alibaba’s business-facing services, DingTalk boasts more than 300 million "
                + "users, 15 million organizational clients, and more than 200,000 developers.";
        assertThat(shortAnswer("How many users does DingTalk have?", dingTalk)).contains("more than 300 million users");
        assertThat(shortAnswer("How many developers does DingTalk have?", dingTalk))
                .contains("more than 200,000 developers");
        // in words, up to the last word counted; a count of something else is none
        String davis = "Davis compiled 5½ sacks, four forced fumbles, and four interceptions.";
        assertThat(shortAnswer("How many forced fumbles did Thomas Davis have?", davis)).contains("four forced fumbles");
        assertThat(shortAnswer("How many touchdowns did Thomas Davis score?", davis)).isEmpty();
        assertThat(shortAnswer("How many extended metropolitan areas are there?",
                "The region is home to two extended metropolitan areas that exceed five million."))
                .contains("two extended metropolitan areas");
        assertThat(shortAnswer("How many times has Polonia won the cup?",
                "They won the championship in 1946, and won the cup twice as well.")).contains("twice");
        assertThat(shortAnswer("How many times has Polonia won the cup?", "Polonia won it in 1946.")).isEmpty();
        // the count after what it counts; a single digit the question does not name is an answer
        assertThat(shortAnswer("How many interceptions did the Panthers defense have?",
                "The Panthers defense led the NFL in interceptions with 24.")).contains("24");
        assertThat(shortAnswer("How many sacks did Kony Ealy have in 2015?",
                "Defensive end Kony Ealy had 5 sacks in just 9 starts.")).contains("5 sacks");
    }

    @Test
    void anAmountIsInFiguresWithWhatItMeasuresIn() {
        assertThat(shortAnswer("How old was Peyton Manning in Super Bowl 50?",
                "He is also the oldest quarterback ever to play in a Super Bowl at age 39.")).contains("39");
        assertThat(shortAnswer("How old is Dina Boluarte?", "Dina Boluarte has led the country for 29 months.")).isEmpty();
        assertThat(shortAnswer("How long did the outage last?",
                "Just under 2 weeks ago, the servers suffered a serious outage.")).isEmpty();
        assertThat(shortAnswer("How large was the region affected by the drought?",
                "The affected region was approximately 1,160,000 square miles of rainforest."))
                .contains("approximately 1,160,000 square miles");
        // a share is a percentage, not the other amount of its sentence
        assertThat(shortAnswer("What share of Alibaba's revenue did Aliyun account for?",
                "Aliyun, with 390 million dollars of sales, accounts for just 1 percent of revenue.")).contains("1 percent");
        // a Chinese question says what it counts in Chinese, which an English extract's words cannot show
        assertThat(shortAnswer("钉钉有多少用户？", "DingTalk boasts more than 300 million users.")).isEmpty();
    }

    /** The short answer the service's English kinds find for {@code question} in {@code extract}, as text. */
    private Optional<String> shortAnswer(String question, String extract) {
        return reliable.find(Query.of(question), cite(extract, 0)).map(ShortAnswer::text);
    }

    @Test
    void aChineseQuestionOfNoKnownKindGetsNoneAndAnEnglishOneNamingAChineseWordIsReadTheEnglishWay() {
        assertThat(ShortAnswerFinder.kindOf(Query.of("游戏的模式有哪些？"))).isEmpty();
        assertThat(ShortAnswerFinder.kindOf(Query.of("Who founded Aliyun (阿里雲)?"))).contains(ShortAnswerFinder.Kind.PERSON);
    }

    @Test
    void aChineseExtractGivesTheDateOfTheSentenceThatSharesTheQuestionWithOffsetsInTheArticle() {
        String extract = "基督教神学院于1889年兴建。它在1950年迁往香港。";
        Optional<ShortAnswer> found = served.find(Query.of("基督教神学院兴建于哪一年？"), citeChinese(extract, 40));
        assertThat(found).map(ShortAnswer::text).contains("1889年");
        assertThat(found.get().start()).isEqualTo(40 + extract.indexOf("1889年"));
        assertThat(served.find(Query.of("神学院的新址启用于哪一年？"), citeChinese("1950年和1951年都有人提过。", 0))).isEmpty();
    }

    @Test
    void aChineseQuantityIsInTheUnitTheQuestionCountsOrMeasuresIn() {
        assertThat(served.find(Query.of("若游戏中离，则多少分钟内不得进行配对？"),
                citeChinese("中离的玩家4分钟内不得进行配对，累计3次将被封号。", 0))).map(ShortAnswer::text).contains("4分钟");
        assertThat(served.find(Query.of("学校的占地面积有多大？"), citeChinese("学校有教职工500人，占地面积300亩。", 0)))
                .map(ShortAnswer::text).contains("300亩");
        assertThat(served.find(Query.of("这部剧有多少集？"), citeChinese("该剧于2007年首播，共52集。", 0)))
                .map(ShortAnswer::text).contains("52集");
        // "第几名" asks for a place, and a place is no amount
        assertThat(served.find(Query.of("他在比赛中获得第几名？"), citeChinese("他在比赛中获得第3名，积6分。", 0)))
                .map(ShortAnswer::text).contains("第3名");
        assertThat(served.find(Query.of("他在比赛中积了多少分？"), citeChinese("他获得第3名。", 0))).isEmpty();
    }

    @Test
    void noPersonPlaceOrNameIsTypedInAChineseExtractAndQuantitiesOnlyWhereGiven() {
        assertThat(every.find(Query.of("谁开发了钉钉？"), citeChinese("钉钉由阿里巴巴开发。", 0))).isEmpty();
        assertThat(new ShortAnswerFinder(ShortAnswerFinder.RELIABLE_IN_GERMAN).find(Query.of("这部剧有多少集？"),
                citeChinese("该剧共52集。", 0))).isEmpty();
        assertThat(served.find(Query.of("这部剧有多少集？"), citeChinese("该剧共52集。", 0))).map(ShortAnswer::text).contains("52集");
    }
}
