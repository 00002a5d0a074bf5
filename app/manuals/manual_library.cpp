#include "manuals/manual_library.h"

#include "manuals/manuals_log.h"
#include "manuals/package_compiler.h"
#include "storage/document_store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fb::manuals {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fb::manuals::Library", text);
}

QString english()
{
    return QString::fromUtf16(kFallbackLanguage);
}

Error damaged(const QString &directory, const QString &detail)
{
    return makeError(ErrorKind::Data,
                     tr("The manual package at %1 is damaged (%2). Reinstall Fieldbench or rebuild "
                        "the manuals; the rest of the app works without them.")
                         .arg(QDir::toNativeSeparators(directory), detail));
}

QString digestOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

QString effectiveLanguage(const QString &requested)
{
    const QString code = requested.left(2).toLower();
    return supportedLanguages().contains(code) ? code : english();
}

ManualLibrary::~ManualLibrary() = default;

QStringList ManualLibrary::candidateDirectories()
{
    const QString fromEnvironment = qEnvironmentVariable("FIELDBENCH_MANUALS_DIR");
    if (!fromEnvironment.isEmpty())
        return {fromEnvironment};
    QStringList candidates;
    const QString exeDir = QCoreApplication::applicationDirPath();
    if (!exeDir.isEmpty()) {
        candidates.append(QDir::cleanPath(exeDir + u"/../../manuals-package"_s));
        candidates.append(QDir::cleanPath(exeDir + u"/../share/fieldbench/manuals"_s));
    }
    candidates.append(QStringLiteral(FIELDBENCH_MANUALS_INSTALL_DIR));
    candidates.removeDuplicates();
    return candidates;
}

Result<QString> ManualLibrary::locate()
{
    const QStringList candidates = candidateDirectories();
    for (const QString &directory : candidates) {
        if (QFile::exists(directory + u"/manifest.json"_s))
            return directory;
    }
    return makeError(
        ErrorKind::NotFound,
        tr("The service manuals are not installed (looked in %1). Reinstall Fieldbench "
           "or set FIELDBENCH_MANUALS_DIR; the rest of the app works without them.")
            .arg(candidates.join(u", "_s)));
}

Result<std::unique_ptr<ManualLibrary>> ManualLibrary::openDefault()
{
    auto directory = locate();
    if (!directory)
        return directory.error();
    return open(*directory);
}

Result<std::unique_ptr<ManualLibrary>> ManualLibrary::open(const QString &directory)
{
    std::unique_ptr<ManualLibrary> library(new ManualLibrary);
    library->m_directory = QDir::cleanPath(QDir(directory).absolutePath());
    if (Status ok = library->load(); !ok)
        return ok.error();
    return library;
}

Status ManualLibrary::load()
{
    QFile manifestFile(m_directory + u"/manifest.json"_s);
    if (!manifestFile.exists())
        return makeError(ErrorKind::NotFound,
                         tr("No manual package at %1 (manifest.json is missing). Reinstall "
                            "Fieldbench; the rest of the app works without the manuals.")
                             .arg(QDir::toNativeSeparators(m_directory)));
    if (!manifestFile.open(QIODevice::ReadOnly))
        return damaged(m_directory, manifestFile.errorString());
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(manifestFile.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return damaged(m_directory, tr("manifest.json is not valid JSON"));
    const QJsonObject manifest = document.object();
    if (manifest.value("format"_L1).toInt() != kPackageFormat)
        return damaged(m_directory, tr("package format %1, expected %2")
                                        .arg(manifest.value("format"_L1).toInt())
                                        .arg(kPackageFormat));
    const QJsonObject files = manifest.value("files"_L1).toObject();
    if (files.isEmpty() || !files.contains("index.sqlite"_L1))
        return damaged(m_directory, tr("manifest.json lists no files"));
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString relative = it.key();
        if (relative.contains(".."_L1) || QDir::isAbsolutePath(relative))
            return damaged(m_directory, tr("manifest.json names a file outside the package"));
        QFile file(m_directory + u'/' + relative);
        if (!file.open(QIODevice::ReadOnly))
            return damaged(m_directory, tr("%1 is missing").arg(relative));
        if (digestOf(file.readAll()) != it.value().toString())
            return damaged(m_directory, tr("%1 does not match its checksum").arg(relative));
        m_digests.insert(relative, it.value().toString());
    }
    const QJsonArray chapters = manifest.value("chapters"_L1).toArray();
    for (const QJsonValue &value : chapters) {
        const QJsonObject object = value.toObject();
        ChapterEntry entry;
        entry.meta.manual = object.value("manual"_L1).toString();
        entry.meta.language = object.value("language"_L1).toString();
        entry.meta.chapter = object.value("chapter"_L1).toString();
        entry.meta.title = object.value("title"_L1).toString();
        entry.meta.version = object.value("version"_L1).toString();
        entry.meta.order = object.value("order"_L1).toInt();
        entry.summary = object.value("summary"_L1).toString();
        entry.file = object.value("file"_L1).toString();
        for (const QJsonValue &section : object.value("sections"_L1).toArray()) {
            const QJsonObject s = section.toObject();
            entry.sections.append({s.value("anchor"_L1).toString(), s.value("title"_L1).toString(),
                                   s.value("level"_L1).toInt(), QString()});
        }
        for (const QJsonValue &link : object.value("links"_L1).toArray())
            entry.links.append(link.toString());
        if (entry.meta.manual.isEmpty() || entry.meta.chapter.isEmpty() ||
            !m_digests.contains(entry.file))
            return damaged(m_directory, tr("manifest.json has a chapter without its page"));
        m_byKey.insert(key(entry.meta.language, entry.meta.manual, entry.meta.chapter),
                       m_chapters.size());
        m_chapters.append(entry);
    }
    auto index = SearchIndex::open(m_directory + u"/index.sqlite"_s);
    if (!index)
        return damaged(m_directory, index.error().message);
    m_index = std::move(index).value();
    qCDebug(lcManuals) << "manual package" << m_directory << "with" << m_chapters.size()
                       << "chapters";
    return {};
}

