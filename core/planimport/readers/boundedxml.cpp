#include "planimport/readers/boundedxml.h"

#include "ledger/import/shownvalue.h"
#include "planimport/planreader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::PlanReader)
};
} // namespace

BoundedXml::BoundedXml(const QByteArray &content, const QString &path)
    : m_fileName(shownValue(QFileInfo(path).fileName()))
{
    if (content.size() > planreadlimits::MaxFileBytes) {
        fail(Tr::tr("the file is larger than %1 MiB").arg(planreadlimits::MaxFileBytes / (1024 * 1024)));
        return;
    }
    m_xml.addData(content);
    // Expansion of what little a DTD may still bring is bounded too.
    m_xml.setEntityExpansionLimit(1024);
}

void BoundedXml::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = Tr::tr("%1, line %2: %3").arg(m_fileName).arg(m_xml.lineNumber()).arg(message);
}

bool BoundedXml::next()
{
    if (failed())
        return false;
    const auto token = m_xml.readNext();
    switch (token) {
    case QXmlStreamReader::Invalid:
        fail(m_xml.errorString());
        return false;
    case QXmlStreamReader::EndDocument:
        return false;
    case QXmlStreamReader::DTD:
        // No planner writes entity declarations; refusing them is what keeps
        // "billion laughs" from costing anything.
        if (!m_xml.entityDeclarations().isEmpty()) {
            fail(Tr::tr("the file declares XML entities (<!ENTITY %1>), which a plan file has no use for")
                     .arg(shownValue(m_xml.entityDeclarations().constFirst().name())));
            return false;
        }
        return true;
    case QXmlStreamReader::StartElement:
        if (++m_depth > planreadlimits::MaxDepth) {
            fail(Tr::tr("elements are nested deeper than %1 levels").arg(planreadlimits::MaxDepth));
            return false;
        }
        for (const QXmlStreamAttribute &a : m_xml.attributes()) {
            if (a.value().size() > planreadlimits::MaxTextChars) {
                fail(Tr::tr("the attribute %1 of <%2> is longer than %3 characters")
                         .arg(shownValue(a.name()), shownValue(m_xml.name()))
                         .arg(planreadlimits::MaxTextChars));
                return false;
            }
        }
        return true;
    case QXmlStreamReader::EndElement:
        --m_depth;
        return true;
    case QXmlStreamReader::Characters:
        if (m_xml.text().size() > planreadlimits::MaxTextChars) {
            fail(Tr::tr("a text is longer than %1 characters").arg(planreadlimits::MaxTextChars));
            return false;
        }
        return true;
    default:
        return true;
    }
}

bool BoundedXml::nextChild(int depth)
{
    while (next()) {
        if (m_xml.isStartElement() && m_depth == depth + 1)
            return true;
        if (m_xml.isEndElement() && m_depth < depth)
            return false;
    }
    return false;
}

QString BoundedXml::text()
{
    const int depth = m_depth;
    QString result;
    while (next()) {
        if (m_xml.isCharacters()) {
            if (result.size() + m_xml.text().size() > planreadlimits::MaxTextChars) {
                fail(Tr::tr("the text of <%1> is longer than %2 characters").arg(shownValue(m_xml.name())).arg(planreadlimits::MaxTextChars));
                return {};
            }
            result += m_xml.text();
        } else if (m_xml.isEndElement() && m_depth < depth) {
            break;
        }
    }
    return result;
}

void BoundedXml::skip()
{
    const int depth = m_depth;
    while (next()) {
        if (m_xml.isEndElement() && m_depth < depth)
            return;
    }
}

} // namespace horisont
