package io.github.cdilogin.internal.injection;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The pseudo-scope of {@code @CurrentUser AppUser}: like {@code @Dependent}, a new value at each injection
 * and each {@code Instance.get()}, but one the container does not track. Weld keeps every {@code @Dependent}
 * instance of a synthetic bean that an {@code Instance} hands out until the {@code Instance}'s holder is
 * destroyed: a servlet reading {@code @CurrentUser Instance<AppUser>} would keep every request's user for
 * as long as the application runs. Nothing needs destroying here: the value is the loader's own object.
 */
@jakarta.inject.Scope
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD})
public @interface Untracked {
}