QString ManualLibrary::key(const QString &language, const QString &manual,
                           const QString &chapter) const
{
    return language + u'/' + manual + u'/' + chapter;
}

QStringList ManualLibrary::applyUpdates(const QList<QJsonObject> &documents)
{
    QStringList problems;
    // Highest version first per chapter, so an older update never undoes a newer one.
    QList<Chapter> accepted;
    for (const QJsonObject &document : documents) {
        const QString id = document.value("_id"_L1).toString();
        if (document.value("_deleted"_L1).toBool())
            continue;
        const QString source = document.value("source"_L1).toString();
        if (source.isEmpty()) {
            problems.append(tr("Manual update %1 has no \"source\"; ignored.").arg(id));
            continue;
        }
        auto chapter = compileChapter(source, tr("manual update %1").arg(id));
        if (!chapter) {
            problems.append(chapter.error().message);
            continue;
        }
        const QString chapterKey =
            key(chapter->meta.language, chapter->meta.manual, chapter->meta.chapter);
        if (const auto at = m_byKey.constFind(chapterKey); at != m_byKey.constEnd()) {
            if (compareVersions(chapter->meta.version, m_chapters.at(*at).meta.version) <= 0)
                continue; // the bundled (or an applied) chapter is as new
        }
        for (const QString &image : std::as_const(chapter->images)) {
            if (!m_digests.contains(u"images/"_s + image))
                problems.append(tr("Manual update %1 shows the image %2, which this package "
                                   "does not have.")
                                    .arg(id, image));
        }
        ChapterEntry entry;
        entry.meta = chapter->meta;
        entry.summary = chapter->summary;
        for (const ChapterSection &section : std::as_const(chapter->sections)) {
            if (!section.anchor.isEmpty())
                entry.sections.append({section.anchor, section.title, section.level, QString()});
        }
        for (const ChapterLink &link : std::as_const(chapter->links))
            entry.links.append(link.target);
        entry.file =
            u"html/%1/%2/%3.html"_s.arg(entry.meta.language, entry.meta.manual, entry.meta.chapter);
        entry.updatedHtml = chapter->pageHtml();
        if (const auto at = m_byKey.constFind(chapterKey); at != m_byKey.constEnd()) {
            entry.meta.order = m_chapters.at(*at).meta.order;
            m_chapters[*at] = entry;
        } else {
            entry.meta.order = document.value("order"_L1).toInt(99);
            m_byKey.insert(chapterKey, m_chapters.size());
            m_chapters.append(entry);
        }
        accepted.append(std::move(chapter).value());
    }
    if (!accepted.isEmpty()) {
        // Drop superseded duplicates: keep the last accepted version of each chapter.
        if (Status ok = m_index->replaceChapters(accepted); !ok)
            problems.append(ok.error().message);
        qCInfo(lcManuals) << accepted.size() << "manual chapters updated from HQ";
    }
    for (const QString &problem : std::as_const(problems))
        qCWarning(lcManuals) << problem;
    return problems;
}

