package dev.newsqa.openai;

/** A request the OpenAI-compatible API refuses, with what OpenAI's own error object would say. */
public class OpenAiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String param;
    private final String code;

    public OpenAiException(int status, String type, String param, String code, String message) {
        super(message);
        this.status = status;
        this.type = type;
        this.param = param;
        this.code = code;
    }

    static OpenAiException invalid(String param, String message) {
        return new OpenAiException(400, "invalid_request_error", param, null, message);
    }

    public int status() {
        return status;
    }

    OpenAiError body() {
        return new OpenAiError(new OpenAiError.Detail(getMessage(), type, param, code));
    }
}
