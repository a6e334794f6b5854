package io.github.cdilogin.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.cdilogin.internal.config.LoginSettings;
import io.github.cdilogin.internal.login.CurrentHttpRequest;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link DispatchFilter} hands the dispatch's request on to the library and puts back what the thread
 * served before, also when dispatches nest: an include keeps the including response (headers set on
 * an included one are ignored), an asynchronous dispatch on a thread of its own leaves nothing behind.
 */
class DispatchFilterTest {

    private static <T> T fake(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(DispatchFilterTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (method.getName().equals("toString")) {
                        return type.getSimpleName() + answers;
                    }
                    if (!answers.containsKey(method.getName())) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return answers.get(method.getName());
                }));
    }

    private static HttpServletRequest request(DispatcherType type) {
        java.util.HashMap<String, Object> answers = new java.util.HashMap<>();
        answers.put("getDispatcherType", type);
        answers.put("getMethod", "GET");
        answers.put("getAttribute", null);
        answers.put("getHttpServletMapping", null);
        return fake(HttpServletRequest.class, answers);
    }

    private static DispatchFilter filter() {
        ServletContext context = fake(ServletContext.class, Map.of("getServletRegistrations", Map.of(),
                "getContextPath", "/app", "getClassLoader", DispatchFilterTest.class.getClassLoader()));
        ServletGate gate = new ServletGate(LoginSettings.defaults());
        gate.scan(context);
        return new DispatchFilter(gate, null);
    }

    /** What the thread serves now, read without changing it. */
    private static CurrentHttpRequest.Exchange serving() {
        CurrentHttpRequest.Exchange now = CurrentHttpRequest.serving(null, null);
        CurrentHttpRequest.restore(now);
        return now;
    }

    @AfterEach
    void nothingLeftBehind() {
        CurrentHttpRequest.restore(null);
    }

    @Test
    void anIncludeServesTheIncludedRequestWithTheIncludingResponseAndPutsTheOuterBack() throws Exception {
        HttpServletRequest outerRequest = request(DispatcherType.REQUEST);
        HttpServletResponse outerResponse = fake(HttpServletResponse.class, Map.of());
        CurrentHttpRequest.serving(outerRequest, outerResponse);
        HttpServletRequest included = request(DispatcherType.INCLUDE);
        List<CurrentHttpRequest.Exchange> seen = new ArrayList<>();

        filter().doFilter(included, fake(HttpServletResponse.class, Map.of()), (req, res) -> seen.add(serving()));

        assertSame(included, seen.get(0).request());
        assertSame(outerResponse, seen.get(0).response(), "an included response ignores headers: the including one is handed on");
        assertSame(outerRequest, serving().request());
        assertSame(outerResponse, serving().response());
    }

    @Test
    void nestedDispatchesPutBackWhatEachFound() throws Exception {
        HttpServletRequest outerRequest = request(DispatcherType.REQUEST);
        HttpServletResponse outerResponse = fake(HttpServletResponse.class, Map.of());
        CurrentHttpRequest.serving(outerRequest, outerResponse);
        HttpServletRequest forwarded = request(DispatcherType.FORWARD);
        HttpServletResponse forwardResponse = fake(HttpServletResponse.class, Map.of());
        HttpServletRequest included = request(DispatcherType.INCLUDE);
        List<CurrentHttpRequest.Exchange> seen = new ArrayList<>();
        DispatchFilter filter = filter();

        filter.doFilter(forwarded, forwardResponse, (req, res) -> {
            filter.doFilter(included, fake(HttpServletResponse.class, Map.of()), (r, s) -> seen.add(serving()));
            seen.add(serving());
        });

        assertSame(included, seen.get(0).request());
        assertSame(forwardResponse, seen.get(0).response());
        assertSame(forwarded, seen.get(1).request(), "after the include, the forward's exchange again");
        assertSame(outerRequest, serving().request(), "after the forward, the request's exchange again");
    }

    @Test
    void anAsynchronousDispatchOnAThreadOfItsOwnLeavesNothingBehind() throws Exception {
        HttpServletRequest dispatched = request(DispatcherType.ASYNC);
        HttpServletResponse response = fake(HttpServletResponse.class, Map.of());
        List<CurrentHttpRequest.Exchange> seen = new ArrayList<>();

        filter().doFilter(dispatched, response, (req, res) -> seen.add(serving()));

        assertEquals(new CurrentHttpRequest.PlainExchange(dispatched, response), seen.get(0));
        assertNull(serving());
    }
}
