package dev.newsqa.answer;

import dev.newsqa.ingest.Language;

import java.util.List;

/**
 * What every channel renders: the readable answer with {@code [n]} markers, the citations it
 * was built from, and whether the articles answer the question at all. {@code language} is the question's own, in
 * which every fixed text about the answer is written (the not-found answer, the read-with note, a bot's labels);
 * the extracts keep their articles' languages, which each citation names. {@code readWith} is the earlier
 * question this one was read together with (a follow-up such as "And in 2019?"), or null when it was
 * answered on its own, so that a channel can say so and a wrong carry-over is visible. {@code shortAnswer} is the
 * name, number, date or place asked for, inside the first extract, when the service can tell it (else null).
 */
public record Answer(String question, Language language, boolean answered, String answer, double confidence,
                     String conversationId, String readWith, ShortAnswer shortAnswer, List<Citation> citations) {

    public Answer {
        citations = List.copyOf(citations);
    }

    /** A confidence as answers and citations show it: three decimals. */
    public static double shown(double confidence) {
        return Math.round(confidence * 1000) / 1000.0;
    }

    /** The fixed texts in the question's language. */
    public FixedTexts texts() {
        return FixedTexts.of(language);
    }
}
