package vn.gazette.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version printed by {@code --version}: the project's version, written into {@code version.properties} by
 * Maven's resource filtering when Gazette is built (a jar's manifest may not carry it). Stateless and thread-safe.
 */
final class Version implements IVersionProvider {

    /** The project version Gazette was built as, such as {@code 0.1.0-SNAPSHOT}. */
    static String number() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the build of Gazette");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Gazette " + number()};
    }
}
