package io.github.cdilogin.it.guards.jaxrs.app;

import io.github.cdilogin.LoginRequired;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Root resources that reach the unguarded {@link Users} through a sub-resource locator, one for each
 * place a guard can sit above that locator. Every locator counts its own run ({@code <via>.locator})
 * before it returns, and {@link Users#list()} counts {@code <via>.users}.
 */
public final class Directories {

    private Directories() {
    }

    /** The guard on the parent class: {@code GET /api/admin/users}. */
    @Path("admin")
    @LoginRequired
    @RequestScoped
    public static class Admin {
        @Inject
        Ran ran;

        @GET
        @Path("self")
        @Produces(MediaType.TEXT_PLAIN)
        public String self() {
            ran.ran("admin.self");
            return "admin";
        }

        @Path("users")
        public Users users() {
            ran.ran("admin.locator");
            return new Users(ran, "admin");
        }
    }

    /** The guard on the locator method: {@code GET /api/locator/users}. */
    @Path("locator")
    @RequestScoped
    public static class GuardedLocator {
        @Inject
        Ran ran;

        @LoginRequired
        @Path("users")
        public Users users() {
            ran.ran("locator.locator");
            return new Users(ran, "locator");
        }
    }

    /** An API interface whose locator carries the guard (and its JAX-RS annotations). */
    public interface DirectoryApi {
        @LoginRequired
        @Path("users")
        Users users();
    }

    /** The guard on an interface method: {@code GET /api/by-interface-method/users}. */
    @Path("by-interface-method")
    @RequestScoped
    public static class ByInterfaceMethod implements DirectoryApi {
        @Inject
        Ran ran;

        @Override
        public Users users() {
            ran.ran("interface-method.locator");
            return new Users(ran, "interface-method");
        }
    }

    /** An interface guarded as a whole. */
    @LoginRequired
    public interface GuardedDirectory {
        @Path("users")
        Users users();
    }

    /** The guard on the interface type: {@code GET /api/by-interface/users}. */
    @Path("by-interface")
    @RequestScoped
    public static class ByInterface implements GuardedDirectory {
        @Inject
        Ran ran;

        @Override
        public Users users() {
            ran.ran("interface.locator");
            return new Users(ran, "interface");
        }
    }

    /** A superclass whose locator carries the guard; not a bean itself. */
    public static class BaseDirectory {
        @LoginRequired
        @Path("users")
        public Users users() {
            throw new IllegalStateException("overridden");
        }
    }

    /** The guard on an overridden superclass method: {@code GET /api/by-superclass/users}. */
    @Path("by-superclass")
    @RequestScoped
    public static class BySuperclass extends BaseDirectory {
        @Inject
        Ran ran;

        @Override
        public Users users() {
            ran.ran("superclass.locator");
            return new Users(ran, "superclass");
        }
    }

    /** A generic interface whose method carries the guard: the implementation binds {@code K}. */
    public interface Finder<K> {
        @LoginRequired
        Users find(K key);
    }

    /** The guard on a generic interface method: {@code GET /api/by-generic/{key}}. */
    @Path("by-generic")
    @RequestScoped
    public static class ByGeneric implements Finder<String> {
        @Inject
        Ran ran;

        @Override
        @Path("{key}")
        public Users find(@PathParam("key") String key) {
            ran.ran("generic.locator");
            return new Users(ran, "generic");
        }
    }

    /** No guard anywhere: {@code GET /api/open/users} is public, the control of the rows above. */
    @Path("open")
    @RequestScoped
    public static class Open {
        @Inject
        Ran ran;

        @Path("users")
        public Users users() {
            ran.ran("open.locator");
            return new Users(ran, "open");
        }
    }
}
