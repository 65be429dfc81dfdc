package dev.newsqa.translate;

import dev.newsqa.ingest.Language;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GlossaryTest {

    private final CedictGlossary cedict = new CedictGlossary();

    @Test
    void chineseIsCutIntoTheLongestWordsTheDictionaryKnows() {
        assertThat(cedict.segment("微软的首席执行官是谁？")).containsExactly("微软", "的", "首席执行官", "是", "谁");
        assertThat(cedict.segment("DingTalk有多少用户")).containsExactly("有", "多少", "用户");
    }

    @Test
    void chineseWordsGetTheirEnglishGlosses() {
        assertThat(cedict.gloss("微软的首席执行官是谁？")).contains("Microsoft", "chief executive officer");
        assertThat(cedict.gloss("特斯拉出生在哪一年？")).contains("Tesla", "born", "year");
    }

    @Test
    void onlyChineseWordsAreGlossed() {
        assertThat(cedict.gloss("only English words, 2020")).isBlank();
    }

    @Test
    void dingGivesEnglishForGermanWordsTheirInflectionsAndTheHeadsOfCompounds() throws URISyntaxException {
        List<Glossary> both = DingGlossary.read(sample());
        Glossary germanToEnglish = both.stream().filter(g -> g.from() == Language.GERMAN).findFirst().orElseThrow();
        assertThat(germanToEnglish.to()).isEqualTo(Language.ENGLISH);
        assertThat(germanToEnglish.gloss("Was ist die Hauptstadt?")).isEqualTo("capital");
        assertThat(germanToEnglish.gloss("Hauptstädte")).isEqualTo("capitals");
        assertThat(germanToEnglish.gloss("In welchen Ländern?")).isEqualTo("countries");
        assertThat(germanToEnglish.gloss("Landes")).as("an inflection ending is taken off").isEqualTo("country");
        assertThat(germanToEnglish.gloss("Kohlekraftwerk")).as("a compound by its head").isEqualTo("power station");
        assertThat(germanToEnglish.gloss("Wer hat gewonnen?")).isEqualTo("won");
    }

    @Test
    void dingAlsoGivesGermanForEnglishWords() throws URISyntaxException {
        Glossary englishToGerman = DingGlossary.read(sample()).stream().filter(g -> g.from() == Language.ENGLISH)
                .findFirst().orElseThrow();
        assertThat(englishToGerman.to()).isEqualTo(Language.GERMAN);
        assertThat(englishToGerman.gloss("the capital")).isEqualTo("Hauptstadt");
    }

    private static Path sample() throws URISyntaxException {
        return Path.of(GlossaryTest.class.getResource("/dictionaries/ding-sample.txt").toURI());
    }
}
