package io.github.cdilogin.internal.session;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.cdilogin.internal.config.RememberSettings.Store;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** Which logouts a deployment records: the session side decides from the store enum, never from a string. */
class LogoutsTest {

    private final Clock clock = Clock.systemUTC();

    @Test
    void aSingleServerStoreRecordsNoLogouts() {
        assertSame(Logouts.LOCAL, Logouts.forStore(Store.AUTO, false, clock));
        assertSame(Logouts.LOCAL, Logouts.forStore(Store.MEMORY, false, clock));
        assertSame(Logouts.LOCAL, Logouts.forStore(Store.JDBC, false, clock));
    }

    @Test
    void theApplicationsOwnTokenStoreSaysNothingAboutAClusterEvenWithTheJcacheSetting() {
        assertSame(Logouts.LOCAL, Logouts.forStore(Store.JCACHE, true, clock));
    }

    @Test
    void theJcacheStoreRecordsLogoutsOnTheGridForEveryMember() {
        assertInstanceOf(JCacheLogouts.class, Logouts.forStore(Store.JCACHE, false, clock));
    }
}
