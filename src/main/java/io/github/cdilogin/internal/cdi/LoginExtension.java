package io.github.cdilogin.internal.cdi;

import io.github.cdilogin.AnonymousUser;
import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginUser;
import io.github.cdilogin.internal.DeploymentFailures;
import io.github.cdilogin.internal.Messages;
import io.github.cdilogin.internal.config.LoginConfiguration;
import io.github.cdilogin.internal.crossorigin.CrossOriginProtection;
import io.github.cdilogin.internal.guard.FreshLoginRequiredInterceptor;
import io.github.cdilogin.internal.guard.Guard;
import io.github.cdilogin.internal.guard.GuardBindings;
import io.github.cdilogin.internal.guard.GuardInterceptorBean;
import io.github.cdilogin.internal.guard.LoginRequiredInterceptor;
import io.github.cdilogin.internal.injection.CurrentUserInjections;
import io.github.cdilogin.internal.injection.Untracked;
import io.github.cdilogin.internal.injection.UntrackedContext;
import io.github.cdilogin.internal.login.CurrentHttpRequest;
import io.github.cdilogin.internal.login.CurrentLoginFactory;
import io.github.cdilogin.internal.login.CurrentUserBeans;
import io.github.cdilogin.internal.remember.RememberMe;
import io.github.cdilogin.internal.session.SessionAttributes;
import io.github.cdilogin.spi.NeedsRefreshHandler;
import io.github.cdilogin.spi.RememberTokenStore;
import io.github.cdilogin.spi.RequestLoader;
import io.github.cdilogin.spi.UnauthorizedHandler;
import io.github.cdilogin.spi.UserLoader;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessBean;
import jakarta.enterprise.inject.spi.ProcessInjectionTarget;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.enterprise.inject.spi.ProcessObserverMethod;
import jakarta.enterprise.inject.spi.ProcessSessionBean;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The portable extension: registers the library's beans, learns the application's user type from
 * its {@code UserLoader}, adds {@code @CurrentUser} for that type, and fails the deployment, with
 * the fix in the message, when the application is not set up right.
 */
public class LoginExtension implements Extension {

    private static final Logger LOG = Logger.getLogger(LoginExtension.class.getName());

    /** The library jar has no beans.xml (it carries an extension), so its beans are registered here. */
    private static final List<Class<?>> BEANS = List.of(
            LoginConfiguration.class, CurrentHttpRequest.class, SessionAttributes.class, ApplicationBeans.class,
            RememberMe.class, LoginMessagesBean.class,
            CurrentUserBeans.class, LoginEvents.class, Guard.class, CrossOriginProtection.class);
    private static final List<Class<?>> GUARD_INTERCEPTORS = List.of(LoginRequiredInterceptor.class,
            FreshLoginRequiredInterceptor.class);

    private static final String OWN_PACKAGE = "io.github.cdilogin.internal.";
    private static final Set<Class<?>> SPI_TYPES = Set.of(UserLoader.class, RequestLoader.class,
            RememberTokenStore.class, UnauthorizedHandler.class, NeedsRefreshHandler.class);

    // Synchronized: Weld may fire ProcessAnnotatedType on several threads.
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    /** What the application provides, by the SPI type (LoginUser: the {@code @AnonymousUser} bean). */
    private final Map<Class<?>, List<Bean<?>>> applicationBeans = new LinkedHashMap<>();
    private final CurrentUserInjections currentUserInjections = new CurrentUserInjections();
    /** Concrete classes that implement UserLoader, until a bean of them appears: named by CDILOGIN-001. */
    private final Set<Class<?>> userLoaderClasses = new LinkedHashSet<>();
    private final ObservedEvents observedEvents = new ObservedEvents();
    private Type userType = LoginUser.class;
    private final GuardBindings guards = new GuardBindings();

    void registerBeans(@Observes BeforeBeanDiscovery discovery, BeanManager beanManager) {
        for (Class<?> type : BEANS) {
            discovery.addAnnotatedType(beanManager.createAnnotatedType(type), "cdi-login " + type.getName());
        }
        if (isOpenWebBeans(discovery)) {
            for (Class<?> type : GUARD_INTERCEPTORS) {
                discovery.addAnnotatedType(beanManager.createAnnotatedType(type), "cdi-login " + type.getName());
            }
        }
    }

