package vn.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script ({@code src/main/launcher/gazette}) keeps a class-data archive beside the jar, made after the
 * first build that ran through and rendered a page, from the classes it loaded. Java refuses an archive recorded for
 * a jar at another path without saying so, and runs without it: a folder moved with its archive must record a new
 * one. A stand-in jar is enough to run the script: its main class prints {@code ran}, with the help of a class of a
 * Java 5 class file, as picocli's are, and loads stand-ins of the classes rendering loads.
 */
class LauncherTest {

    /** Classes of Flexmark and FreeMarker that a build loads only when it renders a page; stand-ins here. */
    private static final String[] RENDERING = {"com/vladsch/flexmark/parser/core/ParagraphParser",
        "freemarker/core/TemplateElement"};

    @TempDir
    Path dir;

    @Test
    void aFolderMovedWithItsArchiveRecordsANewOneForTheJarWhereItIsNow() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "the launcher is a POSIX shell script");
        Path first = dir.resolve("first");
        install(first);
        assertThat(run(first, "", "build")).isEqualTo("ran\n"); // then makes the archive
        assertThat(first.resolve("gazette.jsa")).isRegularFile();
        // -Xshare:on makes Java fail to start on an archive it cannot use, instead of running without it
        assertThat(run(first, "-Xshare:on", "build")).isEqualTo("ran\n");

        Path second = dir.resolve("second");
        Files.move(first, second);
        assertThat(run(second, "", "build")).isEqualTo("ran\n"); // makes a new one
        assertThat(run(second, "-Xshare:on", "build")).isEqualTo("ran\n"); // and uses it
        assertThat(Files.readString(second.resolve("gazette.jsa.jar")).strip())
                .startsWith(second.toRealPath().resolve("gazette.jar") + " ");
    }

    @Test
    void theArchiveIsMadeByTheFirstBuildKeepsJavaFiveClassesAndLeavesNothingElse() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "the launcher is a POSIX shell script");
        Path folder = dir.resolve("launcher");
        install(folder);
        assertThat(run(folder, "", "--version")).isEqualTo("ran\n"); // not a build: nothing recorded
        assertThat(names(folder)).containsExactly("gazette", "gazette.jar", "src");
        assertThat(run(folder, "", "build")).isEqualTo("ran\n");
        assertThat(names(folder)).containsExactly("gazette", "gazette.jar", "gazette.jsa", "gazette.jsa.jar", "src");
        // Java 17 keeps a Java 5 class file only in a static archive (a dynamic one, recorded at exit, skips it)
        String loaded = run(folder, "-Xshare:on -Xlog:class+load=info", "build");
        assertThat(loaded.lines().filter(line -> line.contains(" Old source: ")))
                .singleElement().asString().endsWith("source: shared objects file");
    }

    @Test
    void onlyABuildThatRanThroughAndRenderedMakesTheArchiveNotHelpNorAFailedNorAnUnchangedBuild() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "the launcher is a POSIX shell script");
        Path folder = dir.resolve("launcher");
        install(folder);
        // each loads a part of what a build loads: an archive of it would leave every later build without the rest
        assertThat(run(folder, 0, "", "build", "--help")).isEqualTo("ran\n");
        assertThat(run(folder, 0, "", "check", "-h")).isEqualTo("ran\n");
        assertThat(run(folder, 0, "", "build", "--version")).isEqualTo("ran\n");
        assertThat(run(folder, 0, "", "build", "-V")).isEqualTo("ran\n");
        assertThat(run(folder, 1, "", "build", "--source", "broken")).isEqualTo("ran\n"); // the stand-in fails
        // a build that found nothing changed converts no Markdown and fills no template
        assertThat(run(folder, 0, "", "build", "--source", "unchanged")).isEqualTo("ran\n");
        assertThat(names(folder)).containsExactly("gazette", "gazette.jar", "src");
        assertThat(run(folder, 0, "", "build", "--source", "content")).isEqualTo("ran\n");
        assertThat(names(folder)).containsExactly("gazette", "gazette.jar", "gazette.jsa", "gazette.jsa.jar", "src");
    }

    private static List<String> names(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aBuildStartsWithTheSameHeapOnAMachineOfAnySize() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "the launcher is a POSIX shell script");
        Path folder = dir.resolve("launcher");
        install(folder);
        // Java sizes the heap it starts with from the machine's memory (-XX:MaxRAM stands in for a machine)
        for (String machine : new String[] {"4g", "64g"}) {
            String flags = run(folder, "-XX:MaxRAM=" + machine + " -XX:+PrintFlagsFinal", "build");
            assertThat(flag(flags, "InitialHeapSize")).as("on a machine of %s", machine).isEqualTo("402653184");
            // the parallel collector, its young generation capped (left to itself it grows to a third of the heap)
            assertThat(flag(flags, "UseParallelGC")).as("on a machine of %s", machine).isEqualTo("true");
            assertThat(flag(flags, "MaxNewSize")).as("on a machine of %s", machine).isEqualTo("134217728");
            assertThat(flags).endsWith("ran\n");
        }
    }

    @Test
    void aBuildCompilesWithC1AloneAndLongLoopsEarlyWhileThePreviewKeepsJavasCompilers() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "the launcher is a POSIX shell script");
        Path folder = dir.resolve("launcher");
        install(folder);
        String build = run(folder, "-XX:+PrintFlagsFinal", "build");
        assertThat(flag(build, "TieredStopAtLevel")).isEqualTo("1");
        assertThat(flag(build, "Tier3BackEdgeThreshold")).isEqualTo("4000");
        String serve = run(folder, "-XX:+PrintFlagsFinal", "serve");
        assertThat(flag(serve, "TieredStopAtLevel")).isEqualTo("4");
        assertThat(flag(serve, "Tier3BackEdgeThreshold")).isEqualTo("60000");
    }

    /** The value {@code -XX:+PrintFlagsFinal} printed for one flag. */
    private static String flag(String flags, String name) {
        java.util.regex.Pattern line = java.util.regex.Pattern.compile("\\s" + name + "\\s+:?= (\\S+)\\s");
        List<String> values = flags.lines().map(line::matcher).filter(java.util.regex.Matcher::find)
                .map(found -> found.group(1)).toList();
        assertThat(values).as(name).hasSize(1);
        return values.get(0);
    }

    /**
     * The launcher beside a jar named as Gazette's whose main class prints {@code ran}, which it has from a class
     * whose class file says Java 5 (version 49, as picocli's do).
     */
    private static void install(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path launcher = Path.of(System.getProperty("gazette.projectRoot"), "generator/cli/src/main/launcher/gazette");
        Files.copy(launcher, folder.resolve("gazette"));
        Path source = folder.resolve("src/Ran.java");
        Files.createDirectories(source.getParent());
        // as a build that renders a page, it loads (stand-ins of) Flexmark's paragraph parser and FreeMarker's
        // template element, unless told that nothing changed
        Files.writeString(source, "public class Ran { public static void main(String[] args) {"
                + " System.out.println(Old.word());"
                + " java.util.List<String> told = java.util.Arrays.asList(args);"
                + " if (!told.contains(\"unchanged\")) { new com.vladsch.flexmark.parser.core.ParagraphParser();"
                + " new freemarker.core.TemplateElement(); }"
                + " if (told.contains(\"broken\")) { System.exit(1); } } }");
        for (String name : RENDERING) {
            Path stand = source.resolveSibling(name + ".java");
            Files.createDirectories(stand.getParent());
            String simple = name.substring(name.lastIndexOf('/') + 1);
            Files.writeString(stand, "package " + name.substring(0, name.lastIndexOf('/')).replace('/', '.')
                    + "; public class " + simple + " { }");
        }
        Path old = source.resolveSibling("Old.java");
        // no branch and no string joined: nothing in it that a Java 5 class file could not hold
        Files.writeString(old, "public class Old { public static String word() { return \"ran\"; } }");
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "8", "-d",
                source.getParent().toString(), old.toString());
        assertThat(compiled).isZero();
        byte[] oldClass = Files.readAllBytes(old.resolveSibling("Old.class"));
        oldClass[6] = 0; // the major version, bytes 6 and 7: 49
        oldClass[7] = 49;
        Files.write(old.resolveSibling("Old.class"), oldClass);
        compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-cp",
                source.getParent().toString(), "-d", source.getParent().toString(), source.toString(),
                source.resolveSibling(RENDERING[0] + ".java").toString(),
                source.resolveSibling(RENDERING[1] + ".java").toString());
        assertThat(compiled).isZero();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Ran");
        try (OutputStream file = Files.newOutputStream(folder.resolve("gazette.jar"));
                JarOutputStream jar = new JarOutputStream(file, manifest)) {
            for (String name : new String[] {"Ran.class", "Old.class", RENDERING[0] + ".class",
                    RENDERING[1] + ".class"}) {
                jar.putNextEntry(new JarEntry(name));
                jar.write(Files.readAllBytes(source.resolveSibling(name)));
                jar.closeEntry();
            }
        }
    }

    /**
     * Runs the launcher in {@code folder} with these Java options and this command (the stand-in ignores it); gives
     * what it printed, failing unless it ran.
     */
    private static String run(Path folder, String javaOptions, String command) throws Exception {
        return run(folder, 0, javaOptions, command);
    }

    /**
     * Runs the launcher in {@code folder} with these Java options and arguments (the stand-in exits with 1 when one
     * is {@code broken}); gives what it printed, failing unless it exited with {@code exit}.
     */
    private static String run(Path folder, int exit, String javaOptions, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", folder.resolve("gazette").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("GAZETTE_JAVA_OPTS", javaOptions);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(exit);
        return output;
    }
}
