package dev.newsqa.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentFolderReaderTest {

    private final DocumentFolderReader reader = new DocumentFolderReader();

    @Test
    void readsTxtArticlesAndSkipsWhatIsNotOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.txt"), "Headline\n\nSome text.");
        Files.writeString(dir.resolve("umlaut.txt"), "Größe und Ähnlichkeit.");
        Files.writeString(dir.resolve(".hidden.txt"), "hidden");
        Files.writeString(dir.resolve("notes.md"), "not an article");
        Files.writeString(dir.resolve("empty.txt"), "  \n ");
        Files.write(dir.resolve("latin1.txt"), "Gr\u00f6\u00dfe".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0x10});
        List<SourceFile> files = reader.read(dir);
        assertEquals(List.of("good.txt", "umlaut.txt"), files.stream().map(SourceFile::source).toList());
        assertEquals(64, files.get(0).sha256().length());
    }

    @Test
    void missingFolderIsOneClearError(@TempDir Path dir) {
        var e = assertThrows(DocumentFolderReader.NoDocumentsException.class, () -> reader.read(dir.resolve("nope")));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void folderWithoutArticlesIsOneClearError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("readme.md"), "x");
        var e = assertThrows(DocumentFolderReader.NoDocumentsException.class, () -> reader.read(dir));
        assertTrue(e.getMessage().contains("holds no readable .txt article"), e.getMessage());
    }

    @Test
    void symbolicLinksAreSkippedUnlessLinksAreFollowed(@TempDir Path dir, @TempDir Path elsewhere) throws Exception {
        Files.writeString(dir.resolve("good.txt"), "Headline\n\nSome text.");
        Files.writeString(elsewhere.resolve("secret.txt"), "Outside the documents folder.");
        Files.createSymbolicLink(dir.resolve("outside.txt"), elsewhere.resolve("secret.txt"));
        Files.createSymbolicLink(dir.resolve("zz.txt"), Path.of("/proc/self/status"));

        assertEquals(List.of("good.txt"), reader.read(dir).stream().map(SourceFile::source).toList());
        assertEquals(List.of("good.txt", "outside.txt", "zz.txt"),
                new DocumentFolderReader(true).read(dir).stream().map(SourceFile::source).toList());
    }
}
