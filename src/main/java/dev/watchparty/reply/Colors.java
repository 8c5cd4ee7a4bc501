package dev.watchparty.reply;

/** Card colours, one per kind of reply, so readers tell them apart at a glance. */
public final class Colors {

    public static final int SHOW = 0xB5179E;
    public static final int CHARACTER = 0x7209B7;
    public static final int RECAP = 0x3A0CA3;
    public static final int PROGRESS = 0x4361EE;
    public static final int TRIVIA = 0xF72585;
    public static final int PARTY = 0x4CC9F0;

    private Colors() {}
}
