package dev.newsqa.conversation;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the signs that a question leans on the turn before it, in English, German and Chinese: an ellipsis
 * that continues the last question ("And in 2019?", "Und 2019?", "那2019年呢？", "What about DingTalk?") or a
 * pronoun standing for something the question itself never names ("Who announced it?"). A sign only makes
 * the contextual reading a candidate; {@link ConversationService} keeps it on the evidence of both readings.
 */
final class FollowUpResolver {

    /** What the wording of a question says about its dependence on the previous turn. */
    enum Cue {
        /** nothing in the wording refers back: the question stands on its own */
        NONE,
        /** a pronoun or demonstrative that may stand for something of the previous turn */
        REFERENCE,
        /** the question continues the previous one and is incomplete without it */
        ELLIPSIS
    }

    private static final Pattern CONTINUATION = Pattern.compile(
            "(?iu)^\\s*(and|but|also|plus|so|then|what about|how about|what of|same for|as for"
                    + "|und|aber|auch|also|dann|was ist mit|wie ist es mit|wie steht es mit|und bei|und im|und in"
                    + "|那么|那|还有|而|另外)(\\b|(?=\\p{IsHan})|(?=\\d)).*");
    /** Chinese marks an elliptical follow-up with a final 呢 ("那2019年呢？", "阿里巴巴呢？"). */
    private static final Pattern CHINESE_TAG = Pattern.compile("(?s).*呢\\s*[？?！!。]*\\s*$");
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> QUESTION_WORDS = Set.of("what", "who", "whom", "whose", "which", "when", "where",
            "why", "how", "was", "wer", "wen", "wem", "wessen", "welche", "welcher", "welches", "wann", "wo", "warum",
            "wie", "wieso", "weshalb");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "its", "they", "them", "their", "theirs",
            "him", "his", "her", "hers", "er", "es", "ihm", "ihn", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer",
            "sein", "seine", "seinen", "seinem", "seiner", "dort", "damals", "dabei", "davon", "dafür", "daran",
            "darauf", "deren", "dessen");
    /** Demonstratives refer back when they stand alone ("Who said that?"), not before a noun ("this year"). */
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those", "dies", "diese",
            "dieser", "dieses");
    private static final Set<String> AFTER_STANDALONE_DEMONSTRATIVE = Set.of("is", "was", "are", "were", "be", "mean",
            "means", "happen", "happened", "cost", "costs", "ist", "war", "sind", "waren", "bedeutet");
    private static final Pattern CHINESE_REFERENCE = Pattern.compile(
            "(他们|她们|它们|他|她|它|其|该|这家|这个|这些|这位|那家|那个|那些|那位|此)");

    Cue cue(String question) {
        String q = question.strip();
        if (CONTINUATION.matcher(q).matches() || CHINESE_TAG.matcher(q).matches()) {
            return Cue.ELLIPSIS;
        }
        var words = WORDS.matcher(q.toLowerCase(Locale.ROOT)).results().map(m -> m.group()).toList();
        // a fragment such as "2019?" or "In 2019?": no question word and nothing to ask about on its own
        if (!words.isEmpty() && words.size() <= 2 && words.stream().noneMatch(QUESTION_WORDS::contains)
                && !containsHan(q)) {
            return Cue.ELLIPSIS;
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (PRONOUNS.contains(w)) {
                return Cue.REFERENCE;
            }
            if (DEMONSTRATIVES.contains(w) && (i == words.size() - 1
                    || AFTER_STANDALONE_DEMONSTRATIVE.contains(words.get(i + 1)))) {
                return Cue.REFERENCE;
            }
        }
        // German "sie" is also the polite "you"; only a lower-case one stands for a person or thing
        if (Pattern.compile("(?<![\\p{L}])sie(?![\\p{L}])").matcher(q.substring(Math.min(q.length(), 1))).find()) {
            return Cue.REFERENCE;
        }
        return CHINESE_REFERENCE.matcher(q).find() ? Cue.REFERENCE : Cue.NONE;
    }

    private static boolean containsHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
