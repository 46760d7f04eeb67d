package org.issuepress.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Chinese text and file names whatever the locale. Java 17 takes the encoding of file names
 * ({@code sun.jnu.encoding}) from the C locale and ignores it on the command line, so under
 * {@code LANG=C}, an unset {@code LANG} or a locale that is not installed every Chinese file
 * name is refused and every Chinese character printed is '?'. The build JVM the launcher
 * starts therefore runs under the C.UTF-8 locale with UTF-8 output, and gets its arguments,
 * which the first JVM could not decode, re-read from the process's own command line. Output
 * goes in the console's charset when it can show Chinese (a GBK or UTF-8 terminal, a Windows
 * console after {@code chcp 65001} or in code page 936), else in UTF-8.
 */
final class Encodings {
    /** System property carrying the arguments, UTF-8 in Base64, when they are not plain ASCII. */
    static final String ARGS = "issuepress.args";
    private static final String CHINESE = "汉字，。";

    private Encodings() {
    }

    /** Whether this JVM can name files with Chinese characters. */
    static boolean unicodeFileNames() {
        return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")).newEncoder().canEncode(CHINESE);
    }

    /** The charset to print in: the console's when it has Chinese, else UTF-8. */
    static Charset output() {
        for (String name : new String[] {System.getProperty("sun.stdout.encoding"), System.getProperty("native.encoding")}) {
            Charset c = charset(name);
            if (c != null && c.newEncoder().canEncode(CHINESE)) {
                return c;
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** Standard output and error in {@link #output()}, when this JVM would print Chinese as '?'. */
    static void useForOutput() {
        Charset current = charset(System.getProperty("sun.stdout.encoding"));
        if (current == null) {
            current = Charset.defaultCharset();
        }
        Charset wanted = output();
        if (!current.equals(wanted) && !current.newEncoder().canEncode(CHINESE)) {
            System.setOut(stream(FileDescriptor.out, wanted));
            System.setErr(stream(FileDescriptor.err, wanted));
            // picocli makes its help writers in the charset these name
            System.setProperty("sun.stdout.encoding", wanted.name());
            System.setProperty("sun.stderr.encoding", wanted.name());
        }
    }

    /** What the build JVM needs on its command line, before the main class. */
    static List<String> childOptions() {
        String out = output().name();
        return List.of("-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=" + out, "-Dsun.stderr.encoding=" + out);
    }

    /** A UTF-8 locale for the build JVM when this one's cannot name Chinese files. */
    static void childEnvironment(Map<String, String> env) {
        if (!unicodeFileNames()) {
            env.put("LC_ALL", "C.UTF-8");
        }
    }

    /** How the build JVM gets the arguments: JVM options before the main class, and the main class's arguments. */
    record ChildArguments(List<String> options, List<String> arguments) {
    }

    /**
     * The arguments for the build JVM: as given when they are ASCII; else in a property
     * ({@link #ARGS}), since this JVM would pass on a '?' for every character it cannot encode.
     */
    static ChildArguments childArguments(String[] args) {
        String[] real = unicodeFileNames() ? args : original(args);
        if (Arrays.stream(real).allMatch(a -> a.chars().allMatch(ch -> ch < 128))) {
            return new ChildArguments(List.of(), List.of(real));
        }
        List<String> encoded = new ArrayList<>();
        for (String a : real) {
            encoded.add(Base64.getEncoder().encodeToString(a.getBytes(StandardCharsets.UTF_8)));
        }
        return new ChildArguments(List.of("-D" + ARGS + "=" + String.join(",", encoded)), List.of());
    }

    /** The arguments the launcher passed in {@link #ARGS}, else those of {@code main}. */
    static String[] arguments(String[] args) {
        String passed = System.getProperty(ARGS);
        if (passed == null) {
            return args;
        }
        System.clearProperty(ARGS);
        return Arrays.stream(passed.split(",", -1)).map(s -> new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8)).toArray(String[]::new);
    }

    /**
     * The last {@code args.length} entries of /proc/self/cmdline read as UTF-8 (Linux); the
     * arguments as given when that file is missing or is not UTF-8 (a GBK locale decoded them right).
     */
    static String[] original(String[] args) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc/self/cmdline"));
            List<String> all = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < raw.length; i++) {
                if (raw[i] == 0) {
                    all.add(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(raw, from, i - from)).toString());
                    from = i + 1;
                }
            }
            return all.size() < args.length ? args : all.subList(all.size() - args.length, all.size()).toArray(String[]::new);
        } catch (IOException | RuntimeException e) { // CharacterCodingException: not UTF-8
            return args;
        }
    }

    private static Charset charset(String name) {
        try {
            return name == null ? null : Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static PrintStream stream(FileDescriptor fd, Charset cs) {
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(fd), 8192), true, cs);
    }
}
