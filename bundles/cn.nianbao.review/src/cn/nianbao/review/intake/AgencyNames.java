package cn.nianbao.review.intake;

import java.text.Normalizer;

/**
 * The obvious normalisations under which a report's agency name and a roster's unit name are the same unit:
 * full-width and half-width forms (NFKC), white space anywhere, 人民政府 written 政府, a government named
 * by its area alone (宿迁市 for 宿迁市人民政府), and the region's own name in front (洪泽区人民政府 on the
 * roster of 淮安市 is 淮安市洪泽区人民政府).
 */
public final class AgencyNames {

    private AgencyNames() {
    }

    /** NFKC without any white space (full-width spaces included). */
    static String plain(String name) {
        return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]+", "");
    }

    /** The key two names of one unit share, within the roster of {@code region} (may be null). */
    public static String key(String name, String region) {
        String key = plain(name).replace("人民政府", "政府");
        if (key.matches(".+[省市县区旗]")) {
            key = key + "政府";
        }
        String prefix = plain(region);
        if (!prefix.isEmpty() && key.startsWith(prefix) && key.length() > prefix.length()
                && !key.substring(prefix.length()).startsWith("政府")) {
            key = key.substring(prefix.length());
        }
        return key;
    }
}
