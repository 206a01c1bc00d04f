package cn.nianbao.validation.prose;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A quantity the prose of a report states and a table holds: the words that announce it and the cells
 * it stands for. Table 三 quantities are checked by XS-01, table 四 ones by XS-03. For table 四, the
 * results 维持/纠正/其他结果/尚未审结 take the rows of the group (复议 or 诉讼) the sentence spoke of last.
 */
public enum Quantity {

    RECEIVED("T3", "新收|收到|受理|收办|接收|共收", List.of("R01"), "C7"),
    CARRIED_OVER("T3", "上一?年度?结转|去年结转|上一?年度?遗留|上年度?未办结", List.of("R02"), "C7"),
    CARRIED_FORWARD("T3", "结转|顺延|转下一?年|转入下一?年|下一?年度继续办理|下一?年度办理", List.of("R25"), "C7"),
    DONE("T3", "办结|答复|办理完毕|完成办理", List.of("R24"), "C7"),
    DISCLOSED("T3", "予以公开|全部公开", List.of("R03"), "C7"),
    PARTLY_DISCLOSED("T3", "部分公开", List.of("R04"), "C7"),
    REFUSED("T3", "不予公开", List.of("R05", "R06", "R07", "R08", "R09", "R10", "R11", "R12"), "C7"),
    UNABLE("T3", "无法提供", List.of("R13", "R14", "R15"), "C7"),
    NOT_PROCESSED("T3", "不予处理", List.of("R16", "R17", "R18", "R19", "R20"), "C7"),
    OTHER_HANDLING("T3", "其他处理|其它处理", List.of("R21", "R22", "R23", "R21_23"), "C7"),
    REVIEW("T4", "行政复议|复议", List.of("REVIEW"), "TOTAL"),
    SUITS("T4", "行政诉讼|诉讼|起诉|应诉", List.of("SUIT_DIRECT", "SUIT_AFTER_REVIEW"), "TOTAL"),
    SUIT_DIRECT("T4", "未经复议直接起诉|直接起诉|直接提起行政诉讼", List.of("SUIT_DIRECT"), "TOTAL"),
    SUIT_AFTER_REVIEW("T4", "复议后起诉|复议后提起行政诉讼|经复议后起诉", List.of("SUIT_AFTER_REVIEW"), "TOTAL");

    /** The results of a 复议 or 诉讼 group, by the column they fill. */
    public static final List<String[]> RESULTS = List.of(new String[] { "结果维持|维持", "UPHELD" },
            new String[] { "结果纠正|纠正|撤销|确认违法", "CORRECTED" }, new String[] { "其他结果|其它结果", "OTHER" },
            new String[] { "尚未审结|未审结|正在审理|审理中", "PENDING" });

    private final String table;
    private final Pattern words;
    private final List<String> rows;
    private final String column;

    Quantity(String table, String words, List<String> rows, String column) {
        this.table = table;
        this.words = Pattern.compile(words);
        this.rows = rows;
        this.column = column;
    }

    public String table() {
        return table;
    }

    public Pattern words() {
        return words;
    }

    public List<String> rows() {
        return rows;
    }

    public String column() {
        return column;
    }

    public boolean isTable3() {
        return "T3".equals(table);
    }
}
