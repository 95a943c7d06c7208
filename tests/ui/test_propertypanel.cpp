// The property panel as a user meets it: a refused value is said at the
// field and the stored one comes back (also while the field keeps the
// focus, and after going elsewhere and back), the title follows a rename,
// and an intervention's accountable organisation is chosen there.
#include "document/plandocument.h"
#include "edit/allocationcommands.h"
#include "properties/accountablechoice.h"
#include "properties/fieldeditor.h"
#include "properties/propertypanel.h"
#include "selection/planselection.h"
#include "uitestsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

using namespace horisont;

class TestPropertyPanel : public test::DemoQtTest
{
    Q_OBJECT
    void prepare() override
    {
        m_selection = std::make_unique<PlanSelection>();
        m_panel = std::make_unique<PropertyPanel>(*m_doc, *m_selection);
        m_panel->resize(360, 900);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }
    void release() override
    {
        m_panel.reset();
        m_selection.reset();
    }

    QLineEdit *line(const char *field) const
    {
        FieldEditor *editor = m_panel->editorFor(QString::fromLatin1(field));
        return editor ? qobject_cast<QLineEdit *>(editor->widget()) : nullptr;
    }

    /// Selects an item and lets the form's new fields show, as the event loop does.
    void select(EntityKind kind, Id id)
    {
        m_selection->select(kind, id);
        QCoreApplication::processEvents();
    }

    /// Types into a field as a user does and presses Return.
    static void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private Q_SLOTS:
    void aRefusedDateIsSaidAtTheFieldAndTheStoredOneComesBack()
    {
        const Activity activity = *m_doc->plan().all<Activity>().begin();
        select(EntityKind::Activity, activity.id);
        QLineEdit *end = line("end");
        QVERIFY(end);
        const QString stored = end->text();
        QCOMPARE(stored, activity.end.addDays(-1).toString(Qt::ISODate)); // the last day
        QSignalSpy status(m_panel.get(), &PropertyPanel::statusMessage);
        const QList<Record> before = m_doc->plan().snapshot();

        type(end, QStringLiteral("31/12/2026"));
        QCOMPARE(m_doc->plan().snapshot(), before);
        QCOMPARE(end->text(), stored); // not left in the field, though it has the focus
        QVERIFY(end->hasFocus());
        FieldEditor *editor = m_panel->editorFor(QStringLiteral("end"));
        QVERIFY2(editor->refusal().contains(QStringLiteral("31/12/2026")), qPrintable(editor->refusal()));
        auto *atField = editor->row()->findChild<QLabel *>(QStringLiteral("fieldRefusal"));
        QVERIFY(atField && atField->isVisible());
        QCOMPARE(status.size(), 1);
        QCOMPARE(status.first().first().toString(), editor->refusal());

        // A refusal by core's date rule (an end before the start) is said there too.
        type(end, activity.start.addDays(-10).toString(Qt::ISODate));
        QCOMPARE(end->text(), stored);
        QVERIFY(!m_panel->editorFor(QStringLiteral("end"))->refusal().isEmpty());

        // Elsewhere and back: the stored value, and no old refusal.
        select(EntityKind::Intervention, m_doc->plan().all<Intervention>().begin()->id);
        select(EntityKind::Activity, activity.id);
        QCOMPARE(line("end")->text(), stored);
        QVERIFY(m_panel->editorFor(QStringLiteral("end"))->refusal().isEmpty());

        // An accepted edit clears the refusal at the field.
        type(line("end"), QStringLiteral("bad"));
        QVERIFY(!m_panel->editorFor(QStringLiteral("end"))->refusal().isEmpty());
        const QString later = activity.end.toString(Qt::ISODate); // one day longer
        type(line("end"), later);
        QCOMPARE(m_doc->plan().find<Activity>(activity.id)->end, activity.end.addDays(1));
        QVERIFY(m_panel->editorFor(QStringLiteral("end"))->refusal().isEmpty());
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
    }

    void theTitleFollowsARename()
    {
        const Phase phase = *m_doc->plan().all<Phase>().begin();
        select(EntityKind::Phase, phase.id);
        auto *title = m_panel->findChild<QLabel *>(QStringLiteral("propertyTitle"));
        QVERIFY(title);
        QVERIFY(title->text().contains(phase.name.toHtmlEscaped()));
        type(line("name"), QStringLiteral("Fas 2 Genomforande"));
        QCOMPARE(m_doc->plan().find<Phase>(phase.id)->name, QStringLiteral("Fas 2 Genomforande"));
        QVERIFY2(title->text().contains(QStringLiteral("Fas 2 Genomforande")), qPrintable(title->text()));
        m_doc->undo(); // and back with an undo
        QVERIFY2(title->text().contains(phase.name.toHtmlEscaped()), qPrintable(title->text()));
    }

    void theAccountableOrganisationIsChosenInProperties()
    {
        const Plan &plan = m_doc->plan();
        const Intervention in = *plan.all<Intervention>().begin();
        select(EntityKind::Intervention, in.id);
        auto *choice = m_panel->findChild<AccountableChoice *>();
        QVERIFY(choice);
        const Id before = allocations::accountableOrganisation(plan, in.id);
        QCOMPARE(choice->shownOrganisation(), before);
        Id other = NoId;
        for (const Organisation &o : plan.all<Organisation>())
            other = (other == NoId && o.id != before) ? o.id : other;
        QVERIFY(other != NoId);
        choice->setFocus();
        const int index = choice->findData(QVariant::fromValue(other));
        QVERIFY(index > 0);
        // As a user does it: the list with the keyboard, then Return.
        choice->setCurrentIndex(index);
        Q_EMIT choice->activated(index);
        QCOMPARE(allocations::accountableOrganisation(plan, in.id), other);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE_FILE_TO_MEMORY(*m_doc);
        m_doc->undo();
        QCOMPARE(allocations::accountableOrganisation(plan, in.id), before);
        QCOMPARE(choice->shownOrganisation(), before); // the list follows the undo
        QVERIFY_EVERY_CONTROL_NAMED(m_panel.get());
    }

private:
    std::unique_ptr<PlanSelection> m_selection;
    std::unique_ptr<PropertyPanel> m_panel;
};

QTEST_MAIN(TestPropertyPanel)
#include "test_propertypanel.moc"
