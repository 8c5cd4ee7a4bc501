package dev.watchparty.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HealthServerTest {

    @Test
    @DisplayName("GIVEN the health endpoint WHEN the gateway or the store is down THEN it answers 503, else 200")
    void reportsGatewayAndStore() throws Exception {
        AtomicBoolean gateway = new AtomicBoolean(false);
        AtomicBoolean store = new AtomicBoolean(true);
        try (HealthServer health = HealthServer.start("127.0.0.1", 0, gateway::get, store::get)) {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + health.port() + "/health"))
                    .build();
            HttpResponse<String> down = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(503, down.statusCode());
            assertEquals("{\"gateway\":false,\"store\":true}", down.body());
            gateway.set(true);
            assertEquals(
                    200,
                    client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
            store.set(false);
            assertEquals(
                    503,
                    client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }
}
