package dev.watchparty.discord;

import dev.watchparty.command.CommandRequest;
import dev.watchparty.command.CommandSpec;
import dev.watchparty.command.SlashCommand;
import dev.watchparty.reply.Reply;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code /stuck}: work stuck in the core, until the test releases it (or {@code longest} passes). */
final class StuckCommand implements SlashCommand {

    private final CountDownLatch release = new CountDownLatch(1);
    private final Duration longest;

    StuckCommand(Duration longest) {
        this.longest = longest;
    }

    void release() {
        release.countDown();
    }

    boolean isStuck() {
        return release.getCount() > 0;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.withOptions("stuck", "Waits for the test", List.of());
    }

    @Override
    public Reply execute(CommandRequest request) {
        try {
            release.await(longest.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Reply.notice("free at last");
    }
}
