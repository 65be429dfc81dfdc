package dev.newsqa.ingest;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the {@code .txt} articles of a folder. A file that is hidden, empty, binary or not UTF-8, or a
 * symbolic link (unless links are to be followed), is skipped with a warning, so one bad file never stops the
 * others from being served.
 */
public final class DocumentFolderReader {

    private static final Logger LOG = Logger.getLogger(DocumentFolderReader.class);

    private final boolean followSymlinks;

    /** Symbolic links skipped. */
    public DocumentFolderReader() {
        this(false);
    }

    public DocumentFolderReader(boolean followSymlinks) {
        this.followSymlinks = followSymlinks;
    }

    /** Thrown when the folder itself is missing, unreadable or holds no article. */
    public static final class NoDocumentsException extends RuntimeException {
        public NoDocumentsException(String message) {
            super(message);
        }
    }

    public List<SourceFile> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new NoDocumentsException("documents folder " + folder.toAbsolutePath()
                    + " does not exist or is not a folder (set qa.documents.dir / QA_DOCUMENTS_DIR)");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(DocumentFolderReader::isArticleName).sorted().toList();
        } catch (IOException e) {
            throw new NoDocumentsException("documents folder " + folder.toAbsolutePath() + " cannot be read: " + e.getMessage());
        }
        List<SourceFile> read = new ArrayList<>();
        for (Path file : files) {
            if (!followSymlinks && Files.isSymbolicLink(file)) {
                LOG.warnf("skipped %s: a symbolic link (qa.documents.follow-symlinks is off)", file.getFileName());
                continue;
            }
            try {
                byte[] bytes = Files.readAllBytes(file);
                String text = decode(bytes);
                if (text.isBlank()) {
                    LOG.warnf("skipped %s: the file is empty", file.getFileName());
                    continue;
                }
                read.add(new SourceFile(file.getFileName().toString(), text, sha256(bytes)));
            } catch (CharacterCodingException e) {
                LOG.warnf("skipped %s: not UTF-8 text", file.getFileName());
            } catch (IOException e) {
                LOG.warnf("skipped %s: cannot be read (%s)", file.getFileName(), e.getMessage());
            }
        }
        if (read.isEmpty()) {
            throw new NoDocumentsException("documents folder " + folder.toAbsolutePath()
                    + " holds no readable .txt article");
        }
        return read;
    }

    /** Names the service accepts as articles: visible regular {@code .txt} files. */
    public static boolean isArticleName(Path path) {
        String name = path.getFileName().toString();
        return !name.startsWith(".") && name.endsWith(".txt") && Files.isRegularFile(path);
    }

    /** Strict UTF-8: malformed input (binary data, Latin-1) is an error, not replacement characters. */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        if (text.indexOf('\u0000') >= 0) {
            throw new CharacterCodingException();
        }
        return text;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
