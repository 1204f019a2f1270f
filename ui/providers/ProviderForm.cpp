#include "ProviderForm.h"

#include "core/Facade.h"
#include "core/providers/DnsProviderFactory.h"
#include "ui/common/ProblemText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString jsonText(const QJsonValue &value)
{
    if (value.isDouble()) {
        return QString::number(value.toDouble(), 'g', 15);
    }
    return value.toString();
}

QLabel *smallLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    return label;
}

} // namespace

ProviderForm::ProviderForm(Facade &facade, QWidget *parent)
    : QWidget(parent)
    , m_facade(facade)
    , m_schemas(DnsProviderFactory::schemas())
    , m_kind(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_form(new QFormLayout)
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_testResult(new QLabel(this))
{
    setObjectName(QStringLiteral("providerForm"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->setAccessibleName(tr("Provider type"));
    for (const ProviderSchema &schema : std::as_const(m_schemas)) {
        m_kind->addItem(schema.title(), schema.kind());
    }
    m_description->setObjectName(QStringLiteral("kindDescription"));
    m_description->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setAccessibleName(tr("Name"));
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_test->setToolTip(tr("Reach the DNS service with these settings and check that it accepts the credential; "
                          "no record is changed"));
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::RichText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->hide();

    // One form for the fixed rows and the kind's fields, so all their labels line up.
    m_form->addRow(tr("&Provider type:"), m_kind);
    m_form->addRow(QString(), m_description);
    m_form->addRow(tr("&Name:"), m_title);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);
    layout->addStretch(1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        setKind(m_kind->currentData().toString());
    });
    connect(m_title, &QLineEdit::textChanged, this, &ProviderForm::changed);
    connect(m_test, &QPushButton::clicked, this, &ProviderForm::testConnection);
    setKind(m_kind->currentData().toString());
}

QString ProviderForm::kind() const
{
    return m_schema.kind();
}

void ProviderForm::setKind(const QString &kind)
{
    if (kind == m_schema.kind() && !m_rows.isEmpty()) {
        return;
    }
    QHash<QString, QString> keep;
    for (const FieldRow &row : std::as_const(m_rows)) {
        if (row.field.type != ProviderField::Type::Secret) {
            keep.insert(row.field.key, valueOf(row));
        }
    }
    for (const ProviderSchema &schema : std::as_const(m_schemas)) {
        if (schema.kind() == kind) {
            m_schema = schema;
        }
    }
    {
        const QSignalBlocker blocker(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(m_schema.kind()));
    }
    m_description->setText(m_schema.description());
    m_title->setPlaceholderText(m_schema.title());
    rebuildFields(keep);
    ++m_testSerial;
    m_testResult->hide();
    Q_EMIT changed();
}

void ProviderForm::rebuildFields(const QHash<QString, QString> &keep)
{
    // The old editors go with their rows; a kind's fields are few, so rebuilding is simplest.
    while (m_form->rowCount() > FixedRows) {
        m_form->removeRow(FixedRows);
    }
    m_rows.clear();
    for (const ProviderField &field : m_schema.fields()) {
        FieldRow row;
        row.field = field;
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        if (field.type == ProviderField::Type::Choice) {
            auto *combo = new QComboBox(cell);
            if (!field.required && field.defaultValue.isEmpty()) {
                combo->addItem(QString());
            }
            combo->addItems(field.choices);
            combo->setCurrentText(field.defaultValue);
            connect(combo, &QComboBox::currentTextChanged, this, [this, key = field.key] {
                fieldEdited(key);
            });
            row.editor = combo;
        } else {
            auto *edit = new QLineEdit(cell);
            edit->setPlaceholderText(field.defaultValue);
            if (field.type == ProviderField::Type::Secret) {
                edit->setEchoMode(QLineEdit::Password);
                // Kept out of the clipboard history and input-method dictionaries.
                edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
            }
            connect(edit, &QLineEdit::textEdited, this, [this, key = field.key] {
                fieldEdited(key);
            });
            connect(edit, &QLineEdit::editingFinished, this, [this, key = field.key] {
                for (FieldRow &candidate : m_rows) {
                    if (candidate.field.key == key && !valueOf(candidate).isEmpty()) {
                        candidate.checked = true;
                        showMistake(candidate);
                    }
                }
            });
            row.editor = edit;
        }
        row.editor->setObjectName(QStringLiteral("field_") + field.key);
        row.editor->setAccessibleName(field.label);
        row.editor->setAccessibleDescription(field.help);
        row.editor->setToolTip(field.help);
        cellLayout->addWidget(row.editor);
        QLabel *help = smallLabel(cell);
        help->setText(field.help);
        help->setForegroundRole(QPalette::PlaceholderText);
        cellLayout->addWidget(help);
        row.error = smallLabel(cell);
        row.error->setObjectName(QStringLiteral("error_") + field.key);
        row.error->setStyleSheet(QStringLiteral("color: #c0392b;"));
        row.error->hide();
        cellLayout->addWidget(row.error);
        auto *label =
            new QLabel(field.required ? tr("%1:").arg(field.label) : tr("%1 (optional):").arg(field.label), this);
        label->setBuddy(row.editor);
        m_form->addRow(label, cell);
        // A layout would show them only on the next turn of the event loop; they belong there now.
        label->show();
        cell->show();
        m_rows << row;
        if (keep.contains(field.key) && field.type != ProviderField::Type::Secret) {
            setValueOf(m_rows.last(), keep.value(field.key));
        }
    }
    if (const ProviderField *secret = m_schema.secretField(); secret && hasStoredSecret()) {
        for (FieldRow &row : m_rows) {
            if (row.field.key == secret->key) {
                static_cast<QLineEdit *>(row.editor)
                    ->setPlaceholderText(tr("Stored in the keychain — leave empty to keep"));
            }
        }
    }
}

QString ProviderForm::valueOf(const FieldRow &row) const
{
    if (auto *combo = qobject_cast<QComboBox *>(row.editor)) {
        return combo->currentText();
    }
    const QString text = static_cast<QLineEdit *>(row.editor)->text();
    // A credential is taken as typed; surrounding spaces from a paste are not part of it.
    return text.trimmed();
}

void ProviderForm::setValueOf(FieldRow &row, const QString &value)
{
    if (auto *combo = qobject_cast<QComboBox *>(row.editor)) {
        const int index = combo->findText(value, Qt::MatchFixedString);
        if (index >= 0) {
            combo->setCurrentIndex(index);
        }
        return;
    }
    static_cast<QLineEdit *>(row.editor)->setText(value);
}

bool ProviderForm::hasStoredSecret() const
{
    return m_existing.id > 0 && !m_existing.secretRef.isEmpty() && m_existing.kind == m_schema.kind();
}

QString ProviderForm::mistakeIn(const FieldRow &row) const
{
    const QString value = valueOf(row);
    // The schema's own rules, for this field alone: a one-field schema reports only its mistakes.
    const ProviderSchema single(m_schema.kind(), m_schema.title(), m_schema.description(), {row.field});
    Result<QJsonObject> checked = QJsonObject();
    if (row.field.type == ProviderField::Type::Secret) {
        if (value.isEmpty() && hasStoredSecret()) {
            return {};
        }
        checked = single.validate({}, value.toUtf8());
    } else {
        QJsonObject settings;
        if (!value.isEmpty()) {
            settings.insert(row.field.key, value);
        }
        checked = single.validate(settings, {});
    }
    return checked ? QString() : checked.problem().detail;
}

void ProviderForm::showMistake(FieldRow &row)
{
    const QString mistake = mistakeIn(row);
    row.error->setText(mistake);
    row.error->setVisible(!mistake.isEmpty());
}

void ProviderForm::fieldEdited(const QString &key)
{
    ++m_testSerial;
    m_testResult->hide();
    for (FieldRow &row : m_rows) {
        if (row.field.key == key && row.checked) {
            showMistake(row);
        }
    }
    Q_EMIT changed();
}

bool ProviderForm::validate()
{
    bool valid = true;
    for (FieldRow &row : m_rows) {
        row.checked = true;
        showMistake(row);
        valid = valid && row.error->isHidden();
    }
    return valid;
}

void ProviderForm::setProvider(const DnsProviderConfig &provider)
{
    m_existing = provider;
    QHash<QString, QString> values;
    for (auto it = provider.settings.constBegin(); it != provider.settings.constEnd(); ++it) {
        values.insert(it.key(), jsonText(it.value()));
    }
    for (const ProviderSchema &schema : std::as_const(m_schemas)) {
        if (schema.kind() == provider.kind) {
            m_schema = schema;
        }
    }
    {
        const QSignalBlocker blocker(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(m_schema.kind()));
    }
    // A provider's kind decides what its credential means: another kind is another provider.
    m_kind->setEnabled(false);
    m_description->setText(m_schema.description());
    m_title->setPlaceholderText(m_schema.title());
    m_title->setText(provider.title);
    rebuildFields(values);
    ++m_testSerial;
    m_testResult->hide();
    Q_EMIT changed();
}

bool ProviderForm::setFieldValue(const QString &key, const QString &value)
{
    for (FieldRow &row : m_rows) {
        if (row.field.key == key) {
            setValueOf(row, value);
            fieldEdited(key);
            return true;
        }
    }
    return false;
}

QString ProviderForm::fieldValue(const QString &key) const
{
    for (const FieldRow &row : m_rows) {
        if (row.field.key == key) {
            return valueOf(row);
        }
    }
    return {};
}

DnsProviderConfig ProviderForm::provider() const
{
    DnsProviderConfig config = m_existing;
    config.kind = m_schema.kind();
    config.title = m_title->text().trimmed().isEmpty() ? m_schema.title() : m_title->text().trimmed();
    config.settings = {};
    for (const FieldRow &row : m_rows) {
        const QString value = valueOf(row);
        if (row.field.type != ProviderField::Type::Secret && !value.isEmpty()) {
            config.settings.insert(row.field.key, value);
        }
    }
    return config;
}

QByteArray ProviderForm::secret() const
{
    for (const FieldRow &row : m_rows) {
        if (row.field.type == ProviderField::Type::Secret) {
            return valueOf(row).toUtf8();
        }
    }
    return {};
}

void ProviderForm::clearSecret()
{
    for (FieldRow &row : m_rows) {
        if (row.field.type == ProviderField::Type::Secret) {
            static_cast<QLineEdit *>(row.editor)->clear();
        }
    }
}

void ProviderForm::testConnection()
{
    if (!validate()) {
        m_testResult->setText(QStringLiteral("<span style=\"color:#c0392b\">%1</span>")
                                  .arg(tr("Correct the settings marked above, then test again.").toHtmlEscaped()));
        m_testResult->show();
        Q_EMIT testFinished(false);
        return;
    }
    const quint64 serial = m_testSerial;
    m_runningTest = serial;
    m_test->setEnabled(false);
    m_test->setText(tr("Testing…"));
    m_testResult->setText(tr("Reaching the DNS service…"));
    m_testResult->show();
    m_facade.testProvider(provider(), secret(), this, [this, serial](const Result<QString> &tested) {
        if (tested) {
            testAnswered(
                serial,
                true,
                QStringLiteral("<span style=\"color:#1e8449\">✓ %1</span>").arg(tested.value().toHtmlEscaped()));
        } else {
            testAnswered(
                serial,
                false,
                QStringLiteral("<span style=\"color:#c0392b\">✗</span> %1").arg(ProblemText::html(tested.problem())));
        }
    });
}

void ProviderForm::testAnswered(quint64 serial, bool succeeded, const QString &text)
{
    if (serial == m_runningTest) {
        m_runningTest = 0;
        m_test->setEnabled(true);
        m_test->setText(tr("&Test Connection"));
    }
    if (serial != m_testSerial) {
        return; // the settings changed while it ran: the answer is about other values
    }
    m_testResult->setText(text);
    m_testResult->show();
    Q_EMIT testFinished(succeeded);
}
