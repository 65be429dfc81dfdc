package dev.newsqa.api;

import dev.newsqa.app.IndexHolder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** {@code /api/documents}: the articles the service answers from. */
@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

    private final IndexHolder index;

    DocumentsResource(IndexHolder index) {
        this.index = index;
    }

    @GET
    @Operation(summary = "List the indexed articles")
    public List<DocumentSummary> list() {
        return index.get().articles().stream()
                .map(a -> new DocumentSummary(a.source(), a.title(), a.language().code(), a.passages().size(),
                        a.sentenceCount(), a.text().length()))
                .toList();
    }
}
