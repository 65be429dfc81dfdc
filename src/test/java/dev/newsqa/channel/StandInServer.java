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
 * Quarkus loads test code in more than one class loader, so the one server and its record live in
 * JDK objects kept in the system properties, shared by every copy of this class.
 */
public final class StandInServer {

    private static final String KEY = "newsqa.test.stand-in-server";

    /** One request received: path, Authorization header and the raw body. */
    public record Received(String path, String authorization, String body) {

        public Map<String, String> form() {
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

    public static final StandInServer INSTANCE = new StandInServer();

    private final String url;
    private final List<String[]> received;

    @SuppressWarnings("unchecked")
    private StandInServer() {
        Object[] shared;
        synchronized (System.getProperties()) {
            shared = (Object[]) System.getProperties().computeIfAbsent(KEY, k -> start());
        }
        url = (String) shared[0];
        received = (List<String[]>) shared[1];
    }

    private static Object[] start() {
        List<String[]> log = new CopyOnWriteArrayList<>();
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
            log.add(new String[] {path, exchange.getRequestHeaders().getFirst("Authorization"), body});
            byte[] reply = (path.startsWith("/slack-api/") ? "{\"ok\":true,\"ts\":\"1700000000.000200\"}"
                    : path.startsWith("/robot/") ? "{\"errcode\":0,\"errmsg\":\"ok\"}" : "ok")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
        return new Object[] {"http://127.0.0.1:" + server.getAddress().getPort(), log};
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

    public String url() {
        return url;
    }

    public List<Received> received(String pathPrefix) {
        List<Received> out = new ArrayList<>();
        for (String[] r : received) {
            if (r[0].startsWith(pathPrefix)) {
                out.add(new Received(r[0], r[1], r[2]));
            }
        }
        return out;
    }

    public void clear() {
        received.clear();
    }
}
