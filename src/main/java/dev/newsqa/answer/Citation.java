package dev.newsqa.answer;

/**
 * One cited extract: which article, where in its file ({@code file.substring(start, end)} is the
 * extract), and how sure the service is that it answers the question (0..1). The first citation's score is the
 * answer's confidence; a later one's is its own (see {@link LaterCitationModel}).
 */
public record Citation(int id, String source, String title, String extract, int start, int end, double score) {

    /** The score as a whole percentage, as the channels show it. */
    public long percent() {
        return Math.round(score * 100);
    }
}
