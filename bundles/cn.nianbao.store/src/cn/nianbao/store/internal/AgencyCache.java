package cn.nianbao.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import cn.nianbao.model.report.AnnualReport;

/** Agency ids by name, filing a new agency (name, level) the first time it is seen. */
final class AgencyCache {

    private static final String INSERT = "INSERT INTO agency (name, agency_level) VALUES (?, ?)";

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
            try (PreparedStatement ps = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, name, report);
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

    /**
     * Knows (and files, when new) the agencies of many reports at once, in a few statements: one lookup per
     * {@link KeyLookup#CHUNK} names, one batch of inserts, one lookup of the new ids. Returns the ids of the
     * agencies filed now (they have no reports yet).
     */
    Set<Long> fileAll(Collection<AnnualReport> reports) throws SQLException {
        Map<String, AnnualReport> unknown = new LinkedHashMap<>();
        for (AnnualReport report : reports) {
            String name = report.getAgencyName().strip();
            if (!ids.containsKey(name)) {
                unknown.putIfAbsent(name, report);
            }
        }
        lookUp(unknown.keySet());
        unknown.keySet().removeAll(ids.keySet());
        if (unknown.isEmpty()) {
            return Set.of();
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (Map.Entry<String, AnnualReport> e : unknown.entrySet()) {
                bind(ps, e.getKey(), e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        lookUp(unknown.keySet());
        Set<Long> filed = new HashSet<>();
        unknown.keySet().forEach(name -> filed.add(ids.get(name)));
        return filed;
    }

    private void lookUp(Collection<String> names) throws SQLException {
        KeyLookup.select(c, "SELECT id, name FROM agency WHERE name IN (?)", names,
                rs -> ids.put(rs.getString(2), rs.getLong(1)));
    }

    private static void bind(PreparedStatement ps, String name, AnnualReport report) throws SQLException {
        ps.setString(1, name);
        ps.setString(2, report.getAgencyLevel() == null ? null : report.getAgencyLevel().getLiteral());
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
