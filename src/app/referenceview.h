#pragma once

#include <QImage>
#include <QWidget>

namespace outframe {

// Shows the reference image scaled to fit, from a cached pre-scaled copy so painting never
// resamples the full-size image.
class ReferenceView : public QWidget
{
    Q_OBJECT

public:
    explicit ReferenceView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    QImage image() const { return m_image; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QRect targetRect() const;

    QImage m_image;
    QImage m_cache;
};

} // namespace outframe
