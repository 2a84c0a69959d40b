<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Outframe</source>
        <translation>Über Outframe</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Outframe&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Outframe&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Outpainting with FLUX or the offline engine.</source>
        <translation>Outpainting mit FLUX oder der Offline-Engine.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>GPL-3.0-or-later: you may share and change it under the GNU General Public License, version 3 or any later version.</source>
        <translation>GPL-3.0-or-later: Sie dürfen es unter der GNU General Public License, Version 3 oder jeder späteren Version, weitergeben und verändern.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <source>What you see (the &amp;composite)</source>
        <translation>Was Sie sehen (das &amp;Gesamtbild)</translation>
    </message>
    <message>
        <source>The selected &amp;layer alone</source>
        <translation>Nur die ausgewählte &amp;Ebene</translation>
    </message>
    <message>
        <source>Every &amp;starred variation</source>
        <translation>Jede mit &amp;Stern markierte Variante</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Quality</source>
        <translation>&amp;Qualität</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>At the original&apos;s full &amp;resolution</source>
        <translation>In der vollen &amp;Auflösung des Originals</translation>
    </message>
    <message>
        <source>&amp;Write prompt, placement and an AI-generated marker into the file</source>
        <translation>Prompt, Platzierung und einen KI-Kennzeichner in die Datei &amp;schreiben</translation>
    </message>
    <message>
        <source>Save &amp;to</source>
        <translation>Speichern &amp;unter</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Speicherort wählen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>FLUX account</source>
        <translation>FLUX-Konto</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Show the key as you type it</source>
        <translation>Schlüssel beim Eintippen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>Schlüssel s&amp;peichern</translation>
    </message>
    <message>
        <source>Forget s&amp;tored key</source>
        <translation>Gespeicherten Schlüssel &amp;vergessen</translation>
    </message>
    <message>
        <source>Remove the key from the system keychain</source>
        <translation>Den Schlüssel aus dem Schlüsselbund des Systems entfernen</translation>
    </message>
    <message>
        <source>&amp;Balance</source>
        <translation>&amp;Guthaben</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Refresh balance</source>
        <translation>Guthaben aktualisieren</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Results &amp;folder</source>
        <translation>Ergebnis&amp;ordner</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen …</translation>
    </message>
    <message>
        <source>Choose the results folder</source>
        <translation>Ergebnisordner wählen</translation>
    </message>
    <message>
        <source>Every result is saved here the moment it arrives, with a sidecar describing how it was made.</source>
        <translation>Jedes Ergebnis wird hier gespeichert, sobald es eintrifft, mit einer Begleitdatei, die beschreibt, wie es entstand.</translation>
    </message>
    <message>
        <source>Jobs at &amp;once</source>
        <translation>&amp;Gleichzeitige Aufträge</translation>
    </message>
    <message>
        <source>Jobs at once</source>
        <translation>Gleichzeitige Aufträge</translation>
    </message>
    <message>
        <source>Jobs beyond this wait their turn. The service allows 24 active tasks per account.</source>
        <translation>Weitere Aufträge warten, bis sie an der Reihe sind. Der Dienst erlaubt 24 aktive Aufgaben pro Konto.</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>API a&amp;ddress</source>
        <translation>API-A&amp;dresse</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>Empty: the region&apos;s address</source>
        <translation>Leer: die Adresse der Region</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Outpaint images with FLUX or the offline engine.</source>
        <translation>Bilder mit FLUX oder der Offline-Engine über ihren Rand hinaus erweitern.</translation>
    </message>
    <message>
        <source>An image or an Outframe project (.outframe) to open.</source>
        <translation>Ein Bild oder ein Outframe-Projekt (.outframe), das geöffnet werden soll.</translation>
    </message>
    <message>
        <source>Try “outframe-cli --help”.</source>
        <translation>Siehe „outframe-cli --help“.</translation>
    </message>
</context>
<context>
    <name>outframe::AboutDialog</name>
    <message>
        <source>Project website: %1</source>
        <translation>Website des Projekts: %1</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
</context>
<context>
    <name>outframe::AnchorPicker</name>
    <message>
        <source>top left</source>
        <translation>oben links</translation>
    </message>
    <message>
        <source>top</source>
        <translation>oben</translation>
    </message>
    <message>
        <source>top right</source>
        <translation>oben rechts</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>bottom left</source>
        <translation>unten links</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>unten</translation>
    </message>
    <message>
        <source>bottom right</source>
        <translation>unten rechts</translation>
    </message>
    <message>
        <source>Anchor %1</source>
        <translation>Anker %1</translation>
    </message>
    <message>
        <source>Keep the %1 of the frame in place when its size changes</source>
        <translation>Der Punkt „%1“ des Rahmens bleibt an seinem Platz, wenn sich die Größe ändert</translation>
    </message>
</context>
<context>
    <name>outframe::ApiRequest</name>
    <message>
        <source>Outframe only talks to the service over https (plain http is allowed on this computer only).</source>
        <translation>Outframe spricht mit dem Dienst nur über https (einfaches http ist nur auf diesem Computer erlaubt).</translation>
    </message>
    <message>
        <source>The service&apos;s answer was larger than %1 MB, so Outframe stopped reading it.</source>
        <translation>Die Antwort des Dienstes war größer als %1 MB, daher hat Outframe aufgehört, sie zu lesen.</translation>
    </message>
    <message>
        <source>the connection was closed before the service answered</source>
        <translation>die Verbindung wurde geschlossen, bevor der Dienst antwortete</translation>
    </message>
    <message>
        <source>The service&apos;s security certificate could not be verified, so Outframe did not talk to it.</source>
        <translation>Das Sicherheitszertifikat des Dienstes konnte nicht überprüft werden, daher hat Outframe keine Verbindung aufgenommen.</translation>
    </message>
</context>
<context>
    <name>outframe::BatchDialog</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.tif *.tiff *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapelverarbeitung</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Make every output; the ones made stay when you stop</source>
        <translation>Alle Ausgaben erzeugen; die fertigen bleiben erhalten, wenn Sie anhalten</translation>
    </message>
    <message>
        <source>Stop the running jobs; “outframe-cli --resume” finishes the batch without paying twice</source>
        <translation>Die laufenden Aufträge anhalten; „outframe-cli --resume“ beendet den Stapel, ohne doppelt zu bezahlen</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Add Images</source>
        <translation>Bilder hinzufügen</translation>
    </message>
    <message>
        <source>Add a Folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Frame each image</source>
        <translation>Jedes Bild einrahmen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Oben</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Unten</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Folder for the outputs</source>
        <translation>Ordner für die Ausgaben</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Offline engine (free)</source>
        <translation>Offline-Engine (kostenlos)</translation>
    </message>
    <message>
        <source>FLUX (each output is paid)</source>
        <translation>FLUX (jede Ausgabe kostet)</translation>
    </message>
    <message>
        <source>Add the images to make.</source>
        <translation>Fügen Sie die Bilder hinzu, die erzeugt werden sollen.</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Wählen Sie mindestens ein Format.</translation>
    </message>
    <message>
        <source>Choose the folder for the outputs.</source>
        <translation>Wählen Sie den Ordner für die Ausgaben.</translation>
    </message>
    <message numerus="yes">
        <source>%n output(s) to make.</source>
        <translation>
            <numerusform>%n Ausgabe wird erzeugt.</numerusform>
            <numerusform>%n Ausgaben werden erzeugt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%v of %m made</source>
        <translation>%v von %m erzeugt</translation>
    </message>
    <message numerus="yes">
        <source>Making %n output(s)…</source>
        <translation>
            <numerusform>%n Ausgabe wird erzeugt …</numerusform>
            <numerusform>%n Ausgaben werden erzeugt …</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 made. “outframe-cli --resume” finishes the batch.</source>
        <translation>Angehalten: %1 von %2 erzeugt. „outframe-cli --resume“ beendet den Stapel.</translation>
    </message>
    <message>
        <source>%1 of %2 made, in %3.</source>
        <translation>%1 von %2 erzeugt, in %3.</translation>
    </message>
    <message>
        <source>Outputs of the batch</source>
        <translation>Ausgaben des Stapels</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Ant&amp;halten</translation>
    </message>
    <message>
        <source>Images to make</source>
        <translation>Zu erzeugende Bilder</translation>
    </message>
    <message>
        <source>Add &amp;Images…</source>
        <translation>&amp;Bilder hinzufügen …</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>&amp;Ordner hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>In &amp;every format chosen, each as large as one job makes</source>
        <translation>In &amp;jedem gewählten Format, jedes so groß, wie ein Auftrag es erzeugt</translation>
    </message>
    <message>
        <source>&amp;Grow its sides by</source>
        <translation>Seiten &amp;vergrößern um</translation>
    </message>
    <message>
        <source>Format %1</source>
        <translation>Format %1</translation>
    </message>
    <message>
        <source>Image &amp;at</source>
        <translation>Bild &amp;an</translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation>&amp;Links</translation>
    </message>
    <message>
        <source>Rig&amp;ht</source>
        <translation>Re&amp;chts</translation>
    </message>
    <message>
        <source>To&amp;p</source>
        <translation>O&amp;ben</translation>
    </message>
    <message>
        <source>&amp;Bottom</source>
        <translation>&amp;Unten</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <source>Fol&amp;der</source>
        <translation>Or&amp;dner</translation>
    </message>
    <message>
        <source>For&amp;mat</source>
        <translation>For&amp;mat</translation>
    </message>
    <message>
        <source>At o&amp;nce</source>
        <translation>Gleich&amp;zeitig</translation>
    </message>
</context>
<context>
    <name>outframe::BatchManifest</name>
    <message>
        <source>Could not create the folder “%1” for the batch.</source>
        <translation>Der Ordner „%1“ für den Stapel konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The unfinished batch in “%1” cannot be resumed: %2.</source>
        <translation>Der unfertige Stapel in „%1“ kann nicht fortgesetzt werden: %2.</translation>
    </message>
    <message>
        <source>its batch.json cannot be read</source>
        <translation>seine batch.json kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>its batch.json is too large</source>
        <translation>seine batch.json ist zu groß</translation>
    </message>
    <message>
        <source>its batch.json is damaged</source>
        <translation>seine batch.json ist beschädigt</translation>
    </message>
    <message>
        <source>it was made by a newer Outframe</source>
        <translation>er wurde von einer neueren Outframe-Version erstellt</translation>
    </message>
    <message>
        <source>item %1 is damaged</source>
        <translation>Eintrag %1 ist beschädigt</translation>
    </message>
    <message>
        <source>it has no items</source>
        <translation>er enthält keine Einträge</translation>
    </message>
</context>
<context>
    <name>outframe::BatchRun</name>
    <message>
        <source>The canvas could not be written to %1: %2 (its steps are kept in %3)</source>
        <translation>Die Leinwand konnte nicht nach %1 geschrieben werden: %2 (ihre Schritte liegen in %3)</translation>
    </message>
    <message>
        <source>The result could not be written to %1: %2 (it is saved at %3)</source>
        <translation>Das Ergebnis konnte nicht nach %1 geschrieben werden: %2 (es ist unter %3 gespeichert)</translation>
    </message>
    <message>
        <source>The task is kept: resuming the batch fetches it.</source>
        <translation>Die Aufgabe bleibt erhalten: Das Fortsetzen des Stapels holt sie ab.</translation>
    </message>
    <message>
        <source>(a resume may not find this batch)</source>
        <translation>(ein Fortsetzen findet diesen Stapel möglicherweise nicht)</translation>
    </message>
</context>
<context>
    <name>outframe::CanvasController</name>
    <message>
        <source>%1 centred</source>
        <translation>%1 zentriert</translation>
    </message>
    <message>
        <source>Drag cancelled</source>
        <translation>Ziehen abgebrochen</translation>
    </message>
    <message>
        <source>Nudge image</source>
        <translation>Bild verschieben</translation>
    </message>
    <message>
        <source>Drag to pan</source>
        <translation>Ziehen zum Verschieben der Ansicht</translation>
    </message>
    <message>
        <source>Drag to resize the frame · Shift keeps the ratio · Alt resizes about the centre · Ctrl skips snapping</source>
        <translation>Ziehen ändert die Rahmengröße · Umschalt behält das Seitenverhältnis · Alt ändert um die Mitte · Strg ohne Einrasten</translation>
    </message>
    <message>
        <source>Drag away from the image&apos;s centre to enlarge it, towards it to shrink it</source>
        <translation>Vom Bildmittelpunkt weg ziehen vergrößert das Bild, zu ihm hin verkleinert es</translation>
    </message>
    <message>
        <source>Drag to move the image · Shift locks an axis · Ctrl skips snapping · Alt+drag scales it</source>
        <translation>Ziehen verschiebt das Bild · Umschalt sperrt eine Achse · Strg ohne Einrasten · Alt+Ziehen skaliert</translation>
    </message>
    <message>
        <source>Drag to pan · wheel to zoom · Space+drag or middle button pans anywhere</source>
        <translation>Ziehen verschiebt die Ansicht · Mausrad zoomt · Leertaste+Ziehen oder mittlere Taste verschiebt überall</translation>
    </message>
    <message>
        <source>Frame %1 × %2 px · %3</source>
        <translation>Rahmen %1 × %2 px · %3</translation>
    </message>
    <message>
        <source>Image scale %1 (%2 × %3 px)</source>
        <translation>Bildgröße %1 (%2 × %3 px)</translation>
    </message>
</context>
<context>
    <name>outframe::CanvasGesture</name>
    <message>
        <source>Move image</source>
        <translation>Bild verschieben</translation>
    </message>
    <message>
        <source>Resize frame</source>
        <translation>Rahmengröße ändern</translation>
    </message>
    <message>
        <source>Scale image</source>
        <translation>Bild skalieren</translation>
    </message>
