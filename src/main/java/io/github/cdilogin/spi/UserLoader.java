package io.github.cdilogin.spi;

import io.github.cdilogin.LoginUser;
import java.util.Optional;

/**
 * Finds a user again by the id stored in the session: Flask-Login's {@code @user_loader}.
 *
 * <p>The one bean an application must write (or a {@link RequestLoader}, or both):
 * <pre>{@code
 * @ApplicationScoped
 * public class AppUserLoader implements UserLoader<AppUser> {
 *     @Inject UserRepository users;
 *
 *     public Optional<AppUser> loadUser(String id) {
 *         return users.findByUsername(id);
 *     }
 * }
 * }</pre>
 * The type argument ({@code AppUser}) is what {@code @Inject @CurrentUser AppUser} gives.
 * The library calls the loader lazily, only when something uses the current user, and at most once
 * per request. A user it no longer finds, or finds {@linkplain LoginUser#isActive() inactive}, is
 * logged out. A deployment with two user loaders fails.
 *
 * @param <U> the application's user type
 */
public interface UserLoader<U extends LoginUser> {

    /**
     * @param id what {@link LoginUser#getId()} returned at login; never {@code null}
     * @return the user, or empty when there is none with this id any more
     */
    Optional<U> loadUser(String id);
}
