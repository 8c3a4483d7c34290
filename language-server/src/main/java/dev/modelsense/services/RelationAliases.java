package dev.modelsense.services;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.SourceNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which model or source each name in a model's SQL stands for, read from the raw text: {@code {{ ref('x') }} as o},
 * {@code join {{ source('s', 't') }} t}, the model or table name itself, and import CTEs
 * ({@code orders as (select * from {{ ref('stg_orders') }})}).
 */
final class RelationAliases {

    private static final Set<String> RELATION_CALLS = Set.of("ref", "source");
    private static final Pattern ALIAS_AFTER = Pattern.compile("^\\s*-?}}\\s*(?:(?i:as)\\s+)?([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern NAMED_FROM = Pattern.compile(
            "(?i)\\b(?:from|join)\\s+([A-Za-z_][A-Za-z0-9_]*)\\s+(?:as\\s+)?([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern CTE = Pattern.compile("(?i)(?:\\bwith|,)\\s*([A-Za-z_][A-Za-z0-9_]*)\\s+as\\s*\\(");
    /** Words that follow a relation but are not its alias. */
    private static final Set<String> KEYWORDS = Set.of("where", "on", "join", "left", "right", "inner", "outer", "full",
            "cross", "group", "order", "limit", "union", "except", "intersect", "having", "using", "natural", "window",
            "qualify", "lateral", "select", "from", "and", "or", "as", "with", "returning", "offset", "fetch", "pivot",
            "unpivot", "tablesample");
    private static final int MAX_TEXT = 2_000_000;

    /** A model/seed/snapshot ({@code node}) or a source ({@code source}) a name stands for; one of them is null. */
    record Target(ParsedNode node, SourceNode source) {
        String uniqueId() {
            return node != null ? node.uniqueId() : source.uniqueId();
        }

        String displayName() {
            return node != null ? node.name() : source.sourceName() + "." + source.tableName();
        }
    }

    private RelationAliases() {
    }

    /** Lower-cased alias to what it stands for; later explicit aliases win over implicit names. */
    static Map<String, Target> of(DocumentContext ctx) {
        String text = ctx.text();
        Map<String, Target> aliases = new LinkedHashMap<>();
        if (text.length() > MAX_TEXT) {
            return aliases;
        }
        String here = ctx.packageName();
        List<TemplateCalls.Call> calls = TemplateCalls.find(text, RELATION_CALLS);
        for (TemplateCalls.Call call : calls) {
            resolve(ctx, call, here).ifPresent(target -> {
                aliases.putIfAbsent(implicitName(call, target), target);
                Matcher alias = ALIAS_AFTER.matcher(text.substring(call.end(), Math.min(text.length(), call.end() + 200)));
                if (alias.find() && !KEYWORDS.contains(alias.group(1).toLowerCase(Locale.ROOT))) {
                    aliases.put(alias.group(1).toLowerCase(Locale.ROOT), target);
                }
            });
        }
        Matcher cte = CTE.matcher(text);
        while (cte.find()) {
            int open = cte.end() - 1;
            int close = matchingParen(text, open);
            for (TemplateCalls.Call call : calls) {
                if (call.start() > open && call.start() < close) {
                    resolve(ctx, call, here).ifPresent(t -> aliases.putIfAbsent(cte.group(1).toLowerCase(Locale.ROOT), t));
                    break;
                }
            }
        }
        Matcher named = NAMED_FROM.matcher(text);
        while (named.find()) { // `join orders o` where orders is a CTE or a model name already known
            Target target = aliases.get(named.group(1).toLowerCase(Locale.ROOT));
            String alias = named.group(2).toLowerCase(Locale.ROOT);
            if (target != null && !KEYWORDS.contains(alias)) {
                aliases.put(alias, target);
            }
        }
        return aliases;
    }

    /** Every distinct relation the file reads. */
    static List<Target> referenced(DocumentContext ctx) {
        Map<String, Target> byId = new LinkedHashMap<>();
        of(ctx).values().forEach(t -> byId.putIfAbsent(t.uniqueId(), t));
        return List.copyOf(byId.values());
    }

    static Optional<Target> resolve(DocumentContext ctx, TemplateCalls.Call call, String callerPackage) {
        if (call.function().equals("ref")) {
            return ProjectLookup.refArgs(call).flatMap(ref -> ProjectLookup.ref(ctx.snapshot(), ref, callerPackage))
                    .map(node -> new Target(node, null));
        }
        List<TemplateCalls.Argument> args = call.positional();
        if (args.size() == 2 && args.get(0).value() != null && args.get(1).value() != null) {
            return ProjectLookup.source(ctx.snapshot(), args.get(0).value(), args.get(1).value(), callerPackage)
                    .map(source -> new Target(null, source));
        }
        return Optional.empty();
    }

    private static String implicitName(TemplateCalls.Call call, Target target) {
        return (target.node() != null ? target.node().name() : target.source().tableName()).toLowerCase(Locale.ROOT);
    }

    private static int matchingParen(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return text.length();
    }
}
