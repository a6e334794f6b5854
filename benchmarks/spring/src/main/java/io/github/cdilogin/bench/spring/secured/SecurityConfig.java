package io.github.cdilogin.bench.spring.secured;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.stream.IntStream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.rememberme.InMemoryTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Spring Security as an application would set it up for the benchmark's endpoints: its defaults
 * (CSRF, security headers, request cache, the whole filter chain on every request), {@code /api/me}
 * for authenticated users only (401 otherwise), the login kept in the HTTP session, and remember-me
 * with persistent tokens ({@link PersistentTokenBasedRememberMeServices}, the series/token scheme
 * cdi-login's remember cookie is also built on) in an in-memory repository, as the benchmark WAR
 * uses cdi-login's memory store. The users are the WAR's: {@code u1} to {@code u6}.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    /** The remember-me key, random at each start, as cdi-login's secret is when none is set. */
    private static final String KEY = randomKey();

    @Bean
    UserDetailsService users() {
        return new InMemoryUserDetailsManager(IntStream.rangeClosed(1, 6)
                .mapToObj(i -> User.withUsername("u" + i).password("{noop}unused").roles("USER").build())
                .toArray(UserDetails[]::new));
    }

    @Bean
    PersistentTokenRepository rememberTokens() {
        return new InMemoryTokenRepositoryImpl();
    }

    @Bean
    PersistentTokenBasedRememberMeServices rememberMeServices(UserDetailsService users, PersistentTokenRepository tokens) {
        PersistentTokenBasedRememberMeServices services = new PersistentTokenBasedRememberMeServices(KEY, users, tokens);
        services.setCookieName("remember_token");
        services.setParameter("remember"); // /login?user=u1&remember=1, as the benchmark WAR
        return services;
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, PersistentTokenBasedRememberMeServices rememberMe,
                                    SecurityContextRepository contexts) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/me", "/api/me/**").authenticated()
                        .anyRequest().permitAll())
                .securityContext(context -> context.securityContextRepository(contexts))
                .rememberMe(remember -> remember.rememberMeServices(rememberMe).key(KEY))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .build();
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
