package dev.newsqa.translate;

import dev.newsqa.ingest.Language;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void theCompactTableFindsExactlyItsHeadwords() throws IOException {
        CedictGlossary.Entries entries = table("A\tascii", "执行\tcarry out", "首\thead", "首席\tchief",
                "首席执行官\tchief executive officer");
        assertThat(entries.size()).isEqualTo(5);
        assertThat(entries.get("首席执行官")).isEqualTo("chief executive officer");
        assertThat(entries.get("首席")).isEqualTo("chief");
        assertThat(entries.get("首")).isEqualTo("head");
        assertThat(entries.get("A")).isEqualTo("ascii");
        assertThat(entries.get("首席执行")).as("a prefix of a headword is none").isNull();
        assertThat(entries.get("执")).isNull();
        assertThat(entries.get("")).isNull();
        assertThat(entries.find("谁是首席执行官", 2, 7)).isGreaterThanOrEqualTo(0);
        assertThat(entries.find("谁是首席执行官", 2, 4)).isGreaterThanOrEqualTo(0);
        assertThat(entries.find("谁是首席执行官", 1, 4)).isNegative();
    }

    @Test
    void headwordsOutOfOrderAreRefused() {
        assertThatThrownBy(() -> table("首席\tchief", "首\thead")).isInstanceOf(IOException.class)
                .hasMessageContaining("out of order");
        assertThatThrownBy(() -> table("首\thead", "首\thead again")).isInstanceOf(IOException.class);
    }

    @Test
    void theBundledDictionaryGivesEveryHeadwordItsGloss() throws IOException {
        Map<String, String> file = new HashMap<>();
        for (String line : bundledLines()) {
            int tab = line.indexOf('\t');
            file.put(line.substring(0, tab), line.substring(tab + 1));
        }
        CedictGlossary.Entries entries;
        try (BufferedReader lines = new BufferedReader(new StringReader(String.join("\n", bundledLines())))) {
            entries = CedictGlossary.Entries.read(lines);
        }

        assertThat(entries.size()).isEqualTo(file.size()).isGreaterThan(100_000);
        file.forEach((head, gloss) -> {
            if (!gloss.equals(entries.get(head))) {
                throw new AssertionError(head + ": " + entries.get(head) + " instead of " + gloss);
            }
        });
    }

    private static CedictGlossary.Entries table(String... lines) throws IOException {
        return CedictGlossary.Entries.read(new BufferedReader(new StringReader(String.join("\n", lines))));
    }

    private static List<String> bundledLines() throws IOException {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                GlossaryTest.class.getClassLoader().getResourceAsStream(CedictGlossary.RESOURCE)), StandardCharsets.UTF_8))) {
            return lines.lines().toList();
        }
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
