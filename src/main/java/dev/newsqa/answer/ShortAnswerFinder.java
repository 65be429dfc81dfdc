package dev.newsqa.answer;

import dev.newsqa.ingest.Language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Answer typing without a reader model: the question says what kind of thing it asks for (who → a name, how many or
 * how much → a quantity, when or which year → a date, where → a place, which company → a name; in Chinese 谁, 多少
 * or 几 with a unit, 哪一年 or 什么时候, 哪里, 哪家公司), the extract's phrases of that kind that the question does not
 * already contain (a name, not even one word of it) are the candidates, and the short answer is given only when the
 * choice is clear: one candidate, or the only one in the sentence holding the most of the question's words (of a
 * Chinese question, its characters). A question in another language than the extract gets no name: its words cannot
 * tell the extract's names apart.
 */
final class ShortAnswerFinder {

    /** What a question asks for. */
    enum Kind { PERSON, QUANTITY, DATE, PLACE, NAME }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern PERSON_QUESTION = Pattern.compile("(?iu)^\\s*(who|whom|wer|wem|wen)\\b");
    private static final Pattern QUANTITY_QUESTION = Pattern.compile(
            "(?iu)^\\s*(how (many|much|large|big|long|tall|high|old|far|heavy|fast)|what (percentage|share|portion|"
                    + "proportion)|by how much|wie (viele|viel|hoch|groß|lang|alt|weit|schwer)|um wie viel)\\b");
    private static final Pattern DATE_QUESTION = Pattern.compile(
            "(?iu)^\\s*(when|in (what|which) (year|month|decade|century)|what (year|date|month|decade)|wann|"
                    + "in welchem (jahr|monat|jahrzehnt|jahrhundert)|seit wann)\\b");
    private static final Pattern PLACE_QUESTION = Pattern.compile(
            "(?iu)^\\s*(where|in (what|which) (city|country|state|province|region|place)|wo|woher|wohin|"
                    + "in welche[mr]? (stadt|land|staat|provinz|region))\\b");
    private static final Pattern NAME_QUESTION = Pattern.compile(
            "(?iu)^\\s*(which|what|welche[rsmn]?)\\s+(?:\\p{L}+\\s+)?(company|firm|exchange|app|organi[sz]ation|team|"
                    + "bank|university|city|country|president|ceo|customer|unternehmen|firma|stadt|land|mannschaft)\\b");

    /** Chinese questions put the question word anywhere: 谁 (who), 哪一年 (which year), 多少 / 几分钟 (how many). */
    private static final String CHINESE_UNITS = "个|名|位|次|人|年|岁|天|日|周|月|分钟|分|秒|小时|公里|千米|厘米|毫米|米|公尺|"
            + "英尺|英里|吨|公斤|千克|克|磅|元|美元|港元|万|亿|倍|度|座|家|所|部|件|种|条|辆|架|艘|层|届|场|集|首|本|张|匹|只|头|"
            + "株|颗|发|枚|户|间|项|篇|卷|册|章|节|期|季|号|平方米|平方公里|平方千米|平方英里|公顷|英亩|亩|%|％";
    private record Measure(Pattern asked, Set<String> units) {
    }

