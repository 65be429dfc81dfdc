package dev.newsqa.eval;

import dev.newsqa.config.StandaloneConfig;
import dev.newsqa.ingest.Article;
import dev.newsqa.ingest.ArticleParser;
import dev.newsqa.ingest.DocumentFolderReader;
import dev.newsqa.ingest.DocumentsConfig;
import dev.newsqa.ingest.Passage;
import dev.newsqa.ingest.SourceFile;
import dev.newsqa.ingest.SplitSettings;

import java.nio.file.Path;

/** Prints how each article is parsed: title, language, passages with offsets and sentences. */
public final class DumpPassages {

    private DumpPassages() {
    }

    public static void main(String[] args) {
        ArticleParser parser = new ArticleParser(StandaloneConfig.mapping(DocumentsConfig.class).splitSettings());
        for (SourceFile f : new DocumentFolderReader().read(Path.of(args.length > 0 ? args[0] : "seeds"))) {
            Article a = parser.parse(f.source(), f.text(), f.sha256());
            System.out.printf("=== %s [%s] title: %s%n", a.source(), a.language(), a.title());
            for (Passage p : a.passages()) {
                System.out.printf("--- %s [%d,%d) %s %d sentences%n", p.id(), p.start(), p.end(), p.language(), p.sentences().size());
                p.sentences().forEach(s -> System.out.println("    | " + s.text().replace('\n', '⏎')));
            }
        }
    }
}
