package dev.newsqa.eval;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The evaluation questions: answerable ones with accepted (source, answer text) pairs, and off-topic ones. */
public record QuestionSet(List<Answerable> answerable, List<String> offTopic) {

    /** A question and the extracts that count as answering it. */
    public record Answerable(String q, List<Expectation> expect) {

        public boolean answeredBy(String source, String extract) {
            return expect.stream().anyMatch(e -> e.source().equals(source) && extract.contains(e.contains()));
        }
    }

    /** An extract from {@code source} containing {@code contains} answers the question. */
    public record Expectation(String source, String contains) {
    }

    public static QuestionSet load() throws IOException {
        return load("/eval/questions.json");
    }

    public static QuestionSet load(String resource) throws IOException {
        try (InputStream in = QuestionSet.class.getResourceAsStream(resource)) {
            return new ObjectMapper().readValue(in, QuestionSet.class);
        }
    }
}
