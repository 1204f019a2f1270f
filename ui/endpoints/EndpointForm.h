#pragma once

#include "core/Result.h"
#include "core/acme/CaAccount.h"
#include "core/endpoints/Endpoint.h"

#include <QList>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QStackedWidget;

// The fields of an endpoint, checked as they are typed: names (shown back in Unicode and
// in the form stored), reach and target, validation method, key type, CA account and
// deployment. Used by the endpoint editor and by the setup wizard.
class EndpointForm final : public QWidget
{
    Q_OBJECT

public:
    explicit EndpointForm(QWidget *parent = nullptr);

    void setAccounts(const QList<CaAccount> &accounts);
    // Fills the fields from a stored endpoint (for editing); its id is kept.
    void setEndpoint(const Endpoint &endpoint);
    // The endpoint the fields describe, or the first thing wrong with them.
    Result<Endpoint> endpoint() const;

    bool isValid() const { return m_valid; }

    // Suggested http-01 responder address for new endpoints.
    void setDefaultHttpListen(const QString &listen);

Q_SIGNALS:
    void validityChanged(bool valid);

private:
    QWidget *createNamesGroup();
    QWidget *createReachGroup();
    QWidget *createValidationGroup();
    QWidget *createCertificateGroup();
    QWidget *createDeploymentGroup();
    void validate();
    QStringList enteredNames() const;
    void browseFolder(QLineEdit *edit, const QString &title);

    qint64 m_id = 0;
    QString m_title;
    QPlainTextEdit *m_names;
    QLabel *m_namesFeedback;
    QRadioButton *m_internal;
    QRadioButton *m_external;
    QLineEdit *m_target;
    QComboBox *m_method;
    QStackedWidget *m_methodDetails;
    QLineEdit *m_listen;
    QLineEdit *m_webroot;
    QComboBox *m_keyType;
    QComboBox *m_account;
    QCheckBox *m_automatic;
    QGroupBox *m_deploy;
    QLineEdit *m_deployFolder;
    QCheckBox *m_pem;
    QCheckBox *m_pfx;
    QLineEdit *m_command;
    QLabel *m_error;
    bool m_valid = false;
};
