package io.github.cdilogin.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The request of Weld SE tests that need request parameters: replaces {@code TestLoginSession}'s request
 * (whose parameters are all absent), and has no session. Set the parameters before the request begins.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class RequestParameters {

    private final Map<String, String[]> parameters = new HashMap<>();

    /** @param values the values the next requests carry for {@code name} */
    public void set(String name, String... values) {
        parameters.put(name, values);
    }

    @Produces
    @RequestScoped
    HttpServletRequest request() {
        Map<String, String[]> sent = Map.copyOf(parameters);
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getParameterValues" -> sent.get((String) args[0]);
                    case "getParameter" -> sent.containsKey((String) args[0]) ? sent.get((String) args[0])[0] : null;
                    case "getSession" -> null;
                    case "getDispatcherType" -> DispatcherType.REQUEST;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "request with " + sent.keySet();
                    default -> throw new UnsupportedOperationException("the test request has no " + method.getName()
                            + (args == null ? "()" : Arrays.toString(args)));
                });
    }
}
