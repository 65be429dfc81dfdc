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

    /** Latin words a Chinese sentence may hold as names without its share of Han characters deciding it. */
    static final int NAME_WORDS_IN_CHINESE = 3;

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern UMLAUT = Pattern.compile("[äöüßÄÖÜ]");
    private static final Set<String> GERMAN = Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "von",
            "den", "dem", "des", "ein", "eine", "einen", "einer", "zu", "für", "auf", "sich", "wird", "werden",
            "hat", "sind", "auch", "nach", "wie", "im", "bei", "aus", "dass", "sein", "seine", "hoch", "welche",
            "wer", "wo", "warum", "wann", "über", "zum", "zur", "oder", "aber", "noch", "nur", "vom", "wurde",
            // a short question has little else to go on: "Welches Unternehmen kaufte Zynn?", "Wem gehört Aliyun?"
            "welcher", "welches", "welchen", "welchem", "wieso", "weshalb", "wem", "wen", "wessen", "woher", "wohin",
            "womit", "wofür", "gibt", "gab", "viele", "hatte", "haben", "kann", "seit");
    // "in", "was", "an" and "will" are German words too, so they count for neither ("Und in 2019?", "Was ist DingTalk?")
    private static final Set<String> ENGLISH = Set.of("the", "and", "is", "of", "to", "that", "it", "for",
            "with", "on", "as", "by", "at", "from", "this", "are", "be", "has", "have", "which", "what",
            "who", "how", "when", "where", "why", "did", "does", "its", "or", "were", "their");

    /** The text's language, English when it is none of ours (see {@link #identify}). */
    public Language detect(String text) {
        return identify(text).orElse(Language.ENGLISH);
    }

    /**
     * The text's language, or empty when it is none that the index analyses: mostly another script, or Latin
     * letters without a single English or German function word. Empty text is empty too.
     */
    public Optional<Language> identify(String text) {
        Letters letters = Letters.of(text);
        if (letters.total() == 0 || letters.other() >= OTHER_SCRIPT_SHARE * letters.total()) {
            return Optional.empty();
        }
        if (letters.han() >= CHINESE_HAN_SHARE * letters.total()) {
            return Optional.of(Language.CHINESE);
        }
        Optional<Language> latin = latinLanguage(text);
        // a few Latin words without one English or German function word beside Han characters are names inside a
        // Chinese sentence ("那 AliExpress 呢？"); a sentence of another Latin-script language is not
        boolean namesInChinese = latin.isEmpty() && letters.han() > 0
                && WORD.matcher(text.replaceAll("\\p{IsHan}+", " ")).results().count() <= NAME_WORDS_IN_CHINESE;
        return namesInChinese ? Optional.of(Language.CHINESE) : latin;
    }

    /** Why {@link #identify} finds none of our languages in the text, for a log line; empty when it finds one. */
    public Optional<String> whyNone(String text) {
        if (identify(text).isPresent()) {
            return Optional.empty();
        }
        Letters letters = Letters.of(text);
        if (letters.total() == 0) {
            return Optional.of("no letters");
        }
        if (letters.other() >= OTHER_SCRIPT_SHARE * letters.total()) {
            return Optional.of(letters.other() + " of " + letters.total() + " letters in another script ("
                    + letters.firstOther().name().toLowerCase(Locale.ROOT) + ")");
        }
        return Optional.of("Latin letters without an English or German function word");
    }

    /** The letters of a text by script: Han, Latin, and any other (the first of which is kept, to name it). */
    private record Letters(int han, int latin, int other, Character.UnicodeScript firstOther) {

        static Letters of(String text) {
            int han = 0;
            int latin = 0;
            int other = 0;
            Character.UnicodeScript firstOther = null;
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
                    firstOther = firstOther == null ? script : firstOther;
                }
            }
            return new Letters(han, latin, other, firstOther);
        }

        int total() {
            return han + latin + other;
        }
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
