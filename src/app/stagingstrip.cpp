// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagingstrip.h"

#include "background.h"
#include "editingdocument.h"
#include "jobqueue.h"
#include "layerrenderer.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>
#include <QVBoxLayout>

#include <QSet>

#include <functional>

namespace outframe {

namespace {

constexpr QSize kThumbnail(128, 80); // the largest a cell's picture is drawn
constexpr int kGap = 6;
constexpr int kMargin = 12; // from the canvas's edges

bool isTextInput(const QWidget *widget)
{
    if (!widget)
        return false;
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        return combo->isEditable();
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QTextEdit *>(widget) ||
           qobject_cast<const QPlainTextEdit *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget);
}

} // namespace

// One row of cells: a thumbnail per staged result, then a placeholder per running job.
class StagingThumbnails : public QWidget
{
public:
    struct Cell
    {
        quint64 id = 0; // the staged result's; 0 for a job still running
        QImage thumbnail;
        QString label; // the cell's number, or the job's status
        double progress = -1;
        bool shown = false;
    };

    explicit StagingThumbnails(QWidget *parent) : QWidget(parent)
    {
        setMouseTracking(true);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setFixedHeight(kThumbnail.height() + 2 * 3);
    }

    std::function<void(quint64)> onHover; // a result under the pointer: show it
    std::function<void(quint64)> onActivate;

    void setCells(QList<Cell> cells)
    {
        m_cells = std::move(cells);
        update();
    }
    const QList<Cell> &cells() const { return m_cells; }

    QRect cellRect(int index) const
    {
        const int count = int(m_cells.size());
        if (index < 0 || index >= count)
            return {};
        // Cells shrink to share the width when there are many.
        const int width =
            qMin(kThumbnail.width(), (this->width() - (count - 1) * kGap) / qMax(1, count));
        return QRect(index * (width + kGap), 3, qMax(8, width), kThumbnail.height());
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        const QPalette pal = palette();
        for (int i = 0; i < m_cells.size(); ++i) {
            const Cell &c = m_cells.at(i);
            const QRect r = cellRect(i);
            p.fillRect(r, QColor(0, 0, 0, 120));
            if (!c.thumbnail.isNull()) {
                const QSize size = c.thumbnail.size().scaled(r.size(), Qt::KeepAspectRatio);
                const QRect picture(r.center() - QPoint(size.width() / 2, size.height() / 2), size);
                p.drawImage(picture, c.thumbnail);
            }
            if (c.id == 0) { // a job still running: its progress along the bottom
                const QRect bar(r.left() + 6, r.bottom() - 12, r.width() - 12, 6);
                p.fillRect(bar, QColor(255, 255, 255, 50));
                if (c.progress >= 0)
                    p.fillRect(
                        QRect(bar.topLeft(), QSize(int(bar.width() * c.progress), bar.height())),
                        pal.color(QPalette::Highlight));
            }
            p.setPen(QColor(0xf0, 0xf0, 0xf0));
            QFont font = p.font();
            font.setBold(c.id != 0);
            p.setFont(font);
            const QRect text = c.id == 0 ? r.adjusted(4, 4, -4, -16) : r.adjusted(5, 3, -5, -3);
            p.drawText(
                text, c.id == 0 ? Qt::AlignCenter | Qt::TextWordWrap : Qt::AlignTop | Qt::AlignLeft,
                c.label);
            if (c.shown || i == m_hovered) {
                p.setPen(QPen(c.shown ? pal.color(QPalette::Highlight) : QColor(255, 255, 255, 140),
                              c.shown ? 3 : 1));
                p.setBrush(Qt::NoBrush);
                p.drawRect(r.adjusted(1, 1, -2, -2));
            }
        }
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        const int at = cellAt(event->position().toPoint());
        if (at != m_hovered) {
            m_hovered = at;
            update();
            if (at >= 0 && m_cells.at(at).id != 0 && onHover)
                onHover(m_cells.at(at).id);
        }
    }

    void leaveEvent(QEvent *) override
    {
        m_hovered = -1;
        update();
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        const int at = cellAt(event->position().toPoint());
        if (at >= 0 && m_cells.at(at).id != 0 && onHover)
            onHover(m_cells.at(at).id);
    }

    void mouseDoubleClickEvent(QMouseEvent *event) override
    {
        const int at = cellAt(event->position().toPoint());
        if (at >= 0 && m_cells.at(at).id != 0 && onActivate)
            onActivate(m_cells.at(at).id);
    }

private:
    int cellAt(QPoint point) const
    {
        for (int i = 0; i < m_cells.size(); ++i)
            if (cellRect(i).contains(point))
                return i;
        return -1;
    }

