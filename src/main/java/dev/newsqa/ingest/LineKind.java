package dev.newsqa.ingest;

/** What one line of an article file is, as far as passage building cares. */
enum LineKind {
    BLANK, BOILERPLATE, TITLE, DUPLICATE_TITLE, HEADING, TEXT
}
