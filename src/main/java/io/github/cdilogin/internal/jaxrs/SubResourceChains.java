package io.github.cdilogin.internal.jaxrs;

import io.github.cdilogin.internal.guard.Requirement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * The decisions of one resource method for the chains of matched resources it was reached through,
 * each worked out once ({@link SubResourceLocators}) and then found again without allocating: the
 * chains a method is reached through are few and fixed by the application's classes.
 *
 * <p>A matched resource is read as its class ({@link #classOf}): Jersey and RESTEasy list the resource
 * objects, Apache CXF (TomEE) their classes.
 */
final class SubResourceChains {

    private final Class<?> resourceClass;
    private final Method method;
    private volatile Decision[] decisions = new Decision[0];

    SubResourceChains(Class<?> resourceClass, Method method) {
        this.resourceClass = resourceClass;
        this.method = method;
    }

    /**
     * @param matched {@code UriInfo.getMatchedResources()}
     * @return what the request requires, or {@code null} when it is public
     */
    Requirement requirement(List<Object> matched) {
        for (Decision decision : decisions) {
            if (decision.matches(matched)) {
                return decision.requirement();
            }
        }
        return decide(matched);
    }

    private synchronized Requirement decide(List<Object> matched) {
        for (Decision decision : decisions) {
            if (decision.matches(matched)) {
                return decision.requirement(); // another request decided it meanwhile
            }
        }
        Class<?>[] chain = new Class<?>[matched.size()];
        for (int i = 0; i < chain.length; i++) {
            chain[i] = classOf(matched.get(i));
        }
        Requirement requirement = SubResourceLocators.requirement(resourceClass, method, chain);
        Decision[] grown = Arrays.copyOf(decisions, decisions.length + 1);
        grown[grown.length - 1] = new Decision(chain, requirement);
        decisions = grown;
        return requirement;
    }

    /**
     * @param matched an entry of {@code UriInfo.getMatchedResources()}
     * @return the resource's class: the entry's class, or the entry itself where the runtime lists classes
     *         (no resource is a {@code java.lang.Class})
     */
    static Class<?> classOf(Object matched) {
        return matched instanceof Class<?> type ? type : matched.getClass();
    }

    private record Decision(Class<?>[] chain, Requirement requirement) {
        boolean matches(List<Object> matched) {
            if (matched.size() != chain.length) {
                return false;
            }
            for (int i = 0; i < chain.length; i++) {
                if (classOf(matched.get(i)) != chain[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
