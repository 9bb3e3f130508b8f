package nl.klachtroute.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The figures of one benchmark run, with the machine, versions and settings they were measured on. */
final class Results {

    private final Map<String, Object> machine;
    private final Map<String, Object> versions;
    private final Settings settings;
    private final Instant startedAt;
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Results(Map<String, Object> machine, Map<String, Object> versions, Settings settings, Instant startedAt) {
        this.machine = machine;
        this.versions = versions;
        this.settings = settings;
        this.startedAt = startedAt;
    }

    void add(Figure figure) {
        figures.add(figure);
        System.out.printf(Locale.ROOT, "  %-44s %12s %12s %12s %-6s %s%n", figure.name(), format(figure.min()),
                format(figure.median()), format(figure.max()), figure.unit(),
                figure.target() == null ? "" : figure.target() + (figure.met() ? "  met" : "  NOT MET"));
    }

    void note(String note) {
        notes.add(note);
        System.out.println("  note: " + note);
    }

    List<Figure> figures() {
        return List.copyOf(figures);
    }

    Map<String, Object> asMap(Instant finishedAt) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("startedAt", startedAt.toString());
        map.put("finishedAt", finishedAt.toString());
        map.put("machine", machine);
        map.put("versions", versions);
        map.put("settings", settings.asMap());
        map.put("figures", figures.stream().map(Figure::asMap).toList());
        map.put("notes", notes);
        return map;
    }

    /** Writes {@code latest.json} and {@code latest.md} into the folder. */
    void write(Path folder, Instant finishedAt) throws IOException {
        Files.createDirectories(folder);
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.writeString(folder.resolve("latest.json"), json.writeValueAsString(asMap(finishedAt)) + "\n");
        Files.writeString(folder.resolve("latest.md"), markdown(finishedAt));
    }

    String markdown(Instant finishedAt) {
        StringBuilder md = new StringBuilder("# Klachtroute benchmarks\n\n");
        md.append("Run ").append(startedAt).append(" to ").append(finishedAt).append(".\n\n");
        md.append("| machine | |\n|---|---|\n");
        machine.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        md.append("\n| versions | |\n|---|---|\n");
        versions.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        md.append("\n| settings | |\n|---|---|\n");
        settings.asMap().forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        md.append("\n| figure | unit | min | median | max | runs | target | met |\n|---|---|---:|---:|---:|---:|---|---|\n");
        for (Figure f : figures) {
            md.append("| ").append(f.name()).append(" | ").append(f.unit()).append(" | ").append(format(f.min()))
                    .append(" | ").append(format(f.median())).append(" | ").append(format(f.max())).append(" | ")
                    .append(f.values().size()).append(" | ").append(f.target() == null ? "" : f.target())
                    .append(" | ").append(f.met() == null ? "" : f.met() ? "yes" : "**no**").append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append("\nNotes:\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e12) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : Math.abs(value) >= 1 ? String.format(Locale.ROOT, "%.1f", value)
                        : String.format(Locale.ROOT, "%.3f", value);
    }
}
