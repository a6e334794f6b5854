package io.github.cdilogin.support;

import io.github.cdilogin.test.FakeHttp;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;

/**
 * The request of Weld SE tests that need request parameters: replaces {@code TestLoginSession}'s request
 * (whose parameters are all absent), with no session until the code under test makes one. Set the
 * parameters before the request begins.
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
        FakeHttp.Request request = new FakeHttp.Request("127.0.0.1", null);
        parameters.forEach(request::parameter);
        return request;
    }
}
