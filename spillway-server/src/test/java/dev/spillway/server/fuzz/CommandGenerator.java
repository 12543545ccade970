package dev.spillway.server.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random commands that follow the grammar closely enough to reach the command handlers: real
 * command names with random sequence sets, mailbox names, flags, quoted strings with escapes,
 * literals of both kinds, search keys and fetch items; a share of them is then broken by
 * byte edits. Literal announcements appear only where the generator puts a literal, and
 * nothing before one can hide it, so the client always knows what the server waits for; the
 * edits never add braces, CR or LF.
 */
final class CommandGenerator {

    private static final String[] NAMES = {"CAPABILITY", "NOOP", "ID", "ENABLE", "LOGIN",
        "AUTHENTICATE", "SELECT", "EXAMINE", "CREATE", "DELETE", "RENAME", "SUBSCRIBE",
        "UNSUBSCRIBE", "LIST", "LSUB", "STATUS", "APPEND", "IDLE", "CHECK", "CLOSE",
        "UNSELECT", "EXPUNGE", "SEARCH", "FETCH", "STORE", "COPY", "MOVE", "UID", "NAMESPACE",
        "UIDBATCHES", "XYZZY", "LOGOUT", "STARTTLS", "COMPRESS"};
    private static final String[] MAILBOXES = {"INBOX", "inbox", "Projects", "Archive", "Trash",
        "Fuzz", "Fuzz/Sub", "\"Sent Items\"", "\"\"", "&ZeVnLIqe-", "&", "%", "*", "INBOX/x"};
    private static final String[] FLAGS = {"\\Seen", "\\Deleted", "\\Flagged", "\\Answered",
        "\\Draft", "\\Recent", "\\*", "\\Bogus", "$Junk", "$Forwarded", "kw", "NIL"};
    private static final String[] FETCH_ITEMS = {"FLAGS", "UID", "ENVELOPE", "BODYSTRUCTURE",
        "BODY", "RFC822.SIZE", "INTERNALDATE", "MODSEQ", "BODY.PEEK[]", "BODY.PEEK[HEADER]",
        "BODY[TEXT]<0.10>", "BODY.PEEK[1]", "BODY.PEEK[1.2.MIME]", "BINARY.PEEK[1]",
        "BINARY.SIZE[1]", "BODY.PEEK[HEADER.FIELDS (Subject From)]", "RFC822.HEADER",
        "BODY.PEEK[9.9]", "BODY.PEEK[]<4294967295.1>", "PREVIEW", "ALL", "FAST", "FULL"};
    private static final String[] SEARCH_KEYS = {"ALL", "SEEN", "UNSEEN", "DELETED", "NEW",
        "OLD", "RECENT", "FLAGGED", "DRAFT", "ANSWERED", "UNDELETED", "$"};
    private static final String[] DATES = {"1-Feb-1994", "31-Dec-2026", "29-Feb-2023",
        "32-Jan-2020", "1-Foo-2000", "01-Jan-0000"};
    private static final String ATOM = "abcxyzABCXYZ0189.-_&";
    private static final String EDIT_BYTES = "()[]<>\" \\*%$:,.-+~0123456789aZ\u0000\u00e9";

    private final Random random;
    private int tags;

    CommandGenerator(Random random) {
        this.random = random;
    }

    /**
     * The next command; about one in six is edited after it was built, and one in forty is a
     * line without a valid tag, which can only be answered untagged.
     */
    FuzzCommand next() {
        if (random.nextInt(40) == 0) {
            String line = pick("", "*", "* NOOP", "+x NOOP", "(x LOGIN a b", "\"q\" NOOP",
                    "x\u00e9 NOOP", "\\Seen FETCH 1 FLAGS");
            return new FuzzCommand(null, "untagged", List.of(new FuzzCommand.Segment(
                    line.getBytes(StandardCharsets.UTF_8), null, false)));
        }
        String tag = "f" + ++tags;
        String name = NAMES[random.nextInt(NAMES.length)];
        if (name.equals("LOGOUT") || name.equals("STARTTLS") || name.equals("COMPRESS")) {
            // These end the plain connection when they succeed; keep them rare.
            name = random.nextInt(8) == 0 ? name : "NOOP";
        }
        Builder b = new Builder(tag + " " + name);
        arguments(b, name);
        List<FuzzCommand.Segment> segments = b.build();
        if (random.nextInt(6) == 0) {
            segments = edit(segments, tag.length() + 1);
        }
        return new FuzzCommand(tag, name, segments);
    }

