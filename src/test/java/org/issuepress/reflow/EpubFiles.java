package org.issuepress.reflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** An EPUB read back: its entries in order, and its XHTML files parsed. */
final class EpubFiles {
    final List<String> names = new ArrayList<>();
    final Map<String, byte[]> bytes = new LinkedHashMap<>();
    final List<ZipEntry> entries = new ArrayList<>();

    EpubFiles(Path epub) {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                names.add(e.getName());
                entries.add(e);
                bytes.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String name) {
        byte[] b = bytes.get(name);
        if (b == null) {
            throw new AssertionError("no " + name + " in the EPUB: " + names);
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    Document xml(String name) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(bytes.get(name)));
        } catch (Exception e) {
            throw new AssertionError(name + " is not well-formed: " + e.getMessage(), e);
        }
    }

    /** The text of every element named {@code tag} in a file (any namespace). */
    List<String> texts(String name, String tag) {
        NodeList nodes = xml(name).getElementsByTagNameNS("*", tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    /** The links of the nav element of this epub:type in the contents: href → text. */
    Map<String, String> navLinks(String type) {
        NodeList navs = xml("EPUB/contents.xhtml").getElementsByTagNameNS("*", "nav");
        Map<String, String> links = new LinkedHashMap<>();
        for (int i = 0; i < navs.getLength(); i++) {
            Element nav = (Element) navs.item(i);
            if (!type.equals(nav.getAttributeNS("http://www.idpf.org/2007/ops", "type"))) {
                continue;
            }
            NodeList as = nav.getElementsByTagNameNS("*", "a");
            for (int j = 0; j < as.getLength(); j++) {
                Element a = (Element) as.item(j);
                links.putIfAbsent(a.getAttribute("href") + "|" + a.getTextContent(), a.getTextContent());
            }
        }
        return links;
    }
}
