package cn.nianbao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a PostgreSQL server keeps the repository's pages (schema 8): the content, LZ4 already, stored as it is,
 * and report rows leaving room on their page for the update that sets their current revision. H2 has no such
 * settings.
 */
class ServerStorageTest {

    @TempDir
    Path data;

    @Test
    void contentIsStoredAsItIsAndReportPagesKeepRoomForUpdates() throws Exception {
        Backend.POSTGRESQL.open(data).close();
        assertEquals("e", Tampering.text(Backend.POSTGRESQL, data, "SELECT attstorage FROM pg_attribute"
                + " WHERE attrelid = 'revision'::regclass AND attname = 'content'"));
        assertEquals("{fillfactor=50}", Tampering.text(Backend.POSTGRESQL, data, "SELECT reloptions FROM pg_class"
                + " WHERE relname = 'report'"));
    }
}
