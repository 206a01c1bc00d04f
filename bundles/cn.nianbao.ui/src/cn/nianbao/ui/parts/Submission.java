package cn.nianbao.ui.parts;

import cn.nianbao.store.ReportStatus;

/**
 * What a person says when committing a revision: who, why, the status given, and the reason for publishing a
 * report with uncorrected errors anyway (null when none was asked for).
 */
public record Submission(String author, String comment, ReportStatus status, String overrideReason) {
}
