// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include "layerrenderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace outframe {

namespace {

int indexIn(const QList<ResultLayer> &list, quint64 id)
{
    if (id == 0)
        return -1;
    for (int i = 0; i < list.size(); ++i)
        if (list.at(i).id == id)
            return i;
    return -1;
}

// What stays selected (the active layer, the shown staged result) when the one at `index`
// was just removed from `list`: the one now at that place, or the one before it; 0 for none.
quint64 neighbourOfRemoved(const QList<ResultLayer> &list, int index)
{
    const int next = qMin(index, int(list.size()) - 1);
    return next >= 0 ? list.at(next).id : 0;
}

} // namespace

bool normaliseLayerIds(DocumentState &state)
{
    bool ok = state.nextLayerId <= DocumentState::kMaxLayerId;
    QSet<quint64> seen;
    for (const QList<ResultLayer> *list : {&state.layers, &state.staged})
        for (const ResultLayer &l : *list) {
            ok = ok && l.id != 0 && l.id < state.nextLayerId && !seen.contains(l.id);
            seen.insert(l.id);
        }
    const bool activeFound = indexIn(state.layers, state.activeLayerId) >= 0;
    const bool shownFound = indexIn(state.staged, state.shownStagedId) >= 0;
    if (ok) {
        if (!activeFound)
            state.activeLayerId = 0;
        if (!shownFound)
            state.shownStagedId = state.staged.isEmpty() ? 0 : state.staged.first().id;
        return false;
    }
    // The first layer holding the active id is the one that stays active (and so for the
    // shown staged result).
    const auto renumber = [&next = state.nextLayerId](QList<ResultLayer> &list, quint64 &kept,
                                                      bool found) {
        quint64 renamed = 0;
        for (ResultLayer &l : list) {
            if (found && renamed == 0 && l.id == kept)
                renamed = next;
            l.id = next++;
        }
        kept = renamed;
    };
    state.nextLayerId = 1;
    renumber(state.layers, state.activeLayerId, activeFound);
    renumber(state.staged, state.shownStagedId, shownFound);
    if (state.shownStagedId == 0 && !state.staged.isEmpty())
        state.shownStagedId = state.staged.first().id;
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
    return indexIn(m_state.layers, layerId);
}

quint64 Document::claimId(quint64 wanted)
{
    const auto taken = [this](quint64 id) { return indexOf(id) >= 0 || stagedIndexOf(id) >= 0; };
    if (wanted == 0 || wanted >= DocumentState::kMaxLayerId || taken(wanted)) {
        wanted = m_state.nextLayerId;
        while (taken(wanted)) // only after a state that skipped normaliseLayerIds
            ++wanted;
    }
    m_state.nextLayerId = qMax(m_state.nextLayerId, wanted + 1);
    return wanted;
}

quint64 Document::insertLayer(int index, ResultLayer layer)
{
    layer.id = claimId(layer.id);
    index = qBound(0, index, layerCount());
    const quint64 id = layer.id;
    m_state.layers.insert(index, std::move(layer));
    emit layerInserted(index);
    touch();
    return id;
}

namespace {

QString variationName(quint64 number)
{
    return QCoreApplication::translate("outframe::Document", "Variation %1").arg(number);
}

} // namespace

quint64 Document::addResult(ResultLayer layer)
{
    if (layer.name.isEmpty())
        layer.name = variationName(m_state.nextLayerId);
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
        m_state.activeLayerId = neighbourOfRemoved(m_state.layers, index);
        emit activeLayerChanged(m_state.activeLayerId);
    }
    emit layerRemoved(index, layer.id);
    touch();
    return layer;
}

int Document::stagedIndexOf(quint64 id) const
{
    return indexIn(m_state.staged, id);
}

quint64 Document::stageResult(ResultLayer layer)
{
    if (layer.name.isEmpty())
        layer.name = variationName(m_state.nextLayerId);
    const quint64 id = insertStaged(stagedCount(), std::move(layer));
    if (m_state.shownStagedId == 0)
        setShownStaged(id);
    return id;
}

quint64 Document::insertStaged(int index, ResultLayer layer)
{
    layer.id = claimId(layer.id);
    const quint64 id = layer.id;
    m_state.staged.insert(qBound(0, index, stagedCount()), std::move(layer));
    emit stagedChanged();
    touch();
    return id;
}

ResultLayer Document::takeStaged(int index)
{
    if (index < 0 || index >= stagedCount())
        return {};
    ResultLayer layer = m_state.staged.takeAt(index);
    if (layer.id == m_state.shownStagedId) {
        // The artist goes on looking at a neighbour, as when a layer is deleted.
        m_state.shownStagedId = neighbourOfRemoved(m_state.staged, index);
        emit shownStagedChanged(m_state.shownStagedId);
    }
    emit stagedChanged();
    touch();
    return layer;
}

void Document::setShownStaged(quint64 id)
{
    if (stagedIndexOf(id) < 0)
        id = 0;
    if (id == m_state.shownStagedId)
        return;
    m_state.shownStagedId = id;
    emit shownStagedChanged(id);
    emit changed(); // the canvas previews it; not an edit of what is saved
}

int Document::stepStaged(int delta)
{
    const int count = stagedCount();
    if (count == 0)
        return -1;
    const int current = shownStagedIndex();
    const int next = current < 0 ? 0 : ((current + delta) % count + count) % count;
    setShownStaged(m_state.staged.at(next).id);
    return next;
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
