#pragma once

// Helpers shared by the manuals tests: the fixture corpus and package paths.

#include "manuals/package_compiler.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>

namespace fb::test {

inline QString manualFixtureSources()
{
    return QStringLiteral(FIELDBENCH_SOURCE_DIR "/tests/manuals/data/corpus");
}

inline QString manualSources()
{
    return QStringLiteral(FIELDBENCH_SOURCE_DIR "/manuals");
}

// Compiles the fixture corpus into `dir`/package and returns that path.
inline QString compileFixturePackage(const QString &dir)
{
    const QString out = dir + QStringLiteral("/package");
    auto report = manuals::compilePackage(manualFixtureSources(), out);
    if (!report) {
        qWarning("compile: %s", qPrintable(report.error().message));
        return {};
    }
    return out;
}

inline bool rewriteFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace fb::test
