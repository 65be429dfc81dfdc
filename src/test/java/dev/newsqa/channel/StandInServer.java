package dev.newsqa.channel;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local stand-in for the chat platforms' servers on loopback (Slack's Web API and response_url,
 * DingTalk's sessionWebhook), recording what it receives and answering as each platform does on success;
 * and another web site, at another origin, whose page embeds the chat widget ({@code /host.html?app=URL}).
 * Quarkus loads test code in more than one class loader, and a test profile needs the address before the
 * application starts, so the one server lives in JDK objects kept in the system properties, shared by every copy
 * of this class. What it receives is not kept for the JVM: each test opens its own {@link Recording}, which sees
 * only the requests that arrive while it is open, and closes it when done, so no test reads another's traffic
 * and the order of tests cannot matter.
 */
public final class StandInServer {

    private static final String KEY = "newsqa.test.stand-in-server";

    /** One request received: path, Authorization header and the raw body. */
    public record Received(String path, String authorization, String body) {

        public Map<String, String> form() {
            return StandInServer.form(body);
        }
    }

    /** The requests one test has seen since it opened this recording; closing it stops the recording. */
    public static final class Recording implements AutoCloseable {

        private final List<String[]> received = new CopyOnWriteArrayList<>();
        private final List<List<String[]>> open;

        private Recording(List<List<String[]>> open) {
            this.open = open;
            open.add(received);
        }

        /** The requests received so far whose path starts with the prefix, in the order they arrived. */
        public List<Received> received(String pathPrefix) {
            List<Received> out = new ArrayList<>();
            for (String[] r : received) {
                if (r[0].startsWith(pathPrefix)) {
                    out.add(new Received(r[0], r[1], r[2]));
                }
            }
            return out;
        }

        @Override
        public void close() {
            open.removeIf(r -> r == received);
        }
    }

    private StandInServer() {
    }

    private static Object[] shared() {
        synchronized (System.getProperties()) {
            return (Object[]) System.getProperties().computeIfAbsent(KEY, k -> start());
        }
    }

    /** The server's base address, the same for every class loader of the JVM. */
    public static String url() {
        return (String) shared()[0];
    }

    /** Starts a recording owned by the caller, who must close it. */
    @SuppressWarnings("unchecked")
    public static Recording record() {
        return new Recording((List<List<String[]>>) shared()[1]);
    }

    private static Object[] start() {
        // the recordings open now, each a list owned by one test
        List<List<String[]>> open = new CopyOnWriteArrayList<>();
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/host.html", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            String app = query != null && query.startsWith("app=")
                    ? URLDecoder.decode(query.substring(4), StandardCharsets.UTF_8) : "";
            byte[] page = hostPage(app).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            String[] request = {path, exchange.getRequestHeaders().getFirst("Authorization"), body};
            for (List<String[]> recording : open) {
                recording.add(request);
            }
            byte[] reply = (path.startsWith("/slack-api/") ? "{\"ok\":true,\"ts\":\"1700000000.000200\"}"
                    : path.startsWith("/robot/") ? "{\"errcode\":0,\"errmsg\":\"ok\"}" : "ok")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
        return new Object[] {"http://127.0.0.1:" + server.getAddress().getPort(), open};
    }

    /** A page whose own styles would wreck any widget they reached: the widget must stay untouched. */
    private static String hostPage(String app) {
        String escaped = app.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Another site</title>"
                + "<style>* { color: red !important; font-size: 40px !important; }"
                + " button { display: none !important; } div { background: yellow !important; }</style></head>"
                + "<body><h1>Another site's page</h1><p>Some unrelated content.</p>"
                + "<script src=\"" + escaped + "/widget.js\" data-title=\"Ask our news desk\" data-color=\"#0a7d45\""
                + " data-position=\"bottom-left\" defer></script></body></html>";
    }

    /** An application/x-www-form-urlencoded body as its fields, in order. */
    public static Map<String, String> form(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
