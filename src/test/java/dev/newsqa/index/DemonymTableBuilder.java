package dev.newsqa.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Makes the bundled table of English demonyms ({@code src/main/resources/dictionaries/demonyms-en.tsv}) from the
 * countries database as the npm package {@code world-countries} ships it:
 * <pre>
 * npm pack world-countries@5.1.0 &amp;&amp; tar xzf world-countries-5.1.0.tgz
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.newsqa.index.DemonymTableBuilder \
 *     -Dexec.args="package/countries.json src/main/resources/dictionaries/demonyms-en.tsv"
 * </pre>
 * One line per demonym, lower case: the demonym, a tab, the country's common name. Only one-word demonyms of one-word
 * countries, and only a demonym that belongs to one independent country at most ("French": France, not the French
 * Southern Lands; "Dominican" and "Congolese", each of two independent countries, are left out). The data is from
 * mledoze/countries under the Open Database License (ODbL 1.0), and the table, a derived database, stays under it.
 */
public final class DemonymTableBuilder {

    private DemonymTableBuilder() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode countries = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Map<String, Set<String>> independent = new TreeMap<>();
        Map<String, Set<String>> any = new TreeMap<>();
        for (JsonNode c : countries) {
            String name = c.path("name").path("common").asText();
            JsonNode eng = c.path("demonyms").path("eng");
            for (String field : List.of("m", "f")) {
                String demonym = eng.path(field).asText("");
                if (demonym.isBlank()) {
                    continue;
                }
                any.computeIfAbsent(demonym, k -> new TreeSet<>()).add(name);
                if (c.path("independent").asBoolean(false)) {
                    independent.computeIfAbsent(demonym, k -> new TreeSet<>()).add(name);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("# English demonyms and their countries, from mledoze/countries (npm world-countries 5.1.0), "
                + "ODbL 1.0: made by DemonymTableBuilder");
        for (Map.Entry<String, Set<String>> e : any.entrySet()) {
            Set<String> countriesOf = independent.getOrDefault(e.getKey(), e.getValue());
            if (countriesOf.size() != 1) {
                continue;
            }
            String country = countriesOf.iterator().next();
            if (e.getKey().contains(" ") || e.getKey().contains("-") || country.contains(" ") || country.contains("-")) {
                continue;
            }
            lines.add(e.getKey().toLowerCase(Locale.ROOT) + "\t" + country.toLowerCase(Locale.ROOT));
        }
        Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
        System.out.println((lines.size() - 1) + " demonyms");
    }
}
