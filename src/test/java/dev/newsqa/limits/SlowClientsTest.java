package dev.newsqa.limits;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Slow clients, each sending one byte of its body and then nothing, from their own loopback addresses: more of
 * them than the service has worker threads. Questions from another address are still answered, readiness stays
 * up, each slow client gets a JSON 408 when the body deadline passes, and one client cannot open more than its
 * share of requests.
 */
@QuarkusTest
@TestProfile(SlowClientsProfile.class)
class SlowClientsTest {

    private static final String[] SLOW_PATHS = {"/api/documents", "/slack/events", "/api/feedback", "/api/ask"};

    @TestHTTPResource("/")
    URL base;

    @Inject
    RequestGate gate;

    private final List<Socket> sockets = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void closeSockets() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
    }

    @Test
    void questionsAreAnsweredWhileMoreSlowClientsThanWorkersSendTheirBodies() throws Exception {
        int slow = SlowClientsProfile.WORKERS * 2 + 2;
        for (int i = 0; i < slow; i++) {
            sockets.add(startSlowRequest("127.0.0.2", SLOW_PATHS[i % SLOW_PATHS.length]));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> gate.openRequests("127.0.0.2") == slow);

        int answered = 0;
        for (int i = 0; i < 8; i++) {
            if (ask("What was the peak traffic on Singles Day in 2020? " + i) == 200) {
                answered++;
            }
        }
        assertThat(answered).isEqualTo(8);
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(base + "q/health/ready"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"workers\"");

        int timedOut = 0;
        for (Socket s : sockets) {
            String response = readResponse(s);
            if (response.startsWith("HTTP/1.1 408") && response.contains("{\"error\":\"the request body did not arrive")) {
                timedOut++;
            }
        }
        assertThat(timedOut).isEqualTo(slow);
        await().atMost(Duration.ofSeconds(10)).until(() -> gate.openRequests("127.0.0.2") == 0);
    }

    @Test
    void oneClientCannotOpenMoreThanItsShare() throws Exception {
        for (int i = 0; i < SlowClientsProfile.MAX_OPEN_PER_CLIENT; i++) {
            sockets.add(startSlowRequest("127.0.0.3", SLOW_PATHS[i % SLOW_PATHS.length]));
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> gate.openRequests("127.0.0.3") == SlowClientsProfile.MAX_OPEN_PER_CLIENT);

        Socket oneMore = startSlowRequest("127.0.0.3", "/api/feedback");
        sockets.add(oneMore);
        String refused = readResponse(oneMore);
        assertThat(refused).startsWith("HTTP/1.1 429").contains("{\"error\":\"too many requests open at once");
        assertThat(ask("Who won the 2018 World Cup?")).isEqualTo(200); // another client is not affected

        for (Socket s : sockets) {
            s.close();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> gate.openRequests("127.0.0.3") == 0);
    }

    /** A POST whose headers promise 100 bytes of body, of which one is sent. */
    private Socket startSlowRequest(String from, String path) throws IOException {
        Socket s = new Socket();
        s.bind(new InetSocketAddress(from, 0));
        s.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
        s.setSoTimeout(20_000);
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{";
        s.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        return s;
    }

    /** Everything the server sends until it closes the connection (or the socket's read timeout). */
    private static String readResponse(Socket s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = s.getInputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
            }
        } catch (IOException closedOrTimedOut) {
            // what arrived is the answer
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private int ask(String question) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + "api/ask")).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"" + question + "\"}")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }
}
