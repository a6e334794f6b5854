package io.github.cdilogin.it.guards.web.app;

import io.github.cdilogin.LoginRequired;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The backing beans of the Faces pages. */
public final class FacesBeans {

    private FacesBeans() {
    }

    /** Backs {@code /admin/orders.xhtml}, guarded by its path only. */
    @Named("ordersPage")
    @RequestScoped
    public static class OrdersPage {
        @Inject
        Hits hits;

        public String getOrders() {
            hits.hit("orders-page");
            return "ORDERS-SECRET";
        }
    }

    /** Backs {@code /account.xhtml}, a page under no guarded path: the bean is guarded. */
    @Named("accountBean")
    @RequestScoped
    @LoginRequired
    public static class AccountBean {
        @Inject
        Hits hits;

        public String getBalance() {
            hits.hit("account-bean");
            return "BALANCE-SECRET";
        }
    }
}
