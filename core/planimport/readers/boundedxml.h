#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

namespace horisont {

/// A QXmlStreamReader held to planreader.h's limits, for the XML readers of
/// other planners' files: a file over the size limit, a DTD that declares
/// entities (billion laughs), nesting deeper than MaxDepth, a text or
/// attribute longer than MaxTextChars or a tag the XML does not allow stops
/// the reading with a message naming the file and the line. Skipping an
/// element goes through the same checks, so nothing is read unbounded.
class BoundedXml
{
public:
    BoundedXml(const QByteArray &content, const QString &path);

    /// Moves to the next token; false at the end of the document or once failed.
    bool next();
    /// Moves to the next start element inside the element whose start was
    /// just read (at `depth`); false at its end or once failed.
    bool nextChild(int depth);
    /// The text of the element whose start was just read, up to its end.
    QString text();
    /// Skips the rest of the element whose start was just read.
    void skip();

    QXmlStreamReader &xml() { return m_xml; }
    int depth() const { return m_depth; }
    QStringView name() const { return m_xml.name(); }
    qint64 line() const { return m_xml.lineNumber(); }

    void fail(const QString &message);
    bool failed() const { return !m_error.isEmpty(); }
    /// "FILE, line N: message" (the first failure).
    QString error() const { return m_error; }
    /// The file's name as messages show it.
    QString fileName() const { return m_fileName; }

private:
    QXmlStreamReader m_xml;
    QString m_fileName;
    QString m_error;
    int m_depth = 0;
};

} // namespace horisont
