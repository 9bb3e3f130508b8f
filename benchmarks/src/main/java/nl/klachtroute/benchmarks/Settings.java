package nl.klachtroute.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one benchmark run does; every value can be set as a system property {@code -Dbench.<name>=...}
 * (README). The defaults are the figures: a minute at 100 complaints per second, a million events,
 * a million complaints behind the dashboard.
 *
 * @param runs                repetitions of each measurement (min / median / max over them)
 * @param levelSeconds        how long each intake concurrency level runs
 * @param concurrency         the rising concurrency levels of the intake benchmark
 * @param endToEndRate        complaints per second in the end-to-end benchmark
 * @param endToEndSeconds     how long it registers at that rate
 * @param endToEndWarmUpSeconds how long it registers at that rate before each run, not counted
 * @param replayEvents        events on the topics for the analytics replay
 * @param dashboardComplaints complaints in the read models when the dashboard is measured
 * @param dashboardSamples    calls of each dashboard API per run
 * @param only                which benchmarks run: {@code intake,endToEnd,replay,dashboard} (all by default)
 */
record Settings(int runs, int levelSeconds, List<Integer> concurrency, int endToEndRate, int endToEndSeconds,
        int endToEndWarmUpSeconds, int replayEvents, int dashboardComplaints, int dashboardSamples,
        List<String> only) {

    boolean runs(String benchmark) {
        return only.contains(benchmark);
    }

    static Settings fromSystemProperties() {
        return new Settings(
                Integer.getInteger("bench.runs", 3),
                Integer.getInteger("bench.levelSeconds", 8),
                List.of(System.getProperty("bench.concurrency", "1,2,4,8,16,32,64").split(",")).stream()
                        .map(String::trim).map(Integer::valueOf).toList(),
                Integer.getInteger("bench.endToEndRate", 100),
                Integer.getInteger("bench.endToEndSeconds", 60),
                Integer.getInteger("bench.endToEndWarmUpSeconds", 15),
                Integer.getInteger("bench.replayEvents", 1_000_000),
                Integer.getInteger("bench.dashboardComplaints", 1_000_000),
                Integer.getInteger("bench.dashboardSamples", 20),
                List.of(System.getProperty("bench.only", "intake,endToEnd,replay,dashboard").split(",")).stream()
                        .map(String::trim).toList());
    }

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("runs", runs);
        map.put("levelSeconds", levelSeconds);
        map.put("concurrency", concurrency);
        map.put("endToEndRate", endToEndRate);
        map.put("endToEndSeconds", endToEndSeconds);
        map.put("endToEndWarmUpSeconds", endToEndWarmUpSeconds);
        map.put("replayEvents", replayEvents);
        map.put("dashboardComplaints", dashboardComplaints);
        map.put("dashboardSamples", dashboardSamples);
        map.put("only", only);
        return map;
    }
}
