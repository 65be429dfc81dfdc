package dev.newsqa.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Limits on what one client may send ({@code qa.limits.*}). */
@ConfigMapping(prefix = "qa.limits")
public interface LimitsConfig {

    /** Requests per minute one client may make to /api/ask, and separately to /api/feedback; 0 turns the limit off. */
    @WithDefault("60")
    int requestsPerMinute();

    /** Largest request body accepted by the API, except article uploads (see qa.admin.max-document-bytes). */
    @WithDefault("65536")
    long maxRequestBytes();

    /**
     * Requests one client (by address) may have open at once, a slow body being read included; over it → 429.
     * Behind a proxy that does not forward the client's address every client is the proxy: raise it or set 0 (off).
     */
    @WithDefault("32")
    int maxOpenRequestsPerClient();

    /** Time a client has to send a whole request body once its headers are in; after it → 408 and the connection closes. */
    @WithDefault("20s")
    Duration bodyReadTimeout();

    /** Longest request target (path and query) in characters; longer → 414. */
    @WithDefault("4096")
    int maxUriChars();

    /** Largest total of request header names and values in bytes; larger → 431. */
    @WithDefault("20480")
    int maxHeaderBytes();

    /** How long readiness waits for a free worker thread before reporting that the service cannot take questions. */
    @WithDefault("2s")
    Duration workerWait();
}
