package dev.newsqa.answer;

import java.text.Normalizer;

/**
 * What of a question's text may reach the model: format characters (bidi marks, zero-width spaces),
 * unpaired surrogates, private-use and unassigned code points are dropped, other controls become spaces,
 * and the rest is composed (NFC). A question with no letter or digit left has nothing to embed: every
 * channel refuses it before it reaches the model.
 */
public final class QuestionText {

    /** The refusal every channel gives, in its own words where it has a usage text. */
    public static final String NO_WORDS = "the question has no words";

    private QuestionText() {
    }

    /** The text the model and the indexes see: see the class comment; stripped. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (Character.getType(cp)) {
                case Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> {
                }
                case Character.CONTROL -> kept.append(' ');
                default -> kept.appendCodePoint(cp);
            }
        });
        return Normalizer.normalize(kept, Normalizer.Form.NFC).strip();
    }

    /** Whether the normalised text holds at least one letter or digit. */
    public static boolean hasWords(String text) {
        return normalise(text).codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
