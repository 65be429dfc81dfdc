package dev.newsqa.index;

/**
 * The embedding spaces an index can hold, each from one in-process model. Every article is embedded in
 * {@link #MINILM}; {@link #BGE_ZH} is the second space, where Chinese questions meet articles of every language.
 * A question is compared in one space only, with the passages (and sentences, where the space holds them) embedded in
 * that same space.
 */
public enum VectorSpace {
    /** all-MiniLM-L6-v2: English and German questions (and any other Latin-script text). */
    MINILM,
    /**
     * bge-small-zh-v1.5: Chinese questions, over Chinese, English and German articles. Passages only: its sentence
     * cosines did not choose better sentences than the question's words (XQuAD's Chinese questions about the
     * even-numbered English articles: the answer in the first extract 59.7 % with them, 60.0 % without; CMRC's about
     * even-numbered articles: 71.5 % with, 73.3 % without), and a passage vector is a fraction of the cost.
     */
    BGE_ZH
}
