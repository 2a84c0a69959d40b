// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"
#include "documentcommands.h"
#include "layerrenderer.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace outframe;

class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void newReferenceGetsAPlacement();
    void addResultNamesAndActivates();
    void removeKeepsASelection();
    void moveAndSignals();
    void setPropertyValidatesAndClamps_data();
    void setPropertyValidatesAndClamps();
    void undoRedoEveryOperation();
    void sliderDragIsOneUndoStep();
    void stepThroughVariations();
    void restoreRepairsIds();
    void modifiedTracking();
    void compositeStacksVisibleLayersWithOpacity();
};

static QImage filled(QSize size, QRgb colour)
{
    QImage img(size, QImage::Format_RGB32);
    img.fill(colour);
    return img;
}

static ResultLayer result(QRgb colour, const Placement &placement)
{
    ResultLayer l;
    l.image = filled(placement.canvasSize(), colour);
    l.placement = placement;
    l.referenceRect = placement.referenceRect();
    l.options.prompt = QStringLiteral("a beach");
    return l;
}

static Placement smallPlacement()
{
    Placement p(QSize(120, 100), QSize(60, 50));
    p.setOffset({30, 25});
    return p;
}

void TestDocument::newReferenceGetsAPlacement()
{
    Document doc;
    QSignalSpy changed(&doc, &Document::changed);
    doc.setReference(filled({800, 600}, qRgb(1, 2, 3)), QStringLiteral("/tmp/a.png"));
    QVERIFY(doc.hasReference());
    QCOMPARE(doc.referencePath(), QStringLiteral("/tmp/a.png"));
    QCOMPARE(doc.placement(), Placement::forNewReference({800, 600}));
    QCOMPARE(changed.size(), 1);
    QVERIFY(doc.isModified());
}

void TestDocument::addResultNamesAndActivates()
{
    Document doc;
    QSignalSpy inserted(&doc, &Document::layerInserted);
    QSignalSpy active(&doc, &Document::activeLayerChanged);
    const quint64 a = doc.addResult(result(qRgb(255, 0, 0), smallPlacement()));
    const quint64 b = doc.addResult(result(qRgb(0, 255, 0), smallPlacement()));
    QVERIFY(a != 0 && b != 0 && a != b);
    QCOMPARE(doc.layerCount(), 2);
    QCOMPARE(doc.layer(1).id, b); // on top
    QCOMPARE(doc.layer(0).name, QStringLiteral("Variation 1"));
    QCOMPARE(doc.layer(1).name, QStringLiteral("Variation 2"));
    QCOMPARE(doc.activeLayerId(), b);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(0).toInt(), 1);
    QCOMPARE(active.size(), 2);
    QCOMPARE(doc.layer(0).megapixels(), 120 * 100 / 1048576.0);
}

void TestDocument::removeKeepsASelection()
{
    Document doc;
    const quint64 a = doc.addResult(result(qRgb(255, 0, 0), smallPlacement()));
    const quint64 b = doc.addResult(result(qRgb(0, 255, 0), smallPlacement()));
    QSignalSpy removed(&doc, &Document::layerRemoved);
    const ResultLayer taken = doc.takeLayer(1);
    QCOMPARE(taken.id, b);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toULongLong(), b);
    QCOMPARE(doc.activeLayerId(), a); // the one below took over
    doc.takeLayer(0);
    QCOMPARE(doc.activeLayerId(), quint64(0));
    QCOMPARE(doc.takeLayer(5).id, quint64(0)); // out of range: nothing happens
}

void TestDocument::moveAndSignals()
{
    Document doc;
    for (int i = 0; i < 3; ++i)
        doc.addResult(result(qRgb(i, i, i), smallPlacement()));
    const quint64 bottom = doc.layer(0).id;
    QSignalSpy moved(&doc, &Document::layerMoved);
    QVERIFY(doc.moveLayer(0, 2));
    QCOMPARE(doc.layer(2).id, bottom);
    QCOMPARE(moved.size(), 1);
    QVERIFY(!doc.moveLayer(0, 3));
    QVERIFY(!doc.moveLayer(1, 1));
    QCOMPARE(moved.size(), 1);
}

