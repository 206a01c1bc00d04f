package cn.nianbao.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import cn.nianbao.model.report.AnnualReport;

/**
 * The native bytes as Nianbao saved them before it had a save of its own, and as every revision stored until
 * then was hashed: a copy of the report in a fresh XMI resource, EMF's plain XMISaveImpl, UTF-8.
 */
public final class EmfXmi {

    private EmfXmi() {
    }

    public static byte[] plainBytes(AnnualReport report) throws IOException {
        XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("nianbao:/report.nianbao"));
        resource.setEncoding("UTF-8");
        resource.getContents().add(EcoreUtil.copy(report));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
        return out.toByteArray();
    }
}
