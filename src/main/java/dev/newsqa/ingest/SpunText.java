package dev.newsqa.ingest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises text put through an article "spinner" that swaps words for dictionary neighbours
 * ("he" → "helium", "as" → "arsenic", "in" → "successful", "cloud" → "unreality") and, for
 * searching only, puts the usual words back, so that a question in plain English finds and
 * matches the garbled sentences. Citations keep the article's own characters.
 * <p>
 * Only a text with several of the spinner's hallmarks is touched: chemical elements standing for
 * pronouns and prepositions together with words plain English hardly uses ("volition",
 * "unreality", "astir"); a real article about helium and arsenic has none of the latter.
 */
public final class SpunText {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** Elements that the spinner writes for "he", "as", "at", "be". */
    private static final Set<String> ELEMENTS = Set.of("helium", "arsenic", "astatine", "beryllium");
    /** Words that plain English text hardly ever uses, but the spinner writes for common ones. */
    private static final Set<String> ODD_WORDS = Set.of("volition", "unreality", "nether", "astir", "galore",
            "immoderate", "agelong", "ideate", "wherefore");
    private static final int MIN_ELEMENTS = 2;
    private static final int MIN_ODD_WORDS = 2;

    /** The spinner's substitutions, reversed: what it wrote → what the author wrote. */
    private static final Map<String, String> RESTORE = Map.ofEntries(
            Map.entry("helium", "he"), Map.entry("arsenic", "as"), Map.entry("astatine", "at"),
            Map.entry("beryllium", "be"), Map.entry("successful", "in"), Map.entry("connected", "on"),
            Map.entry("volition", "will"), Map.entry("implicit", "over"), Map.entry("nether", "under"),
            Map.entry("astir", "about"), Map.entry("galore", "many"), Map.entry("portion", "while"),
            Map.entry("lone", "only"), Map.entry("immoderate", "some"), Map.entry("unreality", "cloud"),
            Map.entry("aft", "after"), Map.entry("disconnected", "off"), Map.entry("ain", "own"),
            Map.entry("wherefore", "why"), Map.entry("apical", "top"), Map.entry("planetary", "global"),
            Map.entry("agelong", "long"), Map.entry("ideate", "imagine"), Map.entry("caller", "recent"),
            Map.entry("erstwhile", "former"), Map.entry("absorption", "focus"), Map.entry("attraction", "attention"),
            Map.entry("proceed", "continue"), Map.entry("complaint", "charge"), Map.entry("radical", "group"),
            Map.entry("relation", "role"), Map.entry("deed", "hit"), Map.entry("gross", "revenue"),
            Map.entry("manufacture", "industry"), Map.entry("limb", "arm"), Map.entry("maturation", "growth"),
            Map.entry("adjacent", "next"), Map.entry("institution", "company"), Map.entry("determination", "decision"),
            Map.entry("clip", "time"), Map.entry("basal", "basic"), Map.entry("probe", "research"),
            Map.entry("spot", "chip"), Map.entry("squad", "team"), Map.entry("interior", "internal"),
            Map.entry("acme", "summit"), Map.entry("enactment", "work"), Map.entry("strategical", "strategic"),
            Map.entry("elephantine", "giant"), Map.entry("authorities", "government"),
            Map.entry("nationalist", "public"), Map.entry("incidental", "incident"), Map.entry("unopen", "shut"),
            Map.entry("utilizing", "using"), Map.entry("besides", "also"), Map.entry("tiny", "small"),
            Map.entry("wide", "overall"), Map.entry("request", "demand"), Map.entry("speech", "exchange"));

    private SpunText() {
    }

    /** Whether the text bears enough of the spinner's hallmarks to be restored. */
    public static boolean isSpun(String text) {
        Set<String> elements = new HashSet<>();
        Set<String> odd = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (ELEMENTS.contains(w)) {
                elements.add(w);
            } else if (ODD_WORDS.contains(w)) {
                odd.add(w);
            }
        }
        return elements.size() >= MIN_ELEMENTS && odd.size() >= MIN_ODD_WORDS;
    }

    /** The text with the spinner's words put back, keeping a capital initial; everything else unchanged. */
    public static String restore(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String word = m.group();
            String plain = RESTORE.get(word.toLowerCase(Locale.ROOT));
            if (plain != null && Character.isUpperCase(word.charAt(0))) {
                plain = Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(plain == null ? word : plain));
        }
        m.appendTail(out);
        return out.toString();
    }
}
