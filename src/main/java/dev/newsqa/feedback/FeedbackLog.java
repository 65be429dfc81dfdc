package dev.newsqa.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The append-only feedback file ({@code feedback.jsonl}, one JSON record per line). Records are only ever
 * appended, one whole line per write, and forced to disk before the request is acknowledged.
 */
@ApplicationScoped
public class FeedbackLog {

    static final String FILE = "feedback.jsonl";

    private final Path file;
    private final ObjectMapper json;

    FeedbackLog(FeedbackConfig config, ObjectMapper json) {
        this.file = config.dir().resolve(FILE);
        this.json = json;
    }

    public synchronized void append(Feedback feedback) throws IOException {
        byte[] line = (json.writeValueAsString(feedback) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(file.getParent() == null ? Path.of(".") : file.getParent());
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(false);
        }
    }

    public Path file() {
        return file;
    }
}
