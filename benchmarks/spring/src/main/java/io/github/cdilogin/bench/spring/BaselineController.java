package io.github.cdilogin.bench.spring;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hand-made session floor, as in the benchmark WAR: {@code /baseline-login?user=u1} puts one
 * attribute in a new session, {@code /api/baseline} reads it back ({@code getSession(false)}).
 */
@RestController
public class BaselineController {

    private static final String ATTRIBUTE = "bench.user";

    @GetMapping("/baseline-login")
    public void login(@RequestParam String user, HttpServletRequest request, HttpServletResponse response) {
        request.getSession(true).setAttribute(ATTRIBUTE, user);
        response.setStatus(204);
    }

    @GetMapping(path = "/api/baseline", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> me(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object user = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (user == null) {
            return ResponseEntity.status(401).body("{\"error\":\"unauthorized\"}");
        }
        return ResponseEntity.ok("{\"id\":\"" + user + "\"}");
    }
}
