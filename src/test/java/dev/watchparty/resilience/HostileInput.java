package dev.watchparty.resilience;

import java.util.List;
import java.util.Random;

/** Random and hostile option values: markdown, spoiler bars, mentions, invisible and right-to-left text, huge strings. */
public final class HostileInput {

    private static final List<String> NASTY = List.of(
            "||",
            "|| spoiler ||",
            "**bold**",
            "__under__",
            "~~gone~~",
            "`code`",
            "```block```",
            "> quote",
            "# heading",
            "@everyone",
            "@here",
            "<@123456789012345678>",
            "<@&123456789012345678>",
            "<#123456789012345678>",
            "<t:1700000000:R>",
            "[link](https://example.invalid)",
            "\u200b",
            "\u200e",
            "\u202e",
            "\u2066",
            "\ufeff",
            "\\",
            "\\\\||",
            "S1E99",
            "S0E0",
            "s99e99",
            "-1",
            "0",
            "999999999999",
            "NaN",
            "null",
            "premise",
            "meta",
            "\n",
            "\r\n",
            "\t",
            "   ",
            "😀",
            "🏳️‍🌈",
            "é",
            "Ω",
            "日本",
            "%s",
            "{}",
            "<script>",
            "'; DROP TABLE progress; --",
            "trivia:answer:x:1:0",
            "recap:page:x:S1E1:S1E1:1:9999",
            "character:page:::::");

    private final Random random;

    public HostileInput(Random random) {
        this.random = random;
    }

    public String next() {
        return switch (random.nextInt(6)) {
            case 0 -> NASTY.get(random.nextInt(NASTY.size()));
            case 1 -> NASTY.get(random.nextInt(NASTY.size())).repeat(1 + random.nextInt(300));
            case 2 -> "x".repeat(6000);
            case 3 -> randomUnicode(1 + random.nextInt(200));
            case 4 -> NASTY.get(random.nextInt(NASTY.size())) + " " + NASTY.get(random.nextInt(NASTY.size()));
            default -> Integer.toString(random.nextInt(30));
        };
    }

    private String randomUnicode(int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int codePoint = random.nextInt(0x2FFFF);
            if (Character.isValidCodePoint(codePoint) && !Character.isSurrogate((char) codePoint)) {
                text.appendCodePoint(codePoint);
            }
        }
        return text.toString();
    }

    public boolean nextBoolean() {
        return random.nextBoolean();
    }

    public long nextNumber(long min, long max) {
        return min + (long) (random.nextDouble() * (max - min + 1));
    }
}
