# syntax=docker/dockerfile:1

# ---- build: the same Maven build as on a developer's machine ----
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY src src
COPY seeds seeds
COPY config config
RUN mvn -B -ntp -q package -DskipTests

# ---- run: a slim JRE, a non-root user, packs and config inside (and overridable by a mount) ----
FROM eclipse-temurin:17-jre
RUN groupadd --system watchparty && useradd --system --gid watchparty --home-dir /app watchparty
WORKDIR /app
COPY --from=build /build/target/watchparty-bot.jar /app/watchparty-bot.jar
COPY seeds /app/seeds
COPY config /app/config
RUN mkdir -p /app/data && chown watchparty:watchparty /app/data
USER watchparty
# DISCORD_TOKEN comes from the environment at run time (docker run -e DISCORD_TOKEN); it is never baked in.
ENV WATCHPARTY_CONFIG=/app/config/watchparty.yaml
VOLUME ["/app/data"]
# The health endpoint listens on 127.0.0.1:8081 inside the container (config: health.*); the jar itself asks it.
HEALTHCHECK --interval=30s --timeout=10s --start-period=90s --retries=3 \
    CMD ["java", "-XX:TieredStopAtLevel=1", "-jar", "/app/watchparty-bot.jar", "health"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-Dlogback.configurationFile=/app/config/logback.xml", "-jar", "/app/watchparty-bot.jar"]