</context>
<context>
    <name>outframe::CanvasView</name>
    <message>
        <source>Canvas</source>
        <translation>Leinwand</translation>
    </message>
    <message>
        <source>Drop an image here</source>
        <translation>Bild hier ablegen</translation>
    </message>
    <message>
        <source>a file, an image from a browser, or paste with Ctrl+V
File › Open (Ctrl+O) · PNG, JPEG, WebP, TIFF, BMP</source>
        <translation>eine Datei, ein Bild aus dem Browser, oder mit Strg+V einfügen
Datei › Öffnen (Strg+O) · PNG, JPEG, WebP, TIFF, BMP</translation>
    </message>
</context>
<context>
    <name>outframe::ChainCanvas</name>
    <message>
        <source>Tile %1 of the plan came out of order.</source>
        <translation>Kachel %1 des Plans kam in falscher Reihenfolge.</translation>
    </message>
    <message>
        <source>Tile %1 came back %2 x %3 px instead of %4 x %5 px.</source>
        <translation>Kachel %1 kam mit %2 x %3 px statt %4 x %5 px zurück.</translation>
    </message>
</context>
<context>
    <name>outframe::ChainManifest</name>
    <message>
        <source>its canvas size is out of range</source>
        <translation>ihre Leinwandgröße liegt außerhalb des erlaubten Bereichs</translation>
    </message>
    <message>
        <source>its image lies outside the canvas</source>
        <translation>ihr Bild liegt außerhalb der Leinwand</translation>
    </message>
    <message>
        <source>it has no tiles</source>
        <translation>sie hat keine Kacheln</translation>
    </message>
    <message>
        <source>tile %1 breaks the service&apos;s limits</source>
        <translation>Kachel %1 verletzt die Grenzen des Dienstes</translation>
    </message>
    <message>
        <source>its tiles are out of order</source>
        <translation>ihre Kacheln sind in falscher Reihenfolge</translation>
    </message>
    <message>
        <source>Could not create the folder “%1” for the steps of this canvas.</source>
        <translation>Der Ordner „%1“ für die Schritte dieser Leinwand konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The unfinished canvas in “%1” cannot be resumed: %2.</source>
        <translation>Die unfertige Leinwand in „%1“ kann nicht fortgesetzt werden: %2.</translation>
    </message>
    <message>
        <source>its chain.json cannot be read</source>
        <translation>ihre chain.json kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>its chain.json is too large</source>
        <translation>ihre chain.json ist zu groß</translation>
    </message>
    <message>
        <source>its chain.json is damaged</source>
        <translation>ihre chain.json ist beschädigt</translation>
    </message>
    <message>
        <source>it was made by a newer Outframe</source>
        <translation>sie wurde von einer neueren Outframe-Version erstellt</translation>
    </message>
    <message>
        <source>its plan is damaged</source>
        <translation>ihr Plan ist beschädigt</translation>
    </message>
    <message>
        <source>The image of the unfinished canvas in “%1” does not match its plan.</source>
        <translation>Das Bild der unfertigen Leinwand in „%1“ passt nicht zu ihrem Plan.</translation>
    </message>
</context>
<context>
    <name>outframe::ChainPlan</name>
    <message>
        <source>The canvas must be at least %1 px on each side.</source>
        <translation>Die Leinwand muss auf jeder Seite mindestens %1 px groß sein.</translation>
    </message>
    <message>
        <source>The canvas can be at most %1 px on each side.</source>
        <translation>Die Leinwand darf auf jeder Seite höchstens %1 px groß sein.</translation>
    </message>
    <message>
        <source>The image lies entirely outside the canvas.</source>
        <translation>Das Bild liegt vollständig außerhalb der Leinwand.</translation>
    </message>
    <message>
        <source>This canvas cannot be made from this image in steps of at most 4,194,304 px.</source>
        <translation>Diese Leinwand lässt sich aus diesem Bild nicht in Schritten von höchstens 4.194.304 px erzeugen.</translation>
    </message>
</context>
<context>
    <name>outframe::ChainRun</name>
    <message>
        <source>The image does not match the plan of the canvas.</source>
        <translation>Das Bild passt nicht zum Plan der Leinwand.</translation>
    </message>
    <message>
        <source>%1, step %2 of %3</source>
        <translation>%1, Schritt %2 von %3</translation>
    </message>
    <message>
        <source>Step %1 of %2 came back %3 x %4 px instead of %5 x %6 px.</source>
        <translation>Schritt %1 von %2 kam mit %3 x %4 px statt %5 x %6 px zurück.</translation>
    </message>
    <message>
        <source>Step %1 of %2 failed: %3</source>
        <translation>Schritt %1 von %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The steps already made are kept; resuming goes on from them.</source>
        <translation>Die bereits erzeugten Schritte bleiben erhalten; das Fortsetzen macht bei ihnen weiter.</translation>
    </message>
</context>
<context>
    <name>outframe::CliBatch</name>
    <message>
        <source>not made</source>
        <translation>nicht erzeugt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>The folder “%1” holds no image Outframe reads (PNG, JPEG, WebP, TIFF, BMP).</source>
        <translation>Der Ordner „%1“ enthält kein Bild, das Outframe lesen kann (PNG, JPEG, WebP, TIFF, BMP).</translation>
    </message>
    <message>
        <source>The input “%1” does not exist.</source>
        <translation>Die Eingabe „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The input “%1” is not an image Outframe reads (PNG, JPEG, WebP, TIFF, BMP); a project is exported on its own.</source>
        <translation>Die Eingabe „%1“ ist kein Bild, das Outframe lesen kann (PNG, JPEG, WebP, TIFF, BMP); ein Projekt wird für sich allein exportiert.</translation>
    </message>
    <message>
        <source>The batch has no input.</source>
        <translation>Der Stapel hat keine Eingabe.</translation>
    </message>
    <message>
        <source>Batch: %1 of %2 made, %3 running  %4 s</source>
        <translation>Stapel: %1 von %2 erzeugt, %3 laufen  %4 s</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1 of %2 made, %3 credits, %4
</source>
        <translation>%1 von %2 erzeugt, %3 Credits, %4
</translation>
    </message>
    <message>
        <source>interrupted; “outframe-cli --resume” finishes the batch (%1 of %2 made).</source>
        <translation>unterbrochen; „outframe-cli --resume“ beendet den Stapel (%1 von %2 erzeugt).</translation>
    </message>
</context>
<context>
    <name>outframe::CliChain</name>
    <message>
        <source>around the image</source>
        <translation>um das Bild herum</translation>
    </message>
    <message>
        <source>top</source>
        <translation>oben</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>unten</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>%1: %2 of %3 steps back  %4 s</source>
        <translation>%1: %2 von %3 Schritten zurück  %4 s</translation>
    </message>
    <message>
        <source>outframe-cli: interrupted; “outframe-cli --resume” finishes the canvas from the %1 steps already made.
</source>
        <translation>outframe-cli: unterbrochen; „outframe-cli --resume“ stellt die Leinwand aus den %1 bereits erzeugten Schritten fertig.
</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message numerus="yes">
        <source>Canvas %1 x %2 px (%3): %n job(s) in %4 wave(s), %5
</source>
        <translation>
            <numerusform>Leinwand %1 x %2 px (%3): %n Auftrag in %4 Welle(n), %5
</numerusform>
            <numerusform>Leinwand %1 x %2 px (%3): %n Aufträge in %4 Welle(n), %5
</numerusform>
        </translation>
    </message>
    <message>
        <source>free: the offline engine runs on this computer</source>
        <translation>kostenlos: die Offline-Engine läuft auf diesem Computer</translation>
    </message>
    <message>
        <source>Image at (%1, %2), %3 x %4 px, kept exact.
</source>
        <translation>Bild an (%1, %2), %3 x %4 px, unverändert übernommen.
</translation>
    </message>
    <message>
        <source>  job %1  wave %2  %3 x %4 px at (%5, %6)  context %7 x %8 px  grows: %9
</source>
        <translation>  Auftrag %1  Welle %2  %3 x %4 px an (%5, %6)  Kontext %7 x %8 px  wächst: %9
</translation>
    </message>
    <message>
        <source>standard output is closed or full</source>
        <translation>die Standardausgabe ist geschlossen oder voll</translation>
    </message>
    <message>
        <source>outframe-cli: the canvas could not be written to %1: %2 (its steps are kept in %3)
</source>
        <translation>outframe-cli: Die Leinwand konnte nicht nach %1 geschrieben werden: %2 (ihre Schritte liegen in %3)
</translation>
    </message>
    <message>
        <source>Done: %1 (%2 steps, %3 sent, %4 taken from earlier runs)
</source>
        <translation>Fertig: %1 (%2 Schritte, %3 gesendet, %4 aus früheren Läufen übernommen)
</translation>
    </message>
</context>
<context>
    <name>outframe::CliOptions</name>
    <message>
        <source>Outpaint an image on the FLUX API (or the offline engine): place INPUT on a larger canvas and have the rest generated. The reference pixels in the output are exactly the input&apos;s.

With a project (INPUT ending in .outframe, saved by the app), nothing is generated: the project is exported as the app&apos;s Export does, its composite (the results shown, with the original put back) or with --layer one result.

INPUT - reads the image from standard input; -o - writes the result to standard output (PNG unless --format says otherwise). Every output carries the XMP metadata of the app&apos;s Export, with the IPTC &quot;AI-generated&quot; marker.

Key: BFL_API_KEY, else the key stored in the system keychain.
Exit codes: 0 done; 2 invalid arguments or input (nothing was sent); 3 refused by the service (key, credits, validation, moderation, task error); 4 network or service failure after retries, or timeout; 130 interrupted (SIGINT); 143 terminated (SIGTERM).</source>
        <translation>Ein Bild mit der FLUX-API (oder der Offline-Engine) erweitern: INPUT wird auf eine größere Leinwand gesetzt und der Rest wird erzeugt. Die Pixel des Referenzbilds in der Ausgabe sind genau die der Eingabe.

Mit einem Projekt (INPUT endet auf .outframe, von der App gespeichert) wird nichts erzeugt: Das Projekt wird exportiert wie beim Exportieren in der App, als Gesamtbild (die angezeigten Ergebnisse, mit dem wiederhergestellten Original) oder mit --layer als ein einzelnes Ergebnis.

INPUT - liest das Bild von der Standardeingabe; -o - schreibt das Ergebnis auf die Standardausgabe (PNG, sofern --format nichts anderes angibt). Jede Ausgabe enthält die XMP-Metadaten des Exports der App, mit der IPTC-Kennzeichnung „KI-generiert“.

Schlüssel: BFL_API_KEY, sonst der im Schlüsselbund des Systems gespeicherte Schlüssel.
Rückgabewerte: 0 fertig; 2 ungültige Argumente oder Eingabe (nichts wurde gesendet); 3 vom Dienst abgelehnt (Schlüssel, Credits, Prüfung, Moderation, Aufgabenfehler); 4 Netzwerk- oder Dienstfehler nach Wiederholungen, oder Zeitüberschreitung; 130 unterbrochen (SIGINT); 143 beendet (SIGTERM).</translation>
    </message>
