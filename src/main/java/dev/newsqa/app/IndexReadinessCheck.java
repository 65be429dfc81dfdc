package dev.newsqa.app;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the index is loaded: a load balancer sends no question before that. */
@Readiness
@ApplicationScoped
public class IndexReadinessCheck implements HealthCheck {

    private final IndexHolder index;

    IndexReadinessCheck(IndexHolder index) {
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("index");
        return index.current()
                .map(i -> builder.up().withData("articles", i.articles().size()).withData("passages", i.passageCount()).build())
                .orElseGet(() -> builder.down().withData("reason", "loading").build());
    }
}
