package io.github.cdilogin.internal.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * One bucket of the shared logout record: the hashes of the sessions logged out whose ids hash to it,
 * each with the instant until which a copy of that session could still be used. Pure: no cache, no
 * table, no clock; {@link SharedLogouts} reads and writes it as one string under one key.
 *
 * <p><b>The bound, and why it fails safe.</b> A bucket keeps at most {@link #MAX_SESSIONS} sessions.
 * A logout that finds it full (after the sessions that could no longer live are dropped) does not
 * forget anyone: it folds the whole bucket into one <em>wide</em> entry, "every session of this bucket
 * created at or before now (plus {@link #CLOCK_MARGIN_MILLIS}) is logged out, until the latest of their
 * instants". A stale copy of a
 * logged-out session was created before its logout, so it is still refused; what the fold costs is
 * collateral, never a forgotten logout: other sessions of that bucket created before the fold are
 * logged out too (their users log in again, under a new session id). Sessions created after the fold
 * pass, so a full bucket never stops anyone from logging in. The record as a whole therefore never holds
 * more than {@code 4,096 × 24 = 98,304} session hashes plus one wide entry per bucket, however fast a client
 * loops logouts; an attacker who does pays a login per entry and can at worst log other users out once.
 *
 * <p>Text form: entries separated by a space; a session is {@code hash.until}, the wide entry
 * {@code *createdBefore.until}, instants in milliseconds in base 36; an entry that cannot be read is left
 * out.
 */
final class LogoutBucket {

    /** Sessions one bucket keeps before it folds them into one wide entry. */
    static final int MAX_SESSIONS = 24;
    /**
     * How far apart the members' clocks may be: a session's creation time is the creating member's clock,
     * the fold's the folding member's, so a fold refuses sessions created up to this long after it.
     */
    static final long CLOCK_MARGIN_MILLIS = 60_000;

    private static final char WIDE = '*';
    private static final char SEPARATOR = ' ';
    private static final char UNTIL = '.';

    private final List<Session> sessions;
    /** The wide entry: sessions created at or before {@code wideCreatedBefore} are logged out; 0: none. */
    private final long wideCreatedBefore;
    private final long wideUntil;

    private record Session(String hash, long until) {
    }

    private LogoutBucket(List<Session> sessions, long wideCreatedBefore, long wideUntil) {
        this.sessions = sessions;
        this.wideCreatedBefore = wideCreatedBefore;
        this.wideUntil = wideUntil;
    }

    /**
     * @param text a bucket's stored text, or {@code null} for an empty bucket
     * @return the bucket; an entry that cannot be read is left out
     */
    static LogoutBucket parse(String text) {
        List<Session> sessions = new ArrayList<>();
        long wideCreatedBefore = 0;
        long wideUntil = 0;
        if (text != null) {
            for (String entry : text.split(String.valueOf(SEPARATOR))) {
                int dot = entry.lastIndexOf(UNTIL);
                if (dot < 1 || dot == entry.length() - 1) {
                    continue;
                }
                try {
                    long until = Long.parseLong(entry, dot + 1, entry.length(), Character.MAX_RADIX);
                    if (entry.charAt(0) == WIDE) {
                        long createdBefore = Long.parseLong(entry, 1, dot, Character.MAX_RADIX);
                        wideCreatedBefore = Math.max(wideCreatedBefore, createdBefore);
                        wideUntil = Math.max(wideUntil, until);
                    } else {
                        sessions.add(new Session(entry.substring(0, dot), until));
                    }
                } catch (NumberFormatException unreadable) {
                    // not ours to read: left out
                }
            }
        }
        return new LogoutBucket(sessions, wideCreatedBefore, wideUntil);
    }

    /**
     * @param hash the hash of a session id
     * @param createdAt when that session was created, in milliseconds
     * @param now the time now, in milliseconds
     * @return whether that session was logged out and a copy of it could still be used
     */
    boolean refuses(String hash, long createdAt, long now) {
        if (wideUntil > now && createdAt <= wideCreatedBefore) {
            return true;
        }
        byte[] asked = hash.getBytes(StandardCharsets.US_ASCII);
        for (Session session : sessions) {
            if (session.until > now && MessageDigest.isEqual(asked, session.hash.getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param hash the hash of the session logged out
     * @param until until when a copy of it could be used
     * @param now the time now: entries that could no longer be used are dropped
     * @return the bucket with that logout: a session more, or, when it would hold more than
     *         {@link #MAX_SESSIONS}, one wide entry for all of them
     */
    LogoutBucket with(String hash, long until, long now) {
        List<Session> kept = new ArrayList<>(sessions.size() + 1);
        for (Session session : sessions) {
            if (session.until > now && !session.hash.equals(hash)) {
                kept.add(session);
            }
        }
        kept.add(new Session(hash, until));
        boolean wide = wideUntil > now;
        if (kept.size() <= MAX_SESSIONS) {
            return new LogoutBucket(kept, wide ? wideCreatedBefore : 0, wide ? wideUntil : 0);
        }
        long latest = wide ? wideUntil : 0;
        for (Session session : kept) {
            latest = Math.max(latest, session.until);
        }
        return new LogoutBucket(List.of(), now + CLOCK_MARGIN_MILLIS, latest);
    }

    /** @return the latest instant this bucket still matters until; 0 when it is empty */
    long until() {
        long latest = wideUntil;
        for (Session session : sessions) {
            latest = Math.max(latest, session.until);
        }
        return latest;
    }

    /** @return how many session hashes it keeps (a wide entry not counted) */
    int sessions() {
        return sessions.size();
    }

    /** @return whether it holds a wide entry */
    boolean isWide() {
        return wideUntil != 0;
    }

    /** @return the stored text */
    String text() {
        StringBuilder text = new StringBuilder(sessions.size() * 34 + 20);
        if (wideUntil != 0) {
            text.append(WIDE).append(Long.toString(wideCreatedBefore, Character.MAX_RADIX))
                    .append(UNTIL).append(Long.toString(wideUntil, Character.MAX_RADIX));
        }
        for (Session session : sessions) {
            if (!text.isEmpty()) {
                text.append(SEPARATOR);
            }
            text.append(session.hash).append(UNTIL).append(Long.toString(session.until, Character.MAX_RADIX));
        }
        return text.toString();
    }
}
