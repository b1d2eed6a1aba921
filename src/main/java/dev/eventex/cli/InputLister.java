package dev.eventex.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Expands the command line's PATHs into documents, lazily: files as given, directories
 * walked depth-first with each directory's entries sorted by name (following links,
 * skipping link loops), so a run over a million files never holds the whole list. Entries
 * that cannot be read become items carrying an error, so nothing is dropped silently.
 */
final class InputLister {

    private final PathMatcher matcher;
    private final String glob;
    private final List<String> warnings = new ArrayList<>();

    InputLister(String glob) {
        this.glob = glob;
        this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }

    /** Problems found so far (link loops, directories without matching files). */
    List<String> warnings() {
        return warnings;
    }

    /** Checks the arguments exist (usage errors come before any work). */
    void validate(List<String> args) throws UsageException {
        for (String arg : args) {
            if (arg.equals("-")) {
                continue;
            }
            Path p = Path.of(arg);
            if (!Files.exists(p) && !Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                throw new UsageException("no such file or directory: " + arg);
            }
        }
    }

    /** All items, materialized (for small runs and tests). */
    List<InputItem> list(List<String> args) throws UsageException {
        validate(args);
        List<InputItem> out = new ArrayList<>();
        iterate(args).forEachRemaining(out::add);
        return out;
    }

    /** Counts the items without keeping them (for the progress bar). */
    int count(List<String> args) {
        int n = 0;
        Iterator<InputItem> it = new Walk(args, new ArrayList<>());
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    /** Items in order, produced on demand. */
    Iterator<InputItem> iterate(List<String> args) {
        return new Walk(args, warnings);
    }

    private final class Walk implements Iterator<InputItem> {
        private final Iterator<String> args;
        private final List<String> warn;
        private final Deque<Frame> stack = new ArrayDeque<>();
        private final Set<Object> visitedDirs = new HashSet<>();
        private InputItem next;
        private String currentArg;
        private int foundUnderArg;

        Walk(List<String> args, List<String> warn) {
            this.args = args.iterator();
            this.warn = warn;
        }

        private record Frame(String display, Iterator<Path> children) {
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (!stack.isEmpty()) {
                    Frame f = stack.peek();
                    if (!f.children.hasNext()) {
                        stack.pop();
                        if (stack.isEmpty() && foundUnderArg == 0) {
                            warn.add("no files matching '" + glob + "' under " + currentArg);
                        }
                        continue;
                    }
                    Path child = f.children.next();
                    String shown = f.display + "/" + child.getFileName();
                    visit(child, shown);
                    continue;
                }
                if (!args.hasNext()) {
                    return false;
                }
                String arg = args.next();
                if (arg.equals("-")) {
                    next = InputItem.stdin();
                    continue;
                }
                Path p = Path.of(arg);
                if (Files.isDirectory(p)) {
                    currentArg = arg;
                    foundUnderArg = 0;
                    enter(p, arg.endsWith("/") ? arg.substring(0, arg.length() - 1) : arg);
                } else if (Files.exists(p)) {
                    next = InputItem.file(arg, p);
                } else {
                    next = InputItem.failed(arg, "BROKEN_LINK", "symbolic link whose target does not exist: " + arg);
                }
            }
            return true;
        }

        private void visit(Path child, String shown) {
            boolean matches = matcher.matches(child.getFileName());
            if (Files.isDirectory(child)) {
                enter(child, shown);
            } else if (Files.isRegularFile(child)) {
                if (matches) {
                    next = InputItem.file(shown, child);
                    foundUnderArg++;
                }
            } else if (matches && Files.isSymbolicLink(child)) {
                next = InputItem.failed(shown, "BROKEN_LINK", "symbolic link whose target does not exist: " + shown);
                foundUnderArg++;
            } else if (matches && !Files.isReadable(child)) {
                next = InputItem.failed(shown, "UNREADABLE", "cannot read " + shown);
                foundUnderArg++;
            }
        }

        private void enter(Path dir, String shown) {
            Object key;
            try {
                key = dir.toRealPath();
            } catch (IOException e) {
                warn.add("cannot read directory " + shown + ": " + e.getMessage());
                return;
            }
            if (!visitedDirs.add(key)) {
                warn.add("skipped a symbolic link loop at " + shown);
                return;
            }
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path c : ds) {
                    children.add(c);
                }
            } catch (IOException e) {
                warn.add("cannot read directory " + shown + ": " + e.getMessage());
                return;
            }
            children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
            stack.push(new Frame(shown, children.iterator()));
        }

        @Override
        public InputItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            InputItem n = next;
            next = null;
            return n;
        }
    }

    /** Wrong usage: reported with a clear message and exit code 2. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
