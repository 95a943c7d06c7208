#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <QXmlStreamReader>

namespace horisont {

/// QXmlStreamReader over another planner's XML file, with the bounds every
/// XML reader of a plan needs (planreadlimits): the file's size, element
/// nesting, the length of one attribute or text, and no DTD that declares
/// entities (the "billion laughs" and external entities live there, and no
/// planner writes one). Each refusal names the file and the line, so a reader
/// only walks the elements it knows and asks next() (or nextChild()) for the
/// following token; skipping and reading a text go through the same checks,
/// so nothing is read unbounded. Every XML reader of a plan goes through it.
class XmlGuard
{
public:
    XmlGuard(const QByteArray &content, const QString &path);

    /// The next token; false at the end of the document or when the file is
    /// refused (failed() then says so and error() why).
    bool next();
    QXmlStreamReader &xml() { return m_xml; }
    const QXmlStreamReader &xml() const { return m_xml; }

    /// Moves to the next start element directly inside the element whose
    /// start was read at `depth`; false at that element's end or once failed.
    /// What lies deeper is passed over only when the reader does not take
    /// the child (readText(), skipElement() or its own nextChild()).
    bool nextChild(int depth);
    /// The current element's name.
    QStringView name() const { return m_xml.name(); }
    /// The current line, for messages that name it themselves.
    qint64 line() const { return m_xml.lineNumber(); }

    /// The current element's name, and whether the token is its start or end.
    bool isStart(QStringView name) const;
    bool isEnd(QStringView name) const;
    /// Nesting of the current element: 1 for the document element.
    int depth() const { return m_depth; }
    /// An attribute of the current start element ("" when absent).
    QString attribute(QStringView name) const;
    /// Reads the text of the current start element up to its end (bounded).
    QString readText();
    /// Skips the current start element and all it holds.
    bool skipElement();

    /// Refuses the file with `message`, naming the file and the current line.
    void fail(const QString &message);
    bool failed() const { return !m_error.isEmpty(); }
    /// "FILE, line N: why" — what a reader hands back as its error.
    QString error() const { return m_error; }
    /// Whether the file was refused, handing error() to `*error` (when not
    /// null): the last question every XML reader asks before its plan.
    bool refused(QString *error) const;
    /// "line N", for ForeignTask::where and warnings.
    QString where() const;
    /// "FILE, line N: message", for a warning that does not stop the reading.
    QString located(const QString &message) const;

private:
    QXmlStreamReader m_xml;
    QString m_path;
    QString m_error;
    int m_depth = 0;
};

} // namespace horisont
