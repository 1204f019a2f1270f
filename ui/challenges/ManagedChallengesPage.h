#pragma once

#include <QWidget>

class DnsProviderTableModel;
class Facade;
class ManagedChallengeTableModel;
class QLabel;
class QPushButton;
class QTableView;
struct Problem;

// The managed challenges (saved DNS-01 configurations for CertDesk's own orders and the hub's
// clients) and, below them, the DNS providers they write through: add, edit and remove both,
// removal after a confirmation.
class ManagedChallengesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ManagedChallengesPage(Facade &facade, QWidget *parent = nullptr);

    ManagedChallengeTableModel *model() const { return m_model; }

    DnsProviderTableModel *providerModel() const { return m_providers; }

    QTableView *table() const { return m_table; }

    QTableView *providerTable() const { return m_providerTable; }

    void addChallenge();
    void editChallenge();
    void removeChallenge();
    void addProvider();
    void editProvider();
    void removeProvider();

Q_SIGNALS:
    void message(const QString &text);

private:
    void reload();
    void updateButtons();
    void showProblem(const Problem &problem);
    int selectedRow(QTableView *table) const;

    Facade &m_facade;
    ManagedChallengeTableModel *m_model;
    DnsProviderTableModel *m_providers;
    QTableView *m_table;
    QTableView *m_providerTable;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_editProvider;
    QPushButton *m_removeProvider;
    QLabel *m_problem;
};
