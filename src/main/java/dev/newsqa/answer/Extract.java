package dev.newsqa.answer;

/**
 * A chosen run of whole sentences inside one passage, with the evidence behind it: {@code score}
 * ranks extracts against each other, {@code confidence} says whether one answers at all.
 */
public record Extract(Candidate candidate, int start, int end, String text, Evidence evidence, double score,
                      double confidence) {
}
