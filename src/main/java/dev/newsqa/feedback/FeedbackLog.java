package dev.newsqa.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The append-only feedback file ({@code feedback.jsonl}, one JSON record per line). A record is appended
 * whole or not at all: a write that fails part-way (a full disk) is cut off again before the failure is
 * reported, and a torn tail left by a crash is cut off before the next record, so every line parses and a
 * new record always starts a line of its own. Records are forced to disk before the request is acknowledged.
 */
@ApplicationScoped
public class FeedbackLog {

    static final String FILE = "feedback.jsonl";
    private static final Logger LOG = Logger.getLogger(FeedbackLog.class);

    /** One write call on the channel; the tests put a failing disk here. */
    interface Writes {
        int write(FileChannel channel, ByteBuffer bytes) throws IOException;
    }

    private final Path file;
    private final ObjectMapper json;
    private final Writes writes;

    @Inject
    FeedbackLog(FeedbackConfig config, ObjectMapper json) {
        this(config.dir().resolve(FILE), json, FileChannel::write);
    }

    FeedbackLog(Path file, ObjectMapper json, Writes writes) {
        this.file = file;
        this.json = json;
        this.writes = writes;
    }

    public synchronized void append(Feedback feedback) throws IOException {
        byte[] line = (json.writeValueAsString(feedback) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(file.getParent() == null ? Path.of(".") : file.getParent());
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            long start = endOfLastLine(out);
            if (start < out.size()) {
                LOG.warnf("cut off a torn record of %d bytes at the end of %s", out.size() - start, FILE);
                out.truncate(start);
                out.force(false);
            }
            try {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                long position = start;
                while (buffer.hasRemaining()) {
                    out.position(position);
                    position += writes.write(out, buffer);
                }
                out.force(false);
            } catch (IOException | RuntimeException e) {
                cutBack(out, start, e);
                throw e;
            }
        }
    }

    /** Where the next record starts: after the last newline, or 0. */
    private static long endOfLastLine(FileChannel in) throws IOException {
        long size = in.size();
        ByteBuffer block = ByteBuffer.allocate(4096);
        for (long end = size; end > 0; ) {
            long from = Math.max(0, end - block.capacity());
            block.clear().limit((int) (end - from));
            while (block.hasRemaining() && in.read(block, from + block.position()) > 0) {
                // fill the block
            }
            for (int i = block.position() - 1; i >= 0; i--) {
                if (block.get(i) == '\n') {
                    return from + i + 1;
                }
            }
            end = from;
        }
        return 0;
    }

    private static void cutBack(FileChannel out, long start, Exception cause) {
        try {
            out.truncate(start);
            out.force(false);
        } catch (IOException again) {
            // the torn tail is cut off before the next record instead
            cause.addSuppressed(again);
        }
    }

    public Path file() {
        return file;
    }
}
