package io.github.cdilogin;

/**
 * A request sent by a page on another site was refused ({@link CrossSiteRequestException}), before
 * it changed anything. Flask-Login has no counterpart (Flask-WTF's CSRF errors are exceptions only).
 * The library logs these at {@code FINE} only, as any page on the web can cause them; observe this
 * event to count or log them in the application's own way:
 * <pre>{@code
 * void onCrossSite(@Observes CrossSiteRequestRefusedEvent event) { metrics.increment("cross-site-refused"); }
 * }</pre>
 *
 * <p>{@code origin} and {@code fetchSite} are what the client sent: escape them before writing them anywhere.
 *
 * @param method the request's method, such as {@code POST}
 * @param path the request's path (without its query)
 * @param fetchSite the {@code Sec-Fetch-Site} header, or {@code null} when the request had none
 * @param origin the {@code Origin} header, or {@code null} when the request had none
 */
public record CrossSiteRequestRefusedEvent(String method, String path, String fetchSite, String origin) {
}
