package io.github.cdilogin.internal.remember;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A real DataSource that records the SQL it is given, and lets a test act just before a statement runs (fail
 * it, or do what another cluster member would do first).
 */
final class SpyDataSource {

    /** What to do before a statement runs; may throw to fail it. */
    interface BeforeStatement {
        void before(String sql) throws SQLException;
    }

    final List<String> statements = new CopyOnWriteArrayList<>();
    final AtomicInteger connections = new AtomicInteger();
    private final DataSource real;
    private volatile BeforeStatement before = sql -> { };

    SpyDataSource(DataSource real) {
        this.real = real;
    }

    SpyDataSource before(BeforeStatement action) {
        this.before = action;
        return this;
    }

    DataSource dataSource() {
        return proxy(DataSource.class, real, (target, method, args) -> {
            Object result = method.invoke(target, args);
            if (method.getName().equals("getConnection")) {
                connections.incrementAndGet();
                return proxy(Connection.class, result, this::connection);
            }
            return result;
        });
    }

    private Object connection(Object target, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("prepareStatement")) {
            seen((String) args[0]);
        }
        Object result = method.invoke(target, args);
        if (method.getName().equals("createStatement")) {
            return proxy(Statement.class, result, (statement, call, values) -> {
                if (call.getName().startsWith("execute") && values != null && values[0] instanceof String sql) {
                    seen(sql);
                }
                return call.invoke(statement, values);
            });
        }
        return result;
    }

    private void seen(String sql) throws SQLException {
        statements.add(sql);
        before.before(sql);
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Object target, Handler handler) {
        InvocationHandler unwrapping = (proxy, method, args) -> {
            try {
                return handler.handle(target, method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(SpyDataSource.class.getClassLoader(), new Class<?>[] {type}, unwrapping));
    }
}
