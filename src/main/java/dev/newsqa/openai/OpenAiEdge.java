package dev.newsqa.openai;

import dev.newsqa.api.ApiError;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * The edge of {@code /v1}: asks for one of the bearer keys when any is configured, and gives every error there
 * OpenAI's shape, including those the framework reports before a resource runs (unknown path, wrong method).
 */
public class OpenAiEdge {

    private final List<byte[]> keys;

    OpenAiEdge(OpenAiConfig config) {
        this.keys = config.apiKeys().orElse(List.of()).stream().map(String::strip).filter(k -> !k.isEmpty())
                .map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> authorize(ContainerRequestContext request) {
        if (keys.isEmpty() || !underV1(request) || "OPTIONS".equals(request.getMethod())) {
            return Optional.empty();
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(unauthorized("You didn't provide an API key: send Authorization: Bearer <key>"));
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        boolean known = false;
        for (byte[] key : keys) {
            known |= MessageDigest.isEqual(key, given); // every key compared, in constant time
        }
        return known ? Optional.empty() : Optional.of(unauthorized("Incorrect API key provided"));
    }

    @ServerResponseFilter
    public void errorShape(ContainerRequestContext request, ContainerResponseContext response) {
        if (underV1(request) && response.getEntity() instanceof ApiError error) {
            response.setEntity(OpenAiError.forStatus(response.getStatus(), error.error()), null,
                    MediaType.APPLICATION_JSON_TYPE);
        }
    }

    private static boolean underV1(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.equals("/v1") || path.startsWith("/v1/");
    }

    private static Response unauthorized(String message) {
        return Response.status(401).type(MediaType.APPLICATION_JSON).header("WWW-Authenticate", "Bearer")
                .entity(OpenAiError.forStatus(401, message)).build();
    }
}
