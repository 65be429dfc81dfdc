package dev.newsqa.admin;

import dev.newsqa.api.ApiError;
import dev.newsqa.api.ApiException;
import dev.newsqa.api.DocumentSummary;
import dev.newsqa.api.StrictJsonReader;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.nio.charset.StandardCharsets;

/**
 * Adding, replacing and removing articles while the service runs, with the admin API key. An article is sent
 * as {@code text/plain} (name in {@code ?name=} or the path) or as JSON {@code {"name", "text"}}.
 */
@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsAdminResource {

    private final AdminGuard guard;
    private final DocumentLibrary library;
    private final AdminConfig config;

    DocumentsAdminResource(AdminGuard guard, DocumentLibrary library, AdminConfig config) {
        this.guard = guard;
        this.library = library;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Add an article (text/plain, name in ?name=)")
    public Response addText(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @QueryParam("name") String name,
                            byte[] body) {
        guard.check(auth);
        return created(library.put(DocumentUpload.of(name, body, config.maxDocumentBytes()), false));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJsonReader.class)
    @Operation(summary = "Add an article (JSON {name, text})")
    public Response addJson(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth, DocumentRequest request) {
        guard.check(auth);
        DocumentRequest r = required(request);
        return created(library.put(DocumentUpload.of(r.name(), bytes(r.text()), config.maxDocumentBytes()), false));
    }

    @PUT
    @Path("/{source}")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Replace an article (text/plain)")
    public DocumentSummary replaceText(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
                                       @PathParam("source") String source, byte[] body) {
        guard.check(auth);
        return library.put(DocumentUpload.of(source, body, config.maxDocumentBytes()), true);
    }

    @PUT
    @Path("/{source}")
    @Consumes(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJsonReader.class)
    @Operation(summary = "Replace an article (JSON {text})")
    public DocumentSummary replaceJson(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth,
                                       @PathParam("source") String source, DocumentRequest request) {
        guard.check(auth);
        return library.put(DocumentUpload.of(source, bytes(required(request).text()), config.maxDocumentBytes()), true);
    }

    @DELETE
    @Path("/{source}")
    @Operation(summary = "Remove an article")
    public Response delete(@HeaderParam(HttpHeaders.AUTHORIZATION) String auth, @PathParam("source") String source) {
        guard.check(auth);
        library.delete(source);
        return Response.noContent().build();
    }

    private static DocumentRequest required(DocumentRequest request) {
        if (request == null) {
            throw new ApiException(400, "the body is empty; expected {\"name\": \"...\", \"text\": \"...\"}");
        }
        return request;
    }

    private static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private static Response created(DocumentSummary summary) {
        return Response.status(201).entity(summary).build();
    }

    /** What a refused or failed change means in HTTP: the library says why, this edge says which status. */
    @ServerExceptionMapper
    public Response refused(DocumentChangeException e) {
        int status = switch (e.reason()) {
            case EXISTS, LAST_ARTICLE -> 409;
            case NOT_FOUND -> 404;
            case NOTHING_TO_INDEX -> 400;
            case SHARED_STORE_UNREACHABLE -> 503;
            case FAILED -> 500;
        };
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiError(e.getMessage())).build();
    }
}
