package dev.newsqa.limits;

import dev.newsqa.api.ApiError;
import dev.newsqa.openai.OpenAiError;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Turns away, before any work is done, clients over their rate on /api/ask and /api/feedback (429 with
 * Retry-After). Body sizes are checked earlier, as the body arrives ({@link RequestGate}).
 */
public class RequestLimitFilter {

    private final LimitsConfig limits;
    private final RateLimiter rateLimiter;
    private final MeterRegistry metrics;

    RequestLimitFilter(LimitsConfig limits, MeterRegistry metrics) {
        this.limits = limits;
        this.rateLimiter = new RateLimiter(limits.requestsPerMinute());
        this.metrics = metrics;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        // questions through the OpenAI-compatible API count against the same per-client rate as /api/ask
        boolean openAi = path.startsWith("/v1/chat/completions");
        if (!path.startsWith("/api/") && !openAi) {
            return Optional.empty();
        }
        String endpoint = path.startsWith("/api/ask") || openAi ? "ask"
                : path.startsWith("/api/feedback") ? "feedback" : null;
        if (endpoint == null || "OPTIONS".equals(request.getMethod())) {
            return Optional.empty();
        }
        OptionalLong wait = rateLimiter.tryAcquire(client(http), endpoint);
        if (wait.isEmpty()) {
            return Optional.empty();
        }
        metrics.counter("qa.rate.limited", "endpoint", endpoint).increment();
        String message = "too many questions from this client; the limit is " + limits.requestsPerMinute()
                + " per minute; try again in " + wait.getAsLong() + " s";
        return Optional.of(Response.status(429).type(MediaType.APPLICATION_JSON)
                .entity(openAi ? OpenAiError.forStatus(429, message) : new ApiError(message))
                .header("Retry-After", String.valueOf(wait.getAsLong())).build());
    }

    /** The client's address as Quarkus sees it (behind a proxy: with quarkus.http.proxy.proxy-address-forwarding). */
    private static String client(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }
}
