package dev.newsqa.answer;

import dev.newsqa.ingest.Language;

/**
 * One cited extract: which article, where in its file ({@code file.substring(start, end)} is the
 * extract), how sure the service is that it answers the question (0..1) and the extract's language (its passage's,
 * which may differ from the question's). The first citation's score is the answer's confidence; a later one's is
 * its own (see {@link LaterCitationModel}).
 */
public record Citation(int id, String source, String title, String extract, int start, int end, double score,
                       Language language) {

    /** The same citation with another score. */
    public Citation withScore(double newScore) {
        return new Citation(id, source, title, extract, start, end, newScore, language);
    }

    /** The score as a whole percentage, as the channels show it. */
    public long percent() {
        return Math.round(score * 100);
    }
}
