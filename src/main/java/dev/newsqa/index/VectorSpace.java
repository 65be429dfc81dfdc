package dev.newsqa.index;

/**
 * The embedding spaces an index can hold, each from one in-process model. Every article is embedded in
 * {@link #MINILM}; {@link #BGE_ZH} is the second space, where Chinese questions meet articles of every language.
 * A question is compared in one space only, with the passages and sentences embedded in that same space.
 */
public enum VectorSpace {
    /** all-MiniLM-L6-v2: English and German questions (and any other Latin-script text). */
    MINILM,
    /** bge-small-zh-v1.5: Chinese questions, over Chinese, English and German articles. */
    BGE_ZH
}
