package cn.nianbao.ui;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Shell;

/**
 * Runs a workbench command by its id (a command of a bundle above this one, such as the review bundle's
 * compare), with parameters and with values that stand in for the active ones (the report to act on). The
 * e4 handler service keeps a handler's failure in its static context instead of throwing it; here it is shown
 * and logged like any other failure.
 */
public final class WorkbenchCommands {

    /** Where e4's HandlerServiceImpl leaves an exception thrown by the handler it ran. */
    private static final String HANDLER_EXCEPTION = "HandlerServiceImpl.exception";

    private WorkbenchCommands() {
    }

    /** True when the command is there to run (its bundle may be absent). */
    public static boolean available(ECommandService commands, String id) {
        var command = commands.getCommand(id);
        return command != null && command.isDefined();
    }

    public static void run(Shell shell, ECommandService commands, EHandlerService handlers, String id,
            Map<String, Object> parameters, Map<Class<?>, Object> active) {
        IEclipseContext context = EclipseContextFactory.create("command " + id);
        try {
            active.forEach((type, value) -> context.set(type.getName(), value));
            ParameterizedCommand command = commands.createCommand(id, parameters);
            if (command == null) {
                throw new IllegalStateException("command " + id + " with parameters " + parameters.keySet()
                        + " is not defined");
            }
            handlers.executeHandler(command, context);
            if (context.getLocal(HANDLER_EXCEPTION) instanceof Throwable failure) {
                throw failure;
            }
        } catch (Throwable e) {
            Failures.show(shell, WorkbenchCommands.class, Messages.Repository_title,
                    Messages.bind(Messages.Repository_failed, e.getMessage() == null ? e.toString() : e.getMessage()), e);
        } finally {
            context.dispose();
        }
    }
}
