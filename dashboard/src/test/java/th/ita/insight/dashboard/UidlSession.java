package th.ita.insight.dashboard;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One user of the running dashboard speaking Vaadin Flow's own client–server protocol, as the browser's Flow client
 * does: form log-in, the page's bootstrap ({@code v-r=init}), the navigation event, then value changes of selects
 * ({@code mSync} of the property plus its {@code value-changed} event) — each answered with the server's changes to the
 * component tree, which this session applies to know the selects and their items. It does not run the page's
 * scripts or draw: many of these fit beside the server on a small machine, where 20 browsers would not (the
 * benchmark measures the server under load with them, and what a user sees with a real browser beside them).
 */
final class UidlSession {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String uiId;
    private String csrfToken;
    private int syncId;
    private int clientId;
    /** The component tree as far as this client needs it: tag, id attribute, value property, children. */
    private final Map<Integer, Node> nodes = new HashMap<>();

    private static final class Node {
        String tag = "";
        String id = "";
        String value = "";
        final List<Integer> children = new ArrayList<>();
    }

    UidlSession(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Logs in with the demo user's form (password = user name). */
    void login(String user) throws IOException, InterruptedException {
        String page = get("/login");
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "_csrf=" + enc(m.group(1)) + "&username=" + enc(user) + "&password=" + enc(user);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.uri().getPath().startsWith("/login")) {
            throw new IllegalStateException("log-in refused for " + user);
        }
    }

    /** Opens a view as a page load does: the page, the bootstrap, then the navigation that builds the view. */
    void open(String route, String query) throws IOException, InterruptedException {
        get("/" + route + (query.isEmpty() ? "" : "?" + query));
        JsonObject init = JsonParser.parseString(get("/?v-r=init&location=" + enc(route) + "&query=" + enc(query)
                + "&v-sh=900&v-sw=1280&v-wh=900&v-ww=1280&v-bh=900&v-bw=1280&v-tzo=0&v-rtzo=0&v-dstd=0&v-dston=false"
                + "&v-tzid=UTC&v-td=false&v-pr=1&v-wn=v-" + System.nanoTime())).getAsJsonObject();
        JsonObject config = init.getAsJsonObject("appConfig");
        uiId = config.get("v-uiId").getAsString();
        JsonObject uidl = config.getAsJsonObject("uidl");
        csrfToken = uidl.get("Vaadin-Security-Key").getAsString();
        nodes.clear();
        apply(uidl);
        JsonObject data = new JsonObject();
        data.addProperty("route", "/" + route);
        data.addProperty("query", query);
        data.addProperty("appShellTitle", "ITA Insight");
        JsonObject history = new JsonObject();
        history.addProperty("idx", 0);
        data.add("historyState", history);
        data.addProperty("trigger", "");
        JsonObject navigate = new JsonObject();
        navigate.addProperty("type", "event");
        navigate.addProperty("node", 1);
        navigate.addProperty("event", "ui-navigate");
        navigate.add("data", data);
        JsonArray rpc = new JsonArray();
        rpc.add(navigate);
        send(rpc);
    }

    /** The keys of the items of the select with this id, and its current value. */
    record Choice(int node, String current, List<String> items) {
    }

    Optional<Choice> select(String id) {
        return nodes.entrySet().stream()
                .filter(e -> e.getValue().tag.equals("vaadin-select") && e.getValue().id.equals(id))
                .findFirst()
                .map(e -> {
                    List<String> items = new ArrayList<>();
                    for (int listBox : e.getValue().children) {
                        for (int item : nodes.getOrDefault(listBox, new Node()).children) {
                            Node n = nodes.get(item);
                            if (n != null && n.tag.equals("vaadin-select-item") && !n.value.isEmpty()) {
                                items.add(n.value);
                            }
                        }
                    }
                    return new Choice(e.getKey(), e.getValue().value, items);
                });
    }

