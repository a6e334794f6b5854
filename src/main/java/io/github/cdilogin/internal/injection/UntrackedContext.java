package io.github.cdilogin.internal.injection;

import jakarta.enterprise.context.spi.Context;
import jakarta.enterprise.context.spi.Contextual;
import jakarta.enterprise.context.spi.CreationalContext;
import java.lang.annotation.Annotation;

/** The context of {@link Untracked}: creates a value at each request for one and keeps none. */
public final class UntrackedContext implements Context {

    @Override
    public Class<? extends Annotation> getScope() {
        return Untracked.class;
    }

    @Override
    public <T> T get(Contextual<T> contextual, CreationalContext<T> creationalContext) {
        return contextual.create(creationalContext);
    }

    /** @return {@code null}: no value is kept, so none exists before it is asked for */
    @Override
    public <T> T get(Contextual<T> contextual) {
        return null;
    }

    @Override
    public boolean isActive() {
        return true;
    }
}
