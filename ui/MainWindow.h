#pragma once

#include <QMainWindow>

class EndpointListPage;
class EndpointTableModel;
class Facade;
class QLabel;
struct Problem;

// Wires the pages, menus and status bar to the facade. Holds no logic of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Facade &facade, QWidget *parent = nullptr);

    EndpointListPage *endpointListPage() const { return m_listPage; }

private:
    void createMenus();
    void showAbout();
    void showProblem(const Problem &problem);
    void updateStatus();

    Facade &m_facade;
    EndpointTableModel *m_model;
    EndpointListPage *m_listPage;
    QLabel *m_statusLabel;
};