    /**
     * What a Chinese quantity question measures, and the units that measure it: an area is not in kilometres, a
     * population not in years. The first whose word the question holds applies; a question none applies to takes any
     * unit.
     */
    private static final List<Measure> MEASURES = List.of(
            new Measure(Pattern.compile("面积"), Set.of("平方米", "平方公里", "平方千米", "平方英里", "公顷", "英亩", "亩")),
            new Measure(Pattern.compile("人口|人数|居民"), Set.of("人")),
            new Measure(Pattern.compile("年龄|年纪|几岁|多少岁"), Set.of("岁")),
            new Measure(Pattern.compile("多久|多长时间|时长|多少年|几年"), Set.of("年", "天", "日", "周", "月", "分钟", "秒", "小时")),
            new Measure(Pattern.compile("体重|重量|多重"), Set.of("吨", "公斤", "千克", "克", "磅")),
            new Measure(Pattern.compile("身高|高度|多高|长度|多长|距离|多远|宽度|多宽|深度|多深|轨距"),
                    Set.of("米", "厘米", "毫米", "公尺", "英尺", "英里", "公里", "千米")));
    private static final Pattern QUANTITY_QUESTION_ZH = Pattern.compile("多少|几(?=" + CHINESE_UNITS + ")|多(?:大|高|长|重|远|久|深|宽|老)");
    private static final Pattern DATE_QUESTION_ZH = Pattern.compile(
            "哪一?年|何年|哪一?天|什么时候|何时|什么时间|哪个月|几月|几号|何日|哪一?日");
    private static final Pattern PERSON_QUESTION_ZH = Pattern.compile("谁");
    private static final Pattern PLACE_QUESTION_ZH = Pattern.compile(
            "哪里|哪儿|什么地方|何处|何地|哪(?:个|一个|座)?(?:国家|城市|省份?|州|地区)|哪国");
    private static final Pattern NAME_QUESTION_ZH = Pattern.compile(
            "(?:哪(?:家|个|间|一家|一个|所|支)?|什么)(?:公司|企业|银行|大学|球队|队伍|机构|组织|平台|应用|交易所)");
    /** A date in Chinese text: "1588年", "2012年7月4日", "7月4日", "公元前221年". */
    private static final Pattern DATE_ZH = Pattern.compile(
            "(?:公元前?)?\\d{1,4}年(?:\\d{1,2}月(?:\\d{1,2}[日号])?)?|\\d{1,2}月\\d{1,2}[日号]");
    /** A number with its unit in Chinese text: "4分钟", "101发", "200余人", "3至8毫米", "33秒". */
    private static final Pattern QUANTITY_ZH = Pattern.compile(
            "\\d[\\d,.]*(?:\\s?[至到~－-]\\s?\\d[\\d,.]*)?(?:万|亿|千|百)?(?:余|多)?(?:" + CHINESE_UNITS + ")");
    private static final Pattern CHINESE_YEAR = Pattern.compile("(?:1[0-9]|20)\\d{2}年");
    /** The unit a Chinese question counts in: "多少人" → 人, "几分钟" → 分钟. */
    private static final Pattern ASKED_UNIT = Pattern.compile("(?:多少|几)(" + CHINESE_UNITS + ")");

    /** A question's words that ask for a kind; the first that matches says which. */
    private record Asked(Pattern question, Kind kind) {
    }

