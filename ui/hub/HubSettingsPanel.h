#pragma once

#include "core/hub/HubSettings.h"

#include <QWidget>

#include <functional>

class EndpointTableModel;
class Facade;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
struct Problem;

// The management hub's settings and its on/off switch: where it listens, which certificate it
// presents (a self-signed one CertDesk makes, or one of CertDesk's own endpoints'), plain HTTP
// (explicitly, and only on a loopback address), the acme-dns zone and whether clients may
// /register there, and the URL clients are told to use. The switch is the `enabled` setting
// (the hub also starts with CertDesk) and starts or stops the hub at once; the status line says
// whether it runs, where, with which certificate, or why it could not start.
class HubSettingsPanel final : public QWidget
{
    Q_OBJECT

public:
    // `endpoints` lists the endpoints whose certificate the hub can present.
    HubSettingsPanel(Facade &facade, EndpointTableModel *endpoints, QWidget *parent = nullptr);

    // The settings as entered, over the loaded ones (rate limits are kept as they were).
    HubSettings settings() const;

    bool isLoaded() const { return m_loaded; }

    // Saves the settings; a hub that should run is (re)started with them.
    void save();

Q_SIGNALS:
    void loaded();
    void saved();
    void message(const QString &text);

private:
    void apply(const HubSettings &settings);
    void fillEndpoints();
    void updateEnabled();
    void switchToggled(bool on);
    void store(const HubSettings &settings, std::function<void()> then);
    void showRunning();
    void showStatus(const QString &html);
    void showProblem(const Problem &problem);

    Facade &m_facade;
    EndpointTableModel *m_endpoints;
    HubSettings m_settings;
    bool m_loaded = false;
    bool m_busy = false;
    QCheckBox *m_switch;
    QLabel *m_status;
    QLineEdit *m_address;
    QSpinBox *m_port;
    QCheckBox *m_plainHttp;
    QComboBox *m_certificate;
    QLineEdit *m_acmeDnsZone;
    QCheckBox *m_acmeDnsRegistration;
    QLineEdit *m_publicUrl;
    QPushButton *m_save;
    QLabel *m_problem;
};
