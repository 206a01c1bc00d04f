package cn.nianbao.ui.handlers;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import cn.nianbao.store.RepositoryException;
import cn.nianbao.store.ServerAddress;
import cn.nianbao.store.ServerCheck;
import cn.nianbao.ui.Messages;
import cn.nianbao.ui.RepositoryChoice;
import cn.nianbao.ui.UiLanguage;

/**
 * Preferences ▸ 资料库: the data folder's embedded repository or a team's PostgreSQL server (host, port,
 * database, user, password, TLS), and 测试连接, which connects in a job (the dialog stays live) and says in the
 * user's language what it found or why the server cannot be used. With {@code -Dnianbao.startupProbe=true}
 * the result is printed too, for the acceptance suite (scenario 18), which reads no text from the screen.
 */
final class RepositorySection {

    private static final int WIDE = 320;

    final Button embedded;
    final Button server;
    final Text host;
    final Spinner port;
    final Text database;
    final Text user;
    final Text password;
    final Combo tls;
    final Button test;
    final Label result;
    private final Control[] serverFields;

    RepositorySection(Composite parent, RepositoryChoice choice, String storedPassword) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.Prefs_repository);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(group);
        embedded = radio(group, Messages.Prefs_embedded);
        server = radio(group, Messages.Prefs_server);
        host = field(group, Messages.Prefs_host, choice.host(), SWT.NONE);
        new Label(group, SWT.NONE).setText(Messages.Prefs_port);
        port = new Spinner(group, SWT.BORDER);
        port.setValues(choice.port(), 1, 65535, 0, 1, 100);
        database = field(group, Messages.Prefs_database, choice.database(), SWT.NONE);
        user = field(group, Messages.Prefs_user, choice.user(), SWT.NONE);
        password = field(group, Messages.Prefs_password, storedPassword, SWT.PASSWORD);
        new Label(group, SWT.NONE).setText(Messages.Prefs_tls);
        tls = new Combo(group, SWT.READ_ONLY);
        tls.setItems(Messages.Prefs_tlsDisable, Messages.Prefs_tlsPrefer, Messages.Prefs_tlsRequire,
                Messages.Prefs_tlsVerifyFull);
        tls.select(Math.max(0, java.util.Arrays.asList(RepositoryChoice.SSL_MODES).indexOf(choice.sslMode())));
        test = new Button(group, SWT.PUSH);
        test.setText(Messages.Prefs_test);
        test.addListener(SWT.Selection, e -> testConnection());
        GridDataFactory.swtDefaults().span(2, 1).applyTo(test);
        result = new Label(group, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(WIDE + 120, SWT.DEFAULT).applyTo(result);
        serverFields = new Control[] {host, port, database, user, password, tls, test};
        (choice.server() ? server : embedded).setSelection(true);
        server.addListener(SWT.Selection, e -> enableServerFields());
        embedded.addListener(SWT.Selection, e -> enableServerFields());
        enableServerFields();
    }

    /** What the fields say now (not yet kept). */
    RepositoryChoice choice() {
        return new RepositoryChoice(server.getSelection(), host.getText().strip(), port.getSelection(),
                database.getText().strip(), user.getText().strip(),
                RepositoryChoice.SSL_MODES[Math.max(0, tls.getSelectionIndex())]);
    }

    private void testConnection() {
        ServerAddress address;
        try {
            address = choice().address();
        } catch (RepositoryException e) {
            show(e);
            return;
        }
        String typed = password.getText();
        test.setEnabled(false);
        result.setText(Messages.Prefs_testing);
        Job job = Job.create(Messages.Prefs_test, monitor -> {
            String said;
            try {
                ServerCheck check = ServerCheck.run(address, typed);
                said = UiLanguage.english() ? check.messageEn() : check.messageZh();
            } catch (RepositoryException e) {
                said = text(e);
            }
            String shown = said;
            if (!result.isDisposed()) {
                result.getDisplay().asyncExec(() -> showResult(shown));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void showResult(String text) {
        if (Boolean.getBoolean("nianbao.startupProbe")) {
            System.out.println("NIANBAO_SERVER_CHECK " + text.replace('\n', ' '));
        }
        if (!result.isDisposed()) {
            result.setText(text);
            test.setEnabled(server.getSelection());
            growToShow(result.getShell());
        }
    }

    /** A result of several lines makes the dialog taller rather than being cut off. */
    private static void growToShow(Shell shell) {
        Point size = shell.getSize();
        Point wanted = shell.computeSize(size.x, SWT.DEFAULT);
        if (wanted.y > size.y) {
            shell.setSize(size.x, wanted.y);
        }
        shell.layout(true, true);
    }

    void show(RepositoryException e) {
        showResult(text(e));
    }

    private static String text(RepositoryException e) {
        return UiLanguage.english() ? e.messageEn() : e.messageZh();
    }

    private void enableServerFields() {
        for (Control field : serverFields) {
            field.setEnabled(server.getSelection());
        }
    }

    private static Button radio(Group group, String text) {
        Button button = new Button(group, SWT.RADIO);
        button.setText(text);
        GridDataFactory.swtDefaults().span(2, 1).applyTo(button);
        return button;
    }

    private static Text field(Group group, String caption, String value, int style) {
        new Label(group, SWT.NONE).setText(caption);
        Text text = new Text(group, SWT.BORDER | style);
        text.setText(value);
        GridDataFactory.swtDefaults().hint(WIDE, SWT.DEFAULT).applyTo(text);
        return text;
    }
}
