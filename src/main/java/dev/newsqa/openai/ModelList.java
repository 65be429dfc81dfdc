package dev.newsqa.openai;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** {@code GET /v1/models}: the list OpenAI clients expect, holding the service's one model. */
public record ModelList(String object, List<Model> data) {

    /** A model as OpenAI describes one. */
    public record Model(String id, String object, long created, @JsonProperty("owned_by") String ownedBy) {
    }
}
