package cn.nianbao.review.repository;

import cn.nianbao.model.report.AnnualReport;

/** A report with where it came from: a file name, or "repository revision N". */
public record SourcedReport(String source, AnnualReport report) {
}
