package io.github.cdilogin;

import static io.github.cdilogin.support.DeploymentFailures.assertContainsAll;
import static io.github.cdilogin.support.DeploymentFailures.assertDeploys;
import static io.github.cdilogin.support.DeploymentFailures.failure;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.cdilogin.spi.RequestLoader;
import io.github.cdilogin.spi.UserLoader;
import io.github.cdilogin.support.AppUser;
import io.github.cdilogin.support.CountingUserLoader;
import io.github.cdilogin.support.TestDeployment;
import io.github.cdilogin.test.TestLoginSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Deployments the extension refuses, each with its message id and the fix. Every test starts its own
 * container from an explicit list of bean classes, so the broken beans below reach no other test.
 */
class DeploymentErrorsTest {

    // The broken (and the fine) applications.

    @ApplicationScoped
    static class SomeService {
        public String hello() {
            return "hello";
        }
    }

    /** Implements UserLoader, but its only constructor takes an argument without @Inject: CDI makes no bean of it. */
    static class ConstructedUserLoader implements UserLoader<AppUser> {
        private final Map<String, AppUser> users;

        ConstructedUserLoader(Map<String, AppUser> users) {
            this.users = users;
        }

        @Override
        public Optional<AppUser> loadUser(String id) {
            return Optional.ofNullable(users.get(id));
        }
    }

    @ApplicationScoped
    static class SecondUserLoader implements UserLoader<AppUser> {
        @Override
        public Optional<AppUser> loadUser(String id) {
            return Optional.empty();
        }
    }

    @Alternative
    @ApplicationScoped
    static class DisabledUserLoader implements UserLoader<AppUser> {
        @Override
        public Optional<AppUser> loadUser(String id) {
            return Optional.empty();
        }
    }

    @ApplicationScoped
    static class TokenLoader implements RequestLoader {
        @Override
        public Optional<AppUser> loadUser(HttpServletRequest request) {
            return Optional.empty();
        }
    }

    @ApplicationScoped
    static class ApiKeyLoader implements RequestLoader {
        @Override
        public Optional<AppUser> loadUser(HttpServletRequest request) {
            return Optional.empty();
        }
    }

    @ApplicationScoped
    static class PrivateGuard {
        @LoginRequired
        private String secret() {
            return "secret";
        }

        public String reveal() {
            return secret();
        }
    }

    @ApplicationScoped
    static class FinalMethodGuard {
        @FreshLoginRequired
        public final String transfer() {
            return "transferred";
        }
    }

    @ApplicationScoped
    static class AsynchronousGuardedReport {
        @LoginRequired
        @jakarta.ejb.Asynchronous
        public Future<String> report() {
            return CompletableFuture.completedFuture("report");
        }
    }

    @ApplicationScoped
    @FreshLoginRequired
    static class GuardedClassWithAConcurrencyAsynchronousMethod {
        public String summary() {
            return "summary";
        }

        @jakarta.enterprise.concurrent.Asynchronous
        public CompletableFuture<String> export() {
            return jakarta.enterprise.concurrent.Asynchronous.Result.complete("export");
        }
    }

    @ApplicationScoped
    @jakarta.ejb.Asynchronous
    static class AsynchronousClassWithAGuardedMethod {
        @LoginRequired
        public Future<String> report() {
            return CompletableFuture.completedFuture("report");
        }
    }

    @jakarta.ejb.Asynchronous
    abstract static class AsynchronousReports {
        public Future<String> report() {
            return CompletableFuture.completedFuture("report");
        }
    }

    /** Its override is declared by a class without {@code @Asynchronous}: a synchronous method. */
    @ApplicationScoped
    static class SynchronousGuardedOverride extends AsynchronousReports {
        @LoginRequired
        @Override
        public Future<String> report() {
            return CompletableFuture.completedFuture("guarded report");
        }
    }

    abstract static class GuardedStart {
        @LoginRequired
        public String start() {
            return "started";
        }
    }

    /** The class-level {@code @Asynchronous} covers what this class declares, not the inherited {@code start}. */
    @ApplicationScoped
    @jakarta.ejb.Asynchronous
    static class AsynchronousClassInheritingAGuardedMethod extends GuardedStart {
        public Future<String> work(String userId) {
            return CompletableFuture.completedFuture(userId);
        }
    }

    @ApplicationScoped
    static class GuardedMethodBesideAnUnguardedAsynchronousOne {
        @LoginRequired
        public String start() {
            return "started";
        }

        @jakarta.ejb.Asynchronous
        public Future<String> work(String userId) {
            return CompletableFuture.completedFuture(userId);
        }
    }

    @ApplicationScoped
    static class StaticMethodGuard {
        @LoginRequired
        public static String report() {
            return "report";
        }
    }

    @LoginRequired
    static final class FinalGuardedClass {
        public String payroll() {
            return "payroll";
        }
    }

    @LoginRequired
    record GuardedReceipt(String id) {
    }

