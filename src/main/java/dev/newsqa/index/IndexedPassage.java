package dev.newsqa.index;

import dev.newsqa.ingest.Passage;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A passage with what answering reads of it, computed once when the index is built: its sentences' vectors in each
 * space the index holds them in, the analysed terms of the passage and of each sentence, and those of its article's
 * title ({@code topic}: what every passage of the article is about), whether that title is only a name
 * ({@code topicIsName}, {@link dev.newsqa.ingest.Article#isName}), and which of its sentences are a title or heading
 * that is only a name ({@code nameHeadings}). A retrieved candidate carries it, so choosing an extract never goes back
 * to the index.
 */
public record IndexedPassage(Passage passage, Map<VectorSpace, float[][]> vectorsBySpace, AnalyzedText terms,
                             AnalyzedText[] sentenceTerms, AnalyzedText topic, boolean topicIsName,
                             boolean[] nameHeadings) {

    public IndexedPassage {
        if (!vectorsBySpace.containsKey(VectorSpace.MINILM)) {
            throw new IllegalArgumentException("every passage has its sentences' MiniLM vectors: " + passage.id());
        }
        for (float[][] vectors : vectorsBySpace.values()) {
            if (vectors.length != passage.sentences().size()) {
                throw new IllegalArgumentException("one vector per sentence of " + passage.id() + " in every space");
            }
        }
        if (sentenceTerms.length != passage.sentences().size() || nameHeadings.length != passage.sentences().size()) {
            throw new IllegalArgumentException("one analysis per sentence of " + passage.id());
        }
        vectorsBySpace = new EnumMap<>(vectorsBySpace);
    }

    /**
     * The sentences' vectors in a space; empty for a space the index holds passage vectors only of (see
     * {@link VectorSpace}).
     */
    public Optional<float[][]> sentenceVectors(VectorSpace space) {
        return Optional.ofNullable(vectorsBySpace.get(space));
    }

    /** Whether sentence {@code i} is a title or heading that is only a name ("Super Bowl 50", "ChinAI (Four to Forward)"). */
    public boolean nameHeading(int i) {
        return nameHeadings[i];
    }

    /** The analysed terms of sentences {@code from..to} (inclusive), one entry per sentence. */
    public List<AnalyzedText> sentenceTerms(int from, int to) {
        return Arrays.asList(sentenceTerms).subList(from, to + 1);
    }
}
