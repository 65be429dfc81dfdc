package dev.newsqa.conversation;

import dev.newsqa.answer.Query;
import dev.newsqa.index.LanguageAnalyzers;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FollowUpResolverTest {

    private final FollowUpResolver resolver = new FollowUpResolver(new LanguageAnalyzers());
    private final Turn previous = new Turn("What was the peak traffic on Singles Day in 2020?", Set.of("003.txt"));

    @Test
    void ellipticalAndReferringQuestionsAreFollowUps() {
        assertTrue(resolver.isFollowUp("And in 2019?"));
        assertTrue(resolver.isFollowUp("What about DingTalk?"));
        assertTrue(resolver.isFollowUp("Who announced it?"));
        assertTrue(resolver.isFollowUp("Und 2019?"));
    }

    @Test
    void selfContainedQuestionsAreNot() {
        assertFalse(resolver.isFollowUp("How many engineers will Alibaba Cloud hire this financial year?"));
        assertFalse(resolver.isFollowUp("Which crypto exchange was hit by the Alibaba Cloud outage in Hong Kong?"));
    }

    @Test
    void followUpIsRetrievedWithItsTopicAndFavoursItsSources() {
        Query q = resolver.resolve("And in 2019?", previous);
        assertEquals("And in 2019?", q.question());
        assertEquals("What was the peak traffic on Singles Day in 2020? And in 2019?", q.retrievalText());
        assertEquals(Set.of("003.txt"), q.favouredSources());
    }

    @Test
    void withoutHistoryAQuestionStandsAlone() {
        assertEquals(Query.of("And in 2019?"), resolver.resolve("And in 2019?", null));
    }
}
