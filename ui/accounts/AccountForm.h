#pragma once

#include "core/acme/AccountRegistration.h"
#include "ui/accounts/CaPreset.h"

#include <QWidget>

class Facade;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTimer;

// The fields of a new CA account: which CA (a preset or any directory URL, with an optional
// CA bundle for private CAs), the contact address, EAB credentials where the CA wants them,
// and the CA's terms of service, fetched from its directory and linked so they can be read
// before they are accepted. Used by the account dialog and the setup wizard.
class AccountForm final : public QWidget
{
    Q_OBJECT

public:
    explicit AccountForm(Facade &facade, QWidget *parent = nullptr);

    // Everything needed is there (the terms accepted, EAB complete where required).
    bool isComplete() const;

    AccountRegistration::Request request() const;

    // The terms-of-service link from the CA's directory, once fetched.
    QUrl termsOfService() const { return m_terms; }

    void selectPreset(const QString &id);

Q_SIGNALS:
    void completeChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleFetch();
    void presetChanged();
    void fetchDirectory();
    void showDirectoryProblem(const Problem &problem);
    QUrl directoryUrl() const;
    void browseBundle();
    void updateEab();

    Facade &m_facade;
    QList<CaPreset> m_presets;
    QFormLayout *m_caForm = nullptr;
    QComboBox *m_preset;
    QLabel *m_note;
    QLineEdit *m_url;
    QWidget *m_bundleRow;
    QLineEdit *m_bundle;
    QLineEdit *m_email;
    QLineEdit *m_title;
    QGroupBox *m_eab;
    QLabel *m_eabHelp;
    QLineEdit *m_eabKid;
    QLineEdit *m_eabHmac;
    QLabel *m_termsLabel;
    QCheckBox *m_accept;
    QTimer *m_fetchTimer;
    quint64 m_fetchSerial = 0;
    QUrl m_terms;
    bool m_directoryOk = false;
    bool m_shown = false;
    bool m_directoryWantsEab = false;
};
