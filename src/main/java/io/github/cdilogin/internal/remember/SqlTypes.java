package io.github.cdilogin.internal.remember;

import java.util.Locale;

/**
 * The column types of the JDBC store's table where databases differ; everything else it runs is plain SQL.
 * The same types as the DDL files the jar ships ({@code META-INF/cdi-login/schema/<database>.sql}).
 */
enum SqlTypes {
    /** PostgreSQL, H2, MySQL, MariaDB, Derby, HSQLDB and most others. */
    STANDARD("BIGINT", "VARCHAR(%d)"),
    /** No {@code BIGINT}; {@code CHAR} lengths, since a {@code VARCHAR2}'s length counts bytes by default. */
    ORACLE("NUMBER(19)", "VARCHAR2(%d CHAR)"),
    /**
     * {@code NVARCHAR}: the driver sends strings as {@code NVARCHAR}, and a {@code VARCHAR} key compared with one
     * is converted row by row, which can turn the store's index seeks into scans; {@code VARCHAR} also loses
     * characters outside its code page from user ids.
     */
    SQL_SERVER("BIGINT", "NVARCHAR(%d)");

    private final String bigint;
    private final String text;

    SqlTypes(String bigint, String text) {
        this.bigint = bigint;
        this.text = text;
    }

    /**
     * @param productName what {@code DatabaseMetaData.getDatabaseProductName()} says
     * @return that database's types
     */
    static SqlTypes of(String productName) {
        String product = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (product.contains("oracle")) {
            return ORACLE;
        }
        return product.contains("microsoft sql server") ? SQL_SERVER : STANDARD;
    }

    /** @return a 64-bit integer: the times, in milliseconds since 1970 */
    String bigint() {
        return bigint;
    }

    /**
     * @param length the most characters it holds
     * @return a text of that length
     */
    String text(int length) {
        return String.format(Locale.ROOT, text, length);
    }
}