    private static final List<Asked> ASKED = List.of(new Asked(QUANTITY_QUESTION, Kind.QUANTITY),
            new Asked(DATE_QUESTION, Kind.DATE), new Asked(PERSON_QUESTION, Kind.PERSON),
            new Asked(PLACE_QUESTION, Kind.PLACE), new Asked(NAME_QUESTION, Kind.NAME));
    /** A date before a quantity: "哪一年" asks for no count, "多少年" does. */
    private static final List<Asked> ASKED_IN_CHINESE = List.of(new Asked(DATE_QUESTION_ZH, Kind.DATE),
            new Asked(QUANTITY_QUESTION_ZH, Kind.QUANTITY), new Asked(PERSON_QUESTION_ZH, Kind.PERSON),
            new Asked(PLACE_QUESTION_ZH, Kind.PLACE), new Asked(NAME_QUESTION_ZH, Kind.NAME));

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Januar|Februar|März|Juni|Juli|Oktober|Dezember";
    private static final Pattern DATE = Pattern.compile(
            "\\b(?:(?:\\d{1,2}\\.?\\s)?(?:" + MONTHS + ")\\s)?(?:1[0-9]|20)\\d{2}s?\\b|\\b(?:" + MONTHS + ")\\s\\d{1,2},\\s\\d{4}\\b");
    private static final String NUMBER_WORD = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozens|hundreds|"
            + "thousands|millions)";
    private static final String AMOUNT = "(?:(?:US\\$|HK\\$|\\$|€|£|¥)\\s?)?\\d(?:[\\d,.]*\\d)?[½¼¾]?";
    /** The words that scale an amount ("1.2 million"). */
    private static final String SCALE = "hundred|thousand|million|billion|trillion|Millionen|Milliarden|Mio\\.?|Mrd\\.?";
    /** What makes an amount a share ("27%", "1 percent"). */
    private static final String PER_HUNDRED = "%|％|per ?cent|Prozent";
    /**
     * A quantity: an amount in figures ("308", "US$1.5", "6½", "3:08") or, in English, in words ("four", "twenty-five",
     * "hundreds"), a range of two ("100–150", "30 to 50"), a scale and a unit ("1.2 million", "27%", "5 Milliarden"),
     * with the word before it that qualifies it ("more than 300 million": without it the figure says more than the
     * article does). The words counted after it are found by {@link #quantityEnd}.
     */
    private static final Pattern QUANTITY = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])"
            + "(?:(?:more than|less than|fewer than|over|under|about|around|approximately|approx\\.|nearly|almost|"
            + "roughly|some|up to|at least|at most|as many as|as much as|an estimated|mehr als|über|rund|etwa|fast|"
            + "knapp|bis zu|mindestens)\\s)?"
            + "(?:\\d{1,2}:\\d{2}|(?:" + AMOUNT + "|" + NUMBER_WORD + ")(?:\\s?(?:–|-|to|bis)\\s?(?:" + AMOUNT + "|"
            + NUMBER_WORD + "))?(?:\\s(?:" + SCALE + "))?(?:\\s?(?:" + PER_HUNDRED + "))?|once|twice|thrice)(?![\\p{L}\\p{N}])");
    /** A question asking for someone's age, answered in years or by a bare figure ("at age 39"). */
    private static final Pattern AGE_QUESTION = Pattern.compile("(?iu)^\\s*(?:how old|wie alt)\\b");
    private static final Set<String> AGE_UNITS = Set.of("years", "year", "jahre", "jahren");
    /** A question asking for a share of something, answered by a percentage. */
    private static final Pattern SHARE_QUESTION = Pattern.compile("(?iu)\\b(?:what|which) (?:percentage|percent|share)\\b|wie viel prozent");
    private static final Pattern SHARE = Pattern.compile("(?iu)" + PER_HUNDRED);
    /** Up to three words, then "with", just before a figure. */
    private static final Pattern COUNTED_BEFORE = Pattern.compile("(?iu)((?:\\p{L}[\\p{L}'’-]*\\s+){1,3})with\\s+$");
    /** A quantity in figures, not in words. */
    private static final Pattern FIGURES = Pattern.compile("\\d");
    /** A count in one word ("twice"), for a question asking how many times. */
    private static final Pattern TIMES = Pattern.compile("(?iu)once|twice|thrice");
    /** What a figure alone measures in, taken into the answer when no counted word is asked ("39 years", "3 km"). */
    private static final Set<String> MEASURE_WORDS = Set.of("yuan", "dollar", "dollars", "us-dollar", "euro", "euros",
            "cent", "cents", "seconds", "second", "minutes", "minute", "hours", "hour", "days", "day", "weeks", "week",
            "months", "month", "years", "year", "km", "mi", "miles", "mile", "metres", "meters", "metre", "meter", "feet",
            "foot", "ft", "inches", "kilometres", "kilometers", "kg", "kilograms", "tons", "tonnes", "pounds", "lb",
            "degrees", "gigatons", "hectares", "acres", "square", "sq", "cubic", "jahre", "jahren", "tage", "stunden",
            "minuten", "sekunden", "kilometer");
    /** Words that end the words a quantity counts ("300 million users in 2020": "in" ends them). */
    private static final Set<String> AFTER_QUANTITY = Set.of("and", "or", "und", "oder", "in", "of", "to", "from", "at",
            "on", "for", "by", "with", "as", "than", "a", "an", "the", "zu", "bis", "von", "im", "am", "der", "die", "das",
            "that", "which", "who", "were", "was", "are", "is", "had", "have", "has");
    private static final Set<String> SENTENCE_OPENERS = Set.of("the", "then", "this", "that", "these", "those", "in",
            "on", "at", "after", "before", "when", "while", "but", "and", "however", "since", "as", "for", "by", "from",
            "a", "an", "it", "its", "he", "she", "they", "der", "die", "das", "dann", "im", "am", "nach", "als", "aber");
    /** The words a "how many" question counts, up to three, before its verb ("How many career sacks did …"). */
    private static final Pattern COUNTED = Pattern.compile(
            "(?iu)\\b(?:how many|wie viele)((?:\\s+(?!(?:did|do|does|were|was|are|is|have|has|had|will|can|could|would|"
                    + "in|of|at|on|for|to|by|with|from|sind|waren|wurden|hat|haben|hatte|gibt|gab|im|in|von|der|die|das)\\b)"
                    + "\\p{L}+){1,3})");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?。！？]+[.!?。！？]*");
    private static final Pattern YEAR = Pattern.compile("(?:1[0-9]|20)\\d{2}");
    /** The word after a quantity, when only white space is between them. */
    private static final Pattern FOLLOWING_WORD = Pattern.compile("\\G\\s+(\\p{L}[\\p{L}/-]*)");
    /** What makes a figure an amount of something whatever word follows it: a currency, a scale, a share. */
    private static final Pattern AMOUNT_OF = Pattern.compile("(?iu)[$€£¥]|" + SCALE + "|" + PER_HUNDRED);
    /** Capitalised words, joined by the small words names carry ("Bank of China", "Ludwig van Beethoven"). */
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*(?:\\s(?:(?:of|de|da|van|von|der|den|du|la|le|y|bin|al)\\s)?\\p{Lu}[\\p{L}'’.-]*)*");

    /** A word of a {@link #NAME}. */
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}'’.-]+");
    /** An initial ("C."), or an abbreviation with a full stop inside it ("U.S.", "D.C."). */
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.|(?:\\p{L}\\.){2,}");
    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Dr", "St", "Mt", "Jr", "Sr", "Prof", "Gen",
            "Col", "Lt", "Sgt", "Rev", "Gov", "Sen", "Rep", "Inc", "Co", "Corp", "Ltd", "Hr", "Fr");

    /**
     * The kinds given by default. Measured on XQuAD's English questions, first extracts answered at 0.8 or more: dates
     * 28 of 29 right, names after "which company/team/…" 8 of 9, people 8 of 11; quantities 25 of 35 until a count
     * had to be of what the question counts, in figures or words (stop 39: 24 of 26 on the even-numbered articles, 8
     * of 9 on the others) — but places 1 of 4, so those are typed but not given until they are as reliable.
     */
    static final Set<Kind> RELIABLE = Set.of(Kind.PERSON, Kind.DATE, Kind.NAME, Kind.QUANTITY);
    /**
     * The kinds given in a Chinese extract, where only dates and quantities are typed. Chosen on CMRC's questions about
     * its even-numbered articles, first extracts answered at 0.8 or more: dates 21 of 22 and quantities 11 of 11 hold
     * an accepted answer or lie inside one (CMRC's accepted answers are often a clause: "总面积为1.44平方公里" for
     * "1.44平方公里"); on the odd-numbered articles 14 of 16 and 11 of 13.
     */
    static final Set<Kind> RELIABLE_IN_CHINESE = Set.of(Kind.DATE, Kind.QUANTITY);
    /**
     * The kinds given in a German extract: dates only. German capitalises every noun, so a capitalised word there is no
     * sign of a name: on XQuAD's German questions (first extracts answered at 0.8 or more) the people given were right
     * 1 time in 6 ("Wer hält den Rekord …?" → "Jahren"), the dates 29 times in 32.
     */
    static final Set<Kind> RELIABLE_IN_GERMAN = Set.of(Kind.DATE);
    /** The service's kinds, by the language of the extract they are looked for in. */
    static final Map<Language, Set<Kind>> SERVED = Map.of(Language.ENGLISH, RELIABLE, Language.GERMAN, RELIABLE_IN_GERMAN,
            Language.CHINESE, RELIABLE_IN_CHINESE);

    /** The kinds given in an extract of each language; a language not in it gives none. */
    private final Map<Language, Set<Kind>> given;

    /** Gives {@code given} kinds in extracts of every language (the ones typed there). */
    ShortAnswerFinder(Set<Kind> given) {
        this(Arrays.stream(Language.values()).collect(Collectors.toMap(language -> language, language -> given)));
    }

    ShortAnswerFinder(Map<Language, Set<Kind>> given) {
        this.given = Map.copyOf(given);
    }

    /** The short answer in the extract, when the question's kind is known and the choice is clear. */
    Optional<ShortAnswer> find(Query query, Citation citation) {
        String question = query.question();
        Set<Kind> givenHere = given.getOrDefault(citation.language(), Set.of());
        Optional<Kind> kind = kindOf(query).filter(givenHere::contains);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        if (citation.language() == Language.CHINESE) {
            return chinese(question, kind.get(), citation);
        }
        if (kind.get() == Kind.QUANTITY && query.language() == Language.CHINESE) {
            // "多少…？" over an English extract: what it counts or measures cannot be read against the extract's words
            return Optional.empty();
        }
        boolean name = kind.get() != Kind.QUANTITY && kind.get() != Kind.DATE;
        if (name && query.language() != citation.language()) {
            // which of the extract's names a question asks for is read against the question's words; one written in
            // another language shares only the names with it, and names the wrong one as often as the right one
            return Optional.empty();
        }
        String extract = citation.extract();
        Set<String> asked = words(question);
        Set<String> askedSingular = asked.stream().map(ShortAnswerFinder::singular).collect(Collectors.toSet());
        QuantityAsked quantity = kind.get() == Kind.QUANTITY ? QuantityAsked.of(question) : null;
        List<int[]> candidates = new ArrayList<>();
        Matcher m = patternOf(kind.get()).matcher(extract);
        while (m.find()) {
            int start = m.start();
            int end = trimEnd(extract, start, name ? beforeSentenceEnd(extract, start, m.end()) : m.end());
            if (quantity != null && (end = quantityEnd(extract, start, end, quantity)) < 0) {
                continue;
            }
            if (name && end - start > 2 && extract.startsWith("s", end - 1)
                    && "'’".indexOf(extract.charAt(end - 2)) >= 0) {
                end -= 2; // "Messenger's translation": the name is "Messenger"
            }
            if (name && sentenceStart(extract, start)) {
                // "Then Daniel Zhang": a sentence's capitalised first word is often no part of the name
                Matcher first = WORD.matcher(extract.substring(start, end));
                if (first.find() && SENTENCE_OPENERS.contains(first.group().toLowerCase(Locale.ROOT))
                        && first.end() < end - start) {
                    start += first.end() + 1;
                }
            }
            if (end <= start) {
                continue;
            }
            String text = extract.substring(start, end);
            if (name && (sentenceStart(extract, start) && !text.contains(" ") || text.length() < 2)) {
                continue; // a capitalised first word of a sentence is no name
            }
            if (named(askedSingular, text) || name && partlyNamed(askedSingular, text)) {
                continue; // the question already names it ("Who was CEO before Daniel Zhang?" asks for another one)
            }
            candidates.add(new int[] {start, end});
        }
        return chosen(citation, kind.get(), candidates, several -> clearest(extract, asked, several));
    }

    /**
     * The date or quantity a question asks for in a Chinese extract; Chinese writes names without capitals, so people,
     * places and names are not typed there. A quantity must carry the unit the question counts in ("几分钟" → "4分钟"),
     * and is no year ("1992年") unless the question asks how many years.
     */
    private Optional<ShortAnswer> chinese(String question, Kind kind, Citation citation) {
        Pattern pattern = switch (kind) {
            case DATE -> DATE_ZH;
            case QUANTITY -> QUANTITY_ZH;
            default -> null;
        };
        if (pattern == null) {
            return Optional.empty();
        }
        String extract = citation.extract();
        String unit = kind == Kind.QUANTITY ? askedUnit(question) : null;
        Measure measured = MEASURES.stream().filter(e -> e.asked().matcher(question).find()).findFirst().orElse(null);
        List<int[]> candidates = new ArrayList<>();
        Matcher m = pattern.matcher(extract);
        while (m.find()) {
            String text = m.group();
            if (question.contains(text)) {
                continue; // the question already names it
            }
            int start = m.start();
            if (kind == Kind.QUANTITY) {
                // "第几名" asks for a place ("第3名"), any other question for an amount, which "第3名" is not
                boolean ordinal = start > 0 && extract.charAt(start - 1) == '第';
                if (ordinal != question.contains("第几") || unit != null && !text.endsWith(unit)
                        || measured != null && measured.units().stream().noneMatch(text::endsWith)
                        || CHINESE_YEAR.matcher(text).matches() && !"年".equals(unit)) {
                    continue;
                }
                start -= ordinal ? 1 : 0;
            }
            candidates.add(new int[] {start, m.end()});
        }
        return chosen(citation, kind, candidates, several -> clearestChinese(extract, question, several));
    }

    /** The unit a Chinese question counts in ("多少人" → 人, "几分钟" → 分钟), or null. */
    private static String askedUnit(String question) {
        Matcher m = ASKED_UNIT.matcher(question);
        return m.find() ? m.group(1) : null;
    }

    /**
     * Of several candidates, the only one in the sentence sharing the most of the question's characters; null also when
     * two sentences share as many (Chinese sentences share characters more easily than words).
     */
    private static int[] clearestChinese(String extract, String question, List<int[]> candidates) {
        Set<Integer> asked = new HashSet<>();
        question.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).forEach(asked::add);
        return onlyOneInBestSentence(extract, candidates,
                sentence -> sentence.codePoints().distinct().filter(asked::contains).count(), true);
    }

    /** What a quantity question asks for: the words it counts (none for "how much"), someone's age, a share. */
    private record QuantityAsked(Set<String> counted, boolean age, boolean share) {

        static QuantityAsked of(String question) {
            return new QuantityAsked(countedNoun(question), AGE_QUESTION.matcher(question).find(),
                    SHARE_QUESTION.matcher(question).find());
        }
    }

    /** The words a "how many" question counts ("How many career sacks did …" → career, sacks), or none. */
    private static Set<String> countedNoun(String question) {
        Matcher m = COUNTED.matcher(question);
        return m.find() ? words(m.group(1)) : Set.of();
    }

    /**
     * Where the quantity {@code [start, end)} ends as an answer, or -1 when it answers something else. To a question
     * counting something ({@link QuantityAsked#counted}: "How many career sacks did …" → career, sacks) it is a count
     * of that, ending at the first counted word among the three after it or a later plural one ("two extended
     * metropolitan areas", "four nations"), a figure right after "with" and the counted word ("career sack leader
     * with 136"), or "twice" for "how many times". To one asking how much, how old or how long it is an amount in
     * figures, with what it measures in ("39 years", "1,160,000 square miles"; an age in years or bare, and no time
     * "ago"); a figure followed by some other word it counts is no answer ("three players" for "How much did they
     * pay?") unless a currency, scale or share makes it an amount ("US$1 billion programme", "12% heavier"), and a
     * year is a date. A question asking for a share takes a percentage only.
     */
    private static int quantityEnd(String text, int start, int end, QuantityAsked asked) {
        String amount = text.substring(start, end);
        if (asked.share() && !SHARE.matcher(amount).find()) {
            return -1; // "What percentage …" asks for a share, not "390 billion"
        }
        Set<String> counted = asked.counted();
        List<int[]> after = new ArrayList<>();
        Matcher word = FOLLOWING_WORD.matcher(text).region(end, text.length());
        while (after.size() < 3 && word.find()) {
            if (AFTER_QUANTITY.contains(word.group(1).toLowerCase(Locale.ROOT))) {
                break;
            }
            after.add(new int[] {word.start(1), word.end(1)});
        }
        if (TIMES.matcher(amount).matches()) {
            return counted.stream().anyMatch(c -> sameWord(c, "times")) ? end : -1;
        }
        if (!counted.isEmpty()) {
            if (after.isEmpty() && countedBefore(text, start, counted)) {
                return end; // "the NFL's active career sack leader with 136"
            }
            int countedEnd = -1;
            for (int[] w : after) {
                String next = text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
                // the first counted word, or a later plural one: "two extended metropolitan areas", "four nations"
                // (not "four nations contain"; a question's verb is counted too)
                if ((countedEnd < 0 || next.endsWith("s")) && counted.stream().anyMatch(c -> sameWord(c, next))) {
                    countedEnd = w[1];
                }
            }
            return countedEnd;
        }
        if (!FIGURES.matcher(amount).find() || YEAR.matcher(amount).matches()) {
            return -1;
        }
        if (after.isEmpty()) {
            return end;
        }
        String next = text.substring(after.get(0)[0], after.get(0)[1]).toLowerCase(Locale.ROOT);
        if (MEASURE_WORDS.contains(next)) {
            boolean compound = next.equals("square") || next.equals("cubic") || next.equals("sq");
            int unit = compound && after.size() > 1 ? 1 : 0;
            if (asked.age() && !AGE_UNITS.contains(next) || after.size() > unit + 1
                    && text.substring(after.get(unit + 1)[0], after.get(unit + 1)[1]).equalsIgnoreCase("ago")) {
                return -1; // "29 months" is no one's age; "2 weeks ago" is a time, not how long something lasted
            }
            return after.get(unit)[1];
        }
        return AMOUNT_OF.matcher(amount).find() ? end : -1;
    }

    /**
     * Whether a figure follows "with" right after what is counted: "leading the NFL in interceptions with 24", "career
     * sack leader with 136" (the counted word among the three before "with").
     */
    private static boolean countedBefore(String text, int start, Set<String> counted) {
        Matcher m = COUNTED_BEFORE.matcher(text.substring(Math.max(0, start - 80), start));
        if (!m.find()) {
            return false;
        }
        return words(m.group(1)).stream().anyMatch(w -> counted.stream().anyMatch(c -> sameWord(c, w)));
    }

    /** The same word, in the singular or spelled another way ("sack", "sacks"; "kilometres", "kilometers"). */
    private static boolean sameWord(String a, String b) {
        return singular(a).equals(singular(b)) || a.length() >= 5 && b.length() >= 5 && a.regionMatches(0, b, 0, 5);
    }

    /** The kind the question asks for, read with its own language's question words. */
    static Optional<Kind> kindOf(Query query) {
        List<Asked> asked = query.language() == Language.CHINESE ? ASKED_IN_CHINESE : ASKED;
        return asked.stream().filter(a -> matches(a.question(), query.question())).map(Asked::kind).findFirst();
    }

    /** The only candidate, or the clear one of several ({@code clearest}, null when none is); empty when none is left. */
    private static Optional<ShortAnswer> chosen(Citation citation, Kind kind, List<int[]> candidates,
                                                Function<List<int[]>, int[]> clearest) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(candidates.size() == 1 || sameAnswer(citation.extract(), kind, candidates)
                        ? candidates.get(0) : clearest.apply(candidates))
                .map(span -> inArticle(citation, span));
    }

    /**
     * Whether every candidate is the same answer written again ("4分钟内不得进行配对(每次中离+4分钟)", a year named twice):
     * the same date, or the same words with what they measure. A bare number may count different things each time
     * ("a 2-yard touchdown run … a 2-point conversion"), so two of them are still two candidates.
     */
    private static boolean sameAnswer(String extract, Kind kind, List<int[]> candidates) {
        List<String> texts = candidates.stream().map(c -> extract.substring(c[0], c[1])).distinct().toList();
        return texts.size() == 1 && (kind == Kind.DATE || texts.get(0).codePoints().anyMatch(Character::isLetter));
    }

    /** The span {@code [from, to)} of the citation's extract as a short answer, with its offsets in the article. */
    private static ShortAnswer inArticle(Citation citation, int[] span) {
        return new ShortAnswer(citation.extract().substring(span[0], span[1]), citation.source(),
                citation.start() + span[0], citation.start() + span[1]);
    }

    private static Pattern patternOf(Kind kind) {
        return switch (kind) {
            case QUANTITY -> QUANTITY;
            case DATE -> DATE;
            case PERSON, PLACE, NAME -> NAME;
        };
    }

    /**
     * Of several candidates, the only one in the sentence holding the most question words; null when that sentence
     * holds none or more than one. Of sentences holding as many, the first.
     */
    private static int[] clearest(String extract, Set<String> asked, List<int[]> candidates) {
        return onlyOneInBestSentence(extract, candidates, sentence -> {
            Set<String> words = words(sentence);
            words.retainAll(asked);
            return words.size();
        }, false);
    }

    /**
     * The only candidate in the sentence that shares the most with the question ({@code shared}); null when no
     * sentence shares anything, or that sentence holds more than one candidate, or, when {@code tieIsUnclear}, another
     * sentence shares as much.
     */
    private static int[] onlyOneInBestSentence(String extract, List<int[]> candidates, ToLongFunction<String> shared,
                                               boolean tieIsUnclear) {
        List<int[]> sentences = sentences(extract);
        int best = -1;
        long bestShared = 0;
        for (int i = 0; i < sentences.size(); i++) {
            long n = shared.applyAsLong(extract.substring(sentences.get(i)[0], sentences.get(i)[1]));
            if (n > bestShared) {
                bestShared = n;
                best = i;
            } else if (tieIsUnclear && n == bestShared) {
                best = -1;
            }
        }
        if (best < 0) {
            return null;
        }
        int[] sentence = sentences.get(best);
        List<int[]> inside = candidates.stream().filter(c -> c[0] >= sentence[0] && c[1] <= sentence[1]).toList();
        return inside.size() == 1 ? inside.get(0) : null;
    }

    private static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?\"“:".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * Whether the question ({@code askedSingular}: its words, each {@link #singular}) names every word of
     * {@code phrase} already, a plural ("Super Bowls") or a possessive ("Alibaba Cloud’s") as its singular: a phrase
     * the asker wrote is no answer to them.
     */
    private static boolean named(Set<String> askedSingular, String phrase) {
        return words(phrase).stream().filter(w -> w.length() > 1 || Character.isDigit(w.charAt(0)))
                .map(ShortAnswerFinder::singular)
                .allMatch(askedSingular::contains);
    }

    /**
     * Whether the question names any word of the name {@code phrase} ("Manning" of "Peyton Manning", "Steelers" of
     * "Pittsburgh Steelers"): a question names people and teams by one word of their name, and asks for someone else.
     */
    private static boolean partlyNamed(Set<String> askedSingular, String phrase) {
        return words(phrase).stream().filter(w -> w.length() > 1)
                .map(ShortAnswerFinder::singular)
                .anyMatch(askedSingular::contains);
    }

    private static String singular(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1)
                : word;
    }

    /**
     * The end of a name that runs on past a word ending a sentence ("OKX. The strategy" → "OKX."): a full stop ends a
     * name unless it closes an initial ("John C. Messenger") or a short title ("Dr. Sun").
     */
    private static int beforeSentenceEnd(String text, int start, int end) {
        Matcher word = NAME_WORD.matcher(text).region(start, end);
        while (word.find()) {
            String w = word.group();
            if (w.endsWith(".") && word.end() < end && !INITIAL.matcher(w).matches()
                    && !TITLES.contains(w.substring(0, w.length() - 1))) {
                return word.end();
            }
        }
        return end;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && ".,;:’'-".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    private static boolean matches(Pattern pattern, String question) {
        return pattern.matcher(question).find();
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
