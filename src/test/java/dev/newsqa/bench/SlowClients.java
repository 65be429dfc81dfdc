package dev.newsqa.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients that open a request, send its headers and one byte of a promised body, then nothing (issue #24, item 1),
 * from their own loopback address so the service tells them apart from the clients asking questions. Each one,
 * once answered or cut off, opens another, until told to stop; what the service answered is counted.
 */
final class SlowClients {

    static final String ADDRESS = "127.0.0.2";
    private static final String[] PATHS = {"/api/documents", "/slack/events", "/api/feedback", "/api/ask"};

    private final int port;
    private final int atOnce;
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger timedOut = new AtomicInteger();
    private final AtomicInteger other = new AtomicInteger();

    SlowClients(int port, int atOnce) {
        this.port = port;
        this.atOnce = atOnce;
    }

    void run(AtomicBoolean running) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, atOnce));
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < atOnce; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                for (int i = 0; running.get(); i++) {
                    String answer = once(PATHS[(client + i) % PATHS.length], running);
                    if (!running.get()) {
                        break;
                    }
                    if (answer.startsWith("HTTP/1.1 429") && answer.contains("{\"error\"")) {
                        refused.incrementAndGet();
                        Thread.sleep(1000); // a refused client comes back a second later, not in a tight loop
                    } else if (answer.startsWith("HTTP/1.1 408") && answer.contains("{\"error\"")) {
                        timedOut.incrementAndGet();
                    } else {
                        other.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        pool.shutdown();
    }

    /** One slow request: what the service sent back before it closed the connection. */
    private String once(String path, AtomicBoolean running) {
        try (Socket s = new Socket()) {
            s.bind(new InetSocketAddress(ADDRESS, 0));
            s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            s.setSoTimeout(1000);
            opened.incrementAndGet();
            s.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            StringBuilder got = new StringBuilder();
            InputStream in = s.getInputStream();
            byte[] buffer = new byte[1024];
            while (running.get()) {
                try {
                    int n = in.read(buffer);
                    if (n < 0) {
                        break;
                    }
                    got.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                } catch (java.net.SocketTimeoutException quiet) {
                    // still waiting for the service's answer; look at the stop flag again
                }
            }
            return got.toString();
        } catch (IOException e) {
            return "failed: " + e.getMessage();
        }
    }

    int opened() {
        return opened.get();
    }

    int refused() {
        return refused.get();
    }

    int timedOut() {
        return timedOut.get();
    }

    int other() {
        return other.get();
    }
}
