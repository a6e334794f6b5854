package io.github.cdilogin.test;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.UnknownHostException;

/**
 * Rebuilds URLs so that test traffic goes to 127.0.0.1 only.
 *
 * <p>Payara Micro (also with --nocluster) reports the machine's outside address as its host, and the
 * Arquillian adapter hands that to {@code @ArquillianResource URL}. Only port and path are kept.
 */
public final class Loopback {

    /** The only host test traffic goes to. */
    public static final String HOST = "127.0.0.1";

    private Loopback() {
    }

    /**
     * @param deploymentUrl the URL the Arquillian adapter gave
     * @return {@code http://127.0.0.1:<port><path>} of it; the path always ends with '/'
     */
    public static URI base(URL deploymentUrl) {
        if (deploymentUrl == null) {
            throw new IllegalArgumentException("no deployment URL (is the @Deployment testable=false and deployed?)");
        }
        int port = deploymentUrl.getPort() != -1 ? deploymentUrl.getPort() : deploymentUrl.getDefaultPort();
        String path = deploymentUrl.getPath() == null || deploymentUrl.getPath().isEmpty() ? "/" : deploymentUrl.getPath();
        if (!path.endsWith("/")) {
            path = path + "/";
        }
        try {
            return new URI(deploymentUrl.getProtocol(), null, HOST, port, path, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot rebuild " + deploymentUrl, e);
        }
    }

    /**
     * @param deploymentUrl the URL the Arquillian adapter gave
     * @param relative a path such as {@code "api/hello?x=1"}
     * @return {@code base(deploymentUrl)} resolved against it
     */
    public static URI resolve(URL deploymentUrl, String relative) {
        String rel = relative.startsWith("/") ? relative.substring(1) : relative;
        return base(deploymentUrl).resolve(rel);
    }

    /**
     * @param port the server's port on 127.0.0.1
     * @param contextRoot the application's context root
     * @return the base URI of an application on a server started by hand
     */
    public static URI base(int port, String contextRoot) {
        String ctx = contextRoot.startsWith("/") ? contextRoot : "/" + contextRoot;
        return URI.create("http://" + HOST + ":" + port + (ctx.endsWith("/") ? ctx : ctx + "/"));
    }

    /**
     * A guard before sending anything.
     *
     * @param uri where a test means to send a request
     * @return the URI, when it names a loopback address
     * @throws IllegalStateException when it does not
     */
    public static URI requireLoopback(URI uri) {
        try {
            if (uri.getHost() == null || !InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                throw new IllegalStateException("refusing non-loopback test traffic to " + uri);
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException("unknown host in " + uri, e);
        }
        return uri;
    }
}
