package dev.newsqa.eval;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.newsqa.answer.Answer;
import dev.newsqa.answer.Query;
import dev.newsqa.answer.QueryEncoder;
import dev.newsqa.answer.QuestionAnswerer;
import dev.newsqa.index.CorpusIndex;
import dev.newsqa.index.Vectors;
import dev.newsqa.ingest.Article;
import dev.newsqa.ingest.Passage;
import dev.newsqa.model.BgeSmallZhEmbeddingModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What Chinese questions over the seeds get: the service's answer path as it is configured ({@link EvalPipeline}:
 * the Chinese space of {@code qa.languages.chinese-model}'s build and the CC-CEDICT glosses) on a Chinese question
 * set, and passage retrieval by vectors alone with all-MiniLM-L6-v2 against that Chinese model, on the Chinese and
 * on the English questions:
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=dev.newsqa.eval.ChineseEvaluation}; another set of the same
 * shape with {@code -Dexec.args="/eval/questions-zh-names.json"} (Chinese questions naming their subjects in Latin
 * script, as DingTalk users write them).
 */
public final class ChineseEvaluation {

    private ChineseEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        QuestionSet zh = QuestionSet.load(args.length > 0 ? args[0] : "/eval/questions-zh.json");
        QuestionSet en = QuestionSet.load();
        EmbeddingModel miniLm = EvalPipeline.miniLm();
        CorpusIndex index = EvalPipeline.loader(miniLm).load(Path.of("seeds"), Path.of("embeddings")).index();
        QuestionAnswerer service = EvalPipeline.answerer(index, new QueryEncoder(miniLm, 1000));

        System.out.printf("Chinese question set: %d answerable, %d off-topic%n%n", zh.answerable().size(), zh.offTopic().size());
        int hit1 = 0;
        int hit3 = 0;
        int refused = 0;
        for (QuestionSet.Answerable a : zh.answerable()) {
            Answer answer = service.answer(Query.of(a.q()), 3, null);
            if (!answer.answered()) {
                refused++;
            }
            for (int i = 0; i < answer.citations().size(); i++) {
                var c = answer.citations().get(i);
                if (a.answeredBy(c.source(), c.extract())) {
                    hit1 += i == 0 ? 1 : 0;
                    hit3++;
                    break;
                }
            }
        }
        long offRefused = zh.offTopic().stream().filter(q -> !service.answer(Query.of(q), 3, null).answered()).count();
        int n = zh.answerable().size();
        System.out.printf("this service on Chinese questions: hit@1 %.0f%%, hit@3 %.0f%%, answerable refused %.0f%%, "
                        + "off-topic refused %.0f%%%n%n", 100.0 * hit1 / n, 100.0 * hit3 / n, 100.0 * refused / n,
                100.0 * offRefused / zh.offTopic().size());

        List<Passage> passages = new ArrayList<>();
        for (Article article : index.articles()) {
            passages.addAll(article.passages());
        }
        EmbeddingModel bge = EvalPipeline.bge();
        if (bge == null) {
            return; // qa.languages.chinese-space is off: no Chinese model to compare
        }
        System.out.println("passage retrieval by vectors alone (a passage of the expected article holding the answer):");
        System.out.printf("%-34s %14s %14s%n", "model", "Chinese hit@3", "English hit@3");
        for (var model : List.of(new Named("all-MiniLM-L6-v2 (in use)", miniLm, ""),
                new Named(bge.modelName(), bge, ""),
                new Named(bge.modelName() + " + query prefix", bge, BgeSmallZhEmbeddingModel.QUERY_INSTRUCTION))) {
            float[][] vectors = model.model().embedAll(passages.stream().map(p -> TextSegment.from(p.text())).toList())
                    .content().stream().map(e -> e.vector()).toArray(float[][]::new);
            System.out.printf("%-34s %13.0f%% %13.0f%%%n", model.name(), 100 * hitAt3(zh, model, vectors, passages),
                    100 * hitAt3(en, model, vectors, passages));
        }
    }

    private record Named(String name, EmbeddingModel model, String queryPrefix) {
    }

    private static double hitAt3(QuestionSet questions, Named model, float[][] vectors, List<Passage> passages) {
        int hits = 0;
        for (QuestionSet.Answerable a : questions.answerable()) {
            float[] q = model.model().embed(model.queryPrefix() + a.q()).content().vector();
            boolean hit = IntStream.range(0, passages.size()).boxed()
                    .sorted(Comparator.comparingDouble(i -> -Vectors.dot(q, vectors[i])))
                    .limit(3)
                    .anyMatch(i -> a.answeredBy(passages.get(i).source(), passages.get(i).text()));
            hits += hit ? 1 : 0;
        }
        return (double) hits / questions.answerable().size();
    }
}
