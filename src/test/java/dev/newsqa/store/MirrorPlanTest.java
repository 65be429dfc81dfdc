package dev.newsqa.store;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MirrorPlanTest {

    private static SharedArticle live(String source, String sha) {
        return new SharedArticle(source, sha, false);
    }

    private static SharedArticle removed(String source) {
        return new SharedArticle(source, null, true);
    }

    @Test
    void aFreshStoreGetsEveryLocalArticle() {
        MirrorPlan plan = MirrorPlan.of(Map.of("a.txt", "1", "b.txt", "2"), List.of());
        assertThat(plan.publish()).containsExactly("a.txt", "b.txt");
        assertThat(plan.changesLocal()).isFalse();
    }

    @Test
    void theSharedStoreWinsForEveryArticleItKnows() {
        MirrorPlan plan = MirrorPlan.of(Map.of("same.txt", "1", "changed.txt", "2", "gone.txt", "3", "mine.txt", "4"),
                List.of(live("same.txt", "1"), live("changed.txt", "2b"), removed("gone.txt"), live("new.txt", "5")));
        assertThat(plan.fetch()).containsExactly("changed.txt", "new.txt");
        assertThat(plan.delete()).containsExactly("gone.txt");
        assertThat(plan.publish()).containsExactly("mine.txt");
    }

    @Test
    void aTombstoneDoesNotBringBackNorPublishWhatIsGone() {
        MirrorPlan plan = MirrorPlan.of(Map.of("a.txt", "1"), List.of(live("a.txt", "1"), removed("old.txt")));
        assertThat(plan.fetch()).isEqualTo(Set.of());
        assertThat(plan.delete()).isEqualTo(Set.of());
        assertThat(plan.publish()).isEqualTo(Set.of());
    }
}
