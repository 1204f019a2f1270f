#pragma once

#include <QWidget>

class CaAccountTableModel;
class Facade;
class QTableView;

// The CA accounts CertDesk orders certificates with, and a way to add one.
class AccountsPage final : public QWidget
{
    Q_OBJECT

public:
    AccountsPage(Facade &facade, CaAccountTableModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

    void addAccount();

Q_SIGNALS:
    void message(const QString &text);

private:
    Facade &m_facade;
    CaAccountTableModel *m_model;
    QTableView *m_table;
};
