package io.github.cdilogin.internal.web;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.cdilogin.internal.config.LoginSettings;
import io.github.cdilogin.internal.config.Setting;
import io.github.cdilogin.internal.config.SettingsReader;
import io.github.cdilogin.internal.login.CurrentHttpRequest;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link LoginFilter} hands the library for a public request ({@link CurrentHttpRequest}) and what it
 * passes down the chain, in both modes of {@code cdi-login.container-identity}: the library always reads the
 * container's own request and response, the chain gets the wrapper only in {@code request} mode, and in that
 * mode the wrapper is the hand-over itself (one object per request). The request and response fail any call,
 * so the test also proves that a public request reads nothing from them.
 */
class LoginFilterHandOverTest {

    private static final LoginSettings REQUEST_MODE = SettingsReader.read(Map.of(Setting.CONTAINER_IDENTITY.key(), "request")::get);


    private static final Logger FILTER_LOG = Logger.getLogger(LoginFilter.class.getName());

    private final HttpServletRequest request = fake(HttpServletRequest.class, Map.of());
    private final HttpServletResponse response = fake(HttpServletResponse.class, Map.of("isCommitted", false));
    private final CurrentHttpRequest current = new CurrentHttpRequest();
    private Level filterLevel;

    /** What the chain saw: the request it received, the library's view, and what the thread-local held. */
    private ServletRequest passedOn;
    private HttpServletRequest libraryRequest;
    private HttpServletResponse libraryResponse;
    private CurrentHttpRequest.Exchange handedOver;

    private static <T> T fake(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(LoginFilterHandOverTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (method.getName().equals("toString")) {
                        return type.getSimpleName();
                    }
                    if (!answers.containsKey(method.getName())) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return answers.get(method.getName());
                }));
    }

    @BeforeEach
    void quietFilter() {
        // Outside a container the filter's init cannot reach the library's beans, and says so; nothing here needs them.
        filterLevel = FILTER_LOG.getLevel();
        FILTER_LOG.setLevel(Level.OFF);
    }

    @AfterEach
    void nothingLeftBehind() {
        FILTER_LOG.setLevel(filterLevel);
        CurrentHttpRequest.restore(null);
    }

    /** The request filter, started over an application without servlets of its own: every request is public. */
    private static LoginFilter started(LoginSettings settings) {
        ServletContext context = fake(ServletContext.class, Map.of("getServletRegistrations", Map.of(),
                "getContextPath", "/app", "getClassLoader", LoginFilterHandOverTest.class.getClassLoader()));
        LoginFilter filter = new LoginFilter(new ServletGate(settings));
        filter.init(fake(FilterConfig.class, Map.of("getServletContext", context, "getFilterName", "cdi-login")));
        return filter;
    }

    private void serve(LoginSettings settings) throws Exception {
        started(settings).doFilter(request, response, (req, res) -> {
            passedOn = req;
            libraryRequest = current.orNull();
            libraryResponse = current.responseOrNull();
            handedOver = CurrentHttpRequest.serving(null, null); // read what the thread serves, then put it back
            CurrentHttpRequest.restore(handedOver);
        });
    }

    @Test
    void inRequestModeTheLibraryReadsTheContainersRequestAndTheChainsWrapperIsTheHandOver() throws Exception {
        serve(REQUEST_MODE);

        HttpServletRequestWrapper wrapper = assertInstanceOf(IdentityRequest.class, passedOn);
        assertSame(request, wrapper.getRequest());
        assertSame(request, libraryRequest, "the library reads the container's request, never the wrapper");
        assertSame(response, libraryResponse);
        assertSame(passedOn, handedOver, "one object per request: the wrapper is what the thread-local holds");
        assertNull(CurrentHttpRequest.serving(null, null), "the filter put back what the thread served before");
    }

    @Test
    void inNoneModeTheChainAndTheLibraryBothGetTheContainersRequest() throws Exception {
        serve(SettingsReader.read(Map.of(Setting.CONTAINER_IDENTITY.key(), "none")::get));

        assertSame(request, passedOn);
        assertSame(request, libraryRequest);
        assertSame(response, libraryResponse);
        assertInstanceOf(CurrentHttpRequest.PlainExchange.class, handedOver);
        assertNull(CurrentHttpRequest.serving(null, null), "the filter put back what the thread served before");
    }

    @Test
    void theLibraryKeepsTheContainersRequestWhenTheApplicationSwapsTheWrappersRequest() throws Exception {
        HttpServletRequest other = fake(HttpServletRequest.class, Map.of());

        started(REQUEST_MODE).doFilter(request, response, (req, res) -> {
            ((HttpServletRequestWrapper) req).setRequest(other); // a filter of the application may do this
            libraryRequest = current.orNull();
        });

        assertNotSame(other, libraryRequest);
        assertSame(request, libraryRequest);
    }
}
