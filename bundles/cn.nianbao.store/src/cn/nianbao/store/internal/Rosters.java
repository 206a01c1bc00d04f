package cn.nianbao.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.nianbao.store.Roster;
import cn.nianbao.store.RosterUnit;
import cn.nianbao.store.UnitLevel;

/** Reads and replaces the rosters of the repository's regions (tables roster_unit and roster_setting). */
public final class Rosters {

    private static final String UNIT_DUE = "unit_due";
    private static final String GOVERNMENT_DUE = "government_due";

    private Rosters() {
    }

    /** Replaces the region's roster as a whole; the caller commits (so nothing is kept half-way). */
    public static void replace(Connection c, Roster roster) throws SQLException {
        delete(c, "DELETE FROM roster_unit WHERE region = ?", roster.region());
        delete(c, "DELETE FROM roster_setting WHERE region = ?", roster.region());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO roster_unit (region, position, name, unit_level,"
                + " parent, contact) VALUES (?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (RosterUnit unit : roster.units()) {
                ps.setString(1, roster.region());
                ps.setInt(2, position++);
                ps.setString(3, unit.name());
                ps.setString(4, unit.level().name());
                ps.setString(5, unit.parent());
                ps.setString(6, unit.contact());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO roster_setting (region, name, val) VALUES (?, ?, ?)")) {
            setting(ps, roster.region(), UNIT_DUE, roster.unitDue());
            setting(ps, roster.region(), GOVERNMENT_DUE, roster.governmentDue());
            ps.executeBatch();
        }
    }

    public static Optional<Roster> of(Connection c, String region) throws SQLException {
        List<RosterUnit> units = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, unit_level, parent, contact FROM roster_unit"
                + " WHERE region = ? ORDER BY position")) {
            ps.setString(1, region);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    units.add(new RosterUnit(rs.getString(1), UnitLevel.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getString(4)));
                }
            }
        }
        MonthDay unitDue = null;
        MonthDay governmentDue = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT name, val FROM roster_setting WHERE region = ?")) {
            ps.setString(1, region);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    MonthDay day = MonthDay.parse(rs.getString(2));
                    if (UNIT_DUE.equals(rs.getString(1))) {
                        unitDue = day;
                    } else if (GOVERNMENT_DUE.equals(rs.getString(1))) {
                        governmentDue = day;
                    }
                }
            }
        }
        if (units.isEmpty() && unitDue == null) {
            return Optional.empty();
        }
        return Optional.of(new Roster(region, units, unitDue, governmentDue));
    }

    public static List<String> regions(Connection c) throws SQLException {
        List<String> regions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT region FROM roster_setting ORDER BY region");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                regions.add(rs.getString(1));
            }
        }
        return regions;
    }

    private static void setting(PreparedStatement ps, String region, String name, MonthDay value)
            throws SQLException {
        ps.setString(1, region);
        ps.setString(2, name);
        ps.setString(3, value.toString());
        ps.addBatch();
    }

    private static void delete(Connection c, String sql, String region) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            ps.executeUpdate();
        }
    }
}
