package dev.newsqa.store;

/** The shared store could not be reached or refused a call. */
public class SharedStoreException extends RuntimeException {

    public SharedStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
