package dev.newsqa.answer;

/**
 * How strongly one extract supports an answer, each in 0..1 (cosines may dip below 0).
 *
 * @param sentenceCosine similarity of the question to the extract's best sentence
 * @param passageCosine  similarity of the question to the passage around it
 * @param coverage       IDF-weighted share of the question's content words found in the extract, or in the title of an
 *                       article titled with a name ({@link dev.newsqa.ingest.Article#isName}), which every extract of
 *                       it is about
 * @param agreement      1 when both retrievers ranked the passage near the top, else 0
 * @param passageCoverage IDF-weighted share of the question's content words found anywhere in the passage, or in the
 *                       title of an article titled with a name
 * @param matchedWords   how many of the question's content words the extract contains
 */
public record Evidence(double sentenceCosine, double passageCosine, double coverage, double agreement,
                       double passageCoverage, int matchedWords) {
}
