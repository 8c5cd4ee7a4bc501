package dev.watchparty.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.TestPacks;
import dev.watchparty.command.CommandRequest;
import dev.watchparty.command.Invoker;
import dev.watchparty.command.Place;
import dev.watchparty.pack.PackLibrary;
import dev.watchparty.pack.PackLoader;
import dev.watchparty.pack.PackReloader;
import dev.watchparty.reply.Reply;
import dev.watchparty.reply.UserInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminReloadTest {

    private static final Invoker OWNER = new Invoker("owner", "Olga");
    private static final Place CHANNEL = Place.serverChannel("g", "c", Set.of());

    private static void copyMini(Path target) throws IOException {
        Path mini = TestPacks.TEST_PACKS.resolve("mini");
        Files.createDirectories(target.resolve("mini"));
        try (Stream<Path> files = Files.list(mini)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve("mini").resolve(file.getFileName()));
            }
        }
    }

    @Test
    @DisplayName(
            "GIVEN a pack edited on disk WHEN an operator reloads THEN the new text is served; a broken edit is refused and the old pack stays")
    void reloadKeepsLastGoodPack(@TempDir Path seeds) throws Exception {
        copyMini(seeds);
        PackLibrary library = new PackLibrary(new PackLoader().loadAll(seeds), "mini");
        AdminCommand admin = new AdminCommand(new PackReloader(library, seeds, "mini"), Set.of(OWNER.userId()));
        Path show = seeds.resolve("mini/show.yaml");

        Files.writeString(show, Files.readString(show).replace("Mini Show", "Mini Show Renamed"));
        Reply reloaded = admin.execute(new CommandRequest("admin", "reload", Map.of(), OWNER, CHANNEL));
        assertEquals("Reloaded 1 pack: mini.", reloaded.content());
        assertEquals("Mini Show Renamed", library.defaultCatalog().show().title());

        Files.writeString(
                show, Files.readString(show).replace("year: 2024", "year: soon").replace("network:", "netwrk:"));
        Reply refused = admin.execute(new CommandRequest("admin", "reload", Map.of(), OWNER, CHANNEL));
        assertTrue(refused.ephemeral());
        assertEquals("Reload refused: the current packs stay", refused.card().title());
        String errors = refused.card().fields().get(0).value();
        assertTrue(errors.contains("show.yaml:") && errors.contains("netwrk"), errors);
        assertTrue(errors.contains("year"), errors);
        assertEquals(
                "Mini Show Renamed", library.defaultCatalog().show().title(), "the last good pack is still served");
    }

    @Test
    @DisplayName("GIVEN a member who is not an operator WHEN they reload THEN it is refused")
    void onlyOperators(@TempDir Path seeds) throws Exception {
        copyMini(seeds);
        PackLibrary library = new PackLibrary(new PackLoader().loadAll(seeds), "mini");
        AdminCommand admin = new AdminCommand(new PackReloader(library, seeds, "mini"), Set.of(OWNER.userId()));
        UserInputException refused = assertThrows(
                UserInputException.class,
                () -> admin.execute(new CommandRequest("admin", "reload", Map.of(), new Invoker("x", "X"), CHANNEL)));
        assertEquals("Only the bot's operators can use /admin.", refused.getMessage());
    }
}
