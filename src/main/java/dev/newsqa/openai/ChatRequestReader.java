package dev.newsqa.openai;

import dev.newsqa.answer.QuestionText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a Chat Completions request body into a {@link ChatRequest}, refusing what the service cannot answer with
 * the field named in OpenAI's {@code param}. Fields the service has no use for (temperature, max_tokens, tools …)
 * are accepted and ignored, as a compatible server must.
 */
final class ChatRequestReader {

    private static final Set<String> ROLES = Set.of("system", "developer", "user", "assistant", "tool", "function");

    private final ObjectMapper json;
    private final String model;
    private final int maxQuestionChars;
    private final int defaultCitations;
    private final int maxCitations;

    ChatRequestReader(ObjectMapper json, String model, int maxQuestionChars, int defaultCitations, int maxCitations) {
        this.json = json;
        this.model = model;
        this.maxQuestionChars = maxQuestionChars;
        this.defaultCitations = defaultCitations;
        this.maxCitations = maxCitations;
    }

    ChatRequest read(String body) {
        if (body == null || body.isBlank()) {
            throw OpenAiException.invalid(null, "the request body is missing: send a JSON object with model and messages");
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw OpenAiException.invalid(null, "the request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw OpenAiException.invalid(null, "the request body must be a JSON object with model and messages");
        }
        JsonNode modelNode = root.path("model");
        if (!modelNode.isTextual() || modelNode.asText().isBlank()) {
            throw OpenAiException.invalid("model", "model is required: this service's model is '" + model + "'");
        }
        if (!model.equals(modelNode.asText())) {
            throw new OpenAiException(404, "invalid_request_error", "model", "model_not_found",
                    "The model '" + modelNode.asText() + "' does not exist; this service's model is '" + model + "'");
        }
        JsonNode messages = root.path("messages");
        if (!messages.isArray() || messages.isEmpty()) {
            throw OpenAiException.invalid("messages", "messages must be a non-empty array of {role, content}");
        }
        List<String> userTexts = new ArrayList<>();
        String lastRole = null;
        int last = messages.size() - 1;
        for (int i = 0; i < messages.size(); i++) {
            JsonNode message = messages.get(i);
            String at = "messages[" + i + "]";
            if (!message.isObject()) {
                throw OpenAiException.invalid(at, at + " must be an object with role and content");
            }
            JsonNode role = message.path("role");
            if (!role.isTextual() || !ROLES.contains(role.asText())) {
                throw OpenAiException.invalid(at + ".role", at + ".role must be one of " + ROLES);
            }
            lastRole = role.asText();
            if ("user".equals(lastRole) && i == last) {
                userTexts.add(question(text(message.path("content"), at + ".content"), at + ".content"));
            } else if ("user".equals(lastRole)) {
                try {
                    userTexts.add(question(text(message.path("content"), at + ".content"), at + ".content"));
                } catch (OpenAiException e) {
                    // an earlier message the service could not have answered (a picture, an over-long paste) is
                    // history it cannot read, not a reason to refuse the question asked now
                }
            }
        }
        if (!"user".equals(lastRole)) {
            throw OpenAiException.invalid("messages", "the last message must be the user's question");
        }
        JsonNode stream = root.path("stream");
        if (!stream.isMissingNode() && !stream.isNull() && !stream.isBoolean()) {
            throw OpenAiException.invalid("stream", "stream must be true or false");
        }
        return new ChatRequest(model, userTexts.get(userTexts.size() - 1), userTexts.subList(0, userTexts.size() - 1),
                stream.asBoolean(false), citations(root.path("max_citations")));
    }

    /** A message's text: a string, or the text parts of a content array. */
    private static String text(JsonNode content, String at) {
        if (content.isTextual()) {
            return content.asText();
        }
        if (content.isArray()) {
            StringBuilder out = new StringBuilder();
            for (JsonNode part : content) {
                if (!"text".equals(part.path("type").asText()) || !part.path("text").isTextual()) {
                    throw OpenAiException.invalid(at, at + ": only text content parts ({\"type\": \"text\", \"text\": …}) "
                            + "are understood");
                }
                out.append(out.isEmpty() ? "" : " ").append(part.path("text").asText());
            }
            return out.toString();
        }
        throw OpenAiException.invalid(at, at + " must be a string or an array of text parts");
    }

    private String question(String text, String at) {
        String q = QuestionText.normalise(text);
        if (q.isEmpty()) {
            throw OpenAiException.invalid(at, at + " is blank: a user message must hold a question");
        }
        if (q.length() > maxQuestionChars) {
            throw OpenAiException.invalid(at, at + " is " + q.length() + " characters long; the limit is "
                    + maxQuestionChars);
        }
        if (!QuestionText.hasWords(q)) {
            throw OpenAiException.invalid(at, at + ": " + QuestionText.NO_WORDS);
        }
        return q;
    }

    private int citations(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return defaultCitations;
        }
        if (!node.isIntegralNumber() || node.asInt() < 1 || node.asInt() > maxCitations) {
            throw OpenAiException.invalid("max_citations", "max_citations must be a whole number between 1 and "
                    + maxCitations);
        }
        return node.asInt();
    }
}
