package dev.watchparty.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * JDA asks its session controller where the gateway is (by default, Discord's {@code /gateway/bot}). This one
 * keeps the shard count and concurrency Discord recommends but connects to the configured URL instead.
 */
final class FixedGatewaySessionController extends ConcurrentSessionController {

    private final String gatewayUrl;

    FixedGatewaySessionController(String gatewayUrl) {
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
