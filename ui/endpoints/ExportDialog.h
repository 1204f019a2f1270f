#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

// Where to export the selected endpoints' certificates and keys, and in which formats.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(int endpointCount, QWidget *parent = nullptr);

    QString folder() const;
    bool writePfx() const;

private:
    void updateButtons();

    QLineEdit *m_folder;
    QCheckBox *m_pfx;
    QDialogButtonBox *m_buttons;
};