    /**
     * The guard interceptors as beans of the extension, each with one instance for everything it intercepts
     * ({@link GuardInterceptorBean}). Not on OpenWebBeans 2.0 (TomEE 9): it does not enable an interceptor
     * bean an extension adds, so the guards would silently not run; there they are {@code @Interceptor}
     * classes, made with every intercepted instance.
     */
    void addGuardInterceptors(@Observes AfterBeanDiscovery discovery) {
        if (!isOpenWebBeans(discovery)) {
            discovery.addBean(GuardInterceptorBean.loginRequired());
            discovery.addBean(GuardInterceptorBean.freshLoginRequired());
        }
    }

    private static boolean isOpenWebBeans(Object event) {
        return event.getClass().getName().startsWith("org.apache.webbeans.");
    }

    /**
     * Every discovered type, not only those {@code @WithAnnotations} would deliver: a class whose only
     * guard sits on an interface it implements carries no guard annotation of its own.
     */
    void checkGuards(@Observes ProcessAnnotatedType<?> event) {
        List<String> found = guards.process(event);
        if (!found.isEmpty()) {
            problems.addAll(found);
        }
    }

    void collectLoaders(@Observes ProcessBean<?> event) {
        Bean<?> bean = event.getBean();
        if (bean.getBeanClass().getName().startsWith(OWN_PACKAGE)) {
            return;
        }
        for (Type type : bean.getTypes()) {
            Class<?> raw = ObservedEvents.rawType(type);
            if (raw == UserLoader.class) {
                userType = userTypeOf(type);
            }
            if (SPI_TYPES.contains(raw)) {
                applicationBeans.computeIfAbsent(raw, k -> new ArrayList<>()).add(bean);
            }
        }
        if (bean.getQualifiers().stream().anyMatch(q -> q.annotationType() == AnonymousUser.class)
                && bean.getTypes().contains(LoginUser.class)) {
            applicationBeans.computeIfAbsent(LoginUser.class, k -> new ArrayList<>()).add(bean);
        }
        userLoaderClasses.remove(bean.getBeanClass());
        currentUserInjections.addBean(bean, event instanceof ProcessManagedBean<?>,
                event instanceof ProcessSessionBean<?> session ? session.getSessionBeanType() : null);
    }

