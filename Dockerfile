# syntax=docker/dockerfile:1

# ---- build: the same Maven build as on a developer's machine ----
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY src src
COPY seeds seeds
COPY config config
# the image builds what was committed; formatting is checked where code is written (the test build)
RUN mvn -B -ntp -q package -DskipTests -Dspotless.check.skip=true

# ---- run: a slim JRE, a non-root user, packs and config inside (and overridable by a mount) ----
FROM eclipse-temurin:25-jre
RUN groupadd --system watchparty && useradd --system --gid watchparty --home-dir /app watchparty
WORKDIR /app
COPY --from=build /build/target/watchparty-bot.jar /app/watchparty-bot.jar
COPY seeds /app/seeds
COPY config /app/config
# An ahead-of-time cache (JDK 25, JEP 483/514/515): the classes a start loads and links (Jackson, SnakeYAML, the
# schema validator, Flyway, SQLite, logback, the core), and the methods it runs hot, recorded by a training run of
# the offline console that answers a few commands, with the same JVM and flags as the ENTRYPOINT. Java 25 makes the
# cache in one step when the training JVM exits. A JVM that cannot use it (another JDK, another jar, other flags)
# says so once and starts without it. JDA's own classes are not in it: the training has no Discord to log in to.
RUN printf '/help\n/character name:june\n/recap episode:1\n/trivia solo questions:1\nquit\n' \
    | java -XX:+UseSerialGC -XX:MaxRAMPercentage=75 -XX:+UseCompactObjectHeaders \
        -XX:AOTCacheOutput=/app/watchparty.aot -jar /app/watchparty-bot.jar console > /dev/null \
    && chmod 444 /app/watchparty.aot
RUN mkdir -p /app/data && chown watchparty:watchparty /app/data
USER watchparty
# DISCORD_TOKEN comes from the environment at run time (docker run -e DISCORD_TOKEN); it is never baked in.
ENV WATCHPARTY_CONFIG=/app/config/watchparty.yaml
VOLUME ["/app/data"]
# The health endpoint listens on 127.0.0.1:8081 inside the container (config: health.*; with
# -e WATCHPARTY_HEALTH_BIND=0.0.0.0 a probe from outside reaches it too, and so does this check). The check asks it
# with bash's own /dev/tcp, so no second JVM starts every 30 s: healthy only on "200" (every shard connected and a
# real database write just worked).
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8081 && printf 'GET /health HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# Serial GC and 75% of the container's memory for the heap: of the flag sets the soak benchmark tried, the smallest
# resident memory with 1,000 servers and 200 trivia rounds (BENCHMARKS.md); the live heap is a few tens of MiB, so
# Serial's pauses stay short. Compact object headers (JEP 519, a product flag since JDK 25) make every object 4 bytes
# smaller. Give the container 512 MiB.
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-XX:MaxRAMPercentage=75", "-XX:+UseCompactObjectHeaders", \
    "-XX:AOTCache=/app/watchparty.aot", "-Dlogback.configurationFile=/app/config/logback.xml", \
    "-jar", "/app/watchparty-bot.jar"]
