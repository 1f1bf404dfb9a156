# Production image: the Vaadin frontend compiled into the jar (production profile), run on a JRE.
# Build: docker compose build (or docker build -t siap-pilkada .). Needs Maven Central and the npm
# registry during the build, nothing at run time.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
COPY frontend/ frontend/
RUN ./mvnw -B -Pproduction -DskipTests package \
    && cp target/siap-pilkada-*.jar /src/app.jar

FROM eclipse-temurin:21-jre
# curl for the health check below.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --home-dir /app siap
WORKDIR /app
COPY --from=build /src/app.jar /app/app.jar
# Evidence uploads and other files the application keeps (siap.storage.dir).
RUN mkdir -p /app/data && chown siap /app/data
VOLUME /app/data
USER siap
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# Ready once the schema is migrated and start-up work is done (until then every page answers 503 "starting").
HEALTHCHECK --interval=10s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS http://localhost:${PORT:-8080}/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