</context>
<context>
    <name>outframe::CliOptionsParser</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Result file; the format follows its suffix (.png .jpg .jpeg .webp). - writes to standard output.</source>
        <translation>Ergebnisdatei; das Format richtet sich nach der Endung (.png .jpg .jpeg .webp). - schreibt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Output format png, jpeg or webp, for -o - (a file&apos;s suffix must agree).</source>
        <translation>Ausgabeformat png, jpeg oder webp für -o - (die Endung einer Datei muss dazu passen).</translation>
    </message>
    <message>
        <source>Canvas width in px (required unless INPUT is a project).</source>
        <translation>Leinwandbreite in px (erforderlich, außer INPUT ist ein Projekt).</translation>
    </message>
    <message>
        <source>Canvas height in px (required unless INPUT is a project).</source>
        <translation>Leinwandhöhe in px (erforderlich, außer INPUT ist ein Projekt).</translation>
    </message>
    <message>
        <source>Reference left edge on the canvas; omit to centre.</source>
        <translation>Linke Kante des Referenzbilds auf der Leinwand; weglassen zum Zentrieren.</translation>
    </message>
    <message>
        <source>Reference top edge on the canvas; omit to centre.</source>
        <translation>Obere Kante des Referenzbilds auf der Leinwand; weglassen zum Zentrieren.</translation>
    </message>
    <message>
        <source>Crop the part of the reference outside the canvas.</source>
        <translation>Den Teil des Referenzbilds außerhalb der Leinwand abschneiden.</translation>
    </message>
    <message>
        <source>Resample the reference by F (0.01 to 4) before placing it (default 1).</source>
        <translation>Das Referenzbild vor dem Platzieren um den Faktor F (0,01 bis 4) skalieren (Standard 1).</translation>
    </message>
    <message>
        <source>Guidance for the new region (experimental).</source>
        <translation>Anleitung für den neuen Bereich (experimentell).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>high (default) or fast.</source>
        <translation>high (Standard) oder fast.</translation>
    </message>
    <message>
        <source>0 (strictest) to 5; default 2.</source>
        <translation>0 (am strengsten) bis 5; Standard 2.</translation>
    </message>
    <message>
        <source>flux or local; default: flux when a key is available, else local.</source>
        <translation>flux oder local; Standard: flux, wenn ein Schlüssel vorhanden ist, sonst local.</translation>
    </message>
    <message>
        <source>Service base URL; default https://api.bfl.ai, or BFL_API_BASE.</source>
        <translation>Basis-URL des Dienstes; Standard https://api.bfl.ai oder BFL_API_BASE.</translation>
    </message>
    <message>
        <source>Take the model&apos;s pixels inside the reference area too.</source>
        <translation>Auch im Bereich des Referenzbilds die Pixel des Modells übernehmen.</translation>
    </message>
    <message>
        <source>Overall limit for the job (default 600).</source>
        <translation>Zeitlimit für den gesamten Auftrag (Standard 600).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Print one JSON object per job on stdout, every key always present, null when absent or unknown: status (done|failed|interrupted), exit_code, error, id (task id), engine (flux|local; null for a project), cost (credits), input_mp, output_mp, output (absolute path, or -), saved (the raw result in the results folder), layer (project layer id), elapsed_s, seed (the offline engine&apos;s).</source>
        <translation>Ein JSON-Objekt pro Auftrag auf stdout ausgeben, jeder Schlüssel immer vorhanden, null wenn nicht zutreffend oder unbekannt: status (done|failed|interrupted), exit_code, error, id (Aufgaben-ID), engine (flux|local; null bei einem Projekt), cost (Credits), input_mp, output_mp, output (absoluter Pfad oder -), saved (das Rohergebnis im Ergebnisordner), layer (Ebenen-ID im Projekt), elapsed_s, seed (der Offline-Engine).</translation>
    </message>
    <message>
        <source>With a project: export this layer instead of the composite.</source>
        <translation>Mit einem Projekt: diese Ebene statt des Gesamtbilds exportieren.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Finish every unfinished task in the journal (each to the output path it was given), then exit.</source>
        <translation>Jede unfertige Aufgabe im Journal fertigstellen (jede in den ihr angegebenen Ausgabepfad), dann beenden.</translation>
    </message>
    <message>
        <source>Also print the warnings of Qt and the image libraries (for bug reports).</source>
        <translation>Auch die Warnungen von Qt und den Bildbibliotheken ausgeben (für Fehlerberichte).</translation>
    </message>
    <message>
        <source>Seed of the offline engine: the same seed gives the same fill (default: a fresh one, reported).</source>
        <translation>Seed der Offline-Engine: Derselbe Seed ergibt dieselbe Füllung (Standard: ein neuer, der angezeigt wird).</translation>
    </message>
    <message>
        <source>Print how the canvas would be made and what it would cost, and send nothing. A canvas over 4,194,304 px is made by several jobs, each growing what is known (up to 16384 px a side).</source>
        <translation>Ausgeben, wie die Leinwand erzeugt würde und was sie kosten würde, und nichts senden. Eine Leinwand über 4.194.304 px wird von mehreren Aufträgen erzeugt, die jeweils das Bekannte erweitern (bis 16384 px pro Seite).</translation>
    </message>
    <message>
        <source>Instead of -W/-H: grow sides of the canvas beyond the image, in px or % of the image (left=25%,right=500).</source>
        <translation>Statt -W/-H: Seiten der Leinwand über das Bild hinaus vergrößern, in px oder % des Bildes (left=25%,right=500).</translation>
    </message>
    <message>
        <source>SIDES</source>
        <translation>SEITEN</translation>
    </message>
    <message>
        <source>Instead of -W/-H: the largest canvas of this ratio (16:9) within one job that holds the image; see --anchor.</source>
        <translation>Statt -W/-H: die größte Leinwand dieses Seitenverhältnisses (16:9) in einem Auftrag, die das Bild aufnimmt; siehe --anchor.</translation>
    </message>
    <message>
        <source>Instead of -W/-H: one output per ratio (1:1,4:5,9:16,16:9,3:2,21:9 or your own), each the largest canvas of its ratio within one job that holds the image, written as NAME-4x5.EXT.</source>
        <translation>Statt -W/-H: eine Ausgabe pro Seitenverhältnis (1:1,4:5,9:16,16:9,3:2,21:9 oder ein eigenes), jede die größte Leinwand ihres Verhältnisses in einem Auftrag, die das Bild aufnimmt, geschrieben als NAME-4x5.EXT.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>With --aspect or --formats: where the image sits, centre (default), left, right, top or bottom.</source>
        <translation>Mit --aspect oder --formats: wo das Bild sitzt, centre (Standard), left, right, top oder bottom.</translation>
    </message>
    <message>
        <source>How many jobs run at once, 1 to %1 (default: the app&apos;s setting).</source>
        <translation>Wie viele Aufträge gleichzeitig laufen, 1 bis %1 (Standard: die Einstellung der App).</translation>
    </message>
    <message>
        <source>Make N results of each output, NAME-1.EXT to NAME-N.EXT (1 to %1); with --seed S the offline engine&apos;s seeds are S, S+1, ...</source>
        <translation>N Ergebnisse pro Ausgabe erzeugen, NAME-1.EXT bis NAME-N.EXT (1 bis %1); mit --seed S sind die Seeds der Offline-Engine S, S+1, ...</translation>
    </message>
    <message>
        <source>The reference image, or a project (.outframe) to export. Several inputs, a folder of images, or - for a list of paths on standard input (with -o DIR/) make a batch: one output per input (and per format) in DIR, and --resume finishes a batch that was stopped.</source>
        <translation>Das Referenzbild oder ein zu exportierendes Projekt (.outframe). Mehrere Eingaben, ein Ordner mit Bildern oder - für eine Liste von Pfaden auf der Standardeingabe (mit -o DIR/) bilden einen Stapel: eine Ausgabe pro Eingabe (und pro Format) in DIR, und --resume beendet einen angehaltenen Stapel.</translation>
    </message>
    <message>
        <source>INPUT...</source>
        <translation>INPUT...</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 1 and 86400.</source>
        <translation>--timeout muss eine Anzahl Sekunden zwischen 1 und 86400 sein.</translation>
    </message>
    <message>
        <source>--api-base must be a URL such as https://api.bfl.ai.</source>
        <translation>--api-base muss eine URL wie https://api.bfl.ai sein.</translation>
    </message>
    <message>
        <source>--engine must be flux or local.</source>
        <translation>--engine muss flux oder local sein.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 18446744073709551615.</source>
        <translation>--seed muss eine ganze Zahl von 0 bis 18446744073709551615 sein.</translation>
    </message>
    <message>
        <source>--seed applies to the offline engine only (--engine local).</source>
        <translation>--seed gilt nur für die Offline-Engine (--engine local).</translation>
    </message>
    <message>
        <source>--resume takes no input or output: each task goes to the output it was given.</source>
        <translation>--resume nimmt keine Eingabe oder Ausgabe: Jede Aufgabe geht an die Ausgabe, die ihr angegeben wurde.</translation>
    </message>
    <message>
        <source>Give an input image.</source>
        <translation>Geben Sie ein Eingabebild an.</translation>
    </message>
    <message>
        <source>Give the output file with -o PATH.</source>
        <translation>Geben Sie die Ausgabedatei mit -o PFAD an.</translation>
    </message>
    <message>
        <source>--jobs must be a whole number from 1 to %1.</source>
        <translation>--jobs muss eine ganze Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>--variations must be a whole number from 1 to %1.</source>
        <translation>--variations muss eine ganze Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>--formats: %1</source>
        <translation>--formats: %1</translation>
    </message>
    <message>
        <source>--format must be png, jpeg or webp.</source>
        <translation>--format muss png, jpeg oder webp sein.</translation>
    </message>
    <message>
        <source>--plan takes one input and one output.</source>
        <translation>--plan nimmt eine Eingabe und eine Ausgabe.</translation>
    </message>
    <message>
        <source>A batch writes several files: give a folder with -o DIR/.</source>
        <translation>Ein Stapel schreibt mehrere Dateien: Geben Sie mit -o DIR/ einen Ordner an.</translation>
    </message>
    <message>
        <source>Several inputs need a folder for the outputs: -o DIR/ (“%1” is not a folder).</source>
        <translation>Mehrere Eingaben brauchen einen Ordner für die Ausgaben: -o DIR/ („%1“ ist kein Ordner).</translation>
    </message>
    <message>
        <source>--layer picks a layer of one project (.outframe) to export.</source>
        <translation>--layer wählt eine Ebene eines einzelnen Projekts (.outframe) zum Exportieren.</translation>
    </message>
    <message>
        <source>--json and -o - both write to standard output; give an output file.</source>
        <translation>--json und -o - schreiben beide auf die Standardausgabe; geben Sie eine Ausgabedatei an.</translation>
    </message>
    <message>
        <source>The output “%1” must end in .png, .jpg, .jpeg or .webp.</source>
        <translation>Die Ausgabe „%1“ muss auf .png, .jpg, .jpeg oder .webp enden.</translation>
    </message>
    <message>
        <source>--format %1 does not match the output “%2”.</source>
        <translation>--format %1 passt nicht zur Ausgabe „%2“.</translation>
    </message>
    <message>
        <source>--layer picks a layer of a project (.outframe) to export.</source>
        <translation>--layer wählt eine Ebene eines Projekts (.outframe) zum Exportieren.</translation>
    </message>
    <message>
        <source>--layer must be a layer id, a whole number above 0.</source>
        <translation>--layer muss eine Ebenen-ID sein, eine ganze Zahl über 0.</translation>
    </message>
    <message>
        <source>--%1 does not apply when exporting a project.</source>
        <translation>--%1 gilt nicht beim Exportieren eines Projekts.</translation>
    </message>
    <message>
        <source>Give the canvas size with -W WIDTH and -H HEIGHT (in px), or --extend, --aspect or --formats.</source>
        <translation>Geben Sie die Leinwandgröße mit -W BREITE und -H HÖHE (in px) an, oder --extend, --aspect oder --formats.</translation>
    </message>
    <message>
        <source>Give one of -W/-H, --extend, --aspect and --formats.</source>
        <translation>Geben Sie genau eines von -W/-H, --extend, --aspect und --formats an.</translation>
    </message>
    <message>
        <source>--%1 applies with -W/-H only.</source>
        <translation>--%1 gilt nur zusammen mit -W/-H.</translation>
    </message>
    <message>
        <source>--anchor applies with --aspect or --formats.</source>
        <translation>--anchor gilt zusammen mit --aspect oder --formats.</translation>
    </message>
    <message>
        <source>--scale must be a number from %1 to %2 (1 keeps the size).</source>
        <translation>--scale muss eine Zahl von %1 bis %2 sein (1 behält die Größe).</translation>
    </message>
    <message>
        <source>Give the canvas size with -W WIDTH and -H HEIGHT (in px).</source>
        <translation>Geben Sie die Leinwandgröße mit -W BREITE und -H HÖHE (in px) an.</translation>
    </message>
    <message>
        <source>-W/--width must be a whole number of pixels.</source>
        <translation>-W/--width muss eine ganze Zahl von Pixeln sein.</translation>
    </message>
    <message>
        <source>-H/--height must be a whole number of pixels.</source>
        <translation>-H/--height muss eine ganze Zahl von Pixeln sein.</translation>
    </message>
    <message>
        <source>-x/--offset-x must be a whole number of pixels.</source>
        <translation>-x/--offset-x muss eine ganze Zahl von Pixeln sein.</translation>
    </message>
    <message>
        <source>-y/--offset-y must be a whole number of pixels.</source>
        <translation>-y/--offset-y muss eine ganze Zahl von Pixeln sein.</translation>
    </message>
    <message>
        <source>--extend: %1</source>
        <translation>--extend: %1</translation>
    </message>
    <message>
        <source>--anchor must be centre, left, right, top or bottom.</source>
        <translation>--anchor muss centre, left, right, top oder bottom sein.</translation>
    </message>
    <message>
        <source>--aspect must be a ratio such as 16:9 (whole numbers from 1 to 100).</source>
        <translation>--aspect muss ein Seitenverhältnis wie 16:9 sein (ganze Zahlen von 1 bis 100).</translation>
    </message>
    <message>
        <source>--mode must be high or fast.</source>
        <translation>--mode muss high oder fast sein.</translation>
    </message>
    <message>
        <source>--safety-tolerance must be a whole number from 0 to 5.</source>
        <translation>--safety-tolerance muss eine ganze Zahl von 0 bis 5 sein.</translation>
    </message>
</context>
<context>
    <name>outframe::CliRunner</name>
    <message>
        <source>The task is kept: Outframe fetches its result on its next start, or run “outframe-cli --resume”.</source>
        <translation>Die Aufgabe bleibt erhalten: Outframe holt ihr Ergebnis beim nächsten Start ab, oder führen Sie „outframe-cli --resume“ aus.</translation>
    </message>
    <message>
        <source>No API key: set BFL_API_KEY, or store a key in the app&apos;s Settings.</source>
        <translation>Kein API-Schlüssel: Setzen Sie BFL_API_KEY oder speichern Sie einen Schlüssel in den Einstellungen der App.</translation>
    </message>
    <message>
        <source>(No system keychain is running on this machine.)</source>
        <translation>(Auf diesem Rechner läuft kein Schlüsselbund des Systems.)</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>The folder for the outputs cannot be made: %1</source>
        <translation>Der Ordner für die Ausgaben kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The folder for the output does not exist: %1</source>
        <translation>Der Ordner für die Ausgabe existiert nicht: %1</translation>
    </message>
    <message>
        <source>The output “%1” is a folder; give a file name.</source>
        <translation>Die Ausgabe „%1“ ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>Done: %1
</source>
        <translation>Fertig: %1
</translation>
    </message>
    <message>
        <source>standard output is closed or full</source>
        <translation>die Standardausgabe ist geschlossen oder voll</translation>
    </message>
    <message>
        <source>The result could not be written to %1: %2 (it is saved at %3)</source>
        <translation>Das Ergebnis konnte nicht nach %1 geschrieben werden: %2 (es ist unter %3 gespeichert)</translation>
    </message>
    <message>
        <source>Seed: %1 (--seed %1 makes the same fill)
