package dev.watchparty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        Process console = startConsole(folder, "/show\nquit\n");
        assertTrue(console.waitFor(60, TimeUnit.SECONDS), "the console ends on quit");

        String terminal = terminal(folder);
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

    @Test
    @DisplayName(
            "GIVEN --language fr WHEN a reader types a command the bot does not have THEN the console and the bot both answer in French")
    void speaksTheLanguageAskedFor(@TempDir Path folder) throws Exception {
        Process console = startConsole(folder, "/nope\nquit\n", "--language", "fr");
        assertTrue(console.waitFor(60, TimeUnit.SECONDS), "the console ends on quit");

        String terminal = terminal(folder);
        assertEquals(0, console.exitValue(), terminal);
        assertTrue(
                terminal.contains("Watch Party Companion, console hors ligne. Tapez /aide, ou quit pour sortir."),
                terminal);
        assertTrue(terminal.contains("(Le journal est écrit dans "), terminal);
        assertTrue(
                terminal.contains("(vous seul pouvez voir ceci)\n"
                        + "Je ne connais pas la commande “/nope”. Essayez /aide pour en voir la liste."),
                terminal);
    }

    @Test
    @DisplayName(
            "GIVEN --language with a language the bot does not write WHEN the console starts THEN it says so in one line and speaks English")
    void unknownLanguageFallsBackToEnglish(@TempDir Path folder) throws Exception {
        Process console = startConsole(folder, "/nope\nquit\n", "--language", "ja");
        assertTrue(console.waitFor(60, TimeUnit.SECONDS), "the console ends on quit");

        String terminal = terminal(folder);
        assertEquals(0, console.exitValue(), terminal);
        assertTrue(
                Files.readString(folder.resolve("err.txt"), StandardCharsets.UTF_8)
                        .contains("The console does not speak 'ja', so it speaks English (it speaks en, es, pt-BR, fr,"
                                + " de).\n"),
                terminal);
        assertTrue(
                terminal.contains("Watch Party Companion, offline console. Type /help, or quit to leave."), terminal);
        assertTrue(terminal.contains("I don't know the command “/nope”. Try /help for the list."), terminal);
    }

    /** The console in a process of its own, typing {@code typed}; its terminal is {@link #terminal}. */
    private static Process startConsole(Path folder, String typed, String... flags) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + folder,
                // a terminal that reads UTF-8, as a reader's usually does, whatever this machine's locale
                "-Dstdout.encoding=UTF-8",
                "-Dstderr.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.watchparty.Main",
                "console"));
        command.addAll(List.of(flags));
        return new ProcessBuilder(command)
                .redirectInput(writeInput(folder, typed))
                .redirectOutput(folder.resolve("out.txt").toFile())
                .redirectError(folder.resolve("err.txt").toFile())
                .start();
    }

    /** What the console printed, standard output then standard error. */
    private static String terminal(Path folder) throws Exception {
        return Files.readString(folder.resolve("out.txt"), StandardCharsets.UTF_8)
                + Files.readString(folder.resolve("err.txt"), StandardCharsets.UTF_8);
    }

    private static File writeInput(Path folder, String typed) throws Exception {
        Path input = folder.resolve("in.txt");
        Files.writeString(input, typed, StandardCharsets.UTF_8);
        return input.toFile();
    }
}
