package cn.nianbao.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
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

    private NativeFormat() {
    }

    public static byte[] toBytes(AnnualReport report) throws IOException {
        XMIResourceImpl resource = newResource();
        // a report that belongs to no resource is saved as it is and let go again; one that does (an open
        // editor's) is copied, since adding it here would take it out of its own resource
        boolean free = report.eResource() == null && report.eContainer() == null;
        resource.getContents().add(free ? report : org.eclipse.emf.ecore.util.EcoreUtil.copy(report));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
            return out.toByteArray();
        } finally {
            resource.getContents().clear();
        }
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
        XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("nianbao:/report." + EXTENSION));
        resource.setEncoding("UTF-8");
        return resource;
    }

}
