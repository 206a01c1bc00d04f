package cn.nianbao.store.internal;

import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Factory;

/**
 * The LZ4 block compressor new revision rows are written with: lz4-java's JNI coder where its library loads
 * (Linux amd64 and aarch64, Windows amd64: twice as fast as the pure-Java one, benchmarks.md `lz4jni`), its
 * pure-Java safe coder where it does not or where {@value #PROPERTY}{@code =java} says not to load native code.
 * Both write the standard block format, read back by the one pure-Java safe decompressor ({@link Lz4Content});
 * their bytes may differ, which nothing depends on: hashes, chain, seals and backups are of the plain bytes.
 * The native coder is only ever given our own native XMI, never a file from outside as it came.
 */
public final class ContentCompressor {

    /** {@code -Dnianbao.lz4=java}: never load native code for the stored content. */
    public static final String PROPERTY = "nianbao.lz4";

    private static final String JAVA_SETTING = "java";

    private static final ContentCompressor JAVA = new ContentCompressor("java",
            LZ4Factory.safeInstance().fastCompressor());

    private final String name;
    private final LZ4Compressor compressor;

    private ContentCompressor(String name, LZ4Compressor compressor) {
        this.name = name;
        this.compressor = compressor;
    }

    /**
     * The coder for the property as it is now: read on every call (a map look-up, against tens of microseconds
     * of compression), so that a test can set it; the native library is loaded on the first call that wants it.
     */
    public static ContentCompressor chosen() {
        return forSetting(System.getProperty(PROPERTY));
    }

    /** {@code "java"}: the pure-Java coder; anything else, unset included: the native one if it loads. */
    public static ContentCompressor forSetting(String setting) {
        return JAVA_SETTING.equals(setting) ? JAVA : Native.CODER;
    }

    /** {@code "jni"} or {@code "java"}: a fall-back to the slower coder shows here. */
    public String name() {
        return name;
    }

    LZ4Compressor compressor() {
        return compressor;
    }

    /** Loaded by the first call that wants native code, never when the property says java. */
    private static final class Native {

        static final ContentCompressor CODER = load();

        private static ContentCompressor load() {
            try {
                return new ContentCompressor("jni", LZ4Factory.nativeInstance().fastCompressor());
            } catch (LinkageError | AssertionError | RuntimeException e) {
                // no library for this platform, a temporary folder that cannot be written or is mounted noexec,
                // a library that fails its self-test: lz4-java throws (fastestInstance() would fall back, but
                // under OSGi it never tries native code), and the pure-Java coder writes the same format
                return JAVA;
            }
        }
    }
}
