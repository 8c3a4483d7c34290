package dev.modelsense.services;

import dev.modelsense.project.Location;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a var's key in dbt_project.yml text: below the top-level {@code vars:} key, possibly in a package block. */
final class VarKeys {

    private static final Pattern KEY = Pattern.compile("^( *)(['\"]?)([A-Za-z0-9_\\-]+)\\2\\s*:");

    private VarKeys() {
    }

    static Optional<Location> find(Path file, String text, String name) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        boolean inVars = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            Matcher m = KEY.matcher(line);
            boolean topLevel = !Character.isWhitespace(line.charAt(0));
            if (topLevel) {
                inVars = m.find() && m.group(3).equals("vars");
                continue;
            }
            if (inVars && m.find() && m.group(3).equals(name)) {
                return Optional.of(new Location(file, i, m.start(3)));
            }
        }
        return Optional.empty();
    }
}
