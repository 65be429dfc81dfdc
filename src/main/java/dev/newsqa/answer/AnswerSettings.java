package dev.newsqa.answer;

/**
 * Tuning of retrieval and extract choice.
 *
 * @param candidatePassages passages taken from each retriever before fusion
 * @param maxExtractChars   an extract grows by neighbouring sentences only up to this length
 * @param minConfidence     below this confidence the service says the articles do not answer
 * @param secondaryMargin   a further citation is kept only within this much confidence of the first
 */
public record AnswerSettings(int candidatePassages, int maxExtractChars, double minConfidence, double secondaryMargin) {

}