    /** Chooses another item of the select at random, as a user does; returns the server's answer time in ms. */
    double change(String selectId, Random random) throws IOException, InterruptedException {
        Choice choice = select(selectId).orElseThrow(() -> new IllegalStateException("no select #" + selectId + " in the view"));
        List<String> others = choice.items().stream().filter(k -> !k.equals(choice.current())).toList();
        if (others.isEmpty()) {
            throw new IllegalStateException("#" + selectId + " has nothing else to choose");
        }
        String key = others.get(random.nextInt(others.size()));
        JsonObject sync = new JsonObject();
        sync.addProperty("type", "mSync");
        sync.addProperty("node", choice.node());
        sync.addProperty("feature", 1);
        sync.addProperty("property", "value");
        sync.addProperty("value", key);
        JsonObject event = new JsonObject();
        event.addProperty("type", "event");
        event.addProperty("node", choice.node());
        event.addProperty("event", "value-changed");
        event.add("data", new JsonObject());
        JsonArray rpc = new JsonArray();
        rpc.add(sync);
        rpc.add(event);
        long t0 = System.nanoTime();
        send(rpc);
        return (System.nanoTime() - t0) / 1e6;
    }

    private void send(JsonArray rpc) throws IOException, InterruptedException {
        JsonObject body = new JsonObject();
        body.addProperty("csrfToken", csrfToken);
        body.add("rpc", rpc);
        body.addProperty("syncId", syncId);
        body.addProperty("clientId", clientId);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        String text = r.body();
        // the server prefixes its answer with a guard against JSON hijacking
        text = text.startsWith("for(;;);") ? text.substring("for(;;);".length()) : text;
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + " for a UIDL request");
        }
        JsonObject answer = JsonParser.parseString(text.startsWith("[") ? text.substring(1, text.length() - 1) : text).getAsJsonObject();
        if (answer.has("meta") && answer.getAsJsonObject("meta").has("appError")) {
            throw new IllegalStateException("the server answered with an error: " + answer.getAsJsonObject("meta"));
        }
        apply(answer);
    }

    private void apply(JsonObject uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").getAsInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").getAsInt();
        }
        if (!uidl.has("changes")) {
            return;
        }
        for (JsonElement e : uidl.getAsJsonArray("changes")) {
            JsonObject c = e.getAsJsonObject();
            int id = c.get("node").getAsInt();
            String type = c.get("type").getAsString();
            int feat = c.has("feat") ? c.get("feat").getAsInt() : -1;
            switch (type) {
                case "attach" -> nodes.put(id, new Node());
                case "detach" -> nodes.remove(id);
                case "put" -> {
                    Node n = nodes.computeIfAbsent(id, k -> new Node());
                    String key = c.get("key").getAsString();
                    JsonElement v = c.get("value");
                    String value = v == null || !v.isJsonPrimitive() ? "" : v.getAsString();
                    if (feat == 0 && key.equals("tag")) {
                        n.tag = value;
                    } else if (feat == 3 && key.equals("id")) {
                        n.id = value;
                    } else if (feat == 1 && key.equals("value")) {
                        n.value = value;
                    }
                }
                case "clear" -> {
                    if (feat == 2) {
                        nodes.computeIfAbsent(id, k -> new Node()).children.clear();
                    }
                }
                case "splice" -> {
                    if (feat == 2) {
                        List<Integer> children = nodes.computeIfAbsent(id, k -> new Node()).children;
                        int index = c.get("index").getAsInt();
                        int remove = c.has("remove") ? c.get("remove").getAsInt() : 0;
                        for (int i = 0; i < remove && index < children.size(); i++) {
                            children.remove(index);
                        }
                        if (c.has("addNodes")) {
                            List<Integer> add = new ArrayList<>();
                            c.getAsJsonArray("addNodes").forEach(x -> add.add(x.getAsInt()));
                            children.addAll(Math.min(index, children.size()), add);
                        }
                    }
                }
                default -> {
                    // other features (listeners, styles, synced properties) do not matter to this client
                }
            }
        }
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + " for " + path);
        }
        return r.body();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
