package cn.nianbao.validation.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;

import cn.nianbao.model.CellAddress;
import cn.nianbao.model.catalogue.AxisNode;
import cn.nianbao.model.catalogue.SectionDef;
import cn.nianbao.model.catalogue.TableDef;
import cn.nianbao.model.format.TableLayout;
import cn.nianbao.model.format.Template;

/**
 * Names of rows, columns, cells and tables for messages, built from the catalogue's official labels.
 * Nested rows of table 三 are printed with the ordinals of their groups, the way readers cite them:
 * "三（七）" for （七）总计, "三（三）1" for 1.属于国家秘密; a node without an ordinal keeps its label.
 */
public final class Names {

    /** 一、 / （七） / 1. and their English forms 1. / (7). */
    private static final Pattern ORDINAL_ZH = Pattern.compile("^([一二三四五六七八九十]+)、|^(（[一二三四五六七八九十]+）)|^(\\d+)[.、]");
    private static final Pattern ORDINAL_EN = Pattern.compile("^(\\d+)\\.\\s|^(\\(\\d+\\))");
    private static final Pattern SECTION_ORDINAL_ZH = Pattern.compile("^([一二三四五六七八九十]+)、");
    private static final Pattern SECTION_ORDINAL_EN = Pattern.compile("^([IVX]+)\\.");

    private final Template template;
    /** Names depend on the template only: remembered, by kind and table/node id. */
    private final java.util.Map<String, String> remembered = new java.util.concurrent.ConcurrentHashMap<>();

    public Names(Template template) {
        this.template = template;
    }

    private String remember(char kind, String tableId, String nodeId, java.util.function.Supplier<String> name) {
        String key = kind + tableId + '\u0000' + nodeId;
        String value = remembered.get(key);
        if (value == null) {
            value = name.get();
            remembered.put(key, value);
        }
        return value;
    }

    /** The short form used inside formulas: the ordinal path, or the label when the node has none. */
    public String shortZh(String tableId, String nodeId) {
        return remember('s', tableId, nodeId, () -> shortName(node(tableId, nodeId), true));
    }

    public String shortEn(String tableId, String nodeId) {
        return remember('S', tableId, nodeId, () -> shortName(node(tableId, nodeId), false));
    }

    /** The full name: the ordinals of the groups, then the node's own official label. */
    public String fullZh(String tableId, String nodeId) {
        return remember('f', tableId, nodeId, () -> fullName(node(tableId, nodeId), true));
    }

    public String fullEn(String tableId, String nodeId) {
        return remember('F', tableId, nodeId, () -> fullName(node(tableId, nodeId), false));
    }

    public String cellZh(CellAddress cell) {
        return fullZh(cell.table(), cell.row()) + " " + fullZh(cell.table(), cell.column());
    }

    public String cellEn(CellAddress cell) {
        return fullEn(cell.table(), cell.row()) + ", " + fullEn(cell.table(), cell.column());
    }

    /** "表三" / "Table III", from the ordinal of the section the table belongs to. */
    public String tableZh(String tableId) {
        return remember('t', tableId, "", () -> tableNameZh(tableId));
    }

    public String tableEn(String tableId) {
        return remember('T', tableId, "", () -> tableNameEn(tableId));
    }

    private String tableNameZh(String tableId) {
        SectionDef section = sectionOf(tableId);
        String ordinal = section == null ? null : first(SECTION_ORDINAL_ZH.matcher(section.getHeading()));
        return ordinal == null ? tableId : "表" + ordinal;
    }

    private String tableNameEn(String tableId) {
        SectionDef section = sectionOf(tableId);
        String ordinal = section == null || section.getHeadingEn() == null ? null
                : first(SECTION_ORDINAL_EN.matcher(section.getHeadingEn()));
        return ordinal == null ? tableId : "Table " + ordinal;
    }

    private SectionDef sectionOf(String tableId) {
        TableLayout table = template.table(tableId);
        if (table == null) {
            return null;
        }
        TableDef definition = table.definition();
        for (SectionDef section : template.sections()) {
            if (section.getKey().equals(definition.getSection())) {
                return section;
            }
        }
        return null;
    }

    private AxisNode node(String tableId, String nodeId) {
        TableLayout table = template.table(tableId);
        return table == null ? null : table.node(nodeId);
    }

    private static String shortName(AxisNode node, boolean zh) {
        if (node == null) {
            return "?";
        }
        String own = ordinal(node, zh);
        return own == null ? label(node, zh) : groupOrdinals(node, zh) + own;
    }

    private static String fullName(AxisNode node, boolean zh) {
        return node == null ? "?" : groupOrdinals(node, zh) + label(node, zh);
    }

    private static String groupOrdinals(AxisNode node, boolean zh) {
        Deque<String> ordinals = new ArrayDeque<>();
        for (EObject parent = node.eContainer(); parent instanceof AxisNode group; parent = group.eContainer()) {
            String ordinal = ordinal(group, zh);
            if (ordinal != null) {
                ordinals.push(ordinal);
            }
        }
        return String.join("", ordinals);
    }

    private static String ordinal(AxisNode node, boolean zh) {
        String label = label(node, zh);
        return first((zh ? ORDINAL_ZH : ORDINAL_EN).matcher(label));
    }

    private static String label(AxisNode node, boolean zh) {
        String label = zh ? node.getLabel() : node.getLabelEn();
        return label == null ? node.getId() : label;
    }

    private static String first(Matcher matcher) {
        if (!matcher.find()) {
            return null;
        }
        for (int i = 1; i <= matcher.groupCount(); i++) {
            if (matcher.group(i) != null) {
                return matcher.group(i);
            }
        }
        return null;
    }
}
