package cn.nianbao.model.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import cn.nianbao.model.catalogue.CataloguePackage;
import cn.nianbao.model.catalogue.TemplateDef;
import cn.nianbao.model.report.TemplateVersion;

/**
 * The format catalogue: one template per version of the national format, read from the XMI files in
 * the bundle's {@code catalogue/} folder. Works inside OSGi and in plain Java.
 */
public final class FormatCatalogue {

    private static final Map<TemplateVersion, Template> TEMPLATES = new EnumMap<>(TemplateVersion.class);

    private FormatCatalogue() {
    }

    public static synchronized Template template(TemplateVersion version) {
        return TEMPLATES.computeIfAbsent(version, v -> new Template(v, load("/catalogue/v" + v.getLiteral() + ".xmi")));
    }

    /** The template a report of this year must use (2019 and 2020: the 试行 format; from 2021: the 2021 one). */
    public static TemplateVersion versionForYear(int year) {
        return year > 0 && year <= 2020 ? TemplateVersion.V2019_TRIAL : TemplateVersion.V2021;
    }

    /** Loads a template definition from any XMI stream, so that tests and provincial extras can add templates. */
    public static TemplateDef load(InputStream in, String name) throws IOException {
        CataloguePackage.eINSTANCE.eClass();
        Resource resource = new XMIResourceImpl(URI.createURI("catalogue:/" + name));
        resource.load(in, Map.of());
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
