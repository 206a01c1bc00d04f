package cn.nianbao.review.ui.compare;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/** Saves what a control shows as a PNG into {@code nianbao.screenshots} (docs/screenshots from the script). */
public final class Screenshots {

    private Screenshots() {
    }

    static Path folder() {
        String property = System.getProperty("nianbao.screenshots");
        return Path.of(property == null || property.isBlank() ? "target/screenshots" : property);
    }

    private static void redraw(Control control) {
        control.redraw();
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                redraw(child);
            }
        }
    }

    public static Path save(Control control, String name) throws Exception {
        Display display = control.getDisplay();
        // NatTable sizes wrapped label rows while it paints: let it paint, relayout and paint again
        for (int round = 0; round < 3; round++) {
            redraw(control);
            long end = System.currentTimeMillis() + 400;
            while (System.currentTimeMillis() < end) {
                if (!display.readAndDispatch()) {
                    Thread.sleep(20);
                }
            }
        }
        control.update();
        var bounds = control.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(control);
        gc.copyArea(image, 0, 0);
        gc.dispose();
        ImageData data = image.getImageData();
        image.dispose();
        Files.createDirectories(folder());
        Path file = folder().resolve(name + ".png");
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return file;
    }
}
