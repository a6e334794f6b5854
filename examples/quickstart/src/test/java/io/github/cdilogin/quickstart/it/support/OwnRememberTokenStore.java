package io.github.cdilogin.quickstart.it.support;

import io.github.cdilogin.spi.RememberToken;
import io.github.cdilogin.spi.RememberTokenStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An application's own remember store, as an application that keeps its series in Redis or a table of
 * its own brings one: here a map in one member's memory. {@link #addedTo} puts it into a copy of the
 * quickstart WAR, so that {@code ClusterIT} can start a member whose remember store is the application's
 * and prove that logouts are shared all the same.
 */
@ApplicationScoped
public class OwnRememberTokenStore implements RememberTokenStore {

    private final Map<String, RememberToken> series = new ConcurrentHashMap<>();

    @Override
    public Optional<RememberToken> find(String id) {
        return Optional.ofNullable(series.get(id));
    }

    @Override
    public void create(RememberToken token) {
        series.put(token.series(), token);
    }

    @Override
    public boolean replace(RememberToken current, RememberToken next) {
        return series.replace(current.series(), current, next);
    }

    @Override
    public void delete(String id) {
        series.remove(id);
    }

    @Override
    public void deleteAllFor(String userId) {
        series.values().removeIf(token -> token.userId().equals(userId));
    }

    /**
     * @param war the quickstart WAR
     * @param folder where the copy goes; it keeps the WAR's file name, so that Payara deploys it as the
     *        same application and its members share sessions with the original's
     * @return the copy, with this class in {@code WEB-INF/classes}
     * @throws IOException when the copy cannot be made
     */
    public static Path addedTo(Path war, Path folder) throws IOException {
        Path copy = Files.createDirectories(folder).resolve(war.getFileName().toString());
        Files.copy(war, copy, StandardCopyOption.REPLACE_EXISTING);
        String entry = OwnRememberTokenStore.class.getName().replace('.', '/') + ".class";
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + copy.toUri()), Map.of())) {
            Path target = zip.getPath("WEB-INF/classes", entry);
            Files.createDirectories(target.getParent());
            Files.copy(compiled(entry), target, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    private static Path compiled(String entry) throws IOException {
        try {
            return Paths.get(OwnRememberTokenStore.class.getClassLoader().getResource(entry).toURI());
        } catch (java.net.URISyntaxException | RuntimeException notAFile) {
            throw new IOException("the compiled " + entry + " is not a file of target/test-classes", notAFile);
        }
    }
}
