package cn.nianbao.ui;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

import cn.nianbao.store.ServerAddress;

/**
 * The passwords of repository servers, in Eclipse secure storage (encrypted with a master password that the
 * system's keyring keeps: libsecret on Linux), one per user, server and database; never in the preference
 * file. Where secure storage cannot encrypt (no keyring running, or none unlocked), a password is kept for
 * this session only, in memory, and {@link #put} says so: it is asked again at the next start rather than
 * written anywhere in plain text. The Linux provider loads libsecret through JNA when first asked: without
 * the library that is an {@link UnsatisfiedLinkError}, without a session bus a {@link SecurityException}, so
 * those count as "no secure storage" too.
 */
public final class ServerPasswords {

    private static final String ROOT = "cn.nianbao/repository";
    private static final String KEY = "password";

    private final ISecurePreferences storage;
    private final Map<String, String> session = new ConcurrentHashMap<>();

    /** {@code storage} null: there is no secure storage at all, every password is for the session. */
    public ServerPasswords(ISecurePreferences storage) {
        this.storage = storage;
    }

    /** The workbench's: the user's default secure storage. */
    public static ServerPasswords ofPlatform() {
        return new ServerPasswords(SecurePreferencesFactory.getDefault());
    }

    /** The password kept for the address, or "" when there is none. */
    public String get(ServerAddress address) {
        String remembered = session.get(id(address));
        if (remembered != null) {
            return remembered;
        }
        if (storage == null) {
            return "";
        }
        try {
            return node(address).get(KEY, "");
        } catch (StorageException | RuntimeException | LinkageError e) {
            ILog.of(ServerPasswords.class).warn("the server password could not be read from secure storage", e);
            return "";
        }
    }

    /** Keeps the password; true when it is in secure storage, false when only for this session. */
    public boolean put(ServerAddress address, String password) {
        session.put(id(address), password);
        if (storage == null) {
            return false;
        }
        try {
            node(address).put(KEY, password, true);
            storage.flush();
            session.remove(id(address));
            return true;
        } catch (StorageException | java.io.IOException | RuntimeException | LinkageError e) {
            ILog.of(ServerPasswords.class).warn("the server password is kept for this session only", e);
            return false;
        }
    }

    private ISecurePreferences node(ServerAddress address) {
        return storage.node(ROOT + "/" + EncodingUtils.encodeSlashes(id(address)));
    }

    /** Who on which server and database: the sslmode does not change whose password it is. */
    private static String id(ServerAddress address) {
        return address.user() + "@" + address.host() + ":" + address.port() + "/" + address.database();
    }
}
