#include "export/wholefile.h"

#include <QCoreApplication>
#include <QDir>

#include <cerrno>
#include <cstring>

namespace horisont {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(horisont::Export)
};
} // namespace

WholeFile::WholeFile(const QString &path) : m_path(path), m_file(path) {}

bool WholeFile::open(QString *error)
{
    // Unbuffered, so that a short write (a full disk) shows in write()'s
    // count: Qt's buffered flush lets QSaveFile commit a truncated file.
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return true;
    return fail(m_file.errorString(), error);
}

bool WholeFile::commit(const QByteArray &bytes, QString *error)
{
    errno = 0;
    const bool complete = m_file.write(bytes) == bytes.size();
    // QSaveFile's own text for a short write is vague; the OS says "No space left on device".
    const QString reason = complete || errno == 0 ? m_file.errorString() : QString::fromLocal8Bit(std::strerror(errno));
    if (complete && m_file.commit())
        return true;
    m_file.cancelWriting();
    return fail(complete ? m_file.errorString() : reason, error);
}

void WholeFile::cancel()
{
    m_file.cancelWriting();
}

bool WholeFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    WholeFile file(path);
    return file.open(error) && file.commit(bytes, error);
}

bool WholeFile::fail(const QString &reason, QString *error) const
{
    if (error)
        *error = Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), reason);
    return false;
}

} // namespace horisont
