#include "document.h"

#include "layerrenderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace outframe {

bool normaliseLayerIds(DocumentState &state)
{
    bool ok = state.nextLayerId <= DocumentState::kMaxLayerId;
    QSet<quint64> seen;
    for (const ResultLayer &l : std::as_const(state.layers)) {
        ok = ok && l.id != 0 && l.id < state.nextLayerId && !seen.contains(l.id);
        seen.insert(l.id);
    }
    const bool activeFound = seen.contains(state.activeLayerId);
    if (ok) {
        if (!activeFound)
            state.activeLayerId = 0;
        return false;
    }
    // The first layer holding the active id is the one that stays active.
    quint64 active = 0;
    quint64 next = 1;
    for (ResultLayer &l : state.layers) {
        if (activeFound && active == 0 && l.id == state.activeLayerId)
            active = next;
        l.id = next++;
    }
    state.activeLayerId = active;
    state.nextLayerId = next;
    return true;
}

Document::Document(QObject *parent) : QObject(parent) {}

void Document::touch()
{
    const bool wasModified = isModified();
    ++m_revision;
    emit changed();
    if (!wasModified)
        emit modifiedChanged(true);
}

void Document::setReference(const QImage &nativeImage, const QString &sourcePath,
                            const QString &name)
{
    m_state.reference = nativeImage;
    m_state.referencePath = sourcePath;
    m_referenceName = name.isEmpty() ? QFileInfo(sourcePath).fileName() : name;
    m_state.placement = Placement::forNewReference(nativeImage.size());
    emit referenceChanged();
    emit placementChanged();
    touch();
}

void Document::setPlacement(const Placement &placement)
{
    if (placement == m_state.placement)
        return;
    m_state.placement = placement;
    emit placementChanged();
    touch();
}

void Document::setOptions(const OutpaintOptions &options)
{
    if (options == m_state.options)
        return;
    m_state.options = options;
    emit optionsChanged();
    touch();
}

void Document::addPendingJob(const PendingJob &job)
{
    m_pending.append(job);
    emit pendingJobsChanged();
}

std::optional<PendingJob> Document::pendingJob(int jobId) const
{
    for (const PendingJob &job : m_pending)
        if (job.jobId == jobId)
            return job;
    return std::nullopt;
}

std::optional<PendingJob> Document::takePendingJob(int jobId)
{
    const auto it = std::find_if(m_pending.begin(), m_pending.end(),
                                 [jobId](const PendingJob &j) { return j.jobId == jobId; });
    if (it == m_pending.end())
        return std::nullopt;
    PendingJob job = *it;
    m_pending.erase(it);
    emit pendingJobsChanged();
    return job;
}

int Document::indexOf(quint64 layerId) const
{
    if (layerId == 0)
        return -1;
    for (int i = 0; i < layerCount(); ++i)
        if (m_state.layers.at(i).id == layerId)
            return i;
    return -1;
}

quint64 Document::insertLayer(int index, ResultLayer layer)
{
    if (layer.id == 0 || layer.id >= DocumentState::kMaxLayerId || indexOf(layer.id) >= 0) {
        layer.id = m_state.nextLayerId;
        while (indexOf(layer.id) >= 0) // only after a state that skipped normaliseLayerIds
            ++layer.id;
    }
    m_state.nextLayerId = qMax(m_state.nextLayerId, layer.id + 1);
    index = qBound(0, index, layerCount());
    const quint64 id = layer.id;
    m_state.layers.insert(index, std::move(layer));
    emit layerInserted(index);
    touch();
    return id;
}

quint64 Document::addResult(ResultLayer layer)
{
    if (layer.name.isEmpty())
        layer.name = QCoreApplication::translate("outframe::Document", "Variation %1")
                         .arg(m_state.nextLayerId);
    const quint64 id = insertLayer(layerCount(), std::move(layer));
    setActiveLayer(id);
    return id;
}

ResultLayer Document::takeLayer(int index)
{
    if (index < 0 || index >= layerCount())
        return {};
    ResultLayer layer = m_state.layers.takeAt(index);
    if (layer.id == m_state.activeLayerId) {
        // Keep a selection for the artist: the layer now at that place, or the one below.
        const int next = qMin(index, layerCount() - 1);
        m_state.activeLayerId = next >= 0 ? m_state.layers.at(next).id : 0;
        emit activeLayerChanged(m_state.activeLayerId);
    }
    emit layerRemoved(index, layer.id);
    touch();
    return layer;
}

bool Document::moveLayer(int from, int to)
{
    if (from < 0 || from >= layerCount() || to < 0 || to >= layerCount() || from == to)
        return false;
    m_state.layers.move(from, to);
    emit layerMoved(from, to);
    touch();
    return true;
}

bool Document::setLayerProperty(int index, LayerProperty which, const QVariant &value)
{
    if (index < 0 || index >= layerCount())
        return false;
    ResultLayer &layer = m_state.layers[index];
    const QVariant before = layer.property(which);
    if (!layer.setProperty(which, value))
        return false;
    if (layer.property(which) != before) {
        emit layerChanged(index, which);
        touch();
    }
    return true;
}

void Document::setActiveLayer(quint64 layerId)
{
    if (indexOf(layerId) < 0)
        layerId = 0;
    if (layerId == m_state.activeLayerId)
        return;
    m_state.activeLayerId = layerId;
    emit activeLayerChanged(layerId);
}

int Document::stepVariation(int delta, bool solo)
{
    const int count = layerCount();
    if (count == 0)
        return -1;
    const int current = activeLayerIndex();
    int next = current < 0 ? (delta >= 0 ? 0 : count - 1) : current + delta;
    next = ((next % count) + count) % count;
    setActiveLayer(m_state.layers.at(next).id);
    if (solo)
        for (int i = 0; i < count; ++i)
            setLayerProperty(i, LayerProperty::Visible, i == next);
    return next;
}

QImage Document::renderLayer(int index) const
{
    if (index < 0 || index >= layerCount())
        return {};
    return outframe::renderLayer(m_state.layers.at(index), m_state.reference);
}

QImage Document::renderComposite() const
{
    return outframe::renderComposite(m_state);
}

void Document::restore(const DocumentState &state)
{
    m_state = state;
    normaliseLayerIds(m_state); // whatever the source said
    emit reset();
    touch();
}

void Document::clear()
{
    restore(DocumentState{});
    setFilePath(QString());
    markSaved();
}

void Document::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

void Document::markSaved()
{
    markSaved(m_revision);
}

void Document::markSaved(quint64 revision)
{
    const bool wasModified = isModified();
    m_savedRevision = qMin(revision, m_revision);
    if (wasModified != isModified())
        emit modifiedChanged(isModified());
}

} // namespace outframe
