#include "referenceview.h"

#include <QPainter>

namespace outframe {

ReferenceView::ReferenceView(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ReferenceView::setImage(const QImage &image)
{
    m_image = image;
    m_cache = {};
    update();
}

QRect ReferenceView::targetRect() const
{
    if (m_image.isNull())
        return {};
    const QSize available = rect().marginsRemoved(QMargins(24, 24, 24, 24)).size();
    QSize size = m_image.size();
    if (size.width() > available.width() || size.height() > available.height())
        size.scale(available, Qt::KeepAspectRatio);
    QRect r(QPoint(0, 0), size);
    r.moveCenter(rect().center());
    return r;
}

void ReferenceView::resizeEvent(QResizeEvent *event)
{
    m_cache = {};
    QWidget::resizeEvent(event);
}

void ReferenceView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Dark));
    const QRect target = targetRect();
    if (target.isEmpty())
        return;
    const qreal dpr = devicePixelRatioF();
    const QSize pixelSize = target.size() * dpr;
    if (m_cache.size() != pixelSize) {
        m_cache = m_image.scaled(pixelSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        m_cache.setDevicePixelRatio(dpr);
    }
    painter.drawImage(target.topLeft(), m_cache);
}

} // namespace outframe
