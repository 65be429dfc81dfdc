package dev.newsqa.store;

import dev.newsqa.index.CorpusIndex;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What replication needs of this replica's own copy of the articles (its documents folder and the index built
 * from it); the admin side's document library is one.
 */
public interface ReplicaCopy {

    /** The index being served, when one is loaded. */
    Optional<CorpusIndex> index();

    /** Runs the work while no local article change can start: changes and mirroring happen one at a time. */
    <T> T exclusively(Supplier<T> work);

    /** Whether this replica would take an article under this name. */
    boolean acceptsName(String source);

    /** Writes the fetched articles, removes the removed ones, and re-indexes once. */
    void replace(Map<String, String> fetched, Set<String> removed);
}
