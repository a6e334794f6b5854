package io.github.cdilogin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cdilogin.it.app.ItUser;
import io.github.cdilogin.it.support.Deployments;
import io.github.cdilogin.it.support.PayaraDeploymentGuard;
import io.github.cdilogin.test.HttpBrowser;
import io.github.cdilogin.test.HttpBrowser.Response;
import io.github.cdilogin.test.Loopback;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A request with more than one {@code next} is ambiguous (HTTP parameter pollution: a proxy or firewall
 * may have checked the other value), so {@code LoginManager.next()} offers none of them.
 */
@ExtendWith({PayaraDeploymentGuard.class, ArquillianExtension.class})
class AmbiguousNextIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("ambiguous-next", Map.of(), ItUser.class.getPackage());
    }

    @ArquillianResource
    URL deployed;

    @Test
    void twoNextValuesOfferNeitherEvenWhenTheFirstIsSafe() {
        HttpBrowser browser = new HttpBrowser(Loopback.base(deployed));
        Response one = browser.get("next?next=%2Fambiguous-next%2Fprofile");
        assertEquals("next=/ambiguous-next/profile", one.body(), "one safe next is offered: " + one);

        Response two = browser.get("next?next=%2Fambiguous-next%2Fprofile&next=%2F%2Fevil.example");
        assertEquals("next=none", two.body(), "two next values: " + two);
        Response same = browser.get("next?next=%2Fambiguous-next%2Fprofile&next=%2Fambiguous-next%2Fprofile");
        assertEquals("next=none", same.body(), "the same next twice: " + same);
    }
}
