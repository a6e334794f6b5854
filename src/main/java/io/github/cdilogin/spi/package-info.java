/**
 * What an application implements for cdi-login: each type here is a Flask-Login callback, written as a
 * CDI bean that the library finds by its type. Only the first (or the second) is needed.
 *
 * <ul>
 *   <li>{@link io.github.cdilogin.spi.UserLoader}: finds a user by the id kept in the session
 *       ({@code @user_loader}); always, unless all users come from a {@code RequestLoader}.</li>
 *   <li>{@link io.github.cdilogin.spi.RequestLoader}: finds the user in the request itself, such as an API
 *       token ({@code @request_loader}); optional.</li>
 *   <li>{@link io.github.cdilogin.spi.UnauthorizedHandler}: answers a page request refused for want of a
 *       login ({@code @unauthorized_handler}); optional, the default redirects to the login view or
 *       answers 401.</li>
 *   <li>{@link io.github.cdilogin.spi.NeedsRefreshHandler}: answers a page request refused because the
 *       login is not fresh ({@code @needs_refresh_handler}); optional, the default redirects to the refresh
 *       view or answers 401.</li>
 *   <li>{@link io.github.cdilogin.spi.RememberTokenStore}: where remember-me series live; optional, it
 *       replaces the library's JDBC, memory and JCache stores (setting {@code cdi-login.remember-store}).</li>
 *   <li>{@link io.github.cdilogin.spi.RememberToken}: what a store keeps of one remember-me series (never the
 *       cookie's secret part, only its hash).</li>
 * </ul>
 */
package io.github.cdilogin.spi;