    QList<Cell> m_cells;
    int m_hovered = -1;
};

StagingStrip::StagingStrip(EditingDocument *document, JobQueue *queue, QWidget *canvas)
    : QWidget(canvas), m_editing(document), m_queue(queue), m_cells(new StagingThumbnails(this)),
      m_caption(new QLabel(this))
{
    setObjectName(QStringLiteral("stagingStrip"));
    setAccessibleName(tr("Results to choose from"));
    setAttribute(Qt::WA_StyledBackground);
    setAutoFillBackground(false);
    setStyleSheet(QStringLiteral("#stagingStrip { background: rgba(20, 21, 23, 215); "
                                 "border-radius: 6px; } #stagingStrip QLabel { color: #f0f0f0; }"));

    const auto button = [this](const QString &text, const QString &tip, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setToolTip(tip);
        b->setAccessibleName(name);
        b->setFocusPolicy(Qt::NoFocus); // the keys stay with the canvas
        return b;
    };
    m_keep = button(tr("Keep"), tr("Keep the shown result as a layer (Enter)"),
                    tr("Keep the shown result"));
    m_keepAll = button(tr("Keep All"),
                       tr("Keep the shown result, and the others as hidden layers under it"),
                       tr("Keep all results"));
    m_discard = button(tr("Discard"), tr("Drop these results; Undo brings them back (Esc)"),
                       tr("Discard the results"));
    m_more =
        button(tr("More"), tr("Generate more for the same placement"), tr("Generate more results"));
    m_cells->onHover = [this](quint64 id) { m_editing->document()->setShownStaged(id); };
    m_cells->onActivate = [this](quint64 id) {
        m_editing->document()->setShownStaged(id);
        keepShown();
    };
    connect(m_keep, &QPushButton::clicked, this, &StagingStrip::keepShown);
    connect(m_keepAll, &QPushButton::clicked, this, &StagingStrip::keepAll);
    connect(m_discard, &QPushButton::clicked, this, &StagingStrip::discard);
    connect(m_more, &QPushButton::clicked, this, &StagingStrip::moreRequested);

    auto *top = new QHBoxLayout;
    top->addWidget(m_caption, 1);
    for (QPushButton *b : {m_keep, m_keepAll, m_discard, m_more})
        top->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_cells);

    if (queue)
        connect(queue, &JobQueue::jobChanged, this, [this](int id) {
            if (m_followed && m_followed->pendingJob(id))
                refresh();
        });
    connect(document, &EditingDocument::documentReplaced, this, &StagingStrip::follow);
    canvas->installEventFilter(this);
    qApp->installEventFilter(this);
    follow();
}

StagingStrip::~StagingStrip()
{
    qApp->removeEventFilter(this);
}

void StagingStrip::follow()
{
    if (m_followed)
        disconnect(m_followed, nullptr, this, nullptr);
    m_followed = m_editing->document();
    m_thumbnails.clear();
    m_scaling.clear();
    Document *d = m_followed.data();
    if (d) {
        for (auto signal :
             {&Document::stagedChanged, &Document::pendingJobsChanged, &Document::reset})
            connect(d, signal, this, &StagingStrip::refresh);
        connect(d, &Document::shownStagedChanged, this, &StagingStrip::refresh);
    }
    refresh();
}

int StagingStrip::cellCount() const
{
    return int(m_cells->cells().size());
}

QRect StagingStrip::cellRect(int index) const
{
    return m_cells->cellRect(index).translated(m_cells->pos());
}

QString StagingStrip::caption() const
{
    return m_caption->text();
}