    private void arguments(Builder b, String name) {
        switch (name) {
            case "ID" -> {
                // Apple Mail's background work is what the shedding policy judges.
                if (random.nextBoolean()) {
                    b.text(" (\"name\" \"com.apple.email.maild\" \"event\" ")
                            .text(pick("\"back-fill\")", "\"indexer,periodic\")", "NIL)"));
                } else {
                    b.text(" (\"name\" ").string().text(" \"event\" ").string().text(")");
                }
            }
            case "ENABLE" -> b.text(" ").text(pick("CONDSTORE", "QRESYNC", "UTF8=ACCEPT", "X"));
            case "LOGIN" -> b.text(" ").astring().text(" ").astring();
            case "AUTHENTICATE" -> b.text(pick(" PLAIN", " PLAIN =", " PLAIN AGZ1enoAeA==",
                    " XOAUTH2", " PLAIN !!"));
            case "SELECT", "EXAMINE" -> b.text(" ").mailbox()
                    .text(pick("", "", " (CONDSTORE)", " (QRESYNC (1 2))", " (QRESYNC (0 1))"));
            case "CREATE", "DELETE", "SUBSCRIBE", "UNSUBSCRIBE" -> b.text(" ").mailbox();
            case "RENAME", "COPY", "MOVE" -> {
                if (!name.equals("RENAME")) {
                    b.text(" ").sequence();
                }
                b.text(" ").mailbox();
                if (name.equals("RENAME")) {
                    b.text(" ").mailbox();
                }
            }
            case "LIST" -> b.text(pick(" ", " (SUBSCRIBED) ", " (SPECIAL-USE) ")).mailbox()
                    .text(" ").mailbox()
                    .text(pick("", "", " RETURN (CHILDREN)", " RETURN (STATUS (MESSAGES))"));
            case "LSUB" -> b.text(" ").mailbox().text(" ").mailbox();
            case "STATUS" -> b.text(" ").mailbox().text(" (")
                    .text(pick("MESSAGES", "UIDNEXT UNSEEN", "SIZE HIGHESTMODSEQ", "BOGUS", ""))
                    .text(")");
            case "APPEND" -> append(b);
            case "SEARCH" -> b.text(pick("", "", " RETURN (MIN MAX COUNT)", " RETURN (SAVE)",
                    " CHARSET UTF-8")).text(" ").searchKey(3);
            case "FETCH" -> b.text(" ").sequence().text(" ").fetchItems()
                    .text(pick("", "", " (CHANGEDSINCE 1)", " (CHANGEDSINCE 0)"));
            case "STORE" -> b.text(" ").sequence().text(" ")
                    .text(pick("", "(UNCHANGEDSINCE 5) ")).text(pick("+", "-", ""))
                    .text(pick("FLAGS", "FLAGS.SILENT", "FLAGZ")).text(" ").flags();
            case "UID" -> {
                String sub = pick("FETCH", "STORE", "SEARCH", "COPY", "MOVE", "EXPUNGE", "X");
                b.text(" " + sub);
                if (sub.equals("EXPUNGE")) {
                    b.text(" ").sequence();
                } else {
                    arguments(b, sub);
                }
            }
            case "UIDBATCHES" -> b.text(" ").text(pick("1", "500", "0", "99999999999"));
            case "COMPRESS" -> b.text(pick(" DEFLATE", " LZMA", ""));
            case "XYZZY" -> b.text(" ").astring().text(" (").astring().text(")");
            default -> b.text(random.nextInt(10) == 0 ? " extra" : "");
        }
    }

    private void append(Builder b) {
        b.text(" ").mailbox();
        if (random.nextBoolean()) {
            b.text(" ").flags();
        }
        if (random.nextInt(3) == 0) {
            b.text(" \"").text(pick("07-Feb-1994 21:52:25 -0800", "31-Feb-1994 21:52:25 -0800",
                    " 1-Jan-2026 00:00:00 +0000", "bogus")).text("\"");
        }
        b.text(" ");
        String message = "Subject: fuzz " + random.nextInt(1000) + "\r\n\r\n"
                + "x".repeat(random.nextInt(300)) + "\r\n";
        if (random.nextInt(10) == 0) {
            message = "m".repeat(9000 + random.nextInt(2000));
        }
        b.literal(message.getBytes(StandardCharsets.US_ASCII), random.nextBoolean(),
                random.nextInt(8) == 0);
    }

