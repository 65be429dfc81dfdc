package dev.newsqa.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the articles are and how they are cut into passages ({@code qa.documents.*}). */
@ConfigMapping(prefix = "qa.documents")
public interface DocumentsConfig {

    /** Folder of {@code .txt} articles; the file name is each citation's source. */
    @WithDefault("seeds")
    String dir();

    /**
     * Whether symbolic links in the folder are followed. Off: a link is skipped with a warning, so a link to a
     * file elsewhere (or to /proc) is never served. Kubernetes ConfigMap and Secret volumes are made of links.
     */
    @WithDefault("false")
    boolean followSymlinks();

    @WithDefault("700")
    int maxPassageChars();

    @WithDefault("220")
    int mergeParagraphsBelowChars();

    default SplitSettings splitSettings() {
        return new SplitSettings(maxPassageChars(), mergeParagraphsBelowChars());
    }
}
