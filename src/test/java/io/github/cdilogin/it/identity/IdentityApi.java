package io.github.cdilogin.it.identity;

import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.LoginUser;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** What JAX-RS sees of the user ({@code SecurityContext}), and resources restricted to roles. */
@ApplicationPath("api")
public class IdentityApi extends Application {

    @Path("whoami")
    @RequestScoped
    public static class WhoAmI {
        @Context
        SecurityContext security;

        @Context
        HttpServletRequest request;

        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String whoami() {
            Principal principal = security.getUserPrincipal();
            return "principal=" + (principal == null ? null : principal.getName()) + " remoteUser=" + request.getRemoteUser()
                    + " admin=" + security.isUserInRole("admin") + " scheme=" + security.getAuthenticationScheme();
        }
    }

    /** The JAX-RS side of {@code /agree}: the {@code SecurityContext} next to the {@code @CurrentUser} injection. */
    @Path("agree")
    @RequestScoped
    public static class Agree {
        @Context
        SecurityContext security;

        @Inject
        @CurrentUser
        LoginUser user;

        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String agree() {
            Principal principal = security.getUserPrincipal();
            return "principal=" + (principal == null ? null : principal.getName()) + " currentUser=" + user.getId();
        }
    }

    @Path("admin")
    @RolesAllowed("admin")
    @RequestScoped
    public static class Admin {
        @Inject
        RoleUsers users;

        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String admin() {
            users.adminRan();
            return "admin area";
        }

        @GET
        @Path("open")
        @PermitAll
        @Produces(MediaType.TEXT_PLAIN)
        public String open() {
            return "open to all";
        }

        @GET
        @Path("closed")
        @DenyAll
        @Produces(MediaType.TEXT_PLAIN)
        public String closed() {
            users.adminRan();
            return "closed to all";
        }
    }
}
