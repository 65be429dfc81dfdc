package dev.newsqa.eval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.newsqa.answer.AnswerConfig;
import dev.newsqa.answer.ConfidenceModels;
import dev.newsqa.answer.QueryEncoder;
import dev.newsqa.answer.QuestionAnswerer;
import dev.newsqa.answer.QuestionTranslator;
import dev.newsqa.app.ChineseSpace;
import dev.newsqa.config.StandaloneConfig;
import dev.newsqa.corpus.EmbeddingsConfig;
import dev.newsqa.corpus.CorpusLoader;
import dev.newsqa.index.CorpusIndex;
import dev.newsqa.index.LanguageAnalyzers;
import dev.newsqa.index.VectorSearch;
import dev.newsqa.ingest.DocumentFolderReader;
import dev.newsqa.ingest.DocumentsConfig;
import dev.newsqa.model.BgeSmallZhEmbeddingModel;
import dev.newsqa.model.MiniLmEmbeddingModel;
import dev.newsqa.translate.LanguagesConfig;

/**
 * The answer path as the service builds it, for the evaluation programs; {@code -Dqa.languages.…} and {@code
 * -Dqa.embeddings.model} set it as for the service (e.g. {@code -Dqa.languages.german-english-dictionary=/usr/share/trans/de-en}).
 */
final class EvalPipeline {

    private static final LanguagesConfig LANGUAGES = StandaloneConfig.mapping(LanguagesConfig.class);
    private static final QuestionTranslator TRANSLATOR = QuestionTranslator.configured(LANGUAGES);
    private static final EmbeddingsConfig EMBEDDINGS = StandaloneConfig.mapping(EmbeddingsConfig.class);
    private static BgeSmallZhEmbeddingModel bge;
    private static QueryEncoder bgeQuestions;

    private EvalPipeline() {
    }

    /**
     * all-MiniLM-L6-v2 of the build the settings name ({@code -Dqa.embeddings.model=quantized}), on the runtime's default
     * threads; its vectors are kept where the service keeps that build's.
     */
    static MiniLmEmbeddingModel miniLm() {
        return MiniLmEmbeddingModel.load(EMBEDDINGS.model(), 0);
    }

    static synchronized BgeSmallZhEmbeddingModel bge() {
        if (bge == null && LANGUAGES.chineseSpace()) {
            bge = BgeSmallZhEmbeddingModel.load(LANGUAGES.chineseModel(), 1);
            // Chinese questions through the batcher the service embeds them with (one at a time here)
            bgeQuestions = new QueryEncoder(ChineseSpace.of(bge, LANGUAGES.chineseQuestionBatch()).questions(), 50_000);
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
