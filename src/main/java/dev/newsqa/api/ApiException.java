package dev.newsqa.api;

/** A request the service refuses, with the HTTP status and the reason to report. */
public class ApiException extends RuntimeException {

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
