package dev.newsqa.limits;

import io.quarkus.vertx.http.runtime.cors.CORSFilter;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Refuses a cross-origin request that Quarkus' CORS filter would refuse, with the same rules (the
 * {@code quarkus.http.cors.origins} allow-list, its {@code /regular expressions/}, the service's own origin, the
 * allowed methods), but with a JSON error instead of the filter's empty 403. Whatever passes here the CORS filter
 * still handles (its headers, preflights).
 */
@ApplicationScoped
public class OriginCheck {

    /** Before {@link RequestGate} and Quarkus' CORS filter (300). */
    static final int PRIORITY = 500;

    private final boolean enabled;
    private final List<String> origins;
    private final List<Pattern> originPatterns;
    private final boolean anyOrigin;
    private final Optional<List<String>> methods;

    OriginCheck(@ConfigProperty(name = "quarkus.http.cors.enabled") boolean enabled,
                @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins,
                @ConfigProperty(name = "quarkus.http.cors.methods") Optional<List<String>> methods) {
        this.enabled = enabled;
        this.origins = origins.orElse(List.of());
        this.anyOrigin = this.origins.size() == 1 && ("*".equals(this.origins.get(0)) || "/.*/".equals(this.origins.get(0)));
        this.originPatterns = CORSFilter.parseAllowedOriginsRegex(origins);
        this.methods = methods;
    }

    void register(@Observes Filters filters) {
        if (enabled) {
            filters.register(this::handle, PRIORITY);
        }
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || anyOrigin) {
            ctx.next();
            return;
        }
        boolean listed = origins.contains(origin) || CORSFilter.isOriginAllowedByRegex(originPatterns, origin);
        if (!listed && !sameOrigin(request, origin)) {
            ctx.response().putHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
            EdgeErrors.send(ctx, 403, "pages from " + printable(origin) + " may not call this service "
                    + "(quarkus.http.cors.origins)", false);
            return;
        }
        if (listed && !methodAllowed(request.method())) {
            EdgeErrors.send(ctx, 403, "method " + request.method().name() + " is not allowed from another origin", false);
            return;
        }
        ctx.next();
    }

    private boolean methodAllowed(HttpMethod method) {
        List<String> allowed = methods.orElse(List.of());
        return allowed.isEmpty() || (allowed.size() == 1 && "*".equals(allowed.get(0)))
                || allowed.stream().anyMatch(m -> m.strip().equalsIgnoreCase(method.name()));
    }

    /** The origin is the service's own: same scheme, host and port (default ports filled in). */
    static boolean sameOrigin(HttpServerRequest request, String origin) {
        try {
            URI asked = URI.create(origin);
            URI own = URI.create(request.scheme() + "://" + request.authority());
            if (asked.getScheme() == null || asked.getHost() == null
                    || (asked.getRawPath() != null && !asked.getRawPath().isEmpty())) {
                return false;
            }
            return asked.getScheme().equalsIgnoreCase(own.getScheme())
                    && asked.getHost().toLowerCase(Locale.ROOT).equals(own.getHost() == null ? null
                    : own.getHost().toLowerCase(Locale.ROOT))
                    && port(asked) == port(own);
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String printable(String origin) {
        String shown = origin.length() > 100 ? origin.substring(0, 100) + "…" : origin;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
