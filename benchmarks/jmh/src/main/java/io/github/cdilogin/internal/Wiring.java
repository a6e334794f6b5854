package io.github.cdilogin.internal;

import io.github.cdilogin.LoginUser;
import io.github.cdilogin.internal.cdi.ApplicationBeans;
import io.github.cdilogin.internal.cdi.LoginEvents;
import io.github.cdilogin.internal.cdi.LoginEventsFactory;
import io.github.cdilogin.internal.config.LoginConfiguration;
import io.github.cdilogin.internal.config.LoginSettings;
import io.github.cdilogin.internal.config.SettingsReader;
import io.github.cdilogin.internal.crossorigin.CrossOriginProtection;
import io.github.cdilogin.internal.login.CurrentHttpRequest;
import io.github.cdilogin.internal.login.CurrentLogin;
import io.github.cdilogin.internal.login.CurrentLoginFactory;
import io.github.cdilogin.internal.login.CurrentUserBeans;
import io.github.cdilogin.internal.remember.RememberMe;
import io.github.cdilogin.internal.remember.RememberMeFactory;
import io.github.cdilogin.internal.session.SessionAttributes;
import io.github.cdilogin.internal.session.SessionAttributesFactory;
import io.github.cdilogin.spi.RememberTokenStore;
import io.github.cdilogin.spi.UserLoader;
import io.github.cdilogin.test.FakeHttp;
import java.util.Map;
import java.util.Optional;

/**
 * The library's real beans, wired by hand as the container would wire them (one instance of each
 * application-scoped bean; a new {@link CurrentLogin} per request, as {@link CurrentLoginFactory} makes it).
 * What is left out is the container's own work: CDI proxies, the request context, and looking the
 * servlet request up.
 */
public final class Wiring {

    /** The application's user, as a record like the README's. */
    public record BenchUser(String username, String name, String passwordHash) implements LoginUser {
        public BenchUser(String username, String name) {
            this(username, name, null);
        }

        @Override
        public String getId() {
            return username;
        }

        /** Only "carol" has one: the password hash, as the README's example derives it. */
        @Override
        public String getAuthStamp() {
            return passwordHash;
        }
    }

    /** The application's loader: a map look-up, as cheap as a loader can be, so the library's cost shows. */
    public static final class BenchUsers implements UserLoader<BenchUser> {
        private final Map<String, BenchUser> users = Map.of(
                "alice", new BenchUser("alice", "Alice"), "bob", new BenchUser("bob", "Bob"),
                "carol", new BenchUser("carol", "Carol", "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"));
        public int calls;

        @Override
        public Optional<BenchUser> loadUser(String id) {
            calls++;
            return Optional.ofNullable(users.get(id));
        }
    }

    public final LoginSettings settings;
    public final BenchUsers users = new BenchUsers();
    public final LoginConfiguration configuration;
    public final ApplicationBeans application;
    public final LoginEvents events;
    public final SessionAttributes session;
    public final RememberMe rememberMe;
    public final CrossOriginProtection crossOrigin;
    public final Http http = new Http();
    private final CurrentLogin.Collaborators shared;

    /** Nothing was produced for {@code @CurrentUser} outside a container: a login has nothing to forget. */
    private static final CurrentUserBeans NO_PRODUCED_USER = new CurrentUserBeans() {
        @Override
        public void forget() { // public: widening is allowed whatever the library declares
        }
    };

    /**
     * {@link CurrentHttpRequest}, given the request directly, as the library's filter hands it on
     * through a thread-local in the container.
     */
    public static final class Http extends CurrentHttpRequest {
        FakeHttp.Request request;
        FakeHttp.Response response;

        @Override
        public jakarta.servlet.http.HttpServletRequest orNull() {
            return request;
        }

        @Override
        public jakarta.servlet.http.HttpServletResponse responseOrNull() {
            return response != null && !response.isCommitted() ? response : null;
        }

        @Override
        public jakarta.servlet.http.HttpServletRequest required(String what) {
            return request;
        }
    }

    /**
     * @param settings the settings, as a map of {@code cdi-login.*} keys (a secret is added)
     * @param store the remember-token store (the application's, as a {@code RememberTokenStore} bean would be)
     */
    public Wiring(Map<String, String> settings, RememberTokenStore store) {
        Map<String, String> withSecret = new java.util.HashMap<>(settings);
        withSecret.putIfAbsent("cdi-login.secret", "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA==");
        this.settings = SettingsReader.read(withSecret::get);
        LoginSettings read = this.settings;
        this.configuration = new LoginConfiguration() {
            @Override
            public LoginSettings settings() {
                return read;
            }
        };
        application = ApplicationBeans.of(users, null, null, store, null, null);
        events = LoginEventsFactory.unobserved();
        session = SessionAttributesFactory.over(http);
        rememberMe = RememberMeFactory.create(configuration, application, events);
        crossOrigin = CrossOriginProtection.of(this.settings, events);
        shared = new CurrentLogin.Collaborators(session, application, http, events, NO_PRODUCED_USER, rememberMe,
                configuration, crossOrigin);
    }

    /**
     * What the container does at the start of a request for the library: a new request-scoped
     * {@link CurrentLogin} made from the shared collaborators, and the request the filter saw.
     *
     * @param request this request
     * @param response its response
     * @return the request's login
     */
    public CurrentLogin newRequest(FakeHttp.Request request, FakeHttp.Response response) {
        http.request = request;
        http.response = response; // what the library's filter hands on for the request
        return new CurrentLogin(shared);
    }
}
