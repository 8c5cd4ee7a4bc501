package dev.watchparty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code console} as a reader runs it: its own process, typing on standard input, reading the same terminal. */
class MainConsoleTest {

    @Test
    @DisplayName(
            "GIVEN the console at INFO WHEN a reader starts it and types THEN no log line reaches the terminal, and the log file has them")
    void logLinesStayOffTheTerminal(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        Process console = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Djava.io.tmpdir=" + folder,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dev.watchparty.Main",
                        "console"))
                .redirectInput(writeInput(folder, "/show\nquit\n"))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertTrue(console.waitFor(60, TimeUnit.SECONDS), "the console ends on quit");

        String terminal = Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, console.exitValue(), terminal);
        assertTrue(terminal.contains("Tiny Pretty Things"), terminal);
        assertFalse(terminal.contains(" INFO "), terminal);
        assertFalse(terminal.contains("dev.watchparty.BotCore"), terminal);
        Path log = folder.resolve("watchparty-console.log");
        assertTrue(terminal.contains("(The log goes to " + log + ".)"), terminal);
        assertTrue(
                Files.readString(log, StandardCharsets.UTF_8).contains("INFO  [main] dev.watchparty.BotCore - Resumed"),
                "the start is logged in the file");
    }

    private static File writeInput(Path folder, String typed) throws Exception {
        Path input = folder.resolve("in.txt");
        Files.writeString(input, typed, StandardCharsets.UTF_8);
        return input.toFile();
    }
}
