package dev.newsqa.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on what one client may send ({@code qa.limits.*}). */
@ConfigMapping(prefix = "qa.limits")
public interface LimitsConfig {

    /** Requests per minute one client may make to /api/ask, and separately to /api/feedback; 0 turns the limit off. */
    @WithDefault("60")
    int requestsPerMinute();

    /** Largest request body accepted by the API, except article uploads (see qa.admin.max-document-bytes). */
    @WithDefault("65536")
    long maxRequestBytes();
}
