package io.certscan.bootstrap.rules;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Moshi;
import io.certscan.domain.catalogue.CertificateCatalogue;
import io.certscan.domain.catalogue.CertificateType;
import io.certscan.domain.catalogue.FieldCheck;
import io.certscan.domain.identifier.IdentifierKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Rule packs: certificate types described in JSON, read with Moshi and checked field by field, each
 * problem named with its file and line. The built-in catalogue is such a pack
 * ({@code certificate-types.json} beside this class); {@code rules.packs} / {@code --rules} add
 * more, a type with an id already known replacing it.
 *
 * <pre>{"types": [{"id": "crane-operator", "name": "起重机司机证", "titles": ["起重机司机证", "起重机械作业人员证"],
 *   "required_fields": ["证号", "姓名", ["准操项目", "作业项目"]], "validity_field": "有效期", "review_field": "下次复审日期",
 *   "max_validity_years": 4, "checks": [{"field": "证号", "identifier": "resident-id"},
 *   {"field": "档案编号", "format": "QZ\\d{8}", "description": "QZ 加 8 位数字"}]}]}</pre>
 */
public final class RulePacks
{
    public static final String BUILT_IN = "certificate-types.json";
    private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);
    private static final Set<String> TYPE_KEYS = Set.of("id", "name", "titles", "required_fields", "validity_field", "review_field", "max_validity_years", "checks");
    private static final Set<String> CHECK_KEYS = Set.of("field", "identifier", "format", "description");
    private static final Map<String, IdentifierKind> IDENTIFIERS = new LinkedHashMap<>();

    static {
        IDENTIFIERS.put("resident-id", IdentifierKind.RESIDENT_ID_NUMBER);
        IDENTIFIERS.put("credit-code", IdentifierKind.UNIFIED_SOCIAL_CREDIT_CODE);
        IDENTIFIERS.put("organization-code", IdentifierKind.ORGANIZATION_CODE);
        IDENTIFIERS.put("special-operation-number", IdentifierKind.SPECIAL_OPERATION_CERTIFICATE_NUMBER);
    }

    private RulePacks() {}

    /** The built-in catalogue with the packs of these files added; every problem of every file goes to {@code problems}. */
    public static CertificateCatalogue catalogue(List<Path> packs, List<String> problems)
    {
        CertificateCatalogue catalogue = builtIn();
        for (Path pack : packs) {
            String text;
            try {
                text = Files.readString(pack, StandardCharsets.UTF_8);
            }
            catch (NoSuchFileException missing) {
                problems.add("rules pack " + pack + " does not exist");
                continue;
            }
            catch (IOException | UncheckedIOException unreadable) {
                problems.add("rules pack " + pack + " cannot be read: " + unreadable.getMessage());
                continue;
            }
            List<String> packProblems = new ArrayList<>();
            List<CertificateType> types = parse(text, pack.toString(), packProblems);
            problems.addAll(packProblems);
            if (packProblems.isEmpty()) {
                try {
                    catalogue = catalogue.with(types);
                }
                catch (IllegalArgumentException duplicate) {
                    problems.add("rules pack " + pack + ": " + duplicate.getMessage());
                }
            }
        }
        return catalogue;
    }

    /** The catalogue certscan ships: the common Chinese certificates, licences and invoices. */
    public static CertificateCatalogue builtIn()
    {
        try (InputStream in = RulePacks.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN + " is missing from the build");
            }
            List<String> problems = new ArrayList<>();
            List<CertificateType> types = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in " + BUILT_IN, problems);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(String.join("; ", problems));
            }
            return new CertificateCatalogue(types);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The types of one pack; each problem named "{@code source} line N: …". */
    static List<CertificateType> parse(String text, String source, List<String> problems)
    {
        Reader reader = new Reader(text, source, problems);
        Object root;
        try {
            root = JSON.fromJson(text);
        }
        catch (JsonEncodingException | JsonDataException | java.io.EOFException malformed) {
            Matcher at = Pattern.compile("at path (\\S+)").matcher(String.valueOf(malformed.getMessage()));
            int line = at.find() ? JsonLines.lineOf(text, at.group(1)) : 0;
            problems.add("rules pack " + source + (line > 0 ? " line " + line : "") + ": not valid JSON (" + malformed.getMessage() + ")");
            return List.of();
        }
        catch (IOException unreadable) {
            problems.add("rules pack " + source + ": " + unreadable.getMessage());
            return List.of();
        }
        if (!(root instanceof Map<?, ?> object) || !(object.get("types") instanceof List<?> list)) {
            problems.add("rules pack " + source + ": must be an object with a \"types\" array");
            return List.of();
        }
        List<CertificateType> types = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            reader.type(list.get(i), "$.types[" + i + "]").ifPresent(types::add);
        }
        return types;
    }

    /** {@code $.types[1]} for {@code $.types[1].titles}; empty for {@code $}. */
    private static Optional<String> parent(String path)
    {
        String parent = path.replaceFirst("(\\.[^.\\[]*|\\[\\d+])$", "");
        return parent.equals(path) ? Optional.empty() : Optional.of(parent);
    }

    /** Reads one pack's values, collecting problems with their lines. */
    private record Reader(String text, String source, List<String> problems)
    {
        Optional<CertificateType> type(Object value, String path)
        {
            if (!(value instanceof Map<?, ?> type)) {
                return problem(path, "a certificate type must be an object");
            }
            int before = problems.size();
            unknownKeys(type, TYPE_KEYS, path);
            String id = string(type, "id", path, true);
            String name = string(type, "name", path, true);
            List<String> titles = strings(type.get("titles"), path + ".titles", true);
            List<List<String>> required = new ArrayList<>();
            Object requiredValue = type.get("required_fields");
            if (requiredValue instanceof List<?> requiredList) {
                for (int i = 0; i < requiredList.size(); i++) {
                    Object entry = requiredList.get(i);
                    List<String> alternatives = entry instanceof String single ? List.of(single) : strings(entry, path + ".required_fields[" + i + "]", true);
                    if (!alternatives.isEmpty()) {
                        required.add(alternatives);
                    }
                }
            }
            else if (requiredValue != null) {
                problem(path + ".required_fields", "must be an array of field names (or of arrays of alternative names)");
            }
            String validity = string(type, "validity_field", path, false);
            String review = string(type, "review_field", path, false);
            OptionalInt maxYears = OptionalInt.empty();
            Object years = type.get("max_validity_years");
            if (years instanceof Double number && number == Math.rint(number) && number >= 1 && number <= 100) {
                maxYears = OptionalInt.of(number.intValue());
            }
            else if (years != null) {
                problem(path + ".max_validity_years", "must be a whole number of years from 1 to 100");
            }
            List<FieldCheck> checks = new ArrayList<>();
            Object checkValues = type.get("checks");
            if (checkValues instanceof List<?> checkList) {
                for (int i = 0; i < checkList.size(); i++) {
                    check(checkList.get(i), path + ".checks[" + i + "]").ifPresent(checks::add);
                }
            }
            else if (checkValues != null) {
                problem(path + ".checks", "must be an array of checks");
            }
            if (problems.size() > before) {
                return Optional.empty();
            }
            try {
                return Optional.of(new CertificateType(id, name, titles, required, Optional.ofNullable(validity), Optional.ofNullable(review), maxYears, checks));
            }
            catch (IllegalArgumentException invalid) {
                return problem(path, invalid.getMessage());
            }
        }

        private Optional<FieldCheck> check(Object value, String path)
        {
            if (!(value instanceof Map<?, ?> check)) {
                return problem(path, "a check must be an object with a field and an identifier or a format");
            }
            int before = problems.size();
            unknownKeys(check, CHECK_KEYS, path);
            String field = string(check, "field", path, true);
            String identifier = string(check, "identifier", path, false);
            String format = string(check, "format", path, false);
            String description = string(check, "description", path, false);
            if (problems.size() > before) {
                return Optional.empty();
            }
            if ((identifier == null) == (format == null)) {
                return problem(path, "a check has either \"identifier\" or \"format\"");
            }
            if (identifier != null) {
                IdentifierKind kind = IDENTIFIERS.get(identifier);
                if (kind == null) {
                    return problem(path + ".identifier", "unknown identifier check '" + identifier + "' (known: " + String.join(", ", IDENTIFIERS.keySet()) + ")");
                }
                return Optional.of(FieldCheck.identifier(field, kind));
            }
            try {
                return Optional.of(FieldCheck.format(field, Pattern.compile(format), description == null ? "/" + format + "/" : description));
            }
            catch (PatternSyntaxException invalid) {
                return problem(path + ".format", "not a regular expression: " + invalid.getDescription());
            }
        }

        private void unknownKeys(Map<?, ?> object, Set<String> known, String path)
        {
            for (Object key : object.keySet()) {
                if (!known.contains(key.toString())) {
                    problem(path + "." + key, "unknown key \"" + key + "\" (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
                }
            }
        }

        private String string(Map<?, ?> object, String key, String path, boolean required)
        {
            Object value = object.get(key);
            if (value == null) {
                if (required) {
                    problem(path, "\"" + key + "\" is missing");
                }
                return null;
            }
            if (!(value instanceof String text) || text.isBlank()) {
                problem(path + "." + key, "\"" + key + "\" must be a non-empty string");
                return null;
            }
            return text;
        }

        private List<String> strings(Object value, String path, boolean nonEmpty)
        {
            if (!(value instanceof List<?> list) || nonEmpty && list.isEmpty() || list.stream().anyMatch(item -> !(item instanceof String text) || text.isBlank())) {
                problem(path, "must be a non-empty array of non-empty strings");
                return List.of();
            }
            return list.stream().map(Object::toString).toList();
        }

        private <T> Optional<T> problem(String path, String message)
        {
            // A missing key has no line of its own: the object that lacks it has.
            int line = 0;
            for (Optional<String> at = Optional.of(path); line == 0 && at.isPresent(); at = parent(at.get())) {
                line = JsonLines.lineOf(text, at.get());
            }
            problems.add("rules pack " + source + (line > 0 ? " line " + line : "") + ": " + message);
            return Optional.empty();
        }
    }
}