</source>
        <translation>Seed: %1 (--seed %1 erzeugt dieselbe Füllung)
</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
</context>
<context>
    <name>outframe::CredentialStore</name>
    <message>
        <source>No system keychain is running (Secret Service), so the API key cannot be kept there. Outframe never writes it to a plain file: set BFL_API_KEY in the environment instead.</source>
        <translation>Es läuft kein Schlüsselbund des Systems (Secret Service), daher kann der API-Schlüssel dort nicht aufbewahrt werden. Outframe schreibt ihn nie in eine einfache Datei: Setzen Sie stattdessen BFL_API_KEY in der Umgebung.</translation>
    </message>
    <message>
        <source>No system keychain is running (Secret Service); using BFL_API_KEY from the environment.</source>
        <translation>Es läuft kein Schlüsselbund des Systems (Secret Service); BFL_API_KEY aus der Umgebung wird verwendet.</translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>outframe::Document</name>
    <message>
        <source>Variation %1</source>
        <translation>Variante %1</translation>
    </message>
</context>
<context>
    <name>outframe::DocumentCommands</name>
    <message>
        <source>Rename Layer</source>
        <translation>Ebene umbenennen</translation>
    </message>
    <message>
        <source>Show/Hide Layer</source>
        <translation>Ebene ein-/ausblenden</translation>
    </message>
    <message>
        <source>Change Opacity</source>
        <translation>Deckkraft ändern</translation>
    </message>
    <message>
        <source>Star Layer</source>
        <translation>Ebene mit Stern markieren</translation>
    </message>
    <message>
        <source>Keep Original Pixels</source>
        <translation>Originalpixel behalten</translation>
    </message>
    <message>
        <source>Change Feather</source>
        <translation>Weiche Kante ändern</translation>
    </message>
    <message>
        <source>Colour Match</source>
        <translation>Farbangleich</translation>
    </message>
    <message>
        <source>Add Result</source>
        <translation>Ergebnis hinzufügen</translation>
    </message>
    <message>
        <source>Delete Layer</source>
        <translation>Ebene löschen</translation>
    </message>
    <message>
        <source>Reorder Layers</source>
        <translation>Ebenen neu anordnen</translation>
    </message>
</context>
<context>
    <name>outframe::Engine</name>
    <message>
        <source>The fill was cancelled.</source>
        <translation>Die Füllung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The canvas is empty.</source>
        <translation>Die Leinwand ist leer.</translation>
    </message>
    <message>
        <source>The canvas pixel buffer does not match its size.</source>
        <translation>Der Pixelpuffer der Leinwand passt nicht zu ihrer Größe.</translation>
    </message>
    <message>
        <source>The known-pixel mask does not match the canvas size.</source>
        <translation>Die Maske der bekannten Pixel passt nicht zur Größe der Leinwand.</translation>
    </message>
    <message>
        <source>The patch radius must be between 1 and 8 pixels.</source>
        <translation>Der Patch-Radius muss zwischen 1 und 8 Pixeln liegen.</translation>
    </message>
    <message>
        <source>The working resolution must be at least 4096 pixels.</source>
        <translation>Die Arbeitsauflösung muss mindestens 4096 Pixel betragen.</translation>
    </message>
    <message>
        <source>The final vote radius must be between 0 and 8 pixels.</source>
        <translation>Der Radius der letzten Abstimmung muss zwischen 0 und 8 Pixeln liegen.</translation>
    </message>
    <message>
        <source>The weight of known pixels must be between 1 and 16.</source>
        <translation>Das Gewicht bekannter Pixel muss zwischen 1 und 16 liegen.</translation>
    </message>
    <message>
        <source>The guide weight and the source costs must be small and not negative.</source>
        <translation>Das Gewicht der Führung und die Quellkosten müssen klein und dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>The layout transfer must be between 0 and 100 percent.</source>
        <translation>Die Übertragung des Layouts muss zwischen 0 und 100 Prozent liegen.</translation>
    </message>
    <message>
        <source>There is no reference image to extend.</source>
        <translation>Es gibt kein Referenzbild zum Erweitern.</translation>
    </message>
    <message>
        <source>The canvas has no pixels.</source>
        <translation>Die Leinwand hat keine Pixel.</translation>
    </message>
</context>
<context>
    <name>outframe::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export starred to</source>
        <translation>Markierte exportieren nach</translation>
    </message>
    <message>
        <source>%1 image (*.%2)</source>
        <translation>%1-Bild (*.%2)</translation>
    </message>
    <message>
        <source>lossless</source>
        <translation>verlustfrei</translation>
    </message>
    <message>
        <source>Full size: %1 × %2 px</source>
        <translation>Volle Größe: %1 × %2 px</translation>
    </message>
    <message>
        <source>Choose a folder that exists: “%1” does not.</source>
        <translation>Wählen Sie einen vorhandenen Ordner: „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” exists. Replace it?</source>
        <translation>„%1“ existiert bereits. Ersetzen?</translation>
    </message>
    <message numerus="yes">
        <source>Every &amp;starred variation (%n file(s))</source>
        <translation>
            <numerusform>Jede mit &amp;Stern markierte Variante (%n Datei)</numerusform>
            <numerusform>Jede mit &amp;Stern markierte Variante (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>At the original&apos;s full &amp;resolution (%1 × %2 px)</source>
        <translation>In der vollen &amp;Auflösung des Originals (%1 × %2 px)</translation>
    </message>
    <message>
        <source>At the original&apos;s full &amp;resolution (it was not scaled down)</source>
        <translation>In der vollen &amp;Auflösung des Originals (es wurde nicht verkleinert)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
</context>
<context>
    <name>outframe::Exporter</name>
    <message>
        <source>There is nothing to export.</source>
        <translation>Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>The encoder did not produce a full-size %1 image.</source>
        <translation>Der Encoder hat kein %1-Bild in voller Größe erzeugt.</translation>
    </message>
    <message>
        <source>Could not export “%1”: %2</source>
        <translation>„%1“ konnte nicht exportiert werden: %2</translation>
    </message>
    <message>
        <source>The layer to export no longer exists.</source>
        <translation>Die zu exportierende Ebene existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No variation is starred.</source>
        <translation>Keine Variante ist mit Stern markiert.</translation>
    </message>
</context>
<context>
    <name>outframe::FluxBackend</name>
    <message>
        <source>No API key: set BFL_API_KEY or store a key in Settings.</source>
        <translation>Kein API-Schlüssel: Setzen Sie BFL_API_KEY oder speichern Sie einen Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <source>The service&apos;s answer about credits could not be read.</source>
        <translation>Die Antwort des Dienstes zu den Credits konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not reach the service (%1).</source>
        <translation>Der Dienst ist nicht erreichbar (%1).</translation>
    </message>
</context>
<context>
    <name>outframe::FluxJob</name>
    <message>
        <source>The job may have been created on the service (and charged): check the usage page of your account at the provider before submitting again.</source>
        <translation>Der Auftrag wurde möglicherweise beim Dienst angelegt (und berechnet): Prüfen Sie die Nutzungsseite Ihres Kontos beim Anbieter, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>No API key: set BFL_API_KEY or store a key in Settings.</source>
        <translation>Kein API-Schlüssel: Setzen Sie BFL_API_KEY oder speichern Sie einen Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <source>Another Outframe process is already fetching this result.</source>
        <translation>Ein anderer Outframe-Prozess holt dieses Ergebnis bereits ab.</translation>
    </message>
    <message>
        <source>Nothing was sent: the task journal could not be written (%1). Without it a crash could lose the paid result. Free some disk space in %2 and try again.</source>
        <translation>Nichts wurde gesendet: Das Aufgabenjournal konnte nicht geschrieben werden (%1). Ohne es könnte ein Absturz das bezahlte Ergebnis verlieren. Geben Sie in %2 etwas Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The service did not answer in time (tried %n time(s)).</source>
        <translation>
            <numerusform>Der Dienst hat nicht rechtzeitig geantwortet (%n Versuch).</numerusform>
            <numerusform>Der Dienst hat nicht rechtzeitig geantwortet (%n Versuche).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach the service (%1).</source>
        <translation>Der Dienst ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>The service&apos;s answers could not be read.</source>
        <translation>Die Antworten des Dienstes konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The service said the result is ready but gave no address to download it.</source>
        <translation>Der Dienst meldet das Ergebnis als fertig, nannte aber keine Adresse zum Herunterladen.</translation>
    </message>
    <message>
        <source>The service asked Outframe to fetch the result from %1, which is not a bfl.ai address, so the API key was not sent there.</source>
        <translation>Der Dienst wollte, dass Outframe das Ergebnis von %1 abholt, das keine bfl.ai-Adresse ist; der API-Schlüssel wurde daher nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>The result&apos;s download link kept expiring.</source>
        <translation>Der Download-Link des Ergebnisses lief immer wieder ab.</translation>
    </message>
    <message>
        <source>the result</source>
        <translation>das Ergebnis</translation>
    </message>
    <message>
        <source>The result is %1 x %2 px instead of %3 x %4 px.</source>
        <translation>Das Ergebnis hat %1 x %2 px statt %3 x %4 px.</translation>
    </message>
    <message>
        <source>The service sent a damaged image (%1).</source>
        <translation>Der Dienst hat ein beschädigtes Bild gesendet (%1).</translation>
    </message>
    <message>
        <source>It is saved as %1.</source>
        <translation>Es ist als %1 gespeichert.</translation>
    </message>
    <message>
        <source>The result could not be saved: %1</source>
        <translation>Das Ergebnis konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The service does not know the setting “%1” and ignored it: the result was made with its default.</source>
        <translation>Der Dienst kennt die Einstellung „%1“ nicht und hat sie ignoriert: Das Ergebnis wurde mit ihrem Standardwert erzeugt.</translation>
    </message>
    <message>
        <source>The service does not know the settings “%1” and ignored them: the result was made with their defaults.</source>
        <translation>Der Dienst kennt die Einstellungen „%1“ nicht und hat sie ignoriert: Das Ergebnis wurde mit ihren Standardwerten erzeugt.</translation>
    </message>
    <message numerus="yes">
        <source>The job took longer than %n second(s) and was stopped.</source>
        <translation>
            <numerusform>Der Auftrag dauerte länger als %n Sekunde und wurde abgebrochen.</numerusform>
            <numerusform>Der Auftrag dauerte länger als %n Sekunden und wurde abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
</context>
<context>
    <name>outframe::FluxProtocol</name>
    <message>
        <source>The service accepted the job but its answer was not readable.</source>
        <translation>Der Dienst hat den Auftrag angenommen, aber seine Antwort war nicht lesbar.</translation>
    </message>
    <message>
        <source>The service accepted the job but sent no task id.</source>
        <translation>Der Dienst hat den Auftrag angenommen, aber keine Aufgaben-ID gesendet.</translation>
    </message>
    <message>
        <source>Out of credits — top up your account at the provider.</source>
        <translation>Keine Credits mehr – laden Sie Ihr Konto beim Anbieter auf.</translation>
    </message>
    <message>
        <source>The result&apos;s download link was refused.</source>
        <translation>Der Download-Link des Ergebnisses wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The API key was refused — check the key in Settings.</source>
        <translation>Der API-Schlüssel wurde abgelehnt – prüfen Sie den Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <source>The service no longer knows this task (it may have expired).</source>
        <translation>Der Dienst kennt diese Aufgabe nicht mehr (sie ist möglicherweise abgelaufen).</translation>
    </message>
    <message>
        <source>The service answered “not found” (HTTP 404).</source>
        <translation>Der Dienst antwortete „nicht gefunden“ (HTTP 404).</translation>
    </message>
    <message>
        <source>The service refused the request.</source>
        <translation>Der Dienst hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The service refused the request: %1</source>
        <translation>Der Dienst hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The service refused the request (HTTP 422).</source>
        <translation>Der Dienst hat die Anfrage abgelehnt (HTTP 422).</translation>
    </message>
    <message>
        <source>Too many jobs are running on this account; try again when some have finished.</source>
        <translation>Auf diesem Konto laufen zu viele Aufträge; versuchen Sie es erneut, wenn einige fertig sind.</translation>
    </message>
    <message>
        <source>The service is having trouble (HTTP %1); try again later.</source>
        <translation>Der Dienst hat Probleme (HTTP %1); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The service answered with an unexpected error (HTTP %1).</source>
        <translation>Der Dienst antwortete mit einem unerwarteten Fehler (HTTP %1).</translation>
    </message>
    <message>
        <source>The service could not generate the image.</source>
        <translation>Der Dienst konnte das Bild nicht erzeugen.</translation>
    </message>
    <message>
        <source>The service could not generate the image: %1</source>
        <translation>Der Dienst konnte das Bild nicht erzeugen: %1</translation>
    </message>
    <message>
        <source>The service flagged the input image and will not process it.</source>
        <translation>Der Dienst hat das Eingabebild beanstandet und verarbeitet es nicht.</translation>
    </message>
    <message>
        <source>The service flagged the generated image and withheld it.</source>
        <translation>Der Dienst hat das erzeugte Bild beanstandet und zurückgehalten.</translation>
    </message>
    <message>
        <source>The service flagged the generated image and withheld it (%1).</source>
        <translation>Der Dienst hat das erzeugte Bild beanstandet und zurückgehalten (%1).</translation>
    </message>
    <message>
        <source>Unexpected task state.</source>
        <translation>Unerwarteter Zustand der Aufgabe.</translation>
    </message>
</context>
<context>
    <name>outframe::FormatFrames</name>
    <message>
        <source>“%1” is not a ratio such as 4:5 (whole numbers from 1 to %2).</source>
        <translation>„%1“ ist kein Seitenverhältnis wie 4:5 (ganze Zahlen von 1 bis %2).</translation>
    </message>
    <message>
        <source>Give at least one ratio, such as 1:1,4:5,16:9.</source>
        <translation>Geben Sie mindestens ein Seitenverhältnis an, etwa 1:1,4:5,16:9.</translation>
    </message>
</context>
<context>
    <name>outframe::FrameRule</name>
    <message>
        <source>Give the growth of at least one side, such as left=25%,right=500.</source>
        <translation>Geben Sie an, um wie viel mindestens eine Seite wächst, etwa left=25%,right=500.</translation>
    </message>
    <message>
        <source>“%1” is not a side&apos;s growth such as left=25% or right=500 (sides: left, right, top, bottom).</source>
        <translation>„%1“ ist keine Angabe für das Wachstum einer Seite wie left=25% oder right=500 (Seiten: left, right, top, bottom).</translation>
    </message>
    <message>
        <source>The side %1 is given twice.</source>
        <translation>Die Seite %1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>“%1”: a side grows by 0 to %2 px or 0 to %3 of the image.</source>
        <translation>„%1“: Eine Seite wächst um 0 bis %2 px oder 0 bis %3 des Bildes.</translation>
    </message>
</context>
<context>
    <name>outframe::GeneratePanel</name>
    <message>
        <source>FLUX (online)</source>
        <translation>FLUX (online)</translation>
    </message>
    <message>
        <source>Offline engine</source>
        <translation>Offline-Engine</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>&amp;Engine</source>
        <translation>&amp;Engine</translation>
    </message>
    <message>
        <source>Optional: what should appear around the image</source>
        <translation>Optional: was um das Bild herum erscheinen soll</translation>
    </message>
    <message>
        <source>&amp;Prompt</source>
        <translation>&amp;Prompt</translation>
    </message>
    <message>
        <source>High quality</source>
        <translation>Hohe Qualität</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Schnell</translation>
    </message>
    <message>
        <source>Fast is much quicker and usually cheaper</source>
        <translation>Schnell ist viel flotter und meist günstiger</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Modus</translation>
    </message>
    <message>
        <source>0 is the strictest moderation, 5 the most permissive</source>
        <translation>0 ist die strengste Moderation, 5 die freizügigste</translation>
    </message>
    <message>
        <source>Each variation is a separate job, run side by side</source>
        <translation>Jede Variante ist ein eigener Auftrag; sie laufen nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Variations</source>
        <translation>&amp;Varianten</translation>
    </message>
    <message>
        <source>&amp;Safety</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Generate the surroundings</source>
        <translation>Die Umgebung erzeugen</translation>
    </message>
</context>
<context>
    <name>outframe::GenerationController</name>
    <message>
        <source>Looking for your API key…</source>
        <translation>Ihr API-Schlüssel wird gesucht …</translation>
    </message>
    <message>
        <source>Set your FLUX API key in Settings (Ctrl+,) or in BFL_API_KEY, or choose the offline engine.</source>
        <translation>Setzen Sie Ihren FLUX-API-Schlüssel in den Einstellungen (Strg+,) oder in BFL_API_KEY, oder wählen Sie die Offline-Engine.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>%2 of %3 · %1</source>
        <translation>%2 von %3 · %1</translation>
    </message>
</context>
<context>
    <name>outframe::History</name>
    <message>
        <source>The sidecar is not valid JSON (%1).</source>
        <translation>Die Begleitdatei ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>There is no sidecar; only the image is known.</source>
        <translation>Es gibt keine Begleitdatei; nur das Bild ist bekannt.</translation>
    </message>
    <message>
        <source>The sidecar is implausibly large.</source>
        <translation>Die Begleitdatei ist unplausibel groß.</translation>
    </message>
    <message>
        <source>The sidecar cannot be read: %1</source>
        <translation>Die Begleitdatei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>outframe::HistoryBrowser</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>offline engine</source>
        <translation>Offline-Engine</translation>
    </message>
    <message>
        <source>FLUX</source>
        <translation>FLUX</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>Prompt: %1</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Cost: %1 credits</source>
        <translation>Kosten: %1 Credits</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Zeit: %1</translation>
    </message>
    <message>
        <source>Made from: %1</source>
        <translation>Erzeugt aus: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner …</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Results in</source>
        <translation>Ergebnisse in</translation>
    </message>
    <message>
        <source>Add to Project</source>
        <translation>Zum Projekt hinzufügen</translation>
    </message>
    <message>
        <source>Results folder</source>
        <translation>Ergebnisordner</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>No results in this folder yet.</source>
        <translation>Noch keine Ergebnisse in diesem Ordner.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Select to see details; add them to the project as layers.</source>
        <translation>
            <numerusform>%n Ergebnis. Auswählen, um Details zu sehen; fügen Sie es dem Projekt als Ebene hinzu.</numerusform>
            <numerusform>%n Ergebnisse. Auswählen, um Details zu sehen; fügen Sie sie dem Projekt als Ebenen hinzu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) selected.</source>
        <translation>
            <numerusform>%n Ergebnis ausgewählt.</numerusform>
            <numerusform>%n Ergebnisse ausgewählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outframe::HowToOutpaint</name>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Open an image&lt;/b&gt;:%1, drop a file or paste one. It appears centred in the frame: the canvas that will be filled.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Place it&lt;/b&gt;: drag the image or use the arrow keys (Shift: 10 px); drag the frame&apos;s handles or type its size and the margins in the Placement panel (Tab moves between the fields). Each change is one undo step:%2.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Generate&lt;/b&gt;:%3. Without an API key (Settings:%4) the offline engine fills the surround on this computer; with one, FLUX does. The Jobs list shows each job&apos;s progress; several variations can run at once.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Pick and export&lt;/b&gt;: the results wait in the strip over the canvas; hover one or press Left/Right to see it, Enter keeps it as a layer and Esc drops them. Then export it as PNG, JPEG or WebP:%5.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Help › Keyboard and Mouse lists every shortcut.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Bild öffnen&lt;/b&gt;:%1, eine Datei ablegen oder ein Bild einfügen. Es erscheint zentriert im Rahmen: der Leinwand, die gefüllt wird.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Platzieren&lt;/b&gt;: das Bild ziehen oder mit den Pfeiltasten verschieben (Umschalt: 10 px); die Griffe des Rahmens ziehen oder seine Größe und die Ränder im Bereich Platzierung eingeben (Tab wechselt zwischen den Feldern). Jede Änderung ist ein Rückgängig-Schritt:%2.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Erzeugen&lt;/b&gt;:%3. Ohne API-Schlüssel (Einstellungen:%4) füllt die Offline-Engine die Umgebung auf diesem Computer; mit einem Schlüssel tut es FLUX. Die Auftragsliste zeigt den Fortschritt jedes Auftrags; mehrere Varianten können gleichzeitig laufen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Auswählen und exportieren&lt;/b&gt;: Die Ergebnisse warten in der Leiste über der Leinwand; zeigen Sie auf eines oder drücken Sie Links/Rechts, um es zu sehen, Eingabe behält es als Ebene und Esc verwirft sie. Dann als PNG, JPEG oder WebP exportieren:%5.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Hilfe › Tastatur und Maus listet alle Tastenkürzel auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How to outpaint</source>
        <translation>So funktioniert Outpainting</translation>
    </message>
