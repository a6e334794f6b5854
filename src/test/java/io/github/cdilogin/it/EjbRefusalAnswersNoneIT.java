package io.github.cdilogin.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * {@link EjbRefusalAnswers} in the default mode, {@code cdi-login.container-identity=none}: the EJB container
 * knows no cdi-login user and refuses every caller; one with a cdi-login login gets {@code 403}, not the login
 * view it has already passed.
 */
class EjbRefusalAnswersNoneIT extends EjbRefusalAnswers {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return war("ejb-refusals-none", "none");
    }
}
