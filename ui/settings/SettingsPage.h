#pragma once

#include "core/Result.h"

#include <QIcon>
#include <QWidget>

#include <functional>

class QLabel;

// One page of the settings dialog. A page reads its values when the dialog opens (load(),
// perhaps from the worker thread), keeps every change in its widgets only, and writes them
// when the dialog says so (OK or Apply) after validate() found nothing wrong. A page that
// could not be loaded is never saved, so a failed read cannot turn into overwritten settings.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SettingsPage)

    virtual QString title() const = 0;
    virtual QIcon icon() const;

    // Reads the stored values into the widgets; emits `loaded` when they are there.
    virtual void load() = 0;
    // Checks every field and shows a message beside each one that is wrong; returns the first
    // such field (to focus), or nullptr if the page can be saved.
    virtual QWidget *validate() = 0;
    // Writes the values; `done` runs exactly once, later, with the first failure if any.
    virtual void save(std::function<void(Result<void>)> done) = 0;

    bool isLoaded() const { return m_loaded; }

    // Something was changed since the page was loaded or last saved.
    bool isModified() const { return m_modified; }

Q_SIGNALS:
    void loaded();
    void modifiedChanged(bool modified);

protected:
    // While values are put into the widgets, their change signals are not the user's edits.
    class Populating
    {
    public:
        explicit Populating(SettingsPage *page)
            : m_page(page)
        {
            ++m_page->m_populating;
        }

        ~Populating() { --m_page->m_populating; }

        Q_DISABLE_COPY_MOVE(Populating)

    private:
        SettingsPage *m_page;
    };

    void markLoaded();
    void markSaved();
    // Connect the widgets' change signals here.
    void markModified();

    // A message line under a field (red, hidden while empty), named for tests and screen
    // readers after the field it explains.
    QLabel *createFieldMessage(const QString &objectName);
    static void showFieldMessage(QLabel *message, const QString &text);
    // A result line for tests run from the page: green for success, red for a problem.
    static void showOutcome(QLabel *label, bool ok, const QString &html);

private:
    int m_populating = 0;
    bool m_loaded = false;
    bool m_modified = false;
};
