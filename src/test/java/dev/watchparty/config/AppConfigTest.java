package dev.watchparty.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AppConfigTest {

    @Test
    @DisplayName(
            "GIVEN a health port WHEN it is 0 (off), -1 (any free port) or a real port THEN it is taken; anything else is refused")
    void healthPort() {
        assertEquals(0, new AppConfig.Health(null, 0).port());
        assertEquals(AppConfig.Health.ANY_FREE_PORT, new AppConfig.Health(null, -1).port());
        assertEquals(8081, new AppConfig.Health("0.0.0.0", 8081).port());
        assertEquals("127.0.0.1", new AppConfig.Health(null, 8081).bind());
        assertThrows(IllegalArgumentException.class, () -> new AppConfig.Health(null, -2));
        assertThrows(IllegalArgumentException.class, () -> new AppConfig.Health(null, 65536));
    }
}
