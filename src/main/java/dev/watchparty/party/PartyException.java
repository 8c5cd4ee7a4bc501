package dev.watchparty.party;

import dev.watchparty.pack.SpoilerLevel;

/** A party rule the request broke; {@link PartyCommand} words it for the user. */
public final class PartyException extends RuntimeException {

    public enum Rule {
        ALREADY_RUNNING,
        LAST_EPISODE,
        HOST_CANNOT_LEAVE,
        NOT_A_MEMBER,
        NO_PARTY,
        NOT_IN_CONTROL,
        /** Someone else moved the party a moment ago; {@link #finished()} is where it is now. */
        JUST_MOVED
    }

    private final Rule rule;
    private final SpoilerLevel finished;

    PartyException(Rule rule) {
        this(rule, null);
    }

    PartyException(Rule rule, SpoilerLevel finished) {
        super(rule.name(), null, false, false);
        this.rule = rule;
        this.finished = finished;
    }

    public Rule rule() {
        return rule;
    }

    public SpoilerLevel finished() {
        return finished;
    }
}
