/**
 * cdi-login: Flask-Login for Jakarta EE.
 *
 * <p>Write a {@link io.github.cdilogin.spi.UserLoader}, inject {@link io.github.cdilogin.LoginManager}
 * to log users in and out, inject {@link io.github.cdilogin.CurrentUser @CurrentUser} to know who is
 * there, and guard beans, JAX-RS resources and servlets with
 * {@link io.github.cdilogin.LoginRequired @LoginRequired} and
 * {@link io.github.cdilogin.FreshLoginRequired @FreshLoginRequired}. Observe
 * {@link io.github.cdilogin.LoginEvent} and its siblings to audit what happens.
 */
package io.github.cdilogin;