    /**
     * Byte edits after the tag: insert, delete or replace, from bytes that add no literal. Only
     * the last segment is edited: an edit before a literal announcement can open a quoted
     * string that hides it, and the literal data the client then sends anyway would be read
     * as a command of its own, one the client knows nothing about.
     */
    private List<FuzzCommand.Segment> edit(List<FuzzCommand.Segment> segments, int keep) {
        List<FuzzCommand.Segment> out = new ArrayList<>(segments);
        int last = out.size() - 1;
        StringBuilder text = new StringBuilder(new String(out.get(last).text(),
                StandardCharsets.ISO_8859_1));
        int from = last == 0 ? keep : 0;
        for (int n = 1 + random.nextInt(4); n > 0 && text.length() > from; n--) {
            int at = from + random.nextInt(text.length() - from);
            char c = EDIT_BYTES.charAt(random.nextInt(EDIT_BYTES.length()));
            switch (random.nextInt(3)) {
                case 0 -> text.insert(at, c);
                case 1 -> text.deleteCharAt(at);
                default -> text.setCharAt(at, c);
            }
        }
        out.set(last, new FuzzCommand.Segment(text.toString()
                .getBytes(StandardCharsets.ISO_8859_1), null, false));
        return out;
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    /** Appends text and literals to the command being built. */
    private final class Builder {

        private final List<FuzzCommand.Segment> segments = new ArrayList<>();
        private StringBuilder line;

        Builder(String start) {
            line = new StringBuilder(start);
        }

        Builder text(String s) {
            line.append(s);
            return this;
        }

        Builder literal(byte[] data, boolean sync, boolean binary) {
            line.append(binary ? "~{" : "{").append(data.length).append(sync ? "}" : "+}");
            segments.add(new FuzzCommand.Segment(bytes(line), data, sync));
            line = new StringBuilder();
            return this;
        }

        Builder astring() {
            return random.nextInt(3) == 0 ? text(random.nextBoolean() ? atom() : "fuzz")
                    : string();
        }

        /**
         * A quoted string with escapes, a literal, or an empty or badly escaped string. Never
         * an unterminated one: it would hide a literal announced after it (edits make those).
         */
        Builder string() {
            switch (random.nextInt(4)) {
                case 0 -> text("\"" + atom().replace("a", "\\\\").replace("b", "\\\"") + "\"");
                case 1 -> text("\"caf\u00e9 " + atom() + "\"");
                case 2 -> literal(atom().getBytes(StandardCharsets.US_ASCII),
                        random.nextBoolean(), false);
                default -> text(pick("NIL", "\"\"", "\"bad\\escape\""));
            }
            return this;
        }

        Builder mailbox() {
            if (random.nextInt(6) == 0) {
                return astring();
            }
            return text(MAILBOXES[random.nextInt(MAILBOXES.length)]);
        }

        Builder sequence() {
            return text(pick("1", "*", "1:*", "2:4", "1,3:5", "$", "0", "4294967295",
                    "4294967296", "5:1", "1:2,*", String.valueOf(random.nextInt(20) + 1),
                    "99999999999999999999", "1,,2"));
        }

        Builder flags() {
            StringBuilder list = new StringBuilder("(");
            for (int n = random.nextInt(4); n > 0; n--) {
                list.append(FLAGS[random.nextInt(FLAGS.length)]).append(n > 1 ? " " : "");
            }
            return text(random.nextInt(5) == 0 ? FLAGS[0] : list.append(")").toString());
        }

        Builder fetchItems() {
            if (random.nextBoolean()) {
                return text(FETCH_ITEMS[random.nextInt(FETCH_ITEMS.length)]);
            }
            text("(");
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                text(FETCH_ITEMS[random.nextInt(FETCH_ITEMS.length - 3)]).text(n > 1 ? " " : "");
            }
            return text(")");
        }

        Builder searchKey(int depth) {
            int choice = depth == 0 ? random.nextInt(2) : random.nextInt(9);
            switch (choice) {
                case 0 -> text(SEARCH_KEYS[random.nextInt(SEARCH_KEYS.length)]);
                case 1 -> text(pick("SINCE ", "BEFORE ", "SENTON ")).text(pick(DATES));
                case 2 -> text(pick("FROM ", "SUBJECT ", "BODY ", "TEXT ")).astring();
                case 3 -> text("OR ").searchKey(depth - 1).text(" ").searchKey(depth - 1);
                case 4 -> text("NOT ").searchKey(depth - 1);
                case 5 -> text("(").searchKey(depth - 1).text(" ").searchKey(depth - 1).text(")");
                case 6 -> text(pick("UID ", "")).sequence();
                case 7 -> text(pick("LARGER ", "SMALLER ", "MODSEQ "))
                        .text(pick("0", "100", "18446744073709551616"));
                default -> text("HEADER ").astring().text(" ").astring();
            }
            return this;
        }

        List<FuzzCommand.Segment> build() {
            segments.add(new FuzzCommand.Segment(bytes(line), null, false));
            return segments;
        }

        private String atom() {
            StringBuilder s = new StringBuilder();
            for (int n = 1 + random.nextInt(12); n > 0; n--) {
                s.append(ATOM.charAt(random.nextInt(ATOM.length())));
            }
            return s.toString();
        }

        private byte[] bytes(StringBuilder s) {
            return s.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
