package cn.nianbao.store;

import java.util.List;

/** What {@link ReportRepository#verify()} checked and found; ok when nothing was found. */
public record VerifyResult(int reports, int revisions, List<Problem> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }
}
