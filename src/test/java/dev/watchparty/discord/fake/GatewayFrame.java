package dev.watchparty.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A payload the bot sent on the gateway.
 *
 * @param op              its opcode (1 heartbeat, 2 identify, 3 presence, 6 resume, 8 request members, ...)
 * @param payload         the whole payload
 * @param receivedAtNanos {@link System#nanoTime()} when the fake read it
 */
public record GatewayFrame(int op, JsonNode payload, long receivedAtNanos) {}
