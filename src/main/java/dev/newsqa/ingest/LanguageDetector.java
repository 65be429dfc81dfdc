package dev.newsqa.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells German from English by the share of each language's function words: reliable on a
 * sentence or more, which is all the corpus and the questions need, and free of any model.
 */
public final class LanguageDetector {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> GERMAN = Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "von",
            "den", "dem", "des", "ein", "eine", "einen", "einer", "zu", "für", "auf", "sich", "wird", "werden",
            "hat", "sind", "auch", "nach", "wie", "im", "bei", "aus", "dass", "sein", "seine", "hoch", "welche",
            "wer", "wo", "warum", "wann", "über", "zum", "zur", "oder", "aber", "noch", "nur", "vom", "wurde");
    private static final Set<String> ENGLISH = Set.of("the", "and", "is", "of", "to", "in", "that", "it", "for",
            "was", "with", "on", "as", "by", "at", "from", "this", "are", "be", "has", "have", "which", "what",
            "who", "how", "when", "where", "why", "did", "does", "its", "an", "or", "were", "their", "will");

    public Language detect(String text) {
        int german = 0;
        int english = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (GERMAN.contains(w)) {
                german++;
            }
            if (ENGLISH.contains(w)) {
                english++;
            }
        }
        if (german > english) {
            return Language.GERMAN;
        }
        // umlauts and ß tip a short text without function words ("Anfangsfinanzierung für AsiaForward?")
        if (german == english && text.matches("(?s).*[äöüßÄÖÜ].*")) {
            return Language.GERMAN;
        }
        return Language.ENGLISH;
    }
}
