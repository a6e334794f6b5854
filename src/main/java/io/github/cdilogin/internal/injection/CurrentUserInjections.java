package io.github.cdilogin.internal.injection;

import io.github.cdilogin.internal.Messages;
import io.github.cdilogin.internal.injection.FrozenInjections.Frozen;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.SessionBeanType;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, at deployment, every {@code @CurrentUser} value that something serving many requests would take
 * once (CDILOGIN-005): beans of a scope longer than the request, stateless and singleton session beans,
 * servlets, filters, listeners and the like whether or not they are beans, and anything else the
 * container injects outside CDI. A {@code @Dependent} bean that takes such a value, injected into one of
 * these, is followed too, however many {@code @Dependent} beans lie between.
 *
 * <p>Beans are known when discovery ends; the servers fire {@code ProcessInjectionTarget} for the objects
 * they create outside CDI at different times. Payara fires it for servlets, filters and the context,
 * request and session listeners during discovery; GlassFish, WildFly and Payara (for its other listeners)
 * fire it when they create the object, after discovery. What is seen during discovery is reported with
 * the other deployment problems; what comes later is reported at once, which fails the object's creation.
 * The library's {@code ServletContainerInitializer} checks servlets, filters, listeners and WebSocket
 * endpoints by reflection as well, before any of them is created.
 */
public final class CurrentUserInjections {

    private static final String NOT_A_BEAN = "an object that the container creates itself (not a bean)";

    /** Something that outlives the request, and what it injects. */
    private record Holder(Class<?> type, String kind, Set<InjectionPoint> injections, boolean scoped) {
    }

    /** A frozen value reached from an injection point: the words for it, and the frozen type. */
    private record Freeze(String injection, String userType) {
    }

    private final List<Holder> holders = new ArrayList<>();
    private final List<Bean<?>> dependents = new ArrayList<>();
    private final Set<String> reported = new HashSet<>();
    /** The {@code @Dependent} beans that take a frozen value, once discovery has ended; {@code null} before. */
    private Map<Bean<?>, Freeze> frozenDependents;

    /**
     * @param bean a bean of the application
     * @param managedBean whether it is a managed bean (not a producer, not synthetic)
     * @param sessionBeanType its session bean type; {@code null} when it is no session bean
     */
    public void addBean(Bean<?> bean, boolean managedBean, SessionBeanType sessionBeanType) {
        if (frozenDependents != null || bean.getInjectionPoints().isEmpty()) {
            return;
        }
        Class<? extends Annotation> scope = bean.getScope();
        if (scope != Dependent.class && scope != RequestScoped.class) {
            holders.add(new Holder(bean.getBeanClass(), "@" + scope.getSimpleName(), bean.getInjectionPoints(), true));
        } else if (sessionBeanType == SessionBeanType.STATELESS || sessionBeanType == SessionBeanType.SINGLETON) {
            String kind = sessionBeanType == SessionBeanType.STATELESS ? "a stateless session bean" : "a singleton session bean";
            holders.add(new Holder(bean.getBeanClass(), kind, bean.getInjectionPoints(), false));
        } else if (managedBean && LongLivedComponents.kindOf(bean.getBeanClass()) != null) {
            holders.add(new Holder(bean.getBeanClass(), LongLivedComponents.kindOf(bean.getBeanClass()),
                    bean.getInjectionPoints(), false));
        } else if (scope == Dependent.class) {
            dependents.add(bean);
        }
    }

    /**
     * An injection target the container reported: a bean's, or one of an object it creates outside CDI.
     *
     * @param type the class the container creates
     * @param injections what it injects
     * @return the problems to report at once (after discovery); during discovery they wait for {@link #problems()}
     */
    public List<String> addTarget(Class<?> type, Set<InjectionPoint> injections) {
        if (injections.isEmpty()) {
            return List.of();
        }
        String kind = LongLivedComponents.kindOf(type);
        if (frozenDependents == null) {
            // During discovery beans' targets come too; those are judged as beans.
            if (kind != null) {
                holders.add(new Holder(type, kind, injections, false));
            }
            return List.of();
        }
        // After discovery only objects created outside CDI come: long-lived unless made for one request.
        if (kind == null && LongLivedComponents.isPerRequest(type)) {
            return List.of();
        }
        return check(new Holder(type, kind == null ? NOT_A_BEAN : kind, injections, false));
    }

    /**
     * Ends discovery.
     *
     * @return a CDILOGIN-005 message for each frozen injection found so far
     */
    public List<String> problems() {
        frozenDependents = frozenDependents();
        List<String> problems = new ArrayList<>();
        holders.forEach(holder -> problems.addAll(check(holder)));
        holders.clear();
        dependents.clear();
        return problems;
    }

    private List<String> check(Holder holder) {
        List<String> problems = new ArrayList<>();
        for (InjectionPoint injection : holder.injections()) {
            Freeze freeze = freezeAt(injection, frozenDependents);
            if (freeze != null && reported.add(holder.type().getName() + " " + injection.getMember() + " "
                    + FrozenInjections.describe(injection).where())) {
                problems.add(Messages.frozenCurrentUser(holder.type().getName(), holder.kind(), freeze.injection(),
                        freeze.userType(), holder.scoped()));
            }
        }
        return problems;
    }

    /** The {@code @Dependent} beans that take a frozen value themselves or through other ones. */
    private Map<Bean<?>, Freeze> frozenDependents() {
        Map<Bean<?>, Freeze> frozen = new LinkedHashMap<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Bean<?> bean : dependents) {
                if (frozen.containsKey(bean)) {
                    continue;
                }
                for (InjectionPoint injection : bean.getInjectionPoints()) {
                    Freeze freeze = freezeAt(injection, frozen);
                    if (freeze != null) {
                        frozen.put(bean, freeze);
                        grew = true;
                        break;
                    }
                }
            }
        }
        return frozen;
    }

    /** @return what freezes at this injection point: a frozen value, or a bean of {@code frozen}; else {@code null} */
    private static Freeze freezeAt(InjectionPoint injection, Map<Bean<?>, Freeze> frozen) {
        if (FrozenInjections.isFrozen(injection)) {
            Frozen value = FrozenInjections.describe(injection);
            return new Freeze(value.injection(), value.type());
        }
        if (injection.isDelegate()) {
            return null;
        }
        for (Map.Entry<Bean<?>, Freeze> dependent : frozen.entrySet()) {
            if (resolvesTo(injection, dependent.getKey())) {
                return new Freeze("the @Dependent bean " + dependent.getKey().getBeanClass().getName() + " at "
                        + FrozenInjections.describe(injection).where() + ", which injects "
                        + dependent.getValue().injection(), dependent.getValue().userType());
            }
        }
        return null;
    }

    /**
     * Typesafe resolution in its plain form (the bean has the type and the qualifiers), which is enough here:
     * the container may not be asked to resolve during discovery, and on Payara a library jar's bean manager
     * does not see the beans of {@code WEB-INF/classes}.
     */
    private static boolean resolvesTo(InjectionPoint injection, Bean<?> bean) {
        return bean.getTypes().contains(injection.getType()) && bean.getQualifiers().containsAll(injection.getQualifiers());
    }
}
