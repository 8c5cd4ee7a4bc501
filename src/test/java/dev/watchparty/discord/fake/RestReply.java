package dev.watchparty.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the fake REST API answers to one request, and what to do once the request is answered and recorded, if it
 * succeeded (e.g. tell the interaction its callback arrived).
 */
record RestReply(int status, Map<String, String> headers, byte[] body, Consumer<RecordedRequest> onSuccess) {

    private static final Consumer<RecordedRequest> NOTHING = request -> {};

    static RestReply json(int status, JsonNode body) {
        return new RestReply(status, Map.of(), Json.bytes(body), NOTHING);
    }

    static RestReply ok(JsonNode body) {
        return json(200, body);
    }

    /** A file's bytes, as a CDN sends them. */
    static RestReply file(byte[] bytes) {
        return new RestReply(200, Map.of("Content-Type", "application/octet-stream"), bytes, NOTHING);
    }

    static RestReply noContent() {
        return new RestReply(204, Map.of(), new byte[0], NOTHING);
    }

    /** Discord's JSON error shape: {@code {"message": ..., "code": ...}}. */
    static RestReply error(int status, int code, String message) {
        ObjectNode body = Json.object();
        body.put("message", message);
        body.put("code", code);
        return json(status, body);
    }

    static RestReply notFound() {
        return error(404, 0, "404: Not Found");
    }

    boolean succeeded() {
        return status >= 200 && status < 300;
    }

    RestReply withHeaders(Map<String, String> extra) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putAll(extra);
        return new RestReply(status, all, body, onSuccess);
    }

    /** Runs {@code action} with the recorded request once a successful answer has been sent. */
    RestReply then(Consumer<RecordedRequest> action) {
        return new RestReply(status, headers, body, onSuccess.andThen(action));
    }
}
