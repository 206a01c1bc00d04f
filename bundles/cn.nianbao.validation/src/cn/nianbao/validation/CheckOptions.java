package cn.nianbao.validation;

import java.time.LocalDate;

import cn.nianbao.model.report.AnnualReport;

/**
 * What a check may use besides the report itself: last year's report of the same agency (XY-01…XY-03)
 * and a local publication deadline set by a provincial or city notice (TIM-02). Both are optional;
 * a rule that needs a missing one says nothing.
 *
 * @param previous      the report of year Y−1, or null
 * @param localDeadline the last day of publication the local notice sets, or null
 */
public record CheckOptions(AnnualReport previous, LocalDate localDeadline) {

    public static final CheckOptions NONE = new CheckOptions(null, null);

    public static CheckOptions withPrevious(AnnualReport previous) {
        return new CheckOptions(previous, null);
    }

    public CheckOptions deadline(LocalDate deadline) {
        return new CheckOptions(previous, deadline);
    }
}
