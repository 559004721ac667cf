package vn.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script ({@code src/main/launcher/gazette}) keeps a class-data archive beside the jar. Java refuses an
 * archive recorded for a jar at another path without saying so, and runs without it: a folder moved with its
 * archive must record a new one. A stand-in jar is enough to run the script.
 */
class LauncherTest {

    @TempDir
    Path dir;

    @Test
    void aFolderMovedWithItsArchiveRecordsANewOneForTheJarWhereItIsNow() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "the launcher is a POSIX shell script");
        Path first = dir.resolve("first");
        install(first);
        assertThat(run(first, "")).isEqualTo("ran\n"); // records the archive at exit
        assertThat(first.resolve("gazette.jsa")).isRegularFile();
        // -Xshare:on makes Java fail to start on an archive it cannot use, instead of running without it
        assertThat(run(first, "-Xshare:on")).isEqualTo("ran\n");

        Path second = dir.resolve("second");
        Files.move(first, second);
        assertThat(run(second, "-Xshare:on")).isEqualTo("ran\n"); // records a new one
        assertThat(run(second, "-Xshare:on")).isEqualTo("ran\n"); // and uses it
        assertThat(Files.readString(second.resolve("gazette.jsa.jar")).strip())
                .isEqualTo(second.toRealPath().resolve("gazette.jar").toString());
    }

    @Test
    void aBuildStartsWithTheSameHeapOnAMachineOfAnySize() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "the launcher is a POSIX shell script");
        Path folder = dir.resolve("launcher");
        install(folder);
        // Java sizes the heap it starts with from the machine's memory (-XX:MaxRAM stands in for a machine)
        for (String machine : new String[] {"4g", "64g"}) {
            String flags = run(folder, "-XX:MaxRAM=" + machine + " -XX:+PrintFlagsFinal");
            assertThat(flag(flags, "InitialHeapSize")).as("on a machine of %s", machine).isEqualTo("402653184");
            // the parallel collector, its young generation capped (left to itself it grows to a third of the heap)
            assertThat(flag(flags, "UseParallelGC")).as("on a machine of %s", machine).isEqualTo("true");
            assertThat(flag(flags, "MaxNewSize")).as("on a machine of %s", machine).isEqualTo("134217728");
            assertThat(flags).endsWith("ran\n");
        }
    }

    /** The value {@code -XX:+PrintFlagsFinal} printed for one flag. */
    private static String flag(String flags, String name) {
        java.util.regex.Pattern line = java.util.regex.Pattern.compile("\\s" + name + "\\s+:?= (\\S+)\\s");
        java.util.List<String> values = flags.lines().map(line::matcher).filter(java.util.regex.Matcher::find)
                .map(found -> found.group(1)).toList();
        assertThat(values).as(name).hasSize(1);
        return values.get(0);
    }

    /** The launcher beside a jar named as Gazette's whose main class prints {@code ran}. */
    private static void install(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path launcher = Path.of(System.getProperty("gazette.projectRoot"), "generator/cli/src/main/launcher/gazette");
        Files.copy(launcher, folder.resolve("gazette"));
        Path source = folder.resolve("src/Ran.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "public class Ran { public static void main(String[] args) {"
                + " System.out.println(\"ran\"); } }");
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d",
                source.getParent().toString(), source.toString());
        assertThat(compiled).isZero();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Ran");
        try (OutputStream file = Files.newOutputStream(folder.resolve("gazette.jar"));
                JarOutputStream jar = new JarOutputStream(file, manifest)) {
            jar.putNextEntry(new JarEntry("Ran.class"));
            jar.write(Files.readAllBytes(source.resolveSibling("Ran.class")));
            jar.closeEntry();
        }
    }

    /** Runs the launcher in {@code folder} with these Java options; gives what it printed, failing unless it ran. */
    private static String run(Path folder, String javaOptions) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sh", folder.resolve("gazette").toString()).redirectErrorStream(true);
        builder.environment().put("GAZETTE_JAVA_OPTS", javaOptions);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
