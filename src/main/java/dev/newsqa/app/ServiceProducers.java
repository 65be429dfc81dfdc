package dev.newsqa.app;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.newsqa.answer.AnswerConfig;
import dev.newsqa.answer.ConfidenceModels;
import dev.newsqa.answer.QueryEncoder;
import dev.newsqa.answer.QuestionBatcher;
import dev.newsqa.answer.QuestionAnswerer;
import dev.newsqa.conversation.ConversationConfig;
import dev.newsqa.conversation.ConversationService;
import dev.newsqa.conversation.ConversationStore;
import dev.newsqa.corpus.CorpusLoader;
import dev.newsqa.corpus.EmbeddingsConfig;
import dev.newsqa.answer.QuestionTranslator;
import dev.newsqa.model.BgeSmallZhEmbeddingModel;
import dev.newsqa.model.MiniLmEmbeddingModel;
import dev.newsqa.translate.LanguagesConfig;
import dev.newsqa.index.LanguageAnalyzers;
import dev.newsqa.ingest.DocumentFolderReader;
import dev.newsqa.ingest.DocumentsConfig;
import dev.newsqa.store.ElasticsearchLibrary;
import dev.newsqa.store.SharedLibrary;
import dev.newsqa.store.StoreConfig;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;


/** Builds the plain service objects from configuration, once each. */
@ApplicationScoped
public class ServiceProducers {

    @Produces
    @Singleton
    MiniLmEmbeddingModel embeddingModel(EmbeddingsConfig config) {
        return MiniLmEmbeddingModel.load(config.model(), config.onnxThreads());
    }

    /**
     * bge-small-zh runs one thread per inference whatever {@code qa.embeddings.onnx-threads} says: most of its work is
     * bulk (every passage once more, at up to 512 tokens), which one inference per core on one thread each does
     * fastest, and only Chinese questions need it.
     */
    @Produces
    @Singleton
    ChineseSpace chineseSpace(LanguagesConfig languages) {
        return languages.chineseSpace() ? ChineseSpace.of(BgeSmallZhEmbeddingModel.load(languages.chineseModel(), 1),
                languages.chineseQuestionBatch()) : ChineseSpace.OFF;
    }

    void closeChineseSpace(@Disposes ChineseSpace chinese) {
        if (chinese.on()) {
            chinese.questions().close();
        }
    }

    @Produces
    @Singleton
    QuestionTranslator translator(LanguagesConfig languages) {
        return QuestionTranslator.configured(languages);
    }

    @Produces
    @Singleton
    LanguageAnalyzers analyzers() {
        return new LanguageAnalyzers();
    }

    @Produces
    @Singleton
    CorpusLoader corpusLoader(EmbeddingModel model, ChineseSpace chinese, DocumentsConfig documents,
                              LanguageAnalyzers analyzers, SharedLibrary shared) {
        return new CorpusLoader(model, chinese.model(), documents.splitSettings(), analyzers, shared.vectorSearch(),
                new DocumentFolderReader(documents.followSymlinks()));
    }

    @Produces
    @Singleton
    SharedLibrary sharedLibrary(StoreConfig config, EmbeddingsConfig embeddings) {
        if (config.kind() == StoreConfig.Kind.MEMORY) {
            return SharedLibrary.NONE;
        }
        return ElasticsearchLibrary.connect(config.elasticsearch(), embeddings.model().modelName(),
                MiniLmEmbeddingModel.DIMENSION);
    }

    void closeSharedLibrary(@Disposes SharedLibrary shared) throws Exception {
        if (shared instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    /**
     * One model run per core at once, each taking the questions that arrived meanwhile; the session's helper threads
     * go to whichever run has work (see {@code OnnxSessions#runsAtOnce}).
     */
    @Produces
    @Singleton
    QuestionBatcher questionBatcher(MiniLmEmbeddingModel model, EmbeddingsConfig config) {
        return new QuestionBatcher(model::embedEach, model.runsAtOnce(), config.questionBatch());
    }

    void closeQuestionBatcher(@Disposes QuestionBatcher batcher) {
        batcher.close();
    }

    @Produces
    @Singleton
    QuestionAnswerer questionAnswerer(IndexHolder index, QuestionBatcher batcher, ChineseSpace chinese,
                                      QuestionTranslator translator, AnswerConfig config) {
        QueryEncoder chineseQuestions = chinese.on() ? new QueryEncoder(chinese.questions(), config.questionCacheSize())
                : null;
        return new QuestionAnswerer(index::get, new QueryEncoder(batcher, config.questionCacheSize()), chineseQuestions,
                translator, config.settings(), ConfidenceModels.DEFAULT);
    }

    @Produces
    @Singleton
    ConversationService conversations(QuestionAnswerer answerer, ConversationConfig config, MeterRegistry metrics) {
        return new ConversationService(answerer, new ConversationStore(config.ttl(), config.maxConversations()), metrics);
    }
}
