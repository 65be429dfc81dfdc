package dev.newsqa.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoilerplateDetectorTest {

    private final BoilerplateDetector detector = new BoilerplateDetector();

    @ParameterizedTest
    @ValueSource(strings = {
            "Read More:  Snowflake and JFrog raise IPO ranges as tech markets stay hot",
            "Add comment",
            "Source Techcrunch",
            "Quelle: Bloomberg",
            "Trending 1 year ago",
            "…As always, the searchable archive of all past issues is here. Please please subscribe here to support ChinAI.",
            "Thank you for reading and engaging.",
            "Any suggestions or feedback? Let me know at or on Twitter at @jjding99",
            "Sign up for our newsletter",
            "  Advertisement  "})
    void recognisesChrome(String line) {
        assertTrue(detector.isBoilerplate(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Sources say the deal will close next week, according to three people familiar with the talks.",
            "Lillian writes the “Chinese Characteristics” newsletter, which features longform analysis.",
            "The app is now serving 15 million organizations and 300 million particular person customers.",
            "Apple bans podcast apps",
            ""})
    void keepsArticleText(String line) {
        assertFalse(detector.isBoilerplate(line), line);
    }
}
