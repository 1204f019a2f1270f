#include "SettingsPage.h"

#include <QIcon>
#include <QLabel>

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent)
{
    // Nothing to edit before the stored values are there.
    setEnabled(false);
}

QIcon SettingsPage::icon() const
{
    return {};
}

void SettingsPage::markLoaded()
{
    m_loaded = true;
    setEnabled(true);
    markSaved();
    Q_EMIT loaded();
}

void SettingsPage::markSaved()
{
    if (m_modified) {
        m_modified = false;
        Q_EMIT modifiedChanged(false);
    }
}

void SettingsPage::markModified()
{
    if (m_populating > 0 || !m_loaded || m_modified) {
        return;
    }
    m_modified = true;
    Q_EMIT modifiedChanged(true);
}

QLabel *SettingsPage::createFieldMessage(const QString &objectName)
{
    auto *message = new QLabel(this);
    message->setObjectName(objectName);
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    message->hide();
    return message;
}

void SettingsPage::showFieldMessage(QLabel *message, const QString &text)
{
    message->setText(text);
    message->setVisible(!text.isEmpty());
}

void SettingsPage::showOutcome(QLabel *label, bool ok, const QString &html)
{
    label->setTextFormat(Qt::RichText);
    label->setStyleSheet(ok ? QStringLiteral("color: #1e8449;") : QStringLiteral("color: #c0392b;"));
    label->setText(html);
    label->setVisible(!html.isEmpty());
}
