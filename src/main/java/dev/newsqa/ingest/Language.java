package dev.newsqa.ingest;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Optional;

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

    /** The ISO 639-1 code, also the language's JSON form. */
    @JsonValue
    public String code() {
        return code;
    }

    /** The language of an ISO 639-1 code, if it is one of ours. */
    public static Optional<Language> ofCode(String code) {
        for (Language l : values()) {
            if (l.code.equals(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
