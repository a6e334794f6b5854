package io.github.cdilogin.example.jpa;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The application's one database: PostgreSQL, where the users live (JPA, {@code persistence.xml}) and
 * where cdi-login keeps its remember-me series ({@code cdi-login.remember-store.datasource} in
 * {@code web.xml} names this DataSource). The JDBC driver comes with the WAR.
 *
 * <p>Where the server is comes from the environment, under libpq's own names, so that {@code psql}
 * and this application read the same five variables: {@code PGHOST}, {@code PGPORT},
 * {@code PGDATABASE}, {@code PGUSER} and {@code PGPASSWORD}. {@code ${ENV=...}} is Payara's
 * substitution; another server would take the same definition from its own configuration.
 *
 * <p>The server is named by its parts, not by a {@code url}: with {@code PGSimpleDataSource}, Payara
 * may also set the annotation's {@code serverName} default ({@code localhost}) after the URL, and the
 * order is undefined (payara/Payara#4385). The {@code fish.payara} properties make the pool test a
 * connection before it lends it, so that it gets over a database restart without an application
 * restart.
 */
@DataSourceDefinition(
        name = AppDataSource.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        serverName = "${ENV=PGHOST}",
        databaseName = "${ENV=PGDATABASE}",
        user = "${ENV=PGUSER}",
        password = "${ENV=PGPASSWORD}",
        minPoolSize = 1,
        maxPoolSize = 16,
        properties = {
            "portNumber=${ENV=PGPORT}",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
public final class AppDataSource {

    /** The DataSource's JNDI name, also in {@code persistence.xml} and {@code web.xml}. */
    public static final String JNDI_NAME = "java:app/jdbc/app";

    private AppDataSource() {
    }
}
