package dev.watchparty.trivia;

import java.time.Duration;

/** One player's answer to one question, scored when it arrived. */
public record ScoredAnswer(
        String userId, String displayName, int choice, boolean correct, int points, Duration elapsed) {}
