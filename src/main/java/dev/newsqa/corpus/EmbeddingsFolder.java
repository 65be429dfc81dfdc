package dev.newsqa.corpus;

import dev.newsqa.index.EmbeddedArticle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.newsqa.ingest.AtomicFiles;
import dev.newsqa.ingest.DocumentFolderReader;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The precomputed-embeddings folder: {@code manifest.json} plus one little-endian float32 file
 * per article. Every write goes to a temporary file first and is renamed into place, so a crash
 * never leaves a half-written file behind; anything unreadable is reported as absent.
 */
public final class EmbeddingsFolder {

    private static final Logger LOG = Logger.getLogger(EmbeddingsFolder.class);
    static final String MANIFEST = "manifest.json";
    private static final String VECTOR_SUFFIX = ".f32";

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public EmbeddingsFolder(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public Optional<EmbeddingsManifest> readManifest() {
        Path file = dir.resolve(MANIFEST);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            EmbeddingsManifest manifest = json.readValue(file.toFile(), EmbeddingsManifest.class);
            if (manifest.articles() == null || manifest.split() == null || manifest.model() == null) {
                throw new IOException("incomplete manifest");
            }
            return Optional.of(manifest);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("embeddings manifest %s is unreadable (%s): all embeddings will be rebuilt", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** The vectors of one entry, or empty when the file is missing, truncated or altered. */
    public Optional<float[][]> readVectors(EmbeddingsManifest.Entry entry, int dimension) {
        Path file = dir.resolve(entry.file());
        try {
            byte[] bytes = Files.readAllBytes(file);
            int count = entry.passages() + entry.sentences();
            if (bytes.length != count * dimension * Float.BYTES) {
                LOG.warnf("embeddings file %s has %d bytes, expected %d: re-embedding", file, bytes.length,
                        count * dimension * Float.BYTES);
                return Optional.empty();
            }
            if (!DocumentFolderReader.sha256(bytes).equals(entry.vectorsSha256())) {
                LOG.warnf("embeddings file %s does not match its checksum: re-embedding", file);
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            float[][] vectors = new float[count][dimension];
            for (float[] v : vectors) {
                buffer.asFloatBuffer().get(v);
                buffer.position(buffer.position() + dimension * Float.BYTES);
            }
            return Optional.of(vectors);
        } catch (IOException e) {
            LOG.warnf("embeddings file %s is unreadable (%s): re-embedding", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Writes an article's vectors (passages, then sentences) and returns its manifest entry. */
    public EmbeddingsManifest.Entry writeVectors(EmbeddedArticle embedded) throws IOException {
        int dimension = embedded.passageVectors().length > 0 ? embedded.passageVectors()[0].length
                : embedded.sentenceVectors().length > 0 ? embedded.sentenceVectors()[0].length : 0;
        int count = embedded.passageVectors().length + embedded.sentenceVectors().length;
        ByteBuffer buffer = ByteBuffer.allocate(count * dimension * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] v : embedded.passageVectors()) {
            buffer.asFloatBuffer().put(v);
            buffer.position(buffer.position() + v.length * Float.BYTES);
        }
        for (float[] v : embedded.sentenceVectors()) {
            buffer.asFloatBuffer().put(v);
            buffer.position(buffer.position() + v.length * Float.BYTES);
        }
        byte[] bytes = buffer.array();
        String file = embedded.article().source() + VECTOR_SUFFIX;
        AtomicFiles.write(dir.resolve(file), bytes);
        return new EmbeddingsManifest.Entry(embedded.article().sha256(), file, embedded.passageVectors().length,
                embedded.sentenceVectors().length, DocumentFolderReader.sha256(bytes));
    }

    public void writeManifest(EmbeddingsManifest manifest) throws IOException {
        AtomicFiles.write(dir.resolve(MANIFEST), json.writeValueAsBytes(manifest));
    }

    /** Deletes vector files and leftovers that no manifest entry names. */
    public void deleteAllBut(Set<String> keep) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                boolean ours = name.endsWith(VECTOR_SUFFIX) || name.endsWith(".tmp");
                if (ours && !keep.contains(name)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }
}
