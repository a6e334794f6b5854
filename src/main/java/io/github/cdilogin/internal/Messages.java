package io.github.cdilogin.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every problem the library reports, each with a stable id, what is wrong and how to fix it: the
 * deployment errors (001 to 011), what it warns about or refuses at start (012 to 017), and the
 * misuses and failures it meets while serving (020 and up). The README's "Errors and their ids" table
 * lists the same ids ({@code ErrorIdsTest} compares them). Public for the library's other internal
 * packages only.
 */
public final class Messages {

    private static final String NO_LOADER = "CDILOGIN-001: cdi-login found no bean implementing "
            + "io.github.cdilogin.spi.UserLoader (Flask-Login's @login_manager.user_loader) and no bean implementing "
            + "io.github.cdilogin.spi.RequestLoader (@login_manager.request_loader), so it could never find a user. "
            + "Add a bean such as '@ApplicationScoped public class AppUserLoader implements UserLoader<AppUser> "
            + "{ public Optional<AppUser> loadUser(String id) { ... } }' to the application.";

    private Messages() {
    }

    /**
     * @param notBeans classes that implement UserLoader but that CDI made no bean of
     * @return CDILOGIN-001, naming those classes
     */
    public static String noLoader(List<Class<?>> notBeans) {
        if (!notBeans.isEmpty()) {
            boolean one = notBeans.size() == 1;
            return NO_LOADER + " " + notBeans.stream().map(Class::getName).collect(Collectors.joining(", "))
                    + (one ? " implements UserLoader but is not a bean: add @ApplicationScoped to it"
                            : " implement UserLoader but are not beans: add @ApplicationScoped to the one to use")
                    + ", and give it a constructor without parameters or one marked @Inject.";
        }
        return NO_LOADER + " If you wrote such a class, give it a bean-defining annotation such as @ApplicationScoped:"
                + " in a bean archive with bean-discovery-mode 'annotated' (what an empty beans.xml or none means since"
                + " CDI 4.0), CDI does not even see a class without one.";
    }

    public static String twoBeans(String kind, String classes) {
        return "CDILOGIN-002: cdi-login found more than one " + kind + " bean: " + classes
                + ". Exactly one may be enabled; remove the others, or make all but one @Alternative"
                + " and leave them disabled.";
    }

    public static String unreachableMethod(Class<?> type, String method, String kind) {
        return "CDILOGIN-003: " + type.getName() + "#" + method + " is " + kind + " and carries @LoginRequired or"
                + " @FreshLoginRequired, but no interceptor can reach a " + kind + " method, so it would not be"
                + " guarded. Make the method public (or protected) and not static or final, or move the annotation.";
    }

    /**
     * CDILOGIN-041: a guard on a method that runs on another thread, where no request and so no login is.
     *
     * @param type the bean class
     * @param method the asynchronous method
     * @return what is wrong, and the fix
     */
    public static String asynchronousGuard(Class<?> type, String method) {
        return "CDILOGIN-041: " + type.getName() + "#" + method + " is @Asynchronous and carries @LoginRequired or"
                + " @FreshLoginRequired (on itself, its class or a supertype), but an asynchronous method runs on another"
                + " thread after the call returns, outside the HTTP request, where nobody is logged in: the guard would"
                + " refuse every call, a logged-in caller's too. Guard the method or resource that calls it (the check"
                + " then happens in the caller's request), pass what the work needs (the user's id) as arguments, and"
                + " take the guard off the asynchronous method (move a class-level guard to the class's other methods).";
    }

    public static String finalClass(Class<?> type) {
        return "CDILOGIN-004: " + type.getName() + " is final and carries @LoginRequired or @FreshLoginRequired"
                + " (on itself, a method or a supertype),"
                + " but the container cannot intercept a final class, so it would not be guarded. Remove 'final'"
                + " from the class (a record cannot be guarded: use a class).";
    }

