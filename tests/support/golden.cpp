#include "golden.h"

#include "processes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace horisont::test {

bool updatingGoldens()
{
    return qEnvironmentVariable("HORISONT_UPDATE_GOLDEN") == QLatin1String("1");
}

QByteArray goldenText(const QString &text)
{
    QString t = text;
    t.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
    t.replace(QLatin1Char('\f'), QStringLiteral("\n--- page ---\n"));
    t.replace(QRegularExpression(QStringLiteral("[ \\t]+\\n")), QStringLiteral("\n"));
    if (!t.endsWith(QLatin1Char('\n')))
        t += QLatin1Char('\n');
    return t.toUtf8();
}

QString compareWithGolden(const QString &name, const QByteArray &actual)
{
    const QString golden = testDataPath(QStringLiteral("golden/") + name);
    if (updatingGoldens()) {
        QDir().mkpath(QFileInfo(golden).path());
        return writeFile(golden, actual) ? QString() : QStringLiteral("cannot write %1").arg(golden);
    }
    const QString rewrite = QStringLiteral("\n(if the change is intended, rewrite the golden files: "
                                           "HORISONT_UPDATE_GOLDEN=1 ctest -R test_golden, then review git diff)");
    QFile file(golden);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("no golden file %1").arg(golden) + rewrite;
    if (file.readAll() == actual)
        return {};
    QTemporaryDir dir;
    const QString made = dir.filePath(QFileInfo(golden).fileName());
    writeFile(made, actual);
    const ProcessResult diff = runTool(QStringLiteral("diff"), {QStringLiteral("-u"), golden, made});
    return QStringLiteral("%1 differs from what the test made:\n%2").arg(golden, diff.out.left(20000)) + rewrite;
}

} // namespace horisont::test
