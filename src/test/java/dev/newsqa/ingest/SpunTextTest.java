package dev.newsqa.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpunTextTest {

    @Test
    void theGarbledSeedIsRecognised() {
        assertTrue(SpunText.isSpun(SeedFiles.text(SeedFiles.GARBLED)));
    }

    @ParameterizedTest
    @ValueSource(strings = {SeedFiles.ROUNDUP, SeedFiles.GERMAN, SeedFiles.GLUED, SeedFiles.CHINAI})
    void plainArticlesAreLeftAlone(String name) {
        assertFalse(SpunText.isSpun(SeedFiles.text(name)));
    }

    @Test
    void anArticleAboutTheElementsThemselvesIsNotSpun() {
        String chemistry = "Helium is lighter than air. Arsenic and beryllium are toxic, and astatine is the rarest "
                + "element in the crust. A successful experiment connected the two vessels.";
        assertFalse(SpunText.isSpun(chemistry));
    }

    @Test
    void theSpinnersWordsArePutBackKeepingCapitals() {
        assertEquals("He will continue to be in charge of IoT initiatives, as the cloud unit grows.",
                SpunText.restore("Helium volition proceed to beryllium successful complaint of IoT initiatives, "
                        + "arsenic the unreality unit grows."));
    }

    @Test
    void restoringLeavesEverythingElseAsItWas() {
        String plain = "Alibaba Cloud's Hong Kong servers (OKX) — 18%, “quoted”.";
        assertEquals(plain, SpunText.restore(plain));
    }
}
