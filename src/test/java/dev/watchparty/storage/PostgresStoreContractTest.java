package dev.watchparty.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The store contract on PostgreSQL, in a schema of the test's own. */
class PostgresStoreContractTest extends StoreContract {

    private TestPostgres postgres;

    @Override
    Database openDatabase() throws StorageException {
        postgres = TestPostgres.freshSchema();
        return postgres.open();
    }

    @Test
    @DisplayName("GIVEN metrics bound WHEN the pool serves a transaction THEN HikariCP reports its connections")
    void poolIsReported() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        database().bindMetrics(registry);

        database().inTransaction(connection -> null);

        assertEquals(4, registry.get("hikaricp.connections.max").gauge().value(), "the test pool's size");
        assertTrue(registry.get("hikaricp.connections.usage").timer().count() >= 1);
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }
}
