#include "gui/sync/conflict_dialog.h"

#include "domain/commercial/decimal.h"
#include "domain/commercial/money_format.h"
#include "domain/time_format.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fb::gui {
namespace {

// Money as the locale writes it; HQ's text as it came when it is not a decimal.
QString money(const QJsonValue &value, const QString &currency, const QLocale &locale)
{
    const QString text = value.toString();
    if (const auto amount = commercial::Decimal::parse(text))
        return commercial::formatMoney(*amount, currency, locale);
    return text;
}

QPlainTextEdit *sideView(const QString &name, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent); // plain text: HQ's words cannot inject markup
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setMinimumWidth(320);
    return view;
}

} // namespace

ConflictDialog::ConflictDialog(sync::SyncService &service, QWidget *parent)
    : QDialog(parent), m_service(service)
{
    setWindowTitle(tr("Settle conflicts"));
    auto *intro = new QLabel(tr("The same quote was approved twice, here and at HQ, with "
                                "different signatures. Keep one approval; the other is kept on "
                                "the quote as discarded, and the next sync sends your choice "
                                "to HQ."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"conflictList"_s);
    m_list->setMaximumHeight(90);
    m_current = sideView(u"currentApproval"_s, this);
    m_other = sideView(u"otherApproval"_s, this);
    m_keepCurrent = new QPushButton(tr("Keep this approval"), this);
    m_keepCurrent->setObjectName(u"keepCurrentButton"_s);
    m_keepOther = new QPushButton(tr("Keep this approval"), this);
    m_keepOther->setObjectName(u"keepOtherButton"_s);
    m_message = new QLabel(this);
    m_message->setObjectName(u"conflictMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *sides = new QGridLayout;
    sides->addWidget(new QLabel(tr("Shown here now"), this), 0, 0);
    sides->addWidget(new QLabel(tr("Set aside"), this), 0, 1);
    sides->addWidget(m_current, 1, 0);
    sides->addWidget(m_other, 1, 1);
    sides->addWidget(m_keepCurrent, 2, 0);
    sides->addWidget(m_keepOther, 2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addLayout(sides, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictDialog::showSelected);
    connect(m_keepCurrent, &QPushButton::clicked, this, &ConflictDialog::keepCurrent);
    connect(m_keepOther, &QPushButton::clicked, this, &ConflictDialog::keepOther);
    connect(&m_service, &sync::SyncService::conflictsLoaded, this, &ConflictDialog::showConflicts);
    connect(&m_service, &sync::SyncService::conflictSettled, this, &ConflictDialog::onSettled);
    m_busy = true;
    showSelected();
    m_service.loadConflicts();
}

QString ConflictDialog::describe(const QJsonObject &quote, const QLocale &locale)
{
    const QString currency = quote.value("currency"_L1).toString();
    const QJsonObject approval = quote.value("approval"_L1).toObject();
    QStringList text;
    text.append(tr("Quote %1").arg(quote.value("number"_L1).toString()));
    text.append(tr("Signed by: %1").arg(approval.value("signer"_L1).toString()));
    const auto signedAt = parseIsoTime(approval.value("signed_at"_L1).toString());
    text.append(tr("Signed at: %1")
                    .arg(signedAt ? locale.toString(signedAt->toLocalTime(), QLocale::LongFormat)
                                  : approval.value("signed_at"_L1).toString()));
    text.append(QString());
    text.append(tr("Lines:"));
    for (const QJsonValue &value : quote.value("lines"_L1).toArray()) {
        const QJsonObject line = value.toObject();
        const QJsonValue qty = line.value("qty"_L1);
        const QString quantity = qty.isDouble() ? locale.toString(qty.toDouble()) : qty.toString();
        text.append(tr("  %1 × %2: %3")
                        .arg(quantity, line.value("description"_L1).toString(),
                             money(line.value("amount"_L1), currency, locale)));
    }
    text.append(QString());
    text.append(tr("Subtotal: %1").arg(money(quote.value("subtotal"_L1), currency, locale)));
    text.append(tr("Tax: %1").arg(money(quote.value("tax"_L1), currency, locale)));
    text.append(tr("Total: %1").arg(money(quote.value("total"_L1), currency, locale)));
    return text.join(u'\n');
}

void ConflictDialog::showConflicts(const QList<sync::OpenConflict> &conflicts)
{
    m_busy = false;
    m_conflicts = conflicts;
    m_list->clear();
    for (const sync::OpenConflict &conflict : conflicts) {
        const QString number = conflict.current.value("number"_L1).toString();
        m_list->addItem(
            tr("Quote %1: two approvals").arg(number.isEmpty() ? conflict.docId : number));
    }
    if (!conflicts.isEmpty())
        m_list->setCurrentRow(0);
    else if (!m_settledAny)
        m_message->setText(tr("No conflicts to settle."));
    showSelected();
    emit conflictsShown(static_cast<int>(conflicts.size()));
    if (conflicts.isEmpty() && m_settledAny)
        accept(); // all settled
}

void ConflictDialog::showSelected()
{
    const int row = m_list->currentRow();
    const bool have = row >= 0 && row < m_conflicts.size();
    const QLocale locale;
    m_current->setPlainText(have ? describe(m_conflicts[row].current, locale) : QString());
    m_other->setPlainText(have ? describe(m_conflicts[row].other, locale) : QString());
    m_keepCurrent->setEnabled(have && !m_busy);
    m_keepOther->setEnabled(have && !m_busy);
}

void ConflictDialog::keepCurrent()
{
    settle(sync::ConflictChoice::KeepCurrent);
}

void ConflictDialog::keepOther()
{
    settle(sync::ConflictChoice::KeepOther);
}

void ConflictDialog::settle(sync::ConflictChoice choice)
{
    const int row = m_list->currentRow();
    if (m_busy || row < 0 || row >= m_conflicts.size())
        return;
    const sync::OpenConflict &conflict = m_conflicts[row];
    m_busy = true;
    showSelected();
    m_message->setText(tr("Saving your choice…"));
    m_service.settleConflict(conflict.docId, conflict.otherRev, conflict.currentRev, choice);
}

void ConflictDialog::onSettled(bool ok, const QString &message)
{
    m_settledAny = m_settledAny || ok;
    m_message->setText(ok ? tr("Saved; the next sync sends it to HQ.") : message);
    emit settled(ok, message);
    m_service.loadConflicts(); // the rest, or what changed meanwhile
}

} // namespace fb::gui
