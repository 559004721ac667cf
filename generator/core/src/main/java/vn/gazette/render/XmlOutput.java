package vn.gazette.render;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small wrapper over the JDK's StAX writer for the XML files Gazette writes (feeds, sitemaps): escaping is
 * StAX's, indentation is ours so that the files read and diff well. Not thread-safe; one per file.
 */
final class XmlOutput {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final StringWriter text = new StringWriter(8 * 1024);
    private final XMLStreamWriter xml;
    private int depth;

    XmlOutput() {
        try {
            xml = FACTORY.createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JDK's XML writer is unavailable", e);
        }
    }

    /** Opens an element whose children follow on their own lines. */
    XmlOutput open(String name, String... attributes) {
        try {
            indent();
            xml.writeStartElement(name);
            attributes(attributes);
            xml.writeCharacters("\n");
            depth++;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element without content: {@code <link href="..."/>}. */
    XmlOutput empty(String name, String... attributes) {
        try {
            indent();
            xml.writeEmptyElement(name);
            attributes(attributes);
            xml.writeCharacters("\n");
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code <name>text</name>} on one line. */
    XmlOutput element(String name, String content, String... attributes) {
        try {
            indent();
            xml.writeStartElement(name);
            attributes(attributes);
            xml.writeCharacters(content);
            xml.writeEndElement();
            xml.writeCharacters("\n");
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOutput close() {
        try {
            depth--;
            indent();
            xml.writeEndElement();
            xml.writeCharacters("\n");
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void attributes(String... attributes) throws XMLStreamException {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            xml.writeAttribute(attributes[i], attributes[i + 1]);
        }
    }

    private void indent() throws XMLStreamException {
        if (depth > 0) {
            xml.writeCharacters("  ".repeat(depth));
        }
    }

    String finish() {
        try {
            xml.writeEndDocument();
            xml.close();
            return text.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
