#include "planimport/readers/xmlguard.h"

#include "ledger/import/shownvalue.h"
#include "planimport/planreader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::XmlGuard)
};
} // namespace

XmlGuard::XmlGuard(const QByteArray &content, const QString &path)
    : m_path(path)
{
    // Qt expands an internal entity up to this many characters; the guard
    // refuses entity declarations outright, this is the second belt.
    m_xml.setEntityExpansionLimit(1024);
    if (content.size() > planreadlimits::MaxFileBytes) {
        m_error = Tr::tr("%1: the file is larger than %2 MB, more than any plan holds; it was not read.")
                      .arg(QFileInfo(path).fileName())
                      .arg(planreadlimits::MaxFileBytes / (1024 * 1024));
        return;
    }
    m_xml.addData(content);
}

QString XmlGuard::where() const
{
    return Tr::tr("line %1").arg(m_xml.lineNumber());
}

QString XmlGuard::located(const QString &message) const
{
    return Tr::tr("%1, %2: %3").arg(QFileInfo(m_path).fileName(), where(), message);
}

void XmlGuard::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = located(message);
}

bool XmlGuard::refused(QString *error) const
{
    if (failed() && error)
        *error = m_error;
    return failed();
}

bool XmlGuard::next()
{
    if (failed())
        return false;
    const QXmlStreamReader::TokenType token = m_xml.readNext();
    switch (token) {
    case QXmlStreamReader::Invalid:
        fail(Tr::tr("this is not well-formed XML (%1).").arg(m_xml.errorString()));
        return false;
    case QXmlStreamReader::EndDocument:
        return false;
    case QXmlStreamReader::DTD:
        if (!m_xml.entityDeclarations().isEmpty()) {
            // No planner declares entities; a file that does is built to
            // expand without end or to reach outside itself. The first one is
            // named so that whoever sent the file sees what was refused.
            fail(Tr::tr("the document type declares entities (<!ENTITY %1>), which no planner writes; the file was not read.")
                     .arg(shownValue(m_xml.entityDeclarations().constFirst().name())));
            return false;
        }
        break;
    case QXmlStreamReader::StartElement:
        if (++m_depth > planreadlimits::MaxDepth) {
            fail(Tr::tr("elements are nested deeper than %1 levels.").arg(planreadlimits::MaxDepth));
            return false;
        }
        for (const QXmlStreamAttribute &a : m_xml.attributes()) {
            if (a.value().size() > planreadlimits::MaxTextChars) {
                // The names come from the file too: escaped and cut like any value.
                fail(Tr::tr("the attribute %1 of <%2> is longer than %3 characters.")
                         .arg(shownValue(a.name()), shownValue(m_xml.name()))
                         .arg(planreadlimits::MaxTextChars));
                return false;
            }
        }
        break;
    case QXmlStreamReader::EndElement:
        --m_depth;
        break;
    case QXmlStreamReader::Characters:
        if (m_xml.text().size() > planreadlimits::MaxTextChars) {
            fail(Tr::tr("a text is longer than %1 characters.").arg(planreadlimits::MaxTextChars));
            return false;
        }
        break;
    default:
        break;
    }
    return true;
}

bool XmlGuard::nextChild(int depth)
{
    while (next()) {
        if (m_xml.isStartElement() && m_depth == depth + 1)
            return true;
        if (m_xml.isEndElement() && m_depth < depth)
            return false;
    }
    return false;
}

bool XmlGuard::isStart(QStringView name) const
{
    return m_xml.isStartElement() && m_xml.name() == name;
}

bool XmlGuard::isEnd(QStringView name) const
{
    return m_xml.isEndElement() && m_xml.name() == name;
}

QString XmlGuard::attribute(QStringView name) const
{
    for (const QXmlStreamAttribute &a : m_xml.attributes()) {
        if (a.qualifiedName() == name)
            return a.value().toString();
    }
    return QString();
}

QString XmlGuard::readText()
{
    const int depth = m_depth;
    QString text;
    while (next()) {
        if (m_xml.isCharacters()) {
            if (text.size() + m_xml.text().size() > planreadlimits::MaxTextChars) {
                fail(Tr::tr("a text is longer than %1 characters.").arg(planreadlimits::MaxTextChars));
                return QString();
            }
            text += m_xml.text();
        } else if (m_xml.isEndElement() && m_depth < depth) {
            break;
        }
    }
    return text;
}

bool XmlGuard::skipElement()
{
    const int depth = m_depth;
    while (next()) {
        if (m_xml.isEndElement() && m_depth < depth)
            return true;
    }
    return !failed();
}

} // namespace horisont
