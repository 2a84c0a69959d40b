#include "outpaintdocument.h"

#include "placementcommand.h"

namespace outframe {

OutpaintDocument::OutpaintDocument(QObject *parent) : QObject(parent) {}

void OutpaintDocument::setReference(const QImage &image, const QString &name, const QString &path)
{
    m_reference = image;
    m_referenceName = name;
    m_referencePath = path;
    m_undo.clear();
    const Placement before = m_placement;
    m_placement = image.isNull() ? Placement() : Placement::forNewReference(image.size());
    emit referenceChanged();
    emit placementChanged(before, m_placement);
}

void OutpaintDocument::setPlacement(const Placement &placement)
{
    if (placement == m_placement)
        return;
    const Placement before = m_placement;
    m_placement = placement;
    emit placementChanged(before, m_placement);
}

void OutpaintDocument::commitPlacement(const Placement &before, const Placement &after,
                                       const QString &text, int mergeId, quint64 serial)
{
    if (before == after) {
        setPlacement(after);
        return;
    }
    m_undo.push(new PlacementCommand(this, before, after, text, mergeId, serial));
}

void OutpaintDocument::editPlacement(const Placement &after, const QString &text, int mergeId,
                                     quint64 serial)
{
    commitPlacement(m_placement, after, text, mergeId, serial);
}

} // namespace outframe
