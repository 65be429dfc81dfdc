package dev.newsqa.api;

import dev.newsqa.answer.AnswerConfig;
import dev.newsqa.answer.QuestionText;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.regex.Pattern;

/** Checks a question request before any work is done on it; each failure names the field. */
@ApplicationScoped
public class AskValidator {

    private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");

    private final AnswerConfig config;

    AskValidator(AnswerConfig config) {
        this.config = config;
    }

    /**
     * The question, normalised ({@link QuestionText}), once it is present, within the length limit and has a
     * word to embed.
     */
    public String question(String question) {
        if (question == null || question.isBlank()) {
            throw new ApiException(400, "question is missing or blank");
        }
        String q = QuestionText.normalise(question);
        if (q.length() > config.maxQuestionChars()) {
            throw new ApiException(400, "question is " + q.length() + " characters long; the limit is "
                    + config.maxQuestionChars());
        }
        if (!QuestionText.hasWords(q)) {
            throw new ApiException(400, QuestionText.NO_WORDS);
        }
        return q;
    }

    public int maxCitations(Integer requested) {
        if (requested == null) {
            return config.defaultCitations();
        }
        if (requested < 1 || requested > config.maxCitations()) {
            throw new ApiException(400, "maxCitations must be between 1 and " + config.maxCitations()
                    + ", got " + requested);
        }
        return requested;
    }

    /** Query parameters arrive as text: a non-number is the caller's error, not a 404. */
    public int maxCitations(String requested) {
        if (requested == null || requested.isBlank()) {
            return maxCitations((Integer) null);
        }
        try {
            return maxCitations(Integer.valueOf(requested.strip()));
        } catch (NumberFormatException e) {
            throw new ApiException(400, "maxCitations must be a whole number between 1 and " + config.maxCitations()
                    + ", got '" + requested + "'");
        }
    }

    public String conversationId(String id) {
        if (id == null || id.isEmpty()) {
            return null;
        }
        if (!CONVERSATION_ID.matcher(id).matches()) {
            throw new ApiException(400, "conversationId must be 1 to 128 letters, digits or . _ : @ -");
        }
        return id;
    }
}
