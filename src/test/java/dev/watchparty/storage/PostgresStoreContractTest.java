package dev.watchparty.storage;

import org.junit.jupiter.api.AfterEach;

/** The store contract on PostgreSQL, in a schema of the test's own. */
class PostgresStoreContractTest extends StoreContract {

    private TestPostgres postgres;

    @Override
    Database openDatabase() throws StorageException {
        postgres = TestPostgres.freshSchema();
        return postgres.open();
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }
}
