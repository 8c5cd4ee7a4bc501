package dev.watchparty.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough multipart/form-data for Discord's upload shape: JDA sends a message with files as parts, the message
 * itself in the part named {@code payload_json}, each file in a part of its own ({@code files[0]}, …) named by its
 * {@code filename}.
 */
final class Multipart {

    /** One part: its form field, the file name it carries (null for a plain field), and its bytes. */
    record Part(String field, String filename, byte[] bytes) {}

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern FIELD = Pattern.compile("\\bname=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILENAME = Pattern.compile("\\bfilename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final String HEADERS_END = "\r\n\r\n";

    private Multipart() {}

    static Optional<JsonNode> payloadJson(String contentType, byte[] body) {
        return parts(contentType, body).stream()
                .filter(part -> part.field().equals("payload_json"))
                .findFirst()
                .map(part -> Json.parse(part.bytes()));
    }

    /** The file parts, in the order sent. */
    static List<Part> files(String contentType, byte[] body) {
        return parts(contentType, body).stream()
                .filter(part -> part.filename() != null)
                .toList();
    }

    /** Every part of a multipart body; none for any other body. */
    static List<Part> parts(String contentType, byte[] body) {
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return List.of();
        }
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            return List.of();
        }
        // ISO-8859-1 maps bytes one to one, so file parts cannot break the search and their bytes come back whole
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary.group(1);
        List<Part> parts = new ArrayList<>();
        int at = text.indexOf(delimiter);
        while (at >= 0) {
            int start = at + delimiter.length();
            if (text.startsWith("--", start)) {
                break; // the closing delimiter
            }
            int headersEnd = text.indexOf(HEADERS_END, start);
            int next = text.indexOf("\r\n" + delimiter, start);
            if (headersEnd < 0 || next < 0 || headersEnd > next) {
                break;
            }
            String headers = text.substring(start, headersEnd);
            Matcher field = FIELD.matcher(headers);
            Matcher filename = FILENAME.matcher(headers);
            parts.add(new Part(
                    field.find() ? field.group(1) : "",
                    filename.find() ? filename.group(1) : null,
                    Arrays.copyOfRange(body, headersEnd + HEADERS_END.length(), next)));
            at = next + 2;
        }
        return parts;
    }
}