</context>
<context>
    <name>outframe::ImageIO</name>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes).</source>
        <translation>die Datei ist leer (0 Byte).</translation>
    </message>
    <message>
        <source>the file could not be read completely.</source>
        <translation>die Datei konnte nicht vollständig gelesen werden.</translation>
    </message>
    <message>
        <source>there is no data (0 bytes).</source>
        <translation>es gibt keine Daten (0 Byte).</translation>
    </message>
    <message>
        <source>the file is truncated (the JPEG data ends early).</source>
        <translation>die Datei ist abgeschnitten (die JPEG-Daten enden zu früh).</translation>
    </message>
    <message>
        <source>this is not an image Outframe can read (PNG, JPEG, WebP, TIFF or BMP).</source>
        <translation>dies ist kein Bild, das Outframe lesen kann (PNG, JPEG, WebP, TIFF oder BMP).</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (its header gives no image size).</source>
        <translation>die Datei ist beschädigt oder abgeschnitten (ihr Kopf nennt keine Bildgröße).</translation>
    </message>
    <message>
        <source>the image has no pixels.</source>
        <translation>das Bild hat keine Pixel.</translation>
    </message>
    <message>
        <source>its dimensions (%1 × %2 px, %3 MP) exceed the limit of %4 megapixels (%5 of memory for one image).</source>
        <translation>seine Abmessungen (%1 × %2 px, %3 MP) überschreiten die Grenze von %4 Megapixeln (%5 Speicher für ein Bild).</translation>
    </message>
    <message>
        <source>the file is damaged or truncated.</source>
        <translation>die Datei ist beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <source>the image data could not be decoded.</source>
        <translation>die Bilddaten konnten nicht dekodiert werden.</translation>
    </message>
    <message>
        <source>Could not encode the image as %1: %2</source>
        <translation>Das Bild konnte nicht als %1 kodiert werden: %2</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>der Datenträger ist voll; geben Sie Speicherplatz frei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the disk is read-only; choose another folder</source>
        <translation>der Datenträger ist schreibgeschützt; wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <source>permission denied; choose another folder</source>
        <translation>Zugriff verweigert; wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>der Datenträger meldete einen Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <source>the write failed for an unknown reason</source>
        <translation>das Schreiben ist aus unbekanntem Grund fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>outframe::ImageIntake</name>
    <message>
        <source>There is no image in %1.</source>
        <translation>In %1 ist kein Bild.</translation>
    </message>
    <message numerus="yes">
        <source>%n files dropped: %1 becomes the reference (one image at a time).</source>
        <translation>
            <numerusform>%n Datei abgelegt: %1 wird das Referenzbild (ein Bild zur Zeit).</numerusform>
            <numerusform>%n Dateien abgelegt: %1 wird das Referenzbild (ein Bild zur Zeit).</numerusform>
        </translation>
    </message>
    <message>
        <source>Image from %1</source>
        <translation>Bild aus %1</translation>
    </message>
    <message>
        <source>There is no image in %1. Drop or paste an image file, image data or a link to an image.</source>
        <translation>In %1 ist kein Bild. Legen Sie eine Bilddatei, Bilddaten oder einen Link auf ein Bild ab oder fügen Sie sie ein.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Cannot open %1: only files and http(s) links can be opened.</source>
        <translation>%1 kann nicht geöffnet werden: Nur Dateien und http(s)-Links lassen sich öffnen.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen …</translation>
    </message>
    <message>
        <source>Could not download %1: the download was stopped.</source>
        <translation>%1 konnte nicht heruntergeladen werden: Der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 was converted to sRGB from its embedded colour profile.</source>
        <translation>%1 wurde aus seinem eingebetteten Farbprofil nach sRGB umgerechnet.</translation>
    </message>
</context>
<context>
    <name>outframe::ImageMetadata</name>
    <message>
        <source>The PNG data is not valid.</source>
        <translation>Die PNG-Daten sind ungültig.</translation>
    </message>
    <message>
        <source>The JPEG data is not valid.</source>
        <translation>Die JPEG-Daten sind ungültig.</translation>
    </message>
    <message>
        <source>The metadata is too large for a JPEG segment.</source>
        <translation>Die Metadaten sind zu groß für ein JPEG-Segment.</translation>
    </message>
    <message>
        <source>The WebP data is not valid.</source>
        <translation>Die WebP-Daten sind ungültig.</translation>
    </message>
    <message>
        <source>The WebP data has an unknown layout.</source>
        <translation>Die WebP-Daten haben einen unbekannten Aufbau.</translation>
    </message>
</context>
<context>
    <name>outframe::JobQueue</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Abgebrochen, bevor er begann.</translation>
    </message>
</context>
<context>
    <name>outframe::JobStatus</name>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Wird vorbereitet</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Waiting for the service</source>
        <translation>Warten auf den Dienst</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Wird erzeugt</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>outframe::JobsPanel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>%1 cr</source>
        <translation>%1 Cr</translation>
    </message>
    <message>
        <source>Remove finished</source>
        <translation>Fertige entfernen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Cancel this job (Del)</source>
        <translation>Diesen Auftrag abbrechen (Entf)</translation>
    </message>
    <message>
        <source>Run this job again</source>
        <translation>Diesen Auftrag erneut ausführen</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <source>The task is kept: Outframe fetches its result on its next start.</source>
        <translation>Die Aufgabe bleibt erhalten: Outframe holt ihr Ergebnis beim nächsten Start ab.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
</context>
<context>
    <name>outframe::KeyPolicy</name>
    <message>
        <source>The service address “%1” is not allowed: use an https:// address (http:// only on this computer) with no query.</source>
        <translation>Die Dienstadresse „%1“ ist nicht erlaubt: Verwenden Sie eine https://-Adresse (http:// nur auf diesem Computer) ohne Abfrageteil.</translation>
    </message>
</context>
<context>
    <name>outframe::KeychainCredentialStore</name>
    <message>
        <source>The API key is stored in the system keychain.</source>
        <translation>Der API-Schlüssel ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The keychain refused to store the key.</source>
        <translation>Der Schlüsselbund hat das Speichern des Schlüssels abgelehnt.</translation>
    </message>
    <message>
        <source>The stored API key was removed.</source>
        <translation>Der gespeicherte API-Schlüssel wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>outframe::LayerListModel</name>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>FLUX</source>
        <translation>FLUX</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 Credits</translation>
    </message>
