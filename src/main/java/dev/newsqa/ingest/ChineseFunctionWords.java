package dev.newsqa.ingest;

import java.util.Set;

/**
 * Chinese question words and the commonest function words ("什么", "哪些", "的", "是", "呢"), as smartcn and the
 * CC-CEDICT glossary cut them: they say how a question asks, not what about. The Chinese analysis drops them as stop
 * words, and the glossary gives no English for them (CC-CEDICT's "呢" is "particle indicating continuation dense wool
 * fabric", "是" "be correct": words an English passage would be searched for).
 */
public final class ChineseFunctionWords {

    /** The words, without "时候" (time), which the Chinese analysis also drops but whose gloss is content. */
    public static final Set<String> WORDS = Set.of("什么", "甚么", "啥", "哪", "哪些", "哪个", "哪里", "哪儿", "哪一", "谁",
            "多少", "几", "几个", "怎么", "怎样", "怎么样", "如何", "为什么", "为何", "何时", "何", "何种", "什么样", "吗", "呢", "吧",
            "啊", "呀", "么", "是", "的", "了", "着", "过", "在", "和", "与", "及", "或", "被", "把", "为", "由", "于", "以", "对",
            "从", "也", "都", "就", "其", "之", "这", "那", "这个", "那个", "是否", "请问", "有", "一个", "所", "得", "地");

    private ChineseFunctionWords() {
    }
}
