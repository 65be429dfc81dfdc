package dev.newsqa.web;

import dev.newsqa.channel.StandInServer;
import dev.newsqa.testing.Folders;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The seeds plus one article whose text carries HTML that must show literally, indexed into a folder under
 * target/; the other web site's origin allowed by CORS; feedback kept under target/.
 */
public class BrowserProfile implements QuarkusTestProfile {

    static final Path ROOT = Path.of("target", "browser-corpus");
    static final Path FEEDBACK = Path.of("target", "browser-feedback");
    static final String HOSTILE_SOURCE = "zz_lantern_festival.txt";
    static final String HOSTILE_ARTICLE = """
            Lantern festival in Tromsø sets a record

            The Tromsø lantern festival set a record of 4,812 lanterns <script>window.__xss = 1</script> on Saturday <img src=x onerror="window.__xss = 2">, the organisers said.

            The festival has been held every winter since 1998 and draws visitors from across northern Norway.
            """;

    @Override
    public Map<String, String> getConfigOverrides() {
        prepare();
        return Map.of(
                "qa.documents.dir", ROOT.resolve("seeds").toString(),
                "qa.embeddings.dir", ROOT.resolve("embeddings").toString(),
                "qa.feedback.dir", FEEDBACK.toString(),
                "quarkus.http.cors.origins", StandInServer.url());
    }

    private static void prepare() {
        try {
            Folders.copyShippedCorpus(ROOT);
            Files.writeString(ROOT.resolve("seeds").resolve(HOSTILE_SOURCE), HOSTILE_ARTICLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
