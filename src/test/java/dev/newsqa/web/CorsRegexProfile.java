package dev.newsqa.web;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Origins given as regular expressions, written the two ways the README shows: a dot as {@code [.]}, and as
 * {@code \\.} (the list's own escape eats one backslash, so a single one would leave a wildcard dot).
 */
public class CorsRegexProfile implements QuarkusTestProfile {

    static final String ORIGINS = "/https://[a-z0-9-]+[.]trusted[.]example/,/https://[a-z0-9-]+\\\\.other\\\\.example/";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.cors.origins", ORIGINS);
    }
}
