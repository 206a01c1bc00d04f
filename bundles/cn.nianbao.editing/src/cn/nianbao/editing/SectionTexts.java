package cn.nianbao.editing;

import java.util.HashMap;
import java.util.Map;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.TextSection;

/** The texts of a report's sections by key, taken before an undo to see afterwards what it changed. */
public final class SectionTexts {

    private SectionTexts() {
    }

    public static Map<String, String> of(AnnualReport report) {
        Map<String, String> texts = new HashMap<>();
        for (TextSection section : report.getSections()) {
            if (section.getKey() != null) {
                texts.put(section.getKey(), section.getBody() == null ? "" : section.getBody());
            }
        }
        return texts;
    }
}
