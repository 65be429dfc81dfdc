package dev.newsqa.answer;

import dev.newsqa.ingest.Language;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** A question's language comes from its own words, however short, and names or a context do not change it. */
class QuestionLanguageTest {

    /** What {@link QuestionLanguage} logged (level and text), kept by the test. */
    private final List<String> logged = new ArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getLevel().intValue() + " " + (record instanceof ExtLogRecord r ? r.getFormattedMessage()
                    : record.getMessage()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger log = Logger.getLogger(QuestionLanguage.class.getName());

    @BeforeEach
    void listen() {
        log.addHandler(recorder);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(recorder);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Und 2019?", "Und in 2019?", "Wann?", "Warum?", "Wer hat DingTalk entwickelt?",
        "Was ist DingTalk?", "Welches Unternehmen kaufte Zynn?", "Wie viele Nutzer hat DingTalk?", "Wem gehört Aliyun?",
        "Gibt es Zahlen für 2019?", "Anfangsfinanzierung für AsiaForward?"})
    void shortGermanQuestionsAreGerman(String question) {
        assertThat(QuestionLanguage.of(question)).isEqualTo(Language.GERMAN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DingTalk有多少用户？", "那2019年呢？", "钉钉是什么时候开发的？", "Zynn 为什么被 Google Play 下架?",
        "阿里云CEO是谁？"})
    void chineseQuestionsNamingThingsInLatinLettersAreChinese(String question) {
        assertThat(QuestionLanguage.of(question)).isEqualTo(Language.CHINESE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"And in 2019?", "When?", "Who founded it?", "What about DingTalk?", "Who is Jürgen Müller?",
        "Where is Müller from?", "Who owns Süddeutsche Zeitung?", "Who runs Die Welt?", "Was Jack Ma the CEO?",
        "What is Aliyun (阿里云)?", "How many users does DingTalk have?"})
    void shortEnglishQuestionsWithGermanOrChineseNamesAreEnglish(String question) {
        assertThat(QuestionLanguage.of(question)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void aFollowUpKeepsItsOwnLanguageWhateverItIsReadWith() {
        Query followUp = Query.of("Und 2019?").followUp("2019?", "What was the peak traffic on Singles Day in 2020?",
                Set.of("a.txt"));
        assertThat(followUp.language()).isEqualTo(Language.GERMAN);
        assertThat(Query.of("那2019年呢？").followUp("2019年", "How many users does DingTalk have?", Set.of()).language())
                .isEqualTo(Language.CHINESE);
    }

    @Test
    void aQuestionInNoLanguageWeAnalyseIsEnglishAndSaysSoOnceWithTheReason() {
        Query russian = Query.of("Кто основал Alibaba?");
        assertThat(russian.language()).isEqualTo(Language.ENGLISH);
        russian.followUp("Кто", "Who founded DingTalk?", Set.of());
        assertThat(logged).hasSize(1);
        assertThat(logged.get(0)).startsWith(Level.INFO.intValue() + " ").contains("cyrillic", "English")
                .doesNotContain("Кто");

        assertThat(Query.of("Qui a fondé Alibaba ?").language()).isEqualTo(Language.ENGLISH);
        assertThat(logged).hasSize(2);
        assertThat(logged.get(1)).contains("without an English or German function word");
    }

    @Test
    void aQuestionInOneOfOurLanguagesLogsNothing() {
        Query.of("Und 2019?");
        Query.of("DingTalk有多少用户？");
        Query.of("How many users does DingTalk have?");
        QuestionLanguage.of("Кто основал Alibaba?");
        assertThat(logged).isEmpty();
    }

    @Test
    void theFixedTextsFollowTheLanguage() {
        assertThat(FixedTexts.of(Language.GERMAN).notFound()).isEqualTo("Die Artikel beantworten diese Frage nicht.");
        assertThat(FixedTexts.of(Language.CHINESE).notFound()).isEqualTo("文章中没有这个问题的答案。");
        assertThat(FixedTexts.of(Language.ENGLISH).notFound()).isEqualTo("The articles do not answer this question.");
        assertThat(FixedTexts.GERMAN.readWith("Wann?")).isEqualTo("Zusammen mit Ihrer vorigen Frage gelesen: \u201eWann?\u201c");
        assertThat(FixedTexts.CHINESE.tooLong(1200, 1000)).isEqualTo("这个问题有 1200 个字符，请控制在 1000 个字符以内。");
        // a question's text is a value, never a template
        assertThat(FixedTexts.ENGLISH.readWith("100% sure? %s")).endsWith("\u201c100% sure? %s\u201d");
    }
}
