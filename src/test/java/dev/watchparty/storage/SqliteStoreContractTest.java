package dev.watchparty.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded SQLite file. */
class SqliteStoreContractTest extends StoreContract {

    @TempDir
    Path folder;

    @Override
    Database openDatabase() throws StorageException {
        return Database.open(folder.resolve("bot.db"));
    }
}
