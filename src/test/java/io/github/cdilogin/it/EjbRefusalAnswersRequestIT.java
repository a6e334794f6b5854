package io.github.cdilogin.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * {@link EjbRefusalAnswers} with {@code cdi-login.container-identity=request}: the request shows the user, but
 * the EJB container does not know it and refuses every caller; one the request shows gets {@code 403}.
 */
class EjbRefusalAnswersRequestIT extends EjbRefusalAnswers {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return war("ejb-refusals-request", "request");
    }
}
