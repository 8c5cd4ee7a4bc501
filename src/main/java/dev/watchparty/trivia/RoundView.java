package dev.watchparty.trivia;

/** What a listener may read of a round. */
public interface RoundView {

    RoundSetup setup();

    int questionCount();
}
