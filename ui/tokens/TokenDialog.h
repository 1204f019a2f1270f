#pragma once

#include "core/challenges/ManagedChallenge.h"
#include "core/hub/TokenIssuer.h"

#include <QDialog>
#include <QList>

class Facade;
class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

// Creates an API token: who uses it, its roles, the managed challenges (or tags) it may use,
// optionally a narrower set of names, an expiry date and an acme-dns account. The secret comes
// back once, in tokenCreated, for TokenSecretDialog to show; this dialog keeps nothing of it.
class TokenDialog final : public QDialog
{
    Q_OBJECT

public:
    TokenDialog(Facade &facade, const QList<ManagedChallenge> &challenges, QWidget *parent = nullptr);

    TokenIssuer::Request request() const;

    void accept() override;

Q_SIGNALS:
    // Emitted once, just before the dialog closes; connect a queued receiver or copy what you need.
    void tokenCreated(const TokenIssuer::Issued &issued);

private:
    void updateFeedback();

    Facade &m_facade;
    QLineEdit *m_consumer;
    QCheckBox *m_challengeRole;
    QCheckBox *m_certificateRole;
    QListWidget *m_challenges;
    QLineEdit *m_tags;
    QLineEdit *m_names;
    QLabel *m_namesFeedback;
    QCheckBox *m_expires;
    QDateEdit *m_expiryDate;
    QCheckBox *m_acmeDns;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};
