package nl.klachtroute.notification.task;

/** Where a task stands. A task is created {@link #OPEN} and closes once: when its work is done, or when it is
 * handed over to someone else. */
public enum TaskStatus {
    /** In the owner's inbox, still to do (open). */
    OPEN,
    /** Done (afgerond): closed by the event that fulfils it. */
    DONE,
    /**
     * Handed over (overgedragen): the work moved to someone else (a handler or teammanager was
     * (re)assigned), who got a task of their own.
     */
    HANDED_OVER
}
