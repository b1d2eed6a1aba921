package dev.eventex.train;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import dev.eventex.internal.WordClasses;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The word-cluster resources of a name-finder feature XML: which dictionaries its
 * {@link WordClasses.FeatureGeneratorFactory} generators name, and reading one from a
 * {@code word class} file ({@code train-clusters} output).
 */
public final class WordClusters {

    private WordClusters() {
    }

    /** The {@code dict} names of the feature XML's word-cluster generators, in document order. */
    public static List<String> dictionaryKeys(byte[] featureXml) throws IOException {
        List<String> keys = new ArrayList<>();
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList generators = f.newDocumentBuilder().parse(new ByteArrayInputStream(featureXml))
                    .getElementsByTagName("generator");
            for (int i = 0; i < generators.getLength(); i++) {
                Element g = (Element) generators.item(i);
                if (!WordClasses.FeatureGeneratorFactory.class.getName().equals(g.getAttribute("class"))) {
                    continue;
                }
                NodeList params = g.getElementsByTagName("str");
                for (int j = 0; j < params.getLength(); j++) {
                    Element p = (Element) params.item(j);
                    if ("dict".equals(p.getAttribute("name")) && !keys.contains(p.getTextContent().strip())) {
                        keys.add(p.getTextContent().strip());
                    }
                }
            }
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read the feature XML: " + e.getMessage(), e);
        }
        return keys;
    }

    /** Reads a {@code word class} file (UTF-8, one pair a line). */
    public static WordClasses load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return WordClasses.read(in);
        }
    }
}
