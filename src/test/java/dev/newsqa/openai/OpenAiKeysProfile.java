package dev.newsqa.openai;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** /v1 with two bearer keys configured, as QA_API_KEYS=key-one,key-two would. */
public class OpenAiKeysProfile implements QuarkusTestProfile {

    static final String KEY = "key-two";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("qa.openai.api-keys", "key-one," + KEY);
    }
}
