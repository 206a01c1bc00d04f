package cn.nianbao.validation.rules;

import java.util.List;

import cn.nianbao.validation.Diagnostic;
import cn.nianbao.validation.prose.ProseView;
import cn.nianbao.validation.support.RuleContext;

/**
 * STR-10: a cover letter (报送函) published as the report, a defect 莆田 named in its 2010 通报 (review.md
 * E5): a title such as "关于报送…年度报告的函", "现将…报来，请审示", 抄送 lines, or an addressee ("…公开办：")
 * printed above the title (the importer reads it into the title). The wording is the catalogue's
 * {@code phrases}. Only the places a letter puts it are read, the title, the preamble and the first and
 * last {@value #EDGE} characters of the text, so that a report quoting such words in its body is left alone
 * and the rule costs little.
 */
public final class CoverLetterRule implements CodedRule {

    static final int EDGE = 200;

    @Override
    public String ruleId() {
        return "STR-10";
    }

    @Override
    public List<Diagnostic> check(RuleContext context) {
        List<String> phrases = Phrases.of(context, ruleId());
        ProseView prose = context.prose();
        String title = prose.title();
        String all = prose.all();
        String edges = all.length() <= 2 * EDGE ? all
                : all.substring(0, EDGE) + "。" + all.substring(all.length() - EDGE);
        List<String> found = new java.util.ArrayList<>(Phrases.found(phrases, title + "。" + prose.preamble() + "。" + edges));
        String addressee = addressee(title);
        if (addressee != null) {
            found.add(0, addressee);
        }
        if (found.isEmpty()) {
            return List.of();
        }
        String words = String.join("、", found.stream().map(w -> "“" + w + "”").toList());
        return List.of(context.diagnostic(ruleId(), List.of(), null, String.join("|", found),
                context.text("str10", words)));
    }

    /** "宝鸡市人民政府办公室：" before the title proper, or null: a title names no one before a colon. */
    private static String addressee(String title) {
        int colon = title.indexOf('：');
        if (colon < 0) {
            colon = title.indexOf(':');
        }
        int year = title.indexOf('年');
        return colon > 0 && (year < 0 || colon < year) ? title.substring(0, colon + 1) : null;
    }
}
