package cn.nianbao.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import cn.nianbao.model.report.AnnualReport;

/** Agency ids by name, filing a new agency (name, level) the first time it is seen. */
final class AgencyCache {

    private final Connection c;
    private final Map<String, Long> ids = new HashMap<>();

    AgencyCache(Connection c) {
        this.c = c;
    }

    long idOf(AnnualReport report) throws SQLException {
        String name = report.getAgencyName().strip();
        Long known = ids.get(name);
        if (known != null) {
            return known;
        }
        long id = find(name);
        if (id < 0) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO agency (name, agency_level) VALUES (?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, name);
                ps.setString(2, report.getAgencyLevel() == null ? null : report.getAgencyLevel().getLiteral());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
        }
        ids.put(name, id);
        return id;
    }

    private long find(String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM agency WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }
}
