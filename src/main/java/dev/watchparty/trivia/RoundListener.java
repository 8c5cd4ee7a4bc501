package dev.watchparty.trivia;

import java.util.List;

/** What a round tells the front end: a question to show, its reveal, and the end. Called in order. */
public interface RoundListener {

    void questionAsked(RoundView round, AskedQuestion question);

    void questionRevealed(RoundView round, AskedQuestion question, List<ScoredAnswer> answers);

    void roundEnded(RoundView round, EndReason reason, List<Standing> standings);
}
