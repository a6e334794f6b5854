package io.github.cdilogin.bench.spring.secured;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /login?user=u1[&remember=1]}: logs a benchmark user in without a password, as the benchmark
 * WAR's {@code /login} does (this application only ever listens on 127.0.0.1): a new session id, the
 * login saved in the session, and with {@code remember=1} a persistent remember-me token.
 */
@RestController
public class LoginController {

    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final UserDetailsService users;
    private final RememberMeServices rememberMe;
    private final SecurityContextRepository contexts;

    LoginController(UserDetailsService users, RememberMeServices rememberMe, SecurityContextRepository contexts) {
        this.users = users;
        this.rememberMe = rememberMe;
        this.contexts = contexts;
    }

    @GetMapping("/login")
    public void login(@RequestParam String user, HttpServletRequest request, HttpServletResponse response) {
        UserDetails details;
        try {
            details = users.loadUserByUsername(user);
        } catch (UsernameNotFoundException e) {
            response.setStatus(404);
            return;
        }
        Authentication login = UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation, as Spring Security's own logins do
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(login);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        rememberMe.loginSuccess(request, response, login); // a token only when remember=1
        response.setStatus(204);
    }
}
