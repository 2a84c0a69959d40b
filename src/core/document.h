// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outpaintoptions.h"
#include "placement.h"
#include "resultlayer.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace outframe {

// Everything an Outframe session holds, as a plain value: what a project file stores and
// what autosave copies to a worker thread (images are implicitly shared, so a copy is cheap).
struct DocumentState
{
    QImage reference;          // the artist's image at its native size, normalised
    QString referencePath;     // where it was loaded from, when known
    Placement placement;       // the current placement on the canvas
    OutpaintOptions options;   // the current generation settings
    QList<ResultLayer> layers; // bottom (just above the reference) to top
    quint64 activeLayerId = 0; // 0 = none
    // Results waiting in the staging strip for the artist to keep or discard: not layers yet,
    // but saved with the session so nothing generated is lost. Their ids come from the same
    // counter as the layers'.
    QList<ResultLayer> staged;
    quint64 shownStagedId = 0; // the staged result the canvas previews; 0 = none
    quint64 nextLayerId = 1;

    // Layer ids stay below this (2^53, exact in any JSON reader), far from the 64-bit end
    // where counting up would wrap around to ids already in use.
    static constexpr quint64 kMaxLayerId = quint64(1) << 53;

    bool operator==(const DocumentState &) const = default;
};

// The rule for layer ids, applied to every state that comes from outside (a project, a
// recovery file, Document::restore) and to what is saved: ids (of layers and staged results
// together) are non-zero, unique, below
// nextLayerId, and nextLayerId is at most kMaxLayerId. When any of that fails, the layers are
// renumbered 1..n from the bottom, the active layer keeps pointing at the same layer (or none
// when it named no layer) and nextLayerId becomes n + 1. Returns whether it renumbered.
bool normaliseLayerIds(DocumentState &state);

// A job started from a document: what it was asked, so its result layer records it.
struct PendingJob
{
    int jobId = 0; // the job queue's id
    ResultEngine engine = ResultEngine::Flux;
    Placement placement;
    OutpaintOptions options;
};

