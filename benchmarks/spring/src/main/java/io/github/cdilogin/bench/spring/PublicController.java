package io.github.cdilogin.bench.spring;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/public}: anonymous, uses no login; the same answer as the benchmark WAR's. */
@RestController
public class PublicController {

    @GetMapping(path = "/api/public", produces = MediaType.APPLICATION_JSON_VALUE)
    public String everybody() {
        return "{\"public\":true}";
    }
}
