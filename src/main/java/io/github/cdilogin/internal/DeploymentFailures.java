package io.github.cdilogin.internal;

import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.servlet.ServletException;

/**
 * The exceptions that fail a deployment with a CDILOGIN message. They carry the message and nothing
 * else: no stack trace of their own, no cause. The servers print the exceptions that fail a deployment
 * several times, once per wrapper (Payara up to ten); with the library's frames gone, what is left of
 * ours is the message, which names the class or setting and the fix, and the frames say nothing a
 * reader needs (where in the library a misconfiguration was noticed).
 */
public final class DeploymentFailures {

    private DeploymentFailures() {
    }

    /**
     * @param message a CDILOGIN message
     * @return a CDI definition error or deployment problem with that message alone
     */
    public static DeploymentException cdi(String message) {
        return new CdiFailure(message);
    }

    /**
     * @param message a CDILOGIN message (or several, one per line)
     * @return what a {@code ServletContainerInitializer} throws to stop the application, with that message alone
     */
    public static ServletException servlet(String message) {
        return new ServletFailure(message);
    }

    private static final class CdiFailure extends DeploymentException {
        private static final long serialVersionUID = 1L;

        CdiFailure(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }

    private static final class ServletFailure extends ServletException {
        private static final long serialVersionUID = 1L;

        ServletFailure(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
