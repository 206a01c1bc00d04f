package cn.nianbao.review.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.nianbao.store.Roster;
import cn.nianbao.store.RosterUnit;

/** A roster's units by the key of their name ({@link AgencyNames}): the one matching of reports to units. */
final class RosterKeys {

    private final String region;
    private final Map<String, List<RosterUnit>> units = new LinkedHashMap<>();

    RosterKeys(Roster roster) {
        region = roster.region();
        for (RosterUnit unit : roster.units()) {
            units.computeIfAbsent(key(unit.name()), k -> new ArrayList<>()).add(unit);
        }
    }

    String key(String agency) {
        return AgencyNames.key(agency, region);
    }

    boolean matches(String agency) {
        return units.containsKey(key(agency));
    }

    /** The units sharing the unit's key (more than one: the roster lists it twice). */
    List<RosterUnit> sharing(RosterUnit unit) {
        return units.get(key(unit.name()));
    }
}
