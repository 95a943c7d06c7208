#pragma once

#include <QByteArray>
#include <QSaveFile>
#include <QString>

namespace horisont {

/// A file that is written whole or not at all: a full disk or a cancelled
/// export leaves what was there before (or nothing) in place, never a
/// truncated file. open() before long work, so that an unwritable path is
/// named at once; commit() with all the bytes after it.
class WholeFile
{
public:
    explicit WholeFile(const QString &path);

    bool open(QString *error);
    /// Writes `bytes` in one checked write and replaces the file with them.
    bool commit(const QByteArray &bytes, QString *error);
    /// Gives up: the path keeps what it held.
    void cancel();

    /// Opens, writes and commits in one go.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);

private:
    bool fail(const QString &reason, QString *error) const;

    QString m_path;
    QSaveFile m_file;
};

} // namespace horisont
