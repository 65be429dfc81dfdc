package dev.newsqa.ingest;

/**
 * How articles are cut into passages. Part of the embeddings manifest: a change invalidates the
 * precomputed embeddings.
 *
 * @param maxPassageChars           a passage longer than this is cut at sentence boundaries
 * @param mergeParagraphsBelowChars consecutive paragraphs shorter than this share a passage
 */
public record SplitSettings(int maxPassageChars, int mergeParagraphsBelowChars) {


    public SplitSettings {
        if (maxPassageChars < 100 || mergeParagraphsBelowChars < 0 || mergeParagraphsBelowChars > maxPassageChars) {
            throw new IllegalArgumentException("invalid split settings: max-passage-chars=" + maxPassageChars
                    + ", merge-paragraphs-below-chars=" + mergeParagraphsBelowChars);
        }
    }
}
