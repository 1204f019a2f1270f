#include "MainWindow.h"

#include "core/Facade.h"
#include "core/Profile.h"
#include "ui/endpoints/EndpointListPage.h"
#include "ui/endpoints/EndpointTableModel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

MainWindow::MainWindow(Facade &facade, QWidget *parent)
    : QMainWindow(parent)
    , m_facade(facade)
    , m_model(new EndpointTableModel(this))
    , m_listPage(new EndpointListPage(m_model, this))
    , m_statusLabel(new QLabel(this))
{
    setWindowTitle(tr("CertDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/certdesk.svg")));
    setCentralWidget(m_listPage);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
    resize(960, 600);
    createMenus();

    connect(&m_facade, &Facade::endpointsChanged, m_model, &EndpointTableModel::setEndpoints);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(&m_facade, &Facade::problemOccurred, this, &MainWindow::showProblem);
    updateStatus();
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *refresh = fileMenu->addAction(tr("&Refresh"), &m_facade, &Facade::refreshEndpoints);
    refresh->setShortcut(QKeySequence::Refresh);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About CertDesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this,
                       tr("About CertDesk"),
                       tr("<h3>CertDesk %1</h3><p>Managed HTTPS for administrators: certificates from any ACME CA, "
                          "renewed in the background, with the DNS records to create checked live.</p>"
                          "<p>Profile: %2</p>")
                           .arg(QStringLiteral(CERTDESK_VERSION),
                                QDir::toNativeSeparators(m_facade.profile().dataDir()).toHtmlEscaped()));
}

void MainWindow::showProblem(const Problem &problem)
{
    statusBar()->showMessage(problem.message(), 15000);
}

void MainWindow::updateStatus()
{
    const int count = m_model->rowCount();
    m_statusLabel->setText(count == 0 ? tr("No endpoints") : tr("%n endpoint(s)", nullptr, count));
}
