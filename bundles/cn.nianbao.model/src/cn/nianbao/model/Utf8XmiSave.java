package cn.nianbao.model;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMISaveImpl;

/**
 * EMF's XMI save, with two of its generic costs taken out for a UTF-8 document and the bytes unchanged (the
 * repository hashes them to find duplicates): the document EMF collected is encoded in one pass over one char
 * buffer ({@link Utf8Encoder}) instead of through an {@code OutputStreamWriter}'s buffers, and an
 * attribute value that needs no escaping is passed on as it is instead of being copied character by character
 * ({@link PlainValueEscape}). Another encoding, a file buffer or a stream of EMF's own goes EMF's whole way.
 * What is written, in what order and how it is escaped stays EMF's (its {@code traverse}), so a change of the
 * model needs nothing here; a new EMF whose {@code save} does more than init, traverse, write, endSave would.
 */
final class Utf8XmiSave extends XMISaveImpl {

    private Escape emfEscape;

    Utf8XmiSave(XMLHelper helper) {
        super(helper);
    }

    @Override
    public void save(XMLResource resource, OutputStream out, Map<?, ?> options) throws IOException {
        if (!isUtf8(resource, options) || out instanceof URIConverter.Writeable
                || Boolean.TRUE.equals(options.get(XMLResource.OPTION_USE_FILE_BUFFER))) {
            super.save(resource, out, options);
            return;
        }
        xmlResource = resource;
        init(resource, options);
        @SuppressWarnings("unchecked")
        List<? extends EObject> contents = roots = (List<? extends EObject>) options.get(XMLResource.OPTION_ROOT_OBJECTS);
        if (contents == null) {
            contents = resource.getContents();
        }
        traverse(contents);
        // getChars, not stringIterator: the iterator returns stale strings from a document EMF's configuration
        // cache reused (it skips no emptied segment)
        char[] chars = new char[doc.getLength()];
        Utf8Encoder.write(chars, doc.getChars(chars, 0), out);
        out.flush();
        endSave(contents);
        xmlResource = null;
    }

    @Override
    protected void init(XMLResource resource, Map<?, ?> options) {
        super.init(resource, options);
        emfEscape = escape;
        if (escape != null && isUtf8(resource, options)) {
            PlainValueEscape plain = new PlainValueEscape(escape);
            if (escapeURI == escape) {
                escapeURI = plain;
            }
            escape = plain;
        }
    }

    @Override
    protected void endSave(List<? extends EObject> contents) throws IOException {
        // EMF's configuration cache takes the escape back for other saves: it gets its own, not the wrapper
        escape = emfEscape;
        super.endSave(contents);
    }

    /** Decided as EMF's init decides the encoding: the option, else the resource's. */
    private static boolean isUtf8(XMLResource resource, Map<?, ?> options) {
        Object encoding = options.containsKey(XMLResource.OPTION_ENCODING) ? options.get(XMLResource.OPTION_ENCODING)
                : resource == null ? null : resource.getEncoding();
        return "UTF-8".equalsIgnoreCase(String.valueOf(encoding));
    }

    /**
     * EMF's attribute escape, which copies every value into a buffer of its own before it knows whether
     * anything changes, with a first look for the values that it leaves as they are: no markup character, no
     * line break or tab, no control character, no surrogate and no non-character (U+FFFE, U+FFFF). Any other
     * value, and every text and line conversion, is EMF's.
     */
    private static final class PlainValueEscape extends Escape {

        private final Escape emf;

        PlainValueEscape(Escape emf) {
            this.emf = emf;
        }

        @Override
        public String convert(String input) {
            for (int i = 0, n = input.length(); i < n; i++) {
                char c = input.charAt(i);
                if (c < 0x20 || c == '&' || c == '<' || c == '"' || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE
                        || c > 0xFFFD) {
                    return emf.convert(input);
                }
            }
            return input;
        }

        @Override
        public String convertText(String input) {
            return emf.convertText(input);
        }

        @Override
        public String convertLines(String input) {
            return emf.convertLines(input);
        }
    }
}
