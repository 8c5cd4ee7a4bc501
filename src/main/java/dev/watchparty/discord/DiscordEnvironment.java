package dev.watchparty.discord;

import java.util.Map;
import java.util.Optional;

/**
 * What the Discord front end takes from the environment: the token (never from a file, never logged), and
 * optional overrides for development and for running behind proxies or against a fake Discord.
 */
public record DiscordEnvironment(
        String token, Optional<String> devGuildId, Optional<String> restBaseUrl, Optional<String> gatewayUrl) {

    public static final String TOKEN = "DISCORD_TOKEN";

    public static DiscordEnvironment from(Map<String, String> environment) {
        return new DiscordEnvironment(
                environment.get(TOKEN),
                nonBlank(environment.get("DISCORD_DEV_GUILD")),
                nonBlank(environment.get("DISCORD_REST_BASE_URL")).map(url -> url.endsWith("/") ? url : url + "/"),
                nonBlank(environment.get("DISCORD_GATEWAY_URL")));
    }

    public boolean hasToken() {
        return token != null && !token.isBlank();
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "DiscordEnvironment[token=" + (hasToken() ? "(set)" : "(missing)") + ", devGuildId=" + devGuildId
                + ", restBaseUrl=" + restBaseUrl + ", gatewayUrl=" + gatewayUrl + "]";
    }
}
