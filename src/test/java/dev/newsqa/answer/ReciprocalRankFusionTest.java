package dev.newsqa.answer;

import dev.newsqa.index.PassageHit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReciprocalRankFusionTest {

    private static List<PassageHit> ranking(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> new PassageHit(id, 1f)).toList();
    }

    @Test
    void eachRankingGivesOneOverKPlusRankAndTheSumsRankThePassages() {
        var fused = ReciprocalRankFusion.fuse(List.of(ranking("a", "b", "c"), ranking("c", "d")), 60);
        assertThat(fused).extracting(ReciprocalRankFusion.Fused::passageId).containsExactly("c", "a", "b", "d");
        assertThat(fused.get(0).score()).isCloseTo(1.0 / 63 + 1.0 / 61, within(1e-12));
        assertThat(fused.get(0).ranks()).containsExactly(3, 1);
        assertThat(fused.get(3).ranks()).containsExactly(0, 2);
    }

    @Test
    void equalScoresKeepTheOrderInWhichTheRankingsFirstNameThem() {
        var fused = ReciprocalRankFusion.fuse(List.of(ranking("a", "b"), ranking("b", "a")), 60);
        assertThat(fused).extracting(ReciprocalRankFusion.Fused::passageId).containsExactly("a", "b");
    }

    @Test
    void nothingFoundFusesToNothing() {
        assertThat(ReciprocalRankFusion.fuse(List.of(List.of(), List.of()), 60)).isEmpty();
    }

    @Test
    void theInputsAreLeftAsTheyWere() {
        List<PassageHit> vectors = ranking("x", "y");
        ReciprocalRankFusion.fuse(List.of(vectors, ranking("y")), 60);
        assertThat(vectors).extracting(PassageHit::passageId).containsExactly("x", "y");
    }
}
