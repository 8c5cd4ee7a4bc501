package dev.watchparty.discord.fake;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * Sends a single JDA to the fake gateway. {@code JDABuilder} never asks Discord where the gateway is: it takes
 * {@code SessionController.getGateway()}, whose default is the hard-coded {@code wss://gateway.discord.gg/}; only a
 * shard manager asks {@code GET /gateway/bot} (through {@link #getShardedGateway}).
 */
public final class FakeGatewaySessionController extends SessionControllerAdapter {

    private final String gatewayUrl;

    public FakeGatewaySessionController(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        ShardedGateway announced = super.getShardedGateway(api);
        return new ShardedGateway(gatewayUrl, announced.getShardTotal(), announced.getConcurrency());
    }
}
