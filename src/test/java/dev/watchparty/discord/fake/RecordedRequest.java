package dev.watchparty.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One REST request as the fake received it.
 *
 * @param method          HTTP method, upper case
 * @param path            path below the API base, e.g. {@code /interactions/123/abc/callback}
 * @param query           raw query string, empty if none
 * @param headers         request headers, names in lower case
 * @param body            raw body bytes (for multipart bodies, the whole multipart body)
 * @param receivedAtNanos {@link System#nanoTime()} when the request line and headers had been read
 * @param status          the status the fake answered with
 */
public record RecordedRequest(
        String method,
        String path,
        String query,
        Map<String, List<String>> headers,
        byte[] body,
        long receivedAtNanos,
        int status) {

    /** The body as JSON; for a multipart body, its {@code payload_json} part; JSON {@code null} if neither. */
    public JsonNode json() {
        return Multipart.payloadJson(header("content-type").orElse(""), body).orElseGet(() -> Json.parse(body));
    }

    /** A file a multipart body carries: the name it is sent under, and its bytes. */
    public record File(String filename, byte[] bytes) {}

    /** The files of a multipart body, in the order sent; none for any other body. */
    public List<File> files() {
        return Multipart.files(header("content-type").orElse(""), body).stream()
                .map(part -> new File(part.filename(), part.bytes()))
                .toList();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Whether this is {@code method} on a path matching {@code pathRegex} (the whole path). */
    public boolean is(String method, String pathRegex) {
        return this.method.equalsIgnoreCase(method) && path.matches(pathRegex);
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " -> " + status;
    }
}
