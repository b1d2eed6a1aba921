package dev.eventex.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Expands the command line's PATHs into documents: files as given, directories walked
 * recursively (following links, detecting loops) for files matching the glob, sorted by path
 * so runs are reproducible. Entries that cannot be read become items carrying an error.
 */
final class InputLister {

    private final PathMatcher matcher;
    private final List<String> warnings = new ArrayList<>();

    InputLister(String glob) {
        this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }

    List<String> warnings() {
        return warnings;
    }

    List<InputItem> list(List<String> args) throws UsageException {
        List<InputItem> out = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                out.add(InputItem.stdin());
                continue;
            }
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                int before = out.size();
                walk(arg, p, out);
                if (out.size() == before) {
                    warnings.add("no files matching '" + matcherDescription() + "' under " + arg);
                }
            } else if (Files.exists(p)) {
                out.add(InputItem.file(arg, p));
            } else if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                out.add(InputItem.failed(arg, "BROKEN_LINK", "symbolic link whose target does not exist: " + arg));
            } else {
                throw new UsageException("no such file or directory: " + arg);
            }
        }
        return out;
    }

    private String glob = "*.txt";

    InputLister withGlobDescription(String g) {
        this.glob = g;
        return this;
    }

    private String matcherDescription() {
        return glob;
    }

    private void walk(String arg, Path root, List<InputItem> out) {
        List<InputItem> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && matcher.matches(file.getFileName())) {
                        found.add(InputItem.file(display(arg, root, file), file));
                    } else if (attrs.isSymbolicLink() && matcher.matches(file.getFileName())) {
                        // a link that could not be followed: its target is missing
                        String shown = display(arg, root, file);
                        found.add(InputItem.failed(shown, "BROKEN_LINK", "symbolic link whose target does not exist: " + shown));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String shown = display(arg, root, file);
                    if (e instanceof FileSystemLoopException) {
                        warnings.add("skipped a symbolic link loop at " + shown);
                    } else if (matcher.matches(file.getFileName())) {
                        String code = e instanceof NoSuchFileException ? "BROKEN_LINK"
                                : e instanceof AccessDeniedException ? "UNREADABLE" : "IO_ERROR";
                        found.add(InputItem.failed(shown, code, "cannot read " + shown + ": " + e.getClass().getSimpleName()));
                    } else {
                        warnings.add("cannot read " + shown + ": " + e.getClass().getSimpleName());
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            warnings.add("cannot walk " + arg + ": " + e.getMessage());
        }
        found.sort(java.util.Comparator.comparing(InputItem::source));
        out.addAll(found);
    }

    private static String display(String arg, Path root, Path file) {
        Path rel = root.relativize(file);
        String sep = arg.endsWith("/") ? "" : "/";
        return arg + sep + rel.toString().replace('\\', '/');
    }

    /** Wrong usage: reported with a clear message and exit code 2. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
