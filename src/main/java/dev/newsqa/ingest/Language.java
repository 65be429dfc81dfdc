package dev.newsqa.ingest;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The languages whose Lucene analysis the index applies; anything else is analysed as English. In JSON a language
 * is its ISO 639-1 code ("en", "de", "zh").
 */
public enum Language {
    ENGLISH("en"), GERMAN("de"), CHINESE("zh");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
