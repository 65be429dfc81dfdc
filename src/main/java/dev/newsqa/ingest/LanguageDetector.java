package dev.newsqa.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells Chinese by its share of Han characters, and German from English by the share of each language's function
 * words: reliable on a sentence or more, which is all the corpus and the questions need, and free of any model.
 */
public final class LanguageDetector {

    /**
     * Han characters among all letters (a Han character and a Latin letter count one each) from which a text is
     * Chinese. An English article that gives names in parentheses ("Aliyun (阿里雲)") stays far below it; a Chinese
     * sentence naming "Google Play" stays above it.
     */
    static final double CHINESE_HAN_SHARE = 0.25;
    /** Letters of other scripts (kana, Hangul, Cyrillic, …) among all letters from which a text is none of ours. */
    static final double OTHER_SCRIPT_SHARE = 0.2;

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern UMLAUT = Pattern.compile("[äöüßÄÖÜ]");
    private static final Set<String> GERMAN = Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "von",
            "den", "dem", "des", "ein", "eine", "einen", "einer", "zu", "für", "auf", "sich", "wird", "werden",
            "hat", "sind", "auch", "nach", "wie", "im", "bei", "aus", "dass", "sein", "seine", "hoch", "welche",
            "wer", "wo", "warum", "wann", "über", "zum", "zur", "oder", "aber", "noch", "nur", "vom", "wurde");
    private static final Set<String> ENGLISH = Set.of("the", "and", "is", "of", "to", "in", "that", "it", "for",
            "was", "with", "on", "as", "by", "at", "from", "this", "are", "be", "has", "have", "which", "what",
            "who", "how", "when", "where", "why", "did", "does", "its", "an", "or", "were", "their", "will");

    /** The text's language, English when it is none of ours (see {@link #identify}). */
    public Language detect(String text) {
        return identify(text).orElse(Language.ENGLISH);
    }

    /**
     * The text's language, or empty when it is none that the index analyses: mostly another script, or Latin
     * letters without a single English or German function word. Empty text is empty too.
     */
    public Optional<Language> identify(String text) {
        int han = 0;
        int latin = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN) {
                han++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            } else {
                other++;
            }
        }
        int letters = han + latin + other;
        if (letters == 0 || other >= OTHER_SCRIPT_SHARE * letters) {
            return Optional.empty();
        }
        if (han >= CHINESE_HAN_SHARE * letters) {
            return Optional.of(Language.CHINESE);
        }
        return latinLanguage(text);
    }

    private static Optional<Language> latinLanguage(String text) {
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
            return Optional.of(Language.GERMAN);
        }
        // umlauts and ß tip a short text without function words ("Anfangsfinanzierung für AsiaForward?")
        if (german == english && UMLAUT.matcher(text).find()) {
            return Optional.of(Language.GERMAN);
        }
        return english > 0 ? Optional.of(Language.ENGLISH) : Optional.empty();
    }
}