// The session model the app's panels and the project file work on. Every mutation is a
// small primitive (insert/remove at an index, move, set one property) that an undo command
// can call and invert, and each emits a precise signal plus `changed()`.
//
// Layer indices run bottom to top: 0 is just above the reference.
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);

    // --- reference, placement, settings -------------------------------------------------
    bool hasReference() const { return !m_state.reference.isNull(); }
    const QImage &reference() const { return m_state.reference; }
    const QString &referencePath() const { return m_state.referencePath; }
    // What the artist calls the image: its file name, a URL's, or "the clipboard". Not
    // saved: a project derives it from the reference's path when it opens.
    const QString &referenceName() const { return m_referenceName; }
    // A new reference starts with a fresh placement (Placement::forNewReference). The app
    // sets it once, on a new document: a new image is a new session, never a layer stack
    // made for another image.
    void setReference(const QImage &nativeImage, const QString &sourcePath,
                      const QString &name = {});

    const Placement &placement() const { return m_state.placement; }
    void setPlacement(const Placement &placement);

    const OutpaintOptions &options() const { return m_state.options; }
    void setOptions(const OutpaintOptions &options);

    // --- layers --------------------------------------------------------------------------
    int layerCount() const { return int(m_state.layers.size()); }
    const QList<ResultLayer> &layers() const { return m_state.layers; }
    const ResultLayer &layer(int index) const { return m_state.layers.at(index); }
    int indexOf(quint64 layerId) const; // -1 when absent

    // Inserts at `index` (clamped to 0..count). A layer with id 0 gets a fresh id; a layer
    // coming back through undo keeps its own. Returns the layer's id.
    quint64 insertLayer(int index, ResultLayer layer);
    // A new result: on top, named "Variation N" when unnamed, and made active.
    quint64 addResult(ResultLayer layer);
    // Removes and returns the layer (for undo). The active layer moves to a neighbour.
    ResultLayer takeLayer(int index);
    bool moveLayer(int from, int to);
    bool setLayerProperty(int index, LayerProperty which, const QVariant &value);

    // --- results waiting in the staging strip -----------------------------------------------
    // What one or more Generates made and the artist has not yet kept or discarded
    // (KeepStagedCommand, DiscardStagedCommand). The canvas previews the shown one.
    const QList<ResultLayer> &staged() const { return m_state.staged; }
    int stagedCount() const { return int(m_state.staged.size()); }
    int stagedIndexOf(quint64 id) const; // -1 when absent
    // A new result: appended, named "Variation N" when unnamed; shown when none is.
    quint64 stageResult(ResultLayer layer);
    // Inserts at `index` (clamped); a result coming back through undo keeps its id.
    quint64 insertStaged(int index, ResultLayer layer);
    ResultLayer takeStaged(int index);
    quint64 shownStagedId() const { return m_state.shownStagedId; }
    int shownStagedIndex() const { return stagedIndexOf(m_state.shownStagedId); }
    void setShownStaged(quint64 id); // an unknown id shows none
    // Shows the next (delta > 0) or previous staged result, wrapping; -1 when none.
    int stepStaged(int delta);

    // --- the active variation --------------------------------------------------------------
    quint64 activeLayerId() const { return m_state.activeLayerId; }
    int activeLayerIndex() const { return indexOf(m_state.activeLayerId); }
    void setActiveLayer(quint64 layerId); // 0 or an unknown id clears it
    // Makes the next (delta > 0) or previous variation active, wrapping around, and with
    // `solo` shows it alone (the others hidden): how an artist flips through results.
    // Returns the new active index, or -1 when there are no layers.
    int stepVariation(int delta, bool solo);

    // --- jobs whose results are still coming -----------------------------------------------
    // A running job belongs to the document it was started from, whatever the artist opens
    // meanwhile: its result lands here (see GenerationController). Not saved in a project.
    bool hasPendingJobs() const { return !m_pending.isEmpty(); }
    const QList<PendingJob> &pendingJobs() const { return m_pending; }
    void addPendingJob(const PendingJob &job);
    // The job's record; nullopt when it is not this document's.
    std::optional<PendingJob> pendingJob(int jobId) const;
    // Removes and returns the job's record; nullopt when it is not this document's.
    std::optional<PendingJob> takePendingJob(int jobId);

    // --- rendering ---------------------------------------------------------------------------
    // Convenience for small documents and tests; for big images take `state()` to a worker
    // thread and call the functions of layerrenderer.h there.
    QImage renderLayer(int index) const;
    QImage renderComposite() const;

    // --- whole state, file and modification tracking ---------------------------------------
    const DocumentState &state() const { return m_state; }
    // Replaces everything (opening a project, recovering); emits `reset()`.
    void restore(const DocumentState &state);
    void clear();

    const QString &filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    // Bumped by every change; autosave compares it with the revision it last wrote.
    quint64 revision() const { return m_revision; }
    bool isModified() const { return m_revision != m_savedRevision; }
    void markSaved(); // the current revision is on disk
    // A save of `revision` finished (it ran on a worker while edits may have continued).
    void markSaved(quint64 revision);

signals:
    void referenceChanged();
    void placementChanged();
    void optionsChanged();
    void layerInserted(int index);
    void layerRemoved(int index, quint64 layerId);
    void layerMoved(int from, int to);
    void layerChanged(int index, outframe::LayerProperty which);
    void activeLayerChanged(quint64 layerId);
    void reset();
    void changed(); // after any of the above
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void pendingJobsChanged();
    void stagedChanged();
    void shownStagedChanged(quint64 id);

private:
    void touch();
    // `wanted` when no layer or staged result has it and it is in range, else a fresh id.
    quint64 claimId(quint64 wanted);

    DocumentState m_state;
    QString m_referenceName;
    QList<PendingJob> m_pending;
    QString m_filePath;
    quint64 m_revision = 0;
    quint64 m_savedRevision = 0;
};

} // namespace outframe
