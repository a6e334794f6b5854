package io.github.cdilogin.it.frozen.follows;

import io.github.cdilogin.CurrentUser;
import io.github.cdilogin.LoginManager;
import io.github.cdilogin.LoginUser;
import io.github.cdilogin.it.app.ItUser;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A filter, created once for the application, that records the user of each {@code /who} request. */
@WebFilter("/who")
public class WhoFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    static final String SAW = WhoFilter.class.getName();

    @Inject
    @CurrentUser
    LoginUser user;

    @Inject
    @CurrentUser
    Instance<ItUser> appUser;

    @Inject
    LoginManager loginManager;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.setAttribute(SAW, Seen.by(user, appUser, loginManager));
        chain.doFilter(request, response);
    }
}
