#pragma once

// Compiles the manual sources (manuals/<lang>/<manual>/<NN>-<chapter>.md and
// manuals/images/) into the package the app installs and reads:
//
//   manifest.json                  chapters, sections, and the SHA-256 of every file
//   index.sqlite                   the prebuilt FTS5 search index (search_index.h)
//   html/<lang>/<manual>/<chapter>.html
//   images/<name>.svg
//
// The package is written next to the output folder and moved into place when
// complete, so a failed build never leaves half a package behind.

#include "domain/result.h"
#include "manuals/chapter.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fb::manuals {

inline constexpr int kPackageFormat = 1;

struct CompileReport
{
    int chapters = 0;
    int sections = 0;
    QStringList warnings; // broken links, missing images, unsupported links
};

// Reads and compiles every chapter under `sourceDir`.
Result<QList<Chapter>> readSources(const QString &sourceDir);

// Checks links and images across chapters; returns the warnings.
QStringList checkChapters(const QList<Chapter> &chapters, const QStringList &imageNames);

// Writes a package from compiled chapters and the images in `imagesDir`.
Result<CompileReport> writePackage(const QList<Chapter> &chapters, const QString &imagesDir,
                                   const QString &outDir);

// readSources + writePackage.
Result<CompileReport> compilePackage(const QString &sourceDir, const QString &outDir);

} // namespace fb::manuals
