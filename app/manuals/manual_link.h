#pragma once

// Deep links into the manuals: "manual:<manual>/<chapter>#<anchor>". Other
// pages (diagnostics, troubleshooting) open them through
// GuiContext::openManualLink; manuals link to each other the same way.

#include <QString>

#include <optional>

namespace fb::manuals {

struct ManualLink
{
    QString manual;
    QString chapter; // empty: the manual's first chapter
    QString anchor;  // empty: the chapter's top

    QString toString() const;
};

// nullopt when `url` is not a well-formed manual: link.
std::optional<ManualLink> parseManualLink(const QString &url);

} // namespace fb::manuals
