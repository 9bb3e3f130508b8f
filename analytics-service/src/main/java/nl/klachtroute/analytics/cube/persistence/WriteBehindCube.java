package nl.klachtroute.analytics.cube.persistence;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;

import nl.klachtroute.analytics.cube.CellId;
import nl.klachtroute.analytics.cube.ComplaintCube;
import nl.klachtroute.analytics.cube.Tally;

/**
 * The live projection's changes of the cube, summed in memory and written together every interval: many
 * complaints of one day, team or category share their cells, so a burst writes each cell once instead of once per
 * event (each event touches about 24 cells). Questions read the stored cube and so see a change up to one interval
 * late.
 * <p>
 * Nothing is lost on a crash: before the first change of a round is taken, the cube is marked incomplete, and it is
 * marked complete again only once everything taken was written. A start that finds it incomplete derives it again
 * from the facts ({@code CubeConfiguration}), as the first start with a cube does. A write that fails keeps its
 * changes for the next round, and the mark until that start. One analytics-service instance writes a generation's cube; a second one would have to
 * share that mark.
 */
public class WriteBehindCube implements ComplaintCube, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WriteBehindCube.class);
    /** Cells held before a change waits for a write, so a long catch-up holds bounded memory. */
    static final int MAX_CELLS = 20_000;
    private final MongoComplaintCube cube;
    private final ScheduledExecutorService writer;
    /** Per cube collection, the changes not written yet; guarded by this. */
    private final Map<String, Map<CellId, Tally>> pending = new HashMap<>();
    /** Cube collections marked incomplete and not marked complete again yet; guarded by this. */
    private final Set<String> marked = new LinkedHashSet<>();
    private int cells;
    /** A write failed part way: the cube stays marked incomplete until a start derives it; guarded by this. */
    private boolean suspect;

    public WriteBehindCube(MongoComplaintCube cube, Duration interval) {
        this.cube = cube;
        this.writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "analytics-cube-writer");
            thread.setDaemon(true);
            return thread;
        });
        writer.scheduleWithFixedDelay(this::writeQuietly, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public Directory directory() {
        return cube.directory();
    }

    @Override
    public Map<CellId, Tally> find(Collection<CellId> wanted) {
        return cube.find(wanted);
    }

    @Override
    public void add(Map<CellId, Tally> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        boolean full;
        synchronized (this) {
            String name = cube.collection();
            if (marked.add(name)) {
                cube.markComplete(name, false);
            }
            Map<CellId, Tally> sums = pending.computeIfAbsent(name, n -> new HashMap<>());
            deltas.forEach((cell, tally) -> sums.computeIfAbsent(cell, c -> {
                cells++;
                return new Tally();
            }).add(tally, 1));
            full = cells >= MAX_CELLS;
        }
        if (full) {
            write();
        }
    }

    /**
     * Writes what is pending and marks the cube complete again. Changes of a generation that is no longer active
     * are dropped: a rebuild replaced it, and its cube is not read again.
     */
    public synchronized void write() {
        if (pending.isEmpty() && marked.isEmpty()) {
            return; // nothing to do, and no question to the store (which may be gone at shutdown)
        }
        String active = cube.collection();
        try {
            for (var it = pending.entrySet().iterator(); it.hasNext();) {
                Map.Entry<String, Map<CellId, Tally>> entry = it.next();
                if (entry.getKey().equals(active)) {
                    entry.getValue().values().removeIf(Tally::isEmpty);
                    cube.addTo(entry.getKey(), entry.getValue());
                }
                it.remove();
            }
        } catch (RuntimeException e) {
            // Part of a bulk may have been written: writing it again could count twice, so the cube stays marked
            // incomplete and the next start derives it.
            suspect = true;
            throw e;
        } finally {
            cells = pending.values().stream().mapToInt(Map::size).sum();
        }
        if (!suspect) {
            for (String name : marked) {
                if (name.equals(active)) {
                    cube.markComplete(name, true);
                }
            }
            marked.clear();
        }
    }

    private void writeQuietly() {
        try {
            write();
        } catch (DataAccessException | IllegalStateException e) {
            log.warn("Analytics cube not written; kept for the next round, and derived again at the next start: {}",
                    e.toString());
        }
    }

    /** After the consumers stopped (lifecycle beans stop before singletons are destroyed): the last changes. */
    @Override
    public void destroy() {
        writer.shutdownNow();
        writeQuietly();
    }
}
