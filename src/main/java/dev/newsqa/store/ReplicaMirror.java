package dev.newsqa.store;

import dev.newsqa.index.CorpusIndex;
import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings a replica's articles in line with the shared store (see {@link MirrorPlan}): publishes the local articles
 * it has never seen, writes the articles added or replaced elsewhere, removes those removed elsewhere, and
 * re-indexes once. An article under a name this replica does not take is left alone, and the last article is never
 * removed.
 */
public final class ReplicaMirror {

    private static final Logger LOG = Logger.getLogger(ReplicaMirror.class);

    private final SharedLibrary shared;
    private final ReplicaCopy copy;

    public ReplicaMirror(SharedLibrary shared, ReplicaCopy copy) {
        this.shared = shared;
        this.copy = copy;
    }

    /** @return the plan that was carried out (nothing when no index is loaded yet) */
    public MirrorPlan mirror() {
        return copy.exclusively(() -> copy.index().map(this::mirror).orElse(new MirrorPlan(Set.of(), Set.of(), Set.of())));
    }

    private MirrorPlan mirror(CorpusIndex current) {
        Map<String, String> local = new LinkedHashMap<>();
        current.articles().forEach(a -> local.put(a.source(), a.sha256()));
        List<SharedArticle> listed = shared.list();
        MirrorPlan plan = MirrorPlan.of(local, listed);
        for (String source : plan.publish()) {
            publish(shared, current, source);
            LOG.infof("published %s to the shared store", source);
        }
        if (!plan.changesLocal()) {
            return plan;
        }
        Map<String, String> fetched = new LinkedHashMap<>();
        for (String source : plan.fetch()) {
            if (!copy.acceptsName(source)) {
                LOG.warnf("ignored an article of the shared store with an unacceptable name: %s", source);
                continue;
            }
            shared.text(source).ifPresent(text -> fetched.put(source, text));
        }
        long remaining = local.keySet().stream().filter(s -> !plan.delete().contains(s)).count()
                + fetched.keySet().stream().filter(s -> !local.containsKey(s)).count();
        Set<String> removed = remaining > 0 ? plan.delete() : Set.of();
        if (remaining == 0) {
            LOG.warnf("the shared store removed every article this replica has; keeping %s", plan.delete());
        }
        if (fetched.isEmpty() && removed.isEmpty()) {
            return plan;
        }
        copy.replace(fetched, removed);
        LOG.infof("from the shared store: %d article(s) added or replaced %s, %d removed %s", fetched.size(),
                fetched.keySet(), removed.size(), removed);
        return plan;
    }

    /** Publishes one article of an index with its passage vectors. */
    public static void publish(SharedLibrary shared, CorpusIndex in, String source) {
        in.article(source).ifPresent(article -> shared.publish(article,
                article.passages().stream().map(p -> in.passageVector(p.id())).toList()));
    }
}
