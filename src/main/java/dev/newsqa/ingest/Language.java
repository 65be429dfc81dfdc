package dev.newsqa.ingest;

/** The languages whose Lucene analysis the index applies; anything else is analysed as English. */
public enum Language {
    ENGLISH("en"), GERMAN("de"), CHINESE("zh");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
