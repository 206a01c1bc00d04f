package cn.nianbao.review.intake;

import java.util.List;

/**
 * The reports of a year split by a roster: those whose agency matches a unit (loaded, to be checked) and the
 * agency names of the others (only named in the intake list, so never loaded).
 */
public record RosterReports(List<SubmittedReport> onRoster, List<String> offRoster) {

    public RosterReports {
        onRoster = List.copyOf(onRoster);
        offRoster = List.copyOf(offRoster);
    }
}