void TestDocument::setPropertyValidatesAndClamps_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QVariant>("stored");
    const auto p = [](LayerProperty w) { return int(w); };
    QTest::newRow("name") << p(LayerProperty::Name) << QVariant(QStringLiteral("Best")) << true
                          << QVariant(QStringLiteral("Best"));
    QTest::newRow("hide") << p(LayerProperty::Visible) << QVariant(false) << true
                          << QVariant(false);
    QTest::newRow("opacity") << p(LayerProperty::Opacity) << QVariant(0.25) << true
                             << QVariant(0.25);
    QTest::newRow("opacity clamped")
        << p(LayerProperty::Opacity) << QVariant(3.0) << true << QVariant(1.0);
    QTest::newRow("opacity nan") << p(LayerProperty::Opacity) << QVariant(qQNaN()) << false
                                 << QVariant(1.0);
    QTest::newRow("star") << p(LayerProperty::Starred) << QVariant(true) << true << QVariant(true);
    QTest::newRow("feather") << p(LayerProperty::Feather) << QVariant(12) << true << QVariant(12);
    QTest::newRow("feather clamped")
        << p(LayerProperty::Feather) << QVariant(-4) << true << QVariant(0);
    QTest::newRow("keep original")
        << p(LayerProperty::KeepOriginal) << QVariant(false) << true << QVariant(false);
    QTest::newRow("colour match") << p(LayerProperty::ColourMatch) << QVariant(false) << true
                                  << QVariant(false);
    QTest::newRow("wrong type") << p(LayerProperty::Visible) << QVariant(QStringLiteral("no"))
                                << false << QVariant(true);
}

void TestDocument::setPropertyValidatesAndClamps()
{
    QFETCH(int, which);
    QFETCH(QVariant, value);
    QFETCH(bool, accepted);
    QFETCH(QVariant, stored);
    Document doc;
    doc.addResult(result(qRgb(1, 1, 1), smallPlacement()));
    QSignalSpy changed(&doc, &Document::layerChanged);
    const auto prop = LayerProperty(which);
    QCOMPARE(doc.setLayerProperty(0, prop, value), accepted);
    QCOMPARE(doc.layer(0).property(prop), stored);
    QCOMPARE(changed.size(), accepted && stored != ResultLayer{}.property(prop) ? 1 : 0);
    QVERIFY(!doc.setLayerProperty(7, prop, value));
}

void TestDocument::undoRedoEveryOperation()
{
    Document doc;
    QUndoStack stack;
    doc.addResult(result(qRgb(9, 9, 9), smallPlacement()));
    const DocumentState start = doc.state();

    auto *add = new AddLayerCommand(&doc, result(qRgb(200, 0, 0), smallPlacement()));
    stack.push(add);
    const quint64 added = add->layerId();
    QCOMPARE(doc.layerCount(), 2);
    QCOMPARE(doc.activeLayerId(), added);
    stack.push(
        new SetLayerPropertyCommand(&doc, added, LayerProperty::Name, QStringLiteral("Sunset")));
    stack.push(new SetLayerPropertyCommand(&doc, added, LayerProperty::Starred, true));
    stack.push(new MoveLayerCommand(&doc, added, 0));
    QCOMPARE(doc.layer(0).id, added);
    stack.push(new RemoveLayerCommand(&doc, added));
    QCOMPARE(doc.layerCount(), 1);
    const DocumentState end = doc.state();

    stack.undo(); // delete is undone: the same layer, same place, same settings
    QCOMPARE(doc.layerCount(), 2);
    QCOMPARE(doc.layer(0).id, added);
    QCOMPARE(doc.layer(0).name, QStringLiteral("Sunset"));
    QVERIFY(doc.layer(0).starred);
    QCOMPARE(doc.layer(0).image.pixel(0, 0), qRgb(200, 0, 0));
    QCOMPARE(doc.activeLayerId(), added);
    stack.undo();
    QCOMPARE(doc.layer(1).id, added);
    stack.undo();
    QVERIFY(!doc.layer(1).starred);
    stack.undo();
    QCOMPARE(doc.layer(1).name, QStringLiteral("Variation 2"));
    stack.undo();
    QCOMPARE(doc.state().layers, start.layers);

    while (stack.canRedo())
        stack.redo();
    QCOMPARE(doc.state().layers, end.layers);
}

void TestDocument::sliderDragIsOneUndoStep()
{
    Document doc;
    QUndoStack stack;
    const quint64 id = doc.addResult(result(qRgb(1, 1, 1), smallPlacement()));
    for (int i = 1; i <= 20; ++i)
        stack.push(new SetLayerPropertyCommand(&doc, id, LayerProperty::Opacity, 1.0 - i * 0.04));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(doc.layer(0).opacity, 0.2);
    stack.undo();
    QCOMPARE(doc.layer(0).opacity, 1.0);
    // A second drag is a second step.
    for (int i = 1; i <= 5; ++i)
        stack.push(new SetLayerPropertyCommand(&doc, id, LayerProperty::Opacity, 0.5, 1));
    for (int i = 1; i <= 5; ++i)
        stack.push(new SetLayerPropertyCommand(&doc, id, LayerProperty::Opacity, 0.3, 2));
    QCOMPARE(stack.count(), 2); // (the undone first drag made way for them)
    stack.undo();
    QCOMPARE(doc.layer(0).opacity, 0.5);
    stack.setIndex(0);
    stack.clear();
    // Toggles never merge: each is its own step.
    stack.push(new SetLayerPropertyCommand(&doc, id, LayerProperty::Visible, false));
    stack.push(new SetLayerPropertyCommand(&doc, id, LayerProperty::Visible, true));
    QCOMPARE(stack.count(), 2);
}