</context>
<context>
    <name>outframe::LayersPanel</name>
    <message>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>★ Star</source>
        <translation>★ Stern</translation>
    </message>
    <message>
        <source>Star this variation (S); starred ones export together</source>
        <translation>Diese Variante mit Stern markieren (S); markierte werden zusammen exportiert</translation>
    </message>
    <message>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <source>Move up the stack</source>
        <translation>Im Stapel nach oben</translation>
    </message>
    <message>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <source>Move down the stack</source>
        <translation>Im Stapel nach unten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this layer (Del); undo brings it back</source>
        <translation>Diese Ebene löschen (Entf); Rückgängig holt sie zurück</translation>
    </message>
    <message>
        <source>Keep original pixels</source>
        <translation>Originalpixel behalten</translation>
    </message>
    <message>
        <source>Put the original back exactly where it was sent</source>
        <translation>Das Original genau dort wieder einsetzen, wo es gesendet wurde</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Blend the original&apos;s border into the result over this width</source>
        <translation>Den Rand des Originals über diese Breite in das Ergebnis überblenden</translation>
    </message>
    <message>
        <source>Colour match at the seam</source>
        <translation>Farbangleich an der Naht</translation>
    </message>
    <message>
        <source>Remove the result&apos;s colour shift against the original</source>
        <translation>Die Farbverschiebung des Ergebnisses gegenüber dem Original entfernen</translation>
    </message>
    <message>
        <source>Compare: the original on the left, the result on the right. Hold \ to see the original alone.</source>
        <translation>Vergleich: links das Original, rechts das Ergebnis. Halten Sie \ gedrückt, um nur das Original zu sehen.</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <source>Feather</source>
        <translation>Weiche Kante</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Delete Layer</source>
        <translation>Ebene löschen</translation>
    </message>
    <message>
        <source>Star variation</source>
        <translation>Variante mit Stern markieren</translation>
    </message>
    <message>
        <source>Move layer up</source>
        <translation>Ebene nach oben</translation>
    </message>
    <message>
        <source>Move layer down</source>
        <translation>Ebene nach unten</translation>
    </message>
    <message>
        <source>The results you keep appear here as layers. Generate and keep one from the strip under the canvas, or bring one back from History.</source>
        <translation>Die Ergebnisse, die Sie behalten, erscheinen hier als Ebenen. Erzeugen Sie und behalten Sie eines aus der Leiste unter der Leinwand, oder holen Sie eines aus dem Verlauf zurück.</translation>
    </message>
</context>
<context>
    <name>outframe::LocalJob</name>
    <message>
        <source>There is no reference image to extend.</source>
        <translation>Es gibt kein Referenzbild zum Erweitern.</translation>
    </message>
    <message>
        <source>The reference could not be prepared.</source>
        <translation>Das Referenzbild konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>The fill was cancelled.</source>
        <translation>Die Füllung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>outframe::MainWindow</name>
    <message>
        <source>Your FLUX balance (Settings to refresh)</source>
        <translation>Ihr FLUX-Guthaben (Einstellungen zum Aktualisieren)</translation>
    </message>
    <message>
        <source>Zoom %1</source>
        <translation>Zoom %1</translation>
    </message>
    <message>
        <source>Balance %1 credits</source>
        <translation>Guthaben %1 Credits</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Result saved to %1</source>
        <translation>Ergebnis gespeichert unter %1</translation>
    </message>
    <message>
        <source>No FLUX API key is set: Generate uses the offline engine. Add a key in Settings (Ctrl+,) to use FLUX.</source>
        <translation>Kein FLUX-API-Schlüssel gesetzt: Erzeugen verwendet die Offline-Engine. Fügen Sie in den Einstellungen (Strg+,) einen Schlüssel hinzu, um FLUX zu verwenden.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n job(s) left unfinished last time.</source>
        <translation>
            <numerusform>%n beim letzten Mal unfertiger Auftrag wird abgeholt.</numerusform>
            <numerusform>%n beim letzten Mal unfertige Aufträge werden abgeholt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Jobs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aufträge&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>Bild &amp;einfügen</translation>
    </message>
    <message>
        <source>F&amp;rame</source>
        <translation>&amp;Rahmen</translation>
    </message>
    <message>
        <source>&amp;Fit Frame to 4 MP</source>
        <translation>Rahmen auf 4 MP &amp;anpassen</translation>
    </message>
    <message>
        <source>&amp;Extend by 25 % on Each Side</source>
        <translation>Auf jeder Seite um 25 % &amp;erweitern</translation>
    </message>
    <message>
        <source>&amp;Centre Image</source>
        <translation>Bild &amp;zentrieren</translation>
    </message>
    <message>
        <source>&amp;Ratio</source>
        <translation>&amp;Seitenverhältnis</translation>
    </message>
    <message>
        <source>The Image&apos;s Own</source>
        <translation>Das des Bildes</translation>
    </message>
    <message>
        <source>of the image</source>
        <translation>des Bildes</translation>
    </message>
    <message>
        <source>&amp;Snap to Frame</source>
        <translation>Am Rahmen &amp;einrasten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit in Window</source>
        <translation>In &amp;Fenster einpassen</translation>
    </message>
    <message>
        <source>&amp;Actual Pixels (100 %)</source>
        <translation>&amp;Originalgröße (100 %)</translation>
    </message>
    <message>
        <source>Show &amp;Result</source>
        <translation>&amp;Ergebnis anzeigen</translation>
    </message>
    <message>
        <source>Switch between the latest result and the bare placement</source>
        <translation>Zwischen dem neuesten Ergebnis und der bloßen Platzierung wechseln</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>&amp;Batch…</source>
        <translation>&amp;Stapelverarbeitung …</translation>
    </message>
    <message>
        <source>Several images, or this one in every format, into a folder</source>
        <translation>Mehrere Bilder oder dieses in jedem Format in einen Ordner</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard and Mouse</source>
        <translation>&amp;Tastatur und Maus</translation>
    </message>
    <message>
        <source>&amp;About Outframe</source>
        <translation>Ü&amp;ber Outframe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.tif *.tiff *.bmp);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.tif *.tiff *.bmp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>die Zwischenablage</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 px: to leave room around it within the service&apos;s 4 MP limit, it starts scaled to %4 (%5 × %6 px). Full resolution (Image panel) makes the surround at its own size instead, by several jobs.</source>
        <translation>%1 hat %2 × %3 px: Damit innerhalb der 4-MP-Grenze des Dienstes Platz um das Bild bleibt, beginnt es auf %4 skaliert (%5 × %6 px). „Volle Auflösung“ (Bereich Bild) erzeugt die Umgebung stattdessen in seiner eigenen Größe, mit mehreren Aufträgen.</translation>
    </message>
    <message>
        <source>%1: %2 × %3 px</source>
        <translation>%1: %2 × %3 px</translation>
    </message>
    <message>
        <source>Open an image first.</source>
        <translation>Öffnen Sie zuerst ein Bild.</translation>
    </message>
    <message>
        <source>Wait for the image to finish loading.</source>
        <translation>Warten Sie, bis das Bild fertig geladen ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) started.</source>
        <translation>
            <numerusform>%n Auftrag gestartet.</numerusform>
            <numerusform>%n Aufträge gestartet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1[*] — Outframe</source>
        <translation>%1[*] – Outframe</translation>
    </message>
    <message>
        <source>Keyboard and mouse</source>
        <translation>Tastatur und Maus</translation>
    </message>
    <message>
        <source>the drop</source>
        <translation>das Ablegen</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>das Schließen</translation>
    </message>
    <message>
        <source>Generate &amp;Again with This Seed</source>
        <translation>Mit diesem Seed &amp;erneut erzeugen</translation>
    </message>
    <message>
        <source>The shown offline result made again, pixel for pixel, with its seed, placement and settings</source>
        <translation>Das angezeigte Offline-Ergebnis Pixel für Pixel neu erzeugen, mit seinem Seed, seiner Platzierung und seinen Einstellungen</translation>
    </message>
    <message>
        <source>Making %1 again with seed %2.</source>
        <translation>%1 wird mit Seed %2 erneut erzeugt.</translation>
    </message>
    <message>
        <source>&amp;How to Outpaint</source>
        <translation>&amp;So funktioniert Outpainting</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Drag the image&lt;/b&gt;&lt;/td&gt;&lt;td&gt;move it (Shift: along one axis)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+drag the image&lt;/b&gt;&lt;/td&gt;&lt;td&gt;scale it about its centre&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Drag a handle or edge&lt;/b&gt;&lt;/td&gt;&lt;td&gt;resize the frame (Shift: keep ratio, Alt: about the centre)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl while dragging&lt;/b&gt;&lt;/td&gt;&lt;td&gt;no snapping&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cancel the drag in progress&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Arrows / Shift+arrows&lt;/b&gt;&lt;/td&gt;&lt;td&gt;nudge the image 1 / 10 px&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Wheel, pinch&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zoom around the pointer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Two-finger scroll&lt;/b&gt;&lt;/td&gt;&lt;td&gt;pan (Ctrl: zoom)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space+drag, middle drag, drag empty space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;pan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+0 / Ctrl+1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;fit / 100 %&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo / redo (one step per drag)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+4 / Ctrl+Shift+E / Ctrl+Shift+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;fit frame to 4 MP / extend 25 % / centre image&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;paste an image&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;generate&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+B&lt;/b&gt;&lt;/td&gt;&lt;td&gt;batch: several images, or every format&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;settings: API key, region, results folder&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Left / Right, Enter, Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;with results in the strip: show each, keep the shown one, discard them&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+Return&lt;/b&gt;&lt;/td&gt;&lt;td&gt;generate again with the shown result&apos;s seed&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;show or hide the result&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;[ / ]&lt;/b&gt;&lt;/td&gt;&lt;td&gt;previous / next variation, shown alone&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Hold \&lt;/b&gt;&lt;/td&gt;&lt;td&gt;see the original instead of the result&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;S / Del&lt;/b&gt;&lt;/td&gt;&lt;td&gt;star / delete the selected layer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E / Ctrl+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;export / copy the result&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S / Ctrl+Shift+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;save / open a project&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+H&lt;/b&gt;&lt;/td&gt;&lt;td&gt;History of saved results&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Bild ziehen&lt;/b&gt;&lt;/td&gt;&lt;td&gt;verschieben (Umschalt: entlang einer Achse)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Bild ziehen&lt;/b&gt;&lt;/td&gt;&lt;td&gt;um seine Mitte skalieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Griff oder Kante ziehen&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Rahmengröße ändern (Umschalt: Seitenverhältnis behalten, Alt: um die Mitte)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg beim Ziehen&lt;/b&gt;&lt;/td&gt;&lt;td&gt;kein Einrasten&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;laufendes Ziehen abbrechen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Pfeiltasten / Umschalt+Pfeiltasten&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Bild um 1 / 10 px verschieben&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Mausrad, Zusammenziehen&lt;/b&gt;&lt;/td&gt;&lt;td&gt;um den Mauszeiger zoomen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Mit zwei Fingern scrollen&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ansicht verschieben (Strg: zoomen)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Leertaste+Ziehen, mittlere Taste, leere Fläche ziehen&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ansicht verschieben&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+0 / Strg+1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;einpassen / 100 %&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Z / Strg+Umschalt+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;rückgängig / wiederherstellen (ein Schritt pro Ziehen)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+4 / Strg+Umschalt+E / Strg+Umschalt+M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Rahmen auf 4 MP anpassen / um 25 % erweitern / Bild zentrieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ein Bild einfügen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Eingabe&lt;/b&gt;&lt;/td&gt;&lt;td&gt;erzeugen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Umschalt+B&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Stapelverarbeitung: mehrere Bilder oder jedes Format&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Einstellungen: API-Schlüssel, Region, Ergebnisordner&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Links / Rechts, Eingabe, Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;mit Ergebnissen in der Leiste: jedes anzeigen, das angezeigte behalten, alle verwerfen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Umschalt+Eingabe&lt;/b&gt;&lt;/td&gt;&lt;td&gt;mit dem Seed des angezeigten Ergebnisses erneut erzeugen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ergebnis ein- oder ausblenden&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;[ / ]&lt;/b&gt;&lt;/td&gt;&lt;td&gt;vorherige / nächste Variante, allein angezeigt&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;\ gedrückt halten&lt;/b&gt;&lt;/td&gt;&lt;td&gt;das Original statt des Ergebnisses sehen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;S / Entf&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ausgewählte Ebene mit Stern markieren / löschen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+E / Strg+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ergebnis exportieren / kopieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+S / Strg+Umschalt+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Projekt speichern / öffnen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+H&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Verlauf der gespeicherten Ergebnisse&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>outframe::MarginFields</name>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Add on the %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>top</source>
        <translation>oben</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>unten</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Oben</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Unten</translation>
    </message>
    <message>
        <source>Add to Frame</source>
        <translation>Zum Rahmen hinzufügen</translation>
    </message>
    <message>
        <source>Grow the frame by these pixels on each side (Enter in a field)</source>
        <translation>Den Rahmen auf jeder Seite um diese Pixel vergrößern (Eingabe in einem Feld)</translation>
    </message>
</context>
<context>
    <name>outframe::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>outframe::NumberFormat</name>
    <message>
        <source>%1 MP</source>
        <translation>%1 MP</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>%1 $</translation>
    </message>
