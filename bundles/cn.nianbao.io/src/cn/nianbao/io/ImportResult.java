package cn.nianbao.io;

import cn.nianbao.model.report.AnnualReport;

/** The report as far as it could be read, and what the importer has to say about the reading. */
public record ImportResult(AnnualReport report, ImportReport importReport) {
}
