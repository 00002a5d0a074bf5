#include "documents/document_language.h"

using namespace Qt::Literals::StringLiterals;

namespace fb::documents {

DocumentLanguage::DocumentLanguage(const QString &localeName)
    : m_locale(localeName.isEmpty() ? QLocale(QLocale::English, QLocale::UnitedStates)
                                    : QLocale(localeName))
{
    if (m_locale.language() != QLocale::English) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(m_locale, u"fieldbench"_s, u"_"_s, u":/i18n"_s))
            m_translator = std::move(translator);
    }
}

QString DocumentLanguage::text(const char *context, const char *source) const
{
    if (m_translator) {
        const QString translated = m_translator->translate(context, source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

} // namespace fb::documents
