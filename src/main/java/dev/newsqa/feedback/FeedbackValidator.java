package dev.newsqa.feedback;

import dev.newsqa.api.ApiException;
import dev.newsqa.api.AskValidator;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Turns a feedback request into a record to keep, or refuses it naming the field that is wrong. */
@ApplicationScoped
public class FeedbackValidator {

    private static final int MAX_SOURCES = 10;
    private static final int MAX_SOURCE_CHARS = 255;

    private final AskValidator ask;
    private final FeedbackConfig config;
    private final Clock clock = Clock.systemUTC();

    FeedbackValidator(AskValidator ask, FeedbackConfig config) {
        this.ask = ask;
        this.config = config;
    }

    public Feedback validate(FeedbackRequest request) {
        if (request == null) {
            throw new ApiException(400, "the body is empty; expected {\"question\": ..., \"vote\": \"up\"|\"down\"}");
        }
        Feedback.Vote vote = vote(request.vote());
        String question = ask.question(request.question());
        String conversation = ask.conversationId(request.conversationId());
        List<String> sources = request.sources() == null ? List.of() : request.sources();
        if (sources.size() > MAX_SOURCES || sources.stream().anyMatch(s -> s == null || s.isBlank() || s.length() > MAX_SOURCE_CHARS)) {
            throw new ApiException(400, "sources must be at most " + MAX_SOURCES + " article names of 1 to "
                    + MAX_SOURCE_CHARS + " characters");
        }
        String comment = request.comment() == null ? "" : request.comment().strip();
        if (comment.length() > config.maxCommentChars()) {
            throw new ApiException(400, "comment is " + comment.length() + " characters long; the limit is "
                    + config.maxCommentChars());
        }
        return new Feedback(UUID.randomUUID().toString(), clock.instant(), vote, question, conversation,
                Boolean.TRUE.equals(request.answered()), sources, comment.isEmpty() ? null : comment);
    }

    private static Feedback.Vote vote(String vote) {
        if (vote == null || vote.isBlank()) {
            throw new ApiException(400, "vote is missing; expected \"up\" or \"down\"");
        }
        try {
            return Feedback.Vote.valueOf(vote.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "vote must be \"up\" or \"down\", got '" + vote + "'");
        }
    }
}
