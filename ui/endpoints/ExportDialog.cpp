#include "ExportDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

ExportDialog::ExportDialog(int endpointCount, QWidget *parent)
    : QDialog(parent)
    , m_folder(new QLineEdit(this))
    , m_pfx(new QCheckBox(tr("Also write a &PFX file (certificate.pfx) for Windows servers"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Certificates"));
    auto *explanation = new QLabel(tr("CertDesk writes each endpoint's certificate, chain and private key into a "
                                      "folder of its own inside the folder you choose (%n endpoint(s)). The key files "
                                      "are readable only by you.",
                                      nullptr,
                                      endpointCount),
                                   this);
    explanation->setWordWrap(true);
    m_folder->setObjectName(QStringLiteral("exportFolderEdit"));
    m_folder->setAccessibleName(tr("Export folder"));
    m_folder->setText(QDir::toNativeSeparators(QDir::homePath()));
    m_pfx->setObjectName(QStringLiteral("exportPfxCheck"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export Folder"), m_folder->text());
        if (!folder.isEmpty()) {
            m_folder->setText(QDir::toNativeSeparators(folder));
        }
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(browse);
    auto *label = new QLabel(tr("&Folder:"), this);
    label->setBuddy(m_folder);
    QPushButton *exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    auto *form = new QFormLayout(this);
    form->addRow(explanation);
    form->addRow(label, row);
    form->addRow(m_pfx);
    form->addRow(m_buttons);
    updateButtons();
    resize(520, sizeHint().height());
}

QString ExportDialog::folder() const
{
    return QDir::cleanPath(QDir::fromNativeSeparators(m_folder->text().trimmed()));
}

bool ExportDialog::writePfx() const
{
    return m_pfx->isChecked();
}

void ExportDialog::updateButtons()
{
    const QString text = m_folder->text().trimmed();
    const bool ok = !text.isEmpty() && QDir::isAbsolutePath(QDir::fromNativeSeparators(text));
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole) {
            button->setEnabled(ok);
        }
    }
}
