package dev.watchparty.discord;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * {@code GET /health}: 200 when every shard of this process is connected and the store just took a real write,
 * 503 otherwise, with each shard's status and the store's problem in the body for whoever looks. {@code GET
 * /metrics}: the process's metrics for Prometheus, in its text format (or OpenMetrics when the scraper asks for it).
 */
public final class HealthServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    static final String OPENMETRICS_TEXT = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    private final HttpServer server;

    private HealthServer(HttpServer server) {
        this.server = server;
    }

    /**
     * {@code shards} gives each shard's gateway status by shard id; {@code storeProblem} says what is wrong with
     * the store, empty when nothing is; {@code metrics} is what {@code /metrics} shows.
     */
    public static HealthServer start(
            String bind,
            int port,
            Supplier<Map<Integer, String>> shards,
            Supplier<Optional<String>> storeProblem,
            PrometheusMeterRegistry metrics)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 0);
        server.createContext("/health", exchange -> {
            Map<Integer, String> status = new TreeMap<>(shards.get());
            Optional<String> problem = storeProblem.get();
            boolean gateway = !status.isEmpty() && status.values().stream().allMatch("CONNECTED"::equals);
            boolean healthy = gateway && problem.isEmpty();
            ObjectNode body = JSON.createObjectNode();
            body.put("status", healthy ? "ok" : "unhealthy");
            ObjectNode shardStatus = body.putObject("shards");
            status.forEach((shard, state) -> shardStatus.put(Integer.toString(shard), state));
            body.put("store", problem.orElse("ok"));
            byte[] bytes = JSON.writeValueAsBytes(body);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(healthy ? 200 : 503, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.createContext("/metrics", exchange -> {
            try (exchange) {
                if (!"GET".equals(exchange.getRequestMethod())) {
                    exchange.getResponseHeaders().set("Allow", "GET");
                    exchange.sendResponseHeaders(405, -1);
                    return;
                }
                String accept = String.join(",", exchange.getRequestHeaders().getOrDefault("Accept", List.of()));
                String contentType =
                        accept.contains("application/openmetrics-text") ? OPENMETRICS_TEXT : PROMETHEUS_TEXT;
                byte[] bytes = metrics.scrape(contentType).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", contentType);
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        });
        server.start();
        return new HealthServer(server);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
