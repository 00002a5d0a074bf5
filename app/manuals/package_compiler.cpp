#include "manuals/package_compiler.h"

#include "manuals/manual_link.h"
#include "manuals/search_index.h"
#include "storage/sqlite_database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fb::manuals {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::manuals::Compiler", text);
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorKind::Data,
                         tr("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

QStringList imageFiles(const QString &imagesDir)
{
    QStringList names =
        QDir(imagesDir).entryList({u"*.svg"_s, u"*.png"_s, u"*.jpg"_s}, QDir::Files, QDir::Name);
    return names;
}

QString pageFile(const ChapterMeta &meta)
{
    return u"html/%1/%2/%3.html"_s.arg(meta.language, meta.manual, meta.chapter);
}

QJsonObject chapterJson(const Chapter &chapter)
{
    QJsonArray sections;
    for (const ChapterSection &section : chapter.sections) {
        if (section.anchor.isEmpty())
            continue;
        sections.append(QJsonObject{{"anchor"_L1, section.anchor},
                                    {"title"_L1, section.title},
                                    {"level"_L1, section.level}});
    }
    QJsonArray links;
    for (const ChapterLink &link : chapter.links)
        links.append(link.target);
    return QJsonObject{{"manual"_L1, chapter.meta.manual},
                       {"language"_L1, chapter.meta.language},
                       {"chapter"_L1, chapter.meta.chapter},
                       {"title"_L1, chapter.meta.title},
                       {"version"_L1, chapter.meta.version},
                       {"order"_L1, chapter.meta.order},
                       {"summary"_L1, chapter.summary},
                       {"file"_L1, pageFile(chapter.meta)},
                       {"sections"_L1, sections},
                       {"links"_L1, links}};
}

} // namespace

Result<QList<Chapter>> readSources(const QString &sourceDir)
{
    static const QRegularExpression fileName(u"^(\\d\\d)-([a-z0-9]+(?:-[a-z0-9]+)*)\\.md$"_s);
    if (!QFileInfo(sourceDir).isDir())
        return makeError(ErrorKind::NotFound, tr("No manual sources at %1.").arg(sourceDir));
    QList<Chapter> chapters;
    QSet<QString> seen;
    for (const QString &language : supportedLanguages()) {
        const QDir languageDir(sourceDir + u'/' + language);
        if (!languageDir.exists())
            continue;
        for (const QString &manual :
             languageDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QDir manualDir(languageDir.filePath(manual));
            for (const QString &name : manualDir.entryList({u"*.md"_s}, QDir::Files, QDir::Name)) {
                const QString path = manualDir.filePath(name);
                const QString origin = u"%1/%2/%3"_s.arg(language, manual, name);
                const auto match = fileName.match(name);
                if (!match.hasMatch())
                    return makeError(
                        ErrorKind::Data,
                        tr("%1: chapter files are named NN-chapter-name.md.").arg(origin));
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    return makeError(ErrorKind::Data,
                                     tr("Could not read %1: %2").arg(path, file.errorString()));
                auto chapter = compileChapter(QString::fromUtf8(file.readAll()), origin);
                if (!chapter)
                    return chapter.error();
                const ChapterMeta &meta = chapter->meta;
                if (meta.language != language || meta.manual != manual ||
                    meta.chapter != match.captured(2))
                    return makeError(ErrorKind::Data,
                                     tr("%1: the front matter (%2/%3/%4) does not match the file's "
                                        "place (%5/%6/%7).")
                                         .arg(origin, meta.language, meta.manual, meta.chapter,
                                              language, manual, match.captured(2)));
                const QString key = u"%1/%2/%3"_s.arg(language, manual, meta.chapter);
                if (seen.contains(key))
                    return makeError(
                        ErrorKind::Data,
                        tr("%1: the chapter \"%2\" exists twice.").arg(origin, meta.chapter));
                seen.insert(key);
                chapter->meta.order = match.captured(1).toInt();
                chapters.append(std::move(chapter).value());
            }
        }
    }
    if (chapters.isEmpty())
        return makeError(
            ErrorKind::NotFound,
            tr("No chapters under %1 (expected <lang>/<manual>/NN-chapter.md).").arg(sourceDir));
    return chapters;
}

