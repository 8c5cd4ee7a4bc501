package dev.watchparty.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough multipart/form-data for Discord's upload shape: JDA sends a message with files as parts, the message
 * itself in the part named {@code payload_json}.
 */
final class Multipart {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern PAYLOAD_PART = Pattern.compile(
            "Content-Disposition: form-data; name=\"payload_json\"[^\\r\\n]*\\r\\n(?:[^\\r\\n]+\\r\\n)*\\r\\n",
            Pattern.CASE_INSENSITIVE);

    private Multipart() {}

    static Optional<JsonNode> payloadJson(String contentType, byte[] body) {
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return Optional.empty();
        }
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            return Optional.empty();
        }
        // ISO-8859-1 maps bytes one to one, so file parts cannot break the search
        String text = new String(body, StandardCharsets.ISO_8859_1);
        Matcher part = PAYLOAD_PART.matcher(text);
        if (!part.find()) {
            return Optional.empty();
        }
        int end = text.indexOf("\r\n--" + boundary.group(1), part.end());
        if (end < 0) {
            return Optional.empty();
        }
        byte[] json = text.substring(part.end(), end).getBytes(StandardCharsets.ISO_8859_1);
        return Optional.of(Json.parse(json));
    }
}
