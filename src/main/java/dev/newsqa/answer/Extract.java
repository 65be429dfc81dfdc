package dev.newsqa.answer;

/**
 * A chosen run of whole sentences inside one passage, with the evidence behind it: {@code score}
 * ranks extracts against each other, {@code confidence} says whether one answers at all, and
 * {@code askedCoverage} is the share of what the question itself asks that the extract holds (for a question
 * read on its own, the same as the evidence's coverage), and {@code answersFrom} the least confidence at which it is
 * an answer (its reading's, see {@link ConfidenceModels}).
 */
public record Extract(Candidate candidate, int start, int end, String text, Evidence evidence, double score,
                      double confidence, double askedCoverage, double answersFrom) {

    /** Whether this extract is an answer: its confidence reaches its reading's threshold. */
    public boolean answers() {
        return confidence >= answersFrom;
    }

    /** Whether this extract shares characters with the span {@code start..end} of the article {@code source}. */
    public boolean overlaps(String source, int start, int end) {
        return candidate.passage().source().equals(source) && this.start < end && start < this.end;
    }

    /** Whether this extract shares characters with {@code other}. */
    public boolean overlaps(Extract other) {
        return overlaps(other.candidate.passage().source(), other.start, other.end);
    }
}
