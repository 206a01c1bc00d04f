package cn.nianbao.model.tests;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportPackage;

/**
 * Reports filled at random through the model's own metadata, so that a feature added to the model is filled
 * too: every attribute set or left unset, every containment filled with a few to many children. Texts mix what
 * XML escapes ({@code & < > " '}, line feed, tab, carriage return), Chinese, two-byte Latin letters and
 * characters beyond the BMP; half the hostile reports get one text with a character XML 1.0 cannot hold (a control
 * character, a lone surrogate, U+FFFE).
 */
final class RandomReports {

    private static final List<String> PIECES = List.of("&", "<", ">", "\"", "'", "\n", "\t", "\r", "\r\n", " ", "a", "Z", "0",
            "9", ".", "政府信息公开", "年度报告", "（一）", "“", "”", "、", "é", "ß", "Ω", "\u00a0", "\u007f", "\u0085", "\u2028",
            "\ud840\udc00", "\ud83d\ude00", "\ue000", "\ufffd", "&amp;", "]]>", "&#xA;");

    private static final List<String> HOSTILE = List.of("\u0001", "\u001f", "\u0000", "\ud800", "\udc00", "\ufffe", "\uffff");

    private static final List<String> DECIMALS = List.of("0", "0.00", "1", "-3", "12", "2500", "0.5", "-0.25", "1E+3",
            "12345678901234567890.123456789", "3.14159", "100.0");

    private final Random random;

    private RandomReports(Random random) {
        this.random = random;
    }

    static AnnualReport report(long seed, boolean hostile) {
        RandomReports reports = new RandomReports(new Random(seed));
        AnnualReport report = (AnnualReport) reports.fill(ReportPackage.Literals.ANNUAL_REPORT, 0);
        if (hostile && reports.random.nextBoolean()) {
            reports.spoilOneText(report);
        }
        return report;
    }

    /** One text somewhere in the report gets a character XML 1.0 cannot hold. */
    private void spoilOneText(AnnualReport report) {
        List<EObject> objects = new ArrayList<>();
        objects.add(report);
        report.eAllContents().forEachRemaining(objects::add);
        EObject object = objects.get(random.nextInt(objects.size()));
        List<EAttribute> texts = object.eClass().getEAllAttributes().stream()
                .filter(attribute -> attribute.getEAttributeType() == EcorePackage.Literals.ESTRING).toList();
        if (texts.isEmpty()) {
            object = report;
            texts = List.of(ReportPackage.Literals.ANNUAL_REPORT__AGENCY_NAME);
        }
        String bad = HOSTILE.get(random.nextInt(HOSTILE.size()));
        object.eSet(texts.get(random.nextInt(texts.size())), text() + bad + text());
    }

    private EObject fill(EClass type, int depth) {
        EObject object = EcoreUtil.create(type);
        for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
            if (feature instanceof EReference reference && reference.isContainment()) {
                fillContainment(object, reference, depth);
            } else if (feature instanceof EAttribute attribute && random.nextInt(6) != 0) {
                object.eSet(attribute, value(attribute.getEAttributeType()));
            }
        }
        return object;
    }

    @SuppressWarnings("unchecked")
    private void fillContainment(EObject object, EReference reference, int depth) {
        EClass type = reference.getEReferenceType();
        if (!reference.isMany()) {
            if (random.nextBoolean()) {
                object.eSet(reference, fill(type, depth + 1));
            }
            return;
        }
        int count = random.nextInt(depth == 0 ? 8 : 50);
        List<EObject> children = (List<EObject>) object.eGet(reference);
        for (int i = 0; i < count; i++) {
            children.add(fill(type, depth + 1));
        }
    }

    private Object value(EDataType type) {
        if (type instanceof EEnum enumeration) {
            return enumeration.getELiterals().get(random.nextInt(enumeration.getELiterals().size())).getInstance();
        }
        if (type == EcorePackage.Literals.ESTRING) {
            return text();
        }
        if (type == EcorePackage.Literals.EINT) {
            return random.nextInt(3) == 0 ? random.nextInt() : random.nextInt(3000);
        }
        if (type == EcorePackage.Literals.EBIG_DECIMAL) {
            return random.nextInt(4) == 0 ? null : new BigDecimal(DECIMALS.get(random.nextInt(DECIMALS.size())));
        }
        if (type == EcorePackage.Literals.EDATE) {
            return new Date(1_500_000_000_000L + (long) (random.nextDouble() * 400_000_000_000L));
        }
        throw new IllegalStateException("RandomReports has no values of type " + type.getName() + " yet");
    }

    private String text() {
        int length = random.nextInt(30) == 0 ? 200 + random.nextInt(2000) : random.nextInt(16);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return text.toString();
    }
}
