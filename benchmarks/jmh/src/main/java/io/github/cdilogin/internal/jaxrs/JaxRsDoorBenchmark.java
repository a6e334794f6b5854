package io.github.cdilogin.internal.jaxrs;

import io.github.cdilogin.internal.cdi.LazyBean;
import io.github.cdilogin.internal.config.LoginConfiguration;
import io.github.cdilogin.internal.guard.Guard;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the JAX-RS door costs a request that needs no login: {@link #publicRootMethod} is the filter of
 * a public resource method reached directly (every resource method has one, since any class may also
 * be reached through a guarded locator), {@link #publicSubResourceChain} the same reached through a
 * public locator, once the chain's decision is cached. The matched resources are handed over as
 * Jersey does, a new unmodifiable view of a {@code LinkedList} per call. Neither reaches the guard.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JaxRsDoorBenchmark {

    @Path("public")
    public static class PublicResource {
        @GET
        public String hello() {
            return "hello";
        }

        @Path("items")
        public Items items() {
            return new Items();
        }
    }

    public static class Items {
        @GET
        public String list() {
            return "items";
        }
    }

    private JaxRsGuardFilter rootFilter;
    private JaxRsGuardFilter itemsFilter;
    private final FakeRequest root = new FakeRequest(new PublicResource());
    private final FakeRequest chain = new FakeRequest(new Items(), new PublicResource());

    @Setup(Level.Trial)
    public void setUp() throws NoSuchMethodException {
        // The beans are looked up only for a guarded request; none is here, so none is needed.
        LazyBean<Guard> guard = new LazyBean<>(Guard.class);
        LazyBean<LoginConfiguration> configuration = new LazyBean<>(LoginConfiguration.class);
        rootFilter = new JaxRsGuardFilter(PublicResource.class, PublicResource.class.getMethod("hello"), guard, configuration);
        itemsFilter = new JaxRsGuardFilter(Items.class, Items.class.getMethod("list"), guard, configuration);
        itemsFilter.filter(chain);
        if (SubResourceLocators.requirement(Items.class, Items.class.getMethod("list"),
                new Class<?>[] {Items.class, PublicResource.class}) != null) {
            throw new IllegalStateException("the chain should be public");
        }
    }

    /** What any filter that reads the matched resources pays: the baseline of the two below. */
    @Benchmark
    public int matchedResourcesOnly() {
        return root.getUriInfo().getMatchedResources().size();
    }

    @Benchmark
    public FakeRequest publicRootMethod() {
        rootFilter.filter(root);
        return root;
    }

    @Benchmark
    public FakeRequest publicSubResourceChain() {
        itemsFilter.filter(chain);
        return chain;
    }

    /** Just what the filter reads: the matched resources. Anything else throws. */
    public static final class FakeRequest implements ContainerRequestContext {
        final FakeUriInfo uriInfo;

        FakeRequest(Object... matched) {
            uriInfo = new FakeUriInfo(new LinkedList<>(List.of(matched)));
        }

        @Override public UriInfo getUriInfo() { return uriInfo; }
        @Override public Object getProperty(String name) { throw new UnsupportedOperationException(); }
        @Override public Collection<String> getPropertyNames() { throw new UnsupportedOperationException(); }
        @Override public void setProperty(String name, Object object) { throw new UnsupportedOperationException(); }
        @Override public void removeProperty(String name) { throw new UnsupportedOperationException(); }
        @Override public void setRequestUri(URI requestUri) { throw new UnsupportedOperationException(); }
        @Override public void setRequestUri(URI baseUri, URI requestUri) { throw new UnsupportedOperationException(); }
        @Override public Request getRequest() { throw new UnsupportedOperationException(); }
        @Override public String getMethod() { return "GET"; }
        @Override public void setMethod(String method) { throw new UnsupportedOperationException(); }
        @Override public MultivaluedMap<String, String> getHeaders() { throw new UnsupportedOperationException(); }
        @Override public String getHeaderString(String name) { throw new UnsupportedOperationException(); }
        @Override public Date getDate() { throw new UnsupportedOperationException(); }
        @Override public Locale getLanguage() { throw new UnsupportedOperationException(); }
        @Override public int getLength() { throw new UnsupportedOperationException(); }
        @Override public MediaType getMediaType() { throw new UnsupportedOperationException(); }
        @Override public List<MediaType> getAcceptableMediaTypes() { throw new UnsupportedOperationException(); }
        @Override public List<Locale> getAcceptableLanguages() { throw new UnsupportedOperationException(); }
        @Override public Map<String, Cookie> getCookies() { throw new UnsupportedOperationException(); }
        @Override public boolean hasEntity() { throw new UnsupportedOperationException(); }
        @Override public InputStream getEntityStream() { throw new UnsupportedOperationException(); }
        @Override public void setEntityStream(InputStream input) { throw new UnsupportedOperationException(); }
        @Override public SecurityContext getSecurityContext() { throw new UnsupportedOperationException(); }
        @Override public void setSecurityContext(SecurityContext context) { throw new UnsupportedOperationException(); }
        @Override public void abortWith(Response response) { throw new IllegalStateException("a public request was refused"); }
    }

    /** Jersey's {@code getMatchedResources()}: a new unmodifiable view of its list at each call. */
    static final class FakeUriInfo implements UriInfo {
        private final LinkedList<Object> matched;

        FakeUriInfo(LinkedList<Object> matched) {
            this.matched = matched;
        }

        @Override public List<Object> getMatchedResources() { return Collections.unmodifiableList(matched); }
        @Override public String getPath() { throw new UnsupportedOperationException(); }
        @Override public String getPath(boolean decode) { throw new UnsupportedOperationException(); }
        @Override public List<PathSegment> getPathSegments() { throw new UnsupportedOperationException(); }
        @Override public List<PathSegment> getPathSegments(boolean decode) { throw new UnsupportedOperationException(); }
        @Override public URI getRequestUri() { throw new UnsupportedOperationException(); }
        @Override public UriBuilder getRequestUriBuilder() { throw new UnsupportedOperationException(); }
        @Override public URI getAbsolutePath() { throw new UnsupportedOperationException(); }
        @Override public UriBuilder getAbsolutePathBuilder() { throw new UnsupportedOperationException(); }
        @Override public URI getBaseUri() { throw new UnsupportedOperationException(); }
        @Override public UriBuilder getBaseUriBuilder() { throw new UnsupportedOperationException(); }
        @Override public MultivaluedMap<String, String> getPathParameters() { throw new UnsupportedOperationException(); }
        @Override public MultivaluedMap<String, String> getPathParameters(boolean decode) { throw new UnsupportedOperationException(); }
        @Override public MultivaluedMap<String, String> getQueryParameters() { throw new UnsupportedOperationException(); }
        @Override public MultivaluedMap<String, String> getQueryParameters(boolean decode) { throw new UnsupportedOperationException(); }
        @Override public List<String> getMatchedURIs() { throw new UnsupportedOperationException(); }
        @Override public List<String> getMatchedURIs(boolean decode) { throw new UnsupportedOperationException(); }
        @Override public URI resolve(URI uri) { throw new UnsupportedOperationException(); }
        @Override public URI relativize(URI uri) { throw new UnsupportedOperationException(); }
    }
}