</context>
<context>
    <name>outframe::OutpaintRequest</name>
    <message>
        <source>There is no image.</source>
        <translation>Es gibt kein Bild.</translation>
    </message>
    <message>
        <source>The placement was made for another image.</source>
        <translation>Die Platzierung wurde für ein anderes Bild erstellt.</translation>
    </message>
    <message>
        <source>Safety tolerance must be between 0 and 5.</source>
        <translation>Die Sicherheitstoleranz muss zwischen 0 und 5 liegen.</translation>
    </message>
</context>
<context>
    <name>outframe::OutputWriter</name>
    <message>
        <source>The image could not be encoded as %1.</source>
        <translation>Das Bild konnte nicht als %1 kodiert werden.</translation>
    </message>
</context>
<context>
    <name>outframe::Placement</name>
    <message>
        <source>There is no image to outpaint yet.</source>
        <translation>Es gibt noch kein Bild zum Erweitern.</translation>
    </message>
    <message>
        <source>The canvas is %1 × %2 px; each side must be at least %3 px.</source>
        <translation>Die Leinwand hat %1 × %2 px; jede Seite muss mindestens %3 px groß sein.</translation>
    </message>
    <message>
        <source>The canvas is %1 × %2 = %3 px; the service allows at most %4 px (%5).</source>
        <translation>Die Leinwand hat %1 × %2 = %3 px; der Dienst erlaubt höchstens %4 px (%5).</translation>
    </message>
    <message>
        <source>The image lies entirely outside the canvas; move it back onto the frame.</source>
        <translation>Das Bild liegt vollständig außerhalb der Leinwand; schieben Sie es zurück auf den Rahmen.</translation>
    </message>
    <message>
        <source>The image extends beyond the canvas; move it inside the frame or turn on auto-crop.</source>
        <translation>Das Bild ragt über die Leinwand hinaus; schieben Sie es in den Rahmen oder schalten Sie den Auto-Zuschnitt ein.</translation>
    </message>
    <message>
        <source>At scale %1 the image would be %2; scale it down (at most %3).</source>
        <translation>Bei Maßstab %1 hätte das Bild %2; verkleinern Sie es (höchstens %3).</translation>
    </message>
</context>
<context>
    <name>outframe::PlacementPanel</name>
    <message>
        <source>Frame</source>
        <translation>Rahmen</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Frame width</source>
        <translation>Rahmenbreite</translation>
    </message>
    <message>
        <source>Frame height</source>
        <translation>Rahmenhöhe</translation>
    </message>
    <message>
        <source>&amp;H</source>
        <translation>&amp;H</translation>
    </message>
    <message>
        <source>&amp;W</source>
        <translation>&amp;B</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Anker</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Make the frame %1</source>
        <translation>Rahmen auf %1 setzen</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Give the frame the image&apos;s own ratio</source>
        <translation>Dem Rahmen das Seitenverhältnis des Bildes geben</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Seitenverhältnis</translation>
    </message>
    <message>
        <source>Fit to 4 MP</source>
        <translation>Auf 4 MP anpassen</translation>
    </message>
    <message>
        <source>Grow or shrink the frame, keeping its ratio, to the largest size the service allows</source>
        <translation>Den Rahmen unter Beibehaltung seines Seitenverhältnisses auf die größte Größe bringen, die der Dienst erlaubt</translation>
    </message>
    <message>
        <source>Extend 25 %</source>
        <translation>25 % erweitern</translation>
    </message>
    <message>
        <source>Grow the frame by 25 % on each side the anchor lets move</source>
        <translation>Den Rahmen auf jeder Seite, die der Anker freigibt, um 25 % vergrößern</translation>
    </message>
    <message>
        <source>Image left edge</source>
        <translation>Linke Bildkante</translation>
    </message>
    <message>
        <source>Image top edge</source>
        <translation>Obere Bildkante</translation>
    </message>
    <message>
        <source>centred</source>
        <translation>zentriert</translation>
    </message>
    <message>
        <source>Keep the image centred horizontally whatever the frame&apos;s width</source>
        <translation>Das Bild horizontal zentriert halten, unabhängig von der Rahmenbreite</translation>
    </message>
    <message>
        <source>Keep the image centred vertically whatever the frame&apos;s height</source>
        <translation>Das Bild vertikal zentriert halten, unabhängig von der Rahmenhöhe</translation>
    </message>
    <message>
        <source>&amp;X</source>
        <translation>&amp;X</translation>
    </message>
    <message>
        <source>&amp;Y</source>
        <translation>&amp;Y</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Image scale</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source>The image is resampled to this size before it is sent. Alt+drag on the image scales it on the canvas.</source>
        <translation>Das Bild wird vor dem Senden auf diese Größe umgerechnet. Alt+Ziehen auf dem Bild skaliert es auf der Leinwand.</translation>
    </message>
    <message>
        <source>&amp;Scale</source>
        <translation>&amp;Skalierung</translation>
    </message>
    <message>
        <source>Centre image</source>
        <translation>Bild zentrieren</translation>
    </message>
    <message>
        <source>Centre the image on both axes</source>
        <translation>Das Bild auf beiden Achsen zentrieren</translation>
    </message>
    <message>
        <source>Auto-crop outside the frame</source>
        <translation>Außerhalb des Rahmens automatisch zuschneiden</translation>
    </message>
    <message>
        <source>The service cuts off the shaded part of the image that lies outside the frame. Off: the image must lie inside the frame.</source>
        <translation>Der Dienst schneidet den schattierten Teil des Bildes ab, der außerhalb des Rahmens liegt. Aus: Das Bild muss im Rahmen liegen.</translation>
    </message>
    <message>
        <source>Full resolution</source>
        <translation>Volle Auflösung</translation>
    </message>
    <message>
        <source>Make the surround at the image&apos;s own resolution: the image goes to 100 % and the frame grows with it. A frame over 4 MP is made by several jobs, outlined on the canvas.</source>
        <translation>Die Umgebung in der eigenen Auflösung des Bildes erzeugen: Das Bild geht auf 100 % und der Rahmen wächst mit. Ein Rahmen über 4 MP wird von mehreren Aufträgen erzeugt, die auf der Leinwand umrissen sind.</translation>
    </message>
    <message>
        <source>Snap to the frame&apos;s edges and centre</source>
        <translation>An den Kanten und der Mitte des Rahmens einrasten</translation>
    </message>
    <message>
        <source>Hold Ctrl while dragging to place freely</source>
        <translation>Strg beim Ziehen gedrückt halten, um frei zu platzieren</translation>
    </message>
    <message>
        <source>Set frame width</source>
        <translation>Rahmenbreite festlegen</translation>
    </message>
    <message>
        <source>Set frame height</source>
        <translation>Rahmenhöhe festlegen</translation>
    </message>
    <message>
        <source>Set image X</source>
        <translation>Bild-X festlegen</translation>
    </message>
    <message>
        <source>Set image Y</source>
        <translation>Bild-Y festlegen</translation>
    </message>
    <message>
        <source>Centre image horizontally</source>
        <translation>Bild horizontal zentrieren</translation>
    </message>
    <message>
        <source>Pin image X</source>
        <translation>Bild-X fixieren</translation>
    </message>
    <message>
        <source>Centre image vertically</source>
        <translation>Bild vertikal zentrieren</translation>
    </message>
    <message>
        <source>Pin image Y</source>
        <translation>Bild-Y fixieren</translation>
    </message>
    <message>
        <source>Scale image</source>
        <translation>Bild skalieren</translation>
    </message>
    <message>
        <source>Add to frame</source>
        <translation>Zum Rahmen hinzufügen</translation>
    </message>
    <message>
        <source>Turn auto-crop on</source>
        <translation>Auto-Zuschnitt einschalten</translation>
    </message>
    <message>
        <source>Turn auto-crop off</source>
        <translation>Auto-Zuschnitt ausschalten</translation>
    </message>
    <message>
        <source>Frame ratio %1</source>
        <translation>Seitenverhältnis des Rahmens %1</translation>
    </message>
    <message>
        <source>Fit frame to 4 MP</source>
        <translation>Rahmen auf 4 MP anpassen</translation>
    </message>
    <message>
        <source>Extend frame by 25 %</source>
        <translation>Rahmen um 25 % erweitern</translation>
    </message>
    <message>
        <source>%1 × %2 px, sent at full size</source>
        <translation>%1 × %2 px, in voller Größe gesendet</translation>
    </message>
    <message>
        <source>%1 × %2 px, sent as %3 × %4 px</source>
        <translation>%1 × %2 px, gesendet als %3 × %4 px</translation>
    </message>
    <message>
        <source>Aspect ratio %1</source>
        <translation>Seitenverhältnis %1</translation>
    </message>
</context>
<context>
    <name>outframe::PlacementSummary</name>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>%1 × %2 px · %3</source>
        <translation>%1 × %2 px · %3</translation>
    </message>
    <message>
        <source>free: runs on this computer</source>
        <translation>kostenlos: läuft auf diesem Computer</translation>
    </message>
    <message>
        <source>The offline engine needs no key and no network, and costs nothing.</source>
        <translation>Die Offline-Engine braucht keinen Schlüssel und kein Netzwerk und kostet nichts.</translation>
    </message>
    <message>
        <source>An estimate: %1 billed megapixels at the rate the service charged for your last %2 job.</source>
        <translation>Eine Schätzung: %1 berechnete Megapixel zu dem Preis, den der Dienst für Ihren letzten %2-Auftrag berechnet hat.</translation>
    </message>
    <message>
        <source>An estimate from the published price of $0.10 per started megapixel (1024 × 1024 px) of output; the service reports each job&apos;s cost, and the estimate follows it.</source>
        <translation>Eine Schätzung nach dem veröffentlichten Preis von 0,10 $ pro angefangenem Megapixel (1024 × 1024 px) der Ausgabe; der Dienst meldet die Kosten jedes Auftrags, und die Schätzung folgt ihnen.</translation>
    </message>
    <message>
        <source>Over 4 MP: made by %1 in %2, outlined on the canvas; the image keeps its resolution.</source>
        <translation>Über 4 MP: erzeugt durch %1 in %2, auf der Leinwand umrissen; das Bild behält seine Auflösung.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n Auftrag</numerusform>
            <numerusform>%n Aufträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritten</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-crop removes the shaded %1 of the image.</source>
        <translation>Der Auto-Zuschnitt entfernt die schattierten %1 des Bildes.</translation>
    </message>
</context>
<context>
    <name>outframe::Pricing</name>
    <message>
        <source>≈ %1 credits (%2, at the rate last charged)</source>
        <translation>≈ %1 Credits (%2, zum zuletzt berechneten Preis)</translation>
    </message>
    <message>
        <source>≈ %1 credits (%2, estimate)</source>
        <translation>≈ %1 Credits (%2, geschätzt)</translation>
    </message>
</context>
<context>
    <name>outframe::ProjectActions</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>The last result for %1 arrived and was saved in %2.</source>
        <translation>Das letzte Ergebnis für %1 ist eingetroffen und wurde in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>&amp;Projekt öffnen …</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Outframe projects (*.outframe)</source>
        <translation>Outframe-Projekte (*.outframe)</translation>
    </message>
    <message>
        <source>Recent P&amp;rojects</source>
        <translation>&amp;Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Projekt speichern &amp;unter …</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The session has results or changes that are not saved in a project. Save them before %1?</source>
        <translation>Die Sitzung hat Ergebnisse oder Änderungen, die nicht in einem Projekt gespeichert sind. Vor %1 speichern?</translation>
    </message>
    <message>
        <source>A recovery file cannot be read and was left in %1: %2</source>
        <translation>Eine Wiederherstellungsdatei kann nicht gelesen werden und wurde in %1 belassen: %2</translation>
    </message>
    <message>
        <source>Recover session</source>
        <translation>Sitzung wiederherstellen</translation>
    </message>
    <message>
        <source>Outframe did not close properly. Recover the session autosaved at %1%2?</source>
        <translation>Outframe wurde nicht ordnungsgemäß beendet. Die um %1 automatisch gespeicherte Sitzung%2 wiederherstellen?</translation>
    </message>
    <message>
        <source> (project %1)</source>
        <translation> (Projekt %1)</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>recovering</source>
        <translation>dem Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>outframe::ProjectExport</name>
    <message>
        <source>The project has no layers, so there is no layer %1.</source>
        <translation>Das Projekt hat keine Ebenen, also auch keine Ebene %1.</translation>
    </message>
    <message>
        <source>The project has no layer %1; its layers are %2.</source>
        <translation>Das Projekt hat keine Ebene %1; seine Ebenen sind %2.</translation>
    </message>
    <message>
        <source>The project is empty: it has neither an image nor results.</source>
        <translation>Das Projekt ist leer: Es hat weder ein Bild noch Ergebnisse.</translation>
    </message>
    <message>
        <source>The project has no results yet: wrote its image placed on the canvas.</source>
        <translation>Das Projekt hat noch keine Ergebnisse: Sein Bild wurde auf der Leinwand platziert geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Standard output is closed or full.</source>
        <translation>Die Standardausgabe ist geschlossen oder voll.</translation>
    </message>
