package fr.kiosque.common.http.cache;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import fr.kiosque.common.paging.PageRequest;

/**
 * The GET routes, read from their resource classes: for each, its path template, the query
 * parameters it declares, and whether it opted into caching ({@link PublicCache}). A request's cache
 * key is its path (without a trailing slash) and only those parameters, in one canonical form:
 * sorted by name (the values of a repeated name keep their order), percent-encoding decoded and
 * encoded again the same way, the paging defaults ({@code page=1}, {@code size=20}) dropped. A
 * parameter the route does not declare is dropped too, for the key and for the answer, so a
 * client cannot multiply the keys of one answer ({@code ?cb=<random>}).
 */
final class PublicRoutes {

    /** One GET route; {@code cache} is null for those that did not opt in. */
    record Route(String prefix, Pattern path, int literals, Set<String> declared, PublicCache cache, Method method,
            List<String> variables, String template) {

        /** The path parameters of a path this route matches, by name. */
        Map<String, String> parameters(String path) {
            Matcher matcher = this.path.matcher(path);
            Map<String, String> values = new java.util.LinkedHashMap<>();
            if (matcher.matches()) {
                for (int i = 0; i < variables.size() && i < matcher.groupCount(); i++) {
                    values.put(variables.get(i), matcher.group(i + 1));
                }
            }
            return values;
        }

        /** The canonical form of a request to this route (path and query), or null when it cannot be read. */
        String canonical(String path, String rawQuery) {
            String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            String query = canonicalQuery(rawQuery, declared);
            return query == null ? null : query.isEmpty() ? trimmed : trimmed + "?" + query;
        }
    }

    private static final Map<String, String> DEFAULTS = Map.of("page", "1", "size", String.valueOf(PageRequest.DEFAULT_SIZE));

    private final List<Route> routes;

    PublicRoutes(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /** The routes of these resource classes. */
    static PublicRoutes of(Iterable<Class<?>> resourceClasses) {
        List<Route> found = new ArrayList<>();
        for (Class<?> type : resourceClasses) {
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(GET.class)) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String template = join(classPath.value(), methodPath == null ? "" : methodPath.value());
                int literals = template.replaceAll("\\{[^}]*}", "").length();
                int brace = template.indexOf('{');
                found.add(new Route(brace < 0 ? template : template.substring(0, brace), pattern(template), literals,
                        declaredParameters(method), annotation(method, PublicCache.class), method, variables(template),
                        template));
            }
        }
        // as JAX-RS matches: the most literal characters first (/feeds/articles.rss before /{slug})
        found.sort(Comparator.comparingInt((Route r) -> -r.literals()));
        return new PublicRoutes(found);
    }

    /** The GET route of this (decoded, normalized) path, or null; its {@code cache} says whether it is cacheable. */
    Route match(String path) {
        for (Route route : routes) {
            // the literal start first: most routes are left without running their pattern
            if (path.startsWith(route.prefix()) && route.path().matcher(path).matches()) {
                return route;
            }
        }
        return null;
    }

    static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** {@code /api/v1/articles/{slug}} → a pattern matching it, with or without a trailing slash. */
    static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher variables = Pattern.compile("\\{\\s*\\w+\\s*(?::\\s*([^}]+))?}").matcher(template);
        int last = 0;
        while (variables.find()) {
            regex.append(Pattern.quote(template.substring(last, variables.start())));
            regex.append(variables.group(1) == null ? "([^/]+)" : "(" + variables.group(1).strip() + ")");
            last = variables.end();
        }
        regex.append(Pattern.quote(template.substring(last))).append("/?");
        return Pattern.compile(regex.toString());
    }

    static List<String> variables(String template) {
        List<String> names = new ArrayList<>();
        Matcher variables = Pattern.compile("\\{\\s*(\\w+)\\s*(?::[^}]+)?}").matcher(template);
        while (variables.find()) {
            names.add(variables.group(1));
        }
        return names;
    }

    /** The method's annotation, or its class's: a class may declare it once for all its routes. */
    static <A extends java.lang.annotation.Annotation> A annotation(Method method, Class<A> type) {
        A onMethod = method.getAnnotation(type);
        return onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(type);
    }

    static Set<String> declaredParameters(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            } else if (parameter.isAnnotationPresent(BeanParam.class)) {
                names.addAll(beanParameters(parameter.getType()));
            }
        }
        return Set.copyOf(names);
    }

    private static Set<String> beanParameters(Class<?> type) {
        Set<String> names = new TreeSet<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                QueryParam query = component.getAnnotation(QueryParam.class);
                if (query == null && component.getAccessor() != null) {
                    query = component.getAccessor().getAnnotation(QueryParam.class);
                }
                if (query != null) {
                    names.add(query.value());
                }
            }
        }
        for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) { // a bean's inherited parameters too
                QueryParam query = field.getAnnotation(QueryParam.class);
                if (query != null) {
                    names.add(query.value());
                }
            }
        }
        for (Method setter : type.getDeclaredMethods()) {
            QueryParam query = setter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            }
        }
        return names;
    }

    /**
     * The declared parameters of a raw query, canonical: "" when none is left, null when the query
     * cannot be decoded (such a request is answered, never cached).
     */
    static String canonicalQuery(String rawQuery, Set<String> declared) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                value = equals < 0 ? null : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (value != null && DEFAULTS.containsKey(name) && value.matches("0*[1-9][0-9]{0,8}")) {
                value = value.replaceFirst("^0+", ""); // page=01 is page=1
            }
            if (!declared.contains(name) || value != null && value.equals(DEFAULTS.get(name))) {
                continue;
            }
            kept.add(new String[] { name, value });
        }
        kept.sort(Comparator.comparing((String[] p) -> p[0])); // stable: a repeated name keeps its values' order
        StringBuilder query = new StringBuilder();
        for (String[] p : kept) {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(encode(p[0]));
            if (p[1] != null) {
                query.append('=').append(encode(p[1]));
            }
        }
        return query.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
