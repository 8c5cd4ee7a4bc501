package dev.watchparty.discord.fake;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A failure the fake REST API serves instead of its normal answer, for the next {@code times} requests whose method
 * and path (below the API base, e.g. {@code /interactions/1/tok/callback}) match.
 *
 * @param method            HTTP method to match, case-insensitive
 * @param path              regular expression the whole path must match
 * @param status            status to answer with; 0 answers normally (after {@link #delay})
 * @param retryAfterSeconds for a 429: the {@code retry_after} Discord reports
 * @param delay             how long to hold the request before answering
 * @param times             how many matching requests get this fault
 */
public record Fault(String method, Pattern path, int status, double retryAfterSeconds, Duration delay, int times) {

    public Fault {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(delay, "delay");
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1: " + times);
        }
    }

    /** A per-route 429 as Discord sends it ({@code global: false}, {@code X-RateLimit-Scope: user}). */
    public static Fault rateLimited(String method, String pathRegex, double retryAfterSeconds) {
        return new Fault(method, Pattern.compile(pathRegex), 429, retryAfterSeconds, Duration.ZERO, 1);
    }

    /** An error status, e.g. 502 or 503 as Discord's edge sends them under load. */
    public static Fault status(String method, String pathRegex, int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a fault answers with an error status, not " + status);
        }
        return new Fault(method, Pattern.compile(pathRegex), status, 0, Duration.ZERO, 1);
    }

    /** The normal answer, but only after {@code delay}: a slow Discord. */
    public static Fault delayed(String method, String pathRegex, Duration delay) {
        return new Fault(method, Pattern.compile(pathRegex), 0, 0, delay, 1);
    }

    public Fault times(int count) {
        return new Fault(method, path, status, retryAfterSeconds, delay, count);
    }

    boolean matches(String requestMethod, String requestPath) {
        return method.equalsIgnoreCase(requestMethod)
                && path.matcher(requestPath).matches();
    }
}
