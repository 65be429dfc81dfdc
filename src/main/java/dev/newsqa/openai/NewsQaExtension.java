package dev.newsqa.openai;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.newsqa.answer.Answer;
import dev.newsqa.answer.ShortAnswer;
import dev.newsqa.answer.Citation;

import java.util.List;

/**
 * The service's own part of an assistant message ({@code message.news_qa}, in a stream the last chunk's
 * {@code delta.news_qa}): the question's language (ISO 639-1, the language of the content's own words), whether the
 * articles answer the question, how sure the service is, the earlier question a follow-up was read with, and the
 * citations the {@code [n]} markers of the content point to.
 */
public record NewsQaExtension(String language, boolean answered, double confidence,
                              @JsonProperty("read_with") String readWith,
                              @JsonProperty("short_answer") ShortAnswer shortAnswer, List<CitationView> citations) {

    /**
     * One citation: {@code file.substring(start, end)} of the article {@code source} is the extract, in the
     * language {@code language}.
     */
    public record CitationView(int id, String source, String title, String extract, int start, int end,
                               double score, String language) {
    }

    static NewsQaExtension of(Answer answer) {
        return new NewsQaExtension(answer.language().code(), answer.answered(), answer.confidence(),
                answer.readWith(), answer.shortAnswer(),
                answer.citations().stream().map(NewsQaExtension::view).toList());
    }

    private static CitationView view(Citation c) {
        return new CitationView(c.id(), c.source(), c.title(), c.extract(), c.start(), c.end(), c.score(),
                c.language().code());
    }
}