    /**
     * CDILOGIN-005: a value of the current user taken once by something that serves many requests.
     *
     * @param holder the class that outlives the request
     * @param kind what it is: "a servlet", "@ApplicationScoped", "a stateless session bean"
     * @param injection what it injects and where: "@CurrentUser AppUser at field 'user'", or the
     *        {@code @Dependent} bean through which it gets one
     * @param userType the frozen type, as the fixes name it
     * @param scoped whether the holder is a bean whose scope the application chose (and may change)
     * @return the message
     */
    public static String frozenCurrentUser(String holder, String kind, String injection, String userType, boolean scoped) {
        return "CDILOGIN-005: " + holder + " is " + kind + " and injects " + injection + ". It is created once and"
                + " serves many requests, but that value is taken once, when it is created: it would show one request's"
                + " user to every later request, to other users and to visitors who are not logged in. Inject"
                + " '@CurrentUser LoginUser' (a proxy that answers for each request), or '@CurrentUser Instance<"
                + userType + ">' and call get() in each request, or call 'loginManager.currentUser(" + userType
                + ".class)' instead" + (scoped ? ", or make the bean @RequestScoped." : ".");
    }

    public static String unreachableInheritedGuard(Class<?> type, String method) {
        return "CDILOGIN-003: " + type.getName() + "#" + method + " is final, and a guard above it (@LoginRequired or"
                + " @FreshLoginRequired on its class, on a method it overrides or implements, or on an interface of"
                + " the class) says it needs a login, but no interceptor can reach a final method, so it would not be"
                + " guarded. Remove 'final' from the method.";
    }

    public static String unenforceablePlace(Class<?> type, String kind) {
        return "CDILOGIN-006: " + type.getName() + " is a " + kind + " and carries @LoginRequired or @FreshLoginRequired"
                + " (on itself, a method or a supertype), but cdi-login guards servlets, JAX-RS resources and CDI beans,"
                + " not " + kind + "s: a " + kind + " runs for public requests too, and the library cannot tell which of"
                + " them the annotation meant to refuse. Move the annotation to the servlet, resource class or resource"
                + " method it should protect, or guard the path with cdi-login.login-required-paths.";
    }

    /**
     * @param type a JAX-RS application that lists its classes and turns the service loader off
     * @return why its guarded resources would be open, and how to fix it
     */
    public static String unguardableApplication(Class<?> type) {
        return "CDILOGIN-007: " + type.getName() + " lists its classes (getClasses() or getSingletons()), so the"
                + " JAX-RS runtime scans for no provider, and sets jakarta.ws.rs.loadServices to false in getProperties(),"
                + " so it does not load cdi-login's guard from META-INF/services either: its @LoginRequired and"
                + " @FreshLoginRequired resources would answer anonymous requests. Remove the jakarta.ws.rs.loadServices"
                + " property (it is true by default), or return empty sets from getClasses() and getSingletons()"
                + " so that the runtime scans.";
    }

    /**
     * @param key the setting
     * @param value its value, or {@code null} for one that must not be repeated (the secret)
     * @param allowed what is allowed, and how to get it
     * @param environmentName the setting's environment variable
     * @return why the deployment fails, naming the key, the value and the fix
     */
    public static String invalidSetting(String key, String value, String allowed, String environmentName) {
        return "CDILOGIN-008: the setting " + key + (value == null ? " is" : " has the value '" + value + "', which is")
                + " not allowed: " + allowed + ". Fix it where it is set (MicroProfile Config, a servlet context"
                + " parameter, a system property or the environment variable " + environmentName + ").";
    }

    /**
     * @param key a key under the library's prefix that it does not know
     * @param closest the known key nearest to it
     * @return the warning: the setting is ignored, and what was probably meant
     */
    public static String unknownSetting(String key, String closest) {
        return "CDILOGIN-009: the setting " + key + " is not one of cdi-login's, so it is ignored. Did you mean "
                + closest + "? The README's Settings table lists every key.";
    }

