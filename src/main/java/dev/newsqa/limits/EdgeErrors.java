package dev.newsqa.limits;

import dev.newsqa.api.ApiError;
import dev.newsqa.openai.OpenAiError;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

import java.util.Map;

/** An error sent at the HTTP layer, before any resource, in the form of the surface asked (REST, OpenAI, MCP). */
final class EdgeErrors {

    private EdgeErrors() {
    }

    /** @param close whether to close the connection after it (a body may still be arriving) */
    static void send(RoutingContext ctx, int status, String message, boolean close) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json");
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        }
        // each surface's own error shape: OpenAI's on its API, JSON-RPC's on MCP, {"error": ...} elsewhere
        String path = ctx.normalizedPath();
        Object body = path.startsWith("/v1/") ? OpenAiError.forStatus(status, message)
                : path.startsWith("/mcp") ? Map.of("jsonrpc", "2.0", "error", Map.of("code", -32600, "message", message))
                : new ApiError(message);
        response.end(Json.encode(body)).onComplete(done -> {
            if (close) {
                ctx.request().connection().close();
            }
        });
    }
}
