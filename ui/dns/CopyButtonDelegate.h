#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

// Two small buttons in a table cell, "Name" and "Value", that copy a record's name or value.
// Painted rather than real widgets, so a table of twenty thousand records stays light; a click
// on one emits copyRequested.
class CopyButtonDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Part {
        Name,
        Value,
    };
    Q_ENUM(Part)

    explicit CopyButtonDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the button for `part` is drawn within a cell's rectangle (for tests and clicks).
    QRect buttonRect(const QStyleOptionViewItem &option, Part part) const;

Q_SIGNALS:
    void copyRequested(const QModelIndex &index, CopyButtonDelegate::Part part);

protected:
    bool editorEvent(QEvent *event,
                     QAbstractItemModel *model,
                     const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    QString textOf(Part part) const;
    QSize buttonSize(const QStyleOptionViewItem &option, Part part) const;

    QPersistentModelIndex m_pressedIndex;
    Part m_pressedPart = Part::Name;
};
