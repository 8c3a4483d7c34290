package dev.modelsense.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A JSON Schema (draft-07) validator for the keywords the SARIF schema uses. A keyword it does not know fails
 * validation rather than being skipped, so a schema it cannot fully check is never reported as satisfied.
 */
public final class JsonSchemaValidator {

    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$comment", "title", "description",
            "default", "definitions");

    private final JsonObject root;

    public JsonSchemaValidator(String schemaText) {
        this.root = JsonParser.parseString(schemaText).getAsJsonObject();
    }

    /** Every violation, as {@code json-path: what is wrong}; empty when the document is valid. */
    public List<String> validate(String documentText) {
        List<String> errors = new ArrayList<>();
        validate(JsonParser.parseString(documentText), root, "$", errors);
        return errors;
    }

    private void validate(JsonElement value, JsonObject schema, String path, List<String> errors) {
        for (Map.Entry<String, JsonElement> keyword : schema.entrySet()) {
            String name = keyword.getKey();
            JsonElement argument = keyword.getValue();
            switch (name) {
                case "$ref" -> validate(value, resolve(argument.getAsString(), path, errors), path, errors);
                case "type" -> {
                    if (!hasType(value, argument.getAsString())) {
                        errors.add(path + ": expected " + argument.getAsString() + ", got " + value);
                    }
                }
                case "enum" -> {
                    if (!argument.getAsJsonArray().contains(value)) {
                        errors.add(path + ": " + value + " is not one of " + argument);
                    }
                }
                case "required" -> {
                    if (value.isJsonObject()) {
                        for (JsonElement key : argument.getAsJsonArray()) {
                            if (!value.getAsJsonObject().has(key.getAsString())) {
                                errors.add(path + ": missing required '" + key.getAsString() + "'");
                            }
                        }
                    }
                }
                case "properties" -> {
                    if (value.isJsonObject()) {
                        for (Map.Entry<String, JsonElement> property : argument.getAsJsonObject().entrySet()) {
                            JsonElement child = value.getAsJsonObject().get(property.getKey());
                            if (child != null) {
                                validate(child, property.getValue().getAsJsonObject(), path + "." + property.getKey(),
                                        errors);
                            }
                        }
                    }
                }
                case "additionalProperties" -> additional(value, schema, argument, path, errors);
                case "items" -> {
                    if (value.isJsonArray()) {
                        JsonArray array = value.getAsJsonArray();
                        for (int i = 0; i < array.size(); i++) {
                            validate(array.get(i), argument.getAsJsonObject(), path + "[" + i + "]", errors);
                        }
                    }
                }
                case "minItems" -> {
                    if (value.isJsonArray() && value.getAsJsonArray().size() < argument.getAsInt()) {
                        errors.add(path + ": fewer than " + argument + " items");
                    }
                }
                case "uniqueItems" -> {
                    if (argument.getAsBoolean() && value.isJsonArray()
                            && new HashSet<>(value.getAsJsonArray().asList()).size() != value.getAsJsonArray().size()) {
                        errors.add(path + ": items are not unique");
                    }
                }
                case "minimum" -> {
                    if (isNumber(value) && value.getAsDouble() < argument.getAsDouble()) {
                        errors.add(path + ": " + value + " < minimum " + argument);
                    }
                }
                case "maximum" -> {
                    if (isNumber(value) && value.getAsDouble() > argument.getAsDouble()) {
                        errors.add(path + ": " + value + " > maximum " + argument);
                    }
                }
                case "pattern" -> {
                    if (isString(value) && !Pattern.compile(argument.getAsString()).matcher(value.getAsString()).find()) {
                        errors.add(path + ": '" + value.getAsString() + "' does not match " + argument);
                    }
                }
                case "format" -> format(value, argument.getAsString(), path, errors);
                case "anyOf", "oneOf" -> {
                    int matching = 0;
                    for (JsonElement branch : argument.getAsJsonArray()) {
                        List<String> branchErrors = new ArrayList<>();
                        validate(value, branch.getAsJsonObject(), path, branchErrors);
                        matching += branchErrors.isEmpty() ? 1 : 0;
                    }
                    if (matching == 0 || name.equals("oneOf") && matching > 1) {
                        errors.add(path + ": " + matching + " branches of " + name + " match " + argument);
                    }
                }
                default -> {
                    if (!ANNOTATIONS.contains(name)) {
                        errors.add(path + ": the validator does not support keyword '" + name + "'");
                    }
                }
            }
        }
    }

    private void additional(JsonElement value, JsonObject schema, JsonElement argument, String path,
                            List<String> errors) {
        if (!value.isJsonObject()) {
            return;
        }
        JsonObject declared = schema.has("properties") ? schema.getAsJsonObject("properties") : new JsonObject();
        for (Map.Entry<String, JsonElement> member : value.getAsJsonObject().entrySet()) {
            if (declared.has(member.getKey())) {
                continue;
            }
            if (argument.isJsonPrimitive()) {
                if (!argument.getAsBoolean()) {
                    errors.add(path + ": property '" + member.getKey() + "' is not allowed");
                }
            } else {
                validate(member.getValue(), argument.getAsJsonObject(), path + "." + member.getKey(), errors);
            }
        }
    }

    private JsonObject resolve(String ref, String path, List<String> errors) {
        String prefix = "#/definitions/";
        if (ref.startsWith(prefix) && root.getAsJsonObject("definitions").has(ref.substring(prefix.length()))) {
            return root.getAsJsonObject("definitions").getAsJsonObject(ref.substring(prefix.length()));
        }
        errors.add(path + ": the schema does not define " + ref);
        return new JsonObject();
    }

    private static void format(JsonElement value, String format, String path, List<String> errors) {
        if (!isString(value)) {
            return;
        }
        try {
            URI uri = new URI(value.getAsString());
            if (format.equals("uri") && !uri.isAbsolute()) {
                errors.add(path + ": '" + value.getAsString() + "' is not an absolute URI");
            } else if (!format.equals("uri") && !format.equals("uri-reference")) {
                errors.add(path + ": the validator does not support format '" + format + "'");
            }
        } catch (URISyntaxException e) {
            errors.add(path + ": '" + value.getAsString() + "' is not a URI: " + e.getMessage());
        }
    }

    private static boolean hasType(JsonElement value, String type) {
        return switch (type) {
            case "object" -> value.isJsonObject();
            case "array" -> value.isJsonArray();
            case "string" -> isString(value);
            case "boolean" -> value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean();
            case "number" -> isNumber(value);
            case "integer" -> isNumber(value) && value.getAsDouble() == Math.rint(value.getAsDouble());
            case "null" -> value.isJsonNull();
            default -> false;
        };
    }

    private static boolean isString(JsonElement value) {
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
    }

    private static boolean isNumber(JsonElement value) {
        return value instanceof JsonPrimitive primitive && primitive.isNumber();
    }
}
