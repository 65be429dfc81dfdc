package dev.newsqa.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.newsqa.app.IndexHolder;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.stream.Collectors;

/** Turns every failure into a status and a JSON {@code {"error": ...}}; no stack trace leaves. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return error(e.status(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        if (e instanceof MismatchedInputException m) {
            return mismatched(m);
        }
        return error(400, "the body is not valid JSON: " + e.getOriginalMessage());
    }

    /** Valid JSON of the wrong shape; more specific than Quarkus' own mapper, which sends no body. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        if (e.getMessage() != null && e.getMessage().startsWith("Trailing token")) {
            return error(400, "the body has more after its JSON value; send one JSON object");
        }
        if (e.getPath().isEmpty()) {
            return error(400, "the body must be a JSON object such as {\"question\": \"...\"}");
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream().map(String::valueOf)
                    .sorted().collect(Collectors.joining(", ", "; the fields are ", ""));
            return error(400, "unknown field '" + u.getPropertyName() + "'" + known);
        }
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        Class<?> type = e.getTargetType();
        String expected = type == null ? "another type"
                : Number.class.isAssignableFrom(type) || type == int.class ? "a whole number"
                : type == String.class ? "a string"
                : type == Boolean.class || type == boolean.class ? "true or false"
                : java.util.Collection.class.isAssignableFrom(type) ? "a list" : "another type";
        return error(400, "field '" + field + "' must be " + expected);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException j) {
            return json(j);
        }
        int status = e.getResponse().getStatus();
        String message = switch (status) {
            case 404 -> "no such resource";
            case 405 -> "method not allowed on this resource";
            case 406 -> "this resource answers in application/json only";
            case 415 -> "unsupported content type: send application/json";
            default -> e.getMessage();
        };
        return error(status, message);
    }

    @ServerExceptionMapper
    public Response notReady(IndexHolder.IndexNotReadyException e) {
        return error(503, e.getMessage());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("unexpected failure", e);
        return error(500, "internal error");
    }

    static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiError(message)).build();
    }
}
