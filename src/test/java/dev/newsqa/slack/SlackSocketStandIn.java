package dev.newsqa.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A local Slack for one test: the Web API ({@code apps.connections.open} hands out this stand-in's own WebSocket
 * address, {@code chat.postMessage} is recorded) and the Socket Mode WebSocket, which sends the envelopes the test
 * gives it and records each acknowledgement by envelope_id. Nothing is shared between tests.
 */
final class SlackSocketStandIn implements AutoCloseable {

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer http;
    private final WebSocketServer socket;
    private final CountDownLatch socketStarted = new CountDownLatch(1);
    private final CountDownLatch connected = new CountDownLatch(1);
    private final List<String> appTokens = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Map<String, String>> posts = new LinkedBlockingQueue<>();
    private final Map<String, CountDownLatch> ackLatches = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> acks = new ConcurrentHashMap<>();
    private volatile WebSocket connection;
    private final java.util.concurrent.atomic.AtomicInteger refusalsLeft = new java.util.concurrent.atomic.AtomicInteger();

    SlackSocketStandIn() throws Exception {
        socket = new WebSocketServer(new InetSocketAddress("127.0.0.1", 0)) {
            @Override
            public void onOpen(WebSocket conn, ClientHandshake handshake) {
                connection = conn;
                conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"stand-in\"}}");
                connected.countDown();
            }

            @Override
            public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            }

            @Override
            public void onMessage(WebSocket conn, String message) {
                try {
                    JsonNode ack = json.readTree(message);
                    String id = ack.path("envelope_id").asText();
                    acks.put(id, ack);
                    ackLatches.computeIfAbsent(id, k -> new CountDownLatch(1)).countDown();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void onError(WebSocket conn, Exception ex) {
            }

            @Override
            public void onStart() {
                socketStarted.countDown();
            }
        };
        socket.setReuseAddr(true);
        socket.start();
        if (!socketStarted.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the stand-in WebSocket did not start");
        }
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/api/apps.connections.open", exchange -> {
            appTokens.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.getRequestBody().readAllBytes();
            reply(exchange, refusalsLeft.getAndDecrement() > 0 ? "{\"ok\":false,\"error\":\"internal_error\"}"
                    : "{\"ok\":true,\"url\":\"ws://127.0.0.1:" + socket.getPort() + "/link\"}");
        });
        // the SDK asks which team a token belongs to before its first Web API call
        http.createContext("/api/auth.test", exchange -> {
            exchange.getRequestBody().readAllBytes();
            reply(exchange, "{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"U0BOT\"}");
        });
        http.createContext("/api/chat.postMessage", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            posts.add(Map.of("authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")),
                    "body", body));
            reply(exchange, "{\"ok\":true,\"ts\":\"1700000000.000300\"}");
        });
        http.start();
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** The next {@code times} calls of apps.connections.open fail, as Slack does when it has trouble. */
    void refuseConnections(int times) {
        refusalsLeft.set(times);
    }

    String apiUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/api/";
    }

    List<String> appTokens() {
        return appTokens;
    }

    void awaitConnection() throws InterruptedException {
        if (!connected.await(20, TimeUnit.SECONDS)) {
            throw new AssertionError("the service never opened the Socket Mode connection");
        }
    }

    /** Sends a raw frame, as Slack would, down the service's connection. */
    void send(String frame) {
        connection.send(frame);
    }

    /** The acknowledgement of an envelope, waited for. */
    JsonNode awaitAck(String envelopeId) throws InterruptedException {
        CountDownLatch latch = ackLatches.computeIfAbsent(envelopeId, k -> new CountDownLatch(1));
        if (!latch.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("envelope " + envelopeId + " was never acknowledged; acknowledged: " + acks.keySet());
        }
        return acks.get(envelopeId);
    }

    Map<String, JsonNode> acks() {
        return acks;
    }

    /** The next chat.postMessage the service makes, waited for. */
    Map<String, String> awaitPost() throws InterruptedException {
        Map<String, String> post = posts.poll(30, TimeUnit.SECONDS);
        if (post == null) {
            throw new AssertionError("no chat.postMessage arrived");
        }
        return post;
    }

    List<Map<String, String>> postsSoFar() {
        return List.copyOf(posts);
    }

    @Override
    public void close() throws Exception {
        http.stop(0);
        socket.stop(1000);
    }
}
