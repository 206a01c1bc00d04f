package cn.nianbao.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.XMLSave;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import cn.nianbao.model.report.AnnualReport;
import cn.nianbao.model.report.ReportPackage;

/**
 * Nianbao's own file format ({@value #EXTENSION}): the report model as EMF XMI in UTF-8. The namespace
 * {@code http://nianbao.cn/report/1.0} is the format version; a later version gets a new namespace and a
 * migration. Saving is atomic ({@link AtomicFiles}).
 */
public final class NativeFormat {

    public static final String EXTENSION = "nianbao";

    private static final String URI_OF_SAVE = "nianbao:/report." + EXTENSION;

    /** A report's native bytes are 20–30 KB. */
    private static final int INITIAL_BYTES = 32 * 1024;

    private NativeFormat() {
    }

    public static byte[] toBytes(AnnualReport report) throws IOException {
        // saved as the root it is, wherever it lives: adding it to the resource would walk every cell twice
        // (attach, detach) and would take an open editor's report out of its own resource
        XMIResourceImpl resource = new XMIResourceImpl(URI.createURI(URI_OF_SAVE)) {
            @Override
            protected XMLSave createXMLSave() {
                return new Utf8XmiSave(createXMLHelper());
            }
        };
        ReportPackage.eINSTANCE.eClass();
        ByteArrayOutputStream out = new ByteArrayOutputStream(INITIAL_BYTES);
        resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_ROOT_OBJECTS, List.of(report)));
        return out.toByteArray();
    }

    public static AnnualReport fromBytes(byte[] content) throws IOException {
        XMIResourceImpl resource = newResource();
        try {
            resource.load(new ByteArrayInputStream(content), Map.of());
        } catch (RuntimeException e) {
            throw new IOException("not a Nianbao file: " + e.getMessage(), e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof AnnualReport report)) {
            throw new IOException("not a Nianbao report file");
        }
        return report;
    }

    public static AnnualReport read(Path file) throws IOException {
        return fromBytes(Files.readAllBytes(file));
    }

    /** Writes the report so that the file holds either its old content or the complete new one. */
    public static void write(AnnualReport report, Path file) throws IOException {
        AtomicFiles.write(file, toBytes(report));
    }

    /** True when the content starts like a Nianbao XMI file. */
    public static boolean looksNative(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 512), java.nio.charset.StandardCharsets.UTF_8);
        return start.contains(ReportPackage.eNS_URI);
    }

    private static XMIResourceImpl newResource() {
        ReportPackage.eINSTANCE.eClass();
        XMIResourceImpl resource = new XMIResourceImpl(URI.createURI(URI_OF_SAVE));
        resource.setEncoding("UTF-8");
        return resource;
    }

}
