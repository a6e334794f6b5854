package io.github.cdilogin.bench.spring.secured;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/me}: for authenticated users only (see {@link SecurityConfig}); names the user. */
@RestController
public class MeController {

    private static final String REMEMBER = "remember_token=";

    @GetMapping(path = "/api/me", produces = MediaType.APPLICATION_JSON_VALUE)
    public String me(Authentication login) {
        return "{\"id\":\"" + login.getName() + "\"}";
    }

    /**
     * {@code /api/me/remembered}: the same answer, for the load run whose client sends only a
     * remember cookie, as in the benchmark WAR: the rotated value is repeated in {@code X-Remember}
     * (wrk's Lua sees one header of a name) and the session the restore started is dropped.
     */
    @GetMapping(path = "/api/me/remembered", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> remembered(Authentication login, HttpServletRequest request, HttpServletResponse response) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        for (String cookie : response.getHeaders("Set-Cookie")) {
            if (cookie.startsWith(REMEMBER)) {
                answer.header("X-Remember", cookie.substring(REMEMBER.length(), cookie.indexOf(';')));
            }
        }
        HttpSession started = request.getSession(false);
        if (started != null) {
            started.invalidate();
        }
        return answer.body(me(login));
    }
}
