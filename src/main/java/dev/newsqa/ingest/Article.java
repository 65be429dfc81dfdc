package dev.newsqa.ingest;

import java.util.List;
import java.util.regex.Pattern;

/** One article file, parsed: its original text, a title, and its passages. */
public record Article(String source, String title, String text, Language language, String sha256,
                      List<Passage> passages) {

    public Article {
        passages = List.copyOf(passages);
    }

    /**
     * The longest title taken for a name: XQuAD's Wikipedia titles have one to four words ("Super Bowl 50",
     * "Computational complexity theory"), most of CMRC's a few characters ("宇宙奇兵"); the seeds' news headlines eight
     * and more ("Alibaba CEO to oversee cloud arm following major server outage").
     */
    static final int NAME_WORDS = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}\\p{N}][\\p{IsLatin}\\p{N}'’.+#♯-]*");

    /**
     * Whether a title (or a heading) is only a name, of what the article is about ("Super Bowl 50", "Nikola Tesla",
     * "宇宙奇兵"), not a statement about it as a news headline is ("Alibaba to add 5,000 staff to cloud unit"): at most
     * {@link #NAME_WORDS} words, two Han characters counting as one.
     */
    public static boolean isName(String title) {
        long words = WORD.matcher(title).results().count();
        long han = title.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return !title.isBlank() && words + (han + 1) / 2 <= NAME_WORDS;
    }

    public int sentenceCount() {
        return passages.stream().mapToInt(p -> p.sentences().size()).sum();
    }
}