    @LoginRequired
    static final class FinalGuardedServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
    }

    @Path("/me")
    @LoginRequired
    public static final class FinalGuardedResource {
        @GET
        public String me() {
            return "me";
        }
    }

    interface GuardedMethodApi {
        @LoginRequired
        String users();
    }

    @LoginRequired
    interface GuardedApi {
        String users();
    }

    static class FinalImplementationOfAGuardedMethod implements GuardedMethodApi {
        @Override
        public final String users() {
            return "users";
        }
    }

    static final class FinalImplementationOfAGuardedInterface implements GuardedApi {
        @Override
        public String users() {
            return "users";
        }
    }

    @LoginRequired
    static class GuardedServletFilter implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) {
        }
    }

    @Provider
    static class ProviderWithAGuardedMethod implements ContainerRequestFilter {
        @Override
        @LoginRequired
        public void filter(ContainerRequestContext request) {
        }
    }

    @ApplicationScoped
    static class LongLivedAppUser {
        @Inject
        @CurrentUser
        AppUser user;
    }

    @ApplicationScoped
    static class LongLivedAppUserInstance {
        @Inject
        @CurrentUser
        Instance<AppUser> user;

        @Inject
        @CurrentUser
        LoginUser current;
    }

    // The tests.

    @Test
    void noUserLoaderAndNoRequestLoaderFailsWithCdiLogin001() {
        String failure = failure(TestDeployment.bare(TestLoginSession.class, SomeService.class), "CDILOGIN-001");

        assertContainsAll(failure, "io.github.cdilogin.spi.UserLoader",
                "io.github.cdilogin.spi.RequestLoader", "implements UserLoader<AppUser>");
    }

    @Test
    void aUserLoaderClassThatIsNotABeanIsNamedInCdiLogin001() {
        String failure = failure(TestDeployment.bare(TestLoginSession.class, ConstructedUserLoader.class),
                "CDILOGIN-001");

        assertContainsAll(failure, ConstructedUserLoader.class.getName() + " implements UserLoader but is not a bean",
                "@ApplicationScoped");
    }

    @Test
    void withoutAUserLoaderClassCdiLogin001SaysWhatMakesAClassABean() {
        String failure = failure(TestDeployment.bare(TestLoginSession.class, SomeService.class), "CDILOGIN-001");

        assertContainsAll(failure, "bean-defining annotation such as @ApplicationScoped", "bean-discovery-mode 'annotated'");
    }

    @Test
    void aRequestLoaderAloneIsEnough() {
        assertDeploys(TestDeployment.bare(TestLoginSession.class, TokenLoader.class));
    }

    @Test
    void twoUserLoadersFailWithCdiLogin002NamingBoth() {
        String failure = failure(TestDeployment.weld(SecondUserLoader.class), "CDILOGIN-002");

        assertContainsAll(failure, "more than one UserLoader bean",
                CountingUserLoader.class.getName(), SecondUserLoader.class.getName(),
                "Exactly one may be enabled", "@Alternative");
    }

    @Test
    void twoRequestLoadersFailWithCdiLogin002NamingBoth() {
        String failure = failure(TestDeployment.weld(TokenLoader.class, ApiKeyLoader.class), "CDILOGIN-002");

        assertContainsAll(failure, "more than one RequestLoader bean",
                TokenLoader.class.getName(), ApiKeyLoader.class.getName());
    }

    @Test
    void aSecondUserLoaderLeftAsADisabledAlternativeDeploys() {
        assertDeploys(TestDeployment.weld(DisabledUserLoader.class));
    }

    @Test
    void loginRequiredOnAPrivateMethodFailsWithCdiLogin003() {
        String failure = failure(TestDeployment.weld(PrivateGuard.class), "CDILOGIN-003");

        assertContainsAll(failure, PrivateGuard.class.getName() + "#secret is private",
                "Make the method public (or protected)");
    }

    @Test
    void freshLoginRequiredOnAFinalMethodFailsWithCdiLogin003() {
        String failure = failure(TestDeployment.weld(FinalMethodGuard.class), "CDILOGIN-003");

        assertContainsAll(failure, FinalMethodGuard.class.getName() + "#transfer is final",
                "not static or final");
    }

    @Test
    void loginRequiredOnAStaticMethodFailsWithCdiLogin003() {
        String failure = failure(TestDeployment.weld(StaticMethodGuard.class), "CDILOGIN-003");

        assertContainsAll(failure, StaticMethodGuard.class.getName() + "#report is static");
    }

    @Test
    void loginRequiredOnAnAsynchronousEjbMethodFailsWithCdiLogin041() {
        String failure = failure(TestDeployment.weld(AsynchronousGuardedReport.class), "CDILOGIN-041");

        assertContainsAll(failure, AsynchronousGuardedReport.class.getName() + "#report is @Asynchronous",
                "nobody is logged in", "Guard the method or resource that calls it", "pass what the work needs");
    }

    @Test
    void aClassLevelGuardOverAJakartaConcurrencyAsynchronousMethodFailsWithCdiLogin041() {
        String failure = failure(TestDeployment.weld(GuardedClassWithAConcurrencyAsynchronousMethod.class), "CDILOGIN-041");

        assertContainsAll(failure, GuardedClassWithAConcurrencyAsynchronousMethod.class.getName() + "#export",
                "move a class-level guard to the class's other methods");
        assertFalse(failure.contains("#summary"), "the synchronous method is not reported: " + failure);
    }

    @Test
    void aGuardedMethodOfAnAsynchronousEjbClassFailsWithCdiLogin041() {
        String failure = failure(TestDeployment.weld(AsynchronousClassWithAGuardedMethod.class), "CDILOGIN-041");

        assertContainsAll(failure, AsynchronousClassWithAGuardedMethod.class.getName() + "#report is @Asynchronous");
    }

    @Test
    void aGuardedSynchronousOverrideOfAnAsynchronousClassesMethodDeploys() {
        assertDeploys(TestDeployment.weld(SynchronousGuardedOverride.class));
    }

    @Test
    void aGuardedMethodInheritedByAnAsynchronousClassDeploys() {
        assertDeploys(TestDeployment.weld(AsynchronousClassInheritingAGuardedMethod.class));
    }

    @Test
    void anUnguardedAsynchronousMethodBesideAGuardedOneDeploys() {
        assertDeploys(TestDeployment.weld(GuardedMethodBesideAnUnguardedAsynchronousOne.class));
    }

    @Test
    void loginRequiredOnAFinalClassFailsWithCdiLogin004() {
        String failure = failure(TestDeployment.weld(FinalGuardedClass.class), "CDILOGIN-004");

        assertContainsAll(failure, FinalGuardedClass.class.getName() + " is final",
                "Remove 'final'");
    }

    @Test
    void loginRequiredOnARecordFailsWithCdiLogin004SayingToUseAClass() {
        String failure = failure(TestDeployment.weld(GuardedReceipt.class), "CDILOGIN-004");

        assertContainsAll(failure, GuardedReceipt.class.getName() + " is final", "a record cannot be guarded: use a class");
    }

    @Test
    void aFinalServletWithLoginRequiredIsLeftToTheServletGuard() {
        assertDeploys(TestDeployment.weld(FinalGuardedServlet.class));
    }

    @Test
    void aFinalJaxRsResourceWithLoginRequiredIsLeftToTheJaxRsGuard() {
        assertDeploys(TestDeployment.weld(FinalGuardedResource.class));
    }

    @Test
    void finalMethodImplementingAGuardedInterfaceMethodFailsWithCdiLogin003() {
        String failure = failure(TestDeployment.weld(FinalImplementationOfAGuardedMethod.class), "CDILOGIN-003");

        assertContainsAll(failure, FinalImplementationOfAGuardedMethod.class.getName() + "#users is final",
                "a method it overrides or implements", "Remove 'final' from the method");
    }

    @Test
    void finalClassImplementingAGuardedInterfaceFailsWithCdiLogin004() {
        String failure = failure(TestDeployment.weld(FinalImplementationOfAGuardedInterface.class),
                "CDILOGIN-004");

        assertContainsAll(failure, FinalImplementationOfAGuardedInterface.class.getName() + " is final",
                "Remove 'final'");
    }

    @Test
    void loginRequiredOnAServletFilterFailsWithCdiLogin006() {
        String failure = failure(TestDeployment.weld(GuardedServletFilter.class), "CDILOGIN-006");

        assertContainsAll(failure, GuardedServletFilter.class.getName() + " is a servlet filter",
                "Move the annotation to the servlet, resource class or resource method", "cdi-login.login-required-paths");
    }

    @Test
    void loginRequiredOnAJaxRsProviderFailsWithCdiLogin006() {
        String failure = failure(TestDeployment.weld(ProviderWithAGuardedMethod.class), "CDILOGIN-006");

        assertContainsAll(failure, ProviderWithAGuardedMethod.class.getName() + " is a JAX-RS provider",
                "not JAX-RS providers");
    }

    @Test
    void applicationTypeCurrentUserInAnApplicationScopedBeanFailsWithCdiLogin005() {
        String failure = failure(TestDeployment.weld(LongLivedAppUser.class), "CDILOGIN-005");

        assertContainsAll(failure, LongLivedAppUser.class.getName() + " is @ApplicationScoped",
                "injects @CurrentUser AppUser at field 'user'", "'@CurrentUser LoginUser'",
                "'@CurrentUser Instance<AppUser>'", "loginManager.currentUser(AppUser.class)", "@RequestScoped");
    }

    @Test
    void applicationTypeInstanceAndLoginUserProxyInAnApplicationScopedBeanDeploy() {
        assertDeploys(TestDeployment.weld(LongLivedAppUserInstance.class));
    }

    @Test
    void everyProblemIsReportedInTheSameFailure() {
        String failure = failure(TestDeployment.bare(TestLoginSession.class, PrivateGuard.class,
                FinalGuardedClass.class), "CDILOGIN-001", "CDILOGIN-003", "CDILOGIN-004");

        assertContainsAll(failure, PrivateGuard.class.getName() + "#secret", FinalGuardedClass.class.getName());
    }
}
