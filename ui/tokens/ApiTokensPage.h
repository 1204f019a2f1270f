#pragma once

#include <QWidget>

class ApiTokenTableModel;
class Facade;
class QLabel;
class QPushButton;
class QTableView;
struct Problem;

// The hub's API tokens: create one (its secret shown once, in TokenSecretDialog), show a
// token's client configuration again (without the secret), and revoke after a confirmation.
class ApiTokensPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ApiTokensPage(Facade &facade, QWidget *parent = nullptr);

    ApiTokenTableModel *model() const { return m_model; }

    QTableView *table() const { return m_table; }

    void createToken();
    void showClientSetup();
    void revokeToken();

Q_SIGNALS:
    void message(const QString &text);

private:
    void reload();
    void updateButtons();
    void showProblem(const Problem &problem);
    int selectedRow() const;

    Facade &m_facade;
    ApiTokenTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_setup;
    QPushButton *m_revoke;
    QLabel *m_problem;
};
