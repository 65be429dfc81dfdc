package dev.newsqa.app;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.newsqa.answer.AnswerConfig;
import dev.newsqa.answer.ConfidenceModel;
import dev.newsqa.answer.QueryEncoder;
import dev.newsqa.answer.QuestionAnswerer;
import dev.newsqa.conversation.ConversationConfig;
import dev.newsqa.conversation.ConversationService;
import dev.newsqa.conversation.ConversationStore;
import dev.newsqa.index.CorpusLoader;
import dev.newsqa.index.LanguageAnalyzers;
import dev.newsqa.ingest.DocumentsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the plain service objects from configuration, once each. */
@ApplicationScoped
public class ServiceProducers {

    @Produces
    @Singleton
    EmbeddingModel embeddingModel() {
        return new AllMiniLmL6V2EmbeddingModel();
    }

    @Produces
    @Singleton
    LanguageAnalyzers analyzers() {
        return new LanguageAnalyzers();
    }

    @Produces
    @Singleton
    CorpusLoader corpusLoader(EmbeddingModel model, DocumentsConfig documents, LanguageAnalyzers analyzers) {
        return new CorpusLoader(model, documents.splitSettings(), analyzers);
    }

    @Produces
    @Singleton
    QuestionAnswerer questionAnswerer(IndexHolder index, EmbeddingModel model, AnswerConfig config) {
        return new QuestionAnswerer(index::get, new QueryEncoder(model, config.questionCacheSize()), config.settings(),
                ConfidenceModel.DEFAULT);
    }

    @Produces
    @Singleton
    ConversationService conversations(QuestionAnswerer answerer, ConversationConfig config, LanguageAnalyzers analyzers) {
        return new ConversationService(answerer, new ConversationStore(config.ttl(), config.maxConversations()), analyzers);
    }
}
