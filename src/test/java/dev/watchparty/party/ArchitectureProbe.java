package dev.watchparty.party;

import dev.watchparty.trivia.TriviaPresenter;
import dev.watchparty.trivia.TriviaStore;
import io.micrometer.core.instrument.Counter;
import net.dv8tion.jda.api.JDA;

/**
 * What the architecture rules forbid, in the test tree only: a party class reaching into trivia's store and
 * presenter, holding a JDA type, and counting with Micrometer. {@code ArchitectureTest} proves its rules refuse it.
 */
public final class ArchitectureProbe {

    private TriviaStore store;
    private TriviaPresenter presenter;
    private JDA jda;
    private Counter parties;
}
