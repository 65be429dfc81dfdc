package dev.newsqa.mcp;

import dev.newsqa.answer.Answer;
import dev.newsqa.answer.ShortAnswer;
import dev.newsqa.answer.Citation;

import java.util.List;

/**
 * The structured result of the MCP tool {@code ask}: the question and its language (ISO 639-1, the language of the
 * answer's own words), the answer with {@code [n]} markers, whether the articles answer the question, the
 * confidence, the conversation to pass back for a follow-up, the earlier question a follow-up was read with (or
 * null), and the citations with their character offsets in the article files and their extracts' languages.
 */
public record AskResult(String question, String language, boolean answered, String answer, double confidence,
                        String conversation, String readWith, ShortAnswer shortAnswer, List<CitationResult> citations) {

    /**
     * One cited extract: {@code file.substring(start, end)} of the article {@code source} is {@code extract}, in the
     * language {@code language}.
     */
    public record CitationResult(int id, String source, String title, String extract, int start, int end,
                                 double score, String language) {
    }

    static AskResult of(Answer answer, String conversation) {
        return new AskResult(answer.question(), answer.language().code(), answer.answered(), answer.answer(),
                answer.confidence(), conversation, answer.readWith(), answer.shortAnswer(),
                answer.citations().stream().map(AskResult::citation).toList());
    }

    private static CitationResult citation(Citation c) {
        return new CitationResult(c.id(), c.source(), c.title(), c.extract(), c.start(), c.end(), c.score(),
                c.language().code());
    }
}
