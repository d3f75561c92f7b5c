package io.paperstream.enrich.entities;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds code and project URLs: http(s) links and scheme-less links to well-known code hosts. */
public final class CodeUrlFinder {

    private static final Pattern URL = Pattern.compile(
            "https?://[^\\s<>\"'，。；、（）]+|(?<![\\w./])(?:www\\.)?(?:github\\.com|gitlab\\.com|huggingface\\.co|bitbucket\\.org)/[^\\s<>\"'，。；、（）]+",
            Pattern.CASE_INSENSITIVE);
    private static final String TRAILING_PUNCTUATION = ".,;:!?)]}>'\"*";
    /** A link's first '/' comes at most this many characters after its start ("www.huggingface.co/"). */
    private static final int MAX_START_BEFORE_SLASH = "www.huggingface.co".length();

    public List<String> find(String... texts) {
        Set<String> urls = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null || !mayContainUrl(text)) {
                continue;
            }
            // try the pattern only where a link can begin, shortly before a '/', not at every character
            Matcher m = URL.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            int untried = 0; // positions before it were tried or lie inside a link
            for (int slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
                for (int i = Math.max(untried, slash - MAX_START_BEFORE_SLASH); i < slash; i++) {
                    if (!mayStartUrl(text, i)) {
                        continue;
                    }
                    m.region(i, text.length());
                    if (!m.lookingAt()) {
                        continue;
                    }
                    i = m.end() - 1;
                    untried = m.end();
                    String url = stripTrailing(m.group());
                    int repositoryEnd = splitRepositoryEnd(text, m.end(), url);
                    if (repositoryEnd > 0) {
                        url = stripTrailing(url + text.substring(m.end(), repositoryEnd).strip());
                        i = repositoryEnd - 1;
                        untried = repositoryEnd;
                    }
                    if (url.indexOf('/', url.indexOf("//") + 2) < 0 && url.startsWith("http") && url.length() < 12) {
                        continue;
                    }
                    urls.add(withLowerCaseSchemeAndHost(url.regionMatches(true, 0, "http", 0, 4) ? url : "https://" + url));
                }
                untried = Math.max(untried, slash);
            }
        }
        return List.copyOf(urls);
    }

    private static final Pattern CODE_HOST_OWNER = Pattern.compile(
            "(?:https?://)?(?:www\\.)?(?:github\\.com|gitlab\\.com|huggingface\\.co|bitbucket\\.org)/[\\w.-]+/",
            Pattern.CASE_INSENSITIVE);

    /**
     * PDF text extraction breaks a line after the owner of a code-host link ("github.com/Leon221220/
     * MACC."): when the link ends with its owner's slash and, after spaces, one repository-like word
     * ends the sentence or clause, the end of that word, else -1 ("github.com/org/ and the data" stays).
     */
    private static int splitRepositoryEnd(String text, int urlEnd, String url) {
        if (!url.endsWith("/") || !CODE_HOST_OWNER.matcher(url).matches()) {
            return -1;
        }
        int start = urlEnd;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < text.length() && (isRepositoryChar(text.charAt(end))
                || text.charAt(end) == '.' && end + 1 < text.length() && isRepositoryChar(text.charAt(end + 1)))) {
            end++;
        }
        boolean endsClause = end == text.length() || ".,;:)]}。，；）".indexOf(text.charAt(end)) >= 0;
        return start > urlEnd && end > start && endsClause ? end : -1;
    }

    private static boolean isRepositoryChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    private static final String[] URL_STARTS = {"http", "www.", "github.com/", "gitlab.com/", "huggingface.co/", "bitbucket.org/"};

    private static boolean mayStartUrl(String text, int i) {
        char c = (char) (text.charAt(i) | 0x20); // ASCII lower case; other characters never match below
        if (c != 'h' && c != 'w' && c != 'g' && c != 'b') {
            return false;
        }
        for (String start : URL_STARTS) {
            if (text.regionMatches(true, i, start, 0, start.length())) {
                return true;
            }
        }
        return false;
    }

    /** Most texts have no link at all; a cheap look for the pieces every match contains spares the regex scan. */
    private static boolean mayContainUrl(String text) {
        for (int slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
            if (slash > 0 && text.charAt(slash - 1) == ':' || endsWithIgnoringCase(text, slash, ".com")
                    || endsWithIgnoringCase(text, slash, ".co") || endsWithIgnoringCase(text, slash, ".org")) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithIgnoringCase(String text, int end, String suffix) {
        return end >= suffix.length() && text.regionMatches(true, end - suffix.length(), suffix, 0, suffix.length());
    }

    /**
     * Scheme and host are case-insensitive (RFC 3986), the path is not: "HTTPS://GITHUB.COM/Org/Repo"
     * from an upper-cased text becomes "https://github.com/Org/Repo", one spelling per link.
     */
    private static String withLowerCaseSchemeAndHost(String url) {
        int hostStart = url.indexOf("//") + 2;
        int pathStart = url.indexOf('/', hostStart);
        int end = pathStart < 0 ? url.length() : pathStart;
        return url.substring(0, end).toLowerCase(Locale.ROOT) + url.substring(end);
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
