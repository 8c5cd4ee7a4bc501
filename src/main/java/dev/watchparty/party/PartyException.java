package dev.watchparty.party;

/** A party rule the request broke; {@link PartyCommand} words it for the user. */
public final class PartyException extends RuntimeException {

    public enum Rule {
        ALREADY_RUNNING,
        LAST_EPISODE,
        HOST_CANNOT_LEAVE,
        NOT_A_MEMBER,
        NO_PARTY,
        NOT_IN_CONTROL
    }

    private final Rule rule;

    PartyException(Rule rule) {
        super(rule.name(), null, false, false);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
