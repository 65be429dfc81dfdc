package dev.newsqa.openai;

/** OpenAI's error shape: {@code {"error": {"message", "type", "param", "code"}}}, param and code null when none. */
public record OpenAiError(Detail error) {

    /** What went wrong, of which kind, on which request field, with which machine-readable code. */
    public record Detail(String message, String type, String param, String code) {
    }

    /** The error object OpenAI sends for an HTTP status, for failures the framework reports (404, 405, 415 …). */
    public static OpenAiError forStatus(int status, String message) {
        String type = switch (status) {
            case 401 -> "invalid_request_error";
            case 429 -> "rate_limit_error";
            default -> status >= 500 ? "server_error" : "invalid_request_error";
        };
        String code = switch (status) {
            case 401 -> "invalid_api_key";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "request_too_large";
            case 415 -> "unsupported_media_type";
            case 429 -> "rate_limit_exceeded";
            default -> null;
        };
        return new OpenAiError(new Detail(message, type, null, code));
    }
}
