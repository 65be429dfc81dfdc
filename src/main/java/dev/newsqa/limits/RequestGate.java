package dev.newsqa.limits;

import dev.newsqa.admin.AdminConfig;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The first look at every request, on the event loop, before CORS and before any resource: a request target or
 * headers over their limits (414, 431), a client with too many requests open at once (429), a body over the
 * limit of its endpoint whatever its transfer encoding (413), and a body that does not arrive in time (408) are
 * turned away with a JSON error. The body of a request to the API or a bot is read here, without blocking, and
 * handed to the resource whole, so a slow client never holds a worker thread while it sends it.
 */
@ApplicationScoped
public class RequestGate {

    /** Before Quarkus' CORS filter (300), after {@link OriginCheck}. */
    static final int PRIORITY = 400;
    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private final LimitsConfig limits;
    private final AdminConfig admin;
    private final long httpMaxBody;
    private final Map<String, Integer> open = new ConcurrentHashMap<>();

    RequestGate(LimitsConfig limits, AdminConfig admin,
                @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> httpMaxBody) {
        this.limits = limits;
        this.admin = admin;
        this.httpMaxBody = httpMaxBody.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > limits.maxUriChars()) {
            EdgeErrors.send(ctx, 414, "the request target is " + request.uri().length() + " characters long; the limit is "
                    + limits.maxUriChars(), false);
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > limits.maxHeaderBytes()) {
            EdgeErrors.send(ctx, 431, "the request headers are " + headerBytes + " bytes; the limit is "
                    + limits.maxHeaderBytes(), false);
            return;
        }
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        if (!enter(client)) {
            EdgeErrors.send(ctx, 429, "too many requests open at once from this client; the limit is "
                    + limits.maxOpenRequestsPerClient(), true);
            return;
        }
        AtomicBoolean left = new AtomicBoolean();
        ctx.addEndHandler(done -> {
            if (left.compareAndSet(false, true)) {
                leave(client);
            }
        });
        String path = ctx.normalizedPath();
        long allowed = allowedBytes(path);
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                EdgeErrors.send(ctx, 400, "Content-Length is not a number", true);
                return;
            }
            if (declared > allowed) {
                EdgeErrors.send(ctx, 413, "the request body is " + declared + " bytes; the limit here is " + allowed
                        + " bytes", true);
                return;
            }
        }
        if (WITH_BODY.contains(request.method()) && servedByResources(path) && !request.isEnded()) {
            readBody(ctx, allowed);
        } else {
            ctx.next();
        }
    }

    /** Reads the whole body without blocking, within the size limit and the deadline, then passes the request on. */
    private void readBody(RoutingContext ctx, long allowed) {
        HttpServerRequest request = ctx.request();
        Buffer body = Buffer.buffer();
        AtomicBoolean settled = new AtomicBoolean();
        long timer = ctx.vertx().setTimer(limits.bodyReadTimeout().toMillis(), id -> {
            if (settled.compareAndSet(false, true)) {
                EdgeErrors.send(ctx, 408, "the request body did not arrive within "
                        + limits.bodyReadTimeout().toSeconds() + " s", true);
            }
        });
        request.handler(chunk -> {
            if (settled.get()) {
                return;
            }
            if (body.length() + (long) chunk.length() > allowed) {
                settled.set(true);
                ctx.vertx().cancelTimer(timer);
                EdgeErrors.send(ctx, 413, "the request body is over the limit here of " + allowed + " bytes", true);
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(failure -> {
            if (settled.compareAndSet(false, true)) {
                ctx.vertx().cancelTimer(timer);
            }
        });
        request.endHandler(end -> {
            if (settled.compareAndSet(false, true)) {
                ctx.vertx().cancelTimer(timer);
                ctx.setBody(body);
                ctx.next();
            }
        });
        request.resume();
    }

    private boolean enter(String client) {
        int max = limits.maxOpenRequestsPerClient();
        if (max <= 0) {
            return true;
        }
        AtomicBoolean admitted = new AtomicBoolean();
        open.compute(client, (c, n) -> {
            int now = n == null ? 0 : n;
            if (now >= max) {
                return now;
            }
            admitted.set(true);
            return now + 1;
        });
        return admitted.get();
    }

    private void leave(String client) {
        if (limits.maxOpenRequestsPerClient() > 0) {
            open.computeIfPresent(client, (c, n) -> n <= 1 ? null : n - 1);
        }
    }

    /** Requests open now from a client (for the tests). */
    int openRequests(String client) {
        return open.getOrDefault(client, 0);
    }

    private long allowedBytes(String path) {
        if (path.startsWith("/api/documents")) {
            return Math.min(admin.maxDocumentBytes() + 4096, httpMaxBody);
        }
        return path.startsWith("/api/") || path.startsWith("/v1/") || path.startsWith("/mcp")
                ? Math.min(limits.maxRequestBytes(), httpMaxBody) : httpMaxBody;
    }

    private static boolean servedByResources(String path) {
        return path.startsWith("/api/") || path.startsWith("/v1/") || path.startsWith("/slack/")
                || path.startsWith("/dingtalk/");
    }
}
