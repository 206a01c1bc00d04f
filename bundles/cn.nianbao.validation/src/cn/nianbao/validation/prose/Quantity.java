package cn.nianbao.validation.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.format.Template;

/**
 * A quantity the prose of a report states and a table holds: the words that announce it and the cells
 * it stands for, by the catalogue role of their rows. Table 三 quantities are checked by XS-01, table 四 ones by XS-03. For table 四, the
 * results 维持/纠正/其他结果/尚未审结 take the rows of the group (复议 or 诉讼) the sentence spoke of last.
 */
public enum Quantity {

    RECEIVED(true, "新收|收到|受理|收办|接收|共收", "received"),
    CARRIED_OVER(true, "上一?年度?结转|去年结转|上一?年度?遗留|上年度?未办结", "carriedOver"),
    CARRIED_FORWARD(true, "结转|顺延|转下一?年|转入下一?年|下一?年度继续办理|下一?年度办理", "carriedForward"),
    DONE(true, "办结|答复|办理完毕|完成办理", "done"),
    DISCLOSED(true, "予以公开|全部公开", "disclosed"),
    /** "予以公开及部分公开258件": one figure for 三（一）+（二）, which a reader adds up as the answers that gave information. */
    DISCLOSED_OR_PARTLY(true, "予以公开及部分公开|予以公开和部分公开|予以公开或部分公开|予以公开与部分公开|全部或部分公开|全部及部分公开|全部和部分公开|公开和部分公开|公开及部分公开",
            "disclosed", "partlyDisclosed"),
    PARTLY_DISCLOSED(true, "部分公开", "partlyDisclosed"),
    REFUSED(true, "不予公开", "refused"),
    UNABLE(true, "无法提供", "unable"),
    NOT_PROCESSED(true, "不予处理", "notProcessed"),
    OTHER_HANDLING(true, "其他处理|其它处理", "otherHandling"),
    REVIEW(false, "行政复议|复议", "review"),
    SUITS(false, "行政诉讼|诉讼|起诉|应诉", "suits"),
    SUIT_DIRECT(false, "未经复议直接起诉|直接起诉|直接提起行政诉讼", "suitDirect"),
    SUIT_AFTER_REVIEW(false, "复议后起诉|复议后提起行政诉讼|经复议后起诉", "suitAfterReview");

    /** The results of a 复议 or 诉讼 group, by the catalogue role of the column they fill. */
    public static final List<String[]> RESULTS = List.of(new String[] { "结果维持|维持", "upheld" },
            new String[] { "结果纠正|纠正|撤销|确认违法", "corrected" }, new String[] { "其他结果|其它结果", "otherResult" },
            new String[] { "尚未审结|未审结|正在审理|审理中", "pending" });

    private final boolean requests;
    private final Pattern words;
    private final Alternation spelled;
    private final String[] roles;

    Quantity(boolean requests, String words, String... roles) {
        this.requests = requests;
        this.words = Pattern.compile(words);
        this.spelled = Alternation.of(words);
        this.roles = roles;
    }

    public Pattern words() {
        return words;
    }

    /** {@link #words} as the words they spell, for the prose reader's many searches. */
    Alternation spelled() {
        return spelled;
    }

    /** The catalogue role of the rows the quantity adds up (in the total column unless a result is named). */
    public String role() {
        return roles[0];
    }

    /** The cells the quantity adds up, in the total column: the rows of each of its roles. */
    public List<CellAddress> cells(Template template) {
        if (roles.length == 1) {
            return template.cellsOfRole(roles[0], null);
        }
        List<CellAddress> cells = new ArrayList<>();
        for (String role : roles) {
            cells.addAll(template.cellsOfRole(role, null));
        }
        return List.copyOf(cells);
    }

    /** A quantity of requests (table 三, XS-01) rather than of reconsiderations and suits (table 四, XS-03). */
    public boolean isTable3() {
        return requests;
    }
}
