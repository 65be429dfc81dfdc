package dev.newsqa.answer;

import dev.newsqa.ingest.Language;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class KindMentionsTest {

    private static Query followUp(String question, String earlier) {
        return Query.of(question).followUp(question, earlier, Set.of());
    }

    @Test
    void aWhenQuestionNeedsATimeNeitherQuestionNames() {
        String extract = "In April, Aliyun announced a deal with state oil and gas giant Sinopec.";
        assertThat(KindMentions.holdsAskedKind(followUp("When was it announced?", "Which giant did Aliyun sign with?"),
                extract, Language.ENGLISH)).isTrue();
        assertThat(KindMentions.holdsAskedKind(followUp("When will that system go live?",
                "Which giant did Aliyun sign with in April?"), extract, Language.ENGLISH)).isFalse();
        assertThat(KindMentions.holdsAskedKind(followUp("When?", "Where was the outage?"),
                "Just under 2 weeks ago the servers suffered an outage.", Language.ENGLISH)).isTrue();
        assertThat(KindMentions.holdsAskedKind(followUp("When?", "Where was the outage?"),
                "The servers in Hong Kong suffered an outage.", Language.ENGLISH)).isFalse();
    }

    @Test
    void aHowMuchQuestionNeedsANumberInDigitsOrWordsThatIsNotPartOfAnother() {
        Query worth = followUp("How much is that deal worth?", "Which city signed a deal with Alibaba in 2019?");
        assertThat(KindMentions.holdsAskedKind(worth, "Dalian signed a deal with Alibaba in 2019.", Language.ENGLISH))
                .isFalse();
        assertThat(KindMentions.holdsAskedKind(worth, "Dalian signed a deal worth 1 billion yuan.", Language.ENGLISH))
                .isTrue();
        assertThat(KindMentions.holdsAskedKind(worth, "Dalian signed a deal worth two million.", Language.ENGLISH))
                .isTrue();
        assertThat(KindMentions.holdsAskedKind(followUp("Wie alt ist er?", "Wer leitet Alibaba Cloud?"),
                "Er leitet Alibaba Cloud seit dem Umbau.", Language.GERMAN)).isFalse();
    }

    @Test
    void chineseExtractsAndQuestionsOfOtherKinds() {
        assertThat(KindMentions.holdsAskedKind(followUp("它是哪一年成立的？", "达摩院是谁创办的？"),
                "阿里巴巴于2017年成立达摩院。", Language.CHINESE)).isTrue();
        assertThat(KindMentions.holdsAskedKind(followUp("它有多少员工？", "达摩院是谁创办的？"),
                "阿里巴巴创办了达摩院。", Language.CHINESE)).isFalse();
        assertThat(KindMentions.holdsAskedKind(followUp("它有多少员工？", "台积电是什么公司？"),
                "台积电是全球最大的半导体代工企业。", Language.CHINESE)).isFalse();
        assertThat(KindMentions.holdsAskedKind(followUp("它有多少员工？", "台积电是什么公司？"),
                "台积电有七万多名员工。", Language.CHINESE)).isTrue();
        assertThat(KindMentions.holdsAskedKind(followUp("Who founded it?", "What is Jike?"),
                "Jike is a social media app.", Language.ENGLISH)).isTrue();
    }
}
