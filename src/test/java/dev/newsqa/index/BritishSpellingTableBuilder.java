package dev.newsqa.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes the bundled table of British spellings and their American forms
 * ({@code src/main/resources/dictionaries/british-american-en.tsv}) from the npm package
 * {@code american-british-english-translator}:
 * <pre>
 * npm pack american-british-english-translator@0.2.1 &amp;&amp; tar xzf american-british-english-translator-0.2.1.tgz
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.newsqa.index.BritishSpellingTableBuilder \
 *     -Dexec.args="package/data/british_spellings.json src/main/resources/dictionaries/british-american-en.tsv"
 * </pre>
 * One line per British spelling, lower case: the British word, a tab, the American one; one-word pairs only. The
 * data is that package's (MIT licence, copyright 2016 its authors), and the table keeps its notice.
 */
public final class BritishSpellingTableBuilder {

    private BritishSpellingTableBuilder() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode pairs = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Map<String, String> table = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = pairs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String british = e.getKey().toLowerCase(Locale.ROOT);
            String american = e.getValue().asText().toLowerCase(Locale.ROOT);
            if (!british.equals(american) && british.matches("\\p{L}+") && american.matches("\\p{L}+")) {
                table.put(british, american);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("# British spellings and their American forms, from the npm package american-british-english-translator "
                + "0.2.1, MIT licence, copyright (c) 2016 its authors: made by BritishSpellingTableBuilder");
        table.forEach((british, american) -> lines.add(british + "\t" + american));
        Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
        System.out.println(table.size() + " spellings");
    }
}
