package dev.modelsense.conventions;

import java.util.regex.Pattern;

/**
 * A glob over project-relative paths or names: {@code *} matches within one folder, {@code **} across folders,
 * {@code ?} one character. A pattern without wildcards also matches everything under it as a folder, so
 * {@code models/legacy} and {@code models/legacy/**} mean the same.
 */
record PathGlob(String text, Pattern pattern) {

    static PathGlob of(String text) {
        String normalized = text.replace('\\', '/');
        while (normalized.startsWith("./")) {
            normalized = normalized.substring(2);
        }
        if (normalized.endsWith("/")) {
            normalized = normalized + "**";
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == '*' && i + 1 < normalized.length() && normalized.charAt(i + 1) == '*') {
                boolean wholeSegment = i + 2 < normalized.length() && normalized.charAt(i + 2) == '/';
                regex.append(wholeSegment ? "(?:.*/)?" : ".*");
                i += wholeSegment ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (!normalized.contains("*") && !normalized.contains("?")) {
            regex.append("(?:/.*)?");
        }
        return new PathGlob(text, Pattern.compile(regex.toString()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PathGlob that && that.pattern.pattern().equals(pattern.pattern());
    }

    @Override
    public int hashCode() {
        return pattern.pattern().hashCode();
    }

    boolean matches(String pathOrName) {
        return pathOrName != null && pattern.matcher(pathOrName.replace('\\', '/')).matches();
    }
}
