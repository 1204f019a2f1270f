#include "CopyButtonDelegate.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionButton>

#include <optional>

namespace {

constexpr int Spacing = 4;
constexpr int IconSize = 14;

} // namespace

CopyButtonDelegate::CopyButtonDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QString CopyButtonDelegate::textOf(Part part) const
{
    return part == Part::Name ? tr("Name", "copy the record's name") : tr("Value", "copy the record's value");
}

QSize CopyButtonDelegate::buttonSize(const QStyleOptionViewItem &option, Part part) const
{
    const QFontMetrics metrics(option.font);
    const int width = metrics.horizontalAdvance(textOf(part)) + IconSize + 3 * Spacing;
    return {width, std::max(metrics.height(), IconSize) + 4};
}

QRect CopyButtonDelegate::buttonRect(const QStyleOptionViewItem &option, Part part) const
{
    const QSize name = buttonSize(option, Part::Name);
    const QSize value = buttonSize(option, Part::Value);
    const int height = std::min(option.rect.height() - 2, name.height());
    const int top = option.rect.top() + (option.rect.height() - height) / 2;
    const int left = option.rect.left() + Spacing;
    if (part == Part::Name) {
        return {left, top, name.width(), height};
    }
    return {left + name.width() + Spacing, top, value.width(), height};
}

void CopyButtonDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background(option);
    initStyleOption(&background, index);
    background.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const QIcon icon(QStringLiteral(":/icons/copy.svg"));
    for (const Part part : {Part::Name, Part::Value}) {
        QStyleOptionButton button;
        button.rect = buttonRect(option, part);
        button.text = textOf(part);
        button.icon = icon;
        button.iconSize = QSize(IconSize, IconSize);
        button.fontMetrics = option.fontMetrics;
        button.palette = option.palette;
        button.state = QStyle::State_Enabled | QStyle::State_Raised;
        if (m_pressedIndex == index && m_pressedPart == part) {
            button.state |= QStyle::State_Sunken;
        }
        style->drawControl(QStyle::CE_PushButton, &button, painter, option.widget);
    }
}

QSize CopyButtonDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QSize name = buttonSize(option, Part::Name);
    const QSize value = buttonSize(option, Part::Value);
    return {name.width() + value.width() + 3 * Spacing, name.height() + 2};
}

bool CopyButtonDelegate::editorEvent(QEvent *event,
                                     QAbstractItemModel *model,
                                     const QStyleOptionViewItem &option,
                                     const QModelIndex &index)
{
    if (event->type() != QEvent::MouseButtonPress && event->type() != QEvent::MouseButtonRelease) {
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    }
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton) {
        return false;
    }
    std::optional<Part> hit;
    for (const Part part : {Part::Name, Part::Value}) {
        if (buttonRect(option, part).contains(mouse->position().toPoint())) {
            hit = part;
        }
    }
    if (event->type() == QEvent::MouseButtonPress) {
        m_pressedIndex = hit ? QPersistentModelIndex(index) : QPersistentModelIndex();
        m_pressedPart = hit.value_or(Part::Name);
        // A press on a button copies; it does not start a selection drag.
        return hit.has_value();
    }
    const bool clicked = hit && m_pressedIndex == index && m_pressedPart == *hit;
    m_pressedIndex = QPersistentModelIndex();
    if (clicked) {
        Q_EMIT copyRequested(index, *hit);
    }
    return clicked;
}
