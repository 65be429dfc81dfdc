package dev.newsqa.answer;

import dev.newsqa.ingest.Language;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an extract mentions anything of the kind a question asks for, a time for "when" and an amount for "how
 * many", broadly: any year, month, weekday or "two weeks ago"; any number, in digits or words. A follow-up read
 * together with the previous question ("How much is that deal worth?", "When will it go live?") borrows that
 * question's words and so its confidence; an extract that mentions no time or amount the two questions do not name
 * themselves cannot answer it, however well it answers the previous question. Unlike {@link ShortAnswerFinder}, which
 * gives one answer only when sure, this asks only whether there is any candidate at all.
 */
public final class KindMentions {

    private static final Pattern DATE = Pattern.compile("\\b(?:1[0-9]|20)\\d{2}s?\\b"
            + "|\\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept?"
            + "|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
            + "|Sunday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\\b"
            + "|(?iu)\\b(?:yesterday|today|tomorrow|ago|gestern|heute|zuvor|damals"
            + "|(?:last|this|next|past|previous|letzte[nmrs]?|diese[nmrs]?|nächste[nmrs]?|vergangene[nmrs]?"
            + "|vorige[nmrs]?)\\s+(?:week|month|year|quarter|weekend|decade|woche|monat|jahr|quartal|wochenende)"
            + "|vor\\s+\\S+\\s+(?:tagen|wochen|monaten|jahren))\\b|\\b\\d{1,2}/\\d{1,2}\\b");
    private static final Pattern DATE_ZH = Pattern.compile("\\d{1,4}\\s?年|\\d{1,2}\\s?月|\\d{1,2}\\s?[日号]"
            + "|[一二三四五六七八九十〇零]{2,4}年|[一二三四五六七八九十]{1,2}月|[上本下]周|[上本下]个?月|去年|今年|明年|前年"
            + "|昨天|今天|明天|星期[一二三四五六日天]");
    /** A number in digits (kept whole, "544,000") or in words from two upward ("one" is as often a pronoun). */
    private static final Pattern AMOUNT = Pattern.compile("\\d[\\d,.]*|(?iu)\\b(?:two|three|four|five|six|seven|eight"
            + "|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?"
            + "|millions?|billions?|trillions?|dozens?|half|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf"
            + "|zwanzig|dreißig|hundert|tausend|millionen?|milliarden?|dutzend|hälfte)\\b");
    private static final Pattern AMOUNT_ZH = Pattern.compile("\\d[\\d,.]*|[一二两三四五六七八九十百千万亿]+(?=[多余]?(?:"
            + "个|名|位|次|人|年|岁|天|日|周|月|分钟|小时|公里|米|吨|元|美元|倍|家|项|%))|一半|半数");

    private KindMentions() {
    }

    /**
     * Whether {@code extract} mentions a time or an amount when {@code query} asks for one, other than those its own
     * words or the earlier question it is read with name; true for a question of any other kind.
     */
    public static boolean holdsAskedKind(Query query, String extract, Language extractLanguage) {
        Optional<ShortAnswerFinder.Kind> kind = ShortAnswerFinder.kindOf(query);
        if (kind.isEmpty() || kind.get() != ShortAnswerFinder.Kind.DATE && kind.get() != ShortAnswerFinder.Kind.QUANTITY) {
            return true;
        }
        boolean date = kind.get() == ShortAnswerFinder.Kind.DATE;
        boolean chinese = extractLanguage == Language.CHINESE;
        Pattern mention = date ? (chinese ? DATE_ZH : DATE) : (chinese ? AMOUNT_ZH : AMOUNT);
        String named = query.question() + " " + (query.readWith() == null ? "" : query.readWith());
        String namedWords = " " + ExtractSelector.wordsOf(named) + " ";
        Matcher m = mention.matcher(extract);
        while (m.find()) {
            String found = ExtractSelector.wordsOf(m.group());
            if (!found.isEmpty() && !names(named, namedWords, found)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the questions name {@code mention} (its words, {@link ExtractSelector#wordsOf}) as whole words: "2019"
     * does not name "1". Chinese has no word breaks, so there it is any occurrence.
     */
    private static boolean names(String named, String namedWords, String mention) {
        if (mention.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return named.contains(mention);
        }
        return namedWords.contains(" " + mention + " ");
    }
}
