package io.github.cdilogin.bench.login;

import io.github.cdilogin.spi.UserLoader;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The user loader: a map look-up, as cheap as a loader can be, so that the library's own cost shows. */
@ApplicationScoped
public class BenchUsers implements UserLoader<BenchUser> {

    private final Map<String, BenchUser> users = IntStream.rangeClosed(1, 6)
            .mapToObj(i -> new BenchUser("u" + i, "User " + i))
            .collect(Collectors.toUnmodifiableMap(BenchUser::username, Function.identity()));

    @Override
    public Optional<BenchUser> loadUser(String id) {
        return Optional.ofNullable(users.get(id));
    }
}
