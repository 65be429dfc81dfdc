package dev.newsqa.translate;

import dev.newsqa.ingest.Language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * German to English, or English to German, from the Ding dictionary as Debian's {@code trans-de-en} installs it
 * ({@code /usr/share/trans/de-en}, GPL-2+): never bundled, read from the file an operator names. Lines are
 * {@code German | German … :: English | English …}, the parts after each {@code |} aligned, synonyms separated by
 * {@code ;}. A word is looked up as written, then without a German inflection ending ("Ländern" → "Länder"), then
 * as a compound by its last part ("Wohnbevölkerung" → "Bevölkerung"), since the head of a German compound says
 * what it is.
 */
public final class DingGlossary implements Glossary {

    /** Senses kept per headword, and words kept per sense. */
    private static final int SENSES = 2;
    private static final int WORDS_PER_SENSE = 3;
    /** The shortest last part of a compound that is looked up on its own. */
    private static final int SHORTEST_HEAD = 4;
    private static final Pattern NOTES = Pattern.compile("\\{[^}]*}|\\([^)]*\\)|\\[[^]]*]|/[^/]*/");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'-]*");
    private static final List<String> GERMAN_ENDINGS = List.of("en", "er", "es", "e", "n", "s");

    private final Language from;
    private final Language to;
    private final Map<String, List<String>> glosses;

    private DingGlossary(Language from, Language to, Map<String, List<String>> glosses) {
        this.from = from;
        this.to = to;
        this.glosses = glosses;
    }

    /**
     * Both directions from one file.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public static List<Glossary> read(Path file) {
        Map<String, List<String>> germanToEnglish = new HashMap<>();
        Map<String, List<String>> englishToGerman = new HashMap<>();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int sides = line.indexOf(" :: ");
                if (line.startsWith("#") || sides < 0) {
                    continue;
                }
                String[] german = line.substring(0, sides).split(" \\| ");
                String[] english = line.substring(sides + 4).split(" \\| ");
                for (int i = 0; i < Math.min(german.length, english.length); i++) {
                    add(germanToEnglish, german[i], english[i]);
                    add(englishToGerman, english[i], german[i]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the German-English dictionary " + file, e);
        }
        return List.of(new DingGlossary(Language.GERMAN, Language.ENGLISH, germanToEnglish),
                new DingGlossary(Language.ENGLISH, Language.GERMAN, englishToGerman));
    }

    /** Each single-word headword of {@code source} gets the first words of the first alternative of {@code target}. */
    private static void add(Map<String, List<String>> glosses, String source, String target) {
        String meaning = firstWords(target.split(";")[0]);
        if (meaning.isEmpty()) {
            return;
        }
        for (String alternative : source.split(";")) {
            String headword = NOTES.matcher(alternative).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
            if (headword.isEmpty() || headword.contains(" ")) {
                continue;
            }
            List<String> kept = glosses.computeIfAbsent(headword, h -> new ArrayList<>(SENSES));
            if (kept.size() < SENSES && !kept.contains(meaning)) {
                kept.add(meaning);
            }
        }
    }

    private static String firstWords(String text) {
        Matcher m = WORD.matcher(NOTES.matcher(text).replaceAll(" "));
        List<String> words = new ArrayList<>();
        while (m.find() && words.size() < WORDS_PER_SENSE) {
            words.add(m.group());
        }
        return String.join(" ", words);
    }

    @Override
    public Language from() {
        return from;
    }

    @Override
    public Language to() {
        return to;
    }

    @Override
    public String gloss(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            List<String> meanings = lookUp(m.group().toLowerCase(Locale.ROOT));
            if (meanings != null) {
                meanings.forEach(g -> out.append(out.isEmpty() ? "" : " ").append(g));
            }
        }
        return out.toString();
    }

    private List<String> lookUp(String word) {
        List<String> found = glosses.get(word);
        if (found != null || from != Language.GERMAN) {
            return found;
        }
        for (String ending : GERMAN_ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= SHORTEST_HEAD) {
                found = glosses.get(word.substring(0, word.length() - ending.length()));
                if (found != null) {
                    return found;
                }
            }
        }
        for (int start = 1; word.length() - start >= SHORTEST_HEAD; start++) {
            found = glosses.get(word.substring(start));
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
