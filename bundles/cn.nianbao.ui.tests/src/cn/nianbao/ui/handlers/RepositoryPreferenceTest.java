package cn.nianbao.ui.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.nianbao.store.ServerAddress;
import cn.nianbao.testing.PostgresServer;
import cn.nianbao.ui.RepositoryAccess;
import cn.nianbao.ui.ServerPasswords;
import cn.nianbao.ui.UiLanguage;
import cn.nianbao.ui.grid.Screenshots;
import cn.nianbao.ui.grid.Widgets;

/**
 * Preferences ▸ 资料库 driven as a user drives it, against the private PostgreSQL server the test starts: choose
 * the server, type its address and password, 测试连接 (a wrong password first), OK; the workbench then uses
 * the server, and the password is read back from secure storage, not from the preference file.
 */
class RepositoryPreferenceTest {

    private static final long PATIENCE_MILLIS = 30_000;
    private static final String MASTER = "master password of the test's own secure storage";

    @TempDir
    Path folder;

    private final Display display = Display.getDefault();
    private final Shell shell = new Shell(display);
    private final List<String> seen = new ArrayList<>();

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void aServerIsTestedChosenAndItsPasswordKeptInSecureStorage() throws Exception {
        PostgresServer server = server();
        String database = server.createDatabase();
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("cn.nianbao.ui.tests.preferences");
        preferences.clear();
        Path storageFile = folder.resolve("secure_storage");
        ServerPasswords passwords = new ServerPasswords(secureStorage(storageFile));
        RepositoryAccess repository = new RepositoryAccess(folder.resolve("data"));
        AtomicInteger switched = new AtomicInteger();
        repository.addListener(switched::incrementAndGet);
        String connected = UiLanguage.english() ? "Connected to" : "已连接";
        String refused = UiLanguage.english() ? "did not let the user nianbao in" : "拒绝了用户 nianbao 的登录";

        PreferencesDialog dialog = new PreferencesDialog(shell, repository, passwords, preferences);
        display.asyncExec(() -> {
            try {
                RepositorySection s = dialog.section;
                seen.add(s.host.isEnabled() ? "server fields enabled" : "server fields disabled");
                choose(s.server, s.embedded);
                s.host.setText(server.host());
                s.port.setSelection(server.port());
                s.database.setText(database);
                s.user.setText(server.user());
                s.password.setText("wrong");
                press(s.test);
                seen.add(await(() -> s.result.getText().contains(refused)) ? "wrong password refused"
                        : "no refusal: " + s.result.getText());
                s.password.setText(server.password());
                press(s.test);
                seen.add(await(() -> s.result.getText().contains(connected)) ? "connected"
                        : "not connected: " + s.result.getText());
                Widgets.flush();
                Screenshots.save(dialog.getShell(), "preferences-repository-" + (UiLanguage.english() ? "en" : "zh"));
                press(Widgets.find(dialog.getShell(), Button.class, IDialogConstants.OK_LABEL));
            } catch (RuntimeException | AssertionError e) {
                seen.add("script failed: " + e);
            }
            if (dialog.getShell() != null) {
                seen.add("dialog left open");
                dialog.close();
            }
        });
        int code = dialog.open();

        assertEquals(List.of("server fields disabled", "wrong password refused", "connected"), seen);
        assertEquals(Window.OK, code);
        ServerAddress address = repository.server();
        assertEquals("postgresql://nianbao@127.0.0.1:" + server.port() + "/" + database, address.toString());
        assertEquals(1, switched.get(), "the views were told once to open the new repository");
        assertEquals(address.toString(), repository.get().location(), "the workbench opens the server");
        repository.close();

        for (String key : preferences.keys()) {
            assertFalse(preferences.get(key, "").contains(server.password()), "the password is in preference " + key);
        }
        assertEquals(server.host(), preferences.get("repository.host", ""));
        ServerPasswords reopened = new ServerPasswords(secureStorage(storageFile));
        assertEquals(server.password(), reopened.get(address), "read back from secure storage");
        assertFalse(Files.readString(storageFile).contains(server.password()), "encrypted in the storage file");
    }

    @Test
    void withoutSecureStorageAPasswordIsKeptForTheSessionOnly() throws Exception {
        ServerPasswords none = new ServerPasswords(null);
        ServerAddress address = ServerAddress.parse("postgresql://zhangsan@db.example/nianbao");

        assertFalse(none.put(address, "s3cret"), "said to be kept for this session only");
        assertEquals("s3cret", none.get(address));
        assertEquals("", new ServerPasswords(null).get(address), "nothing outlives the session");
    }

    private static ISecurePreferences secureStorage(Path file) throws Exception {
        // the test's own storage, unlocked by a given master password: no keyring or prompt under Xvfb
        return SecurePreferencesFactory.open(file.toUri().toURL(), Map.of(IProviderHints.DEFAULT_PASSWORD,
                new PBEKeySpec(MASTER.toCharArray()), IProviderHints.PROMPT_USER, Boolean.FALSE));
    }

    private static PostgresServer server() {
        return PostgresServer.forTest();
    }

    /** As a click on a radio button: it is selected, the other one of its group is not. */
    private static void choose(Button radio, Button other) {
        other.setSelection(false);
        radio.setSelection(true);
        radio.notifyListeners(SWT.Selection, new Event());
    }

    private static void press(Button button) {
        button.notifyListeners(SWT.Selection, new Event());
        Widgets.flush();
    }

    private boolean await(BooleanSupplier condition) {
        long end = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return condition.getAsBoolean();
    }
}
