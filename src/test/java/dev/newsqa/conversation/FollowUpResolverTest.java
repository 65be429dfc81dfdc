package dev.newsqa.conversation;

import dev.newsqa.conversation.FollowUpResolver.Cue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FollowUpResolverTest {

    private final FollowUpResolver resolver = new FollowUpResolver();

    @ParameterizedTest
    @ValueSource(strings = {"And in 2019?", "What about DingTalk?", "Und 2019?", "Und was ist mit Alibaba?", "那2019年呢？",
            "阿里巴巴呢?", "In 2019?", "2019?", "How about Tencent?", "Aber im Jahr davor?", "When?", "Warum?", "Why exactly?", "为什么？", "Why now?", "Who else?", "Warum jetzt?",
            "Over what period?", "In which sectors, for example?", "Since when?", "Seit wann?", "Über welchen Zeitraum?",
            "In welchem Jahr?"})
    void ellipsesContinueThePreviousQuestion(String question) {
        assertEquals(Cue.ELLIPSIS, resolver.cue(question));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Who announced it?", "What did he say about the cloud?", "How old is she?",
            "Why did that happen?", "Who said this?", "Wer hat es angekündigt?", "Wie alt ist er?", "他是谁？",
            "该公司有多少员工？", "When did they launch their service?", "What will Alibaba build there?", "Wer hat das gesagt?",
            "Wann war das zuletzt so?", "Was bedeutet dies?", "Which ones, for example?"})
    void pronounsWithoutTheirNounMayReferBack(String question) {
        assertEquals(Cue.REFERENCE, resolver.cue(question));
    }

    @ParameterizedTest
    @ValueSource(strings = {"How many users does DingTalk have?", "Who is the CEO of Microsoft?",
            "What is the capital of France?", "What was the peak traffic on Singles Day this year?",
            "Wie hoch war die Strafe gegen Alibaba?", "Können Sie mir sagen, wer Alibaba gegründet hat?",
            "阿里巴巴的创始人是谁？", "Which crypto exchange was hit by the Alibaba Cloud outage in Hong Kong?",
            "Andorra's population?", "How many data centers are there in Tibet?", "Is there a cloud centre in Dalian?",
            "Was kostet das neue Cloud-Angebot?", "Wer hat das Unternehmen gegründet?", "In which year was DingTalk developed?",
            "Mit wem sprach Daniel Zhang?", "Why Alibaba?"})
    void questionsThatStandAloneHaveNoCue(String question) {
        assertEquals(Cue.NONE, resolver.cue(question));
    }

    @ParameterizedTest
    @ValueSource(strings = {"And in 2019?", "What about 2020?", "And in the year 2019?", "Why?", "Why now?", "Since when?",
            "In which year?", "Und 2015?", "Und im Jahr davor?", "And the year before?", "Warum jetzt?", "In welchem Jahr?",
            "那2019年呢？", "那到2019年呢？", "2019?", "Which ones?", "When was it?", "它在哪里？", "为什么？", "他是谁？"})
    void aFragmentAsksNothingOfItsOwn(String question) {
        assertEquals(true, resolver.asksNothingOfItsOwn(question));
    }

    @ParameterizedTest
    @ValueSource(strings = {"And how many developers?", "And who founded Alibaba?", "What about the other one?",
            "Who founded it?", "How many users does DingTalk have?", "Und in welchen Bereichen?", "Und über welchen Zeitraum?",
            "那用户呢？", "那海外用户有多少？", "Revenue growth?", "DingTalk", "Zynn?", "Project AsiaForward", "What about Tencent?",
            "And Cloud Native?", "Und Tencent?", "那 AliExpress 呢？", "阿里巴巴呢?"})
    void aFollowUpThatAsksSomethingItselfOrNamesATopicIsNoFragment(String question) {
        assertEquals(false, resolver.asksNothingOfItsOwn(question));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Who founded it?", "What is his job?", "How long has she been in power?", "What will it connect?",
            "Whose rival is it?", "Wem gehört er?", "Who was his predecessor as CEO?", "Was sagte er über Alibaba?",
            "What's the point of it?", "Who's ahead of it?", "Wann war das zuletzt so?", "他为什么离开阿里巴巴？", "它讲述的是什么？",
            "除了它，阿里云在国内还和谁竞争？", "Which ones, for example?"})
    void aPronounWithNothingBeforeItStandsForSomethingSaidBefore(String question) {
        assertEquals(false, resolver.mayHoldAntecedent(question));
    }

    @ParameterizedTest
    @ValueSource(strings = {"What tool do stratigraphers use to see their data?", "What did Tesla build in his lab?",
            "Why did Alibaba close it in 2019?", "阿里巴巴为什么关闭了它？"})
    void aPronounAfterANameOrNounMayStandForIt(String question) {
        assertEquals(true, resolver.mayHoldAntecedent(question));
    }

    /** A demonstrative with its noun says what it stands for, so the answer must hold what the question asks. */
    @ParameterizedTest
    @ValueSource(strings = {"这家公司的总部在哪里？", "该公司有多少员工？", "这位总裁多大年纪？"})
    void aChineseDemonstrativeWithItsNounIsNotABarePronoun(String question) {
        assertEquals(Cue.REFERENCE, resolver.cue(question));
        assertEquals(true, resolver.mayHoldAntecedent(question));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"How old is she?|How old is", "And in 2019?|in 2019?",
            "Und was ist mit Alibaba?|Alibaba?", "What did he say it wants?|What did say wants?",
            "Wer hat das gesagt?|Wer hat gesagt?", "Wer hat das Unternehmen gegründet?|Wer hat das Unternehmen gegründet?"})
    void theAskedWordsLeaveOutWhatPointsBack(String question, String asked) {
        assertEquals(asked, resolver.askedText(question));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"And in 2015?|2015|false", "What about Tencent's cloud?|Tencent|false",
            "那2018年呢？|2018|false", "Who founded it?||false", "Und im Jahr 2019 bei Alibaba?|2019|true",
            "What did Daniel Zhang say? When?|Daniel,Zhang|false"})
    void aFollowUpNamesTheNumbersAndNamesItAsksAbout(String question, String named, boolean german) {
        assertEquals(named == null ? Set.of() : Set.of(named.split(",")), resolver.namedThings(resolver.askedText(question), german));
    }
}
