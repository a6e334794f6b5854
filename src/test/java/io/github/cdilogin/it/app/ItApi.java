package io.github.cdilogin.it.app;

import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.FreshLoginRequired;
import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginRequired;
import io.github.cdilogin.LoginUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The test application's JAX-RS resources, under {@code /api}. */
@ApplicationPath("api")
public class ItApi extends Application {

    @Path("me")
    @LoginRequired
    @RequestScoped
    public static class MeResource {
        @Inject
        @CurrentUser
        ItUser user;

        @Inject
        LoginManager loginManager;

        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String me() {
            return user.username() + " " + user.name() + " fresh=" + loginManager.isFresh() + " source="
                    + loginManager.source() + " remembered=" + loginManager.isRemembered();
        }

        @OPTIONS
        public Response options() {
            return Response.ok("options").header("Allow", "GET, HEAD, OPTIONS").build();
        }
    }

    @Path("fresh")
    @RequestScoped
    public static class FreshResource {
        @GET
        @FreshLoginRequired
        @Produces(MediaType.TEXT_PLAIN)
        public String fresh() {
            return "fresh";
        }
    }

    /** Public: never touches the user. */
    @Path("public")
    @RequestScoped
    public static class PublicResource {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String hello() {
            return "public";
        }
    }

    /** Public, but reads the user three times through three ways. */
    @Path("thrice")
    @RequestScoped
    public static class ThriceResource {
        @Inject
        @CurrentUser
        LoginUser user;

        @Inject
        LoginManager loginManager;

        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String thrice() {
            return user.getId() + " " + loginManager.currentUser().getId() + " " + user.isAuthenticated();
        }
    }

    @Path("report")
    @RequestScoped
    public static class ReportResource {
        @Inject
        Reports reports;

        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String report() {
            return reports.monthly();
        }
    }

    /** Logs a user in from an API client: the JAX-RS side of a state change. */
    @Path("session")
    @RequestScoped
    public static class SessionResource {
        @Inject
        LoginManager loginManager;

        @Inject
        ItUsers users;

        @POST
        @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
        @Produces(MediaType.TEXT_PLAIN)
        public String logIn(@FormParam("username") String username) {
            loginManager.login(users.find(username).orElseThrow(jakarta.ws.rs.NotFoundException::new));
            return "logged in " + username;
        }
    }

    /** What the tests read about the application: loader calls, events, posts to the public form. */
    @Path("probe")
    @RequestScoped
    public static class ProbeResource {
        @Inject
        ItUsers users;

        @Inject
        EventLog events;

        @Inject
        Reports reports;

        @GET
        @Path("report-runs")
        @Produces(MediaType.TEXT_PLAIN)
        public String reportRuns() {
            return Integer.toString(reports.runs());
        }

        @GET
        @Path("loads")
        @Produces(MediaType.TEXT_PLAIN)
        public String loads() {
            return Integer.toString(users.loads());
        }

        @Inject
        FormPosts formPosts;

        @GET
        @Path("form-posts")
        @Produces(MediaType.TEXT_PLAIN)
        public String formPosts() {
            return Integer.toString(formPosts.count());
        }

        @GET
        @Path("events")
        @Produces(MediaType.TEXT_PLAIN)
        public String events() {
            return String.join("\n", events.lines());
        }
    }
}
