package io.pgjdump.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/** Starts a throwaway PostgreSQL in Docker when an engine answers; kept apart so the fallback stays simple. */
final class ContainerServer {

    private ContainerServer() {
    }

    static PgTestServer startIfDockerAnswers() {
        boolean docker;
        try {
            docker = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            docker = false;
        }
        if (!docker) {
            return null;
        }
        String image = System.getenv().getOrDefault("PGJDUMP_TEST_IMAGE", "postgres:15");
        PostgreSQLContainer<?> pg = new PostgreSQLContainer<>(image);
        pg.start();
        Runtime.getRuntime().addShutdownHook(new Thread(pg::stop));
        return PgTestServer.of(pg.getHost(), pg.getFirstMappedPort(), pg.getUsername(), pg.getPassword(),
                pg.getDatabaseName(), "testcontainers " + image);
    }
}
