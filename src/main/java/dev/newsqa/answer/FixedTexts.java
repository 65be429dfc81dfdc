package dev.newsqa.answer;

import dev.newsqa.ingest.Language;

import java.util.Map;

/**
 * Everything the service says in its own words, in each language it answers in: the not-found answer, the note on
 * a follow-up read with the question before it, and what the bots say around an answer. A channel picks the texts
 * of the question's language ({@link Answer#language()}, {@link QuestionLanguage#of}); the chat page keeps its
 * own strings in one dictionary in {@code chat.js}. Templates take their values with {@link String#formatted}.
 *
 * @param notFound      the whole answer when the articles do not hold one
 * @param readWith      the note under a follow-up, {@code %s} the earlier question (quoted as the language quotes)
 * @param sources       the heading over the citations
 * @param answerTitle   a bot message's title, {@code %s} the question
 * @param notFoundTitle the same when nothing was found
 * @param usage         the hint for a message without a question, {@code %s} an example as the platform asks it
 * @param example       a question the articles answer, for the usage hint
 * @param tooLong       {@code %d} the question's length, {@code %d} the limit
 * @param working       the bot's reply while a slow answer is still being made
 * @param failed        the bot's reply when answering failed
 * @param notText       the bot's reply to a picture, file or voice message
 * @param confidence    the label of an answer's confidence
 * @param noEarlierQuestion the whole answer to a follow-up that asks nothing of its own ("And in 2019?") when there is
 *                      no earlier question to read it with
 */
public record FixedTexts(String notFound, String readWith, String sources, String answerTitle, String notFoundTitle,
                         String usage, String example, String tooLong, String working, String failed,
                         String notText, String confidence, String noEarlierQuestion) {

    public static final FixedTexts ENGLISH = new FixedTexts(
            "The articles do not answer this question.",
            "Read together with your previous question: \u201c%s\u201d",
            "Sources",
            "Answer: %s",
            "Not found: %s",
            "Ask me a question about the news articles, for example: %s",
            "What was the peak traffic on Singles Day in 2020?",
            "That question is %d characters long; please keep it under %d.",
            "Looking that up in the articles\u2026",
            "Sorry, I could not answer that just now. Please try again.",
            "Sorry, I can only read typed questions, not pictures, files or voice messages. Please type your question.",
            "confidence",
            "This reads as a follow-up, but there is no earlier question to read it with. "
                    + "Please ask the whole question.");

    public static final FixedTexts GERMAN = new FixedTexts(
            "Die Artikel beantworten diese Frage nicht.",
            "Zusammen mit Ihrer vorigen Frage gelesen: \u201e%s\u201c",
            "Quellen",
            "Antwort: %s",
            "Nicht gefunden: %s",
            "Stellen Sie mir eine Frage zu den Nachrichtenartikeln, zum Beispiel: %s",
            "Wie hoch ist die Anfangsfinanzierung von Project AsiaForward?",
            "Diese Frage ist %d Zeichen lang; bitte k\u00fcrzen Sie sie auf weniger als %d.",
            "Ich suche in den Artikeln \u2026",
            "Das konnte ich gerade leider nicht beantworten. Bitte versuchen Sie es noch einmal.",
            "Ich kann leider nur getippte Fragen lesen, keine Bilder, Dateien oder Sprachnachrichten. "
                    + "Bitte tippen Sie Ihre Frage ein.",
            "Sicherheit",
            "Das klingt nach einer Anschlussfrage, aber es gibt keine vorige Frage, mit der ich sie lesen k\u00f6nnte. "
                    + "Bitte stellen Sie die ganze Frage.");

    public static final FixedTexts CHINESE = new FixedTexts(
            "文章中没有这个问题的答案。",
            "已结合您的上一个问题作答：\u201c%s\u201d",
            "来源",
            "回答：%s",
            "未找到答案：%s",
            "请向我提问新闻文章里的内容，例如：%s",
            "2020年双十一的峰值流量是多少？",
            "这个问题有 %d 个字符，请控制在 %d 个字符以内。",
            "正在文章中查找……",
            "抱歉，暂时无法回答这个问题，请稍后再试。",
            "抱歉，我只能读文字提问，看不了图片、文件或语音。请直接输入您的问题。",
            "置信度",
            "这像是一个追问，但没有可以结合的上一个问题。请把问题完整地问一遍。");

    private static final Map<Language, FixedTexts> BY_LANGUAGE = Map.of(Language.ENGLISH, ENGLISH,
            Language.GERMAN, GERMAN, Language.CHINESE, CHINESE);

    /** The texts in that language. */
    public static FixedTexts of(Language language) {
        return BY_LANGUAGE.getOrDefault(language, ENGLISH);
    }

    public String readWith(String earlier) {
        return readWith.formatted(earlier);
    }

    public String answerTitle(String question) {
        return answerTitle.formatted(question);
    }

    public String notFoundTitle(String question) {
        return notFoundTitle.formatted(question);
    }

    /** The usage hint, {@code example} wrapped as the platform wants it asked (e.g. {@code "`/ask %s`"}). */
    public String usage(String exampleAsAsked) {
        return usage.formatted(exampleAsAsked.formatted(example));
    }

    public String tooLong(int length, int limit) {
        return tooLong.formatted(length, limit);
    }
}
