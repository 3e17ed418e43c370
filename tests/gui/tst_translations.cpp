// The German translation is complete: every message of translations/meshscope_de.ts that is in use
// (not vanished or obsolete) has a finished, non-empty translation and the English file lists the
// same messages. Reads the real .ts files.

#include <QFile>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct TsMessage {
    QString context; // <context><name>
    QString source; // <source>
    QString translation; // <translation> text (numerus forms concatenated)
    QString type; // translation type attribute: "", "unfinished", "vanished", "obsolete"
};

QList<TsMessage> readTs(const QString& path, QString* error)
{
    QList<TsMessage> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                out << m;
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = TsMessage {};
            m.context = context;
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            // numerus translations hold <numerusform> children: their texts are concatenated
            m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void germanIsComplete()
    {
        QString error;
        const QList<TsMessage> de
            = readTs(QStringLiteral(MESHSCOPE_TRANSLATIONS_DIR "/meshscope_de.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<TsMessage> en
            = readTs(QStringLiteral(MESHSCOPE_TRANSLATIONS_DIR "/meshscope_en.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(de.size() > 300);
        QSet<QString> deKeys, enKeys;
        QStringList gaps;
        for (const TsMessage& m : de) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue;
            deKeys.insert(m.context + QLatin1Char('\x1f') + m.source);
            if (m.type == QLatin1String("unfinished") || m.translation.trimmed().isEmpty())
                gaps << m.context + QStringLiteral(": ") + m.source;
        }
        for (const TsMessage& m : en)
            if (m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"))
                enKeys.insert(m.context + QLatin1Char('\x1f') + m.source);
        QVERIFY2(gaps.isEmpty(),
            qPrintable(QStringLiteral("untranslated in meshscope_de.ts:\n") + gaps.join(QLatin1Char('\n'))));
        QStringList onlyEn;
        for (const QString& k : enKeys)
            if (!deKeys.contains(k))
                onlyEn << QString(k).replace(QLatin1Char('\x1f'), QStringLiteral(": "));
        QVERIFY2(onlyEn.isEmpty(),
            qPrintable(QStringLiteral("missing from meshscope_de.ts:\n") + onlyEn.join(QLatin1Char('\n'))));
        QCOMPARE(deKeys.size(), enKeys.size());
        // the simulation panel's strings are translated (they were missing before)
        bool simPanel = false;
        for (const TsMessage& m : de)
            simPanel = simPanel || m.context == QLatin1String("meshscope::widgets::SimulationPanel");
        QVERIFY(simPanel);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
