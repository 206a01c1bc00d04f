package cn.nianbao.ui.grid;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/** Saves what a control shows as a PNG, for the docs and for failed UI tests. */
public final class Screenshots {

    private Screenshots() {
    }

    static Path folder() {
        String property = System.getProperty("nianbao.screenshots");
        return Path.of(property == null || property.isBlank() ? "target/screenshots" : property);
    }

    public static Path save(Control control, String name) {
        try {
            Display display = control.getDisplay();
            for (int i = 0; i < 20 && display.readAndDispatch(); i++) {
                // let pending paints happen before the capture
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
        } catch (Exception e) {
            return null;
        }
    }
}