    /**
     * Sees the classes that implement {@code UserLoader}, so that CDILOGIN-001 can name one that did not
     * become a bean. Only where the container shows them: in a bean archive with bean-discovery-mode
     * "all" (or trimmed), not in an "annotated" one, where the message says what to look for instead.
     */
    void collectUserLoaderClasses(@Observes ProcessAnnotatedType<? extends UserLoader<?>> event) {
        Class<?> type = event.getAnnotatedType().getJavaClass();
        if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers()) && !type.getName().startsWith(OWN_PACKAGE)) {
            userLoaderClasses.add(type);
        }
    }

    /**
     * Checks the objects the container creates and injects: beans (judged with their scope when discovery
     * ends) and, on some servers and at different times, servlets, filters and listeners. One reported
     * after discovery fails at once: the container then refuses to create it.
     */
    void checkInjectionTargets(@Observes ProcessInjectionTarget<?> event) {
        Class<?> type = event.getAnnotatedType().getJavaClass();
        if (type.getName().startsWith(OWN_PACKAGE)) {
            return;
        }
        for (String problem : currentUserInjections.addTarget(type, event.getInjectionTarget().getInjectionPoints())) {
            logOnOpenWebBeans(event, problem);
            event.addDefinitionError(DeploymentFailures.cdi(problem));
        }
    }

    /**
     * OpenWebBeans 2.0 (TomEE 9) fails the deployment with "There are errors that are added by AfterBeanDiscovery
     * event observers. Look at logs for further details" and logs none of them: there the problem, which names
     * the fix, is logged here, once. The other containers show it themselves.
     */
    private static void logOnOpenWebBeans(Object event, String problem) {
        if (isOpenWebBeans(event)) {
            LOG.severe(problem);
        }
    }

    void collectObservers(@Observes ProcessObserverMethod<?, ?> event) {
        observedEvents.add(event.getObserverMethod().getObservedType(), event.getObserverMethod().isAsync());
    }

    void addCurrentUserOfApplicationType(@Observes AfterBeanDiscovery discovery, BeanManager beanManager) {
        if (applicationBean(UserLoader.class) == null && applicationBean(RequestLoader.class) == null) {
            problems.add(Messages.noLoader(List.copyOf(userLoaderClasses)));
        }
        applicationBeans.forEach((type, beans) -> {
            if (beans.size() > 1) {
                problems.add(Messages.twoBeans(type == LoginUser.class ? "@AnonymousUser LoginUser" : type.getSimpleName(),
                        beanClasses(beans)));
            }
        });
        Class<?> userClass = ObservedEvents.rawType(userType);
        problems.addAll(currentUserInjections.problems());
        problems.forEach(problem -> {
            logOnOpenWebBeans(discovery, problem);
            discovery.addDefinitionError(DeploymentFailures.cdi(problem));
        });
        CurrentLoginFactory requestLogins = new CurrentLoginFactory(beanManager);
        discovery.addBean()
                .id("cdi-login LoginManager")
                // The interface, as for the user below: OpenWebBeans proxies the bean class, and CurrentLogin has
                // no constructor without arguments for a proxy to call (TomEE answered every request with a 500)
                .beanClass(LoginManager.class)
                .types(LoginManager.class, Object.class)
                .qualifiers(Default.Literal.INSTANCE, Any.Literal.INSTANCE)
                .scope(RequestScoped.class)
                .createWith(creation -> requestLogins.create());
        discovery.addBean()
                .id("cdi-login @CurrentUser LoginUser")
                // The proxy's class: OpenWebBeans builds the request-scoped proxy from the bean class, so
                // a class that is not a LoginUser gave a proxy no LoginUser field could hold (TomEE).
                .beanClass(LoginUser.class)
                .types(LoginUser.class, Object.class)
                .qualifiers(CurrentUser.Literal.INSTANCE, Any.Literal.INSTANCE)
                .scope(RequestScoped.class)
                .createWith(creation -> requestLogins.currentUser());
        if (problems.isEmpty() && userClass != LoginUser.class) {
            // A value, not a proxy (a record cannot be one); Untracked, not @Dependent, so that an
            // Instance<AppUser> held by a servlet does not keep every request's user.
            discovery.addContext(new UntrackedContext());
            discovery.addBean()
                    .id("cdi-login @CurrentUser " + userType.getTypeName())
                    .beanClass(userClass)
                    .types(userType, Object.class)
                    .qualifiers(CurrentUser.Literal.INSTANCE, Any.Literal.INSTANCE)
                    .scope(Untracked.class)
                    .createWith(creation -> currentUserAs(userClass, requestLogins.currentUser()));
        }
    }

    private static Object currentUserAs(Class<?> userClass, LoginUser user) {
        return userClass.isInstance(user) ? user : null;
    }

    void reportActive(@Observes AfterDeploymentValidation validation) {
        LOG.info(() -> "cdi-login active: user loader " + describe(UserLoader.class) + " (current user type "
                + userType.getTypeName() + "), request loader " + describe(RequestLoader.class) + ", remember-token store "
                + describe(RememberTokenStore.class) + ", " + guards.guardedTypes() + " guarded class(es) seen by CDI");
    }

    /**
     * @param type an SPI type, or {@code LoginUser} for the {@code @AnonymousUser} bean
     * @return the application's bean of that type, or {@code null}
     */
    Bean<?> applicationBean(Class<?> type) {
        List<Bean<?>> beans = applicationBeans.get(type);
        return beans == null || beans.isEmpty() ? null : beans.get(0);
    }

    /** @return which event types the deployment observes */
    ObservedEvents observedEvents() {
        return observedEvents;
    }

    private static Type userTypeOf(Type userLoaderType) {
        if (userLoaderType instanceof ParameterizedType parameterized) {
            Type argument = parameterized.getActualTypeArguments()[0];
            if (argument instanceof Class<?> || argument instanceof ParameterizedType) {
                return argument;
            }
        }
        return LoginUser.class;
    }

    private static String beanClasses(List<Bean<?>> beans) {
        return beans.stream().map(b -> b.getBeanClass().getName()).sorted().collect(Collectors.joining(", "));
    }

    private String describe(Class<?> type) {
        Bean<?> bean = applicationBean(type);
        return bean == null ? (type == RememberTokenStore.class ? "the library's" : "none") : bean.getBeanClass().getName();
    }
}
