package nl.klachtroute.notification.task;

/** Where a task stands. A task is created {@link #OPEN} and closes once, when its work is done. */
public enum TaskStatus {
    /** In the owner's inbox, still to do (open). */
    OPEN,
    /** Done (afgerond): closed by the event that fulfils it. */
    DONE
}
