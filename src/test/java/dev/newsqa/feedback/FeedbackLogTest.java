package dev.newsqa.feedback;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A vote is kept whole or not at all, and the next one starts a line of its own, whatever the disk did before. */
class FeedbackLogTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsPartWayLeavesNoPartOfItsLine() throws IOException {
        Path file = dir.resolve(FeedbackLog.FILE);
        new FeedbackLog(file, json, FileChannel::write).append(vote("first"));
        byte[] before = Files.readAllBytes(file);
        AtomicInteger calls = new AtomicInteger();
        FeedbackLog fullDisk = new FeedbackLog(file, json, (channel, bytes) -> {
            if (calls.incrementAndGet() > 1) {
                throw new IOException("No space left on device");
            }
            ByteBuffer half = bytes.duplicate();
            half.limit(bytes.position() + bytes.remaining() / 2);
            int written = channel.write(half);
            bytes.position(bytes.position() + written);
            return written;
        });

        assertThatThrownBy(() -> fullDisk.append(vote("lost"))).hasMessageContaining("No space left");

        assertThat(calls.get()).isEqualTo(2); // half the line went to disk before the failure
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        new FeedbackLog(file, json, FileChannel::write).append(vote("after the disk was freed"));
        assertThat(questions(file)).containsExactly("first", "after the disk was freed");
    }

    @Test
    void aShortWriteIsCompletedNotTorn() throws IOException {
        Path file = dir.resolve(FeedbackLog.FILE);
        AtomicInteger calls = new AtomicInteger();
        FeedbackLog slowDisk = new FeedbackLog(file, json, (channel, bytes) -> {
            calls.incrementAndGet();
            ByteBuffer some = bytes.duplicate();
            some.limit(bytes.position() + Math.min(7, bytes.remaining()));
            int written = channel.write(some);
            bytes.position(bytes.position() + written);
            return written;
        });
        slowDisk.append(vote("one"));
        slowDisk.append(vote("two"));
        assertThat(calls.get()).isGreaterThan(4);
        assertThat(questions(file)).containsExactly("one", "two");
    }

    @Test
    void aTornTailLeftByACrashIsCutOffBeforeTheNextRecord() throws IOException {
        Path file = dir.resolve(FeedbackLog.FILE);
        FeedbackLog log = new FeedbackLog(file, json, FileChannel::write);
        log.append(vote("kept"));
        Files.write(file, "{\"id\":\"torn\",\"question\":\"half a rec".getBytes(StandardCharsets.UTF_8),
                java.nio.file.StandardOpenOption.APPEND);

        log.append(vote("acknowledged"));

        assertThat(questions(file)).containsExactly("kept", "acknowledged");
        assertThat(Files.readString(file)).endsWith("\n");
    }

    private List<String> questions(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            JsonNode record = json.readerFor(JsonNode.class) // throws on a line that does not parse
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(line);
            out.add(record.path("question").asText());
        }
        return out;
    }

    private static Feedback vote(String question) {
        return new Feedback(question + "-id", Instant.parse("2026-11-23T12:00:00Z"), Feedback.Vote.up, question,
                null, true, List.of("001_a.txt"), null);
    }
}
