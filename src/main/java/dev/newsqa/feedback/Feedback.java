package dev.newsqa.feedback;

import java.time.Instant;
import java.util.List;

/** One accepted piece of feedback, as it is kept: one JSON line per record. */
public record Feedback(String id, Instant at, Vote vote, String question, String conversationId, boolean answered,
                       List<String> sources, String comment) {

    /** Thumbs up or down. */
    public enum Vote {
        up, down
    }

    public Feedback {
        sources = List.copyOf(sources);
    }
}
