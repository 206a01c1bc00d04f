package cn.nianbao.model.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import cn.nianbao.model.catalogue.CataloguePackage;
import cn.nianbao.model.catalogue.TemplateDef;
import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.TemplateVersion;

/**
 * The format catalogue: one template per version of the national format, read from the XMI files in
 * the bundle's {@code catalogue/} folder, plus any template registered at run time (a local variant, a
 * test's future format). A template is named by its key, the {@code version} of its definition; a report
 * names it by {@code templateKey}, or by {@code templateVersion} for the national ones. Works inside OSGi
 * and in plain Java.
 */
public final class FormatCatalogue {

    private static final Map<String, Template> TEMPLATES = new LinkedHashMap<>();
    /**
     * A template may come from a file a user was sent (TemplateFolder): a document type could pull in outside
     * entities or expand without end, and no catalogue needs one.
     */
    private static final Map<Object, Object> NO_DOCTYPE = Map.of(XMLResource.OPTION_PARSER_FEATURES,
            Map.of("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE));

    private FormatCatalogue() {
    }

    public static Template template(TemplateVersion version) {
        return template(version.getLiteral());
    }

    /** The template of this key: a national version ("2021", "2019") or a registered one; null if unknown. */
    public static synchronized Template template(String key) {
        Template template = TEMPLATES.get(key);
        if (template == null && TemplateVersion.get(key) != null) {
            TemplateVersion version = TemplateVersion.get(key);
            template = new Template(version, load("/catalogue/v" + version.getLiteral() + ".xmi"));
            TEMPLATES.put(key, template);
        }
        return template;
    }

    /** The template the report follows: its registered key, else its national version, else its year's. */
    public static Template template(AnnualReport report) {
        String key = report.getTemplateKey();
        if (key != null && !key.isEmpty() && template(key) != null) {
            return template(key);
        }
        TemplateVersion version = report.getTemplateVersion();
        return template(version != null ? version : versionForYear(report.getYear()));
    }

    /** The template a report of this year must use (2019 and 2020: the 试行 format; from 2021: the 2021 one). */
    public static TemplateVersion versionForYear(int year) {
        return year > 0 && year <= 2020 ? TemplateVersion.V2019_TRIAL : TemplateVersion.V2021;
    }

    /**
     * The template for a report of this year printed in this national layout: a registered template of the
     * same layout whose years include it (the latest first), else the national one.
     */
    public static synchronized Template template(TemplateVersion layout, int year) {
        Template best = null;
        for (Template candidate : List.copyOf(TEMPLATES.values())) {
            TemplateDef def = candidate.definition();
            boolean inYears = def.getFirstYear() <= year && (def.getLastYear() == 0 || year <= def.getLastYear());
            if (!candidate.isNational() && candidate.version() == layout && inYears
                    && (best == null || def.getFirstYear() > best.definition().getFirstYear())) {
                best = candidate;
            }
        }
        return best != null ? best : template(layout);
    }

    /**
     * Adds a template to the catalogue under its definition's version; it follows the national layout of
     * its first year. Replaces a registered template of the same key; a national key cannot be replaced.
     */
    public static synchronized Template register(TemplateDef definition) {
        String key = definition.getVersion();
        if (TemplateVersion.get(key) != null) {
            throw new IllegalArgumentException("a national template cannot be replaced: " + key);
        }
        Template template = new Template(versionForYear(definition.getFirstYear()), definition);
        TEMPLATES.put(key, template);
        return template;
    }

    /** Every template loaded or registered so far, national ones included once asked for. */
    public static synchronized List<Template> templates() {
        template(TemplateVersion.V2021);
        template(TemplateVersion.V2019_TRIAL);
        return new ArrayList<>(TEMPLATES.values());
    }

    /** Loads a template definition from any XMI stream, so that tests and provincial extras can add templates. */
    public static TemplateDef load(InputStream in, String name) throws IOException {
        CataloguePackage.eINSTANCE.eClass();
        Resource resource = new XMIResourceImpl(URI.createURI("catalogue:/" + name));
        resource.load(in, NO_DOCTYPE);
        return (TemplateDef) resource.getContents().get(0);
    }

    private static TemplateDef load(String path) {
        try (InputStream in = FormatCatalogue.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("format catalogue missing from the model bundle: " + path);
            }
            return load(in, path);
        } catch (IOException e) {
            throw new UncheckedIOException("format catalogue unreadable: " + path, e);
        }
    }
}
