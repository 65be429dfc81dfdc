package dev.newsqa.conversation;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
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

    private static final String MARKERS = "(?iu)^\\s*(and what about|and how about|what about|how about|what of|same for"
            + "|as for|and|but|also|plus|so|then|und was ist mit|was ist mit|wie ist es mit|wie steht es mit|und|aber|auch"
            + "|dann|那么|那|还有|而|另外)(\\b|(?=\\p{IsHan})|(?=\\d))";
    private static final Pattern CONTINUATION = Pattern.compile(MARKERS + ".*");
    private static final Pattern CONTINUATION_MARKER = Pattern.compile(MARKERS);
    /** Chinese marks an elliptical follow-up with a final 呢 ("那2019年呢？", "阿里巴巴呢？"). */
    private static final Pattern CHINESE_TAG = Pattern.compile("(?s).*呢\\s*[？?！!。]*\\s*$");
    /** Words, with a contraction or possessive ending kept on the word it belongs to ("What's", "Alibaba's"). */
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    private static final Pattern PIECES = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern LATIN_OR_NUMBER_IN_HAN = Pattern.compile("\\d+|[A-Za-z][A-Za-z0-9-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!。？！]+\\s*");
    private static final Pattern CONTRACTION = Pattern.compile("(?iu)['’](s|re|ve|ll|d|m|t)$");
    private static final Set<String> QUESTION_WORDS = Set.of("what", "who", "whom", "whose", "which", "when", "where",
            "why", "how", "was", "wer", "wen", "wem", "wessen", "welche", "welcher", "welches", "wann", "wo", "warum",
            "wie", "wieso", "weshalb");
    private static final Pattern BARE_QUESTION = Pattern.compile(
            "(?iu)^\\s*(why|when|where|how|who|warum|wann|wo|wie|wer|wieso|weshalb)(\\s+(exactly|so|now|else|not|then|again"
                    + "|genau|denn|jetzt|sonst|noch|nicht|dann|eigentlich))?\\s*[?!.]*\\s*$");
    /**
     * A question that is only a prepositional question phrase ("Over what period?", "In which sectors, for example?",
     * "Seit wann?", "Über welchen Zeitraum?"): at most two words after the question word, none of them a verb form
     * that would make it a question of its own (English auxiliaries; in German only capitalised nouns may follow).
     */
    private static final Pattern PHRASE_QUESTION = Pattern.compile("(?u)^\\s*(?i:in|on|at|over|for|from|to|with|by|since|until"
            + "|during|after|before|about|under|through|within|between|among|seit|an|auf|über|für|von|zu|mit|bei|nach|vor"
            + "|unter|während|bis|durch|aus|um)\\s+(?:(?i:what|which|whom|whose|when|how)(?:\\s+[\\p{L}\\p{N}]+){0,2}"
            + "|(?i:welche[mnrs]?|wem|wen|wann|was|wessen|wie)(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}]*|lange|viel|viele|genau)){0,2})"
            + "(?:,?\\s+(?i:for example|for instance|exactly|zum Beispiel|genau))?\\s*[?!.]*\\s*$");
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "do", "does", "did",
            "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "shall");
    /** German "das" and "dies" stand for something when no noun (capitalised) follows them: "Wer hat das gesagt?". */
    private static final Set<String> GERMAN_DEMONSTRATIVE_PRONOUNS = Set.of("das", "dies");
    private static final Pattern CHINESE_BARE_QUESTION = Pattern.compile(
            "^\\s*(为什么|为何|什么时候|何时|在哪里|在哪儿|哪里|怎么样|多少|谁)\\s*[？?]*\\s*$");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "its", "they", "them", "their", "theirs",
            "him", "his", "her", "hers", "ones", "er", "es", "ihm", "ihn", "ihnen", "ihr", "ihre", "ihren", "ihrem",
            "ihrer", "sein", "seine", "seinen", "seinem", "seiner", "dort", "damals", "dabei", "davon", "dafür", "daran",
            "darauf", "deren", "dessen");
    /** Demonstratives refer back when they stand alone ("Who said that?"), not before a noun ("this year"). */
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those", "dies", "diese",
            "dieser", "dieses");
    private static final Set<String> AFTER_STANDALONE_DEMONSTRATIVE = Set.of("is", "was", "are", "were", "be", "mean",
            "means", "happen", "happened", "cost", "costs", "ist", "war", "sind", "waren", "bedeutet");
    /** Words that carry no antecedent: auxiliaries, articles, prepositions (English and German). */
    private static final Set<String> FUNCTION_WORDS = Set.of("is", "are", "was", "were", "be", "been", "do", "does",
            "did", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "the", "a", "an", "of",
            "in", "on", "at", "to", "for", "with", "by", "from", "about", "as", "into", "and", "or", "many", "much",
            "ist", "sind", "war", "waren", "hat", "haben", "hatte", "wird", "werden", "wurde", "der", "die", "das",
            "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "von", "mit", "zu", "für", "auf", "bei",
            "aus", "nach", "über", "und", "oder", "viel", "viele", "hoch", "lange", "long");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "isn", "aren", "wasn",
            "weren");
    /**
     * Words a fragment may hold besides the numbers it asks about: prepositions and the words of a date ("And
     * in the year 2019?", "Und seit 2019?"), and the adverbs of a bare question ("Why exactly?").
     */
    private static final Set<String> FRAGMENT_WORDS = Set.of("over", "since", "until", "during", "after", "before",
            "under", "through", "within", "between", "among", "year", "years", "month", "quarter", "exactly", "so",
            "now", "else", "not", "then", "again", "an", "im", "am", "um", "seit", "bis", "vor", "unter", "während",
            "durch", "welchem", "welchen", "davor", "danach", "jahr", "jahre", "jahren", "monat", "quartal", "genau",
            "denn", "jetzt", "sonst", "noch", "nicht", "dann", "eigentlich");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** What a Chinese fragment may hold besides numbers: a date's units, particles, punctuation. */
    private static final Pattern CHINESE_FRAGMENT_FILLER = Pattern.compile(
            "[年月日号季度的在到和与呢吗么那还有而另外\\s\\p{P}]");
    /** Chinese question words and the copula, which a fragment may hold as English ones may ("它在哪里？", "为什么？"). */
    private static final Pattern CHINESE_QUESTION_WORDS = Pattern.compile(
            "什么时候|为什么|为何|怎么样|怎么|怎样|如何|哪里|哪儿|哪个|哪些|哪|多少|几|谁|什么|是|有");
    private static final Pattern LOWER_CASE_SIE = Pattern.compile("(?<![\\p{L}])sie(?![\\p{L}])");
    private static final Pattern CHINESE_REFERENCE = Pattern.compile(
            "(他们|她们|它们|他|她|它|其|该|这家|这个|这些|这位|那家|那个|那些|那位|此)");
    private static final Set<String> CHINESE_PRONOUNS = Set.of("他们", "她们", "它们", "他", "她", "它", "其");
    /** What may stand before a Chinese pronoun without being something it could stand for ("除了它，…"). */
    private static final Pattern CHINESE_LEAD_IN = Pattern.compile("除了|那么|那|还有|而且|而|另外|和|与|对于|关于|[\\s\\p{P}]");

    Cue cue(String question) {
        String q = question.strip();
        if (CONTINUATION.matcher(q).matches() || CHINESE_TAG.matcher(q).matches()) {
            return Cue.ELLIPSIS;
        }
        List<String> cased = words(q);
        List<String> words = cased.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        // a fragment such as "2019?" or "In 2019?" (no question word), or a bare "Why?" / "Wann genau?"; a possessive
        // counts as a word of its own, so that "Andorra's population?" is a question, not a fragment
        long pieces = PIECES.matcher(q).results().count();
        if (pieces > 0 && pieces <= 2 && !containsHan(q)
                && (words.stream().noneMatch(QUESTION_WORDS::contains) || BARE_QUESTION.matcher(q).matches())) {
            return Cue.ELLIPSIS;
        }
        if (CHINESE_BARE_QUESTION.matcher(q).matches()
                || PHRASE_QUESTION.matcher(q).matches() && words.stream().noneMatch(AUXILIARIES::contains)) {
            return Cue.ELLIPSIS;
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (PRONOUNS.contains(w)) {
                return Cue.REFERENCE;
            }
            // "there" points back when it is a place ("What will they build there?"), not in "Is there …?"
            if (w.equals("there") && (i == 0 || !BE.contains(words.get(i - 1)))
                    && (i == words.size() - 1 || !BE.contains(words.get(i + 1)))) {
                return Cue.REFERENCE;
            }
            if (DEMONSTRATIVES.contains(w) && (i == words.size() - 1
                    || AFTER_STANDALONE_DEMONSTRATIVE.contains(words.get(i + 1)))) {
                return Cue.REFERENCE;
            }
            if (germanDemonstrativePronoun(cased, i)) {
                return Cue.REFERENCE;
            }
        }
        // German "sie" is also the polite "you"; only a lower-case one stands for a person or thing
        if (LOWER_CASE_SIE.matcher(q.substring(Math.min(q.length(), 1))).find()) {
            return Cue.REFERENCE;
        }
        return CHINESE_REFERENCE.matcher(q).find() ? Cue.REFERENCE : Cue.NONE;
    }

    /**
     * Whether the question is an ellipsis or a reference that asks nothing of its own: no word of its own but a
     * number or a date, a question word, or none at all ("And in 2019?", "Und 2015?", "那2019年呢？", "And the year
     * before?", "Why?", "Which ones?", "When was it?", "它在哪里？"). Read alone, it can only find a sentence that
     * mentions the year, or the word "one", which answers no question anyone asked. A name is a topic of its own
     * ("DingTalk", "What about Tencent?", "那 AliExpress 呢？"): read alone it finds what the articles say about it, as
     * a search for the name would.
     */
    boolean asksNothingOfItsOwn(String question) {
        return asksNothingOfItsOwn(question, cue(question));
    }

    /** The same, for a question whose {@link #cue} has been read already. */
    boolean asksNothingOfItsOwn(String question, Cue cue) {
        if (cue == Cue.NONE) {
            return false;
        }
        String asked = askedText(question);
        if (containsHan(asked)) {
            String rest = CHINESE_QUESTION_WORDS.matcher(NUMBER.matcher(asked).replaceAll("")).replaceAll("");
            return CHINESE_FRAGMENT_FILLER.matcher(rest).replaceAll("").isEmpty();
        }
        for (String w : words(asked)) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!w.chars().allMatch(Character::isDigit) && !QUESTION_WORDS.contains(lower)
                    && !FUNCTION_WORDS.contains(lower) && !FRAGMENT_WORDS.contains(lower)) {
                return false;
            }
        }
        return true;
    }

    /**
     * What the question asks itself: its words without the ones that point back (continuation markers, pronouns,
     * standalone demonstratives, Chinese 呢), so that "How old is she?" is judged by "How old is".
     */
    String askedText(String question) {
        String q = CONTINUATION_MARKER.matcher(question.strip()).replaceFirst("");
        q = CHINESE_REFERENCE.matcher(q.replace("呢", " ")).replaceAll(" ");
        StringBuilder out = new StringBuilder();
        String[] tokens = q.split("\\s+");
        List<String> cased = Arrays.stream(tokens).map(t -> t.replaceAll("[^\\p{L}\\p{N}]", "")).toList();
        for (int i = 0; i < tokens.length; i++) {
            String word = cased.get(i).toLowerCase(Locale.ROOT);
            if (!PRONOUNS.contains(word) && !DEMONSTRATIVES.contains(word) && !word.equals("sie") && !word.equals("there")
                    && !germanDemonstrativePronoun(cased, i)) {
                out.append(tokens[i]).append(' ');
            }
        }
        return out.toString().strip();
    }

    /**
     * Whether the question itself may hold what its pronoun stands for: it names something before the pronoun (a
     * capitalised word after the first, a number; a Chinese question always may, as Chinese writes names and nouns
     * alike), or at least two words with content come before it ("What tool do stratigraphers use to see their data?"). Antecedents
     * come before their pronouns; "Who founded it?", "What is his job?" or "Who was his predecessor as CEO?" have
     * nothing before them that could be one.
     */
    boolean mayHoldAntecedent(String question) {
        if (containsHan(question)) {
            Matcher m = CHINESE_REFERENCE.matcher(question);
            return !m.find() || !CHINESE_PRONOUNS.contains(m.group())
                    || !CHINESE_LEAD_IN.matcher(question.substring(0, m.start())).replaceAll("").isEmpty();
        }
        List<String> words = words(question.strip());
        int contentBefore = 0;
        boolean pronounSeen = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String lower = w.toLowerCase(Locale.ROOT);
            boolean name = capitalised(w) && i > 0 && !w.equals("I") && !w.equals("Sie");
            if (!pronounSeen && (name || Character.isDigit(w.codePointAt(0)))) {
                return true;
            }
            if (PRONOUNS.contains(lower) || DEMONSTRATIVES.contains(lower) || lower.equals("there")
                    || germanDemonstrativePronoun(words, i)) {
                pronounSeen = true;
            } else if (!pronounSeen && !FUNCTION_WORDS.contains(lower) && !QUESTION_WORDS.contains(lower)) {
                contentBefore++;
            }
        }
        return contentBefore >= 2;
    }

    /**
     * The numbers and names a follow-up asks about itself ("And in 2015?" → 2015; "What about Tencent's cloud?" →
     * Tencent): an extract that answers it must hold them. Names are capitalised words other than a sentence's opening
     * question or function word, except in German, which capitalises every noun, where only numbers count.
     *
     * @param asked what the follow-up asks itself ({@link #askedText})
     */
    Set<String> namedThings(String asked, boolean german) {
        Set<String> named = new LinkedHashSet<>();
        for (String sentence : SENTENCE_END.split(asked)) {
            List<String> words = words(sentence);
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                String lower = w.toLowerCase(Locale.ROOT);
                boolean opener = i == 0 && (QUESTION_WORDS.contains(lower) || FUNCTION_WORDS.contains(lower)
                        || PRONOUNS.contains(lower) || DEMONSTRATIVES.contains(lower));
                if (w.chars().allMatch(Character::isDigit)
                        || !german && !opener && capitalised(w) && !w.equals("I") && !containsHan(w)) {
                    named.add(w);
                }
            }
        }
        // Chinese questions: numbers and Latin names stand inside the Han text ("那2018年呢？" → 2018)
        if (containsHan(asked)) {
            LATIN_OR_NUMBER_IN_HAN.matcher(asked).results().forEach(m -> named.add(m.group()));
        }
        return named;
    }

    /** The question's words, a contraction's ending taken off ("What's" → "What"; "Alibaba's" → "Alibaba"). */
    private static List<String> words(String text) {
        return WORDS.matcher(text).results().map(m -> CONTRACTION.matcher(m.group()).replaceFirst("")).toList();
    }

    /** German "das" or "dies" with no noun (a capitalised word) after it in the question. */
    private static boolean germanDemonstrativePronoun(List<String> casedWords, int i) {
        return GERMAN_DEMONSTRATIVE_PRONOUNS.contains(casedWords.get(i))
                && casedWords.subList(i + 1, casedWords.size()).stream().noneMatch(FollowUpResolver::capitalised);
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    private static boolean containsHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
