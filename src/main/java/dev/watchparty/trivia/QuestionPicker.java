package dev.watchparty.trivia;

import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.pack.TriviaQuestion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Chooses a round's questions: only at or below the cap (or of one exact level), none twice in a round, and
 * none a channel has already seen until every question under the cap has been asked there.
 */
final class QuestionPicker {

    private QuestionPicker() {}

    /** The questions a round with this cap (and optional exact level) may ask. */
    static List<TriviaQuestion> pool(List<TriviaQuestion> all, SpoilerLevel cap, SpoilerLevel onlyLevel) {
        return all.stream()
                .filter(question -> !question.level().isAbove(cap))
                .filter(question -> onlyLevel == null || question.level().equals(onlyLevel))
                .toList();
    }

    /**
     * Up to {@code count} questions, unseen ones first. {@code seenPoolExhausted} is told when the unseen ones
     * ran out, so the channel's memory can start over.
     */
    static List<PlannedQuestion> pick(
            List<TriviaQuestion> pool, Set<String> seen, int count, Random random, Runnable seenPoolExhausted) {
        List<TriviaQuestion> unseen = new ArrayList<>(
                pool.stream().filter(q -> !seen.contains(q.id())).toList());
        List<TriviaQuestion> seenBefore =
                new ArrayList<>(pool.stream().filter(q -> seen.contains(q.id())).toList());
        Collections.shuffle(unseen, random);
        Collections.shuffle(seenBefore, random);
        List<TriviaQuestion> chosen = new ArrayList<>(unseen.subList(0, Math.min(count, unseen.size())));
        if (chosen.size() < count || unseen.size() == chosen.size()) {
            seenPoolExhausted.run();
        }
        for (TriviaQuestion question : seenBefore) {
            if (chosen.size() >= count) {
                break;
            }
            chosen.add(question);
        }
        return chosen.stream().map(question -> shuffleChoices(question, random)).toList();
    }

    private static PlannedQuestion shuffleChoices(TriviaQuestion question, Random random) {
        List<String> choices = new ArrayList<>(question.wrong());
        choices.add(question.answer());
        Collections.shuffle(choices, random);
        return new PlannedQuestion(question, choices, choices.indexOf(question.answer()));
    }
}
