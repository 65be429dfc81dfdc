package dev.newsqa.store;

import dev.newsqa.index.VectorSearch;

import dev.newsqa.ingest.Article;

import java.util.List;
import java.util.Optional;

/**
 * The articles and passage vectors that replicas share. Each replica keeps a local copy (its documents folder and
 * {@code embeddings/}); this is where changes made on any replica meet. Calls may fail with
 * {@link SharedStoreException} when the engine cannot be reached.
 */
public interface SharedLibrary {

    /** False for {@code qa.store=memory}: nothing is shared and every other method is a no-op. */
    boolean enabled();

    /**
     * Makes the store ready for use (creates what is missing) and checks that its vectors are of this replica's build;
     * safe to call from several replicas at once, and again (once it has succeeded it does nothing).
     *
     * @throws IncompatibleStoreException when another build of the model made its vectors
     */
    default void prepare() {
    }

    /** Where an index's vector searches go: the shared vectors with the local ones as fallback, or the local ones. */
    VectorSearch vectorSearch();

    /** Every article the store knows, removed ones included (as tombstones). */
    List<SharedArticle> list();

    /** The text of an article the store holds. */
    Optional<String> text(String source);

    /**
     * Stores an article and its passage vectors (one per passage, in order), replacing an earlier version. Vectors
     * first, then the article: a replica that sees the article finds its vectors.
     */
    void publish(Article article, List<float[]> passageVectors);

    /** Marks an article removed and drops its vectors. */
    void remove(String source);

    /** A short description for logs, e.g. the engine and its address. */
    String describe();

    SharedLibrary NONE = new SharedLibrary() {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public VectorSearch vectorSearch() {
            return VectorSearch.LOCAL;
        }

        @Override
        public List<SharedArticle> list() {
            return List.of();
        }

        @Override
        public Optional<String> text(String source) {
            return Optional.empty();
        }

        @Override
        public void publish(Article article, List<float[]> passageVectors) {
            // nothing is shared in memory mode
        }

        @Override
        public void remove(String source) {
            // nothing is shared in memory mode
        }

        @Override
        public String describe() {
            return "memory (not shared)";
        }
    };
}
