package io.github.cdilogin.it.faults;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The library's log records at WARNING and above, with their stack traces' messages, for the tests to read. */
@ApplicationScoped
public class Warnings {

    /** Held, so that the logger (weakly referenced by JUL) keeps the handler. */
    private final Logger library = Logger.getLogger("io.github.cdilogin");
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                Throwable thrown = record.getThrown();
                lines.add(record.getLevel() + " " + record.getMessage() + (thrown == null ? "" : " | " + thrown));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // only to be created at start
    }

    @PostConstruct
    void listen() {
        library.addHandler(handler);
    }

    @PreDestroy
    void stop() {
        library.removeHandler(handler);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    void clear() {
        lines.clear();
    }
}
