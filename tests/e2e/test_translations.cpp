// The Swedish catalogue is complete: every message is translated (no
// unfinished or empty entries), and every tr() string in the sources is in
// the catalogue (lupdate over the sources finds nothing new).
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

struct Message {
    QString context;
    QString source;
    QString translation;
    bool finished = true;
    bool translated = false;
};

QList<Message> readCatalogue(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, true, false};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.finished = type != QLatin1String("unfinished") && type != QLatin1String("vanished")
                               && type != QLatin1String("obsolete");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            current.translated = !text.trimmed().isEmpty();
            current.translation = text;
            messages.append(current);
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return messages;
}

const QString catalogue = QStringLiteral(HORISONT_SOURCE_DIR "/resources/translations/horisont_sv.ts");
// English is the source language; its catalogue holds only plural forms.
const QString pluralCatalogue = QStringLiteral(HORISONT_SOURCE_DIR "/resources/translations/horisont_en.ts");

QList<Message> lupdateFresh(const QTemporaryDir &dir, bool pluralOnly)
{
    const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(HORISONT_SOURCE_DIR));
    QStringList arguments{QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none")};
    if (pluralOnly)
        arguments << QStringLiteral("-pluralonly");
    arguments << QStringLiteral("core") << QStringLiteral("ui") << QStringLiteral("app") << QStringLiteral("-ts") << fresh;
    lupdate.start(QStringLiteral(HORISONT_LUPDATE), arguments);
    EXPECT_TRUE(lupdate.waitForFinished(120000));
    EXPECT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
    return readCatalogue(fresh);
}

void expectContainsAll(const QString &path, const QList<Message> &fresh)
{
    QSet<QString> known;
    for (const Message &m : readCatalogue(path))
        known.insert(m.context + QLatin1Char('|') + m.source);
    for (const Message &m : fresh) {
        EXPECT_TRUE(known.contains(m.context + QLatin1Char('|') + m.source))
            << "missing from " << QFileInfo(path).fileName().toStdString() << " (run ./dev translations): ["
            << m.context.toStdString() << "] " << m.source.toStdString();
    }
}

} // namespace

TEST(Translations, CataloguesHaveNoUnfinishedEntries)
{
    for (const QString &path : {catalogue, pluralCatalogue}) {
        const QList<Message> messages = readCatalogue(path);
        ASSERT_GT(messages.size(), path == catalogue ? 100 : 5);
        for (const Message &m : messages) {
            EXPECT_TRUE(m.finished) << "unfinished: [" << m.context.toStdString() << "] " << m.source.toStdString();
            EXPECT_TRUE(m.translated) << "empty: [" << m.context.toStdString() << "] " << m.source.toStdString();
        }
    }
}

TEST(Translations, EverySourceStringIsInTheCatalogues)
{
    QTemporaryDir dir;
    expectContainsAll(catalogue, lupdateFresh(dir, false));
    expectContainsAll(pluralCatalogue, lupdateFresh(dir, true));
}

TEST(Translations, TheCommandLineSpeaksSwedish)
{
    QString commands;
    QString horizon;
    for (const Message &m : readCatalogue(catalogue)) {
        if (m.context == QLatin1String("horisont::cli") && m.source == QLatin1String("Commands:"))
            commands = m.translation;
        if (m.context == QLatin1String("horisont::cli") && m.source == QLatin1String("Horizon"))
            horizon = m.translation;
    }
    ASSERT_FALSE(commands.isEmpty());
    ASSERT_NE(commands, QStringLiteral("Commands:"));
    horisont::test::ProcessResult r = horisont::test::runHorisont({QStringLiteral("--help")}, 60000, QStringLiteral("sv"));
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(commands)) << r.out.toStdString();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.horisont"));
    ASSERT_EQ(horisont::test::runHorisont({QStringLiteral("new"), QStringLiteral("--demo"), QStringLiteral("umea"), path}).exitCode, 0);
    r = horisont::test::runHorisont({QStringLiteral("info"), path}, 60000, QStringLiteral("sv"));
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(horizon + QLatin1Char(':'))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("6\u00A0250\u00A0000\u00A0kr"))) << r.out.toStdString();
    // --lang on any command wins over the environment's language.
    r = horisont::test::runHorisont({QStringLiteral("info"), QStringLiteral("--lang"), QStringLiteral("sv"), path}, 60000,
                                    QStringLiteral("en"));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(horizon + QLatin1Char(':'))) << r.out.toStdString();
}

// Qt's standard buttons ("Close" in the import dialog) come from Qt's own
// catalogue, whose Swedish one in Debian lacks them; ours carries them.
TEST(Translations, TheStandardButtonsSpeakSwedish)
{
    QHash<QString, QString> platformTheme;
    for (const Message &m : readCatalogue(catalogue)) {
        if (m.context == QLatin1String("QPlatformTheme"))
            platformTheme.insert(m.source, m.translation);
    }
    EXPECT_EQ(platformTheme.value(QStringLiteral("Close")), QString::fromUtf8("Stäng"));
    EXPECT_EQ(platformTheme.value(QStringLiteral("Cancel")), QStringLiteral("Avbryt"));
    EXPECT_EQ(platformTheme.value(QStringLiteral("&Yes")), QStringLiteral("&Ja"));
}
