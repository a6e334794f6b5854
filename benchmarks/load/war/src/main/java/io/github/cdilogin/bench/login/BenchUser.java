package io.github.cdilogin.bench.login;

import io.github.cdilogin.LoginUser;

/** A user of the benchmark: {@code u1} to {@code u6}. */
public record BenchUser(String username, String name) implements LoginUser {

    @Override
    public String getId() {
        return username;
    }
}
