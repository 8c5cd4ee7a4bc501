package dev.watchparty.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HealthServerTest {

    @Test
    @DisplayName(
            "GIVEN the health endpoint WHEN a shard is not connected or the store has a problem THEN it answers 503 and says which, else 200")
    void reportsShardsAndStore() throws Exception {
        AtomicReference<Map<Integer, String>> shards =
                new AtomicReference<>(Map.of(0, "CONNECTED", 1, "ATTEMPTING_TO_RECONNECT"));
        AtomicReference<Optional<String>> store = new AtomicReference<>(Optional.empty());
        try (HealthServer health = HealthServer.start(
                "127.0.0.1", 0, shards::get, store::get, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))) {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + health.port() + "/health"))
                    .build();
            HttpResponse<String> down = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(503, down.statusCode());
            assertEquals(
                    "{\"status\":\"unhealthy\",\"shards\":{\"0\":\"CONNECTED\",\"1\":\"ATTEMPTING_TO_RECONNECT\"},"
                            + "\"store\":\"ok\"}",
                    down.body());
            shards.set(Map.of(0, "CONNECTED", 1, "CONNECTED"));
            HttpResponse<String> up = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, up.statusCode());
            store.set(Optional.of("the database file /data/bot.db is gone"));
            HttpResponse<String> storeDown = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(503, storeDown.statusCode());
            assertEquals(
                    "{\"status\":\"unhealthy\",\"shards\":{\"0\":\"CONNECTED\",\"1\":\"CONNECTED\"},"
                            + "\"store\":\"the database file /data/bot.db is gone\"}",
                    storeDown.body());
            shards.set(Map.of());
            assertEquals(
                    503,
                    client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode(),
                    "no shard yet");
        }
    }

    @Test
    @DisplayName(
            "GIVEN the endpoint and a registry WHEN /metrics is asked THEN it answers the registry in Prometheus's text format; anything but GET is refused")
    void servesMetrics() throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Counter.builder("watchparty.test.things").register(registry).increment(3);
        try (HealthServer health =
                HealthServer.start("127.0.0.1", 0, () -> Map.of(0, "CONNECTED"), Optional::empty, registry)) {
            HttpClient client = HttpClient.newHttpClient();
            URI metrics = URI.create("http://127.0.0.1:" + health.port() + "/metrics");
            HttpResponse<String> scrape =
                    client.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, scrape.statusCode());
            assertEquals(
                    "text/plain; version=0.0.4; charset=utf-8",
                    scrape.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(3, MetricsText.parse(scrape.body()).value("watchparty_test_things_total"), scrape.body());
            HttpResponse<String> post = client.send(
                    HttpRequest.newBuilder(metrics)
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(405, post.statusCode());
        }
    }
}
