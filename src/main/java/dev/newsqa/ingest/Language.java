package dev.newsqa.ingest;

/** The languages whose Lucene analysis the index applies; anything else is analysed as English. */
public enum Language {
    ENGLISH("en"), GERMAN("de"), CHINESE("zh");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code. */
    public String code() {
        return code;
    }

    /** The language of an ISO 639-1 code, if it is one of ours. */
    public static java.util.Optional<Language> ofCode(String code) {
        for (Language l : values()) {
            if (l.code.equals(code)) {
                return java.util.Optional.of(l);
            }
        }
        return java.util.Optional.empty();
    }
}
