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
    private final List<String> errors = new ArrayList<>();
    private final Set<Path> excluded = new HashSet<>();
    private DirectoryOpener opener = Files::newDirectoryStream;

    /** Opens a directory for listing (a seam for tests: permissions do not bind root). */
    interface DirectoryOpener {
        DirectoryStream<Path> open(Path dir) throws IOException;
    }

    InputLister(String glob) {
        this.glob = glob;
        this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }

    InputLister withDirectoryOpener(DirectoryOpener o) {
        this.opener = o;
        return this;
    }

    /**
     * Files never taken from a directory (the output and its temp file): compared by
     * absolute normalized path and, when they exist, by real path.
     */
    InputLister excluding(Path... files) {
        for (Path f : files) {
            excluded.add(f.toAbsolutePath().normalize());
            try {
                excluded.add(f.toRealPath());
            } catch (IOException e) {
                // does not exist (yet): the normalized path is enough
            }
        }
        return this;
    }

    /** Problems found so far that lose nothing (link loops, directories without matching files, skipped FIFOs). */
    List<String> warnings() {
        return warnings;
    }

    /** Inputs that could not be read and have no document to report on (an unreadable directory). */
    List<String> errors() {
        return errors;
    }

    /** True when the file found in a directory is one of the excluded files. */
    private boolean isExcluded(Path child) {
        if (excluded.isEmpty()) {
            return false;
        }
        if (excluded.contains(child.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return excluded.contains(child.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether a file would be taken as an input from one of the arguments: given itself, or
     * matching the glob inside a given directory.
     */
    boolean wouldTake(List<String> args, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path real = abs;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            try {
                Path parent = abs.getParent();
                real = parent == null ? abs : parent.toRealPath().resolve(abs.getFileName());
            } catch (IOException e2) {
                // keep the normalized path
            }
        }
        for (String arg : args) {
            if (arg.equals("-")) {
                continue;
            }
            Path p = Path.of(arg);
            try {
                if (Files.isDirectory(p)) {
                    Path dirReal = p.toRealPath();
                    if (real.startsWith(dirReal) && !real.equals(dirReal) && matcher.matches(real.getFileName())) {
                        return true;
                    }
                } else if (Files.exists(p) && Files.exists(real) && Files.isSameFile(p, real)) {
                    return true;
                }
            } catch (IOException e) {
                // an argument that cannot be resolved cannot be the output
            }
        }
        return false;
    }

    /** Whether a file given itself as an argument is {@code file}. */
    static boolean isGivenDirectly(List<String> args, Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        for (String arg : args) {
            if (arg.equals("-")) {
                continue;
            }
            Path p = Path.of(arg);
            try {
                if (!Files.isDirectory(p) && Files.exists(p) && Files.isSameFile(p, file)) {
                    return true;
                }
            } catch (IOException e) {
                // cannot be compared: not the same
            }
        }
        return false;
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
        Iterator<InputItem> it = new Walk(args, new ArrayList<>(), new ArrayList<>());
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    /** Items in order, produced on demand. */
    Iterator<InputItem> iterate(List<String> args) {
        return new Walk(args, warnings, errors);
    }

    private final class Walk implements Iterator<InputItem> {
        private final Iterator<String> args;
        private final List<String> warn;
        private final List<String> err;
        private final Deque<Frame> stack = new ArrayDeque<>();
        private final Set<Object> visitedDirs = new HashSet<>();
        private InputItem next;
        private String currentArg;
        private int foundUnderArg;

        Walk(List<String> args, List<String> warn, List<String> err) {
            this.args = args.iterator();
            this.warn = warn;
            this.err = err;
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
                    String shown = f.display + "/" + PathNames.fileName(child);
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
            } else if (matches && isExcluded(child)) {
                // the output file (or its temp file) sits among the inputs: never read it back
            } else if (Files.isRegularFile(child)) {
                if (matches) {
                    next = InputItem.file(shown, child);
                    foundUnderArg++;
                }
            } else if (matches && Files.isSymbolicLink(child)) {
                next = InputItem.failed(shown, "BROKEN_LINK", "symbolic link whose target does not exist: " + shown);
                foundUnderArg++;
            } else if (matches && Files.exists(child)) {
                // a FIFO, socket or device: reading it could block forever or never end
                warn.add("skipped " + shown + ": not a regular file (" + kind(child) + ")");
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
                err.add("cannot read directory " + shown + ": " + reason(e));
                return;
            }
            if (!visitedDirs.add(key)) {
                warn.add("skipped a symbolic link loop at " + shown);
                return;
            }
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> ds = opener.open(dir)) {
                for (Path c : ds) {
                    children.add(c);
                }
            } catch (IOException | java.nio.file.DirectoryIteratorException e) {
                err.add("cannot read directory " + shown + ": " + reason(e));
                return;
            }
            children.sort((a, b) -> PathNames.fileName(a).compareTo(PathNames.fileName(b)));
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

    private static String reason(Exception e) {
        Throwable t = e instanceof java.nio.file.DirectoryIteratorException d ? d.getCause() : e;
        if (t instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (t instanceof java.nio.file.NoSuchFileException) {
            return "it no longer exists";
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** What kind of non-regular file this is, for a message. */
    private static String kind(Path p) {
        try {
            Object mode = Files.getAttribute(p, "unix:mode");
            if (mode instanceof Integer m) {
                switch (m & 0170000) {
                    case 0010000: return "a FIFO";
                    case 0140000: return "a socket";
                    case 0020000: return "a character device";
                    case 0060000: return "a block device";
                    default: break;
                }
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // fall through
        }
        return "a special file";
    }

    /** Wrong usage: reported with a clear message and exit code 2. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