QStringList checkChapters(const QList<Chapter> &chapters, const QStringList &imageNames)
{
    QHash<QString, QStringList> anchors;  // "lang/manual/chapter" -> anchors
    QHash<QString, QString> firstChapter; // "lang/manual" -> lowest-order chapter
    QHash<QString, int> firstOrder;
    for (const Chapter &chapter : chapters) {
        const ChapterMeta &m = chapter.meta;
        anchors.insert(u"%1/%2/%3"_s.arg(m.language, m.manual, m.chapter), chapter.anchors());
        const QString manualKey = m.language + u'/' + m.manual;
        if (!firstOrder.contains(manualKey) || m.order < firstOrder.value(manualKey)) {
            firstOrder.insert(manualKey, m.order);
            firstChapter.insert(manualKey, m.chapter);
        }
    }
    const QString english = QString::fromUtf16(kFallbackLanguage);
    QStringList warnings;
    for (const Chapter &chapter : chapters) {
        warnings += chapter.warnings;
        const QString origin =
            u"%1/%2/%3"_s.arg(chapter.meta.language, chapter.meta.manual, chapter.meta.chapter);
        for (const ChapterLink &link : chapter.links) {
            const auto target = parseManualLink(link.target);
            if (!target) {
                warnings.append(
                    tr("%1:%2: \"%3\" is not a manual:<manual>/<chapter>#<anchor> link.")
                        .arg(origin)
                        .arg(link.line)
                        .arg(link.target));
                continue;
            }
            QString chapterName = target->chapter;
            QString key;
            for (const QString &language : {chapter.meta.language, english}) {
                const QString name = chapterName.isEmpty()
                                         ? firstChapter.value(language + u'/' + target->manual)
                                         : chapterName;
                const QString candidate = u"%1/%2/%3"_s.arg(language, target->manual, name);
                if (anchors.contains(candidate)) {
                    key = candidate;
                    break;
                }
            }
            if (key.isEmpty())
                warnings.append(tr("%1:%2: the link %3 points to a chapter that does not exist.")
                                    .arg(origin)
                                    .arg(link.line)
                                    .arg(link.target));
            else if (!target->anchor.isEmpty() && target->anchor != "top"_L1 &&
                     !anchors.value(key).contains(target->anchor))
                warnings.append(tr("%1:%2: the link %3 points to an anchor that %4 does not have.")
                                    .arg(origin)
                                    .arg(link.line)
                                    .arg(link.target, key));
        }
        for (const QString &image : chapter.images) {
            if (!imageNames.contains(image))
                warnings.append(
                    tr("%1: the image %2 is not in manuals/images/.").arg(origin, image));
        }
    }
    return warnings;
}

Result<CompileReport> writePackage(const QList<Chapter> &input, const QString &imagesDir,
                                   const QString &outDir)
{
    QList<Chapter> chapters = input;
    std::sort(chapters.begin(), chapters.end(), [](const Chapter &a, const Chapter &b) {
        return std::tie(a.meta.language, a.meta.manual, a.meta.order, a.meta.chapter) <
               std::tie(b.meta.language, b.meta.manual, b.meta.order, b.meta.chapter);
    });
    const QString target = QDir::cleanPath(QDir(outDir).absolutePath());
    const QString staging = target + u".tmp"_s;
    QDir(staging).removeRecursively();
    if (!QDir().mkpath(staging))
        return makeError(ErrorKind::Data, tr("Could not create %1.").arg(staging));

    CompileReport report;
    const QStringList images = imageFiles(imagesDir);
    report.warnings = checkChapters(chapters, images);
    QJsonObject files;
    auto record = [&](const QString &relative, const QByteArray &bytes) {
        files.insert(relative,
                     QString::fromLatin1(
                         QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    };

    QJsonArray chapterList;
    for (const Chapter &chapter : std::as_const(chapters)) {
        const QString relative = pageFile(chapter.meta);
        const QByteArray page = chapter.pageHtml().toUtf8();
        if (Status ok = writeFile(staging + u'/' + relative, page); !ok)
            return ok.error();
        record(relative, page);
        chapterList.append(chapterJson(chapter));
        ++report.chapters;
    }
    for (const QString &image : images) {
        QFile file(imagesDir + u'/' + image);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorKind::Data,
                             tr("Could not read %1: %2").arg(file.fileName(), file.errorString()));
        const QByteArray bytes = file.readAll();
        if (Status ok = writeFile(staging + u"/images/"_s + image, bytes); !ok)
            return ok.error();
        record(u"images/"_s + image, bytes);
    }

    {
        const QString indexPath = staging + u"/index.sqlite"_s;
        auto db = storage::Database::open(indexPath, storage::Database::Mode::ReadWrite, true);
        if (!db)
            return db.error();
        auto writer = IndexWriter::create(*db);
        if (!writer)
            return writer.error();
        {
            storage::Transaction transaction(*db);
            for (const Chapter &chapter : std::as_const(chapters)) {
                if (Status ok = (*writer)->add(chapter); !ok)
                    return ok.error();
                report.sections += static_cast<int>(chapter.sections.size());
            }
            if (Status ok = transaction.commit(); !ok)
                return ok.error();
        }
        if (Status ok = (*writer)->finish(); !ok)
            return ok.error();
        if (Status ok = db->exec("VACUUM"); !ok)
            return ok.error();
    }
    QFile index(staging + u"/index.sqlite"_s);
    if (!index.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Data, tr("Could not read back the search index."));
    record(u"index.sqlite"_s, index.readAll());

    const QJsonObject manifest{{"format"_L1, kPackageFormat},
                               {"generator"_L1, u"fieldbench-manualc " FIELDBENCH_VERSION ""_s},
                               {"chapters"_L1, chapterList},
                               {"files"_L1, files}};
    if (Status ok = writeFile(staging + u"/manifest.json"_s,
                              QJsonDocument(manifest).toJson(QJsonDocument::Indented));
        !ok)
        return ok.error();

    // Swap the finished package in.
    QDir(target).removeRecursively();
    if (!QDir().rename(staging, target))
        return makeError(ErrorKind::Data, tr("Could not move the package to %1.").arg(target));
    return report;
}

Result<CompileReport> compilePackage(const QString &sourceDir, const QString &outDir)
{
    auto chapters = readSources(sourceDir);
    if (!chapters)
        return chapters.error();
    return writePackage(*chapters, sourceDir + u"/images"_s, outDir);
}

} // namespace fb::manuals
