package se.kundval.core.atkomst;

import java.time.LocalDateTime;

/**
 * A loggranskare's review of one access-log entry. Stored append-only beside the entry, so the
 * review is itself logged: who, when and what they wrote.
 *
 * @param postId    the reviewed entry
 * @param granskare the loggranskare's user name
 * @param tid       when, Stockholm time
 * @param kommentar what the reviewer noted
 */
public record Logggranskning(long postId, String granskare, LocalDateTime tid, String kommentar) {
}
