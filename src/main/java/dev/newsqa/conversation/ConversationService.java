package dev.newsqa.conversation;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import dev.newsqa.answer.Answer;
import dev.newsqa.answer.Citation;
import dev.newsqa.answer.Extract;
import dev.newsqa.answer.FixedTexts;
import dev.newsqa.answer.KindMentions;
import dev.newsqa.answer.Query;
import dev.newsqa.answer.QuestionAnswerer;
import dev.newsqa.answer.QuestionAnswerer.Reading;
import dev.newsqa.answer.ShortAnswer;
import dev.newsqa.ingest.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The one entry point every channel asks through. A question is always read on its own; only when the
 * conversation has a previous turn and the question leans on it (a cue from {@link FollowUpResolver}, or no
 * confident answer on its own) is it read again together with that turn, and the contextual reading is kept
 * only on its evidence: it must answer, and its extract must hold the question's own words. Whatever came
 * before, a question that stands on its own gets exactly the answer it gets when asked alone. A follow-up that names
 * a number or a name of its own ("And in 2015?") is answered with the previous turn only from an extract holding it,
 * and one asking when or how many only from an extract mentioning a time or an amount of its own ({@link KindMentions}).
 * When the question alone answers from the extract the contextual reading puts first, the previous turn changed
 * nothing and the answer is the one given alone; an answer that only the previous turn found says so ({@code
 * readWith}) and shows the lower confidence such answers earn ({@link #READ_WITH_LOG_ODDS}). A fragment that asks
 * nothing of its own ({@link FollowUpResolver#asksNothingOfItsOwn}: "And in 2019?", "Why?") is never answered alone:
 * with no earlier question it asks for the whole question, and when the previous turn does not answer it either it is
 * refused, naming that turn's question in {@code readWith}, and the conversation keeps its topic. A name alone
 * ("DingTalk", "What about Tencent?") is a topic, not a fragment. A question that leans on the previous turn and is
 * refused both on its own and with it keeps the topic too: its pronoun has nothing to stand for without it.
 */
public final class ConversationService {

    /**
     * Share of what the question asks itself (IDF-weighted words, {@link FollowUpResolver#askedText}) the contextual
     * extract must hold. With a pronoun that may stand for a noun of the question itself, half; without a cue, when
     * the question was refused on its own, all of them, so that an unrelated question is never answered from the
     * previous topic.
     */
    static final double ASKED_WORDS_WITH_REFERENCE = 0.5;
    static final double ASKED_WORDS_WITHOUT_CUE = 0.999;
    /** Earlier questions of a stateless caller (OpenAI-style message lists) replayed to rebuild the last turn. */
    static final int REPLAYED_TURNS = 3;
    /**
     * Added to the log-odds of the confidence an answer read with the previous question shows, when the question alone
     * would not have put that extract first. Such a reading borrows the previous question's words, and with them a
     * confidence its extract does not earn: on the seven follow-up sets those answers averaged 0.78 and 58 % were
     * right (answers whose extract the question alone also puts first: 0.80, 80 % right, left as they are). Fitted
     * by {@code eval.FollowUpCalibrationFit} on all seven sets; fitted on three of them and checked on the other four
     * (and the other way round), it took the calibration error of every answer to those follow-ups from 0.214 to
     * 0.152 (0.195 to 0.140). Whether to answer is still decided on the reading's own scale: the offset changes what
     * an answer promises, not which questions are answered.
     */
    public static final double READ_WITH_LOG_ODDS = -1.06;

    private final QuestionAnswerer answerer;
    private final ConversationStore store;
    private final FollowUpResolver resolver = new FollowUpResolver();
    private final MeterRegistry metrics;
    private final double readWithLogOdds;

    public ConversationService(QuestionAnswerer answerer, ConversationStore store, MeterRegistry metrics) {
        this(answerer, store, metrics, READ_WITH_LOG_ODDS);
    }

    /** @param readWithLogOdds see {@link #READ_WITH_LOG_ODDS}; the fitting program reads the answers with 0 */
    public ConversationService(QuestionAnswerer answerer, ConversationStore store, MeterRegistry metrics,
                               double readWithLogOdds) {
        this.answerer = answerer;
        this.store = store;
        this.metrics = metrics;
        this.readWithLogOdds = readWithLogOdds;
    }

    /**
     * @param conversation the asker's conversation in its channel; its last turn is read and replaced
     * @param channel      where the question came from (web, api, slack, dingtalk, …), for the metrics
     */
    public Answer ask(String question, int maxCitations, ConversationKey conversation, String channel) {
        long t0 = System.nanoTime();
        Turn previous = store.last(conversation.storeKey()).orElse(null);
        Resolved resolved = resolve(question, maxCitations, previous, conversation.id());
        if (resolved.turn() != null) {
            store.remember(conversation.storeKey(), resolved.turn());
        }
        return counted(resolved.answer(), channel, t0);
    }

    /**
     * For callers that send the whole conversation with each question instead of an id (OpenAI-compatible chat
     * completions): the earlier questions, oldest first, are read again to rebuild the last turn; nothing is stored.
     */
    public Answer askAfter(String question, int maxCitations, List<String> earlierQuestions, String channel) {
        long t0 = System.nanoTime();
        Turn previous = null;
        List<String> replayed = earlierQuestions.subList(Math.max(0, earlierQuestions.size() - REPLAYED_TURNS),
                earlierQuestions.size());
        for (String earlier : replayed) {
            previous = resolve(earlier, 1, previous, null).turn();
        }
        return counted(resolve(question, maxCitations, previous, null).answer(), channel, t0);
    }

    private Answer counted(Answer answer, String channel, long t0) {
        Timer.builder("qa.questions").description("questions answered, by channel and outcome")
                .tag("channel", channel).tag("outcome", answer.answered() ? "answered" : "refused")
                .tag("context", answer.readWith() != null ? "previous-turn" : "none")
                .publishPercentileHistogram().register(metrics)
                .record(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
        return answer;
    }

    private Resolved resolve(String question, int maxCitations, Turn previous, String conversationId) {
        Query query = Query.of(question);
        // a fragment ("And in 2019?", "Why?") is no question on its own: it is answered with the previous turn or not
        // at all, never from a sentence that merely mentions what it names
        FollowUpResolver.Cue cue = resolver.cue(question);
        boolean fragment = resolver.asksNothingOfItsOwn(question, cue);
        if (previous == null && fragment) {
            return new Resolved(refused(query, conversationId, FixedTexts.of(query.language()).noEarlierQuestion(),
                    null), null);
        }
        Reading alone = answerer.read(query, maxCitations, conversationId);
        if (previous == null) {
            return Resolved.alone(question, alone.answer());
        }
        if (cue == FollowUpResolver.Cue.NONE && alone.answer().answered()) {
            return Resolved.alone(question, alone.answer());
        }
        String topic = previous.topicQuestion();
        String asked = resolver.askedText(question);
        Query followUp = query.followUp(asked, topic, previous.sources());
        Reading together = answerer.read(followUp, maxCitations, conversationId);
        Answer a = alone.answer();
        Answer t = together.answer();
        // a follow-up that names a number or a name of its own ("And in 2015?", "What about Tencent?") is not answered
        // by an extract that does not hold it: that extract answers the previous question, not this one; nor, when it
        // asks when or how many, by one mentioning no time or amount that neither question names ("How much is that
        // deal worth?"): the reading borrows the previous question's words, and with them its confidence
        if (t.answered() && (!holdsEveryNamedThing(t, resolver.namedThings(asked, query.language() == Language.GERMAN))
                || !KindMentions.holdsAskedKind(followUp, t.citations().get(0).extract(),
                        t.citations().get(0).language()))) {
            return withoutPrevious(query, fragment, cue, alone.answer(), previous, conversationId);
        }
        boolean supported = t.answered() && together.askedCoverage()
                >= (cue == FollowUpResolver.Cue.NONE ? ASKED_WORDS_WITHOUT_CUE : ASKED_WORDS_WITH_REFERENCE);
        boolean keepTogether = switch (cue) {
            // incomplete on its own: read with the previous turn unless only the question alone finds an answer
            case ELLIPSIS -> t.answered() || !a.answered();
            // a pronoun with nothing before it in the question that it could stand for can only stand for something
            // said before; otherwise the previous turn is used only when the extract holds what is asked
            case REFERENCE -> t.answered() && (supported || !resolver.mayHoldAntecedent(question));
            case NONE -> supported;
        };
        if (!keepTogether) {
            return withoutPrevious(query, fragment, cue, alone.answer(), previous, conversationId);
        }
        // the question alone already puts first the extract the contextual reading puts first: when it answers from
        // it, the previous turn changed nothing about the answer, so it is the answer the question gets alone (its
        // confidence, its later citations, no note that it was read with the previous question), and the
        // conversation keeps its topic; when it does not, the previous turn only raised its confidence
        boolean firstAlone = t.answered() && alone.first() != null && quotes(alone.first(), t.citations().get(0));
        if (a.answered() && firstAlone) {
            return new Resolved(a, Turn.after(topic, a));
        }
        // a follow-up keeps the conversation's topic, so "And in 2018?" after "And in 2019?" still reads with it
        Turn next = t.answered() ? Turn.after(topic, t) : previous;
        return new Resolved(t.answered() && !firstAlone ? recalibrated(t, readWithLogOdds) : t, next);
    }

    /**
     * The contextual answer with the confidence it earns ({@link #READ_WITH_LOG_ODDS}) on the answer and its first
     * citation; its later citations keep their own, and its short answer stays only while that confidence still clears
     * the short answers' own bar.
     */
    static Answer recalibrated(Answer t, double logOdds) {
        double confidence = shifted(t.confidence(), logOdds);
        List<Citation> citations = new ArrayList<>(t.citations());
        citations.set(0, citations.get(0).withScore(confidence));
        ShortAnswer shortAnswer = confidence >= QuestionAnswerer.SHORT_ANSWER_CONFIDENCE ? t.shortAnswer() : null;
        return new Answer(t.question(), t.language(), true, t.answer(), confidence, t.conversationId(), t.readWith(),
                shortAnswer, citations);
    }

    /** The confidence with {@code logOdds} added to its log-odds, rounded as answers show it. */
    public static double shifted(double confidence, double logOdds) {
        if (logOdds == 0) {
            return confidence;
        }
        double c = Math.min(0.999, Math.max(0.001, confidence));
        double p = 1 / (1 + Math.exp(-(Math.log(c / (1 - c)) + logOdds)));
        return Answer.shown(p);
    }

    /**
     * The answer when the previous turn does not lead to one: the question's own, or, for a fragment, which asks
     * nothing alone, the not-found answer read with the previous question, the conversation keeping its topic. A
     * question that leans on the previous turn and is refused alone too ("Wie alt ist sie?" when the question about
     * her found nothing) gets its own refusal, but is no topic of its own either: its pronoun stands for something of
     * the topic, so "Und warum?" after it is still read with the question it leans on.
     *
     * @param fragment whether the question asks nothing of its own ({@link FollowUpResolver#asksNothingOfItsOwn})
     */
    private static Resolved withoutPrevious(Query query, boolean fragment, FollowUpResolver.Cue cue, Answer alone,
                                            Turn previous, String conversationId) {
        if (fragment) {
            return new Resolved(refused(query, conversationId, FixedTexts.of(query.language()).notFound(),
                    previous.topicQuestion()), previous);
        }
        return cue != FollowUpResolver.Cue.NONE && !alone.answered() ? new Resolved(alone, previous)
                : Resolved.alone(query.question(), alone);
    }

    /**
     * A refusal in the question's language, with {@code text} as the whole answer and the earlier question it was read
     * with (or null), so that the asker sees what the refusal is about ("And in 2015?" of DingTalk's users).
     */
    private static Answer refused(Query query, String conversationId, String text, String readWith) {
        return new Answer(query.question(), query.language(), false, text, 0, conversationId, readWith, null, List.of());
    }

    /** Whether {@code extract} overlaps what {@code citation} quotes. */
    public static boolean quotes(Extract extract, Citation citation) {
        return extract.overlaps(citation.source(), citation.start(), citation.end());
    }

    private static boolean holdsEveryNamedThing(Answer answer, Set<String> named) {
        String extract = answer.citations().get(0).extract().toLowerCase(Locale.ROOT);
        return named.stream().allMatch(n -> extract.contains(n.toLowerCase(Locale.ROOT)));
    }

    /** The answer, and the turn the conversation remembers after it (null: nothing to remember). */
    private record Resolved(Answer answer, Turn turn) {

        /** The question answered on its own, and so the topic of what follows. */
        static Resolved alone(String question, Answer answer) {
            return new Resolved(answer, Turn.after(question, answer));
        }
    }
}
