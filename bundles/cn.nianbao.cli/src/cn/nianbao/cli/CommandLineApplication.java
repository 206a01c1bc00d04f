package cn.nianbao.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless application behind {@code ./nianbao check|export|rules}: returns the exit code. */
public final class CommandLineApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        // Chinese text must reach the terminal intact whatever the locale's charset is
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = new NianbaoCommandLine(out, err, CliText.forDefaultLocale()).run(args == null ? new String[0] : args);
        out.flush();
        err.flush();
        // the equinox launcher exits with this property's value
        System.setProperty("eclipse.exitcode", Integer.toString(code));
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // runs to completion; nothing to interrupt
    }
}
