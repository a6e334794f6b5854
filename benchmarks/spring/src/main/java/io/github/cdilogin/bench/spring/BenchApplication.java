package io.github.cdilogin.bench.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Security peer of the load benchmark's WAR (issue 15): the same endpoints and users on
 * Spring Boot's embedded Tomcat. Built with Spring Security (package {@code secured}) or without it
 * ({@code -Dplain}), so that each framework is measured against itself.
 *
 * <pre>java -jar target/bench-spring.jar --server.port=18082</pre>
 */
@SpringBootApplication
public class BenchApplication {

    public static void main(String[] args) {
        SpringApplication.run(BenchApplication.class, args);
    }
}
