package dev.newsqa.answer;

import java.util.OptionalDouble;

/**
 * Tuning of retrieval and extract choice.
 *
 * @param candidatePassages passages taken from each retriever before fusion
 * @param maxExtractChars   an extract grows by neighbouring sentences only up to this length
 * @param minConfidence     below this confidence the service says the articles do not answer
 * @param laterMinConfidence a citation after the first is given only when its own confidence (see
 *                           {@link LaterCitationModel}) is at least this; empty, its model's floor
 */
public record AnswerSettings(int candidatePassages, int maxExtractChars, double minConfidence,
                             OptionalDouble laterMinConfidence) {

}