void TestDocument::stepThroughVariations()
{
    Document doc;
    QCOMPARE(doc.stepVariation(1, true), -1);
    for (int i = 0; i < 3; ++i)
        doc.addResult(result(qRgb(i, i, i), smallPlacement()));
    QCOMPARE(doc.activeLayerIndex(), 2);
    QCOMPARE(doc.stepVariation(1, true), 0); // wraps
    QVERIFY(doc.layer(0).visible);
    QVERIFY(!doc.layer(1).visible);
    QVERIFY(!doc.layer(2).visible);
    QCOMPARE(doc.stepVariation(-1, false), 2);
    QVERIFY(!doc.layer(2).visible); // without solo, visibility is left alone
    QCOMPARE(doc.stepVariation(1, true), 0);
    QCOMPARE(doc.stepVariation(1, true), 1);
    QVERIFY(doc.layer(1).visible && !doc.layer(0).visible);
}

void TestDocument::restoreRepairsIds()
{
    DocumentState state;
    state.layers = {result(qRgb(1, 1, 1), smallPlacement()),
                    result(qRgb(2, 2, 2), smallPlacement()),
                    result(qRgb(3, 3, 3), smallPlacement())};
    state.layers[0].id = 5;
    state.layers[1].id = 5; // duplicate, as a hand-edited file might have
    state.layers[2].id = 0;
    state.activeLayerId = 99; // unknown
    state.nextLayerId = 1;
    Document doc;
    QSignalSpy reset(&doc, &Document::reset);
    doc.restore(state);
    QCOMPARE(reset.size(), 1);
    QSet<quint64> ids;
    for (const ResultLayer &l : doc.layers())
        ids.insert(l.id);
    QCOMPARE(ids.size(), 3);
    QVERIFY(!ids.contains(0));
    QCOMPARE(doc.activeLayerId(), quint64(0));
    const quint64 fresh = doc.addResult(result(qRgb(4, 4, 4), smallPlacement()));
    QVERIFY(!ids.contains(fresh));
}

void TestDocument::modifiedTracking()
{
    Document doc;
    QVERIFY(!doc.isModified());
    QSignalSpy modified(&doc, &Document::modifiedChanged);
    doc.addResult(result(qRgb(1, 1, 1), smallPlacement()));
    QVERIFY(doc.isModified());
    const quint64 rev = doc.revision();
    doc.markSaved();
    QVERIFY(!doc.isModified());
    QCOMPARE(modified.size(), 2);
    doc.setLayerProperty(0, LayerProperty::Opacity, 1.0); // no change, no new revision
    QCOMPARE(doc.revision(), rev);
    doc.setLayerProperty(0, LayerProperty::Opacity, 0.5);
    QVERIFY(doc.revision() > rev);
    QVERIFY(doc.isModified());
}

void TestDocument::compositeStacksVisibleLayersWithOpacity()
{
    Document doc;
    const Placement p = smallPlacement();
    DocumentState state;
    state.reference = filled(p.referenceNativeSize(), qRgb(0, 0, 250));
    state.placement = p;
    doc.restore(state);
    // Only the reference: transparent around it.
    QImage only = doc.renderComposite();
    QCOMPARE(only.size(), QSize(120, 100));
    QCOMPARE(qAlpha(only.pixel(2, 2)), 0);
    QCOMPARE(only.pixel(60, 50), qRgb(0, 0, 250));

    ResultLayer red = result(qRgb(250, 0, 0), p);
    red.seam.colourMatch = false;
    doc.addResult(red);
    ResultLayer green = result(qRgb(0, 250, 0), p);
    green.seam.colourMatch = false;
    green.opacity = 0.5;
    doc.addResult(green);
    QImage out = doc.renderComposite();
    QVERIFY(!out.hasAlphaChannel()); // every pixel covered and opaque
    const QRgb outside = out.pixel(3, 3);
    QVERIFY(qAbs(qRed(outside) - 125) <= 2 && qAbs(qGreen(outside) - 125) <= 2);
    const QRgb centre = out.pixel(60, 50); // the original in both layers
    QVERIFY(qRed(centre) <= 1 && qGreen(centre) <= 1 && qAbs(qBlue(centre) - 250) <= 1);
    doc.setLayerProperty(1, LayerProperty::Visible, false);
    QCOMPARE(doc.renderComposite().pixel(3, 3), qRgb(250, 0, 0));
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