    /**
     * @param contextPath the web application's context path
     * @return why the web application must not start without the servlet guards, and how to fix it
     */
    public static String servletGuardsMissing(String contextPath) {
        return "CDILOGIN-010: the web application '" + contextPath + "' started without cdi-login's servlet guards:"
                + " the library's ServletContainerInitializer did not run, so @LoginRequired and @FreshLoginRequired"
                + " servlets and the paths of cdi-login.login-required-paths would be open to anyone. The usual cause is"
                + " an <absolute-ordering> in web.xml that leaves out the cdi-login jar: the container then ignores its"
                + " initializer. List the jar in it by its fragment name, <absolute-ordering><name>cdi_login</name>"
                + " ...</absolute-ordering>, or add <others/> to it.";
    }

    /**
     * @param name the library's filter name
     * @param className the class of the filter that has it already
     * @return why the library cannot install its servlet guards, and how to fix it
     */
    public static String filterNameTaken(String name, String className) {
        return "CDILOGIN-011: the web application already has a filter named '" + name + "' (" + className + "), so"
                + " cdi-login cannot install its servlet guard under that name and @LoginRequired servlets and guarded"
                + " paths would be open. Rename that filter in web.xml or where it is registered.";
    }

    /** @return why the jcache store cannot start, and the fixes */
    public static String jcacheMissing() {
        return "CDILOGIN-012: cdi-login.remember-store is jcache, but javax.cache (JSR 107) is not there: use a server"
                + " that provides it (Payara does, on Hazelcast), add a JCache implementation to the application, or"
                + " choose another store.";
    }

    /**
     * @param name the DataSource's JNDI name
     * @param cause why it cannot be used
     * @return why the jdbc store cannot start, and the fixes
     */
    public static String dataSourceUnusable(String name, String cause) {
        return "CDILOGIN-013: cdi-login.remember-store is jdbc, but the DataSource " + name
                + " (cdi-login.remember-store.datasource) cannot be used: " + cause + ". Give the server that"
                + " DataSource, name another in cdi-login.remember-store.datasource, or choose another store.";
    }

    /**
     * @param name the DataSource's JNDI name
     * @return the warning of the auto store that found no DataSource
     */
    public static String noDataSource(String name) {
        return "CDILOGIN-014: no usable DataSource at " + name + ", so remember-me tokens are kept in memory: they will"
                + " not survive a restart. Give the server a default DataSource, or set"
                + " cdi-login.remember-store.datasource, or provide a RememberTokenStore bean (or set"
                + " cdi-login.remember-store to memory to say that memory is meant).";
    }

    /** @return the warning of a key made at start */
    public static String randomSecret() {
        return "CDILOGIN-015: no cdi-login.secret is set, so a random key was made at start: remember-me cookies will"
                + " not survive a restart, and cluster members will not accept each other's. Set cdi-login.secret"
                + " (CDI_LOGIN_SECRET) to the output of 'openssl rand -base64 32', or cdi-login.secret-file to a file"
                + " the library may create.";
    }

    /**
     * @param why what the server answered
     * @return CDILOGIN-017: container-identity is jakarta-security, and the server cannot take the module
     */
    public static String noAuthenticationFactory(String why) {
        return "CDILOGIN-017: cdi-login.container-identity is jakarta-security, but this server has no Jakarta"
                + " Authentication factory that takes a module for the application (" + why + "). Run it on a server"
                + " with Jakarta Authentication 3.0 (Jakarta EE 10 or later), or set cdi-login.container-identity to"
                + " request or none.";
    }

    /** @return why the servlet filter could not start the library's beans */
    public static String beansUnreachable() {
        return "CDILOGIN-016: the library's beans cannot be reached from its servlet filter, so every request that"
                + " needs the user fails (none passes unguarded). The exception below says why; usually the"
                + " remember-token store could not start (see its own CDILOGIN message) or the cdi-login jar is not"
                + " in a bean archive of the application (put it in WEB-INF/lib).";
    }

    /**
     * @param what the operation that needs a request, such as "Logging in"
     * @return why it cannot run here, and where it can
     */
    public static String noRequestInProgress(String what) {
        return "CDILOGIN-020: " + what + " needs an HTTP request, and none is in progress on this thread. Call it"
                + " while a request is being served, on the request's own thread (not from a timer, a message, an"
                + " @Asynchronous method or another thread of an asynchronous request), or pass what it needs (the"
                + " user's id) to the work that runs later.";
    }