</context>
<context>
    <name>outframe::ProjectFile</name>
    <message>
        <source>Cannot open the project “%1”: %2</source>
        <translation>Das Projekt „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the entry “%1” is missing or not an object.</source>
        <translation>der Eintrag „%1“ fehlt oder ist kein Objekt.</translation>
    </message>
    <message>
        <source>the value “%1” is missing or out of range.</source>
        <translation>der Wert „%1“ fehlt oder liegt außerhalb des erlaubten Bereichs.</translation>
    </message>
    <message>
        <source>the value “%1” is not a whole number.</source>
        <translation>der Wert „%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>the value “%1” is missing or not true/false.</source>
        <translation>der Wert „%1“ fehlt oder ist nicht true/false.</translation>
    </message>
    <message>
        <source>the value “%1” is missing or not text.</source>
        <translation>der Wert „%1“ fehlt oder ist kein Text.</translation>
    </message>
    <message>
        <source>the reference scale %1 is outside the range Outframe supports (%2 to %3).</source>
        <translation>die Skalierung des Referenzbilds %1 liegt außerhalb des Bereichs, den Outframe unterstützt (%2 bis %3).</translation>
    </message>
    <message>
        <source>the generation settings name an unknown mode or format.</source>
        <translation>die Einstellungen zum Erzeugen nennen einen unbekannten Modus oder ein unbekanntes Format.</translation>
    </message>
    <message>
        <source>the part “%1” is missing.</source>
        <translation>der Teil „%1“ fehlt.</translation>
    </message>
    <message>
        <source>the part “%1” is damaged.</source>
        <translation>der Teil „%1“ ist beschädigt.</translation>
    </message>
    <message>
        <source>the part “%1” is implausibly large.</source>
        <translation>der Teil „%1“ ist unplausibel groß.</translation>
    </message>
    <message>
        <source>the part “%1” cannot be read (%2).</source>
        <translation>der Teil „%1“ kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>the part “%1” is damaged (%2).</source>
        <translation>der Teil „%1“ ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>the image “%1” does not have the size the project records.</source>
        <translation>das Bild „%1“ hat nicht die Größe, die das Projekt verzeichnet.</translation>
    </message>
    <message>
        <source>the image “%1” is not a PNG.</source>
        <translation>das Bild „%1“ ist kein PNG.</translation>
    </message>
    <message numerus="yes">
        <source>its images need %1 of memory (the reference and %n layer(s)), more than the %2 Outframe allows for one session.</source>
        <translation>
            <numerusform>seine Bilder brauchen %1 Speicher (das Referenzbild und %n Ebene), mehr als die %2, die Outframe einer Sitzung erlaubt.</numerusform>
            <numerusform>seine Bilder brauchen %1 Speicher (das Referenzbild und %n Ebenen), mehr als die %2, die Outframe einer Sitzung erlaubt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the project: %1</source>
        <translation>Das Projekt konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the image %1 could not be encoded.</source>
        <translation>das Bild %1 konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>the archive could not be assembled.</source>
        <translation>das Archiv konnte nicht zusammengestellt werden.</translation>
    </message>
    <message>
        <source>Cannot open the project “%1”: the file does not exist.</source>
        <translation>Das Projekt „%1“ kann nicht geöffnet werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open the project “%1”: the file is implausibly large.</source>
        <translation>Das Projekt „%1“ kann nicht geöffnet werden: Die Datei ist unplausibel groß.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>die Datei ist leer.</translation>
    </message>
    <message>
        <source>this is not an Outframe project.</source>
        <translation>dies ist kein Outframe-Projekt.</translation>
    </message>
    <message>
        <source>the file is truncated or damaged (%1).</source>
        <translation>die Datei ist abgeschnitten oder beschädigt (%1).</translation>
    </message>
    <message>
        <source>the project description is damaged (%1).</source>
        <translation>die Projektbeschreibung ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>the format version is missing.</source>
        <translation>die Formatversion fehlt.</translation>
    </message>
    <message>
        <source>it was saved by a newer Outframe (project format %1; this version reads up to %2). Update Outframe to open it.</source>
        <translation>es wurde von einer neueren Outframe-Version gespeichert (Projektformat %1; diese Version liest bis %2). Aktualisieren Sie Outframe, um es zu öffnen.</translation>
    </message>
    <message>
        <source>the reference entry is invalid.</source>
        <translation>der Eintrag des Referenzbilds ist ungültig.</translation>
    </message>
    <message>
        <source>the list of layers is missing or too long.</source>
        <translation>die Liste der Ebenen fehlt oder ist zu lang.</translation>
    </message>
    <message>
        <source>a layer record is not an object.</source>
        <translation>ein Ebeneneintrag ist kein Objekt.</translation>
    </message>
    <message>
        <source>a layer has a missing or repeated id.</source>
        <translation>eine Ebene hat eine fehlende oder doppelte ID.</translation>
    </message>
    <message>
        <source>a layer names an unknown engine.</source>
        <translation>eine Ebene nennt eine unbekannte Engine.</translation>
    </message>
    <message>
        <source>a layer record names an unexpected file.</source>
        <translation>ein Ebeneneintrag nennt eine unerwartete Datei.</translation>
    </message>
    <message>
        <source>a layer&apos;s seed is not a whole number.</source>
        <translation>der Seed einer Ebene ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>the list of results to choose from is not a list or too long.</source>
        <translation>die Liste der Ergebnisse zur Auswahl ist keine Liste oder zu lang.</translation>
    </message>
</context>
<context>
    <name>outframe::ResolveStagedCommand</name>
    <message>
        <source>Keep Result</source>
        <translation>Ergebnis behalten</translation>
    </message>
    <message>
        <source>Keep Results</source>
        <translation>Ergebnisse behalten</translation>
    </message>
    <message>
        <source>Discard Results</source>
        <translation>Ergebnisse verwerfen</translation>
    </message>
</context>
<context>
    <name>outframe::ResultSidecar</name>
    <message>
        <source>The sidecar is not an Outframe result record.</source>
        <translation>Die Begleitdatei ist kein Outframe-Ergebnisdatensatz.</translation>
    </message>
    <message>
        <source>The sidecar was written by a newer Outframe; some details may be missing.</source>
        <translation>Die Begleitdatei wurde von einer neueren Outframe-Version geschrieben; einige Angaben fehlen möglicherweise.</translation>
    </message>
    <message>
        <source>The sidecar does not record the canvas size.</source>
        <translation>Die Begleitdatei verzeichnet nicht die Größe der Leinwand.</translation>
    </message>
</context>
<context>
    <name>outframe::ResultStore</name>
    <message>
        <source>Cannot create the results folder %1.</source>
        <translation>Der Ergebnisordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create a new file named %1 in the results folder %2.</source>
        <translation>Im Ergebnisordner %2 kann keine neue Datei namens %1 angelegt werden.</translation>
    </message>
</context>
<context>
    <name>outframe::ResultsWorkspace</name>
    <message>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>&amp;Copy Result</source>
        <translation>Ergebnis &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf …</translation>
    </message>
    <message>
        <source>&amp;Layers</source>
        <translation>&amp;Ebenen</translation>
    </message>
    <message>
        <source>&amp;Next Variation</source>
        <translation>&amp;Nächste Variante</translation>
    </message>
    <message>
        <source>&amp;Previous Variation</source>
        <translation>&amp;Vorherige Variante</translation>
    </message>
    <message>
        <source>&amp;Star Variation</source>
        <translation>Variante mit &amp;Stern markieren</translation>
    </message>
    <message>
        <source>&amp;Delete Layer</source>
        <translation>Ebene &amp;löschen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Hold \ to Compare with the Original</source>
        <translation>\ gedrückt halten zum Vergleich mit dem Original</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Es gibt noch nichts zu exportieren.</translation>
    </message>
    <message>
        <source>outframe</source>
        <translation>outframe</translation>
    </message>
    <message>
        <source>-outpainted</source>
        <translation>-erweitert</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the result (%1 × %2 px).</source>
        <translation>Ergebnis kopiert (%1 × %2 px).</translation>
    </message>
    <message>
        <source>Add from History</source>
        <translation>Aus dem Verlauf hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Added %n result(s) from History.</source>
        <translation>
            <numerusform>%n Ergebnis aus dem Verlauf hinzugefügt.</numerusform>
            <numerusform>%n Ergebnisse aus dem Verlauf hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outframe::ResumedResults</name>
    <message>
        <source>A result left unfinished last time could not be added to its session (%1): it is added here instead, and saved as %2.</source>
        <translation>Ein beim letzten Mal unfertiges Ergebnis konnte seiner Sitzung nicht hinzugefügt werden (%1): Es wird stattdessen hier hinzugefügt und als %2 gespeichert.</translation>
    </message>
    <message>
        <source>A result left unfinished last time was added to the project %1: open it to see it.</source>
        <translation>Ein beim letzten Mal unfertiges Ergebnis wurde dem Projekt %1 hinzugefügt: Öffnen Sie es, um es zu sehen.</translation>
    </message>
    <message>
        <source>A result left unfinished last time was added to the session autosaved in %1: recover it at the next start to see it.</source>
        <translation>Ein beim letzten Mal unfertiges Ergebnis wurde der in %1 automatisch gespeicherten Sitzung hinzugefügt: Stellen Sie sie beim nächsten Start wieder her, um es zu sehen.</translation>
    </message>
</context>
<context>
    <name>outframe::SettingsDialog</name>
    <message>
        <source>A key is set; type a new one to replace it</source>
        <translation>Ein Schlüssel ist gesetzt; geben Sie einen neuen ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>Paste your API key from dashboard.bfl.ai</source>
        <translation>Fügen Sie Ihren API-Schlüssel von dashboard.bfl.ai ein</translation>
    </message>
    <message>
        <source>Global (api.bfl.ai)</source>
        <translation>Weltweit (api.bfl.ai)</translation>
    </message>
    <message>
        <source>EU only (api.eu.bfl.ai)</source>
        <translation>Nur EU (api.eu.bfl.ai)</translation>
    </message>
    <message>
        <source>US only (api.us.bfl.ai)</source>
        <translation>Nur USA (api.us.bfl.ai)</translation>
    </message>
    <message>
        <source>Results folder</source>
        <translation>Ergebnisordner</translation>
    </message>
    <message>
        <source>%1 credits (%2)</source>
        <translation>%1 Credits (%2)</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>%1 The key is used until Outframe closes.</source>
        <translation>%1 Der Schlüssel wird verwendet, bis Outframe beendet wird.</translation>
    </message>
    <message>
        <source>The stored key was removed.</source>
        <translation>Der gespeicherte Schlüssel wurde entfernt.</translation>
    </message>
    <message>
        <source>Using the key stored in the system keychain.</source>
        <translation>Der im Schlüsselbund des Systems gespeicherte Schlüssel wird verwendet.</translation>
    </message>
    <message>
        <source>Using the key from the BFL_API_KEY environment variable.</source>
        <translation>Der Schlüssel aus der Umgebungsvariablen BFL_API_KEY wird verwendet.</translation>
    </message>
    <message>
        <source>No key is set: FLUX jobs cannot run until you add one.</source>
        <translation>Kein Schlüssel gesetzt: FLUX-Aufträge können erst laufen, wenn Sie einen hinzufügen.</translation>
    </message>
    <message>
        <source>Type or paste a key first.</source>
        <translation>Geben Sie zuerst einen Schlüssel ein oder fügen Sie ihn ein.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>— (no key)</source>
        <translation>— (kein Schlüssel)</translation>
    </message>
    <message>
        <source>Asking the service…</source>
        <translation>Der Dienst wird gefragt …</translation>
    </message>
    <message>
        <source>Set by the BFL_API_BASE environment variable, which overrides this setting and the region.</source>
        <translation>Durch die Umgebungsvariable BFL_API_BASE gesetzt, die diese Einstellung und die Region übersteuert.</translation>
    </message>
    <message>
        <source>Only for a proxy or a test server: an https:// address (http:// only on this computer).</source>
        <translation>Nur für einen Proxy oder einen Testserver: eine https://-Adresse (http:// nur auf diesem Computer).</translation>
    </message>
    <message>
        <source>BFL_API_BASE is set: the service is reached at its address.</source>
        <translation>BFL_API_BASE ist gesetzt: Der Dienst wird unter dieser Adresse erreicht.</translation>
    </message>
    <message>
        <source>The API address under Advanced is used instead.</source>
        <translation>Stattdessen wird die API-Adresse unter „Erweitert“ verwendet.</translation>
    </message>
    <message>
        <source>Empty: %1</source>
        <translation>Leer: %1</translation>
    </message>
    <message>
        <source>Results folder: %1</source>
        <translation>Ergebnisordner: %1</translation>
    </message>
</context>
<context>
    <name>outframe::StagingStrip</name>
    <message>
        <source>Results to choose from</source>
        <translation>Ergebnisse zur Auswahl</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Keep the shown result as a layer (Enter)</source>
        <translation>Das angezeigte Ergebnis als Ebene behalten (Eingabe)</translation>
    </message>
    <message>
        <source>Keep the shown result</source>
        <translation>Angezeigtes Ergebnis behalten</translation>
    </message>
    <message>
        <source>Keep All</source>
        <translation>Alle behalten</translation>
    </message>
    <message>
        <source>Keep the shown result, and the others as hidden layers under it</source>
        <translation>Das angezeigte Ergebnis behalten, die anderen als ausgeblendete Ebenen darunter</translation>
    </message>
    <message>
        <source>Keep all results</source>
        <translation>Alle Ergebnisse behalten</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Drop these results; Undo brings them back (Esc)</source>
        <translation>Diese Ergebnisse verwerfen; Rückgängig holt sie zurück (Esc)</translation>
    </message>
    <message>
        <source>Discard the results</source>
        <translation>Ergebnisse verwerfen</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Generate more for the same placement</source>
        <translation>Mehr für dieselbe Platzierung erzeugen</translation>
    </message>
    <message>
        <source>Generate more results</source>
        <translation>Weitere Ergebnisse erzeugen</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Wird erzeugt …</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message numerus="yes">
        <source>%n still running</source>
        <translation>
            <numerusform>%n läuft noch</numerusform>
            <numerusform>%n laufen noch</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outframe::TaskJournal</name>
    <message>
        <source>Cannot create the journal folder %1.</source>
        <translation>Der Journalordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
</TS>
