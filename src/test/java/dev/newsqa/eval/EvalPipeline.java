package dev.newsqa.eval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.newsqa.answer.AnswerConfig;
import dev.newsqa.answer.ConfidenceModels;
import dev.newsqa.answer.QueryEncoder;
import dev.newsqa.answer.QuestionAnswerer;
import dev.newsqa.answer.QuestionTranslator;
import dev.newsqa.config.StandaloneConfig;
import dev.newsqa.corpus.CorpusLoader;
import dev.newsqa.index.CorpusIndex;
import dev.newsqa.index.LanguageAnalyzers;
import dev.newsqa.index.VectorSearch;
import dev.newsqa.ingest.DocumentFolderReader;
import dev.newsqa.ingest.DocumentsConfig;
import dev.newsqa.model.BgeSmallZhEmbeddingModel;

/** The answer path as the service builds it, for the evaluation programs. */
final class EvalPipeline {

    private static final boolean CHINESE_SPACE = !"false".equals(System.getProperty("eval.chinese-space"));
    private static final QuestionTranslator TRANSLATOR = translator();
    private static BgeSmallZhEmbeddingModel bge;
    private static QueryEncoder bgeQuestions;

    private EvalPipeline() {
    }

    private static QuestionTranslator translator() {
        if ("false".equals(System.getProperty("eval.glossary"))) {
            return QuestionTranslator.NONE;
        }
        java.util.List<dev.newsqa.translate.Glossary> glossaries = new java.util.ArrayList<>();
        glossaries.add(new dev.newsqa.translate.CedictGlossary());
        String ding = System.getProperty("eval.ding");
        if (ding != null) {
            glossaries.addAll(dev.newsqa.translate.DingGlossary.read(java.nio.file.Path.of(ding)));
        }
        return new QuestionTranslator(glossaries);
    }

    static synchronized BgeSmallZhEmbeddingModel bge() {
        if (bge == null && CHINESE_SPACE) {
            bge = BgeSmallZhEmbeddingModel.load(1);
            bgeQuestions = QueryEncoder.withInstruction(bge, BgeSmallZhEmbeddingModel.QUERY_INSTRUCTION, 50_000);
        }
        return bge;
    }

    static CorpusLoader loader(EmbeddingModel miniLm) {
        return new CorpusLoader(miniLm, bge(), StandaloneConfig.mapping(DocumentsConfig.class).splitSettings(),
                new LanguageAnalyzers(), VectorSearch.LOCAL, new DocumentFolderReader());
    }

    static QuestionAnswerer answerer(CorpusIndex index, QueryEncoder miniLm) {
        bge();
        return new QuestionAnswerer(() -> index, miniLm, bgeQuestions, TRANSLATOR,
                StandaloneConfig.mapping(AnswerConfig.class).settings(), ConfidenceModels.DEFAULT);
    }
}