    /** @return why a loader may not ask for the current user */
    public static String userAskedForWhileLoading() {
        return "CDILOGIN-021: the current user was asked for while it is being loaded, by the UserLoader, the"
                + " RequestLoader or an observer of the event they fire. Loaders must not use @CurrentUser or"
                + " LoginManager: they receive what they need as arguments.";
    }

    /**
     * @param type the class of the user that was to log in
     * @return why it cannot log in
     */
    public static String loginWithoutId(Class<?> type) {
        return "CDILOGIN-022: only a user with an id can log in; " + type.getName() + " is anonymous or its getId()"
                + " returned null. Log in the user your UserLoader loads, with the id it loads it by.";
    }

    /** @return why remember me cannot be set */
    public static String rememberWithoutResponse() {
        return "CDILOGIN-023: remember me needs the response, and the cdi-login filter did not see this request (or"
                + " the response is already committed). Log in with remember me from a servlet, a JAX-RS resource or"
                + " a Faces action of the request, before the response is written, or log in without it.";
    }

    /**
     * @param table the remember table
     * @param column the auth stamp's column
     * @return the warning when a table of an older version cannot get the stamp's column
     */
    public static String stampColumnMissing(String table, String column) {
        return "CDILOGIN-028: the table " + table + " has no column " + column + " and it could not be added; remember"
                + " series are kept without the user's auth stamp, so a changed stamp ends sessions but not remember"
                + " cookies. Fix: ALTER TABLE " + table + " ADD " + column + " VARCHAR(64)";
    }

    /**
     * @param keyId the key id the refused cookie carried, or {@code null} for a cookie from before key ids
     * @param ownKeyId this server's key id
     * @return the warning, logged once per key id, when a remember cookie made under another secret is refused
     */
    public static String otherSecret(String keyId, String ownKeyId) {
        return keyId == null
                ? "CDILOGIN-040: a remember cookie from before key ids was refused, without revoking anything: its"
                        + " user logs in again. Logged once."
                : "CDILOGIN-040: a remember cookie made under another secret (key id " + keyId + "; this server's is "
                        + ownKeyId + ") was refused, without revoking anything. The members of a cluster must share"
                        + " cdi-login.secret; after a change of secret, older cookies log nobody in. Logged once per key id.";
    }

    /**
     * @param whileDoing what the store was doing: "restoring a login", "revoking a series", "refreshing a cookie"
     * @return the warning that comes with the store's exception
     */
    public static String storeFailed(String whileDoing) {
        return "CDILOGIN-024: the remember-token store failed while " + whileDoing + "; the request goes on without"
                + " it (anonymous when it was restoring a login). The exception below says why: check the database or"
                + " data grid behind the store.";
    }

    /**
     * @param table the JDBC store's table
     * @param cause the database's words
     * @return why the JDBC store cannot use its table
     */
    public static String tableUnusable(String table, String cause) {
        return "CDILOGIN-025: the remember-token table " + table + " cannot be used: " + cause + ". Check that the"
                + " database is up; the library creates the table when it is missing, so the DataSource's user needs"
                + " the right to create it (or an administrator creates it once, with the file"
                + " META-INF/cdi-login/schema/<database>.sql of the cdi-login jar)."
                + " Or choose another cdi-login.remember-store.";
    }

    /**
     * @param table the remember table (cdi-login.remember-store.table)
     * @param missing what is missing: "the table", or "the column X"
     * @return why the JDBC store cannot start when it may not create its table, and the DDL to run
     */
    public static String rememberTableMissing(String table, String missing) {
        return "CDILOGIN-035: cdi-login.remember-store.create-table is false, and the remember-token table " + table
                + " lacks " + missing + ". Create it with the DDL the cdi-login jar ships for your database,"
                + " META-INF/cdi-login/schema/<database>.sql (postgresql, h2, mysql, oracle, sqlserver; the README's"
                + " \"The JDBC store's table\" shows PostgreSQL's), with the table name changed to " + table
                + " if it is not the default, in your migrations; or set cdi-login.remember-store.create-table to true"
                + " to let the library create it.";
    }

