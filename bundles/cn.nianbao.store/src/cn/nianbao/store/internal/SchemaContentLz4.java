package cn.nianbao.store.internal;

import java.util.List;

/**
 * Schema 7: revisions are written LZ4-compressed ({@link Lz4Content}) instead of deflated. No table changes;
 * the version itself is the migration, so that a Nianbao of schema 6, which can only inflate, refuses the
 * repository as newer instead of calling every new revision damaged. The rows written before stay as they are
 * (read by their zlib header): rewriting every revision would make the update take minutes on a large
 * repository, for no gain in reading, and their hashes and the chain are of the plain bytes either way.
 */
final class SchemaContentLz4 {

    static final List<String> STATEMENTS = List.of();

    private SchemaContentLz4() {
    }
}