Result<QStringList> ManualLibrary::applyUpdatesFrom(storage::Database &workspace)
{
    storage::DocumentStore store(workspace);
    auto documents = store.allOfType(u"manual"_s);
    if (!documents)
        return documents.error();
    QList<QJsonObject> sorted = *documents;
    std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const QString va = a.value("version"_L1).toString();
        const QString vb = b.value("version"_L1).toString();
        return isSemanticVersion(va) && isSemanticVersion(vb) && compareVersions(va, vb) < 0;
    });
    return applyUpdates(sorted);
}

QStringList ManualLibrary::manuals() const
{
    QStringList names;
    for (const ChapterEntry &entry : m_chapters) {
        if (!names.contains(entry.meta.manual))
            names.append(entry.meta.manual);
    }
    names.sort();
    return names;
}

QStringList ManualLibrary::languages() const
{
    QStringList result;
    for (const QString &language : supportedLanguages()) {
        for (const ChapterEntry &entry : m_chapters) {
            if (entry.meta.language == language) {
                result.append(language);
                break;
            }
        }
    }
    return result;
}

QList<ChapterEntry> ManualLibrary::tableOfContents(const QString &manual,
                                                   const QString &language) const
{
    QList<ChapterEntry> result;
    QSet<QString> present;
    for (const ChapterEntry &entry : m_chapters) {
        if (entry.meta.manual == manual && entry.meta.language == language) {
            result.append(entry);
            present.insert(entry.meta.chapter);
        }
    }
    for (const ChapterEntry &entry : m_chapters) {
        if (entry.meta.manual == manual && entry.meta.language == english() &&
            !present.contains(entry.meta.chapter))
            result.append(entry);
    }
    std::stable_sort(
        result.begin(), result.end(), [](const ChapterEntry &a, const ChapterEntry &b) {
            return std::tie(a.meta.order, a.meta.chapter) < std::tie(b.meta.order, b.meta.chapter);
        });
    return result;
}

std::optional<ChapterEntry> ManualLibrary::chapter(const QString &manual, const QString &chapter,
                                                   const QString &language) const
{
    for (const QString &candidate : {language, english()}) {
        if (const auto at = m_byKey.constFind(key(candidate, manual, chapter));
            at != m_byKey.constEnd())
            return m_chapters.at(*at);
    }
    return std::nullopt;
}

Result<QString> ManualLibrary::pageHtml(const ChapterEntry &chapter) const
{
    if (chapter.updated())
        return chapter.updatedHtml;
    QFile file(m_directory + u'/' + chapter.file);
    if (!file.open(QIODevice::ReadOnly))
        return damaged(m_directory, tr("%1 is missing").arg(chapter.file));
    const QByteArray bytes = file.readAll();
    if (digestOf(bytes) != m_digests.value(chapter.file))
        return damaged(m_directory, tr("%1 does not match its checksum").arg(chapter.file));
    return QString::fromUtf8(bytes);
}

QString ManualLibrary::pagePath(const ChapterEntry &chapter) const
{
    return m_directory + u'/' + chapter.file;
}

Result<ResolvedLink> ManualLibrary::resolve(const QString &url, const QString &language) const
{
    const auto link = parseManualLink(url);
    if (!link)
        return makeError(
            ErrorKind::Usage,
            tr("\"%1\" is not a manual link (manual:<model>/<chapter>#<section>).").arg(url));
    QString chapterName = link->chapter;
    if (chapterName.isEmpty()) {
        const QList<ChapterEntry> toc = tableOfContents(link->manual, language);
        if (toc.isEmpty())
            return makeError(ErrorKind::NotFound,
                             tr("There is no manual for \"%1\".").arg(link->manual));
        chapterName = toc.first().meta.chapter;
    }
    const auto entry = chapter(link->manual, chapterName, language);
    if (!entry)
        return makeError(ErrorKind::NotFound,
                         tr("The %1 manual has no chapter \"%2\".").arg(link->manual, chapterName));
    if (!link->anchor.isEmpty() && link->anchor != "top"_L1) {
        const bool found =
            std::any_of(entry->sections.begin(), entry->sections.end(),
                        [&](const ChapterSection &s) { return s.anchor == link->anchor; });
        if (!found)
            return makeError(ErrorKind::NotFound, tr("The chapter \"%1\" has no section \"%2\".")
                                                      .arg(entry->meta.title, link->anchor));
    }
    return ResolvedLink{*entry, link->anchor == "top"_L1 ? QString() : link->anchor};
}

Result<QList<SearchHit>> ManualLibrary::search(const SearchQuery &query)
{
    SearchQuery effective = query;
    effective.language = effectiveLanguage(query.language);
    return m_index->search(effective);
}

} // namespace fb::manuals
