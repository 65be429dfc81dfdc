package dev.newsqa.translate;

import dev.newsqa.ingest.Language;

/**
 * A dictionary that gives, for a text in one language, the words its words translate to in another: the glosses of
 * each word it knows, no sentence translation. What the lexical side of a cross-language question needs.
 */
public interface Glossary {

    Language from();

    Language to();

    /** The target-language words of the text's words, space-separated; blank when it knows none. */
    String gloss(String text);
}
