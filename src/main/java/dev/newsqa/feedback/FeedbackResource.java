package dev.newsqa.feedback;

import dev.newsqa.api.ApiException;
import dev.newsqa.api.StrictJsonReader;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.Map;

/** {@code POST /api/feedback}: a thumbs up or down on an answer, kept and counted. */
@Path("/api/feedback")
public class FeedbackResource {

    private static final Logger LOG = Logger.getLogger(FeedbackResource.class);

    private final FeedbackValidator validator;
    private final FeedbackLog log;
    private final MeterRegistry metrics;

    FeedbackResource(FeedbackValidator validator, FeedbackLog log, MeterRegistry metrics) {
        this.validator = validator;
        this.log = log;
        this.metrics = metrics;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @CustomDeserialization(StrictJsonReader.class)
    @Operation(summary = "Vote up or down on an answer, with an optional comment")
    public Response vote(FeedbackRequest request) {
        Feedback feedback = validator.validate(request);
        try {
            log.append(feedback);
        } catch (IOException e) {
            LOG.errorf("could not keep feedback in %s: %s", log.file(), e.getMessage());
            throw new ApiException(503, "feedback cannot be stored right now; please try again later");
        }
        metrics.counter("qa.feedback.votes", "vote", feedback.vote().name(),
                "answered", String.valueOf(feedback.answered())).increment();
        return Response.status(201).entity(Map.of("id", feedback.id(), "stored", true)).build();
    }
}
