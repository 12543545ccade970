package dev.spillway.sim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/**
 * Draws runs on one PNG with Java2D, headless: foreground p99 per second on a log scale above,
 * background IDs admitted (solid) and shed (dashed) per second below, one colour per run.
 */
public final class Chart {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 680;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final Color[] COLOURS = {
        new Color(0x55, 0x55, 0x55), new Color(0xd6, 0x27, 0x28), new Color(0x1f, 0x77, 0xb4),
        new Color(0x2c, 0xa0, 0x2c), new Color(0x94, 0x67, 0xbd),
    };
    private static final Stroke SOLID = new BasicStroke(2f);
    private static final Stroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);

    private Chart() {
    }

    /** Writes the chart of {@code runs} (label to series, in legend order) as a PNG. */
    public static void write(Map<String, List<SecondRow>> runs, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(render(runs), "png", png.toFile())) {
            throw new IOException("no PNG writer in this JVM");
        }
    }

    /** The chart as an image. */
    public static BufferedImage render(Map<String, List<SecondRow>> runs) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            int seconds = runs.values().stream().mapToInt(List::size).max().orElse(1);
            Panel top = new Panel(60, 330, seconds);
            Panel bottom = new Panel(410, 610, seconds);
            drawLatency(g, top, runs);
            drawBackground(g, bottom, runs);
            drawLegend(g, runs);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A plotting area: pixel rows {@code top} to {@code bottom}, x in seconds. */
    private record Panel(int top, int bottom, int seconds) {
        double x(double second) {
            return LEFT + (WIDTH - LEFT - RIGHT) * second / Math.max(1, seconds - 1);
        }
    }

    private static void drawLatency(Graphics2D g, Panel panel, Map<String, List<SecondRow>> runs) {
        double max = runs.values().stream().flatMap(List::stream)
                .map(SecondRow::foregroundP99Ms).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).max().orElse(10);
        int decades = Math.max(1, (int) Math.ceil(Math.log10(Math.max(10, max))));
        ToDoubleFunction<Double> y = ms -> panel.bottom() - (panel.bottom() - panel.top())
                * Math.log10(Math.max(1, ms)) / decades;
        axes(g, panel, "foreground p99 per second (ms, log scale)");
        for (int d = 0; d <= decades; d++) {
            double value = Math.pow(10, d);
            int py = (int) y.applyAsDouble(value);
            g.setColor(new Color(0xe0, 0xe0, 0xe0));
            g.drawLine(LEFT, py, WIDTH - RIGHT, py);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%,.0f", value), 8, py + 4);
        }
        int colour = 0;
        for (List<SecondRow> series : runs.values()) {
            Path2D.Double line = new Path2D.Double();
            boolean drawing = false;
            for (SecondRow row : series) {
                if (row.foregroundP99Ms() == null) {
                    drawing = false;
                    continue;
                }
                double px = panel.x(row.second());
                double py = y.applyAsDouble(row.foregroundP99Ms());
                if (drawing) {
                    line.lineTo(px, py);
                } else {
                    line.moveTo(px, py);
                    drawing = true;
                }
            }
            g.setColor(COLOURS[colour++ % COLOURS.length]);
            g.setStroke(SOLID);
            g.draw(line);
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static void drawBackground(Graphics2D g, Panel panel,
            Map<String, List<SecondRow>> runs) {
        int max = runs.values().stream().flatMap(List::stream)
                .mapToInt(r -> Math.max(r.admitted(), r.shed())).max().orElse(0);
        int top = Math.max(5, max);
        axes(g, panel, "background IDs per second: admitted (solid), shed (dashed)");
        g.setColor(Color.DARK_GRAY);
        g.drawString(Integer.toString(top), 8, panel.top() + 4);
        g.drawString("0", 8, panel.bottom() + 4);
        int colour = 0;
        for (List<SecondRow> series : runs.values()) {
            Color c = COLOURS[colour++ % COLOURS.length];
            plotCounts(g, panel, series, top, SecondRow::admitted, c, SOLID);
            plotCounts(g, panel, series, top, SecondRow::shed, c, DASHED);
        }
        g.setStroke(new BasicStroke(1f));
        g.setColor(Color.DARK_GRAY);
        g.drawString("seconds since start", WIDTH / 2 - 50, panel.bottom() + 30);
        for (int s = 0; s < panel.seconds(); s += Math.max(1, panel.seconds() / 10)) {
            g.drawString(Integer.toString(s), (int) panel.x(s) - 4, panel.bottom() + 15);
        }
    }

    private static void plotCounts(Graphics2D g, Panel panel, List<SecondRow> series, int top,
            java.util.function.ToIntFunction<SecondRow> value, Color colour, Stroke stroke) {
        if (series.stream().mapToInt(value).sum() == 0) {
            return;
        }
        Path2D.Double line = new Path2D.Double();
        for (SecondRow row : series) {
            double px = panel.x(row.second());
            double py = panel.bottom() - (panel.bottom() - panel.top())
                    * (double) value.applyAsInt(row) / top;
            if (row.second() == series.get(0).second()) {
                line.moveTo(px, py);
            } else {
                line.lineTo(px, py);
            }
        }
        g.setColor(colour);
        g.setStroke(stroke);
        g.draw(line);
    }

    private static void axes(Graphics2D g, Panel panel, String title) {
        g.setColor(Color.BLACK);
        g.drawString(title, LEFT, panel.top() - 10);
        g.drawLine(LEFT, panel.top(), LEFT, panel.bottom());
        g.drawLine(LEFT, panel.bottom(), WIDTH - RIGHT, panel.bottom());
    }

    private static void drawLegend(Graphics2D g, Map<String, List<SecondRow>> runs) {
        int x = LEFT;
        int colour = 0;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        for (String label : runs.keySet()) {
            g.setColor(COLOURS[colour++ % COLOURS.length]);
            g.fillRect(x, 18, 14, 14);
            g.setColor(Color.BLACK);
            g.drawString(label, x + 20, 30);
            x += 30 + g.getFontMetrics().stringWidth(label) + 20;
        }
    }
}
