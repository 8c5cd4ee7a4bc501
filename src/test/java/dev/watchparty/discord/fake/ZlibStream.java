package dev.watchparty.discord.fake;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

/**
 * Discord's {@code compress=zlib-stream} transport compression: one zlib stream for the whole connection, each
 * message deflated with a sync flush so it ends in {@code 00 00 ff ff}. JDA keeps one {@code Inflater} per
 * connection and only inflates a frame that ends in that suffix, buffering until it does; it resets the inflater
 * when the connection drops, so a new connection starts a new stream here too.
 */
final class ZlibStream {

    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, false); // with the zlib header
    private final byte[] chunk = new byte[8192];

    synchronized byte[] compress(byte[] message) {
        deflater.setInput(message);
        ByteArrayOutputStream out = new ByteArrayOutputStream(message.length / 2 + 16);
        int written;
        do {
            // a SYNC_FLUSH that fills the chunk may have more to give: call again until it does not
            written = deflater.deflate(chunk, 0, chunk.length, Deflater.SYNC_FLUSH);
            out.write(chunk, 0, written);
        } while (written == chunk.length);
        return out.toByteArray();
    }

    synchronized void close() {
        deflater.end();
    }
}