void StagingStrip::refresh()
{
    Document *d = m_followed.data();
    if (!d) {
        hide();
        return;
    }
    QList<StagingThumbnails::Cell> cells;
    const QList<ResultLayer> &staged = d->staged();
    for (int i = 0; i < staged.size(); ++i) {
        const ResultLayer &l = staged.at(i);
        cells.append({l.id, m_thumbnails.value(l.id), QString::number(i + 1), -1,
                      l.id == d->shownStagedId()});
    }
    for (const PendingJob &job : d->pendingJobs()) {
        StagingThumbnails::Cell cell;
        const JobSnapshot snapshot =
            m_queue && job.jobId > 0 ? m_queue->snapshot(job.jobId) : JobSnapshot();
        cell.label = snapshot.id != 0 ? jobStatusText(snapshot.status) : tr("Generating…");
        cell.progress = snapshot.progress;
        cells.append(cell);
    }
    m_cells->setCells(cells);

    const int shown = d->shownStagedIndex();
    QStringList parts;
    if (shown >= 0) {
        const ResultLayer &l = staged.at(shown);
        parts << tr("%1 of %2: %3").arg(shown + 1).arg(staged.size()).arg(l.name);
        if (l.seed)
            parts << tr("seed %1").arg(*l.seed);
    }
    if (d->hasPendingJobs())
        parts << tr("%n still running", nullptr, int(d->pendingJobs().size()));
    m_caption->setText(parts.join(QStringLiteral(" · ")));
    const bool any = !staged.isEmpty();
    m_keep->setEnabled(any);
    m_keepAll->setEnabled(staged.size() > 1);
    m_discard->setEnabled(any);
    m_more->setEnabled(any);
    setVisible(!cells.isEmpty());
    if (isVisible()) {
        fitToParent();
        raise();
    }
    requestThumbnails();
}

void StagingStrip::requestThumbnails()
{
    Document *d = m_followed.data();
    if (!d)
        return;
    const qreal ratio = devicePixelRatioF();
    for (const ResultLayer &l : d->staged()) {
        if (m_thumbnails.contains(l.id) || m_scaling.contains(l.id))
            continue;
        m_scaling.insert(l.id);
        const QSize box = kThumbnail * ratio;
        inBackground(
            this,
            [layer = l, reference = d->reference(), box] {
                // As it would be kept: the artist's pixels pasted back over the result.
                QImage thumbnail =
                    layer.image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                        .convertToFormat(QImage::Format_ARGB32_Premultiplied);
                const PreparedReference sent = layer.seam.keepOriginal
                                                   ? sentReferenceFor(layer, reference)
                                                   : PreparedReference();
                if (!sent.image.isNull() && !layer.image.isNull()) {
                    const double f = double(thumbnail.width()) / layer.image.width();
                    const QRectF r = sent.canvasRect;
                    const QRect target(QPoint(int(r.x() * f), int(r.y() * f)),
                                       QSize(qMax(1, int(r.width() * f + 0.5)),
                                             qMax(1, int(r.height() * f + 0.5))));
                    QPainter p(&thumbnail);
                    p.drawImage(target, sent.image.scaled(target.size(), Qt::IgnoreAspectRatio,
                                                          Qt::SmoothTransformation));
                }
                return thumbnail;
            },
            [this, id = l.id, followed = m_followed](const QImage &thumbnail) {
                if (followed != m_followed)
                    return; // another session by now
                m_scaling.remove(id);
                m_thumbnails.insert(id, thumbnail);
                refresh();
            });
    }
}

void StagingStrip::fitToParent()
{
    QWidget *canvas = parentWidget();
    const int width = canvas->width() - 2 * kMargin;
    const int height = sizeHint().height();
    setGeometry(kMargin, canvas->height() - height - kMargin, qMax(100, width), height);
}

void StagingStrip::keepShown()
{
    if (Document *d = m_followed.data())
        m_editing->resolveStaged(ResolveStagedCommand::Outcome::KeepOne, d->shownStagedId());
}

void StagingStrip::keepAll()
{
    if (Document *d = m_followed.data())
        m_editing->resolveStaged(ResolveStagedCommand::Outcome::KeepOneShowOthers,
                                 d->shownStagedId());
}

void StagingStrip::discard()
{
    m_editing->resolveStaged(ResolveStagedCommand::Outcome::DiscardAll);
}

bool StagingStrip::takesKeys() const
{
    const Document *d = m_followed.data();
    if (!d || d->stagedCount() == 0 || !isVisible() || !window()->isActiveWindow())
        return false;
    if (QApplication::activeModalWidget() || QApplication::activePopupWidget() ||
        QGuiApplication::mouseButtons() != Qt::NoButton)
        return false; // a dialog, a menu, or a gesture on the canvas has the keys
    return !isTextInput(QApplication::focusWidget());
}

bool StagingStrip::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        fitToParent();
    if (event->type() != QEvent::KeyPress)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & ~Qt::KeypadModifier || !takesKeys())
        return false;
    const auto *widget = qobject_cast<QWidget *>(watched);
    Document *d = m_followed.data();
    if (!widget || widget->window() != window() || !d)
        return false;
    switch (key->key()) {
    case Qt::Key_Left:
        d->stepStaged(-1);
        return true;
    case Qt::Key_Right:
        d->stepStaged(+1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        keepShown();
        return true;
    case Qt::Key_Escape:
        discard();
        return true;
    default:
        return false;
    }
}

} // namespace outframe
