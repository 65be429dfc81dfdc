package dev.newsqa.store;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a replica does to bring its local articles in line with the shared store: the shared store wins for every
 * article it knows (a newer text is fetched, a tombstone removes the local copy); an article only the replica has
 * (a shipped seed on a fresh cluster) is published.
 *
 * @param fetch   articles to download and write locally (new, or a different text)
 * @param delete  local articles removed on another replica
 * @param publish local articles the shared store has never seen
 */
public record MirrorPlan(Set<String> fetch, Set<String> delete, Set<String> publish) {

    /**
     * @param local  the replica's articles, name to SHA-256 of the text
     * @param shared what the shared store lists
     */
    public static MirrorPlan of(Map<String, String> local, List<SharedArticle> shared) {
        Set<String> fetch = new TreeSet<>();
        Set<String> delete = new TreeSet<>();
        Set<String> publish = new TreeSet<>(local.keySet());
        for (SharedArticle article : shared) {
            publish.remove(article.source());
            String mine = local.get(article.source());
            if (article.deleted()) {
                if (mine != null) {
                    delete.add(article.source());
                }
            } else if (!article.sha256().equals(mine)) {
                fetch.add(article.source());
            }
        }
        return new MirrorPlan(fetch, delete, publish);
    }

    public boolean changesLocal() {
        return !fetch.isEmpty() || !delete.isEmpty();
    }
}
