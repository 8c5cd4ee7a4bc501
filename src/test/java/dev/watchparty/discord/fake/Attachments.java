package dev.watchparty.discord.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files on messages: those a test puts on a member's message, and those the bot uploads. The fake's HTTP server
 * serves each at {@code /attachments/{id}/{filename}}, as Discord's CDN serves them, so a bot can download a file and
 * send it again.
 */
final class Attachments {

    static final String PATH = "/attachments/";

    /** One stored file. */
    record File(long id, String filename, byte[] bytes) {}

    private final Snowflakes ids;
    private final Map<Long, File> files = new ConcurrentHashMap<>();

    Attachments(Snowflakes ids) {
        this.ids = ids;
    }

    File add(String filename, byte[] bytes) {
        File file = new File(ids.next(), filename, bytes.clone());
        files.put(file.id(), file);
        return file;
    }

    Optional<File> get(long id) {
        return Optional.ofNullable(files.get(id));
    }

    /** The attachment object a message carries, as Discord gives it; {@code origin} is the fake's own server. */
    static ObjectNode json(File file, String origin) {
        String url = origin + PATH + Long.toUnsignedString(file.id()) + "/" + file.filename();
        ObjectNode attachment = Json.object();
        attachment.put("id", Json.id(file.id()));
        attachment.put("filename", file.filename());
        attachment.put("size", file.bytes().length);
        attachment.put("url", url);
        attachment.put("proxy_url", url);
        attachment.put("content_type", "application/octet-stream");
        attachment.put("flags", 0);
        return attachment;
    }
}
