package io.github.cdilogin.internal;

import io.github.cdilogin.AnonymousUser;
import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.FreshLoginRequired;
import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginRequired;
import io.github.cdilogin.LoginUser;
import io.github.cdilogin.internal.config.LoginConfiguration;
import io.github.cdilogin.spi.RequestLoader;
import io.github.cdilogin.spi.UserLoader;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessBean;
import jakarta.enterprise.inject.spi.ProcessObserverMethod;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.interceptor.Interceptor;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
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
            LoginConfiguration.class, CurrentHttpRequest.class, LoginSession.class, Loaders.class,
            RequestLogin.class, CurrentUserProducer.class, LoginEvents.class, Guard.class,
            LoginRequiredInterceptor.class, FreshLoginRequiredInterceptor.class);

    private final List<String> problems = new ArrayList<>();
    private final List<Bean<?>> userLoaders = new ArrayList<>();
    private final List<Bean<?>> requestLoaders = new ArrayList<>();
    private final List<Bean<?>> anonymousUsers = new ArrayList<>();
    private final List<InjectionPoint> currentUserInjections = new ArrayList<>();
    private final ObservedEvents observedEvents = new ObservedEvents();
    private Type userType = LoginUser.class;
    private int guardedTypes;

    void registerBeans(@Observes BeforeBeanDiscovery discovery, BeanManager beanManager) {
        for (Class<?> type : BEANS) {
            discovery.addAnnotatedType(beanManager.createAnnotatedType(type), "cdi-login " + type.getName());
        }
    }

    void checkGuards(@Observes @WithAnnotations({LoginRequired.class, FreshLoginRequired.class})
                     ProcessAnnotatedType<?> event) {
        AnnotatedType<?> type = event.getAnnotatedType();
        Class<?> javaClass = type.getJavaClass();
        if (type.isAnnotationPresent(Interceptor.class)) {
            return;
        }
        guardedTypes++;
        for (AnnotatedMethod<?> method : type.getMethods()) {
            if (!isGuarded(method)) {
                continue;
            }
            int modifiers = method.getJavaMember().getModifiers();
            String kind = Modifier.isPrivate(modifiers) ? "private" : Modifier.isStatic(modifiers) ? "static"
                    : Modifier.isFinal(modifiers) ? "final" : null;
            if (kind != null) {
                problems.add(Messages.unreachableMethod(javaClass, method.getJavaMember().getName(), kind));
            }
        }
        if (isWebComponent(javaClass)) {
            // The servlet filter and the JAX-RS filter guard these, per request and knowing the HTTP
            // method; an interceptor as well would guard twice, and cannot proxy a final class.
            event.configureAnnotatedType()
                    .remove(LoginExtension::isGuardAnnotation)
                    .methods().forEach(method -> method.remove(LoginExtension::isGuardAnnotation));
        } else if (Modifier.isFinal(javaClass.getModifiers())) {
            problems.add(Messages.finalClass(javaClass));
        }
    }

    void collectLoaders(@Observes ProcessBean<?> event) {
        Bean<?> bean = event.getBean();
        for (Type type : bean.getTypes()) {
            if (type == RequestLoader.class) {
                requestLoaders.add(bean);
            } else if (ObservedEvents.rawType(type) == UserLoader.class) {
                userLoaders.add(bean);
                userType = userTypeOf(type);
            }
        }
        if (bean.getQualifiers().stream().anyMatch(q -> q.annotationType() == AnonymousUser.class)
                && bean.getTypes().contains(LoginUser.class)) {
            anonymousUsers.add(bean);
        }
        for (InjectionPoint injection : bean.getInjectionPoints()) {
            if (injection.getQualifiers().stream().anyMatch(q -> q.annotationType() == CurrentUser.class)) {
                currentUserInjections.add(injection);
            }
        }
    }

    void collectObservers(@Observes ProcessObserverMethod<?, ?> event) {
        observedEvents.add(event.getObserverMethod().getObservedType(), event.getObserverMethod().isAsync());
    }

    void addCurrentUserOfApplicationType(@Observes AfterBeanDiscovery discovery) {
        if (userLoaders.isEmpty() && requestLoaders.isEmpty()) {
            problems.add(Messages.NO_LOADER);
        }
        if (userLoaders.size() > 1) {
            problems.add(Messages.twoLoaders("UserLoader", beanClasses(userLoaders)));
        }
        if (requestLoaders.size() > 1) {
            problems.add(Messages.twoLoaders("RequestLoader", beanClasses(requestLoaders)));
        }
        if (anonymousUsers.size() > 1) {
            problems.add(Messages.twoLoaders("@AnonymousUser LoginUser", beanClasses(anonymousUsers)));
        }
        Class<?> userClass = ObservedEvents.rawType(userType);
        for (InjectionPoint injection : currentUserInjections) {
            Bean<?> bean = injection.getBean();
            if (bean != null && ObservedEvents.rawType(injection.getType()) == userClass && userClass != LoginUser.class
                    && bean.getScope() != Dependent.class && bean.getScope() != RequestScoped.class) {
                problems.add(Messages.longLivedCurrentUser(bean, injection, userClass));
            }
        }
        problems.forEach(problem -> discovery.addDefinitionError(new DeploymentException(problem)));
        if (problems.isEmpty() && userClass != LoginUser.class) {
            discovery.addBean()
                    .id("cdi-login @CurrentUser " + userType.getTypeName())
                    .beanClass(userClass)
                    .types(userType, Object.class)
                    .qualifiers(CurrentUser.Literal.INSTANCE, Any.Literal.INSTANCE)
                    .scope(Dependent.class)
                    .produceWith(lookup -> currentUserAs(userClass, lookup));
        }
    }

    private static Object currentUserAs(Class<?> userClass, Instance<Object> lookup) {
        LoginUser user = lookup.select(LoginManager.class).get().currentUser();
        return userClass.isInstance(user) ? user : null;
    }

    void reportActive(@Observes AfterDeploymentValidation validation) {
        LOG.info(() -> "cdi-login active: user loader " + describe(userLoaders) + " (current user type "
                + userType.getTypeName() + "), request loader " + describe(requestLoaders) + ", "
                + guardedTypes + " guarded class(es) seen by CDI");
    }

    /** @return the application's user loader bean, or {@code null} */
    Bean<?> userLoader() {
        return userLoaders.isEmpty() ? null : userLoaders.get(0);
    }

    /** @return the application's request loader bean, or {@code null} */
    Bean<?> requestLoader() {
        return requestLoaders.isEmpty() ? null : requestLoaders.get(0);
    }

    /** @return the application's anonymous user bean, or {@code null} */
    Bean<?> anonymousUser() {
        return anonymousUsers.isEmpty() ? null : anonymousUsers.get(0);
    }

    /** @return which event types the deployment observes */
    ObservedEvents observedEvents() {
        return observedEvents;
    }

    private static boolean isGuardAnnotation(java.lang.annotation.Annotation annotation) {
        return annotation.annotationType() == LoginRequired.class || annotation.annotationType() == FreshLoginRequired.class;
    }

    private static boolean isGuarded(AnnotatedMethod<?> method) {
        return method.isAnnotationPresent(LoginRequired.class) || method.isAnnotationPresent(FreshLoginRequired.class);
    }

    // Servlets and JAX-RS resources are guarded by the web filters, which do not need a proxy.
    private static boolean isWebComponent(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.getName().equals("jakarta.servlet.GenericServlet")) {
                return true;
            }
        }
        return List.of(type.getAnnotations()).stream().anyMatch(a -> a.annotationType().getName().equals("jakarta.ws.rs.Path"));
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

    private static String describe(List<Bean<?>> beans) {
        return beans.isEmpty() ? "none" : beanClasses(beans);
    }
}
