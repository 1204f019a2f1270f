#include "SettingsDialog.h"

#include "core/Facade.h"
#include "ui/common/ProblemText.h"
#include "ui/settings/DelegationZonePage.h"
#include "ui/settings/DnsChecksPage.h"
#include "ui/settings/GeneralPage.h"
#include "ui/settings/NotificationsPage.h"
#include "ui/settings/SettingsPage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

SettingsDialog::SettingsDialog(Facade &facade, QWidget *parent)
    : QDialog(parent)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
    , m_general(new GeneralPage(facade, this))
    , m_dns(new DnsChecksPage(facade, this))
    , m_delegation(new DelegationZonePage(facade, this))
    , m_notifications(new NotificationsPage(facade, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_navigation->setObjectName(QStringLiteral("settingsNavigation"));
    m_navigation->setAccessibleName(tr("Settings pages"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setMaximumWidth(190);
    // As in the main window: a quiet selection keeps the pages' icons visible in any theme.
    m_navigation->setStyleSheet(
        QStringLiteral("QListWidget#settingsNavigation::item:selected { background: palette(alternate-base); "
                       "color: palette(text); border-left: 3px solid palette(highlight); }"));
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::RichText);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problem->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOkButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("settingsCancelButton"));
    m_buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("settingsApplyButton"));

    addPage(m_general);
    addPage(m_dns);
    addPage(m_delegation);
    addPage(m_notifications);
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    // "Test Resolvers" asks for the delegation zone as it is being edited.
    connect(m_delegation, &DelegationZonePage::zoneChanged, m_dns, &DnsChecksPage::setProbeZone);
    connect(m_delegation, &SettingsPage::loaded, this, [this] {
        m_dns->setProbeZone(m_delegation->zone());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);

    auto *pages = new QHBoxLayout;
    pages->addWidget(m_navigation);
    pages->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pages, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_navigation->setCurrentRow(General);
    resize(820, 600);

    for (SettingsPage *page : std::as_const(m_pages)) {
        page->load();
    }
    updateButtons();
}

void SettingsDialog::addPage(SettingsPage *page)
{
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_navigation);
    item->setSizeHint(QSize(0, 32));
    m_stack->addWidget(page);
    m_pages << page;
    connect(page, &SettingsPage::modifiedChanged, this, &SettingsDialog::updateButtons);
    connect(page, &SettingsPage::loaded, this, &SettingsDialog::updateButtons);
}

void SettingsDialog::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return static_cast<Page>(m_stack->currentIndex());
}

bool SettingsDialog::isLoaded() const
{
    return std::all_of(m_pages.cbegin(), m_pages.cend(), [](const SettingsPage *page) {
        return page->isLoaded();
    });
}

void SettingsDialog::updateButtons()
{
    const bool modified = std::any_of(m_pages.cbegin(), m_pages.cend(), [](const SettingsPage *page) {
        return page->isLoaded() && page->isModified();
    });
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(modified && !m_saving);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_saving);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_saving ? tr("Saving…") : tr("OK"));
}

bool SettingsDialog::validateAll()
{
    // Every page is checked, so every wrong field says so at once; the first one is shown.
    SettingsPage *firstPage = nullptr;
    QWidget *firstField = nullptr;
    for (SettingsPage *page : std::as_const(m_pages)) {
        if (!page->isLoaded() || !page->isModified()) {
            continue;
        }
        if (QWidget *field = page->validate(); field && !firstField) {
            firstPage = page;
            firstField = field;
        }
    }
    if (!firstField) {
        return true;
    }
    m_navigation->setCurrentRow(int(m_pages.indexOf(firstPage)));
    m_problem->setText(tr("Nothing was saved: correct the marked fields on the “%1” page first.")
                           .arg(firstPage->title().toHtmlEscaped()));
    m_problem->show();
    firstField->setFocus(Qt::OtherFocusReason);
    return false;
}

void SettingsDialog::accept()
{
    save(true);
}

void SettingsDialog::apply()
{
    save(false);
}

void SettingsDialog::save(bool closeWhenDone)
{
    if (m_saving) {
        return;
    }
    m_problem->hide();
    if (!validateAll()) {
        return;
    }
    QList<SettingsPage *> changed;
    for (SettingsPage *page : std::as_const(m_pages)) {
        if (page->isLoaded() && page->isModified()) {
            changed << page;
        }
    }
    if (changed.isEmpty()) {
        if (closeWhenDone) {
            QDialog::accept();
        }
        return;
    }
    m_saving = true;
    updateButtons();

    struct Saving
    {
        qsizetype pending = 0;
        QStringList problems;
        SettingsPage *firstFailed = nullptr;
    };

    auto saving = std::make_shared<Saving>();
    saving->pending = changed.size();
    for (SettingsPage *page : std::as_const(changed)) {
        page->save([this, page, saving, closeWhenDone](const Result<void> &saved) {
            if (!saved) {
                saving->problems
                    << tr("%1: %2").arg(page->title(), ProblemText::oneLine(saved.problem())).toHtmlEscaped();
                if (!saving->firstFailed) {
                    saving->firstFailed = page;
                }
            }
            if (--saving->pending > 0) {
                return;
            }
            m_saving = false;
            updateButtons();
            // What was written is in effect even when another page failed.
            Q_EMIT applied();
            if (!saving->problems.isEmpty()) {
                m_navigation->setCurrentRow(int(m_pages.indexOf(saving->firstFailed)));
                m_problem->setText(tr("Not everything could be saved.") + QStringLiteral("<br>")
                                   + saving->problems.join(QStringLiteral("<br>")));
                m_problem->show();
                return;
            }
            if (closeWhenDone) {
                QDialog::accept();
            }
        });
    }
}
