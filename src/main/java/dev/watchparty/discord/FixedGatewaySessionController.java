package dev.watchparty.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * JDA asks its session controller where the gateway is: a shard manager through Discord's {@code /gateway/bot}
 * ({@link #getShardedGateway}), a single JDA through {@link #getGateway}, whose default is hard-coded. This one
 * keeps the shard count and concurrency Discord recommends but connects to the configured URL instead: a proxy,
 * or the tests' fake Discord.
 */
public final class FixedGatewaySessionController extends ConcurrentSessionController {

    private final String gatewayUrl;

    public FixedGatewaySessionController(String gatewayUrl) {
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
