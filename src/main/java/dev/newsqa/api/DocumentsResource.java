package dev.newsqa.api;

import dev.newsqa.app.IndexHolder;
import dev.newsqa.ingest.Article;
import dev.newsqa.ingest.Passage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
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
        return index.get().articles().stream().map(DocumentSummary::of).toList();
    }

    @GET
    @Path("/{source}/context")
    @Operation(summary = "The passage(s) of an article around a character range, e.g. a citation's start and end")
    public PassageContext context(@PathParam("source") String source, @QueryParam("start") String startParam,
                                  @QueryParam("end") String endParam) {
        Article article = index.get().article(source)
                .orElseThrow(() -> new ApiException(404, "no article named '" + source + "'"));
        int length = article.text().length();
        if (startParam == null || endParam == null) {
            throw new ApiException(400, "start and end are required (character offsets of the extract)");
        }
        // query parameters arrive as text: a non-number is the caller's error, not a 404
        int start = offset("start", startParam);
        int end = offset("end", endParam);
        if (start < 0 || end <= start || end > length) {
            throw new ApiException(400, "start and end must satisfy 0 <= start < end <= " + length);
        }
        int from = -1;
        int to = -1;
        for (Passage p : article.passages()) {
            if (p.end() > start && p.start() < end) {
                from = from < 0 ? p.start() : from;
                to = p.end();
            }
        }
        if (from < 0) {
            throw new ApiException(404, "no passage of '" + source + "' covers " + start + ".." + end);
        }
        return new PassageContext(source, article.title(), from, to, article.text().substring(from, to));
    }

    private static int offset(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ApiException(400, name + " must be a whole number (a character offset), got '"
                    + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'");
        }
    }
}
