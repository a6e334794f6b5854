package io.github.cdilogin.it.identity;

import io.github.cdilogin.LoginUser;
import java.util.Set;

/** A user with roles (alice is an admin, bob is not) and an auth stamp the tests can change. */
public record RoleUser(String getId, Set<String> getRoles, String getAuthStamp) implements LoginUser {
}
