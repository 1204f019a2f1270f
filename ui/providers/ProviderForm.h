#pragma once

#include "core/providers/DnsProviderConfig.h"
#include "core/providers/ProviderSchema.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QWidget>

class Facade;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
struct Problem;

// A DNS provider's settings as a form generated from its kind's ProviderSchema: a line for each
// text, number and secret field, a list for each choice, the field's help beneath it, and the
// schema's own message under a field whose value it refuses. The credential is a password field
// whose text is handed to Facade::saveProvider (the keychain) and never read back: a saved
// provider shows "stored in the keychain — leave empty to keep". *Test connection* runs the
// provider's testConnection on the worker with the values as typed and shows the result inline.
//
// Editors are named "field_<key>" with their message label "error_<key>", for tests and focus.
class ProviderForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ProviderForm(Facade &facade, QWidget *parent = nullptr);

    // Shows the fields of `kind` (one of DnsProviderFactory::kinds()). Values typed for fields
    // the new kind shares (a zone, a TTL) stay.
    void setKind(const QString &kind);
    QString kind() const;

    // Edits a saved provider: its kind stays, its values are filled in, and its credential is
    // left empty (typing one replaces the stored one).
    void setProvider(const DnsProviderConfig &provider);
    // Fills one field, for example the delegation zone's "zone". False if the kind lacks it.
    bool setFieldValue(const QString &key, const QString &value);
    QString fieldValue(const QString &key) const;

    // Checks every field against the schema and shows each mistake under its field; true when
    // there is none.
    bool validate();

    // The provider as entered (title, kind, settings as typed; id and keychain entry when
    // editing). The worker checks the settings against the schema again before storing them.
    DnsProviderConfig provider() const;
    // The credential as typed: empty when none was typed (a saved provider keeps its own).
    QByteArray secret() const;
    void clearSecret();

    // Tests the connection with the values as they are now (see testFinished).
    void testConnection();

    bool isTesting() const { return m_runningTest != 0; }

Q_SIGNALS:
    void changed();
    void testFinished(bool succeeded);

private:
    static constexpr int FixedRows = 3; // kind, its description, name; the kind's fields follow

    struct FieldRow
    {
        ProviderField field;
        QWidget *editor = nullptr;
        QLabel *error = nullptr;
        bool checked = false; // shows its message from the first check on, as it is typed
    };

    void rebuildFields(const QHash<QString, QString> &keep);
    QString valueOf(const FieldRow &row) const;
    void setValueOf(FieldRow &row, const QString &value);
    // The schema's message for this field's value, or an empty string.
    QString mistakeIn(const FieldRow &row) const;
    void showMistake(FieldRow &row);
    void fieldEdited(const QString &key);
    void testAnswered(quint64 serial, bool succeeded, const QString &text);
    bool hasStoredSecret() const;

    Facade &m_facade;
    QList<ProviderSchema> m_schemas;
    ProviderSchema m_schema;
    DnsProviderConfig m_existing; // id 0 for a new provider
    QComboBox *m_kind;
    QLabel *m_description;
    QLineEdit *m_title;
    QFormLayout *m_form;
    QList<FieldRow> m_rows;
    QPushButton *m_test;
    QLabel *m_testResult;
    quint64 m_testSerial = 0;  // changes with every edit: an answer for older values is dropped
    quint64 m_runningTest = 0; // the serial the running test was started for
};
