package cn.nianbao.store;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.nianbao.store.internal.Messages;

/**
 * Which status may follow which. An office without a review desk still signs off and publishes its own
 * report (起草 → 同意发布 → 已发布, as before the workflow); a published report is corrected as a new draft.
 * Staying in a status is always allowed (committing an edit without changing where the report stands).
 */
public final class StatusFlow {

    private static final Map<ReportStatus, Set<ReportStatus>> NEXT = new EnumMap<>(ReportStatus.class);

    static {
        NEXT.put(ReportStatus.DRAFT, EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.APPROVED, ReportStatus.PUBLISHED));
        NEXT.put(ReportStatus.SUBMITTED, EnumSet.of(ReportStatus.IN_REVIEW, ReportStatus.RETURNED, ReportStatus.APPROVED));
        NEXT.put(ReportStatus.IN_REVIEW, EnumSet.of(ReportStatus.RETURNED, ReportStatus.APPROVED));
        NEXT.put(ReportStatus.RETURNED, EnumSet.of(ReportStatus.REVISED));
        NEXT.put(ReportStatus.REVISED, EnumSet.of(ReportStatus.IN_REVIEW, ReportStatus.RETURNED, ReportStatus.APPROVED));
        NEXT.put(ReportStatus.APPROVED, EnumSet.of(ReportStatus.PUBLISHED, ReportStatus.RETURNED));
        NEXT.put(ReportStatus.PUBLISHED, EnumSet.of(ReportStatus.DRAFT));
    }

    private StatusFlow() {
    }

    /** The statuses a report in {@code from} may be given next (not counting {@code from} itself). */
    public static Set<ReportStatus> next(ReportStatus from) {
        return EnumSet.copyOf(NEXT.get(from));
    }

    public static boolean allows(ReportStatus from, ReportStatus to) {
        return from == to || NEXT.get(from).contains(to);
    }

    /**
     * Refuses a step the workflow does not allow ({@link RepositoryException.Kind#REFUSED}), with a message
     * that names the report, both statuses and the statuses allowed next.
     */
    public static void check(String agency, int year, ReportStatus from, ReportStatus to) throws RepositoryException {
        if (!allows(from, to)) {
            throw Messages.exception(RepositoryException.Kind.REFUSED, null, "status.refused", agency,
                    Integer.toString(year), from.labelZh(), to.labelZh(), labels(next(from), true), from.labelEn(),
                    to.labelEn(), labels(next(from), false));
        }
    }

    private static String labels(Set<ReportStatus> statuses, boolean zh) {
        return statuses.stream().map(s -> zh ? s.labelZh() : s.labelEn())
                .collect(Collectors.joining(zh ? "、" : ", "));
    }
}
