package vn.gazette.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reads a stream up to a limit, so that a huge or decompression-bomb input stops early. Stateless, thread-safe. */
final class Bounded {

    private Bounded() {
    }

    /** All bytes of {@code in}, or empty when there are more than {@code limit}. */
    static Optional<byte[]> read(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                return Optional.empty();
            }
            out.write(buffer, 0, n);
        }
        return Optional.of(out.toByteArray());
    }
}
