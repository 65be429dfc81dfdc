package dev.newsqa.limits;

import dev.newsqa.api.ApiError;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

/** An error sent at the HTTP layer, before any resource, in the API's own form: a status and {@code {"error": ...}}. */
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
        response.end(Json.encode(new ApiError(message))).onComplete(done -> {
            if (close) {
                ctx.request().connection().close();
            }
        });
    }
}
