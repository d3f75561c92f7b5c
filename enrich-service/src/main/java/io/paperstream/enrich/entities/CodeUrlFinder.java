package io.paperstream.enrich.entities;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds code and project URLs: http(s) links and scheme-less links to well-known code hosts. */
public final class CodeUrlFinder {

    private static final Pattern URL = Pattern.compile(
            "https?://[^\\s<>\"'，。；、（）]+|(?<![\\w./])(?:www\\.)?(?:github\\.com|gitlab\\.com|huggingface\\.co|bitbucket\\.org)/[^\\s<>\"'，。；、（）]+",
            Pattern.CASE_INSENSITIVE);
    private static final String TRAILING_PUNCTUATION = ".,;:!?)]}>'\"*";

    public List<String> find(String... texts) {
        Set<String> urls = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher m = URL.matcher(text);
            while (m.find()) {
                String url = stripTrailing(m.group());
                if (url.indexOf('/', url.indexOf("//") + 2) < 0 && url.startsWith("http") && url.length() < 12) {
                    continue;
                }
                urls.add(url.regionMatches(true, 0, "http", 0, 4) ? url : "https://" + url);
            }
        }
        return List.copyOf(urls);
    }

    private static String stripTrailing(String url) {
        int end = url.length();
        while (end > 0 && TRAILING_PUNCTUATION.indexOf(url.charAt(end - 1)) >= 0) {
            // a closing bracket that belongs to the URL itself stays, e.g. wiki/Foo_(bar)
            char c = url.charAt(end - 1);
            if (c == ')' && url.lastIndexOf('(', end - 1) > url.indexOf("//")) {
                break;
            }
            end--;
        }
        return url.substring(0, end);
    }
}