    /**
     * @param table the remember table
     * @param columns the device columns it lacks, with their types
     * @return the warning when a table of an older version cannot get the device list's columns
     */
    public static String deviceColumnsMissing(String table, String columns) {
        return "CDILOGIN-036: the table " + table + " lacks " + columns + " and they could not be added; remember"
                + " series are kept without when they began and which browser began them, so the user's list of"
                + " remembered devices shows neither. Fix: ALTER TABLE " + table + " ADD " + columns
                + " (one ADD per column where the database wants it).";
    }

    /**
     * @param table the remember table
     * @param column the column with no index
     * @param ddl the statement that adds one
     * @return the warning when a query of the JDBC store would scan the table
     */
    public static String rememberIndexMissing(String table, String column, String ddl) {
        return "CDILOGIN-037: the table " + table + " has no index on " + column + " and none could be created,"
                + " so the store's queries by " + column + " read the whole table (slower as it grows). Fix: " + ddl;
    }

    /**
     * @param event the event's simple name
     * @return the warning that comes with the observer's exception
     */
    public static String asyncObserverFailed(String event) {
        return "CDILOGIN-026: an asynchronous observer of " + event + " failed; the login went on, since an"
                + " asynchronous observer cannot stop it. The exception below is the observer's: fix it there.";
    }

    /**
     * @param method the refused request's method
     * @param reason why, in words that repeat no header value
     * @return the message of the {@code CrossSiteRequestException} (answered 403, never logged above FINE)
     */
    public static String crossSiteRequest(String method, String reason) {
        return "CDILOGIN-027: a " + method + " request sent by a page on another site was refused (" + reason
                + "); nothing was changed. If the page is one of yours on another host, list its origin in"
                + " cdi-login.trusted-origins; behind a proxy that rewrites Host, list the proxy in"
                + " cdi-login.trusted-proxies.";
    }

    /**
     * @param dataSource the JDBC store's DataSource setting, named by the fix
     * @param jdbc whether the library's JDBC store is in use (then its DataSource could not hold the table)
     * @return the one warning at start of a distributable deployment whose logouts stay on each member
     */
    public static String logoutsNotShared(String dataSource, boolean jdbc) {
        return "CDILOGIN-029: this web application is <distributable/>, but logouts are not shared between members:"
                + " the server has no usable JCache (javax.cache) and " + (jdbc ? "the DataSource " + dataSource
                + " cannot hold the table CDI_LOGIN_LOGOUTS" : "cdi-login.remember-store is not jdbc") + ", so a member"
                + " that keeps a copy of a session another member logged out would still log it in (CVE-2023-20862)."
                + " Fix: run on a server with JCache (Payara), or set cdi-login.remember-store=jdbc with"
                + " cdi-login.remember-store.datasource naming a database every member shares (now " + dataSource
                + "; the table CDI_LOGIN_LOGOUTS is created there), or remove <distributable/> when the application"
                + " runs on one server.";
    }

    /**
     * @param where the record's place, such as "the JCache cache cdi-login-logout-buckets"
     * @param cause the exception's class, never its message
     * @return the warning when a logout could not be recorded for the other members
     */
    public static String logoutNotRecorded(String where, String cause) {
        return "CDILOGIN-030: a logout could not be recorded in " + where + " (" + cause + "): the session ended on"
                + " this member, but another member's copy of it may stay logged in until it times out. Check the data"
                + " grid or database behind it.";
    }

    /**
     * @param where the record's place
     * @param cause the exception's class, never its message
     * @return the warning, once per outage, when the record cannot be read
     */
    public static String logoutsUnreadable(String where, String cause) {
        return "CDILOGIN-030: the logout record in " + where + " cannot be read (" + cause + "): until it answers,"
                + " requests with a session are anonymous (the sessions are kept). Check the data grid or database"
                + " behind it.";
    }
}
