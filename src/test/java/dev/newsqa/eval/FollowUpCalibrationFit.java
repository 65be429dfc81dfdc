package dev.newsqa.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsqa.answer.Answer;
import dev.newsqa.answer.Citation;
import dev.newsqa.answer.Extract;
import dev.newsqa.answer.Query;
import dev.newsqa.answer.QueryEncoder;
import dev.newsqa.answer.QuestionAnswerer;
import dev.newsqa.conversation.ConversationKey;
import dev.newsqa.conversation.ConversationService;
import dev.newsqa.conversation.ConversationStore;
import dev.newsqa.eval.ConversationEvaluation.Reliability;
import dev.newsqa.index.CorpusIndex;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits {@link ConversationService#READ_WITH_LOG_ODDS}, the log-odds added to the confidence of an answer read with the
 * previous question whose extract the question alone does not put first, on the seven follow-up sets: each exchange
 * asked in a conversation of its own, as {@link ConversationEvaluation} asks it, with the offset at 0. An answer is
 * right when its first citation is from the right passage; an answer to a follow-up the articles do not answer is
 * wrong. Prints the offset fitted on the sets the follow-up rules were first chosen on and the calibration error of
 * the other four before and after it (of the answers it applies to, and of every answer to their follow-ups), the
 * same the other way round, then the offset fitted on all seven, which is the one to use:
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.newsqa.eval.FollowUpCalibrationFit
 * </pre>
 */
public final class FollowUpCalibrationFit {

    /** The sets on which the follow-up rules were first chosen (two answerable, one must-refuse). */
    static final List<String> FIRST = List.of("followups", "followups-heldout", "followups-refuse");

    /**
     * One answer to a follow-up: its set, the confidence its reading gives, whether it is right, and whether the offset
     * applies (read with the previous question, from an extract the question alone does not put first).
     */
    record Sample(String set, double confidence, boolean right, boolean shifted) {
    }

    private FollowUpCalibrationFit() {
    }

    public static void main(String[] args) throws IOException {
        var model = EvalPipeline.miniLm();
        CorpusIndex index = EvalPipeline.loader(model).load(Path.of("seeds"), Path.of("embeddings")).index();
        QuestionAnswerer answerer = EvalPipeline.answerer(index, new QueryEncoder(model, 10_000));
        var service = new ConversationService(answerer, new ConversationStore(Duration.ofHours(1), 100_000),
                new SimpleMeterRegistry(), 0);
        List<Sample> samples = new ArrayList<>();
        for (String set : ConversationEvaluation.FOLLOW_UP_SETS) {
            for (JsonNode x : ConversationEvaluation.exchanges(set)) {
                ConversationKey key = ConversationKey.rest(null);
                service.ask(x.path("first").asText(), 3, key, "fit");
                Answer a = service.ask(x.path("followUp").asText(), 3, key, "fit");
                if (a.answered()) {
                    boolean right = !x.path("mustRefuse").asBoolean(false) && ConversationEvaluation.rightPassageFirst(x, a);
                    samples.add(new Sample(set, a.confidence(), right, a.readWith() != null
                            && !firstAlone(answerer, x.path("followUp").asText(), a.citations().get(0))));
                }
            }
        }
        List<Sample> first = samples.stream().filter(s -> FIRST.contains(s.set())).toList();
        List<Sample> rest = samples.stream().filter(s -> !FIRST.contains(s.set())).toList();
        report("fitted on " + String.join(", ", FIRST) + ", reported on the other four", first, rest);
        report("fitted on the other four, reported on " + String.join(", ", FIRST), rest, first);
        List<Sample> shifted = samples.stream().filter(Sample::shifted).toList();
        System.out.printf(Locale.ROOT, "fitted on all seven sets (%d answers it applies to): READ_WITH_LOG_ODDS = %.2f%n",
                shifted.size(), offset(shifted));
    }

    /** Whether the question read alone puts the cited extract first (answered or not), as the service tests it. */
    private static boolean firstAlone(QuestionAnswerer answerer, String question, Citation cited) {
        Extract first = answerer.read(Query.of(question), 1, null).first();
        return first != null && ConversationService.quotes(first, cited);
    }

    private static void report(String what, List<Sample> fit, List<Sample> report) {
        double offset = offset(fit.stream().filter(Sample::shifted).toList());
        System.out.printf(Locale.ROOT, "%s: offset %.2f%n", what, offset);
        for (double o : new double[] {0, offset}) {
            Reliability applied = new Reliability();
            Reliability all = new Reliability();
            for (Sample s : report) {
                double c = s.shifted() ? ConversationService.shifted(s.confidence(), o) : s.confidence();
                all.add(c, s.right());
                if (s.shifted()) {
                    applied.add(c, s.right());
                }
            }
            applied.summary(String.format(Locale.ROOT, "offset %5.2f", o), "answers it applies to");
            all.summary(String.format(Locale.ROOT, "offset %5.2f", o), "answers to the follow-ups");
        }
    }

    /** The offset that maximises the likelihood of the answers' rightness (Newton's method on one parameter). */
    static double offset(List<Sample> samples) {
        double a = 0;
        for (int i = 0; i < 50; i++) {
            double gradient = 0;
            double curvature = 0;
            for (Sample s : samples) {
                double p = ConversationService.shifted(s.confidence(), a);
                gradient += (s.right() ? 1 : 0) - p;
                curvature += p * (1 - p);
            }
            a += gradient / curvature;
        }
        return a;
    }
}
