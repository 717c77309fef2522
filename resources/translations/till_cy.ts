<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
    <context>
        <name>AbuseView</name>
        <message>
            <source>Mon</source>
            <extracomment>the abuse grid's rows, Monday first (as kpis.WEEKDAYS)</extracomment>
            <translation>Llun</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Maw</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Mer</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Iau</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Gwe</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sad</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Sul</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Rhanbarth</translation>
        </message>
        <message>
            <source>Abuse towards staff by hour</source>
            <translation>Cam-drin staff fesul awr</translation>
        </message>
    </context>
    <context>
        <name>AgreementPage</name>
        <message>
            <source>Yes, the customer agrees</source>
            <translation>Ydy, mae'r cwsmer yn cytuno</translation>
        </message>
        <message>
            <source>No, the customer does not agree</source>
            <translation>Nac ydy, nid yw'r cwsmer yn cytuno</translation>
        </message>
        <message>
            <source>Clear signature</source>
            <translation>Clirio'r llofnod</translation>
        </message>
        <message>
            <source>Ask the customer to sign with a finger or the mouse (optional).</source>
            <translation>Gofynnwch i'r cwsmer lofnodi â bys neu'r llygoden (dewisol).</translation>
        </message>
        <message>
            <source>Offered: %1</source>
            <translation>Cynigiwyd: %1</translation>
        </message>
    </context>
    <context>
        <name>AmendDialog</name>
        <message>
            <source>Correct a detail of %1</source>
            <translation>Cywiro manylyn yn %1</translation>
        </message>
        <message>
            <source>The record keeps what it said before, who corrected it, when and why.</source>
            <translation>Mae'r cofnod yn cadw'r hyn a ddywedai o'r blaen, pwy a'i cywirodd, pryd a pham.</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Manylyn</translation>
        </message>
        <message>
            <source>It says now</source>
            <translation>Mae'n dweud nawr</translation>
        </message>
        <message>
            <source>It should say</source>
            <translation>Dylai ddweud</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pam</translation>
        </message>
        <message>
            <source>Save the correction</source>
            <translation>Cadw'r cywiriad</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <source>(nothing recorded)</source>
            <translation>(dim wedi'i gofnodi)</translation>
        </message>
        <message>
            <source>Discard the correction?</source>
            <translation>Taflu'r cywiriad?</translation>
        </message>
        <message>
            <source>What you typed for this correction will be lost. Discard it?</source>
            <translation>Bydd yr hyn a deipiwyd gennych ar gyfer y cywiriad hwn yn cael ei golli. Ei daflu?</translation>
        </message>
    </context>
    <context>
        <name>ApprovalPanel</name>
        <message>
            <source>Supervisor or manager staff code</source>
            <extracomment>The form's answers changed (an approval added).</extracomment>
            <translation>Cod staff goruchwyliwr neu reolwr</translation>
        </message>
        <message>
            <source>Their staff code</source>
            <translation>Eu cod staff</translation>
        </message>
        <message>
            <source>Their PIN</source>
            <translation>Eu PIN</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Cymeradwyo</translation>
        </message>
        <message>
            <source>Approved by %1 at %2.</source>
            <translation>Cymeradwywyd gan %1 am %2.</translation>
        </message>
        <message>
            <source>%1's limit does not cover this amount either: it will be escalated.</source>
            <translation>Nid yw terfyn %1 yn cynnwys y swm hwn chwaith: caiff ei uwchgyfeirio.</translation>
        </message>
    </context>
    <context>
        <name>AuditScreen</name>
        <message>
            <source>When</source>
            <translation>Pryd</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Pwy</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Gweithred</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Cofnod</translation>
        </message>
        <message>
            <source>PC</source>
            <translation>Cyfrifiadur</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Trywydd archwilio</translation>
        </message>
        <message>
            <source>Audit entries</source>
            <translation>Cofnodion archwilio</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Argraffu…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Allforio CSV…</translation>
        </message>
        <message>
            <source>Check nothing was altered</source>
            <translation>Gwirio nad oes dim wedi'i newid</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Yn ôl</translation>
        </message>
        <message>
            <source>From</source>
            <translation>O</translation>
        </message>
        <message>
            <source>To</source>
            <translation>I</translation>
        </message>
        <message>
            <source>to</source>
            <translation>i</translation>
        </message>
        <message>
            <source>Staff code</source>
            <translation>Cod staff</translation>
        </message>
        <message>
            <source>Any action</source>
            <translation>Unrhyw weithred</translation>
        </message>
        <message>
            <source>Record reference</source>
            <translation>Cyfeirnod y cofnod</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Dangos</translation>
        </message>
        <message>
            <source>Export the audit trail</source>
            <translation>Allforio'r trywydd archwilio</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Heb ei gadw: %1</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Allforiwyd i %1</translation>
        </message>
        <message>
            <source>The trail has been altered: %1</source>
            <translation>Mae'r trywydd wedi'i newid: %1</translation>
        </message>
        <message>
            <source>Checked: no entry has been altered or removed.</source>
            <translation>Gwiriwyd: nid oes unrhyw gofnod wedi'i newid na'i ddileu.</translation>
        </message>
    </context>
    <context>
        <name>BackupScreen</name>
        <message>
            <source>Backups</source>
            <translation>Copïau wrth gefn</translation>
        </message>
        <message>
            <source>Backups on this PC</source>
            <translation>Copïau wrth gefn ar y cyfrifiadur hwn</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Gwnaed</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Math</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Maint</translation>
        </message>
        <message>
            <source>Back up now to a folder…</source>
            <translation>Gwneud copi wrth gefn nawr mewn ffolder…</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>Adfer o gopi wrth gefn…</translation>
        </message>
        <message>
            <source>Keep automatic backups for</source>
            <translation>Cadw copïau wrth gefn awtomatig am</translation>
        </message>
        <message>
            <source> days</source>
            <translation> diwrnod</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Cadw</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Yn ôl</translation>
        </message>
        <message>
            <source>A backup is made automatically each day and before every upgrade, in %1, and kept for %2 days. Keep a copy on a second device too: back up to a USB stick and keep it locked away.</source>
            <translation>Gwneir copi wrth gefn yn awtomatig bob dydd a chyn pob uwchraddiad, yn %1, a'i gadw am %2 diwrnod. Cadwch gopi ar ail ddyfais hefyd: gwnewch gopi ar gof bach USB a'i gadw dan glo.</translation>
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation>Cyn uwchraddiad</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>Dyddiol</translation>
        </message>
        <message>
            <source>No good backup is on this PC yet.</source>
            <translation>Nid oes copi wrth gefn da ar y cyfrifiadur hwn eto.</translation>
        </message>
        <message>
            <source>Last good backup: %1</source>
            <translation>Y copi wrth gefn da olaf: %1</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Cadwyd.</translation>
        </message>
        <message>
            <source>Back up to which folder?</source>
            <translation>I ba ffolder y dylid gwneud y copi wrth gefn?</translation>
        </message>
        <message>
            <source>Restore which backup?</source>
            <translation>Adfer pa gopi wrth gefn?</translation>
        </message>
        <message>
            <source>Backups (*.db)</source>
            <translation>Copïau wrth gefn (*.db)</translation>
        </message>
        <message>
            <source>Backed up and checked: %1</source>
            <translation>Gwnaed copi wrth gefn a'i wirio: %1</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Adfer y copi wrth gefn hwn?</translation>
        </message>
        <message>
            <source>Everything saved since %1 was made will no longer be in the database (the current database is kept beside it). Everyone will need to sign in again. Restore it?</source>
            <translation>Ni fydd popeth a gadwyd ers gwneud %1 yn y gronfa ddata mwyach (cedwir y gronfa ddata bresennol wrth ei hymyl). Bydd angen i bawb fewngofnodi eto. Ei adfer?</translation>
        </message>
        <message>
            <source>Restored. The replaced database is kept as %1.</source>
            <translation>Adferwyd. Cedwir y gronfa ddata a ddisodlwyd fel %1.</translation>
        </message>
    </context>
    <context>
        <name>CalledTimes</name>
        <message>
            <source>Time %1 was called</source>
            <translation>Yr amser y galwyd %1</translation>
        </message>
        <message>
            <source>at</source>
            <translation>am</translation>
        </message>
    </context>
    <context>
        <name>CheckWaitNote</name>
        <message>
            <source>Checking the database</source>
            <translation>Gwirio'r gronfa ddata</translation>
        </message>
        <message>
            <source>The database is being checked, as it is once after the program starts. What you typed will be saved as soon as the check is done: it takes a few seconds.</source>
            <translation>Mae'r gronfa ddata'n cael ei gwirio, fel y gwneir unwaith ar ôl i'r rhaglen ddechrau. Caiff yr hyn a deipiwyd gennych ei gadw cyn gynted ag y bydd y gwiriad wedi'i orffen: mae'n cymryd ychydig eiliadau.</translation>
        </message>
    </context>
    <context>
        <name>ChoiceEditor</name>
        <message>
            <source>Choose…</source>
            <translation>Dewis…</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <source>On record: %1</source>
            <translation>Ar gofnod: %1</translation>
        </message>
        <message>
            <source>The customer has not confirmed that this complaint is resolved. It can only be closed with the reason their confirmation could not be obtained.</source>
            <translation>Nid yw'r cwsmer wedi cadarnhau bod y gŵyn hon wedi'i datrys. Dim ond gyda'r rheswm pam na chafwyd ei gadarnhad y gellir ei chau.</translation>
        </message>
        <message>
            <source>Close %1</source>
            <translation>Cau %1</translation>
        </message>
        <message>
            <source>Close the complaint</source>
            <translation>Cau'r gŵyn</translation>
        </message>
        <message>
            <source>Anything to add (optional)</source>
            <translation>Unrhyw beth i'w ychwanegu (dewisol)</translation>
        </message>
        <message>
            <source>Why there is no confirmation</source>
            <translation>Pam nad oes cadarnhad</translation>
        </message>
    </context>
    <context>
        <name>CoachingScreen</name>
        <message>
            <source>Coaching</source>
            <translation>Hyfforddi</translation>
        </message>
        <message>
            <source>Member of staff</source>
            <translation>Aelod o staff</translation>
        </message>
        <message>
            <source>From</source>
            <translation>O</translation>
        </message>
        <message>
            <source>To</source>
            <translation>I</translation>
        </message>
        <message>
            <source>to</source>
            <translation>i</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Dangos</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Ffigurau</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Ffigur</translation>
        </message>
        <message>
            <source>Them</source>
            <translation>Nhw</translation>
        </message>
        <message>
            <source>The store</source>
            <translation>Y siop</translation>
        </message>
        <message>
            <source>Points most often missed</source>
            <translation>Y pwyntiau a gollir amlaf</translation>
        </message>
        <message>
            <source>Marking point</source>
            <translation>Pwynt marcio</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Sawl gwaith</translation>
        </message>
        <message>
            <source>Records (most recent first)</source>
            <translation>Cofnodion (y diweddaraf yn gyntaf)</translation>
        </message>
        <message>
            <source>Their complaints</source>
            <translation>Eu cwynion</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Cyfeirnod</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Cadwyd</translation>
        </message>
        <message>
            <source>Marking points evidenced</source>
            <translation>Pwyntiau marcio a ddangoswyd</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Adolygiadau</translation>
        </message>
        <message>
            <source>Feedback given</source>
            <translation>Adborth a roddwyd</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Cwyn</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Adolygwyd</translation>
        </message>
        <message>
            <source>What was good</source>
            <translation>Beth oedd yn dda</translation>
        </message>
        <message>
            <source>One thing to work on</source>
            <translation>Un peth i weithio arno</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Darllenwyd</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Yn ôl</translation>
        </message>
        <message>
            <source>Period PDF for a review…</source>
            <translation>PDF y cyfnod ar gyfer adolygiad…</translation>
        </message>
        <message>
            <source>Open a row to read the record and review it.</source>
            <translation>Agorwch res i ddarllen y cofnod a'i adolygu.</translation>
        </message>
        <message>
            <source>Open a row to read the record.</source>
            <translation>Agorwch res i ddarllen y cofnod.</translation>
        </message>
        <message>
            <source>Complaints handled</source>
            <translation>Cwynion a ymdriniwyd â nhw</translation>
        </message>
        <message>
            <source>First contact resolution</source>
            <translation>Datrys ar y cyswllt cyntaf</translation>
        </message>
        <message>
            <source>Average handling time</source>
            <translation>Amser ymdrin cyfartalog</translation>
        </message>
        <message>
            <source>Customer satisfaction (1 to 5)</source>
            <translation>Bodlonrwydd cwsmeriaid (1 i 5)</translation>
        </message>
        <message>
            <source>Escalation rate</source>
            <translation>Cyfradd uwchgyfeirio</translation>
        </message>
        <message>
            <source>Follow-ups overdue</source>
            <translation>Cysylltu eto yn hwyr</translation>
        </message>
        <message>
            <source>Marking points evidenced, month by month: %1</source>
            <translation>Pwyntiau marcio a ddangoswyd, fis wrth fis: %1</translation>
        </message>
        <message>
            <source>no complaints in this period</source>
            <translation>dim cwynion yn y cyfnod hwn</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 o %2</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Ddim eto</translation>
        </message>
        <message>
            <source>Their complaints (%1)</source>
            <translation>Eu cwynion (%1)</translation>
        </message>
        <message>
            <source>Feedback given (%1)</source>
            <translation>Adborth a roddwyd (%1)</translation>
        </message>
    </context>
    <context>
        <name>ComplaintListModel</name>
        <message>
            <source>Reference</source>
            <translation>Cyfeirnod</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dyddiad</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categori</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>Aelod o staff</translation>
        </message>
        <message>
            <source>Age (days)</source>
            <translation>Oed (diwrnodau)</translation>
        </message>
    </context>
    <context>
        <name>ComplaintListScreen</name>
        <message>
            <source>Complaints</source>
            <translation>Cwynion</translation>
        </message>
        <message>
            <source>Abusive-behaviour incidents</source>
            <translation>Digwyddiadau ymddygiad camdriniol</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Dangos</translation>
        </message>
        <message>
            <source>Search complaints</source>
            <translation>Chwilio cwynion</translation>
        </message>
        <message>
            <source>Search: reference, customer, product or words</source>
            <translation>Chwilio: cyfeirnod, cwsmer, cynnyrch neu eiriau</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Clirio'r chwiliad</translation>
        </message>
        <message>
            <source>No complaints match</source>
            <translation>Nid oes cwyn yn cyfateb</translation>
        </message>
        <message>
            <source>%1 complaints</source>
            <translation>Cwynion: %1</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Unrhyw statws</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categori</translation>
        </message>
        <message>
            <source>Any category</source>
            <translation>Unrhyw gategori</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>Aelod o staff</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Any model</source>
            <translation>Unrhyw fodel</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>From</source>
            <translation>O</translation>
        </message>
        <message>
            <source>To</source>
            <translation>I</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Clirio'r hidlau</translation>
        </message>
        <message>
            <source>Only from a date</source>
            <translation>Dim ond o ddyddiad</translation>
        </message>
        <message>
            <source>Only up to a date</source>
            <translation>Dim ond hyd at ddyddiad</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clirio</translation>
        </message>
        <message>
            <source>Age (days)</source>
            <translation>Oed (diwrnodau)</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Unrhyw un</translation>
        </message>
        <message>
            <source>Type a date, for example 21/11/2026.</source>
            <translation>Teipiwch ddyddiad, er enghraifft 21/11/2026.</translation>
        </message>
        <message>
            <source>Check the dates</source>
            <translation>Gwiriwch y dyddiadau</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Chwilio…</translation>
        </message>
        <message>
            <source>1 complaint</source>
            <translation>Cwynion: 1</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Digwyddiadau</translation>
        </message>
        <message>
            <source>1 incident</source>
            <translation>Digwyddiadau: 1</translation>
        </message>
        <message>
            <source>%1 incidents</source>
            <translation>Digwyddiadau: %1</translation>
        </message>
        <message>
            <source>This incident is restricted: only the people involved and the manager can open it.</source>
            <translation>Mae'r digwyddiad hwn yn gyfyngedig: dim ond y bobl dan sylw a'r rheolwr all ei agor.</translation>
        </message>
    </context>
    <context>
        <name>ComplaintView</name>
        <message>
            <source>Complaint %1</source>
            <translation>Cwyn %1</translation>
        </message>
        <message>
            <source>Print the record</source>
            <translation>Argraffu'r cofnod</translation>
        </message>
        <message>
            <source>Customer copy</source>
            <translation>Copi'r cwsmer</translation>
        </message>
        <message>
            <source>Receipt slip</source>
            <translation>Slip derbynneb</translation>
        </message>
        <message>
            <source>Correct a detail…</source>
            <translation>Cywiro manylyn…</translation>
        </message>
        <message>
            <source>Review and give feedback…</source>
            <translation>Adolygu a rhoi adborth…</translation>
        </message>
        <message>
            <source>Record a follow-up…</source>
            <translation>Cofnodi cysylltu eto…</translation>
        </message>
        <message>
            <source>Record the decision…</source>
            <translation>Cofnodi'r penderfyniad…</translation>
        </message>
        <message>
            <source>Close…</source>
            <translation>Cau…</translation>
        </message>
        <message>
            <source>Report abusive behaviour for this complaint</source>
            <translation>Rhoi gwybod am ymddygiad camdriniol ar gyfer y gŵyn hon</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Yn ôl</translation>
        </message>
        <message>
            <source>Option</source>
            <translation>Opsiwn</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Amser</translation>
        </message>
        <message>
            <source>Impact on the customer</source>
            <translation>Yr effaith ar y cwsmer</translation>
        </message>
        <message>
            <source>Options weighed</source>
            <translation>Yr opsiynau a bwyswyd</translation>
        </message>
        <message>
            <source>%1 of %2 points that apply are evidenced</source>
            <translation>Dangoswyd %1 o'r %2 pwynt sy'n berthnasol</translation>
        </message>
        <message>
            <source>Quality check</source>
            <translation>Gwiriad ansawdd</translation>
        </message>
        <message>
            <source>Abusive-behaviour incidents linked</source>
            <translation>Digwyddiadau ymddygiad camdriniol cysylltiedig</translation>
        </message>
        <message>
            <source>Cannot make the report</source>
            <translation>Methu gwneud yr adroddiad</translation>
        </message>
    </context>
    <context>
        <name>ComplaintWizard</name>
        <message>
            <source>New complaint – %1</source>
            <extracomment>The stage headings in the step list (LISTEN, SOLVE…), on its dark background (till.qss).</extracomment>
            <translation>Cwyn newydd – %1</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Nesaf</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Yn ôl</translation>
        </message>
        <message>
            <source>&amp;Save complaint</source>
            <translation>&amp;Cadw'r gŵyn</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <source>The steps of the complaint; the one highlighted is this page</source>
            <translation>Camau'r gŵyn; yr un sydd wedi'i amlygu yw'r dudalen hon</translation>
        </message>
        <message>
            <source>Not saved: %1 Everything you typed is kept; try again, or tell your manager.</source>
            <translation>Heb ei chadw: %1 Cedwir popeth a deipiwyd gennych; rhowch gynnig arall arni, neu dywedwch wrth eich rheolwr.</translation>
        </message>
        <message>
            <source>Could not keep a draft: %1 What you typed is still here; save the complaint as soon as you can.</source>
            <translation>Methu cadw drafft: %1 Mae'r hyn a deipiwyd gennych yma o hyd; cadwch y gŵyn cyn gynted ag y gallwch.</translation>
        </message>
        <message>
            <source>Discard this complaint?</source>
            <translation>Taflu'r gŵyn hon?</translation>
        </message>
        <message>
            <source>Everything typed for this complaint will be lost.</source>
            <translation>Bydd popeth a deipiwyd ar gyfer y gŵyn hon yn cael ei golli.</translation>
        </message>
        <message>
            <source>Discard the complaint</source>
            <translation>Taflu'r gŵyn</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Parhau i olygu</translation>
        </message>
    </context>
    <context>
        <name>CountEditor</name>
        <message>
            <source>Not known yet</source>
            <translation>Ddim yn hysbys eto</translation>
        </message>
    </context>
    <context>
        <name>DashboardScreen</name>
        <message>
            <source>Working it out…</source>
            <translation>Wrthi'n cyfrifo…</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Cyfnod</translation>
        </message>
        <message>
            <source>From</source>
            <translation>O</translation>
        </message>
        <message>
            <source>To</source>
            <translation>I</translation>
        </message>
        <message>
            <source>from</source>
            <translation>o</translation>
        </message>
        <message>
            <source>to</source>
            <translation>i</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Dangos</translation>
        </message>
        <message>
            <source>Complaints logged per week (week beginning)</source>
            <translation>Cwynion a gofnodwyd bob wythnos (wythnos yn dechrau)</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>Fesul categori</translation>
        </message>
        <message>
            <source>By root cause (the 15 most common)</source>
            <translation>Fesul achos sylfaenol (y 15 mwyaf cyffredin)</translation>
        </message>
        <message>
            <source>By status now</source>
            <translation>Fesul statws nawr</translation>
        </message>
        <message>
            <source>By channel</source>
            <translation>Fesul sianel</translation>
        </message>
        <message>
            <source>Complaints saved %1</source>
            <translation>Cwynion a gadwyd %1</translation>
        </message>
    </context>
    <context>
        <name>DataProtectionScreen</name>
        <message>
            <source>Erase</source>
            <translation>Dileu</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Cofnod</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Cyfeirnod</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dyddiad</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Ynghylch</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Cwyn</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Digwyddiad</translation>
        </message>
        <message>
            <source>Data protection</source>
            <translation>Diogelu data</translation>
        </message>
        <message>
            <source>A person's records</source>
            <translation>Cofnodion person</translation>
        </message>
        <message>
            <source>How long data is kept</source>
            <translation>Am faint y cedwir data</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Yn ôl</translation>
        </message>
        <message>
            <source>The law sets no fixed period: the store decides and can justify it. Six years covers the time a customer has to bring a claim. When a record is older than this, its personal details (names, contact details, the customer's words, the signature, injuries, descriptions and police references) are removed; the record stays for the statistics. This runs each time the program starts.</source>
            <translation>Nid yw'r gyfraith yn pennu cyfnod penodol: y siop sy'n penderfynu a gall gyfiawnhau hynny. Mae chwe blynedd yn cwmpasu'r amser sydd gan gwsmer i wneud hawliad. Pan fydd cofnod yn hŷn na hyn, caiff ei fanylion personol (enwau, manylion cyswllt, geiriau'r cwsmer, y llofnod, anafiadau, disgrifiadau a chyfeirnodau'r heddlu) eu dileu; mae'r cofnod yn aros ar gyfer yr ystadegau. Mae hyn yn digwydd bob tro y bydd y rhaglen yn dechrau.</translation>
        </message>
        <message>
            <source>Complaints, years after closing</source>
            <translation>Cwynion, blynyddoedd ar ôl cau</translation>
        </message>
        <message>
            <source>Incidents, years after they happened</source>
            <translation>Digwyddiadau, blynyddoedd ar ôl iddynt ddigwydd</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Cadw</translation>
        </message>
        <message>
            <source>Remove expired personal data now</source>
            <translation>Dileu data personol sydd wedi dod i ben nawr</translation>
        </message>
        <message>
            <source> years</source>
            <translation> blynedd</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Cadwyd.</translation>
        </message>
        <message>
            <source>Removing expired personal details…</source>
            <translation>Dileu manylion personol sydd wedi dod i ben…</translation>
        </message>
        <message>
            <source>Expired personal details removed. Complaints: %1. Incidents: %2.</source>
            <translation>Dilëwyd manylion personol a ddaeth i ben. Cwynion: %1. Digwyddiadau: %2.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Ffôn</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-bost</translation>
        </message>
        <message>
            <source>Request received on</source>
            <translation>Dyddiad derbyn y cais</translation>
        </message>
        <message>
            <source>Answer a request to see their data within one month.</source>
            <translation>Atebwch gais i weld eu data o fewn mis.</translation>
        </message>
        <message>
            <source>Find their records</source>
            <translation>Dod o hyd i'w cofnodion</translation>
        </message>
        <message>
            <source>Records found</source>
            <translation>Cofnodion a ganfuwyd</translation>
        </message>
        <message>
            <source>Reason for erasing</source>
            <translation>Y rheswm dros ddileu</translation>
        </message>
        <message>
            <source>Tick the records in the first column. For example: the customer's request by email of 3 March.</source>
            <translation>Ticiwch y cofnodion yn y golofn gyntaf. Er enghraifft: cais y cwsmer drwy e-bost ar 3 Mawrth.</translation>
        </message>
        <message>
            <source>Save subject access pack…</source>
            <translation>Cadw'r pecyn mynediad at ddata…</translation>
        </message>
        <message>
            <source>Erase personal details of ticked records…</source>
            <translation>Dileu manylion personol y cofnodion a diciwyd…</translation>
        </message>
        <message>
            <source>Found. Complaints: %1. Incident records: %2.</source>
            <translation>Canfuwyd. Cwynion: %1. Cofnodion digwyddiadau: %2.</translation>
        </message>
        <message>
            <source>Save the pack in which folder?</source>
            <translation>Ym mha ffolder y dylid cadw'r pecyn?</translation>
        </message>
        <message>
            <source>Type the day the request was received, for example 21/11/2026.</source>
            <translation>Teipiwch y diwrnod y daeth y cais i law, er enghraifft 21/11/2026.</translation>
        </message>
        <message>
            <source>The request cannot have been received after today.</source>
            <translation>Ni all y cais fod wedi dod i law ar ôl heddiw.</translation>
        </message>
        <message>
            <source>Not saved: no folder was chosen.</source>
            <translation>Heb ei gadw: ni ddewiswyd ffolder.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Heb ei gadw: %1</translation>
        </message>
        <message>
            <source>Saved %1 records to %2 (PDF and JSON). Answer by %3.</source>
            <translation>Cadwyd cofnodion (%1) yn %2 (PDF a JSON). Atebwch erbyn %3.</translation>
        </message>
        <message>
            <source>Erase personal details?</source>
            <translation>Dileu'r manylion personol?</translation>
        </message>
        <message>
            <source>The personal details of %1 records will be removed for good. The records stay, anonymised, for the statistics. Erase them?</source>
            <translation>Bydd manylion personol y cofnodion (%1) yn cael eu dileu am byth. Mae'r cofnodion yn aros, yn ddienw, ar gyfer yr ystadegau. Eu dileu?</translation>
        </message>
        <message>
            <source>Personal details erased from %1.</source>
            <translation>Dilëwyd manylion personol o %1.</translation>
        </message>
    </context>
    <context>
        <name>DateEditor</name>
        <message>
            <source>Not known: type or pick a date</source>
            <translation>Ddim yn hysbys: teipiwch neu dewiswch ddyddiad</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Choose from a calendar</source>
            <extracomment>The day shown changed (typed and left, picked, cleared or set).</extracomment>
            <translation>Dewis o galendr</translation>
        </message>
        <message>
            <source>Choose from a calendar (Alt+Down)</source>
            <translation>Dewis o galendr (Alt+Down)</translation>
        </message>
        <message>
            <source>%1: choose from a calendar</source>
            <translation>%1: dewis o galendr</translation>
        </message>
    </context>
    <context>
        <name>DateTimeEditor</name>
        <message>
            <source>Time</source>
            <translation>Amser</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Decision on %1</source>
            <translation>Penderfyniad ar %1</translation>
        </message>
        <message>
            <source>Escalated to %1. Why: %2</source>
            <translation>Uwchgyfeiriwyd at %1. Pam: %2</translation>
        </message>
        <message>
            <source>Save the decision</source>
            <translation>Cadw'r penderfyniad</translation>
        </message>
    </context>
    <context>
        <name>DiagnosisPage</name>
        <message>
            <source>Start from the problem and ask “why?” – each answer becomes the next question. Stop when you reach something we can change.</source>
            <translation>Dechreuwch gyda'r broblem a gofyn “pam?” – mae pob ateb yn troi'n gwestiwn nesaf. Stopiwch pan gyrhaeddwch rywbeth y gallwn ei newid.</translation>
        </message>
        <message>
            <source>Why %1</source>
            <translation>Pam %1</translation>
        </message>
        <message>
            <source>Why %1?</source>
            <translation>Pam %1?</translation>
        </message>
    </context>
    <context>
        <name>EscalationPage</name>
        <message>
            <source>Name and role, e.g. Store manager</source>
            <translation>Enw a rôl, e.e. Rheolwr y siop</translation>
        </message>
        <message>
            <source>Nothing needs escalating now: the option is approved.</source>
            <translation>Nid oes angen uwchgyfeirio dim nawr: mae'r opsiwn wedi'i gymeradwyo.</translation>
        </message>
        <message>
            <source>This complaint will be escalated because:</source>
            <translation>Bydd y gŵyn hon yn cael ei huwchgyfeirio oherwydd:</translation>
        </message>
    </context>
    <context>
        <name>EscalationQueue</name>
        <message>
            <source>Escalations waiting</source>
            <translation>Uwchgyfeiriadau yn aros</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Cyfeirnod</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>Uwchgyfeiriwyd</translation>
        </message>
        <message>
            <source>To</source>
            <translation>I</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pam</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categori</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Escalated to you. </source>
            <translation>Uwchgyfeiriwyd atoch chi. </translation>
        </message>
        <message>
            <source>Why: %1</source>
            <translation>Pam: %1</translation>
        </message>
        <message>
            <source>No escalated complaint is waiting for a decision.</source>
            <translation>Nid oes cwyn wedi'i huwchgyfeirio yn aros am benderfyniad.</translation>
        </message>
        <message>
            <source>%1 waiting for a decision (%2 addressed to you, in bold). Open one to record the decision.</source>
            <translation>Yn aros am benderfyniad: %1 (atoch chi: %2, mewn print trwm). Agorwch un i gofnodi'r penderfyniad.</translation>
        </message>
    </context>
    <context>
        <name>FeedbackBanner</name>
        <message>
            <source>Open the complaint</source>
            <translation>Agor y gŵyn</translation>
        </message>
        <message>
            <source>I have read it</source>
            <translation>Rwyf wedi'i ddarllen</translation>
        </message>
        <message>
            <source>Says to your manager that you have read this feedback</source>
            <translation>Yn dweud wrth eich rheolwr eich bod wedi darllen yr adborth hwn</translation>
        </message>
        <message>
            <source>Feedback on %1 from %2 (%3)</source>
            <translation>Adborth ar %1 gan %2 (%3)</translation>
        </message>
        <message>
            <source>(%1 more after it.)</source>
            <translation>(%1 arall ar ei ôl.)</translation>
        </message>
    </context>
    <context>
        <name>FirstRunScreen</name>
        <message>
            <source>Welcome to Till Complaint Logger</source>
            <translation>Croeso i Till Complaint Logger</translation>
        </message>
        <message>
            <source>Set up this till: tell us about the store and create the first manager account. Everything stays on this PC.</source>
            <translation>Gosodwch y til hwn: dywedwch wrthym am y siop a chrëwch y cyfrif rheolwr cyntaf. Mae popeth yn aros ar y cyfrifiadur hwn.</translation>
        </message>
        <message>
            <source>Store name</source>
            <translation>Enw'r siop</translation>
        </message>
        <message>
            <source>Store code</source>
            <translation>Cod y siop</translation>
        </message>
        <message>
            <source>2 to 8 letters or digits; it starts every reference, e.g. GLA01-2026-000123.</source>
            <translation>2 i 8 llythyren neu ddigid; mae'n dechrau pob cyfeirnod, e.e. GLA01-2026-000123.</translation>
        </message>
        <message>
            <source>The store is in</source>
            <translation>Mae'r siop yn</translation>
        </message>
        <message>
            <source>Manager's name</source>
            <translation>Enw'r rheolwr</translation>
        </message>
        <message>
            <source>Manager's staff code</source>
            <translation>Cod staff y rheolwr</translation>
        </message>
        <message>
            <source>Manager's PIN</source>
            <translation>PIN y rheolwr</translation>
        </message>
        <message>
            <source>6 to 8 digits. Keep it to yourself.</source>
            <translation>6 i 8 digid. Cadwch ef i chi eich hun.</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN eto</translation>
        </message>
        <message>
            <source>Set up this till</source>
            <translation>Gosod y til hwn</translation>
        </message>
        <message>
            <source>The two PINs are not the same.</source>
            <translation>Nid yw'r ddau PIN yr un fath.</translation>
        </message>
    </context>
    <context>
        <name>FollowUp</name>
        <message>
            <source>Follow-up overdue since %1</source>
            <extracomment>columns set in bold on an overdue line (the whole line is tinted)</extracomment>
            <translation>Cysylltu eto yn hwyr ers %1</translation>
        </message>
        <message>
            <source>Follow-up due today</source>
            <translation>Cysylltu eto erbyn heddiw</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>Follow-up contact for %1</source>
            <translation>Cysylltu eto ar gyfer %1</translation>
        </message>
        <message>
            <source>Record the contact with the customer. If they confirm it is resolved, say so; otherwise give the date of the next contact.</source>
            <translation>Cofnodwch y cyswllt â'r cwsmer. Os yw'n cadarnhau ei bod wedi'i datrys, dywedwch hynny; fel arall rhowch ddyddiad y cyswllt nesaf.</translation>
        </message>
        <message>
            <source>Save the contact</source>
            <translation>Cadw'r cyswllt</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Wedi'i datrys</translation>
        </message>
    </context>
    <context>
        <name>FollowUpQueue</name>
        <message>
            <source>Follow-ups due</source>
            <translation>Cysylltu eto: yn ddyledus</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Cyfeirnod</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Erbyn</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Diwrnodau'n hwyr</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categori</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>No follow-ups are due today or overdue.</source>
            <translation>Nid oes angen cysylltu eto heddiw, ac nid oes dim yn hwyr.</translation>
        </message>
        <message>
            <source>%1 overdue, %2 due today. Open one to record the contact.</source>
            <translation>Yn hwyr: %1; erbyn heddiw: %2. Agorwch un i gofnodi'r cyswllt.</translation>
        </message>
        <message>
            <source>The oldest %1 are listed here; the list's Overdue filter finds every one.</source>
            <translation>Rhestrir yr hynaf yma (%1); mae hidl Hwyr y rhestr yn dod o hyd i bob un.</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <source>Discard it</source>
            <translation>Ei daflu</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>Parhau i olygu</translation>
        </message>
    </context>
    <context>
        <name>HeadOfficePanel</name>
        <message>
            <source>Head office</source>
            <translation>Prif swyddfa</translation>
        </message>
        <message>
            <source>This till's key</source>
            <translation>Allwedd y til hwn</translation>
        </message>
        <message>
            <source>Head office's key</source>
            <translation>Allwedd y brif swyddfa</translation>
        </message>
        <message>
            <source>Head office has</source>
            <translation>Mae gan y brif swyddfa</translation>
        </message>
        <message>
            <source>Last sent</source>
            <translation>Anfonwyd ddiwethaf</translation>
        </message>
        <message>
            <source>Send to head office…</source>
            <translation>Anfon i'r brif swyddfa…</translation>
        </message>
        <message>
            <source>Read acknowledgement…</source>
            <translation>Darllen y cydnabyddiaeth…</translation>
        </message>
        <message>
            <source>Install head office's key…</source>
            <translation>Gosod allwedd y brif swyddfa…</translation>
        </message>
        <message>
            <source>Save this till's key…</source>
            <translation>Cadw allwedd y til hwn…</translation>
        </message>
        <message>
            <source>Not installed yet</source>
            <translation>Heb ei gosod eto</translation>
        </message>
        <message>
            <source>every change up to %1; %2 changed since, waiting to be sent</source>
            <translation>pob newid hyd at %1; newidiadau ers hynny yn aros i'w hanfon: %2</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Byth</translation>
        </message>
        <message>
            <source>Send to which folder or stick?</source>
            <translation>Anfon i ba ffolder neu gof bach?</translation>
        </message>
        <message>
            <source>Save this till's key as</source>
            <translation>Cadw allwedd y til hwn fel</translation>
        </message>
        <message>
            <source>Could not read or write the file: %1</source>
            <translation>Methu darllen neu ysgrifennu'r ffeil: %1</translation>
        </message>
        <message>
            <source>Sealing the changes for head office… You can carry on using the till.</source>
            <translation>Selio'r newidiadau ar gyfer y brif swyddfa… Gallwch barhau i ddefnyddio'r til.</translation>
        </message>
        <message>
            <source>in %1</source>
            <translation>yn %1</translation>
        </message>
        <message>
            <source>in %1 files in %2</source>
            <translation>mewn ffeiliau (%1) yn %2</translation>
        </message>
        <message>
            <source>Sealed changes %1 to %2 for head office %3.</source>
            <translation>Seliwyd newidiadau %1 i %2 ar gyfer y brif swyddfa %3.</translation>
        </message>
        <message>
            <source>Head office's acknowledgement</source>
            <translation>Cydnabyddiaeth y brif swyddfa</translation>
        </message>
        <message>
            <source>Head office has every change up to %1.</source>
            <translation>Mae gan y brif swyddfa bob newid hyd at %1.</translation>
        </message>
        <message>
            <source>Head office's key file</source>
            <translation>Ffeil allwedd y brif swyddfa</translation>
        </message>
        <message>
            <source>Installed. Check this fingerprint with head office by phone: %1</source>
            <translation>Wedi'i gosod. Gwiriwch yr olion bysedd hyn gyda'r brif swyddfa dros y ffôn: %1</translation>
        </message>
        <message>
            <source>Saved: send %1 to head office.</source>
            <translation>Cadwyd: anfonwch %1 i'r brif swyddfa.</translation>
        </message>
    </context>
    <context>
        <name>HeadOfficeWindow</name>
        <message>
            <source>Till Complaint Logger: head office</source>
            <translation>Till Complaint Logger: prif swyddfa</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>the whole chain</source>
            <translation>y gadwyn gyfan</translation>
        </message>
        <message>
            <source>Stores</source>
            <translation>Siopau</translation>
        </message>
        <message>
            <source>League table</source>
            <translation>Tabl cynghrair</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Tueddiadau</translation>
        </message>
        <message>
            <source>Abuse by hour</source>
            <translation>Cam-drin fesul awr</translation>
        </message>
        <message>
            <source>RIDDOR</source>
            <translation>RIDDOR</translation>
        </message>
        <message>
            <source>Repeat customers</source>
            <translation>Cwsmeriaid sy'n dychwelyd</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Chwilio</translation>
        </message>
        <message>
            <source>Period pack…</source>
            <translation>Pecyn y cyfnod…</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Allgofnodi</translation>
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Reference</source>
            <extracomment>marked for lupdate, translated where they are shown</extracomment>
            <translation>Cyfeirnod</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Cadwyd</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categori</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Allgofnodi</translation>
        </message>
        <message>
            <source>New complaint</source>
            <translation>Cwyn newydd</translation>
        </message>
        <message>
            <source>Report abusive behaviour</source>
            <translation>Rhoi gwybod am ymddygiad camdriniol</translation>
        </message>
        <message>
            <source>Record abuse, threats or violence towards staff — a separate, restricted record</source>
            <translation>Cofnodi cam-drin, bygythiadau neu drais tuag at staff — cofnod ar wahân, cyfyngedig</translation>
        </message>
        <message>
            <source>Complaints and follow-ups</source>
            <translation>Cwynion a chysylltu eto</translation>
        </message>
        <message>
            <source>Find any complaint; follow-ups due, escalations waiting and the dashboard</source>
            <translation>Dod o hyd i unrhyw gŵyn; cysylltu eto sy'n ddyledus, uwchgyfeiriadau'n aros a'r dangosfwrdd</translation>
        </message>
        <message>
            <source>Coaching</source>
            <translation>Hyfforddi</translation>
        </message>
        <message>
            <source>Figures per member of staff and the marking points most often missed</source>
            <translation>Ffigurau fesul aelod o staff a'r pwyntiau marcio a gollir amlaf</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Digwyddiadau</translation>
        </message>
        <message>
            <source>Store settings</source>
            <translation>Gosodiadau'r siop</translation>
        </message>
        <message>
            <source>Staff accounts</source>
            <translation>Cyfrifon staff</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Trywydd archwilio</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Adroddiadau</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copïau wrth gefn</translation>
        </message>
        <message>
            <source>Data protection</source>
            <translation>Diogelu data</translation>
        </message>
        <message>
            <source>How long personal data is kept; a person's request to see or erase their data</source>
            <translation>Am faint y cedwir data personol; cais person i weld neu ddileu ei ddata</translation>
        </message>
        <message>
            <source>Recent complaints</source>
            <translation>Cwynion diweddar</translation>
        </message>
        <message>
            <source>Double-click or press Enter to open a complaint</source>
            <translation>Cliciwch ddwywaith neu pwyswch Enter i agor cwyn</translation>
        </message>
        <message>
            <source>Resume it</source>
            <translation>Parhau â hi</translation>
        </message>
        <message>
            <source>Discard it</source>
            <translation>Ei daflu</translation>
        </message>
        <message>
            <source>Open it</source>
            <translation>Ei agor</translation>
        </message>
        <message>
            <source>Seen</source>
            <translation>Wedi'i weld</translation>
        </message>
        <message>
            <source>Decision on %1, which you escalated: %2 (%3, %4).</source>
            <translation>Penderfyniad ar %1, a uwchgyfeiriwyd gennych: %2 (%3, %4).</translation>
        </message>
        <message>
            <source>(%1 more after it.)</source>
            <translation>(%1 arall ar ei ôl.)</translation>
        </message>
        <message>
            <source>%1 overdue</source>
            <translation>Yn hwyr: %1</translation>
        </message>
        <message>
            <source>%1 due today</source>
            <translation>Erbyn heddiw: %1</translation>
        </message>
        <message>
            <source>%1 escalated</source>
            <translation>Wedi'u huwchgyfeirio: %1</translation>
        </message>
        <message>
            <source> by %1</source>
            <translation> gan %1</translation>
        </message>
        <message>
            <source>An unfinished complaint started%1 at %2 was kept.</source>
            <translation>Cadwyd cwyn anorffenedig a ddechreuwyd%1 am %2.</translation>
        </message>
        <message>
            <source>Hello, %1</source>
            <translation>Helo, %1</translation>
        </message>
        <message>
            <source>Your recent complaints</source>
            <translation>Eich cwynion diweddar</translation>
        </message>
        <message>
            <source>Recent complaints in this store</source>
            <translation>Cwynion diweddar yn y siop hon</translation>
        </message>
    </context>
    <context>
        <name>IncidentFlow</name>
        <message>
            <source>Cannot start the report</source>
            <translation>Methu dechrau'r adroddiad</translation>
        </message>
        <message>
            <source>Cannot open the incident</source>
            <translation>Methu agor y digwyddiad</translation>
        </message>
        <message>
            <source>Saved as %1. You can complete it later from 'Incidents'.</source>
            <translation>Cadwyd fel %1. Gallwch ei gwblhau'n nes ymlaen o 'Digwyddiadau'.</translation>
        </message>
    </context>
    <context>
        <name>IncidentForm</name>
        <message>
            <source>Report abusive behaviour</source>
            <extracomment>How each field's editor is set out here (the engine's options), by field key. Answers the cross-field rules check but that are not one editor (messages shown here).</extracomment>
            <translation>Rhoi gwybod am ymddygiad camdriniol</translation>
        </message>
        <message>
            <source>Complete incident %1</source>
            <translation>Cwblhau digwyddiad %1</translation>
        </message>
        <message>
            <source>A restricted record: only managers and the people named in it can open it. Save the essentials now and complete it later.</source>
            <translation>Cofnod cyfyngedig: dim ond rheolwyr a'r bobl a enwir ynddo all ei agor. Cadwch y pethau hanfodol nawr a'i gwblhau'n nes ymlaen.</translation>
        </message>
        <message>
            <source>Carry on with it</source>
            <translation>Parhau ag ef</translation>
        </message>
        <message>
            <source>1. When and where</source>
            <translation>1. Pryd a ble</translation>
        </message>
        <message>
            <source>2. What happened, in your own words</source>
            <translation>2. Beth ddigwyddodd, yn eich geiriau eich hun</translation>
        </message>
        <message>
            <source>Show STAR prompts (Situation, Task, Action, Result)</source>
            <translation>Dangos awgrymiadau STAR (Sefyllfa, Tasg, Gweithred, Canlyniad)</translation>
        </message>
        <message>
            <source>3. What kind of behaviour (tick all that apply)</source>
            <translation>3. Pa fath o ymddygiad (ticiwch bob un sy'n berthnasol)</translation>
        </message>
        <message>
            <source>4. Who it happened to, and who saw it</source>
            <translation>4. I bwy y digwyddodd, a phwy a'i gwelodd</translation>
        </message>
        <message>
            <source>5. What triggered it</source>
            <translation>5. Beth a'i sbardunodd</translation>
        </message>
        <message>
            <source>6. What you tried to calm things down</source>
            <translation>6. Beth y ceisioch ei wneud i dawelu pethau</translation>
        </message>
        <message>
            <source>7. Who was called, and the police</source>
            <translation>7. Pwy a alwyd, a'r heddlu</translation>
        </message>
        <message>
            <source>8. Injury</source>
            <translation>8. Anaf</translation>
        </message>
        <message>
            <source>9. CCTV</source>
            <translation>9. Teledu cylch cyfyng</translation>
        </message>
        <message>
            <source>A manager logs each disclosure of the footage (date, to whom, which organisation, why) from the incident's page.</source>
            <translation>Mae rheolwr yn cofnodi pob datgeliad o'r ffilm (dyddiad, i bwy, pa sefydliad, pam) o dudalen y digwyddiad.</translation>
        </message>
        <message>
            <source>10. The person (only as far as needed)</source>
            <translation>10. Y person (dim ond cymaint ag sydd ei angen)</translation>
        </message>
        <message>
            <source>Describe only what would help someone recognise them again: height, build, clothing, anything they carried, which way they went. Do not guess or record their ethnicity, religion, health, sexuality or other personal details, and do not write opinions or labels. If they are known (e.g. a loyalty card name), say so only if the police or your manager need it.</source>
            <translation>Disgrifiwch ddim ond yr hyn a fyddai'n helpu rhywun i'w hadnabod eto: taldra, corffolaeth, dillad, unrhyw beth yr oeddent yn ei gario, pa ffordd yr aethant. Peidiwch â dyfalu na chofnodi eu hethnigrwydd, crefydd, iechyd, rhywioldeb na manylion personol eraill, a pheidiwch ag ysgrifennu barn na labeli. Os ydynt yn hysbys (e.e. enw ar gerdyn teyrngarwch), dywedwch hynny dim ond os oes ar yr heddlu neu eich rheolwr ei angen.</translation>
        </message>
        <message>
            <source>11. Looking after you</source>
            <translation>11. Gofalu amdanoch chi</translation>
        </message>
        <message>
            <source>The law (guidance, not legal advice)</source>
            <translation>Y gyfraith (canllawiau, nid cyngor cyfreithiol)</translation>
        </message>
        <message>
            <source>Close (keeps what you typed)</source>
            <translation>Cau (yn cadw'r hyn a deipiwyd gennych)</translation>
        </message>
        <message>
            <source>Save now, complete later</source>
            <translation>Cadw nawr, cwblhau'n nes ymlaen</translation>
        </message>
        <message>
            <source>Save complete report</source>
            <translation>Cadw'r adroddiad cyflawn</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>Cau heb gadw</translation>
        </message>
        <message>
            <source>Save added details</source>
            <translation>Cadw'r manylion ychwanegol</translation>
        </message>
        <message>
            <source>Linked to complaint %1</source>
            <translation>Yn gysylltiedig â chwyn %1</translation>
        </message>
        <message>
            <source>You have an unfinished report started at %1. Carry on with it, or start this new one.</source>
            <translation>Mae gennych adroddiad anorffenedig a ddechreuwyd am %1. Parhewch ag ef, neu dechreuwch yr un newydd hwn.</translation>
        </message>
        <message numerus="yes">
            <source>Please check %n answer(s) marked in red.</source>
            <translation>
                <numerusform>Gwiriwch yr atebion sydd wedi'u marcio'n goch (%n).</numerusform>
                <numerusform>Gwiriwch yr atebion sydd wedi'u marcio'n goch (%n).</numerusform>
                <numerusform>Gwiriwch yr atebion sydd wedi'u marcio'n goch (%n).</numerusform>
                <numerusform>Gwiriwch yr atebion sydd wedi'u marcio'n goch (%n).</numerusform>
                <numerusform>Gwiriwch yr atebion sydd wedi'u marcio'n goch (%n).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IncidentList</name>
        <message>
            <source>Incident</source>
            <translation>Digwyddiad</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Pryd</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Ble</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Digwyddiadau</translation>
        </message>
        <message>
            <source>Abusive-behaviour incidents</source>
            <translation>Digwyddiadau ymddygiad camdriniol</translation>
        </message>
        <message>
            <source>Incident records are restricted: you can open the ones you reported or are named in; others show only their date.</source>
            <translation>Mae cofnodion digwyddiadau yn gyfyngedig: gallwch agor y rhai y rhoesoch wybod amdanynt neu y'ch enwir ynddynt; dim ond eu dyddiad a ddangosir ar gyfer y lleill.</translation>
        </message>
        <message>
            <source>An incident on %1</source>
            <translation>Digwyddiad ar %1</translation>
        </message>
        <message>
            <source>No incidents recorded.</source>
            <translation>Dim digwyddiadau wedi'u cofnodi.</translation>
        </message>
    </context>
    <context>
        <name>IncidentListModel</name>
        <message>
            <source>Reference</source>
            <extracomment>Qt role carrying the reference of a row (to open it)</extracomment>
            <translation>Cyfeirnod</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dyddiad</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Ble</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Beth ddigwyddodd</translation>
        </message>
        <message>
            <source>Restricted: only the people involved and the manager can open it.</source>
            <translation>Cyfyngedig: dim ond y bobl dan sylw a'r rheolwr all ei agor.</translation>
        </message>
        <message>
            <source>Restricted</source>
            <translation>Cyfyngedig</translation>
        </message>
    </context>
    <context>
        <name>IncidentView</name>
        <message>
            <source>Police</source>
            <translation>Heddlu</translation>
        </message>
        <message>
            <source>Head office</source>
            <translation>Prif swyddfa</translation>
        </message>
        <message>
            <source>Insurer</source>
            <translation>Yswiriwr</translation>
        </message>
        <message>
            <source>HSE</source>
            <translation>HSE</translation>
        </message>
        <message>
            <source>Open linked complaint</source>
            <extracomment>Rows with names of their own (what tests and accessibility tools look for).</extracomment>
            <translation>Agor y gŵyn gysylltiedig</translation>
        </message>
        <message>
            <source>Complete missing details</source>
            <translation>Cwblhau'r manylion coll</translation>
        </message>
        <message>
            <source>Print the report</source>
            <translation>Argraffu'r adroddiad</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cau</translation>
        </message>
        <message>
            <source>Restricted record</source>
            <translation>Cofnod cyfyngedig</translation>
        </message>
        <message>
            <source>Incident %1</source>
            <translation>Digwyddiad %1</translation>
        </message>
        <message>
            <source>  (closed)</source>
            <translation>  (ar gau)</translation>
        </message>
        <message>
            <source>Still to do:</source>
            <translation>I'w wneud o hyd:</translation>
        </message>
        <message>
            <source>Updates (added later; nothing above is changed)</source>
            <translation>Diweddariadau (ychwanegwyd wedyn; ni newidir dim uchod)</translation>
        </message>
        <message>
            <source>No updates yet.</source>
            <translation>Dim diweddariadau eto.</translation>
        </message>
        <message>
            <source>Disclosure log</source>
            <translation>Cofnod datgelu</translation>
        </message>
        <message>
            <source>Nothing disclosed yet.</source>
            <translation>Dim wedi'i ddatgelu eto.</translation>
        </message>
        <message>
            <source>Add update</source>
            <translation>Ychwanegu diweddariad</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Ynghylch</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Diweddariad</translation>
        </message>
        <message>
            <source>Crime reference number (if given)</source>
            <translation>Cyfeirnod trosedd (os rhoddwyd un)</translation>
        </message>
        <message>
            <source>Close the incident</source>
            <translation>Cau'r digwyddiad</translation>
        </message>
        <message>
            <source>Record disclosure</source>
            <translation>Cofnodi datgeliad</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dyddiad</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Beth</translation>
        </message>
        <message>
            <source>CCTV footage</source>
            <translation>Ffilm teledu cylch cyfyng</translation>
        </message>
        <message>
            <source>Incident record</source>
            <translation>Cofnod y digwyddiad</translation>
        </message>
        <message>
            <source>To whom</source>
            <translation>I bwy</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pam</translation>
        </message>
        <message>
            <source>Update added.</source>
            <translation>Ychwanegwyd diweddariad.</translation>
        </message>
        <message>
            <source>Disclosure recorded.</source>
            <translation>Cofnodwyd y datgeliad.</translation>
        </message>
    </context>
    <context>
        <name>KpiTile</name>
        <message>
            <source>Shows the complaints behind this figure</source>
            <translation>Yn dangos y cwynion y tu ôl i'r ffigur hwn</translation>
        </message>
        <message>
            <source>Show the complaints behind this figure</source>
            <translation>Dangos y cwynion y tu ôl i'r ffigur hwn</translation>
        </message>
    </context>
    <context>
        <name>LeagueView</name>
        <message>
            <source>First contact resolution</source>
            <extracomment>The abuse grid's heat colour (the busiest hours darkest).</extracomment>
            <translation>Datrys ar y cyswllt cyntaf</translation>
        </message>
        <message>
            <source>Escalation rate</source>
            <translation>Cyfradd uwchgyfeirio</translation>
        </message>
        <message>
            <source>Average days to close</source>
            <translation>Nifer cyfartalog o ddiwrnodau i gau</translation>
        </message>
        <message>
            <source>Follow-ups overdue</source>
            <translation>Cysylltu eto yn hwyr</translation>
        </message>
        <message>
            <source>Customer satisfaction (1-5)</source>
            <translation>Bodlonrwydd cwsmeriaid (1-5)</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Ffigur</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Rhanbarth</translation>
        </message>
        <message>
            <source>League table</source>
            <translation>Tabl cynghrair</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Safle</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Siop</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Cwynion</translation>
        </message>
    </context>
    <context>
        <name>LegalHint</name>
        <message>
            <source>The customer’s rights in law</source>
            <translation>Hawliau'r cwsmer yn ôl y gyfraith</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>This till is locked</source>
            <translation>Mae'r til hwn wedi'i gloi</translation>
        </message>
        <message>
            <source>Staff code</source>
            <translation>Cod staff</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Datgloi</translation>
        </message>
        <message>
            <source>%1, enter your PIN to carry on. Someone else can sign in with their own code; %1's work is kept for them.</source>
            <translation>%1, rhowch eich PIN i barhau. Gall rhywun arall fewngofnodi gyda'i god ei hun; cedwir gwaith %1 ar eu cyfer.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Program</source>
            <extracomment>Screens a person is likely to open next, built ahead a step at a time.</extracomment>
            <translation>&amp;Rhaglen</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>&amp;Ynghylch</translation>
        </message>
        <message>
            <source>&amp;Sign out</source>
            <translation>&amp;Allgofnodi</translation>
        </message>
        <message>
            <source>%1, version %2.
Guided complaint and incident records for the till. Works entirely offline; nothing is sent anywhere.</source>
            <translation>%1, fersiwn %2.
Cofnodion cwynion a digwyddiadau dan arweiniad ar gyfer y til. Yn gweithio'n gyfan gwbl all-lein; nid anfonir dim i unman.</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Ynghylch</translation>
        </message>
        <message>
            <source>Signed out. The complaint you were writing is kept as a draft: sign in again to carry on with it from the home screen.</source>
            <translation>Wedi allgofnodi. Cedwir y gŵyn yr oeddech yn ei hysgrifennu fel drafft: mewngofnodwch eto i barhau â hi o'r sgrin gartref.</translation>
        </message>
        <message>
            <source>Cannot open the complaint</source>
            <translation>Methu agor y gŵyn</translation>
        </message>
        <message>
            <source>Cannot start a complaint</source>
            <translation>Methu dechrau cwyn</translation>
        </message>
        <message>
            <source>Cannot resume</source>
            <translation>Methu parhau</translation>
        </message>
        <message>
            <source>Discard the unfinished complaint?</source>
            <translation>Taflu'r gŵyn anorffenedig?</translation>
        </message>
        <message>
            <source>Everything typed for it will be lost.</source>
            <translation>Bydd popeth a deipiwyd ar ei chyfer yn cael ei golli.</translation>
        </message>
        <message>
            <source>Discard the complaint</source>
            <translation>Taflu'r gŵyn</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Ei chadw</translation>
        </message>
        <message>
            <source>Cannot discard</source>
            <translation>Methu taflu</translation>
        </message>
    </context>
    <context>
        <name>OptionsPage</name>
        <message>
            <source>Our returns policy: </source>
            <translation>Ein polisi dychwelyd: </translation>
        </message>
        <message>
            <source>Option</source>
            <translation>Opsiwn</translation>
        </message>
        <message>
            <source>Cost (£)</source>
            <translation>Cost (£)</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Amser</translation>
        </message>
        <message>
            <source>Impact on the customer</source>
            <translation>Yr effaith ar y cwsmer</translation>
        </message>
        <message>
            <source>Add another option</source>
            <translation>Ychwanegu opsiwn arall</translation>
        </message>
        <message>
            <source>Option %1 %2</source>
            <translation>Opsiwn %1 %2</translation>
        </message>
        <message>
            <source>Choose the option you offer…</source>
            <translation>Dewiswch yr opsiwn rydych yn ei gynnig…</translation>
        </message>
    </context>
    <context>
        <name>OtherWitnesses</name>
        <message>
            <source>Add witness</source>
            <translation>Ychwanegu tyst</translation>
        </message>
        <message>
            <source>Remove selected witness</source>
            <translation>Tynnu'r tyst a ddewiswyd</translation>
        </message>
    </context>
    <context>
        <name>OutstandingList</name>
        <message>
            <source>Incident</source>
            <translation>Digwyddiad</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Pryd</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Ble</translation>
        </message>
        <message>
            <source>Still to do</source>
            <translation>I'w wneud o hyd</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Erbyn</translation>
        </message>
        <message>
            <source>All incidents</source>
            <translation>Pob digwyddiad</translation>
        </message>
        <message>
            <source>Incidents with actions outstanding</source>
            <translation>Digwyddiadau â chamau heb eu gwneud</translation>
        </message>
        <message>
            <source>Incidents: actions outstanding</source>
            <translation>Digwyddiadau: camau heb eu gwneud</translation>
        </message>
        <message>
            <source>Open abusive-behaviour incidents that still need something from a manager. Rows in red are overdue.</source>
            <translation>Digwyddiadau ymddygiad camdriniol agored sydd angen rhywbeth gan reolwr o hyd. Mae'r rhesi coch yn hwyr.</translation>
        </message>
        <message>
            <source>Nothing outstanding.</source>
            <translation>Dim byd heb ei wneud.</translation>
        </message>
    </context>
    <context>
        <name>PackDialog</name>
        <message>
            <source>Period pack</source>
            <translation>Pecyn y cyfnod</translation>
        </message>
        <message>
            <source>Which stores</source>
            <translation>Pa siopau</translation>
        </message>
        <message>
            <source>The whole chain</source>
            <translation>Y gadwyn gyfan</translation>
        </message>
        <message>
            <source>Region %1</source>
            <translation>Rhanbarth %1</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Ar gyfer</translation>
        </message>
        <message>
            <source>Make the pack</source>
            <translation>Gwneud y pecyn</translation>
        </message>
    </context>
    <context>
        <name>PeriodBar</name>
        <message>
            <source>Show</source>
            <translation>Dangos</translation>
        </message>
        <message>
            <source>From</source>
            <translation>O</translation>
        </message>
        <message>
            <source>to</source>
            <translation>i</translation>
        </message>
    </context>
    <context>
        <name>PromptPanel</name>
        <message>
            <source>You might say:</source>
            <translation>Gallech ddweud:</translation>
        </message>
        <message>
            <source>Avoid:</source>
            <translation>Osgowch:</translation>
        </message>
    </context>
    <context>
        <name>QuestionsPage</name>
        <message>
            <source>Choose the category…</source>
            <translation>Dewiswch y categori…</translation>
        </message>
        <message>
            <source>Complaints in this category are always escalated.</source>
            <translation>Caiff cwynion yn y categori hwn eu huwchgyfeirio bob amser.</translation>
        </message>
        <message>
            <source>Ask, and note each answer (at least one is needed) *</source>
            <translation>Gofynnwch, a nodwch bob ateb (mae angen o leiaf un) *</translation>
        </message>
    </context>
    <context>
        <name>Queues</name>
        <message>
            <source>Double-click or press Enter to open a complaint</source>
            <translation>Cliciwch ddwywaith neu pwyswch Enter i agor cwyn</translation>
        </message>
    </context>
    <context>
        <name>RatingEditor</name>
        <message>
            <source>Not given</source>
            <translation>Heb ei roi</translation>
        </message>
        <message>
            <source>Score %1</source>
            <translation>Sgôr %1</translation>
        </message>
    </context>
    <context>
        <name>RecordView</name>
        <message>
            <source>Close</source>
            <translation>Cau</translation>
        </message>
    </context>
    <context>
        <name>RecordsDialog</name>
        <message>
            <source>Records behind the figure</source>
            <translation>Y cofnodion y tu ôl i'r ffigur</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categori</translation>
        </message>
        <message>
            <source>Behaviour</source>
            <translation>Ymddygiad</translation>
        </message>
        <message numerus="yes">
            <source>%n records</source>
            <translation>
                <numerusform>Cofnodion: %n</numerusform>
                <numerusform>Cofnodion: %n</numerusform>
                <numerusform>Cofnodion: %n</numerusform>
                <numerusform>Cofnodion: %n</numerusform>
                <numerusform>Cofnodion: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>1 record</source>
            <translation>Cofnodion: 1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cau</translation>
        </message>
    </context>
    <context>
        <name>RecordsTable</name>
        <message>
            <source>Double-click for the records behind a figure</source>
            <translation>Cliciwch ddwywaith am y cofnodion y tu ôl i ffigur</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Cofnodion</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Siop</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Cyfeirnod</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Pryd</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>Uwchgyfeiriwyd</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ie</translation>
        </message>
    </context>
    <context>
        <name>RegionBox</name>
        <message>
            <source>Region</source>
            <translation>Rhanbarth</translation>
        </message>
        <message>
            <source>The whole chain</source>
            <translation>Y gadwyn gyfan</translation>
        </message>
    </context>
    <context>
        <name>RepeatView</name>
        <message>
            <source>Repeat customers</source>
            <translation>Cwsmeriaid sy'n dychwelyd</translation>
        </message>
        <message>
            <source>Stores</source>
            <translation>Siopau</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Cwynion</translation>
        </message>
        <message>
            <source>References</source>
            <translation>Cyfeirnodau</translation>
        </message>
    </context>
    <context>
        <name>ReportPreview</name>
        <message>
            <source>Print…</source>
            <translation>Argraffu…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Cadw fel PDF…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cau</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Cadw'r adroddiad</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Sent %1 pages to the printer.</source>
            <translation>Anfonwyd tudalennau (%1) i'r argraffydd.</translation>
        </message>
        <message>
            <source>The printer could not be used.</source>
            <translation>Nid oedd modd defnyddio'r argraffydd.</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Heb ei gadw: %1</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Cadwyd yn %1</translation>
        </message>
    </context>
    <context>
        <name>ReportsScreen</name>
        <message>
            <source>Reports for head office</source>
            <translation>Adroddiadau ar gyfer y brif swyddfa</translation>
        </message>
        <message>
            <source>From</source>
            <translation>O</translation>
        </message>
        <message>
            <source>To</source>
            <translation>I</translation>
        </message>
        <message>
            <source>Complaints summary</source>
            <translation>Crynodeb cwynion</translation>
        </message>
        <message>
            <source>Abusive behaviour summary</source>
            <translation>Crynodeb ymddygiad camdriniol</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Yn ôl</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message>
            <source>Review %1</source>
            <translation>Adolygu %1</translation>
        </message>
        <message>
            <source>Feedback for %1, who took this complaint. They will see it when they next sign in.</source>
            <translation>Adborth i %1, a ymdriniodd â'r gŵyn hon. Bydd yn ei weld y tro nesaf y bydd yn mewngofnodi.</translation>
        </message>
        <message>
            <source>Save the feedback</source>
            <translation>Cadw'r adborth</translation>
        </message>
    </context>
    <context>
        <name>RiddorView</name>
        <message>
            <source>RIDDOR cases</source>
            <translation>Achosion RIDDOR</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Erbyn</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Siop</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Digwyddiad</translation>
        </message>
        <message>
            <source>Happened</source>
            <translation>Digwyddodd</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>Rhoddwyd gwybod</translation>
        </message>
        <message>
            <source>What RIDDOR asks</source>
            <translation>Yr hyn y mae RIDDOR yn ei ofyn</translation>
        </message>
    </context>
    <context>
        <name>SavedScreen</name>
        <message>
            <source>Complaint saved. Give the customer this reference:</source>
            <translation>Cadwyd y gŵyn. Rhowch y cyfeirnod hwn i'r cwsmer:</translation>
        </message>
        <message>
            <source>Print the receipt or the customer's copy</source>
            <translation>Argraffu'r dderbynneb neu gopi'r cwsmer</translation>
        </message>
        <message>
            <source>The customer became abusive: report it</source>
            <translation>Aeth y cwsmer yn gamdriniol: rhowch wybod</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Wedi gorffen</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Statws: %1</translation>
        </message>
    </context>
    <context>
        <name>SearchView</name>
        <message>
            <source>Words to find</source>
            <translation>Geiriau i chwilio amdanynt</translation>
        </message>
        <message>
            <source>A reference, a product, a name…</source>
            <translation>Cyfeirnod, cynnyrch, enw…</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Chwilio</translation>
        </message>
        <message>
            <source>Category or behaviour</source>
            <translation>Categori neu ymddygiad</translation>
        </message>
        <message>
            <source>Nothing holds all of those words.</source>
            <translation>Nid oes dim yn cynnwys yr holl eiriau hynny.</translation>
        </message>
    </context>
    <context>
        <name>SettingsScreen</name>
        <message>
            <source>Store settings</source>
            <translation>Gosodiadau'r siop</translation>
        </message>
        <message>
            <source>Complaint-handling model</source>
            <translation>Model ymdrin â chwynion</translation>
        </message>
        <message>
            <source>Staff may agree up to (£)</source>
            <translation>Gall staff gytuno hyd at (£)</translation>
        </message>
        <message>
            <source>A refund or goodwill amount above this needs a supervisor or manager.</source>
            <translation>Mae angen goruchwyliwr neu reolwr ar gyfer ad-daliad neu swm ewyllys da uwchlaw hyn.</translation>
        </message>
        <message>
            <source>Supervisors may agree up to (£)</source>
            <translation>Gall goruchwylwyr gytuno hyd at (£)</translation>
        </message>
        <message>
            <source>The store is in</source>
            <translation>Mae'r siop yn</translation>
        </message>
        <message>
            <source>Returns policy shown to staff</source>
            <translation>Y polisi dychwelyd a ddangosir i staff</translation>
        </message>
        <message>
            <source> min</source>
            <translation> mun</translation>
        </message>
        <message>
            <source>Lock the screen after</source>
            <translation>Cloi'r sgrin ar ôl</translation>
        </message>
        <message>
            <source>Complaints usually reach us</source>
            <translation>Mae cwynion fel arfer yn ein cyrraedd</translation>
        </message>
        <message>
            <source>The till speaks, unless a person chooses</source>
            <translation>Iaith y til, oni bai bod person yn dewis un arall</translation>
        </message>
        <message>
            <source>Keep customers' contact details and signatures out of what is sent to head office</source>
            <translation>Cadw manylion cyswllt a llofnodion cwsmeriaid allan o'r hyn a anfonir i'r brif swyddfa</translation>
        </message>
        <message>
            <source>Head office</source>
            <translation>Prif swyddfa</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôl</translation>
        </message>
        <message>
            <source>How to reach them</source>
            <translation>Sut i gysylltu â nhw</translation>
        </message>
        <message>
            <source>Escalation contact %1 %2</source>
            <translation>Cyswllt uwchgyfeirio %1 %2</translation>
        </message>
        <message>
            <source>Escalation contacts</source>
            <translation>Cysylltiadau uwchgyfeirio</translation>
        </message>
        <message>
            <source>Categories staff can choose</source>
            <translation>Categorïau y gall staff eu dewis</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Cadw'r gosodiadau</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Yn ôl</translation>
        </message>
        <message>
            <source>Not saved: please correct the fields marked.</source>
            <translation>Heb eu cadw: cywirwch y meysydd sydd wedi'u marcio.</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Cadwyd y gosodiadau.</translation>
        </message>
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <source>Head office</source>
            <translation>Prif swyddfa</translation>
        </message>
        <message>
            <source>Your code</source>
            <translation>Eich cod</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Cyfrinair</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Mewngofnodi</translation>
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <source>Who are you?</source>
            <extracomment>chosen here before signing in: kept as the person's own (ui.main_window)</extracomment>
            <translation>Pwy ydych chi?</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Staff code</source>
            <translation>Cod staff</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Mewngofnodi</translation>
        </message>
        <message>
            <source>Opening the complaint records…</source>
            <translation>Agor cofnodion y cwynion…</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Mewngofnodi…</translation>
        </message>
    </context>
    <context>
        <name>StaffScreen</name>
        <message>
            <source>Staff accounts</source>
            <translation>Cyfrifon staff</translation>
        </message>
        <message>
            <source>Add a member of staff</source>
            <translation>Ychwanegu aelod o staff</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Staff code</source>
            <translation>Cod staff</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôl</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>4 to 8 digits (managers: 6 to 8).</source>
            <translation>4 i 8 digid (rheolwyr: 6 i 8).</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ychwanegu</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Yn ôl</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Datgloi</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>PIN newydd</translation>
        </message>
        <message>
            <source>New PIN for the selected person</source>
            <translation>PIN newydd i'r person a ddewiswyd</translation>
        </message>
        <message>
            <source>Reset PIN</source>
            <translation>Ailosod PIN</translation>
        </message>
        <message>
            <source>New role for the selected person</source>
            <translation>Rôl newydd i'r person a ddewiswyd</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Newid rôl</translation>
        </message>
        <message>
            <source>Has left: switch off</source>
            <translation>Wedi gadael: diffodd</translation>
        </message>
        <message>
            <source>[has left: cannot sign in]</source>
            <translation>[wedi gadael: methu mewngofnodi]</translation>
        </message>
        <message>
            <source>[locked: too many wrong PINs]</source>
            <translation>[wedi'i gloi: gormod o PINau anghywir]</translation>
        </message>
        <message>
            <source>Back at work: switch on</source>
            <translation>Yn ôl yn y gwaith: troi ymlaen</translation>
        </message>
        <message>
            <source>%1 is now %2.</source>
            <translation>Mae %1 bellach yn %2.</translation>
        </message>
        <message>
            <source>%1 can sign in again.</source>
            <translation>Gall %1 fewngofnodi eto.</translation>
        </message>
        <message>
            <source>%1 can no longer sign in; their records keep their name.</source>
            <translation>Ni all %1 fewngofnodi mwyach; mae eu cofnodion yn cadw eu henw.</translation>
        </message>
        <message>
            <source>New PIN set for %1. Tell them in person.</source>
            <translation>Gosodwyd PIN newydd i %1. Dywedwch wrthynt wyneb yn wyneb.</translation>
        </message>
        <message>
            <source>Added %1.</source>
            <translation>Ychwanegwyd %1.</translation>
        </message>
    </context>
    <context>
        <name>StartingWindow</name>
        <message>
            <source>Opening the complaint records…</source>
            <translation>Agor cofnodion y cwynion…</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Fersiwn %1</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Restore the newest backup</source>
            <translation>Adfer y copi wrth gefn diweddaraf</translation>
        </message>
    </context>
    <context>
        <name>StoresView</name>
        <message>
            <source>Mark stores silent for more than</source>
            <translation>Nodi siopau sy'n dawel am fwy na</translation>
        </message>
        <message>
            <source> days</source>
            <translation> diwrnod</translation>
        </message>
        <message>
            <source>Stores</source>
            <translation>Siopau</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Siop</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Rhanbarth</translation>
        </message>
        <message>
            <source>Last bundle</source>
            <translation>Y bwndel olaf</translation>
        </message>
        <message>
            <source>Changes held up to</source>
            <translation>Newidiadau a gedwir hyd at</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Ar goll</translation>
        </message>
    </context>
    <context>
        <name>TrendsView</name>
        <message>
            <source>Category</source>
            <translation>Categori</translation>
        </message>
        <message>
            <source>Root cause</source>
            <translation>Achos sylfaenol</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Gan</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Rhanbarth</translation>
        </message>
        <message>
            <source>Trends</source>
            <translation>Tueddiadau</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Beth</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Cyfanswm</translation>
        </message>
        <message>
            <source>No category</source>
            <translation>Dim categori</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceScreen</name>
        <message>
            <source>Complaints and follow-ups</source>
            <translation>Cwynion a chysylltu eto</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Yn ôl</translation>
        </message>
        <message>
            <source>All complaints</source>
            <translation>Pob cwyn</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dangosfwrdd</translation>
        </message>
        <message>
            <source>Follow-ups due</source>
            <translation>Cysylltu eto: yn ddyledus</translation>
        </message>
        <message>
            <source>Escalations</source>
            <translation>Uwchgyfeiriadau</translation>
        </message>
        <message>
            <source>Follow-ups due (%1)</source>
            <translation>Cysylltu eto: yn ddyledus (%1)</translation>
        </message>
        <message>
            <source>Escalations (%1)</source>
            <translation>Uwchgyfeiriadau (%1)</translation>
        </message>
    </context>
    <context>
        <name>YesNoEditor</name>
        <message>
            <source>Yes</source>
            <translation>Ie</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Na</translation>
        </message>
    </context>
    <context>
        <name>_AftercareDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <source>Discard what you typed?</source>
            <translation>Taflu'r hyn a deipiwyd gennych?</translation>
        </message>
        <message>
            <source>What you typed here will be lost. Discard it?</source>
            <translation>Bydd yr hyn a deipiwyd gennych yma yn cael ei golli. Ei daflu?</translation>
        </message>
    </context>
    <context>
        <name>_ListBase</name>
        <message>
            <source>Open incident</source>
            <translation>Agor y digwyddiad</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Yn ôl</translation>
        </message>
    </context>
    <context>
        <name>procedures</name>
        <message>
            <source>Acknowledge, Apologise, Act, Assure</source>
            <translation>Cydnabod, Ymddiheuro, Gweithredu, Sicrhau</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Cydnabod</translation>
        </message>
        <message>
            <source>Acknowledge the customer</source>
            <translation>Cydnabod y cwsmer</translation>
        </message>
        <message>
            <source>Greet the customer and give them your attention. Let them explain fully, note it in their
words, and read it back so they know you understand.</source>
            <translation>Cyfarchwch y cwsmer a rhowch eich sylw iddo. Gadewch iddo egluro'n llawn, nodwch y cyfan yn ei eiriau ef, a'i ddarllen yn ôl er mwyn iddo wybod eich bod yn deall.</translation>
        </message>
        <message>
            <source>Thank you for coming to me with this. What happened?</source>
            <translation>Diolch am ddod ataf gyda hyn. Beth ddigwyddodd?</translation>
        </message>
        <message>
            <source>So, to make sure I've understood…</source>
            <translation>Felly, i wneud yn siŵr fy mod wedi deall…</translation>
        </message>
        <message>
            <source>Making them wait without saying why.</source>
            <translation>Gwneud iddo aros heb ddweud pam.</translation>
        </message>
        <message>
            <source>Guessing what they mean.</source>
            <translation>Dyfalu beth mae'n ei olygu.</translation>
        </message>
        <message>
            <source>The details</source>
            <translation>Y manylion</translation>
        </message>
        <message>
            <source>Record what was bought, when, the receipt or order number and the amount. Scan the
receipt if they have it.</source>
            <translation>Cofnodwch beth a brynwyd, pryd, rhif y dderbynneb neu'r archeb a'r swm. Sganiwch y dderbynneb os yw hi ganddo.</translation>
        </message>
        <message>
            <source>Do you have the receipt with you?</source>
            <translation>Oes gennych chi'r dderbynneb?</translation>
        </message>
        <message>
            <source>Clarify</source>
            <translation>Egluro</translation>
        </message>
        <message>
            <source>Choose the category and ask the clarifying questions, rather than assuming.</source>
            <translation>Dewiswch y categori a gofynnwch y cwestiynau egluro, yn hytrach na thybio.</translation>
        </message>
        <message>
            <source>May I ask a few quick questions?</source>
            <translation>Ga i ofyn ychydig o gwestiynau sydyn?</translation>
        </message>
        <message>
            <source>Apologise</source>
            <translation>Ymddiheuro</translation>
        </message>
        <message>
            <source>Apologise sincerely for their experience and acknowledge how they feel. Apologising for
the experience is not admitting liability.
If the customer is angry or upset, stay calm: a steady voice, let them finish, no
blame. Record what you did; call a supervisor if it is getting worse.</source>
            <translation>Ymddiheurwch yn ddiffuant am ei brofiad a chydnabod sut mae'n teimlo. Nid yw ymddiheuro am y profiad yn golygu cyfaddef atebolrwydd. Os yw'r cwsmer yn ddig neu'n ofidus, arhoswch yn dawel: llais cyson, gadewch iddo orffen, dim bai. Cofnodwch beth wnaethoch chi; galwch oruchwyliwr os yw'n gwaethygu.</translation>
        </message>
        <message>
            <source>I'm sorry about this.</source>
            <translation>Mae'n ddrwg gen i am hyn.</translation>
        </message>
        <message>
            <source>I understand how frustrating that is.</source>
            <translation>Rwy'n deall pa mor rhwystredig yw hynny.</translation>
        </message>
        <message>
            <source>Sounding defensive or arguing.</source>
            <translation>Swnio'n amddiffynnol neu ddadlau.</translation>
        </message>
        <message>
            <source>Act</source>
            <translation>Gweithredu</translation>
        </message>
        <message>
            <source>Find the root cause</source>
            <translation>Dod o hyd i'r achos sylfaenol</translation>
        </message>
        <message>
            <source>Find out why it happened, not just what happened. Ask "why?" until you reach a cause we
can fix (the 5 Whys).</source>
            <translation>Darganfyddwch pam y digwyddodd, nid dim ond beth a ddigwyddodd. Gofynnwch "pam?" nes cyrraedd achos y gallwn ei drwsio (y 5 Pam).</translation>
        </message>
        <message>
            <source>Weigh the options</source>
            <translation>Pwyso a mesur yr opsiynau</translation>
        </message>
        <message>
            <source>Consider at least two solutions on cost, time and impact on the customer, and choose the
one that fits our policy and their legal rights. Escalate when it is beyond your authority.</source>
            <translation>Ystyriwch o leiaf ddau ateb o ran cost, amser a'r effaith ar y cwsmer, a dewiswch yr un sy'n cyd-fynd â'n polisi a'i hawliau cyfreithiol. Uwchgyfeiriwch pan fydd y tu hwnt i'ch awdurdod.</translation>
        </message>
        <message>
            <source>What I'd suggest is…</source>
            <translation>Yr hyn y byddwn i'n ei awgrymu yw…</translation>
        </message>
        <message>
            <source>Would that resolve it for you?</source>
            <translation>Fyddai hynny'n ei ddatrys i chi?</translation>
        </message>
        <message>
            <source>Customer agreement</source>
            <translation>Cytundeb y cwsmer</translation>
        </message>
        <message>
            <source>Explain the resolution and ask whether the customer agrees. If so, ask them to type or
sign their name.</source>
            <translation>Eglurwch y datrysiad a gofynnwch a yw'r cwsmer yn cytuno. Os felly, gofynnwch iddo deipio neu lofnodi ei enw.</translation>
        </message>
        <message>
            <source>Is that all right with you?</source>
            <translation>Ydy hynny'n iawn gyda chi?</translation>
        </message>
        <message>
            <source>Escalate</source>
            <translation>Uwchgyfeirio</translation>
        </message>
        <message>
            <source>Pass this to someone with the authority to resolve it. Tell the customer who, and when
they will hear back.</source>
            <translation>Trosglwyddwch hyn i rywun sydd â'r awdurdod i'w ddatrys. Dywedwch wrth y cwsmer pwy, a phryd y bydd yn clywed yn ôl.</translation>
        </message>
        <message>
            <source>My manager will take this from here and will contact you by…</source>
            <translation>Bydd fy rheolwr yn cymryd hyn drosodd a bydd yn cysylltu â chi erbyn…</translation>
        </message>
        <message>
            <source>Assure</source>
            <translation>Sicrhau</translation>
        </message>
        <message>
            <source>Assure and thank</source>
            <translation>Sicrhau a diolch</translation>
        </message>
        <message>
            <source>Assure the customer it is being put right and that we will learn from it. Thank them,
offer further help, and agree a follow-up if one is needed.</source>
            <translation>Sicrhewch y cwsmer ei bod yn cael ei chywiro ac y byddwn yn dysgu ohoni. Diolchwch iddo, cynigiwch ragor o help, a chytunwch pryd i gysylltu eto os oes angen.</translation>
        </message>
        <message>
            <source>Thank you for letting us know — we'll make sure it doesn't happen again.</source>
            <translation>Diolch am roi gwybod i ni — byddwn yn gwneud yn siŵr na fydd yn digwydd eto.</translation>
        </message>
        <message>
            <source>Is there anything else I can help you with today?</source>
            <translation>Oes unrhyw beth arall y galla i eich helpu ag ef heddiw?</translation>
        </message>
        <message>
            <source>Looking back</source>
            <translation>Edrych yn ôl</translation>
        </message>
        <message>
            <source>Once the customer has gone, take a moment: what went well, and what would you do
differently next time? Both are optional now; you will be asked again at the follow-up.</source>
            <translation>Unwaith y bydd y cwsmer wedi mynd, cymerwch funud: beth aeth yn dda, a beth fyddech chi'n ei wneud yn wahanol y tro nesaf? Mae'r ddau'n ddewisol nawr; gofynnir i chi eto pan fyddwch yn cysylltu eto.</translation>
        </message>
        <message>
            <source>Hear, Empathise, Apologise, Take ownership</source>
            <translation>Gwrando, Empathi, Ymddiheuro, Cymryd cyfrifoldeb</translation>
        </message>
        <message>
            <source>Hear</source>
            <translation>Gwrando</translation>
        </message>
        <message>
            <source>Hear the customer out</source>
            <translation>Gwrando ar y cwsmer i'r diwedd</translation>
        </message>
        <message>
            <source>Let the customer say everything without interrupting. Face them, keep your tone calm and
note their words as they say them. Then summarise it back so they know you heard.</source>
            <translation>Gadewch i'r cwsmer ddweud y cyfan heb dorri ar ei draws. Edrychwch arno, cadwch eich tôn yn dawel a nodwch ei eiriau wrth iddo eu dweud. Yna crynhowch yn ôl er mwyn iddo wybod eich bod wedi clywed.</translation>
        </message>
        <message>
            <source>Please tell me what happened — I'm listening.</source>
            <translation>Dywedwch wrtha i beth ddigwyddodd — rwy'n gwrando.</translation>
        </message>
        <message>
            <source>Let me check I've got this right…</source>
            <translation>Gadewch i mi wirio fy mod wedi deall yn iawn…</translation>
        </message>
        <message>
            <source>Interrupting or correcting them mid-sentence.</source>
            <translation>Torri ar ei draws neu ei gywiro ar ganol brawddeg.</translation>
        </message>
        <message>
            <source>Looking at the screen instead of the customer.</source>
            <translation>Edrych ar y sgrin yn lle ar y cwsmer.</translation>
        </message>
        <message>
            <source>Take the specific details: what was bought, when, the receipt or order number and the
amount. Scan the receipt if they have it.</source>
            <translation>Cymerwch y manylion penodol: beth a brynwyd, pryd, rhif y dderbynneb neu'r archeb a'r swm. Sganiwch y dderbynneb os yw hi ganddo.</translation>
        </message>
        <message>
            <source>Have you got the receipt or the order email with you?</source>
            <translation>Oes gennych chi'r dderbynneb neu e-bost yr archeb?</translation>
        </message>
        <message>
            <source>Choose the category, then ask the clarifying questions. Ask rather than assume.</source>
            <translation>Dewiswch y categori, yna gofynnwch y cwestiynau egluro. Gofynnwch yn hytrach na thybio.</translation>
        </message>
        <message>
            <source>Can I ask a couple of questions so I get this right?</source>
            <translation>Ga i ofyn cwpl o gwestiynau er mwyn cael hyn yn iawn?</translation>
        </message>
        <message>
            <source>Empathise</source>
            <translation>Dangos empathi</translation>
        </message>
        <message>
            <source>Show you understand how they feel. Name the feeling and say why it makes sense. Staying
calm and acknowledging feelings is what takes the heat out of a complaint.
If the customer is angry or upset, stay calm: a steady voice, let them finish, no
blame. Record what you did; call a supervisor if it is getting worse.</source>
            <translation>Dangoswch eich bod yn deall sut mae'n teimlo. Enwch y teimlad a dywedwch pam ei fod yn gwneud synnwyr. Aros yn dawel a chydnabod teimladau sy'n tynnu'r gwres allan o gŵyn. Os yw'r cwsmer yn ddig neu'n ofidus, arhoswch yn dawel: llais cyson, gadewch iddo orffen, dim bai. Cofnodwch beth wnaethoch chi; galwch oruchwyliwr os yw'n gwaethygu.</translation>
        </message>
        <message>
            <source>I can see why you're upset — I would be too.</source>
            <translation>Rwy'n gweld pam rydych chi'n ofidus — byddwn innau hefyd.</translation>
        </message>
        <message>
            <source>That must have been really inconvenient.</source>
            <translation>Mae'n rhaid bod hynny wedi bod yn anghyfleus iawn.</translation>
        </message>
        <message>
            <source>"Calm down."</source>
            <translation>"Ymdawelwch."</translation>
        </message>
        <message>
            <source>"That's our policy" as the whole answer.</source>
            <translation>"Dyna ein polisi" fel yr ateb cyfan.</translation>
        </message>
        <message>
            <source>Say sorry sincerely for what they have been through. Apologising for the experience is
not admitting liability.</source>
            <translation>Dywedwch sori yn ddiffuant am yr hyn y mae wedi bod drwyddo. Nid yw ymddiheuro am y profiad yn golygu cyfaddef atebolrwydd.</translation>
        </message>
        <message>
            <source>I'm sorry this has happened.</source>
            <translation>Mae'n ddrwg gen i fod hyn wedi digwydd.</translation>
        </message>
        <message>
            <source>I apologise for the trouble this has caused you.</source>
            <translation>Rwy'n ymddiheuro am y drafferth y mae hyn wedi'i hachosi i chi.</translation>
        </message>
        <message>
            <source>Blaming a colleague, the supplier or the customer.</source>
            <translation>Rhoi'r bai ar gydweithiwr, y cyflenwr neu'r cwsmer.</translation>
        </message>
        <message>
            <source>Take ownership</source>
            <translation>Cymryd cyfrifoldeb</translation>
        </message>
        <message>
            <source>Own the problem: find out why it happened. Ask "why?" until you reach a cause we can fix
(the 5 Whys).</source>
            <translation>Cymerwch gyfrifoldeb am y broblem: darganfyddwch pam y digwyddodd. Gofynnwch "pam?" nes cyrraedd achos y gallwn ei drwsio (y 5 Pam).</translation>
        </message>
        <message>
            <source>Work out at least two ways to put it right and weigh each on cost, time and impact on the
customer. Offer the one that fits our policy and their legal rights. If it is beyond your
authority, escalate rather than promise.</source>
            <translation>Meddyliwch am o leiaf ddwy ffordd o'i chywiro a phwyswch a mesurwch bob un o ran cost, amser a'r effaith ar y cwsmer. Cynigiwch yr un sy'n cyd-fynd â'n polisi a'i hawliau cyfreithiol. Os yw y tu hwnt i'ch awdurdod, uwchgyfeiriwch yn hytrach nag addo.</translation>
        </message>
        <message>
            <source>Here's what I can do for you…</source>
            <translation>Dyma beth y galla i ei wneud i chi…</translation>
        </message>
        <message>
            <source>Would that work for you?</source>
            <translation>Fyddai hynny'n gweithio i chi?</translation>
        </message>
        <message>
            <source>Promising something you cannot deliver.</source>
            <translation>Addo rhywbeth na allwch ei gyflawni.</translation>
        </message>
        <message>
            <source>Explain clearly what will happen and when, and ask whether they agree. If they agree, ask
them to type or sign their name.</source>
            <translation>Eglurwch yn glir beth fydd yn digwydd a phryd, a gofynnwch a yw'n cytuno. Os yw'n cytuno, gofynnwch iddo deipio neu lofnodi ei enw.</translation>
        </message>
        <message>
            <source>Are you happy for me to go ahead with that?</source>
            <translation>Ydych chi'n fodlon i mi fwrw ymlaen â hynny?</translation>
        </message>
        <message>
            <source>This needs someone with more authority. Stay the customer's contact: tell them who will
deal with it and when they will hear back.</source>
            <translation>Mae angen rhywun â mwy o awdurdod ar gyfer hyn. Arhoswch yn gyswllt i'r cwsmer: dywedwch wrtho pwy fydd yn delio â hi a phryd y bydd yn clywed yn ôl.</translation>
        </message>
        <message>
            <source>I'm passing this to my manager now, and I'll make sure you hear back by…</source>
            <translation>Rwy'n trosglwyddo hyn i'm rheolwr nawr, a byddaf yn gwneud yn siŵr eich bod yn clywed yn ôl erbyn…</translation>
        </message>
        <message>
            <source>Thank and follow up</source>
            <translation>Diolch a chysylltu eto</translation>
        </message>
        <message>
            <source>Thank them for raising it. Agree any follow-up and keep to it: never assume it is
resolved without checking with the customer.</source>
            <translation>Diolchwch iddo am ei chodi. Cytunwch pryd i gysylltu eto a chadwch at hynny: peidiwch byth â thybio ei bod wedi'i datrys heb wirio gyda'r cwsmer.</translation>
        </message>
        <message>
            <source>Thank you for telling us.</source>
            <translation>Diolch am ddweud wrthym.</translation>
        </message>
        <message>
            <source>I'll call you on Thursday to make sure it's sorted.</source>
            <translation>Fe'ch ffoniaf ddydd Iau i wneud yn siŵr ei bod wedi'i datrys.</translation>
        </message>
        <message>
            <source>Listen, Apologise, Solve, Say thank you</source>
            <translation>Gwrando, Ymddiheuro, Datrys, Diolch</translation>
        </message>
        <message>
            <source>Listen</source>
            <translation>Gwrando</translation>
        </message>
        <message>
            <source>Listen to the customer</source>
            <translation>Gwrando ar y cwsmer</translation>
        </message>
        <message>
            <source>Give the customer your full attention. Let them finish without interrupting, keep a calm
tone and open body language, and note what they say in their own words. Then read it
back to them to show you have understood.</source>
            <translation>Rhowch eich sylw llawn i'r cwsmer. Gadewch iddo orffen heb dorri ar ei draws, cadwch dôn dawel ac iaith y corff agored, a nodwch beth mae'n ei ddweud yn ei eiriau ei hun. Yna darllenwch ef yn ôl iddo i ddangos eich bod wedi deall.</translation>
        </message>
        <message>
            <source>I'm sorry to hear that. Please tell me what happened.</source>
            <translation>Mae'n ddrwg gen i glywed hynny. Dywedwch wrtha i beth ddigwyddodd.</translation>
        </message>
        <message>
            <source>So if I've understood you correctly…</source>
            <translation>Felly os ydw i wedi'ch deall yn iawn…</translation>
        </message>
        <message>
            <source>Is there anything else I should know?</source>
            <translation>Oes unrhyw beth arall y dylwn ei wybod?</translation>
        </message>
        <message>
            <source>Interrupting, or offering a fix before they have finished.</source>
            <translation>Torri ar ei draws, neu gynnig ateb cyn iddo orffen.</translation>
        </message>
        <message>
            <source>Arguing about the facts.</source>
            <translation>Dadlau am y ffeithiau.</translation>
        </message>
        <message>
            <source>Record the specific details: what was bought, when, how much was paid, and the receipt or
order number. Scan the receipt barcode if they have it.</source>
            <translation>Cofnodwch y manylion penodol: beth a brynwyd, pryd, faint a dalwyd, a rhif y dderbynneb neu'r archeb. Sganiwch god bar y dderbynneb os yw hi ganddo.</translation>
        </message>
        <message>
            <source>Do you have your receipt or order confirmation with you?</source>
            <translation>Oes gennych chi eich derbynneb neu gadarnhad yr archeb?</translation>
        </message>
        <message>
            <source>Choose the category that fits best, then ask the clarifying questions. Ask rather than
assume: the answers decide the right resolution.</source>
            <translation>Dewiswch y categori sy'n gweddu orau, yna gofynnwch y cwestiynau egluro. Gofynnwch yn hytrach na thybio: yr atebion sy'n penderfynu'r datrysiad cywir.</translation>
        </message>
        <message>
            <source>Can I just check a couple of things so I get this right for you?</source>
            <translation>Ga i wirio cwpl o bethau er mwyn cael hyn yn iawn i chi?</translation>
        </message>
        <message>
            <source>Apologise sincerely for the customer's experience and acknowledge how they feel.
Apologising for the experience is not admitting liability.
If the customer is angry or upset, stay calm: a steady voice, let them finish, no
blame. Record what you did; call a supervisor if it is getting worse.</source>
            <translation>Ymddiheurwch yn ddiffuant am brofiad y cwsmer a chydnabod sut mae'n teimlo. Nid yw ymddiheuro am y profiad yn golygu cyfaddef atebolrwydd. Os yw'r cwsmer yn ddig neu'n ofidus, arhoswch yn dawel: llais cyson, gadewch iddo orffen, dim bai. Cofnodwch beth wnaethoch chi; galwch oruchwyliwr os yw'n gwaethygu.</translation>
        </message>
        <message>
            <source>I'm really sorry this has happened.</source>
            <translation>Mae'n wir ddrwg gen i fod hyn wedi digwydd.</translation>
        </message>
        <message>
            <source>I can understand why you're frustrated.</source>
            <translation>Rwy'n gallu deall pam rydych chi'n rhwystredig.</translation>
        </message>
        <message>
            <source>Thank you for your patience while we sort this out.</source>
            <translation>Diolch am eich amynedd tra byddwn yn datrys hyn.</translation>
        </message>
        <message>
            <source>"It's not my fault" or blaming a colleague.</source>
            <translation>"Nid fy mai i yw e" neu roi'r bai ar gydweithiwr.</translation>
        </message>
        <message>
            <source>Solve</source>
            <translation>Datrys</translation>
        </message>
        <message>
            <source>Work out why it happened, not just what happened. Ask "why?" until you reach a cause
that, if fixed, would stop it happening again (the 5 Whys).</source>
            <translation>Darganfyddwch pam y digwyddodd, nid dim ond beth a ddigwyddodd. Gofynnwch "pam?" nes cyrraedd achos a fyddai, o'i drwsio, yn ei atal rhag digwydd eto (y 5 Pam).</translation>
        </message>
        <message>
            <source>Consider at least two ways of putting it right and weigh each on cost, time and impact
on the customer. Offer the one that fits our policy and the customer's legal rights.
If it is beyond your authority, escalate.</source>
            <translation>Ystyriwch o leiaf ddwy ffordd o'i chywiro a phwyswch a mesurwch bob un o ran cost, amser a'r effaith ar y cwsmer. Cynigiwch yr un sy'n cyd-fynd â'n polisi a hawliau cyfreithiol y cwsmer. Os yw y tu hwnt i'ch awdurdod, uwchgyfeiriwch.</translation>
        </message>
        <message>
            <source>What I can do for you is…</source>
            <translation>Yr hyn y galla i ei wneud i chi yw…</translation>
        </message>
        <message>
            <source>Would that put things right for you?</source>
            <translation>Fyddai hynny'n cywiro pethau i chi?</translation>
        </message>
        <message>
            <source>Explain the resolution clearly and ask whether the customer agrees. If they agree, ask
them to type or sign their name. If they do not, say you will pass it to someone who can
help further.</source>
            <translation>Eglurwch y datrysiad yn glir a gofynnwch a yw'r cwsmer yn cytuno. Os yw'n cytuno, gofynnwch iddo deipio neu lofnodi ei enw. Os nad yw, dywedwch y byddwch yn ei throsglwyddo i rywun a all helpu ymhellach.</translation>
        </message>
        <message>
            <source>Are you happy with that?</source>
            <translation>Ydych chi'n fodlon â hynny?</translation>
        </message>
        <message>
            <source>This complaint needs someone with more authority. Tell the customer who will deal with
it and when they will hear back. Record who it goes to and why.</source>
            <translation>Mae angen rhywun â mwy o awdurdod ar gyfer y gŵyn hon. Dywedwch wrth y cwsmer pwy fydd yn delio â hi a phryd y bydd yn clywed yn ôl. Cofnodwch at bwy mae'n mynd a pham.</translation>
        </message>
        <message>
            <source>I'm going to pass this to my manager, who can help you further. They will contact you by…</source>
            <translation>Rwy'n mynd i drosglwyddo hyn i'm rheolwr, a all eich helpu ymhellach. Bydd yn cysylltu â chi erbyn…</translation>
        </message>
        <message>
            <source>Say thank you</source>
            <translation>Diolch</translation>
        </message>
        <message>
            <source>Thank the customer for raising it: complaints help us improve. Agree any follow-up, and
never assume it is resolved without confirming with the customer.</source>
            <translation>Diolchwch i'r cwsmer am ei chodi: mae cwynion yn ein helpu i wella. Cytunwch pryd i gysylltu eto, a pheidiwch byth â thybio ei bod wedi'i datrys heb gadarnhau gyda'r cwsmer.</translation>
        </message>
        <message>
            <source>Thank you for letting us know — it helps us put things right.</source>
            <translation>Diolch am roi gwybod i ni — mae'n ein helpu i gywiro pethau.</translation>
        </message>
        <message>
            <source>I'll call you by Friday to check everything is sorted.</source>
            <translation>Fe'ch ffoniaf erbyn dydd Gwener i wirio bod popeth wedi'i ddatrys.</translation>
        </message>
        <message>
            <source>Faulty or damaged goods</source>
            <translation>Nwyddau diffygiol neu wedi'u difrodi</translation>
        </message>
        <message>
            <source>When did you first notice the fault?</source>
            <translation>Pryd wnaethoch chi sylwi ar y nam gyntaf?</translation>
        </message>
        <message>
            <source>What exactly happens when you use it?</source>
            <translation>Beth yn union sy'n digwydd pan fyddwch chi'n ei ddefnyddio?</translation>
        </message>
        <message>
            <source>Has it been used as the instructions say?</source>
            <translation>Ydy e wedi cael ei ddefnyddio fel mae'r cyfarwyddiadau'n ei ddweud?</translation>
        </message>
        <message>
            <source>Has it been repaired or replaced before?</source>
            <translation>Ydy e wedi cael ei atgyweirio neu nwydd newydd yn ei le o'r blaen?</translation>
        </message>
        <message>
            <source>Not as described</source>
            <translation>Ddim fel y'i disgrifiwyd</translation>
        </message>
        <message>
            <source>Where did you see the description (shelf label, website, packaging, a colleague)?</source>
            <translation>Ble welsoch chi'r disgrifiad (label silff, gwefan, pecyn, cydweithiwr)?</translation>
        </message>
        <message>
            <source>What does the product do or look like that differs from it?</source>
            <translation>Beth mae'r cynnyrch yn ei wneud neu sut mae'n edrych sy'n wahanol iddo?</translation>
        </message>
        <message>
            <source>When did you notice the difference?</source>
            <translation>Pryd wnaethoch chi sylwi ar y gwahaniaeth?</translation>
        </message>
        <message>
            <source>Not fit for the purpose we were told</source>
            <translation>Ddim yn addas i'r diben a ddywedwyd wrthym</translation>
        </message>
        <message>
            <source>What did you tell us you needed it for?</source>
            <translation>Beth ddywedoch chi wrthym eich bod ei angen ar ei gyfer?</translation>
        </message>
        <message>
            <source>Who advised you, and what did they say?</source>
            <translation>Pwy wnaeth eich cynghori, a beth ddywedodd?</translation>
        </message>
        <message>
            <source>What happens when you use it for that?</source>
            <translation>Beth sy'n digwydd pan fyddwch chi'n ei ddefnyddio ar gyfer hynny?</translation>
        </message>
        <message>
            <source>Service not done with reasonable care and skill</source>
            <translation>Gwasanaeth heb ei gyflawni â gofal a medr rhesymol</translation>
        </message>
        <message>
            <source>Which service was it (installation, alteration, repair, delivery set-up…)?</source>
            <translation>Pa wasanaeth oedd e (gosod, addasu, atgyweirio, gosod ar ôl danfon…)?</translation>
        </message>
        <message>
            <source>When was it done, and by whom?</source>
            <translation>Pryd gafodd ei wneud, a chan bwy?</translation>
        </message>
        <message>
            <source>What was wrong with the work?</source>
            <translation>Beth oedd o'i le ar y gwaith?</translation>
        </message>
        <message>
            <source>Has anyone tried to put it right since?</source>
            <translation>Oes unrhyw un wedi ceisio'i gywiro ers hynny?</translation>
        </message>
        <message>
            <source>Digital content faulty (download, game, app, gift code)</source>
            <translation>Cynnwys digidol diffygiol (lawrlwythiad, gêm, ap, cod rhodd)</translation>
        </message>
        <message>
            <source>What is the content and how was it supplied?</source>
            <translation>Beth yw'r cynnwys a sut y cafodd ei gyflenwi?</translation>
        </message>
        <message>
            <source>What goes wrong when you use it?</source>
            <translation>Beth sy'n mynd o'i le pan fyddwch chi'n ei ddefnyddio?</translation>
        </message>
        <message>
            <source>Which device are you using it on?</source>
            <translation>Ar ba ddyfais rydych chi'n ei ddefnyddio?</translation>
        </message>
        <message>
            <source>Digital content damaged a device</source>
            <translation>Cynnwys digidol wedi difrodi dyfais</translation>
        </message>
        <message>
            <source>What content was it and when was it installed?</source>
            <translation>Pa gynnwys oedd e a phryd y cafodd ei osod?</translation>
        </message>
        <message>
            <source>What happened to the device, and when?</source>
            <translation>Beth ddigwyddodd i'r ddyfais, a phryd?</translation>
        </message>
        <message>
            <source>Has the device been checked or repaired since?</source>
            <translation>Ydy'r ddyfais wedi cael ei gwirio neu ei hatgyweirio ers hynny?</translation>
        </message>
        <message>
            <source>Delivery late, missing or damaged</source>
            <translation>Danfon yn hwyr, ar goll neu wedi'i ddifrodi</translation>
        </message>
        <message>
            <source>What is the order number and the delivery date you were given?</source>
            <translation>Beth yw rhif yr archeb a'r dyddiad danfon a roddwyd i chi?</translation>
        </message>
        <message>
            <source>What arrived, and in what condition?</source>
            <translation>Beth gyrhaeddodd, ac ym mha gyflwr?</translation>
        </message>
        <message>
            <source>Were you told about any delay?</source>
            <translation>Gawsoch chi wybod am unrhyw oedi?</translation>
        </message>
        <message>
            <source>Price or promotion charged wrongly</source>
            <translation>Codi pris neu gynnig yn anghywir</translation>
        </message>
        <message>
            <source>What price was shown, and where?</source>
            <translation>Pa bris a ddangoswyd, a ble?</translation>
        </message>
        <message>
            <source>What were you charged? May I see the receipt?</source>
            <translation>Faint godwyd arnoch chi? Ga i weld y dderbynneb?</translation>
        </message>
        <message>
            <source>Was a promotion or voucher involved?</source>
            <translation>Oedd cynnig neu daleb yn rhan o hyn?</translation>
        </message>
        <message>
            <source>Refund or return refused</source>
            <translation>Gwrthodwyd ad-daliad neu ddychwelyd</translation>
        </message>
        <message>
            <source>Where and when was the return refused?</source>
            <translation>Ble a phryd y gwrthodwyd dychwelyd y nwydd?</translation>
        </message>
        <message>
            <source>What reason were you given?</source>
            <translation>Pa reswm a roddwyd i chi?</translation>
        </message>
        <message>
            <source>What is wrong with the item, if anything?</source>
            <translation>Beth sydd o'i le ar yr eitem, os unrhyw beth?</translation>
        </message>
        <message>
            <source>Changed their mind</source>
            <translation>Wedi newid eu meddwl</translation>
        </message>
        <message>
            <source>When did you buy it?</source>
            <translation>Pryd wnaethoch chi ei brynu?</translation>
        </message>
        <message>
            <source>Is it unused and in its original packaging?</source>
            <translation>Ydy e heb ei ddefnyddio ac yn ei becyn gwreiddiol?</translation>
        </message>
        <message>
            <source>Do you have the receipt?</source>
            <translation>Oes gennych chi'r dderbynneb?</translation>
        </message>
        <message>
            <source>Staff conduct or attitude</source>
            <translation>Ymddygiad neu agwedd staff</translation>
        </message>
        <message>
            <source>When and where in the store did this happen?</source>
            <translation>Pryd a ble yn y siop y digwyddodd hyn?</translation>
        </message>
        <message>
            <source>What was said or done?</source>
            <translation>Beth gafodd ei ddweud neu ei wneud?</translation>
        </message>
        <message>
            <source>Can you describe the colleague, or do you know their name?</source>
            <translation>Allwch chi ddisgrifio'r cydweithiwr, neu ydych chi'n gwybod ei enw?</translation>
        </message>
        <message>
            <source>Waiting time or queues</source>
            <translation>Amser aros neu giwiau</translation>
        </message>
        <message>
            <source>How long did you wait, and where?</source>
            <translation>Am faint wnaethoch chi aros, a ble?</translation>
        </message>
        <message>
            <source>What time of day was it?</source>
            <translation>Pa amser o'r dydd oedd hi?</translation>
        </message>
        <message>
            <source>Were there tills or colleagues available that were not being used?</source>
            <translation>Oedd tiliau neu gydweithwyr ar gael nad oedd yn cael eu defnyddio?</translation>
        </message>
        <message>
            <source>Store environment, cleanliness or safety</source>
            <translation>Amgylchedd, glendid neu ddiogelwch y siop</translation>
        </message>
        <message>
            <source>Where in the store was it?</source>
            <translation>Ble yn y siop oedd e?</translation>
        </message>
        <message>
            <source>What did you see?</source>
            <translation>Beth welsoch chi?</translation>
        </message>
        <message>
            <source>Is anyone at risk right now?</source>
            <translation>Oes unrhyw un mewn perygl ar hyn o bryd?</translation>
        </message>
        <message>
            <source>Accessibility or reasonable adjustments not made</source>
            <translation>Hygyrchedd, neu addasiadau rhesymol heb eu gwneud</translation>
        </message>
        <message>
            <source>What adjustment did you need or ask for?</source>
            <translation>Pa addasiad oedd ei angen arnoch neu y gofynnoch amdano?</translation>
        </message>
        <message>
            <source>What happened when you asked?</source>
            <translation>Beth ddigwyddodd pan ofynnoch chi?</translation>
        </message>
        <message>
            <source>What would help you now?</source>
            <translation>Beth fyddai'n eich helpu nawr?</translation>
        </message>
        <message>
            <source>Equality Act 2010 s20: a failure to make a reasonable adjustment for a disabled customer is always escalated to a manager.</source>
            <translation>Deddf Cydraddoldeb 2010 a20: caiff methiant i wneud addasiad rhesymol i gwsmer anabl ei uwchgyfeirio at reolwr bob amser.</translation>
        </message>
        <message>
            <source>Discrimination</source>
            <translation>Gwahaniaethu</translation>
        </message>
        <message>
            <source>What happened, in your words?</source>
            <translation>Beth ddigwyddodd, yn eich geiriau chi?</translation>
        </message>
        <message>
            <source>When and where was it, and who was involved?</source>
            <translation>Pryd a ble oedd hyn, a phwy oedd yn rhan ohono?</translation>
        </message>
        <message>
            <source>Was anyone else there who saw it?</source>
            <translation>Oedd unrhyw un arall yno a welodd y peth?</translation>
        </message>
        <message>
            <source>Equality Act 2010 s29: a complaint that alleges discrimination in providing a service is always escalated to a manager.</source>
            <translation>Deddf Cydraddoldeb 2010 a29: caiff cwyn sy'n honni gwahaniaethu wrth ddarparu gwasanaeth ei huwchgyfeirio at reolwr bob amser.</translation>
        </message>
        <message>
            <source>Personal data or privacy</source>
            <translation>Data personol neu breifatrwydd</translation>
        </message>
        <message>
            <source>What information is it about?</source>
            <translation>Am ba wybodaeth mae hyn?</translation>
        </message>
        <message>
            <source>What happened to it, and when?</source>
            <translation>Beth ddigwyddodd iddi, a phryd?</translation>
        </message>
        <message>
            <source>Have you asked us for your data, or for it to be deleted?</source>
            <translation>Ydych chi wedi gofyn i ni am eich data, neu iddo gael ei ddileu?</translation>
        </message>
        <message>
            <source>Data Protection Act 2018 / UK GDPR: a data or privacy concern is always escalated to a manager.</source>
            <translation>Deddf Diogelu Data 2018 / GDPR y DU: caiff pryder am ddata neu breifatrwydd ei uwchgyfeirio at reolwr bob amser.</translation>
        </message>
        <message>
            <source>Product safety or injury</source>
            <translation>Diogelwch cynnyrch neu anaf</translation>
        </message>
        <message>
            <source>What happened, and is anyone hurt?</source>
            <translation>Beth ddigwyddodd, ac oes unrhyw un wedi'i anafu?</translation>
        </message>
        <message>
            <source>Do you still have the product? Please do not use it.</source>
            <translation>Ydy'r cynnyrch gennych o hyd? Peidiwch â'i ddefnyddio.</translation>
        </message>
        <message>
            <source>Where and when did you buy it?</source>
            <translation>Ble a phryd wnaethoch chi ei brynu?</translation>
        </message>
        <message>
            <source>A safety risk or an injury is always escalated to a manager, who decides on a product withdrawal and any report.</source>
            <translation>Caiff risg diogelwch neu anaf ei uwchgyfeirio at reolwr bob amser, sy'n penderfynu ar dynnu cynnyrch yn ôl ac unrhyw adroddiad.</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Arall</translation>
        </message>
        <message>
            <source>Can you tell me a little more about what happened?</source>
            <translation>Allwch chi ddweud ychydig mwy wrtha i am yr hyn a ddigwyddodd?</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Cyfeirnod</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ar agor</translation>
        </message>
        <message>
            <source>Awaiting follow-up</source>
            <translation>Yn aros i ni gysylltu eto</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>Wedi'i huwchgyfeirio</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Wedi'i datrys</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Wedi'i chau</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Siop</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Handled by (staff code)</source>
            <translation>Ymdriniwyd gan (cod staff)</translation>
        </message>
        <message>
            <source>Handled by</source>
            <translation>Ymdriniwyd gan</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Agorwyd</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Cadwyd</translation>
        </message>
        <message>
            <source>What happened, in the customer's words</source>
            <translation>Beth ddigwyddodd, yng ngeiriau'r cwsmer</translation>
        </message>
        <message>
            <source>Write down what the customer says, as they say it. Do not interpret yet.</source>
            <translation>Ysgrifennwch yr hyn y mae'r cwsmer yn ei ddweud, fel y mae'n ei ddweud. Peidiwch â'i ddehongli eto.</translation>
        </message>
        <message>
            <source>Summary read back to the customer</source>
            <translation>Crynodeb a ddarllenwyd yn ôl i'r cwsmer</translation>
        </message>
        <message>
            <source>Say it back to them ("So if I've understood you…") and note their corrections.</source>
            <translation>Dywedwch ef yn ôl wrtho ("Felly os ydw i wedi'ch deall…") a nodwch ei gywiriadau.</translation>
        </message>
        <message>
            <source>How the customer feels</source>
            <translation>Sut mae'r cwsmer yn teimlo</translation>
        </message>
        <message>
            <source>For example: frustrated, let down, embarrassed, worried, angry.</source>
            <translation>Er enghraifft: rhwystredig, siomedig, embaras, pryderus, dig.</translation>
        </message>
        <message>
            <source>The outcome the customer wants</source>
            <translation>Y canlyniad y mae'r cwsmer am ei gael</translation>
        </message>
        <message>
            <source>What they have asked for (their explicit need).</source>
            <translation>Yr hyn y mae wedi gofyn amdano (ei angen amlwg).</translation>
        </message>
        <message>
            <source>Needs not said outright</source>
            <translation>Anghenion heb eu dweud yn blaen</translation>
        </message>
        <message>
            <source>Unspoken needs: to be taken seriously, not to come back again, to be kept informed.</source>
            <translation>Anghenion heb eu dweud: cael ei gymryd o ddifrif, peidio â gorfod dod yn ôl eto, cael gwybod beth sy'n digwydd.</translation>
        </message>
        <message>
            <source>Product or service</source>
            <translation>Cynnyrch neu wasanaeth</translation>
        </message>
        <message>
            <source>e.g. Kettle, 1.7 l, stainless steel</source>
            <translation>e.e. Tegell, 1.7 l, dur gwrthstaen</translation>
        </message>
        <message>
            <source>What was bought</source>
            <translation>Beth a brynwyd</translation>
        </message>
        <message>
            <source>Goods (a product)</source>
            <translation>Nwyddau (cynnyrch)</translation>
        </message>
        <message>
            <source>A service</source>
            <translation>Gwasanaeth</translation>
        </message>
        <message>
            <source>Digital content</source>
            <translation>Cynnwys digidol</translation>
        </message>
        <message>
            <source>Date of purchase</source>
            <translation>Dyddiad prynu</translation>
        </message>
        <message>
            <source>Date of delivery or collection</source>
            <translation>Dyddiad danfon neu gasglu</translation>
        </message>
        <message>
            <source>Leave empty if it was taken home on the day of purchase.</source>
            <translation>Gadewch yn wag os aethpwyd ag ef adref ar y diwrnod prynu.</translation>
        </message>
        <message>
            <source>Receipt or order number</source>
            <translation>Rhif y dderbynneb neu'r archeb</translation>
        </message>
        <message>
            <source>Type it or scan the receipt barcode.</source>
            <translation>Teipiwch ef neu sganiwch god bar y dderbynneb.</translation>
        </message>
        <message>
            <source>Amount paid</source>
            <translation>Y swm a dalwyd</translation>
        </message>
        <message>
            <source>e.g. £24.99</source>
            <translation>e.e. £24.99</translation>
        </message>
        <message>
            <source>How the complaint reached us</source>
            <translation>Sut y daeth y gŵyn atom</translation>
        </message>
        <message>
            <source>In store</source>
            <translation>Yn y siop</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Ffôn</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-bost</translation>
        </message>
        <message>
            <source>Online order</source>
            <translation>Archeb ar-lein</translation>
        </message>
        <message>
            <source>Social media</source>
            <translation>Cyfryngau cymdeithasol</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Llythyr</translation>
        </message>
        <message>
            <source>The customer's language</source>
            <translation>Iaith y cwsmer</translation>
        </message>
        <message>
            <source>The customer's copy and receipt are printed in it: in Welsh, both languages, Welsh first.</source>
            <translation>Caiff copi'r cwsmer a'r dderbynneb eu hargraffu ynddi: yn Gymraeg, y ddwy iaith, y Gymraeg yn gyntaf.</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Saesneg</translation>
        </message>
        <message>
            <source>Cymraeg (Welsh)</source>
            <translation>Cymraeg</translation>
        </message>
        <message>
            <source>A repair or replacement was already tried and did not fix it</source>
            <translation>Rhoddwyd cynnig ar atgyweiriad neu nwydd newydd yn ei le eisoes, ac ni ddatrysodd hynny'r broblem</translation>
        </message>
        <message>
            <source>How it was bought</source>
            <translation>Sut y'i prynwyd</translation>
        </message>
        <message>
            <source>Online, by phone or away from the shop, the customer may also cancel within 14 days.</source>
            <translation>Ar-lein, dros y ffôn neu i ffwrdd o'r siop, gall y cwsmer hefyd ganslo o fewn 14 diwrnod.</translation>
        </message>
        <message>
            <source>In the shop</source>
            <translation>Yn y siop</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Ar-lein</translation>
        </message>
        <message>
            <source>By phone or mail order</source>
            <translation>Dros y ffôn neu drwy'r post</translation>
        </message>
        <message>
            <source>Away from the shop (at home, a stall, an event)</source>
            <translation>I ffwrdd o'r siop (gartref, ar stondin, mewn digwyddiad)</translation>
        </message>
        <message>
            <source>Date the customer first told us</source>
            <translation>Y dyddiad y dywedodd y cwsmer wrthym gyntaf</translation>
        </message>
        <message>
            <source>Leave empty if it is today.</source>
            <translation>Gadewch yn wag os mai heddiw ydyw.</translation>
        </message>
        <message>
            <source>When the fault first showed</source>
            <translation>Pryd y gwelwyd y nam gyntaf</translation>
        </message>
        <message>
            <source>Leave empty if the customer is not sure.</source>
            <translation>Gadewch yn wag os nad yw'r cwsmer yn siŵr.</translation>
        </message>
        <message>
            <source>Anything else about the goods</source>
            <translation>Unrhyw beth arall am y nwyddau</translation>
        </message>
        <message>
            <source>It is a motor vehicle</source>
            <translation>Cerbyd modur ydyw</translation>
        </message>
        <message>
            <source>Perishable (food, flowers…)</source>
            <translation>Darfodus (bwyd, blodau…)</translation>
        </message>
        <message>
            <source>Second-hand</source>
            <translation>Ail-law</translation>
        </message>
        <message>
            <source>We installed it</source>
            <translation>Ni a'i gosododd</translation>
        </message>
        <message>
            <source>The customer was given it (not the buyer)</source>
            <translation>Fe'i rhoddwyd i'r cwsmer (nid y prynwr)</translation>
        </message>
        <message>
            <source>Date we finished installing it</source>
            <translation>Y dyddiad y gorffennwyd ei osod</translation>
        </message>
        <message>
            <source>Date the repair or replacement was asked for</source>
            <translation>Y dyddiad y gofynnwyd am atgyweiriad neu nwydd newydd yn ei le</translation>
        </message>
        <message>
            <source>Date the goods came back from it</source>
            <translation>Y dyddiad y daeth y nwyddau yn ôl</translation>
        </message>
        <message>
            <source>Leave empty if the customer is still waiting.</source>
            <translation>Gadewch yn wag os yw'r cwsmer yn dal i aros.</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categori</translation>
        </message>
        <message>
            <source>Questions asked</source>
            <translation>Cwestiynau a ofynnwyd</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Cwestiwn</translation>
        </message>
        <message>
            <source>The customer's answer</source>
            <translation>Ateb y cwsmer</translation>
        </message>
        <message>
            <source>Root cause</source>
            <translation>Achos sylfaenol</translation>
        </message>
        <message>
            <source>The underlying reason, not the symptom. Use the 5 Whys if it helps.</source>
            <translation>Y rheswm sylfaenol, nid y symptom. Defnyddiwch y 5 Pam os yw'n helpu.</translation>
        </message>
        <message>
            <source>5 Whys</source>
            <translation>5 Pam</translation>
        </message>
        <message>
            <source>Apologised to the customer for their experience</source>
            <translation>Ymddiheurwyd i'r cwsmer am ei brofiad</translation>
        </message>
        <message>
            <source>Apologising for the experience is not admitting liability.</source>
            <translation>Nid yw ymddiheuro am y profiad yn golygu cyfaddef atebolrwydd.</translation>
        </message>
        <message>
            <source>What was said to show understanding</source>
            <translation>Beth a ddywedwyd i ddangos dealltwriaeth</translation>
        </message>
        <message>
            <source>e.g. I can see how frustrating this has been.</source>
            <translation>e.e. Rwy'n gweld pa mor rhwystredig mae hyn wedi bod.</translation>
        </message>
        <message>
            <source>Was the customer angry or challenging?</source>
            <translation>Oedd y cwsmer yn ddig neu'n heriol?</translation>
        </message>
        <message>
            <source>Say yes if they raised their voice, were upset or hard to talk to. It is not a judgement of them.</source>
            <translation>Dywedwch ydy os cododd ei lais, os oedd yn ofidus neu'n anodd siarad ag ef. Nid barn amdano yw hyn.</translation>
        </message>
        <message>
            <source>What you did to calm things</source>
            <translation>Beth wnaethoch chi i dawelu pethau</translation>
        </message>
        <message>
            <source>Kept a calm, steady tone</source>
            <translation>Cadw tôn dawel, gyson</translation>
        </message>
        <message>
            <source>Let them finish without interrupting</source>
            <translation>Gadael iddo orffen heb dorri ar ei draws</translation>
        </message>
        <message>
            <source>Acknowledged how they felt</source>
            <translation>Cydnabod sut roedd yn teimlo</translation>
        </message>
        <message>
            <source>Used non-confrontational words (no blame, no "calm down")</source>
            <translation>Defnyddio geiriau nad ydynt yn herio (dim bai, dim "ymdawelwch")</translation>
        </message>
        <message>
            <source>Gave them time and space</source>
            <translation>Rhoi amser a lle iddo</translation>
        </message>
        <message>
            <source>Involved a supervisor or manager</source>
            <translation>Galw goruchwyliwr neu reolwr</translation>
        </message>
        <message>
            <source>What you said, in your words</source>
            <translation>Beth ddywedoch chi, yn eich geiriau chi</translation>
        </message>
        <message>
            <source>For example: "I can see this has really upset you, and I want to sort it out."</source>
            <translation>Er enghraifft: "Rwy'n gweld bod hyn wedi'ch gofidio'n fawr, ac rwyf am ei ddatrys."</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Opsiynau</translation>
        </message>
        <message>
            <source>Option</source>
            <translation>Opsiwn</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Amser</translation>
        </message>
        <message>
            <source>Impact on the customer</source>
            <translation>Yr effaith ar y cwsmer</translation>
        </message>
        <message>
            <source>Consumer-law remedy</source>
            <translation>Unioniad o dan gyfraith defnyddwyr</translation>
        </message>
        <message>
            <source>Option offered</source>
            <translation>Yr ateb a gynigiwyd</translation>
        </message>
        <message>
            <source>Why this resolution</source>
            <translation>Pam y datrysiad hwn</translation>
        </message>
        <message>
            <source>Why it fits our policy and the customer's rights, and why it is the best of the options.</source>
            <translation>Pam ei fod yn cyd-fynd â'n polisi a hawliau'r cwsmer, a pham mai dyma'r gorau o'r opsiynau.</translation>
        </message>
        <message>
            <source>Reasonable adjustments asked for or made</source>
            <translation>Addasiadau rhesymol y gofynnwyd amdanynt neu a wnaed</translation>
        </message>
        <message>
            <source>Equality Act 2010 s20: changes made so a disabled customer is not at a disadvantage.</source>
            <translation>Deddf Cydraddoldeb 2010 a20: newidiadau a wnaed fel nad yw cwsmer anabl dan anfantais.</translation>
        </message>
        <message>
            <source>The customer's rights, as shown at the till</source>
            <translation>Hawliau'r cwsmer, fel y'u dangoswyd wrth y til</translation>
        </message>
        <message>
            <source>Rules of law applied</source>
            <translation>Rheolau cyfraith a gymhwyswyd</translation>
        </message>
        <message>
            <source>Law last checked</source>
            <translation>Pryd y gwiriwyd y gyfraith ddiwethaf</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Cymeradwywyd gan</translation>
        </message>
        <message>
            <source>Approver (staff code)</source>
            <translation>Cymeradwywr (cod staff)</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Cymeradwywyd</translation>
        </message>
        <message>
            <source>Escalated to</source>
            <translation>Uwchgyfeiriwyd at</translation>
        </message>
        <message>
            <source>Reason for escalating</source>
            <translation>Y rheswm dros uwchgyfeirio</translation>
        </message>
        <message>
            <source>Why the rules escalated it</source>
            <translation>Pam yr uwchgyfeiriwyd hi yn ôl y rheolau</translation>
        </message>
        <message>
            <source>The staff member chose to escalate</source>
            <translation>Dewisodd yr aelod o staff uwchgyfeirio</translation>
        </message>
        <message>
            <source>The customer did not agree with the resolution</source>
            <translation>Nid oedd y cwsmer yn cytuno â'r datrysiad</translation>
        </message>
        <message>
            <source>The category is always escalated</source>
            <translation>Caiff y categori ei uwchgyfeirio bob amser</translation>
        </message>
        <message>
            <source>The resolution was above the staff member's authority</source>
            <translation>Roedd y datrysiad y tu hwnt i awdurdod yr aelod o staff</translation>
        </message>
        <message>
            <source>The customer agrees with the resolution</source>
            <translation>Mae'r cwsmer yn cytuno â'r datrysiad</translation>
        </message>
        <message>
            <source>Customer's name</source>
            <translation>Enw'r cwsmer</translation>
        </message>
        <message>
            <source>Customer's signature</source>
            <translation>Llofnod y cwsmer</translation>
        </message>
        <message>
            <source>Thanked the customer for telling us</source>
            <translation>Diolchwyd i'r cwsmer am ddweud wrthym</translation>
        </message>
        <message>
            <source>A follow-up is needed</source>
            <translation>Mae angen cysylltu eto</translation>
        </message>
        <message>
            <source>Follow up by</source>
            <translation>Cysylltu eto erbyn</translation>
        </message>
        <message>
            <source>Follow-up method</source>
            <translation>Sut y byddwn yn cysylltu eto</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Galwad ffôn</translation>
        </message>
        <message>
            <source>Customer's satisfaction (1 to 5)</source>
            <translation>Bodlonrwydd y cwsmer (1 i 5)</translation>
        </message>
        <message>
            <source>Only if they are willing to give one.</source>
            <translation>Dim ond os yw'n fodlon rhoi un.</translation>
        </message>
        <message>
            <source>The customer agrees to be contacted about this complaint</source>
            <translation>Mae'r cwsmer yn cytuno i ni gysylltu ynglŷn â'r gŵyn hon</translation>
        </message>
        <message>
            <source>Only take contact details if they agree. Tell them we keep them only for this complaint.</source>
            <translation>Cymerwch fanylion cyswllt dim ond os yw'n cytuno. Dywedwch wrtho mai dim ond ar gyfer y gŵyn hon y byddwn yn eu cadw.</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Rhif ffôn</translation>
        </message>
        <message>
            <source>Email address</source>
            <translation>Cyfeiriad e-bost</translation>
        </message>
        <message>
            <source>What could we do better</source>
            <translation>Beth allen ni ei wneud yn well</translation>
        </message>
        <message>
            <source>Your reflection: what would stop this happening again?</source>
            <translation>Eich myfyrdod: beth fyddai'n atal hyn rhag digwydd eto?</translation>
        </message>
        <message>
            <source>I asked if there is anything else I can help with</source>
            <translation>Gofynnais a oes unrhyw beth arall y galla i helpu ag ef</translation>
        </message>
        <message>
            <source>Looking back: what went well</source>
            <translation>Edrych yn ôl: beth aeth yn dda</translation>
        </message>
        <message>
            <source>Optional now; you will be asked again at the follow-up.</source>
            <translation>Dewisol nawr; gofynnir i chi eto pan fyddwch yn cysylltu eto.</translation>
        </message>
        <message>
            <source>Looking back: what I would do differently</source>
            <translation>Edrych yn ôl: beth fyddwn i'n ei wneud yn wahanol</translation>
        </message>
        <message>
            <source>How it was closed</source>
            <translation>Sut y caewyd hi</translation>
        </message>
        <message>
            <source>Personal details removed</source>
            <translation>Tynnwyd y manylion personol</translation>
        </message>
        <message>
            <source>Amendments</source>
            <translation>Diwygiadau</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Pryd</translation>
        </message>
        <message>
            <source>Amended by (staff code)</source>
            <translation>Diwygiwyd gan (cod staff)</translation>
        </message>
        <message>
            <source>Field amended</source>
            <translation>Y maes a ddiwygiwyd</translation>
        </message>
        <message>
            <source>It said</source>
            <translation>Roedd yn dweud</translation>
        </message>
        <message>
            <source>It now says</source>
            <translation>Mae'n dweud nawr</translation>
        </message>
        <message>
            <source>Why it was corrected</source>
            <translation>Pam y cafodd ei gywiro</translation>
        </message>
        <message>
            <source>Amended by</source>
            <translation>Diwygiwyd gan</translation>
        </message>
        <message>
            <source>Follow-up contacts</source>
            <translation>Cysylltu eto</translation>
        </message>
        <message>
            <source>What kind of contact</source>
            <translation>Pa fath o gyswllt</translation>
        </message>
        <message>
            <source>Follow-up contact</source>
            <translation>Cysylltu eto</translation>
        </message>
        <message>
            <source>Update while the complaint waits</source>
            <translation>Diweddariad tra bo'r gŵyn yn aros</translation>
        </message>
        <message>
            <source>Date of the contact</source>
            <translation>Dyddiad y cyswllt</translation>
        </message>
        <message>
            <source>How the customer was contacted</source>
            <translation>Sut y cysylltwyd â'r cwsmer</translation>
        </message>
        <message>
            <source>What came of the contact</source>
            <translation>Beth ddaeth o'r cyswllt</translation>
        </message>
        <message>
            <source>The customer's words</source>
            <translation>Geiriau'r cwsmer</translation>
        </message>
        <message>
            <source>The customer confirmed it is resolved</source>
            <translation>Cadarnhaodd y cwsmer ei bod wedi'i datrys</translation>
        </message>
        <message>
            <source>Next contact due</source>
            <translation>Y cyswllt nesaf erbyn</translation>
        </message>
        <message>
            <source>Recorded by (staff code)</source>
            <translation>Cofnodwyd gan (cod staff)</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Cofnodwyd</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Cofnodwyd gan</translation>
        </message>
        <message>
            <source>Escalation decisions</source>
            <translation>Penderfyniadau ar yr uwchgyfeirio</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Penderfynwyd</translation>
        </message>
        <message>
            <source>Decided by (staff code)</source>
            <translation>Penderfynwyd gan (cod staff)</translation>
        </message>
        <message>
            <source>The decision</source>
            <translation>Y penderfyniad</translation>
        </message>
        <message>
            <source>The reason for the decision</source>
            <translation>Y rheswm dros y penderfyniad</translation>
        </message>
        <message>
            <source>What happens next</source>
            <translation>Beth sy'n digwydd nesaf</translation>
        </message>
        <message>
            <source>Tell the customer (a follow-up is due)</source>
            <translation>Dweud wrth y cwsmer (mae angen cysylltu eto)</translation>
        </message>
        <message>
            <source>Referred further up; still escalated</source>
            <translation>Wedi'i chyfeirio ymhellach; mae wedi'i huwchgyfeirio o hyd</translation>
        </message>
        <message>
            <source>The customer is to be told by</source>
            <translation>Bydd y cwsmer yn cael gwybod erbyn</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Penderfynwyd gan</translation>
        </message>
        <message>
            <source>Seen by the staff member</source>
            <translation>Gwelwyd gan yr aelod o staff</translation>
        </message>
        <message>
            <source>Reviews and feedback</source>
            <translation>Adolygiadau ac adborth</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Adolygwyd</translation>
        </message>
        <message>
            <source>Reviewed by (staff code)</source>
            <translation>Adolygwyd gan (cod staff)</translation>
        </message>
        <message>
            <source>What was good</source>
            <translation>Beth oedd yn dda</translation>
        </message>
        <message>
            <source>Name something they did well in this complaint, so they keep doing it.</source>
            <translation>Enwch rywbeth a wnaeth yn dda yn y gŵyn hon, er mwyn iddo barhau i'w wneud.</translation>
        </message>
        <message>
            <source>One thing to work on</source>
            <translation>Un peth i weithio arno</translation>
        </message>
        <message>
            <source>One thing, said so it can be acted on next time.</source>
            <translation>Un peth, wedi'i ddweud fel bod modd gweithredu arno y tro nesaf.</translation>
        </message>
        <message>
            <source>Reviewed by</source>
            <translation>Adolygwyd gan</translation>
        </message>
        <message>
            <source>Acknowledged by the staff member</source>
            <translation>Darllenwyd gan yr aelod o staff</translation>
        </message>
        <message>
            <source>I need to escalate this</source>
            <translation>Mae angen i mi uwchgyfeirio hyn</translation>
        </message>
        <message>
            <source>The store offers Welsh</source>
            <translation>Mae'r siop yn cynnig y Gymraeg</translation>
        </message>
        <message>
            <source>The complaint</source>
            <translation>Y gŵyn</translation>
        </message>
        <message>
            <source>Identify: what the customer told us</source>
            <translation>Nodi: beth ddywedodd y cwsmer wrthym</translation>
        </message>
        <message>
            <source>Diagnose: the root cause</source>
            <translation>Canfod: yr achos sylfaenol</translation>
        </message>
        <message>
            <source>If the customer was angry</source>
            <translation>Os oedd y cwsmer yn ddig</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Cytundeb</translation>
        </message>
        <message>
            <source>Thank you and follow-up</source>
            <translation>Diolch, a chysylltu eto</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Manylion cyswllt</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Goruchwyliwr</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Rheolwr</translation>
        </message>
        <message>
            <source>England</source>
            <translation>Lloegr</translation>
        </message>
        <message>
            <source>Wales</source>
            <translation>Cymru</translation>
        </message>
        <message>
            <source>Scotland</source>
            <translation>Yr Alban</translation>
        </message>
        <message>
            <source>Northern Ireland</source>
            <translation>Gogledd Iwerddon</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Mewngofnodi</translation>
        </message>
        <message>
            <source>Sign in failed</source>
            <translation>Methodd mewngofnodi</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Allgofnodi</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Wedi'i gloi</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Creu</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Gweld</translation>
        </message>
        <message>
            <source>Amend</source>
            <translation>Diwygio</translation>
        </message>
        <message>
            <source>Follow up</source>
            <translation>Cysylltu eto</translation>
        </message>
        <message>
            <source>Decide</source>
            <translation>Penderfynu</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cau</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Argraffu</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Allforio</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Mewnforio</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Dileu</translation>
        </message>
        <message>
            <source>Anonymise</source>
            <translation>Gwneud yn ddienw</translation>
        </message>
        <message>
            <source>Subject access</source>
            <translation>Mynediad at ddata</translation>
        </message>
        <message>
            <source>Staff change</source>
            <translation>Newid staff</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Datgloi</translation>
        </message>
        <message>
            <source>Pin reset</source>
            <translation>Ailosod PIN</translation>
        </message>
        <message>
            <source>Settings change</source>
            <translation>Newid gosodiadau</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Copi wrth gefn</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Adfer</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>Atgyweirio</translation>
        </message>
        <message>
            <source>Bundle</source>
            <translation>Bwndel</translation>
        </message>
        <message>
            <source>Head office ack</source>
            <translation>Cydnabyddiaeth y brif swyddfa</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Adolygu</translation>
        </message>
    </context>
    <context>
        <name>incidents</name>
        <message>
            <source>The incident</source>
            <translation>Y digwyddiad</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Beth ddigwyddodd</translation>
        </message>
        <message>
            <source>Police, injury and evidence</source>
            <translation>Yr heddlu, anafiadau a thystiolaeth</translation>
        </message>
        <message>
            <source>Welfare</source>
            <translation>Lles</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Cyfeirnod</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ar agor</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Ar gau</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Siop</translation>
        </message>
        <message>
            <source>Recorded by (staff code)</source>
            <translation>Cofnodwyd gan (cod staff)</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Cofnodwyd gan</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Cofnodwyd</translation>
        </message>
        <message>
            <source>Date and time it happened</source>
            <translation>Dyddiad ac amser y digwyddodd</translation>
        </message>
        <message>
            <source>Where in the store</source>
            <translation>Ble yn y siop</translation>
        </message>
        <message>
            <source>e.g. Till 2, beer and wine aisle</source>
            <translation>e.e. Til 2, eil cwrw a gwin</translation>
        </message>
        <message>
            <source>What was said and done, in the order it happened. Write their words as they said them.</source>
            <translation>Beth a ddywedwyd ac a wnaed, yn y drefn y digwyddodd. Ysgrifennwch eu geiriau fel y'u dywedwyd.</translation>
        </message>
        <message>
            <source>Situation</source>
            <translation>Sefyllfa</translation>
        </message>
        <message>
            <source>Where were you, what was going on?</source>
            <translation>Ble oeddech chi, beth oedd yn digwydd?</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tasg</translation>
        </message>
        <message>
            <source>What were you doing or asked to do?</source>
            <translation>Beth oeddech chi'n ei wneud neu wedi cael cais i'w wneud?</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Gweithred</translation>
        </message>
        <message>
            <source>What did you and others do and say?</source>
            <translation>Beth wnaethoch chi ac eraill ei wneud a'i ddweud?</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Canlyniad</translation>
        </message>
        <message>
            <source>How did it end? Anyone hurt, anything damaged?</source>
            <translation>Sut y daeth i ben? Unrhyw un wedi'i anafu, unrhyw beth wedi'i ddifrodi?</translation>
        </message>
        <message>
            <source>What kind of behaviour</source>
            <translation>Pa fath o ymddygiad</translation>
        </message>
        <message>
            <source>Verbal abuse</source>
            <translation>Cam-drin geiriol</translation>
        </message>
        <message>
            <source>Threats</source>
            <translation>Bygythiadau</translation>
        </message>
        <message>
            <source>Threats with a weapon</source>
            <translation>Bygythiadau ag arf</translation>
        </message>
        <message>
            <source>Physical assault</source>
            <translation>Ymosodiad corfforol</translation>
        </message>
        <message>
            <source>Spitting or coughing at staff</source>
            <translation>Poeri neu beswch ar staff</translation>
        </message>
        <message>
            <source>Sexual harassment</source>
            <translation>Aflonyddu rhywiol</translation>
        </message>
        <message>
            <source>Hate-motivated abuse</source>
            <translation>Cam-drin wedi'i gymell gan gasineb</translation>
        </message>
        <message>
            <source>Damage to property</source>
            <translation>Difrod i eiddo</translation>
        </message>
        <message>
            <source>Theft-related aggression</source>
            <translation>Ymddygiad ymosodol yn ymwneud â lladrad</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Arall</translation>
        </message>
        <message>
            <source>Perceived to target</source>
            <translation>Yn cael ei ystyried yn targedu</translation>
        </message>
        <message>
            <source>Hate-motivated: what did you, or anyone else, perceive it to target?</source>
            <translation>Wedi'i gymell gan gasineb: beth oeddech chi, neu unrhyw un arall, yn ystyried ei fod yn ei dargedu?</translation>
        </message>
        <message>
            <source>Race</source>
            <translation>Hil</translation>
        </message>
        <message>
            <source>Religion or belief</source>
            <translation>Crefydd neu gred</translation>
        </message>
        <message>
            <source>Sexual orientation</source>
            <translation>Cyfeiriadedd rhywiol</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Anabledd</translation>
        </message>
        <message>
            <source>Transgender identity</source>
            <translation>Hunaniaeth drawsryweddol</translation>
        </message>
        <message>
            <source>Other behaviour: what was it?</source>
            <translation>Ymddygiad arall: beth oedd e?</translation>
        </message>
        <message>
            <source>Staff it happened to (tick everyone affected)</source>
            <translation>Y staff y digwyddodd iddynt (ticiwch bawb yr effeithiwyd arnynt)</translation>
        </message>
        <message>
            <source>Staff who saw it</source>
            <translation>Staff a'i gwelodd</translation>
        </message>
        <message>
            <source>Other witnesses</source>
            <translation>Tystion eraill</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>Rhan</translation>
        </message>
        <message>
            <source>affected</source>
            <translation>yr effeithiwyd arno</translation>
        </message>
        <message>
            <source>witness</source>
            <translation>tyst</translation>
        </message>
        <message>
            <source>Staff code</source>
            <translation>Cod staff</translation>
        </message>
        <message>
            <source>Other witness: name or description</source>
            <translation>Tyst arall: enw neu ddisgrifiad</translation>
        </message>
        <message>
            <source>Contact, only if needed</source>
            <translation>Cyswllt, dim ond os oes angen</translation>
        </message>
        <message>
            <source>People named</source>
            <translation>Pobl a enwyd</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Cyswllt</translation>
        </message>
        <message>
            <source>What triggered it</source>
            <translation>Beth a'i sbardunodd</translation>
        </message>
        <message>
            <source>Refund refused</source>
            <translation>Gwrthodwyd ad-daliad</translation>
        </message>
        <message>
            <source>Age-restricted sale refused</source>
            <translation>Gwrthodwyd gwerthiant â chyfyngiad oedran</translation>
        </message>
        <message>
            <source>Queue or wait</source>
            <translation>Ciw neu aros</translation>
        </message>
        <message>
            <source>Price dispute</source>
            <translation>Anghydfod am bris</translation>
        </message>
        <message>
            <source>Challenge over theft</source>
            <translation>Herio ynghylch lladrad</translation>
        </message>
        <message>
            <source>Enforcing a store policy</source>
            <translation>Gorfodi polisi'r siop</translation>
        </message>
        <message>
            <source>Complaint escalated</source>
            <translation>Cwyn wedi'i huwchgyfeirio</translation>
        </message>
        <message>
            <source>Other trigger: what was it?</source>
            <translation>Sbardun arall: beth oedd e?</translation>
        </message>
        <message>
            <source>What was tried to calm things down</source>
            <translation>Beth y ceisiwyd ei wneud i dawelu pethau</translation>
        </message>
        <message>
            <source>Calm tone</source>
            <translation>Tôn dawel</translation>
        </message>
        <message>
            <source>Acknowledged their feelings</source>
            <translation>Cydnabod eu teimladau</translation>
        </message>
        <message>
            <source>Non-confrontational language</source>
            <translation>Iaith nad yw'n herio</translation>
        </message>
        <message>
            <source>Gave them space</source>
            <translation>Rhoi lle iddynt</translation>
        </message>
        <message>
            <source>Offered alternatives</source>
            <translation>Cynnig dewisiadau eraill</translation>
        </message>
        <message>
            <source>Called for support</source>
            <translation>Galw am gymorth</translation>
        </message>
        <message>
            <source>Anything else tried</source>
            <translation>Unrhyw beth arall a geisiwyd</translation>
        </message>
        <message>
            <source>Who was called</source>
            <translation>Pwy a alwyd</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Goruchwyliwr</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Diogelwch</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Heddlu</translation>
        </message>
        <message>
            <source>Police attended</source>
            <translation>Daeth yr heddlu</translation>
        </message>
        <message>
            <source>Crime reference number</source>
            <translation>Cyfeirnod trosedd</translation>
        </message>
        <message>
            <source>Injury</source>
            <translation>Anaf</translation>
        </message>
        <message>
            <source>No injury</source>
            <translation>Dim anaf</translation>
        </message>
        <message>
            <source>Minor injury</source>
            <translation>Mân anaf</translation>
        </message>
        <message>
            <source>First aid given</source>
            <translation>Rhoddwyd cymorth cyntaf</translation>
        </message>
        <message>
            <source>Hospital treatment</source>
            <translation>Triniaeth yn yr ysbyty</translation>
        </message>
        <message>
            <source>Injury and first aid given</source>
            <translation>Anaf a'r cymorth cyntaf a roddwyd</translation>
        </message>
        <message>
            <source>Serious injuries</source>
            <translation>Anafiadau difrifol</translation>
        </message>
        <message>
            <source>Tick any a doctor found: these make it reportable under RIDDOR whatever the time off.</source>
            <translation>Ticiwch unrhyw rai a ganfu meddyg: mae'r rhain yn golygu bod rhaid rhoi gwybod o dan RIDDOR beth bynnag yr amser i ffwrdd o'r gwaith.</translation>
        </message>
        <message>
            <source>A broken bone (not a finger, thumb or toe)</source>
            <translation>Asgwrn wedi torri (nid bys, bawd na bys troed)</translation>
        </message>
        <message>
            <source>Amputation (of an arm, hand, finger, thumb, leg, foot or toe)</source>
            <translation>Trychiad (braich, llaw, bys, bawd, coes, troed neu fys troed)</translation>
        </message>
        <message>
            <source>Loss of sight, or an eye injury likely to reduce it for good</source>
            <translation>Colli golwg, neu anaf i'r llygad sy'n debygol o'i leihau'n barhaol</translation>
        </message>
        <message>
            <source>Crush injury to the head or body damaging the brain or organs</source>
            <translation>Anaf gwasgu i'r pen neu'r corff sy'n niweidio'r ymennydd neu'r organau</translation>
        </message>
        <message>
            <source>Serious burn or scald (over 10% of the body, or to the eyes or organs)</source>
            <translation>Llosg neu sgald difrifol (dros 10% o'r corff, neu i'r llygaid neu'r organau)</translation>
        </message>
        <message>
            <source>Scalping needing hospital treatment</source>
            <translation>Sgalpio sydd angen triniaeth yn yr ysbyty</translation>
        </message>
        <message>
            <source>Knocked unconscious, or lost consciousness from choking</source>
            <translation>Wedi'i fwrw'n anymwybodol, neu wedi colli ymwybyddiaeth wrth dagu</translation>
        </message>
        <message>
            <source>Dislocated shoulder, hip, knee or spine (Northern Ireland)</source>
            <translation>Ysgwydd, clun, pen-glin neu asgwrn cefn wedi'i ddatgymalu (Gogledd Iwerddon)</translation>
        </message>
        <message>
            <source>In hospital for more than 24 hours (Northern Ireland)</source>
            <translation>Yn yr ysbyty am fwy na 24 awr (Gogledd Iwerddon)</translation>
        </message>
        <message>
            <source>The person died</source>
            <translation>Bu farw'r person</translation>
        </message>
        <message>
            <source>Days unable to do their normal work</source>
            <translation>Diwrnodau heb allu gwneud eu gwaith arferol</translation>
        </message>
        <message>
            <source>Count weekends and rest days too, but not the day it happened.</source>
            <translation>Cyfrifwch benwythnosau a diwrnodau gorffwys hefyd, ond nid y diwrnod y digwyddodd.</translation>
        </message>
        <message>
            <source>A member of the public was taken from the store to hospital</source>
            <translation>Aethpwyd ag aelod o'r cyhoedd o'r siop i'r ysbyty</translation>
        </message>
        <message>
            <source>CCTV captured it</source>
            <translation>Cafodd ei ddal ar deledu cylch cyfyng</translation>
        </message>
        <message>
            <source>CCTV reference (camera, time or file)</source>
            <translation>Cyfeirnod teledu cylch cyfyng (camera, amser neu ffeil)</translation>
        </message>
        <message>
            <source>Description of the person</source>
            <translation>Disgrifiad o'r person</translation>
        </message>
        <message>
            <source>Support was offered</source>
            <translation>Cynigiwyd cymorth</translation>
        </message>
        <message>
            <source>Debrief booked for</source>
            <translation>Sesiwn ôl-drafod wedi'i threfnu ar gyfer</translation>
        </message>
        <message>
            <source>Welfare follow-up done</source>
            <translation>Gwnaed y gwaith dilynol ar les</translation>
        </message>
        <message>
            <source>Linked complaint</source>
            <translation>Cwyn gysylltiedig</translation>
        </message>
        <message>
            <source>Nation</source>
            <translation>Gwlad</translation>
        </message>
        <message>
            <source>England</source>
            <translation>Lloegr</translation>
        </message>
        <message>
            <source>Wales</source>
            <translation>Cymru</translation>
        </message>
        <message>
            <source>Scotland</source>
            <translation>Yr Alban</translation>
        </message>
        <message>
            <source>Northern Ireland</source>
            <translation>Gogledd Iwerddon</translation>
        </message>
        <message>
            <source>Personal details removed</source>
            <translation>Tynnwyd y manylion personol</translation>
        </message>
        <message>
            <source>Updates</source>
            <translation>Diweddariadau</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Pryd</translation>
        </message>
        <message>
            <source>Added by (staff code)</source>
            <translation>Ychwanegwyd gan (cod staff)</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Ynghylch</translation>
        </message>
        <message>
            <source>Police follow-up</source>
            <translation>Camau dilynol yr heddlu</translation>
        </message>
        <message>
            <source>CCTV disclosed</source>
            <translation>Datgelwyd y ffilm teledu cylch cyfyng</translation>
        </message>
        <message>
            <source>Welfare check done</source>
            <translation>Gwnaed y gwiriad lles</translation>
        </message>
        <message>
            <source>Reported to the HSE (RIDDOR)</source>
            <translation>Rhoddwyd gwybod i'r HSE (RIDDOR)</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Canlyniad</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nodyn</translation>
        </message>
        <message>
            <source>Details added later</source>
            <translation>Manylion a ychwanegwyd wedyn</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Diweddariad</translation>
        </message>
        <message>
            <source>Added by</source>
            <translation>Ychwanegwyd gan</translation>
        </message>
        <message>
            <source>Disclosures</source>
            <translation>Datgeliadau</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dyddiad</translation>
        </message>
        <message>
            <source>To whom</source>
            <translation>I bwy</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pam</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Beth</translation>
        </message>
        <message>
            <source>CCTV footage</source>
            <translation>Ffilm teledu cylch cyfyng</translation>
        </message>
        <message>
            <source>Incident record</source>
            <translation>Cofnod y digwyddiad</translation>
        </message>
    </context>
    <context>
        <name>phrases</name>
        <message>
            <source>{label} needs a few words ({minimum} characters or more).</source>
            <translation>{label}: mae angen ychydig eiriau ({minimum} nod neu fwy).</translation>
        </message>
        <message>
            <source>The date of the contact is needed.</source>
            <translation>Mae angen dyddiad y cyswllt.</translation>
        </message>
        <message>
            <source>Choose how the customer was contacted.</source>
            <translation>Dewiswch sut y cysylltwyd â'r cwsmer.</translation>
        </message>
        <message>
            <source>The customer confirmed it is resolved ({method}, {day:%d/%m/%Y}).</source>
            <translation>Cadarnhaodd y cwsmer ei fod wedi'i ddatrys ({method}, {day:%d/%m/%Y}).</translation>
        </message>
        <message>
            <source>The customer agreed to the resolution at the till.</source>
            <translation>Cytunodd y cwsmer i'r datrysiad wrth y til.</translation>
        </message>
        <message>
            <source>The note is too long: the most is {max_note:,} characters.</source>
            <translation>Mae'r nodyn yn rhy hir: yr uchafswm yw {max_note:,} nod.</translation>
        </message>
        <message>
            <source>The contact cannot be in the future.</source>
            <translation>Ni all y cyswllt fod yn y dyfodol.</translation>
        </message>
        <message>
            <source>An update while the complaint waits cannot confirm it is resolved: record a follow-up contact for that.</source>
            <translation>Ni all diweddariad tra bo'r gŵyn yn aros gadarnhau ei bod wedi'i datrys: cofnodwch gysylltu eto ar gyfer hynny.</translation>
        </message>
        <message>
            <source>The next contact cannot be in the past.</source>
            <translation>Ni all y cyswllt nesaf fod yn y gorffennol.</translation>
        </message>
        <message>
            <source>{reference} is not waiting for a decision (its status: {status}).</source>
            <translation>Cyfeirnod {reference}: nid yw'n aros am benderfyniad (ei statws: {status}).</translation>
        </message>
        <message>
            <source>Choose what happens next.</source>
            <translation>Dewiswch beth sy'n digwydd nesaf.</translation>
        </message>
        <message>
            <source>By when will the customer be told?</source>
            <translation>Erbyn pryd y caiff y cwsmer wybod?</translation>
        </message>
        <message>
            <source>{reference} is closed; a closed complaint takes no more contacts.</source>
            <translation>Cyfeirnod {reference}: mae ar gau; nid oes cysylltu eto ar gŵyn sydd ar gau.</translation>
        </message>
        <message>
            <source>{reference} is already closed.</source>
            <translation>Cyfeirnod {reference}: mae eisoes ar gau.</translation>
        </message>
        <message>
            <source>This complaint was escalated: a supervisor or manager records the decision before it can be closed.</source>
            <translation>Uwchgyfeiriwyd y gŵyn hon: mae goruchwyliwr neu reolwr yn cofnodi'r penderfyniad cyn y gellir ei chau.</translation>
        </message>
        <message>
            <source>Why the customer's confirmation could not be obtained</source>
            <translation>Pam na ellid cael cadarnhad y cwsmer</translation>
        </message>
        <message>
            <source>Follow-up contact</source>
            <translation>Cysylltu eto</translation>
        </message>
        <message>
            <source>Update while the complaint waits</source>
            <translation>Diweddariad tra bo'r gŵyn yn aros</translation>
        </message>
        <message>
            <source>Tell the customer (a follow-up is due)</source>
            <translation>Rhoi gwybod i'r cwsmer (mae angen cysylltu eto)</translation>
        </message>
        <message>
            <source>Referred further up; still escalated</source>
            <translation>Wedi'i chyfeirio'n uwch; yn dal wedi'i huwchgyfeirio</translation>
        </message>
        <message>
            <source>The contact cannot be before the complaint was logged ({saved_at:%d/%m/%Y}).</source>
            <translation>Ni all y cyswllt fod cyn cofnodi'r gŵyn ({saved_at:%d/%m/%Y}).</translation>
        </message>
        <message>
            <source>The customer has not confirmed it is resolved: when will you contact them next? (If no more contact is possible, close the complaint with the reason instead.)</source>
            <translation>Nid yw'r cwsmer wedi cadarnhau ei bod wedi'i datrys: pryd fyddwch chi'n cysylltu eto? (Os nad oes modd cysylltu rhagor, caewch y gŵyn gyda'r rheswm yn lle hynny.)</translation>
        </message>
        <message>
            <source>That date is in the past.</source>
            <translation>Mae'r dyddiad hwnnw yn y gorffennol.</translation>
        </message>
        <message>
            <source>Say why it is being corrected (for example "name misspelt").</source>
            <translation>Dywedwch pam mae'n cael ei gywiro (er enghraifft "enw wedi'i gamsillafu").</translation>
        </message>
        <message>
            <source>The personal details of this complaint were removed; they cannot be added back.</source>
            <translation>Tynnwyd manylion personol y gŵyn hon; ni ellir eu hychwanegu'n ôl.</translation>
        </message>
        <message>
            <source>The customer did not agree to be contacted, so no contact details are kept.</source>
            <translation>Ni chytunodd y cwsmer i neb gysylltu ag ef, felly ni chedwir manylion cyswllt.</translation>
        </message>
        <message>
            <source>That is what the record already says.</source>
            <translation>Dyna mae'r cofnod yn ei ddweud eisoes.</translation>
        </message>
        <message>
            <source>Choose the detail to correct from the list.</source>
            <translation>Dewiswch o'r rhestr y manylyn i'w gywiro.</translation>
        </message>
        <message>
            <source>Audit entry {number}: the entry before it was changed or removed.</source>
            <translation>Cofnod archwilio {number}: cafodd y cofnod cyn hwn ei newid neu ei dynnu.</translation>
        </message>
        <message>
            <source>Audit entry {number}: its contents were changed.</source>
            <translation>Cofnod archwilio {number}: cafodd ei gynnwys ei newid.</translation>
        </message>
        <message>
            <source>the {days}-day cancellation period after the day the goods came into the customer's possession on {first}</source>
            <translation>y cyfnod canslo {days} diwrnod ar ôl y diwrnod y daeth y nwyddau i feddiant y cwsmer ar {first}</translation>
        </message>
        <message>
            <source>the {days}-day cancellation period after the day the contract was made on {first}</source>
            <translation>y cyfnod canslo {days} diwrnod ar ôl y diwrnod y gwnaed y contract ar {first}</translation>
        </message>
        <message>
            <source>{how}: {counted} ends on {last} (reg. 30), and it was reported on {reported}. The customer may cancel without giving a reason. Refund the price and standard delivery within {days} days of getting the goods back or proof they were sent; a deduction only for handling beyond what was needed to look at them (reg. 34). Exempt: goods made to the customer's specification or personalised, and sealed hygiene goods, recordings or software that were unsealed (reg. 28).</source>
            <translation>{how}: mae {counted} yn dod i ben ar {last} (rheoliad 30), a rhoddwyd gwybod ar {reported}. Caiff y cwsmer ganslo heb roi rheswm. Rhowch ad-daliad o'r pris a'r danfon safonol o fewn {days} diwrnod i gael y nwyddau yn ôl neu brawf iddynt gael eu hanfon; dim ond am drin y tu hwnt i'r hyn oedd ei angen i edrych arnynt y ceir didyniad (rheoliad 34). Wedi'u heithrio: nwyddau a wnaed i fanyleb y cwsmer neu a bersonoleiddiwyd, a nwyddau hylendid, recordiadau neu feddalwedd wedi'u selio a agorwyd (rheoliad 28).</translation>
        </message>
        <message>
            <source>{how}: {counted} ended on {last} (Consumer Contracts Regulations 2013, reg. 30). If the customer was never told of the right to cancel, it runs up to 12 months longer (reg. 31): check the order confirmation.</source>
            <translation>{how}: daeth {counted} i ben ar {last} (Rheoliadau Contractau Defnyddwyr 2013, rheoliad 30). Os na ddywedwyd erioed wrth y cwsmer am yr hawl i ganslo, mae'n para hyd at 12 mis yn hwy (rheoliad 31): gwiriwch gadarnhad yr archeb.</translation>
        </message>
        <message>
            <source>{how}, but goods liable to deteriorate rapidly cannot be cancelled under the Consumer Contracts Regulations 2013 (reg. 28(1)); the Consumer Rights Act remedies above still apply if they are faulty.</source>
            <translation>{how}, ond ni ellir canslo nwyddau sy'n debygol o ddirywio'n gyflym o dan Reoliadau Contractau Defnyddwyr 2013 (rheoliad 28(1)); mae rhwymedïau Deddf Hawliau Defnyddwyr uchod yn dal yn berthnasol os ydynt yn ddiffygiol.</translation>
        </message>
        <message>
            <source>{how}: the customer can cancel within {days} days without a reason (Consumer Contracts Regulations 2013, reg. 29-30). Enter the date of delivery to see whether that time has passed.</source>
            <translation>{how}: caiff y cwsmer ganslo o fewn {days} diwrnod heb reswm (Rheoliadau Contractau Defnyddwyr 2013, rheoliadau 29-30). Rhowch y dyddiad danfon i weld a yw'r amser hwnnw wedi mynd heibio.</translation>
        </message>
        <message>
            <source>Bought online</source>
            <translation>Prynwyd ar-lein</translation>
        </message>
        <message>
            <source>Bought by phone or mail order</source>
            <translation>Prynwyd dros y ffôn neu drwy archeb bost</translation>
        </message>
        <message>
            <source>Bought away from the shop</source>
            <translation>Prynwyd oddi ar safle'r siop</translation>
        </message>
        <message>
            <source>Digital content downloaded or streamed with the customer's consent and acknowledgement cannot be cancelled (reg. 37).</source>
            <translation>Ni ellir canslo cynnwys digidol a lawrlwythwyd neu a ffrydiwyd gyda chydsyniad a chydnabyddiaeth y cwsmer (rheoliad 37).</translation>
        </message>
        <message>
            <source>If the service began within the period at the customer's request, they pay for what was done (reg. 36).</source>
            <translation>Os dechreuodd y gwasanaeth o fewn y cyfnod ar gais y cwsmer, mae'n talu am yr hyn a wnaed (rheoliad 36).</translation>
        </message>
        <message>
            <source>Choose the category that fits the complaint best.</source>
            <translation>Dewiswch y categori sy'n gweddu orau i'r gŵyn.</translation>
        </message>
        <message>
            <source>Option {number} needs a description.</source>
            <translation>Opsiwn {number}: mae angen disgrifiad.</translation>
        </message>
        <message>
            <source>Ask at least one clarifying question and note the answer, rather than assuming.</source>
            <translation>Gofynnwch o leiaf un cwestiwn egluro a nodwch yr ateb, yn hytrach na thybio.</translation>
        </message>
        <message>
            <source>Option {number}: {message}</source>
            <translation>Opsiwn {number}: {message}</translation>
        </message>
        <message>
            <source>{minutes} min {seconds:02d} s</source>
            <translation>{minutes} mun {seconds:02d} e</translation>
        </message>
        <message>
            <source>Why? ({number})</source>
            <translation>Pam? ({number})</translation>
        </message>
        <message>
            <source>Handling time</source>
            <translation>Amser ymdrin</translation>
        </message>
        <message>
            <source>Guidance from the Consumer Rights Act 2015, not legal advice. It never stops the store offering more; if in doubt, escalate.</source>
            <translation>Canllawiau o Ddeddf Hawliau Defnyddwyr 2015 yw'r rhain, nid cyngor cyfreithiol. Nid ydynt byth yn atal y siop rhag cynnig mwy; os oes amheuaeth, uwchgyfeiriwch.</translation>
        </message>
        <message>
            <source>Whether a refund is owed depends on why the customer wants one: goods faulty, not as described or not fit for purpose give statutory rights (choose that category instead to see them); goods bought online, by phone or away from the shop can usually be cancelled within 14 days of delivery (Consumer Contracts Regulations 2013, reg. 29-30); a change of mind in the shop is the store's own policy. Ask what the reason was.</source>
            <translation>Mae p'un a oes ad-daliad yn ddyledus yn dibynnu ar pam mae'r cwsmer eisiau un: mae nwyddau diffygiol, nwyddau nad ydynt fel y'u disgrifiwyd neu nad ydynt yn addas i'r diben yn rhoi hawliau statudol (dewiswch y categori hwnnw yn lle hwn i'w gweld); fel arfer gellir canslo nwyddau a brynwyd ar-lein, dros y ffôn neu oddi ar y safle o fewn 14 diwrnod i'w danfon (Rheoliadau Contractau Defnyddwyr 2013, rheoliadau 29-30); polisi'r siop ei hun sy'n berthnasol i newid meddwl yn y siop. Gofynnwch beth oedd y rheswm.</translation>
        </message>
        <message>
            <source>Bought in the shop: the law gives no right to return goods for a change of mind, so the store's own returns policy applies (and a more generous goodwill resolution is always allowed).</source>
            <translation>Prynwyd yn y siop: nid yw'r gyfraith yn rhoi hawl i ddychwelyd nwyddau am newid meddwl, felly polisi dychwelyd y siop ei hun sy'n berthnasol (a chaniateir datrysiad ewyllys da mwy hael bob amser).</translation>
        </message>
        <message>
            <source>This does not look like a breach of the customer's statutory rights (for example how they were served, or a wait). The store's own policy applies, and a more generous goodwill resolution is always allowed.</source>
            <translation>Nid yw hyn yn edrych fel torri hawliau statudol y cwsmer (er enghraifft sut y cafodd ei wasanaethu, neu aros). Polisi'r siop ei hun sy'n berthnasol, a chaniateir datrysiad ewyllys da mwy hael bob amser.</translation>
        </message>
        <message>
            <source>The customer was given it rather than bought it: the statutory rights are the buyer's, but the person given it can enforce them where the contract was meant to benefit them, as a gift receipt shows (Contracts (Rights of Third Parties) Act 1999; in Scotland the Contract (Third Party Rights) (Scotland) Act 2017). Ask for the gift receipt.</source>
            <translation>Cafodd y cwsmer hwn yn rhodd yn hytrach na'i brynu: y prynwr biau'r hawliau statudol, ond gall y sawl a gafodd y rhodd eu gorfodi pan oedd y contract i fod o fudd iddo, fel y dengys derbynneb rhodd (Deddf Contractau (Hawliau Trydydd Partïon) 1999; yn yr Alban, Deddf Contractau (Hawliau Trydydd Parti) (Yr Alban) 2017). Gofynnwch am y dderbynneb rhodd.</translation>
        </message>
        <message>
            <source>If the customer asked for that repair or replacement within the 30 days, the days spent waiting for it do not count and at least 7 days remain after it came back (s22(6)-(8)): enter when it was asked for and when the goods came back to see whether a full refund is still due.</source>
            <translation>Os gofynnodd y cwsmer am atgyweirio neu roi un newydd yn ei le o fewn y 30 diwrnod, nid yw'r dyddiau a dreuliwyd yn aros yn cyfrif ac mae o leiaf 7 diwrnod yn weddill ar ôl iddo ddod yn ôl (s22(6)-(8)): rhowch pryd y gofynnwyd amdano a phryd y daeth y nwyddau yn ôl i weld a oes ad-daliad llawn yn ddyledus o hyd.</translation>
        </message>
        <message>
            <source>Limitation Act 1980, s5</source>
            <translation>Deddf Cyfyngiadau 1980, s5</translation>
        </message>
        <message>
            <source>the 30 days stopped for the {waited} days from asking for the repair or replacement on {asked} to getting the goods back on {back} (s22(6)-(7)), so they end on {end}</source>
            <translation>daeth y 30 diwrnod i stop am y {waited} diwrnod rhwng gofyn am atgyweirio neu roi un newydd yn ei le ar {asked} a chael y nwyddau yn ôl ar {back} (s22(6)-(7)), felly maent yn dod i ben ar {end}</translation>
        </message>
        <message>
            <source>Unless a time was agreed, goods must be delivered without undue delay and within 30 days of the contract (s28(3)). If delivery was late and the time was essential, or a further period the customer set has also passed, the customer may end the contract and get all their money back without undue delay (s28(6)-(13)).</source>
            <translation>Oni chytunwyd ar amser, rhaid danfon nwyddau heb oedi gormodol ac o fewn 30 diwrnod i'r contract (s28(3)). Os oedd y danfon yn hwyr a'r amser yn hanfodol, neu os yw cyfnod pellach a osododd y cwsmer wedi mynd heibio hefyd, caiff y cwsmer ddod â'r contract i ben a chael ei holl arian yn ôl heb oedi gormodol (s28(6)-(13)).</translation>
        </message>
        <message>
            <source>Until the goods come into the physical possession of the customer (or someone they named), they are at the store's risk: goods lost or damaged on the way are ours to put right (s29).</source>
            <translation>Hyd nes y daw'r nwyddau i feddiant corfforol y cwsmer (neu rywun a enwodd), maent ar risg y siop: ni sydd i unioni nwyddau a gollwyd neu a ddifrodwyd ar y ffordd (s29).</translation>
        </message>
        <message>
            <source>Within {days} days</source>
            <translation>O fewn {days} diwrnod</translation>
        </message>
        <message>
            <source>Delivered on {supplied} and reported on {reported}</source>
            <translation>Danfonwyd ar {supplied} a rhoddwyd gwybod ar {reported}</translation>
        </message>
        <message>
            <source>{showed} more than 6 months after delivery on {delivered} (the 6 months ended on {last}): the customer has to show the fault was there at delivery, for example with an independent report; the presumption of {sections} no longer applies.</source>
            <translation>{showed} fwy na 6 mis ar ôl eu danfon ar {delivered} (daeth y 6 mis i ben ar {last}): rhaid i'r cwsmer ddangos bod y nam yno pan gawsant eu danfon, er enghraifft ag adroddiad annibynnol; nid yw rhagdybiaeth {sections} yn berthnasol mwyach.</translation>
        </message>
        <message>
            <source>{when}. One repair or replacement has already been tried and the goods still do not conform (s24(5))</source>
            <translation>{when}. Rhoddwyd cynnig eisoes ar un atgyweiriad neu un nwydd newydd yn ei le ac nid yw'r nwyddau'n cydymffurfio o hyd (s24(5))</translation>
        </message>
        <message>
            <source>Prescription and Limitation (Scotland) Act 1973, s6</source>
            <translation>Deddf Rhagnodi a Chyfyngiadau (Yr Alban) 1973, s6</translation>
        </message>
        <message>
            <source>Limitation (Northern Ireland) Order 1989, art. 4</source>
            <translation>Gorchymyn Cyfyngiadau (Gogledd Iwerddon) 1989, erthygl 4</translation>
        </message>
        <message>
            <source>{how}; at least {left} days remain after the goods came back, so the right lasts until {until} (s22(8))</source>
            <translation>{how}; mae o leiaf {left} diwrnod yn weddill ar ôl i'r nwyddau ddod yn ôl, felly mae'r hawl yn para tan {until} (s22(8))</translation>
        </message>
        <message>
            <source>Time limit for a claim: {years} years from supply ({law}), so until {deadline}.</source>
            <translation>Terfyn amser ar gyfer hawliad: {years} o flynyddoedd o'r cyflenwi ({law}), felly tan {deadline}.</translation>
        </message>
        <message>
            <source>Reported on {reported} (date of supply not known)</source>
            <translation>Rhoddwyd gwybod ar {reported} (nid yw dyddiad y cyflenwi yn hysbys)</translation>
        </message>
        <message>
            <source>Service provided on {supplied} and reported on {reported}</source>
            <translation>Darparwyd y gwasanaeth ar {supplied} a rhoddwyd gwybod ar {reported}</translation>
        </message>
        <message>
            <source>Supplied on {supplied} and reported on {reported}</source>
            <translation>Cyflenwyd ar {supplied} a rhoddwyd gwybod ar {reported}</translation>
        </message>
        <message>
            <source>The fault showed on {seen}</source>
            <translation>Daeth y nam i'r amlwg ar {seen}</translation>
        </message>
        <message>
            <source>Reported</source>
            <translation>Rhoddwyd gwybod</translation>
        </message>
        <message>
            <source>{showed} within the 6 months after delivery on {delivered} (up to and including {last}): the fault is taken to have been there at delivery unless we can show otherwise ({sections}).</source>
            <translation>{showed} o fewn y 6 mis ar ôl eu danfon ar {delivered} (hyd at a chan gynnwys {last}): tybir bod y nam yno pan gawsant eu danfon oni allwn ddangos fel arall ({sections}).</translation>
        </message>
        <message>
            <source>Perishable goods: the right lasts only as long as they could reasonably be expected to last, which may be less than 30 days (s22(4)).</source>
            <translation>Nwyddau darfodus: dim ond cyhyd ag y gellid disgwyl yn rhesymol iddynt bara y mae'r hawl yn para, a gall hynny fod yn llai na 30 diwrnod (s22(4)).</translation>
        </message>
        <message>
            <source>Perishable goods can have a shorter period (s22(4)).</source>
            <translation>Gall fod cyfnod byrrach ar gyfer nwyddau darfodus (s22(4)).</translation>
        </message>
        <message>
            <source>Full refund (short-term right to reject)</source>
            <translation>Ad-daliad llawn (yr hawl tymor byr i wrthod)</translation>
        </message>
        <message>
            <source>{when}: {counted}. The customer may reject the goods for a full refund, due within {days} days of agreeing, by the same payment method, with no deduction for use and no fee (s20(15)-(18)). {perishable}</source>
            <translation>{when}: {counted}. Caiff y cwsmer wrthod y nwyddau am ad-daliad llawn, sy'n ddyledus o fewn {days} diwrnod i gytuno, drwy'r un dull talu, heb ddidyniad am ddefnydd a heb ffi (s20(15)-(18)). {perishable}</translation>
        </message>
        <message>
            <source>Full refund to the original payment method within {days} days</source>
            <translation>Ad-daliad llawn i'r dull talu gwreiddiol o fewn {days} diwrnod</translation>
        </message>
        <message>
            <source>Money back in full; no deduction for use</source>
            <translation>Yr arian i gyd yn ôl; dim didyniad am ddefnydd</translation>
        </message>
        <message>
            <source>a deduction for the use the customer has had is allowed, because it is a motor vehicle (s24(10)(a))</source>
            <translation>caniateir didyniad am y defnydd a gafodd y cwsmer, gan mai cerbyd modur ydyw (s24(10)(a))</translation>
        </message>
        <message>
            <source>Repair or replacement</source>
            <translation>Atgyweirio neu roi un newydd yn ei le</translation>
        </message>
        <message>
            <source>{reason}. Repair or replace at our cost, within a reasonable time and without significant inconvenience (s23(2)).</source>
            <translation>{reason}. Atgyweirio, neu roi un newydd yn ei le, ar ein cost ni, o fewn amser rhesymol a heb anghyfleustra sylweddol (s23(2)).</translation>
        </message>
        <message>
            <source>Repair or replace the goods free of charge</source>
            <translation>Atgyweirio'r nwyddau, neu roi rhai newydd yn eu lle, yn rhad ac am ddim</translation>
        </message>
        <message>
            <source>Within a reasonable time</source>
            <translation>O fewn amser rhesymol</translation>
        </message>
        <message>
            <source>A working item; a wait while it is repaired or replaced</source>
            <translation>Eitem sy'n gweithio; aros tra bo'n cael ei atgyweirio neu tra bo un newydd yn dod</translation>
        </message>
        <message>
            <source>Put the service right (repeat performance)</source>
            <translation>Unioni'r gwasanaeth (ei gyflawni eto)</translation>
        </message>
        <message>
            <source>Do the service again properly at no cost</source>
            <translation>Gwneud y gwasanaeth eto'n iawn heb gost</translation>
        </message>
        <message>
            <source>The job done properly; another visit or wait</source>
            <translation>Y gwaith wedi'i wneud yn iawn; ymweliad arall neu aros</translation>
        </message>
        <message>
            <source>The service has already been done again and is still not right</source>
            <translation>Mae'r gwasanaeth wedi'i wneud eto eisoes ac nid yw'n iawn o hyd</translation>
        </message>
        <message>
            <source>If repeat performance is impossible, or cannot be done within a reasonable time or without significant inconvenience</source>
            <translation>Os yw'n amhosibl cyflawni'r gwasanaeth eto, neu os na ellir gwneud hynny o fewn amser rhesymol neu heb anghyfleustra sylweddol</translation>
        </message>
        <message>
            <source>Price reduction</source>
            <translation>Gostyngiad yn y pris</translation>
        </message>
        <message>
            <source>{when}. {reason}: the customer is entitled to a price reduction (up to the full price), refunded within {days} days of agreeing (s56).</source>
            <translation>{when}. {reason}: mae gan y cwsmer hawl i ostyngiad yn y pris (hyd at y pris llawn), a roddir fel ad-daliad o fewn {days} diwrnod i gytuno (s56).</translation>
        </message>
        <message>
            <source>Refund part (or all) of the price of the service</source>
            <translation>Ad-daliad o ran (neu'r cyfan) o bris y gwasanaeth</translation>
        </message>
        <message>
            <source>Money back for the part not done properly</source>
            <translation>Arian yn ôl am y rhan na wnaed yn iawn</translation>
        </message>
        <message>
            <source>For a service there is no 6-month presumption: the customer needs to show what was not done properly.</source>
            <translation>Nid oes rhagdybiaeth 6 mis ar gyfer gwasanaeth: mae angen i'r cwsmer ddangos beth na wnaed yn iawn.</translation>
        </message>
        <message>
            <source>Repair or replacement of the digital content</source>
            <translation>Atgyweirio'r cynnwys digidol neu roi un newydd yn ei le</translation>
        </message>
        <message>
            <source>{when}. Digital content that does not conform must be repaired or replaced at our cost, within a reasonable time and without significant inconvenience (s43).</source>
            <translation>{when}. Rhaid atgyweirio cynnwys digidol nad yw'n cydymffurfio, neu roi un newydd yn ei le, ar ein cost ni, o fewn amser rhesymol a heb anghyfleustra sylweddol (s43).</translation>
        </message>
        <message>
            <source>Replace or fix the digital content (for example a new code or download)</source>
            <translation>Trwsio'r cynnwys digidol neu roi un newydd yn ei le (er enghraifft cod neu lawrlwythiad newydd)</translation>
        </message>
        <message>
            <source>Working content</source>
            <translation>Cynnwys sy'n gweithio</translation>
        </message>
        <message>
            <source>A repair or replacement has already been tried and failed</source>
            <translation>Rhoddwyd cynnig eisoes ar atgyweiriad neu nwydd newydd yn ei le, a methodd</translation>
        </message>
        <message>
            <source>If repair or replacement is impossible or is not done within a reasonable time and without significant inconvenience</source>
            <translation>Os yw'n amhosibl atgyweirio neu roi un newydd yn ei le, neu os na wneir hynny o fewn amser rhesymol a heb anghyfleustra sylweddol</translation>
        </message>
        <message>
            <source>{when}. {reason}: the customer is entitled to a price reduction (up to the full price), refunded within {days} days of agreeing (s44).</source>
            <translation>{when}. {reason}: mae gan y cwsmer hawl i ostyngiad yn y pris (hyd at y pris llawn), a roddir fel ad-daliad o fewn {days} diwrnod i gytuno (s44).</translation>
        </message>
        <message>
            <source>Refund part (or all) of the price</source>
            <translation>Ad-daliad o ran (neu'r cyfan) o'r pris</translation>
        </message>
        <message>
            <source>Money back</source>
            <translation>Arian yn ôl</translation>
        </message>
        <message>
            <source>Digital content has no right to reject; content on a disc or other physical medium counts as goods (s16).</source>
            <translation>Nid oes hawl i wrthod cynnwys digidol; mae cynnwys ar ddisg neu gyfrwng ffisegol arall yn cyfrif fel nwyddau (s16).</translation>
        </message>
        <message>
            <source>the 30 days stopped on {asked}, when the customer asked for the repair or replacement, and start again when the goods come back, with at least {left} days then left (s22(6)-(8))</source>
            <translation>daeth y 30 diwrnod i stop ar {asked}, pan ofynnodd y cwsmer am atgyweirio neu roi un newydd yn ei le, ac maent yn ailddechrau pan ddaw'r nwyddau yn ôl, gydag o leiaf {left} diwrnod ar ôl bryd hynny (s22(6)-(8))</translation>
        </message>
        <message>
            <source>Without the date of purchase or delivery the time limits cannot be worked out: ask for the receipt or order.</source>
            <translation>Heb y dyddiad prynu neu'r dyddiad danfon ni ellir cyfrifo'r terfynau amser: gofynnwch am y dderbynneb neu'r archeb.</translation>
        </message>
        <message>
            <source>The report date ({reported}) is before the delivery date ({delivered}): check the dates.</source>
            <translation>Mae'r dyddiad rhoi gwybod ({reported}) cyn y dyddiad danfon ({delivered}): gwiriwch y dyddiadau.</translation>
        </message>
        <message>
            <source>{when}, day {day}, after the 30 days ended on {end}: the customer is entitled to one repair or replacement first</source>
            <translation>{when}, diwrnod {day}, ar ôl i'r 30 diwrnod ddod i ben ar {end}: mae gan y cwsmer hawl i un atgyweiriad neu un nwydd newydd yn ei le yn gyntaf</translation>
        </message>
        <message>
            <source>{when}: the customer may choose this instead of a refund</source>
            <translation>{when}: caiff y cwsmer ddewis hyn yn lle ad-daliad</translation>
        </message>
        <message>
            <source>day {day} of the {days} days, which end on {end}</source>
            <translation>diwrnod {day} o'r {days} diwrnod, sy'n dod i ben ar {end}</translation>
        </message>
        <message>
            <source>the {days} days, which end on {end}, have not run out</source>
            <translation>nid yw'r {days} diwrnod, sy'n dod i ben ar {end}, wedi dod i ben eto</translation>
        </message>
        <message>
            <source>If the goods damaged other property, the customer may also claim damages for that loss (s19(9)-(11)).</source>
            <translation>Os gwnaeth y nwyddau ddifrodi eiddo arall, caiff y cwsmer hefyd hawlio iawndal am y golled honno (s19(9)-(11)).</translation>
        </message>
        <message>
            <source>We installed it: the 30 days and the 6 months without a deduction for use count from when the customer was told it was finished ({finished}) (s22(3)(c), s24(11)); an installation done wrongly is itself a fault (s15).</source>
            <translation>Ni a'i gosododd: mae'r 30 diwrnod a'r 6 mis heb ddidyniad am ddefnydd yn cyfrif o'r adeg y dywedwyd wrth y cwsmer ei fod wedi'i orffen ({finished}) (s22(3)(c), s24(11)); mae gosod yn anghywir yn nam ynddo'i hun (s15).</translation>
        </message>
        <message>
            <source>Second-hand goods have the same rights; what counts as satisfactory quality takes account of their age, price and description, and faults pointed out before the sale are not covered (s9(2)-(4)).</source>
            <translation>Mae'r un hawliau gan nwyddau ail-law; mae'r hyn sy'n cyfrif fel ansawdd boddhaol yn ystyried eu hoed, eu pris a'u disgrifiad, ac nid yw namau a nodwyd cyn y gwerthiant wedi'u cynnwys (s9(2)-(4)).</translation>
        </message>
        <message>
            <source>no deduction for use, because it is within the 6 months after delivery, which end on {end} (s24(10)-(11))</source>
            <translation>dim didyniad am ddefnydd, gan ei fod o fewn y 6 mis ar ôl eu danfon, sy'n dod i ben ar {end} (s24(10)-(11))</translation>
        </message>
        <message>
            <source>a deduction for the use the customer has had is allowed, because the 6 months after delivery ended on {end} (s24(8)-(10))</source>
            <translation>caniateir didyniad am y defnydd a gafodd y cwsmer, gan i'r 6 mis ar ôl eu danfon ddod i ben ar {end} (s24(8)-(10))</translation>
        </message>
        <message>
            <source>Price reduction (after a failed repair or replacement)</source>
            <translation>Gostyngiad yn y pris (ar ôl atgyweiriad neu nwydd newydd yn ei le a fethodd)</translation>
        </message>
        <message>
            <source>{tried}, so the customer may keep them with an appropriate reduction in price (up to the full price), refunded within {days} days of agreeing.</source>
            <translation>{tried}, felly caiff y cwsmer eu cadw gyda gostyngiad priodol yn y pris (hyd at y pris llawn), a roddir fel ad-daliad o fewn {days} diwrnod i gytuno.</translation>
        </message>
        <message>
            <source>Partial refund as a price reduction, keeping the goods</source>
            <translation>Ad-daliad rhannol fel gostyngiad yn y pris, gan gadw'r nwyddau</translation>
        </message>
        <message>
            <source>Keeps the goods and gets part of the money back</source>
            <translation>Yn cadw'r nwyddau ac yn cael rhan o'r arian yn ôl</translation>
        </message>
        <message>
            <source>Refund (final right to reject)</source>
            <translation>Ad-daliad (yr hawl derfynol i wrthod)</translation>
        </message>
        <message>
            <source>{tried}, so the customer may reject them for a refund: {deduction}.</source>
            <translation>{tried}, felly caiff y cwsmer eu gwrthod am ad-daliad: {deduction}.</translation>
        </message>
        <message>
            <source>Refund on return of the goods (final right to reject)</source>
            <translation>Ad-daliad wrth ddychwelyd y nwyddau (yr hawl derfynol i wrthod)</translation>
        </message>
        <message>
            <source>Money back; the goods come back to us</source>
            <translation>Arian yn ôl; daw'r nwyddau yn ôl atom</translation>
        </message>
        <message>
            <source>{when}. A service not as agreed or described (s50) must be done again properly, at our cost, within a reasonable time and without significant inconvenience (s55).</source>
            <translation>{when}. Pan nad yw gwasanaeth fel y cytunwyd neu fel y'i disgrifiwyd (s50), rhaid ei wneud eto'n iawn, ar ein cost ni, o fewn amser rhesymol a heb anghyfleustra sylweddol (s55).</translation>
        </message>
        <message>
            <source>{when}. A service not done with reasonable care and skill (s49) must be done again properly, at our cost, within a reasonable time and without significant inconvenience (s55).</source>
            <translation>{when}. Pan na wnaed gwasanaeth â gofal a medr rhesymol (s49), rhaid ei wneud eto'n iawn, ar ein cost ni, o fewn amser rhesymol a heb anghyfleustra sylweddol (s55).</translation>
        </message>
        <message>
            <source>If the service damaged the customer's property, damages for that loss may also be claimed (s54(7)).</source>
            <translation>Os gwnaeth y gwasanaeth ddifrodi eiddo'r cwsmer, gellir hawlio iawndal am y golled honno hefyd (s54(7)).</translation>
        </message>
        <message>
            <source>Possibly out of time: in Scotland the {years} years usually run from supply ({supplied}, so until {deadline}), but they run from when the customer knew, or could reasonably have known, of the loss if that was later (Prescription and Limitation (Scotland) Act 1973, s6 and s11(3), as amended by the Prescription (Scotland) Act 2018). Ask when the fault showed; if in doubt, escalate. The store may help as a goodwill gesture either way.</source>
            <translation>Efallai fod y terfyn amser wedi mynd heibio: yn yr Alban mae'r {years} o flynyddoedd fel arfer yn rhedeg o'r cyflenwi ({supplied}, felly tan {deadline}), ond maent yn rhedeg o'r adeg pan wyddai'r cwsmer, neu pan allai fod wedi gwybod yn rhesymol, am y golled os oedd hynny'n hwyrach (Deddf Rhagnodi a Chyfyngiadau (Yr Alban) 1973, s6 ac s11(3), fel y'i diwygiwyd gan Ddeddf Rhagnodi (Yr Alban) 2018). Gofynnwch pryd y daeth y nam i'r amlwg; os oes amheuaeth, uwchgyfeiriwch. Caiff y siop helpu fel arwydd o ewyllys da y naill ffordd neu'r llall.</translation>
        </message>
        <message>
            <source>Out of time: a claim must be brought within {years} years of the breach ({law}). Supplied on {supplied}, the time ran out on {deadline}, before the report on {reported}. The store may still help as a goodwill gesture.</source>
            <translation>Mae'r terfyn amser wedi mynd heibio: rhaid dwyn hawliad o fewn {years} o flynyddoedd i'r toriad ({law}). Fe'i cyflenwyd ar {supplied}; daeth yr amser i ben ar {deadline}, cyn rhoi gwybod ar {reported}. Caiff y siop helpu o hyd fel arwydd o ewyllys da.</translation>
        </message>
        <message>
            <source>Enter the date the service was provided to see the time limit for a claim.</source>
            <translation>Rhowch y dyddiad y darparwyd y gwasanaeth i weld y terfyn amser ar gyfer hawliad.</translation>
        </message>
        <message>
            <source>Cancel for a refund (14-day cancellation right)</source>
            <translation>Canslo am ad-daliad (hawl canslo 14 diwrnod)</translation>
        </message>
        <message>
            <source>Cancel the order: refund the price and standard delivery</source>
            <translation>Canslo'r archeb: ad-daliad o'r pris a'r danfon safonol</translation>
        </message>
        <message>
            <source>Within {days} days of getting the goods back</source>
            <translation>O fewn {days} diwrnod i gael y nwyddau yn ôl</translation>
        </message>
        <message>
            <source>Money back without a reason; the goods come back to us</source>
            <translation>Arian yn ôl heb reswm; daw'r nwyddau yn ôl atom</translation>
        </message>
        <message>
            <source>{when}: a repair or replacement is always open while the goods are faulty</source>
            <translation>{when}: mae atgyweirio neu roi un newydd yn ei le ar gael bob amser tra bo'r nwyddau'n ddiffygiol</translation>
        </message>
        <message>
            <source>The 30-day short-term right to reject ended on {end} (delivered {started}, reported {reported}, day {day}; {how}).</source>
            <translation>Daeth yr hawl tymor byr 30 diwrnod i wrthod i ben ar {end} (danfonwyd {started}, rhoddwyd gwybod {reported}, diwrnod {day}; {how}).</translation>
        </message>
        <message>
            <source>The 30-day short-term right to reject ended on {end} (delivered {started}, reported {reported}, day {day}).</source>
            <translation>Daeth yr hawl tymor byr 30 diwrnod i wrthod i ben ar {end} (danfonwyd {started}, rhoddwyd gwybod {reported}, diwrnod {day}).</translation>
        </message>
        <message>
            <source>Repair of the device or compensation</source>
            <translation>Atgyweirio'r ddyfais neu iawndal</translation>
        </message>
        <message>
            <source>{when}. The digital content damaged the customer's device or other digital content. If the damage would not have happened had we used reasonable care and skill, we must either repair it, within a reasonable time and without significant inconvenience to the customer, or pay compensation for it, within {days} days of agreeing that the customer is entitled to it (s46(3)-(5)).</source>
            <translation>{when}. Gwnaeth y cynnwys digidol ddifrodi dyfais y cwsmer neu gynnwys digidol arall. Pe na bai'r difrod wedi digwydd petaem wedi defnyddio gofal a medr rhesymol, rhaid i ni naill ai ei atgyweirio, o fewn amser rhesymol a heb anghyfleustra sylweddol i'r cwsmer, neu dalu iawndal amdano, o fewn {days} diwrnod i gytuno bod gan y cwsmer hawl iddo (s46(3)-(5)).</translation>
        </message>
        <message>
            <source>Repair the damaged device or pay compensation for it</source>
            <translation>Atgyweirio'r ddyfais a ddifrodwyd neu dalu iawndal amdani</translation>
        </message>
        <message>
            <source>Repair: a reasonable time; payment: within {days} days of agreeing</source>
            <translation>Atgyweirio: amser rhesymol; talu: o fewn {days} diwrnod i gytuno</translation>
        </message>
        <message>
            <source>The device put right or its cost covered</source>
            <translation>Y ddyfais wedi'i hunioni neu ei chost wedi'i thalu</translation>
        </message>
        <message>
            <source>Jan</source>
            <translation>Ion</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>Chwef</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>Maw</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>Ebr</translation>
        </message>
        <message>
            <source>May</source>
            <translation>Mai</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>Meh</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>Gorff</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>Awst</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>Medi</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>Hyd</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>Tach</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>Rhag</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <translation>{day} {month} {year}</translation>
        </message>
        <message>
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Yr wythnos hon</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Y mis hwn</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Y mis diwethaf</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Eleni</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Y 12 mis diwethaf</translation>
        </message>
        <message>
            <source>Choose dates</source>
            <translation>Dewis dyddiadau</translation>
        </message>
        <message>
            <source>saved {period}</source>
            <translation>a gadwyd {period}</translation>
        </message>
        <message>
            <source>Complaints logged per week (week beginning)</source>
            <translation>Cwynion a gofnodwyd bob wythnos (wythnos yn dechrau)</translation>
        </message>
        <message>
            <source>Complaints by category</source>
            <translation>Cwynion fesul categori</translation>
        </message>
        <message>
            <source>Complaints with the root cause ‘{label}’ {saved}</source>
            <translation>Cwynion â'r achos sylfaenol ‘{label}’ {saved}</translation>
        </message>
        <message>
            <source>Complaints by root cause (the 15 most common)</source>
            <translation>Cwynion fesul achos sylfaenol (y 15 mwyaf cyffredin)</translation>
        </message>
        <message>
            <source>Complaints by status now</source>
            <translation>Cwynion fesul statws nawr</translation>
        </message>
        <message>
            <source>Complaints made in store, {saved}</source>
            <translation>Cwynion a wnaed yn y siop, {saved}</translation>
        </message>
        <message>
            <source>Complaints made by phone, {saved}</source>
            <translation>Cwynion a wnaed dros y ffôn, {saved}</translation>
        </message>
        <message>
            <source>Complaints made by email, {saved}</source>
            <translation>Cwynion a wnaed drwy e-bost, {saved}</translation>
        </message>
        <message>
            <source>Complaints made about an online order, {saved}</source>
            <translation>Cwynion a wnaed am archeb ar-lein, {saved}</translation>
        </message>
        <message>
            <source>Complaints made on social media, {saved}</source>
            <translation>Cwynion a wnaed ar y cyfryngau cymdeithasol, {saved}</translation>
        </message>
        <message>
            <source>Complaints made by letter, {saved}</source>
            <translation>Cwynion a wnaed drwy lythyr, {saved}</translation>
        </message>
        <message>
            <source>Complaints by channel</source>
            <translation>Cwynion fesul sianel</translation>
        </message>
        <message>
            <source>The 'to' date is before the 'from' date: choose a 'to' date on or after it.</source>
            <translation>Mae'r dyddiad 'i' cyn y dyddiad 'o': dewiswch ddyddiad 'i' ar y dyddiad hwnnw neu ar ei ôl.</translation>
        </message>
        <message>
            <source>Complaints logged</source>
            <translation>Cwynion a gofnodwyd</translation>
        </message>
        <message>
            <source>{count:,} closed</source>
            <translation>Ar gau: {count:,}</translation>
        </message>
        <message>
            <source>First contact resolution</source>
            <translation>Datrys ar y cyswllt cyntaf</translation>
        </message>
        <message>
            <source>Average handling time</source>
            <translation>Amser ymdrin cyfartalog</translation>
        </message>
        <message>
            <source>from opening to saving</source>
            <translation>o'u hagor i'w cadw</translation>
        </message>
        <message>
            <source>Customer satisfaction</source>
            <translation>Bodlonrwydd cwsmeriaid</translation>
        </message>
        <message>
            <source>Escalation rate</source>
            <translation>Cyfradd uwchgyfeirio</translation>
        </message>
        <message>
            <source>Average time to close</source>
            <translation>Amser cyfartalog i gau</translation>
        </message>
        <message>
            <source>Follow-ups overdue</source>
            <translation>Cysylltu eto yn hwyr</translation>
        </message>
        <message>
            <source>on {day}</source>
            <translation>ar {day}</translation>
        </message>
        <message>
            <source>Repeat complainants</source>
            <translation>Cwsmeriaid sy'n cwyno eto</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Heb ei gofnodi</translation>
        </message>
        <message>
            <source>{caption} (more than {most:,}: every complaint of the period is listed)</source>
            <translation>{caption} (mwy na {most:,}: rhestrir pob cwyn yn y cyfnod)</translation>
        </message>
        <message>
            <source>of {count:,} complaint closed</source>
            <translation>o'r cwynion a gaewyd ({count:,})</translation>
        </message>
        <message>
            <source>of {count:,} complaints closed</source>
            <translation>o'r cwynion a gaewyd ({count:,})</translation>
        </message>
        <message>
            <source>out of 5, from {count:,} customer</source>
            <translation>allan o 5, gan y cwsmeriaid a roddodd sgôr ({count:,})</translation>
        </message>
        <message>
            <source>out of 5, from {count:,} customers</source>
            <translation>allan o 5, gan y cwsmeriaid a roddodd sgôr ({count:,})</translation>
        </message>
        <message>
            <source>of {count:,} complaint logged</source>
            <translation>o'r cwynion a gofnodwyd ({count:,})</translation>
        </message>
        <message>
            <source>of {count:,} complaints logged</source>
            <translation>o'r cwynion a gofnodwyd ({count:,})</translation>
        </message>
        <message>
            <source>for {count:,} complaint closed</source>
            <translation>ar gyfer y cwynion a gaewyd ({count:,})</translation>
        </message>
        <message>
            <source>for {count:,} complaints closed</source>
            <translation>ar gyfer y cwynion a gaewyd ({count:,})</translation>
        </message>
        <message>
            <source>{count:,} complaint</source>
            <translation>Cwynion ganddynt: {count:,}</translation>
        </message>
        <message>
            <source>{count:,} complaints</source>
            <translation>Cwynion ganddynt: {count:,}</translation>
        </message>
        <message>
            <source>Complaints from repeat complainants, {saved}</source>
            <translation>Cwynion gan gwsmeriaid sy'n cwyno eto, {saved}</translation>
        </message>
        <message>
            <source>Complaints in ‘{label}’ {saved}</source>
            <translation>Cwynion yn ‘{label}’ {saved}</translation>
        </message>
        <message>
            <source>Complaints with no category {saved}</source>
            <translation>Cwynion heb gategori {saved}</translation>
        </message>
        <message>
            <source>Complaints with no channel recorded, {saved}</source>
            <translation>Cwynion heb sianel wedi'i chofnodi, {saved}</translation>
        </message>
        <message>
            <source>Type the 'from' date as day, month and year, for example {example}.</source>
            <translation>Teipiwch y dyddiad 'o' fel diwrnod, mis a blwyddyn, er enghraifft {example}.</translation>
        </message>
        <message>
            <source>Type the 'to' date as day, month and year, for example {example}.</source>
            <translation>Teipiwch y dyddiad 'i' fel diwrnod, mis a blwyddyn, er enghraifft {example}.</translation>
        </message>
        <message>
            <source>Complaints {saved}</source>
            <translation>Cwynion {saved}</translation>
        </message>
        <message>
            <source>Closed complaints resolved at the first contact, {saved}</source>
            <translation>Cwynion ar gau a ddatryswyd ar y cyswllt cyntaf, {saved}</translation>
        </message>
        <message>
            <source>Complaints {saved} (average handling time)</source>
            <translation>Cwynion {saved} (amser ymdrin cyfartalog)</translation>
        </message>
        <message>
            <source>Complaints with a satisfaction score, {saved}</source>
            <translation>Cwynion â sgôr bodlonrwydd, {saved}</translation>
        </message>
        <message>
            <source>Escalated complaints {saved}</source>
            <translation>Cwynion a uwchgyfeiriwyd {saved}</translation>
        </message>
        <message>
            <source>Closed complaints {saved} (average time to close)</source>
            <translation>Cwynion ar gau {saved} (amser cyfartalog i gau)</translation>
        </message>
        <message>
            <source>Complaints {saved} with a follow-up overdue on {day}</source>
            <translation>Cwynion {saved} lle mae cysylltu eto yn hwyr ar {day}</translation>
        </message>
        <message>
            <source>Complaints made through ‘{label}’, {saved}</source>
            <translation>Cwynion a wnaed drwy ‘{label}’, {saved}</translation>
        </message>
        <message>
            <source>Complaints saved {period}</source>
            <translation>Cwynion a gadwyd {period}</translation>
        </message>
        <message>
            <source>Complaints {saved}, their status now: {status}</source>
            <translation>Cwynion {saved}, eu statws nawr: {status}</translation>
        </message>
        <message>
            <source>The staff member chose to escalate</source>
            <translation>Dewisodd yr aelod o staff uwchgyfeirio</translation>
        </message>
        <message>
            <source>The customer did not agree with the resolution</source>
            <translation>Nid oedd y cwsmer yn cytuno â'r datrysiad</translation>
        </message>
        <message>
            <source>The category is always escalated</source>
            <translation>Mae'r categori bob amser yn cael ei uwchgyfeirio</translation>
        </message>
        <message>
            <source>The resolution was above the staff member's authority</source>
            <translation>Roedd y datrysiad y tu hwnt i awdurdod yr aelod o staff</translation>
        </message>
        <message>
            <source>The chosen resolution costs {cost}, above the {limit} a supervisor may agree. A manager can approve it with their PIN, or it is escalated.</source>
            <translation>Mae'r datrysiad a ddewiswyd yn costio {cost}, sy'n fwy na'r {limit} y caiff goruchwyliwr gytuno iddo. Gall rheolwr ei gymeradwyo gyda'i PIN, neu caiff ei uwchgyfeirio.</translation>
        </message>
        <message>
            <source>The chosen resolution costs {cost}, above the {limit} a staff member may agree. A supervisor or manager can approve it with their PIN, or it is escalated.</source>
            <translation>Mae'r datrysiad a ddewiswyd yn costio {cost}, sy'n fwy na'r {limit} y caiff aelod o staff gytuno iddo. Gall goruchwyliwr neu reolwr ei gymeradwyo gyda'i PIN, neu caiff ei uwchgyfeirio.</translation>
        </message>
        <message>
            <source>The customer does not agree with the resolution offered.</source>
            <translation>Nid yw'r cwsmer yn cytuno â'r datrysiad a gynigiwyd.</translation>
        </message>
        <message>
            <source>You chose to escalate this complaint.</source>
            <translation>Dewisoch uwchgyfeirio'r gŵyn hon.</translation>
        </message>
        <message>
            <source>Complaints about '{label}' are always escalated.</source>
            <translation>Mae cwynion am '{label}' bob amser yn cael eu huwchgyfeirio.</translation>
        </message>
        <message>
            <source>The account stays exactly as first recorded. A manager can add an update instead.</source>
            <translation>Mae'r disgrifiad yn aros yn union fel y'i cofnodwyd gyntaf. Gall rheolwr ychwanegu diweddariad yn lle hynny.</translation>
        </message>
        <message>
            <source>The date and time stay as first recorded.</source>
            <translation>Mae'r dyddiad a'r amser yn aros fel y'u cofnodwyd gyntaf.</translation>
        </message>
        <message>
            <source>Answers already recorded cannot be taken away.</source>
            <translation>Ni ellir tynnu atebion sydd eisoes wedi'u cofnodi.</translation>
        </message>
        <message>
            <source>People already named cannot be taken off the report.</source>
            <translation>Ni ellir tynnu pobl sydd eisoes wedi'u henwi oddi ar yr adroddiad.</translation>
        </message>
        <message>
            <source>Already recorded; it cannot be changed here. Add an update instead.</source>
            <translation>Wedi'i gofnodi eisoes; ni ellir ei newid yma. Ychwanegwch ddiweddariad yn lle hynny.</translation>
        </message>
        <message>
            <source>A recorded call time cannot be changed.</source>
            <translation>Ni ellir newid amser galwad sydd wedi'i gofnodi.</translation>
        </message>
        <message>
            <source>Welfare follow-up: debrief booked.</source>
            <translation>Gwaith dilynol ar les: trefnwyd sesiwn ôl-drafod.</translation>
        </message>
        <message>
            <source>Welfare follow-up due: offer support and book a debrief.</source>
            <translation>Mae gwaith dilynol ar les yn ddyledus: cynigiwch gymorth a threfnwch sesiwn ôl-drafod.</translation>
        </message>
        <message>
            <source>Add each witness with the button.</source>
            <translation>Ychwanegwch bob tyst gyda'r botwm.</translation>
        </message>
        <message>
            <source>Witness {number} needs a name (or a short description, e.g. 'customer in queue').</source>
            <translation>Tyst {number}: mae angen enw (neu ddisgrifiad byr, e.e. 'cwsmer yn y ciw').</translation>
        </message>
        <message>
            <source>Police crime reference number missing.</source>
            <translation>Mae cyfeirnod trosedd yr heddlu ar goll.</translation>
        </message>
        <message>
            <source>CCTV captured but not yet disclosed to the police.</source>
            <translation>Cafwyd CCTV ond nid yw wedi'i ddatgelu i'r heddlu eto.</translation>
        </message>
        <message>
            <source>Report not complete ({count} to add).</source>
            <translation>Nid yw'r adroddiad yn gyflawn ({count} i'w hychwanegu).</translation>
        </message>
        <message>
            <source>Witness {number}: {message}</source>
            <translation>Tyst {number}: {message}</translation>
        </message>
        <message>
            <source>Not reportable under RIDDOR: it covers physical violence to a worker, not abuse or threats on their own, whatever the time off work. Keep this record; time off because of it still matters to the store's duty of care.</source>
            <translation>Nid oes rhaid rhoi gwybod o dan RIDDOR: mae'n cwmpasu trais corfforol yn erbyn gweithiwr, nid cam-drin na bygythiadau ar eu pen eu hunain, beth bynnag yr amser i ffwrdd o'r gwaith. Cadwch y cofnod hwn; mae amser i ffwrdd o'i herwydd yn dal yn bwysig i ddyletswydd gofal y siop.</translation>
        </message>
        <message>
            <source>count every day they cannot do their normal work, weekends and rest days included, not the day of the incident</source>
            <translation>cyfrwch bob diwrnod na allant wneud eu gwaith arferol, gan gynnwys penwythnosau a diwrnodau gorffwys, ond nid diwrnod y digwyddiad</translation>
        </message>
        <message>
            <source>Protection of Workers (Retail and Age-restricted Goods and Services) (Scotland) Act 2021</source>
            <translation>Deddf Diogelu Gweithwyr (Nwyddau a Gwasanaethau Manwerthu a Chyfyngedig o ran Oedran) (Yr Alban) 2021</translation>
        </message>
        <message>
            <source>Assaulting, threatening or abusing a retail worker in the course of their work is an offence (in force since 24 August 2021).</source>
            <translation>Mae ymosod ar weithiwr manwerthu, ei fygwth neu ei gam-drin wrth iddo wneud ei waith yn drosedd (mewn grym ers 24 Awst 2021).</translation>
        </message>
        <message>
            <source>This is guidance to help you record and follow up the incident, not legal advice. The police and the courts decide which offences apply.</source>
            <translation>Canllawiau yw'r rhain i'ch helpu i gofnodi'r digwyddiad a chymryd camau dilynol, nid cyngor cyfreithiol. Yr heddlu a'r llysoedd sy'n penderfynu pa droseddau sy'n berthnasol.</translation>
        </message>
        <message>
            <source>Report to the {authority} under RIDDOR.</source>
            <translation>Rhowch wybod i'r {authority} o dan RIDDOR.</translation>
        </message>
        <message>
            <source>RIDDOR (Northern Ireland) 1997</source>
            <translation>RIDDOR (Gogledd Iwerddon) 1997</translation>
        </message>
        <message>
            <source>Not reportable under {regs} on days off alone ({threshold} days or fewer; {counted}). Update this if the time off grows, or if a broken bone or other serious injury is found.</source>
            <translation>Nid oes rhaid rhoi gwybod o dan {regs} ar sail dyddiau i ffwrdd yn unig ({threshold} diwrnod neu lai; {counted}). Diweddarwch hyn os bydd yr amser i ffwrdd yn cynyddu, neu os canfyddir asgwrn wedi torri neu anaf difrifol arall.</translation>
        </message>
        <message>
            <source>In force since 28 June 2022: an assault on a person providing a service to the public is a statutory aggravating factor when the offender is sentenced.</source>
            <translation>Mewn grym ers 28 Mehefin 2022: mae ymosod ar unigolyn sy'n darparu gwasanaeth i'r cyhoedd yn ffactor gwaethygu statudol pan gaiff y troseddwr ei ddedfrydu.</translation>
        </message>
        <message>
            <source>Notify the {authority} under RIDDOR now; written report by {due}.</source>
            <translation>Rhowch wybod i'r {authority} o dan RIDDOR nawr; adroddiad ysgrifenedig erbyn {due}.</translation>
        </message>
        <message>
            <source>Notify the {authority} under RIDDOR now; written report.</source>
            <translation>Rhowch wybod i'r {authority} o dan RIDDOR nawr; adroddiad ysgrifenedig.</translation>
        </message>
        <message>
            <source>Report to the {authority} under RIDDOR by {due}.</source>
            <translation>Rhowch wybod i'r {authority} o dan RIDDOR erbyn {due}.</translation>
        </message>
        <message>
            <source>Days off work cannot be negative.</source>
            <translation>Ni all y dyddiau i ffwrdd o'r gwaith fod yn negyddol.</translation>
        </message>
        <message>
            <source>by {day}</source>
            <translation>erbyn {day}</translation>
        </message>
        <message>
            <source>within {days} days of the incident</source>
            <translation>o fewn {days} diwrnod i'r digwyddiad</translation>
        </message>
        <message>
            <source>a death</source>
            <translation>marwolaeth</translation>
        </message>
        <message>
            <source>Reportable to the {authority} under {regs}: {worst} to a worker ({injuries}). Notify the {authority} without delay, by the quickest means, and send the written report {by} ({days} days), whatever the time off.</source>
            <translation>Rhaid rhoi gwybod i'r {authority} o dan {regs}: {worst} i weithiwr ({injuries}). Rhowch wybod i'r {authority} heb oedi, yn y ffordd gyflymaf, ac anfonwch yr adroddiad ysgrifenedig {by} ({days} diwrnod), beth bynnag yr amser i ffwrdd.</translation>
        </message>
        <message>
            <source>Reportable to the {authority} under {regs} if the injury arose out of or in connection with the store's work (how the premises, the stock or the incident were managed): a member of the public was taken from the store to hospital for treatment. Notify without delay and send the report {by}. Violence between members of the public alone is not reportable; if unsure, report.</source>
            <translation>Rhaid rhoi gwybod i'r {authority} o dan {regs} os cododd yr anaf o waith y siop neu mewn cysylltiad ag ef (sut y rheolwyd yr adeilad, y stoc neu'r digwyddiad): aed ag aelod o'r cyhoedd o'r siop i'r ysbyty i gael triniaeth. Rhowch wybod heb oedi ac anfonwch yr adroddiad {by}. Nid oes rhaid rhoi gwybod am drais rhwng aelodau o'r cyhoedd yn unig; os ydych yn ansicr, rhowch wybod.</translation>
        </message>
        <message>
            <source>Reportable to the {authority} under {regs}: the staff member has been unable to do their normal work for more than {threshold} days ({counted}). The report is due {by} ({days} days).</source>
            <translation>Rhaid rhoi gwybod i'r {authority} o dan {regs}: nid yw'r aelod o staff wedi gallu gwneud ei waith arferol ers mwy na {threshold} diwrnod ({counted}). Mae'r adroddiad yn ddyledus {by} ({days} diwrnod).</translation>
        </message>
        <message>
            <source>Over {record} days off: {regs} requires the store to record it (keep this record); it becomes reportable to the HSE if it goes over {report} days ({counted}).</source>
            <translation>Dros {record} diwrnod i ffwrdd: mae {regs} yn gofyn i'r siop ei gofnodi (cadwch y cofnod hwn); bydd rhaid rhoi gwybod i'r HSE os aiff dros {report} diwrnod ({counted}).</translation>
        </message>
        <message>
            <source>Crime and Policing Bill: assaulting a retail worker</source>
            <translation>Bil Troseddu a Phlismona: ymosod ar weithiwr manwerthu</translation>
        </message>
        <message>
            <source>Not in force as far as this program knows (checked {checked}): the Bill creates an offence of assaulting a retail worker, but its commencement was not confirmed when this text was checked. Until it is, the general law of assault (Criminal Justice Act 1988 s39; Offences against the Person Act 1861) applies, with s68A above.</source>
            <translation>Nid yw mewn grym hyd y gŵyr y rhaglen hon (gwiriwyd {checked}): mae'r Bil yn creu trosedd o ymosod ar weithiwr manwerthu, ond nid oedd ei gychwyn wedi'i gadarnhau pan wiriwyd y testun hwn. Hyd nes y bydd, mae cyfraith gyffredinol ymosod (Deddf Cyfiawnder Troseddol 1988 s39; Deddf Troseddau yn erbyn y Person 1861) yn berthnasol, ynghyd ag s68A uchod.</translation>
        </message>
        <message>
            <source>a major injury</source>
            <translation>anaf mawr</translation>
        </message>
        <message>
            <source>a specified injury</source>
            <translation>anaf penodedig</translation>
        </message>
        <message>
            <source>Hate incident</source>
            <translation>Digwyddiad casineb</translation>
        </message>
        <message>
            <source>A hate incident is one perceived, by the victim or anyone else, to be motivated by hostility on grounds of race, religion, sexual orientation, disability or transgender identity. Report it to the police, who record it as such.</source>
            <translation>Digwyddiad casineb yw un y mae'r dioddefwr neu unrhyw un arall yn ei weld fel un a gymhellwyd gan elyniaeth ar sail hil, crefydd, cyfeiriadedd rhywiol, anabledd neu hunaniaeth drawsryweddol. Rhowch wybod i'r heddlu amdano, a byddant yn ei gofnodi felly.</translation>
        </message>
        <message>
            <source>Assaulting, threatening or abusing a retail worker is an offence for incidents from 24 August 2021: give the date of the incident to see whether it applies.</source>
            <translation>Mae ymosod ar weithiwr manwerthu, ei fygwth neu ei gam-drin yn drosedd ar gyfer digwyddiadau o 24 Awst 2021 ymlaen: rhowch ddyddiad y digwyddiad i weld a yw'n berthnasol.</translation>
        </message>
        <message>
            <source>This incident happened before the Act came into force on 24 August 2021; the general law of assault and threatening behaviour applies.</source>
            <translation>Digwyddodd y digwyddiad hwn cyn i'r Ddeddf ddod i rym ar 24 Awst 2021; mae cyfraith gyffredinol ymosod ac ymddygiad bygythiol yn berthnasol.</translation>
        </message>
        <message>
            <source>It is aggravated because the worker was enforcing an age restriction (refusing an age-restricted sale).</source>
            <translation>Mae'n drosedd waethygedig am fod y gweithiwr yn gorfodi cyfyngiad oedran (yn gwrthod gwerthiant cyfyngedig o ran oedran).</translation>
        </message>
        <message>
            <source>Sentencing Act 2020, s68A (Police, Crime, Sentencing and Courts Act 2022, s156)</source>
            <translation>Deddf Dedfrydu 2020, s68A (Deddf yr Heddlu, Troseddu, Dedfrydu a'r Llysoedd 2022, s156)</translation>
        </message>
        <message>
            <source>Give the date of the incident: it applies to offences from that day.</source>
            <translation>Rhowch ddyddiad y digwyddiad: mae'n berthnasol i droseddau o'r diwrnod hwnnw ymlaen.</translation>
        </message>
        <message>
            <source>Northern Ireland</source>
            <translation>Gogledd Iwerddon</translation>
        </message>
        <message>
            <source>No retail-worker-specific offence is noted for Northern Ireland; the general law of assault, threats and harassment applies.</source>
            <translation>Ni nodir trosedd benodol am weithwyr manwerthu yng Ngogledd Iwerddon; mae cyfraith gyffredinol ymosod, bygythiadau ac aflonyddu yn berthnasol.</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Dydd Llun</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Dydd Mawrth</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Dydd Mercher</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Dydd Iau</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Dydd Gwener</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Dydd Sadwrn</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Dydd Sul</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Llun</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Maw</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Mer</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Iau</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Gwe</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sad</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Sul</translation>
        </message>
        <message>
            <source>Before 9:00</source>
            <translation>Cyn 9:00</translation>
        </message>
        <message>
            <source>20:00 and later</source>
            <translation>20:00 ac wedyn</translation>
        </message>
        <message>
            <source>The law in this guidance was last checked on {day}.</source>
            <translation>Gwiriwyd y gyfraith yn y canllawiau hyn ddiwethaf ar {day}.</translation>
        </message>
        <message>
            <source>this complaint</source>
            <translation>y gŵyn hon</translation>
        </message>
        <message>
            <source>incident records</source>
            <translation>cofnodion digwyddiadau</translation>
        </message>
        <message>
            <source>the audit trail</source>
            <translation>y trywydd archwilio</translation>
        </message>
        <message>
            <source>the store's settings</source>
            <translation>gosodiadau'r siop</translation>
        </message>
        <message>
            <source>staff accounts</source>
            <translation>cyfrifon staff</translation>
        </message>
        <message>
            <source>another person's coaching figures</source>
            <translation>ffigurau hyfforddi rhywun arall</translation>
        </message>
        <message>
            <source>Incident records are restricted: you can open the ones you reported or are named in. Ask your manager.</source>
            <translation>Mae cofnodion digwyddiadau wedi'u cyfyngu: gallwch agor y rhai y rhoesoch wybod amdanynt neu yr enwir chi ynddynt. Gofynnwch i'ch rheolwr.</translation>
        </message>
        <message>
            <source>Only a supervisor or a manager can review a complaint and leave feedback.</source>
            <translation>Dim ond goruchwyliwr neu reolwr all adolygu cwyn a rhoi adborth.</translation>
        </message>
        <message>
            <source>You cannot add {what}. Ask your manager.</source>
            <translation>Ni allwch ychwanegu {what}. Gofynnwch i'ch rheolwr.</translation>
        </message>
        <message>
            <source>You cannot see {what}. Ask your manager.</source>
            <translation>Ni allwch weld {what}. Gofynnwch i'ch rheolwr.</translation>
        </message>
        <message>
            <source>You cannot change {what}. Ask your manager.</source>
            <translation>Ni allwch newid {what}. Gofynnwch i'ch rheolwr.</translation>
        </message>
        <message>
            <source>You cannot print {what}. Ask your manager.</source>
            <translation>Ni allwch argraffu {what}. Gofynnwch i'ch rheolwr.</translation>
        </message>
        <message>
            <source>You cannot export {what}. Ask your manager.</source>
            <translation>Ni allwch allforio {what}. Gofynnwch i'ch rheolwr.</translation>
        </message>
        <message>
            <source>You cannot erase {what}. Ask your manager.</source>
            <translation>Ni allwch ddileu {what}. Gofynnwch i'ch rheolwr.</translation>
        </message>
        <message>
            <source>You cannot import {what}. Ask your manager.</source>
            <translation>Ni allwch fewnforio {what}. Gofynnwch i'ch rheolwr.</translation>
        </message>
        <message>
            <source>You cannot record a follow-up on {what}. Ask your manager.</source>
            <translation>Ni allwch gofnodi cysylltu eto ynghylch {what}. Gofynnwch i'ch rheolwr.</translation>
        </message>
        <message>
            <source>You cannot close {what}. Ask your manager.</source>
            <translation>Ni allwch gau {what}. Gofynnwch i'ch rheolwr.</translation>
        </message>
        <message>
            <source>You cannot decide on {what}. Ask your manager.</source>
            <translation>Ni allwch wneud penderfyniad ynghylch {what}. Gofynnwch i'ch rheolwr.</translation>
        </message>
        <message>
            <source>You cannot list {what}. Ask your manager.</source>
            <translation>Ni allwch restru {what}. Gofynnwch i'ch rheolwr.</translation>
        </message>
        <message>
            <source>Record why the personal data is being erased (for example "customer's request by email of 3 March").</source>
            <translation>Cofnodwch pam mae'r data personol yn cael ei ddileu (er enghraifft "cais y cwsmer drwy e-bost ar 3 Mawrth").</translation>
        </message>
        <message>
            <source>Choose at least one record to erase the personal data from.</source>
            <translation>Dewiswch o leiaf un cofnod i ddileu'r data personol ohono.</translation>
        </message>
        <message>
            <source>Give at least one of: name, phone, email or a reference.</source>
            <translation>Rhowch o leiaf un o'r rhain: enw, ffôn, e-bost neu gyfeirnod.</translation>
        </message>
        <message>
            <source>Give at least three letters of the name.</source>
            <translation>Rhowch o leiaf dair llythyren o'r enw.</translation>
        </message>
        <message>
            <source>A phone number needs at least six digits.</source>
            <translation>Mae angen o leiaf chwe digid mewn rhif ffôn.</translation>
        </message>
        <message>
            <source>That does not look like an email address (name@example.com).</source>
            <translation>Nid yw hynny'n edrych fel cyfeiriad e-bost (enw@example.com).</translation>
        </message>
        <message>
            <source>The problem identified, with its details</source>
            <translation>Nodi'r broblem, gyda'i manylion</translation>
        </message>
        <message>
            <source>Active listening: the complaint read back</source>
            <translation>Gwrando gweithredol: darllen y gŵyn yn ôl</translation>
        </message>
        <message>
            <source>Clarifying questions asked</source>
            <translation>Gofyn cwestiynau egluro</translation>
        </message>
        <message>
            <source>Empathy and an apology</source>
            <translation>Empathi ac ymddiheuriad</translation>
        </message>
        <message>
            <source>Calm and de-escalation with a challenging customer</source>
            <translation>Pwyll a thawelu'r sefyllfa gyda chwsmer heriol</translation>
        </message>
        <message>
            <source>The root cause, not the symptom</source>
            <translation>Yr achos sylfaenol, nid y symptom</translation>
        </message>
        <message>
            <source>Options weighed on cost, time and impact</source>
            <translation>Pwyso a mesur opsiynau o ran cost, amser ac effaith</translation>
        </message>
        <message>
            <source>The action taken, and why</source>
            <translation>Y camau a gymerwyd, a pham</translation>
        </message>
        <message>
            <source>The resolution fits policy and the customer's legal rights</source>
            <translation>Mae'r datrysiad yn cyd-fynd â'r polisi a hawliau cyfreithiol y cwsmer</translation>
        </message>
        <message>
            <source>Escalated when, and only when, the policy says</source>
            <translation>Uwchgyfeirio pan fo'r polisi'n dweud, a dim ond bryd hynny</translation>
        </message>
        <message>
            <source>The customer kept informed while it waited</source>
            <translation>Rhoi gwybod i'r cwsmer tra oedd yn aros</translation>
        </message>
        <message>
            <source>The customer's agreement</source>
            <translation>Cytundeb y cwsmer</translation>
        </message>
        <message>
            <source>Follow-up and confirmation of the resolution</source>
            <translation>Cysylltu eto a chadarnhau'r datrysiad</translation>
        </message>
        <message>
            <source>Confirmed before closing</source>
            <translation>Cadarnhau cyn cau</translation>
        </message>
        <message>
            <source>The customer thanked</source>
            <translation>Diolch i'r cwsmer</translation>
        </message>
        <message>
            <source>Further help offered</source>
            <translation>Cynnig rhagor o help</translation>
        </message>
        <message>
            <source>Reflection and improvement</source>
            <translation>Myfyrio a gwella</translation>
        </message>
        <message>
            <source>The complaint procedure followed step by step</source>
            <translation>Dilyn y drefn ar gyfer cwynion gam wrth gam</translation>
        </message>
        <message>
            <source>The account, the product, when it was bought and the outcome wanted are recorded.</source>
            <translation>Mae'r disgrifiad, y cynnyrch, pryd y'i prynwyd a'r canlyniad a ddymunir wedi'u cofnodi.</translation>
        </message>
        <message>
            <source>A summary in the staff member's words was read back.</source>
            <translation>Darllenwyd crynodeb yng ngeiriau'r aelod o staff yn ôl.</translation>
        </message>
        <message>
            <source>{answered} of {asked} questions answered.</source>
            <translation>Atebwyd {answered} o {asked} cwestiwn.</translation>
        </message>
        <message>
            <source>An apology, and the customer's feelings acknowledged.</source>
            <translation>Ymddiheuriad, a theimladau'r cwsmer wedi'u cydnabod.</translation>
        </message>
        <message>
            <source>{count} techniques recorded.</source>
            <translation>Technegau wedi'u cofnodi: {count}.</translation>
        </message>
        <message>
            <source>A cause beyond the symptom is recorded.</source>
            <translation>Mae achos y tu hwnt i'r symptom wedi'i gofnodi.</translation>
        </message>
        <message>
            <source>{count} options weighed on all three.</source>
            <translation>Opsiynau a bwyswyd a mesurwyd ar y tri: {count}.</translation>
        </message>
        <message>
            <source>The chosen option and its justification are recorded.</source>
            <translation>Mae'r opsiwn a ddewiswyd a'r cyfiawnhad drosto wedi'u cofnodi.</translation>
        </message>
        <message>
            <source>Chosen with the customer's rights shown (rules {rules}).</source>
            <translation>Dewiswyd gyda hawliau'r cwsmer wedi'u dangos (rheolau {rules}).</translation>
        </message>
        <message>
            <source>Chosen with the customer's rights shown.</source>
            <translation>Dewiswyd gyda hawliau'r cwsmer wedi'u dangos.</translation>
        </message>
        <message>
            <source>{shown} Approved above authority.</source>
            <translation>{shown} Cymeradwywyd y tu hwnt i'r awdurdod.</translation>
        </message>
        <message>
            <source>Escalated to {to}: {labels}.</source>
            <translation>Uwchgyfeiriwyd at {to}: {labels}.</translation>
        </message>
        <message>
            <source>No contact with the customer is recorded since it was escalated.</source>
            <translation>Nid oes cyswllt â'r cwsmer wedi'i gofnodi ers ei huwchgyfeirio.</translation>
        </message>
        <message>
            <source>The customer did not agree, and that is recorded.</source>
            <translation>Ni chytunodd y cwsmer, ac mae hynny wedi'i gofnodi.</translation>
        </message>
        <message>
            <source>The customer has not confirmed it is resolved.</source>
            <translation>Nid yw'r cwsmer wedi cadarnhau ei bod wedi'i datrys.</translation>
        </message>
        <message>
            <source>Closed with no confirmation and no reason.</source>
            <translation>Caewyd heb gadarnhad a heb reswm.</translation>
        </message>
        <message>
            <source>The customer was thanked for raising it.</source>
            <translation>Diolchwyd i'r cwsmer am ei chodi.</translation>
        </message>
        <message>
            <source>The customer was asked if there is anything else.</source>
            <translation>Gofynnwyd i'r cwsmer a oes unrhyw beth arall.</translation>
        </message>
        <message>
            <source>Recorded: {what}.</source>
            <translation>Wedi'i gofnodi: {what}.</translation>
        </message>
        <message>
            <source>Every step of the {model} model is recorded.</source>
            <translation>Mae pob cam o fodel {model} wedi'i gofnodi.</translation>
        </message>
        <message>
            <source>Not recorded: {what}.</source>
            <translation>Heb ei gofnodi: {what}.</translation>
        </message>
        <message>
            <source>No summary was read back to the customer.</source>
            <translation>Ni ddarllenwyd crynodeb yn ôl i'r cwsmer.</translation>
        </message>
        <message>
            <source>The summary repeats the customer's words: put it in your own, to show you understood.</source>
            <translation>Mae'r crynodeb yn ailadrodd geiriau'r cwsmer: rhowch ef yn eich geiriau eich hun, i ddangos eich bod wedi deall.</translation>
        </message>
        <message>
            <source>The category has no clarifying questions.</source>
            <translation>Nid oes cwestiynau egluro gan y categori.</translation>
        </message>
        <message>
            <source>None of the clarifying questions was answered.</source>
            <translation>Ni atebwyd yr un o'r cwestiynau egluro.</translation>
        </message>
        <message>
            <source>No apology is recorded.</source>
            <translation>Nid oes ymddiheuriad wedi'i gofnodi.</translation>
        </message>
        <message>
            <source>How the customer felt was not acknowledged.</source>
            <translation>Ni chydnabuwyd sut roedd y cwsmer yn teimlo.</translation>
        </message>
        <message>
            <source>Whether the customer was angry or challenging was not recorded.</source>
            <translation>Ni chofnodwyd a oedd y cwsmer yn ddig neu'n heriol.</translation>
        </message>
        <message>
            <source>The customer was not challenging.</source>
            <translation>Nid oedd y cwsmer yn heriol.</translation>
        </message>
        <message>
            <source>The customer was challenging, but what was done to calm things is not recorded.</source>
            <translation>Roedd y cwsmer yn heriol, ond nid yw'r hyn a wnaed i dawelu pethau wedi'i gofnodi.</translation>
        </message>
        <message>
            <source>{count} techniques recorded, with the words used.</source>
            <translation>Technegau wedi'u cofnodi: {count}, gyda'r geiriau a ddefnyddiwyd.</translation>
        </message>
        <message>
            <source>The root cause needs a few words saying why it happened.</source>
            <translation>Mae angen ychydig eiriau ar yr achos sylfaenol yn dweud pam y digwyddodd.</translation>
        </message>
        <message>
            <source>The root cause only restates the category: ask why again.</source>
            <translation>Nid yw'r achos sylfaenol ond yn ailddatgan y categori: gofynnwch pam eto.</translation>
        </message>
        <message>
            <source>The root cause repeats what happened: say why it happened.</source>
            <translation>Mae'r achos sylfaenol yn ailadrodd beth a ddigwyddodd: dywedwch pam y digwyddodd.</translation>
        </message>
        <message>
            <source>A cause beyond the symptom is recorded after {count} whys.</source>
            <translation>Mae achos y tu hwnt i'r symptom wedi'i gofnodi ar ôl gofyn pam (sawl gwaith: {count}).</translation>
        </message>
        <message>
            <source>Fewer than two options were considered.</source>
            <translation>Ystyriwyd llai na dau opsiwn.</translation>
        </message>
        <message>
            <source>Fewer than two options have a cost, a time and an impact.</source>
            <translation>Mae gan lai na dau opsiwn gost, amser ac effaith.</translation>
        </message>
        <message>
            <source>No option was chosen.</source>
            <translation>Ni ddewiswyd opsiwn.</translation>
        </message>
        <message>
            <source>Why this option was chosen is not explained.</source>
            <translation>Nid esboniwyd pam y dewiswyd yr opsiwn hwn.</translation>
        </message>
        <message>
            <source>No resolution was chosen.</source>
            <translation>Ni ddewiswyd datrysiad.</translation>
        </message>
        <message>
            <source>The customer's rights were not shown with the resolution (a record from before they were kept?).</source>
            <translation>Ni ddangoswyd hawliau'r cwsmer gyda'r datrysiad (cofnod o cyn iddynt gael eu cadw?).</translation>
        </message>
        <message>
            <source>Nothing required escalating.</source>
            <translation>Nid oedd angen uwchgyfeirio dim.</translation>
        </message>
        <message>
            <source>Which rule sent it up is not recorded.</source>
            <translation>Nid yw wedi'i gofnodi pa reol a'i huwchgyfeiriodd.</translation>
        </message>
        <message>
            <source>Escalated by choice, though no rule required it: was it needed?</source>
            <translation>Uwchgyfeiriwyd drwy ddewis, er nad oedd rheol yn mynnu hynny: oedd angen?</translation>
        </message>
        <message>
            <source>It was not escalated.</source>
            <translation>Ni chafodd ei huwchgyfeirio.</translation>
        </message>
        <message>
            <source>{updates} updates, {contacts} contacts.</source>
            <translation>Diweddariadau: {updates}, cysylltiadau: {contacts}.</translation>
        </message>
        <message>
            <source>Waiting for a decision, and no update to the customer is recorded yet.</source>
            <translation>Yn aros am benderfyniad, ac nid oes diweddariad i'r cwsmer wedi'i gofnodi eto.</translation>
        </message>
        <message>
            <source>Whether the customer agreed is not recorded.</source>
            <translation>Nid yw wedi'i gofnodi a gytunodd y cwsmer.</translation>
        </message>
        <message>
            <source>The customer agreed.</source>
            <translation>Cytunodd y cwsmer.</translation>
        </message>
        <message>
            <source>A follow-up is due by {due:%d/%m/%Y}; not yet confirmed.</source>
            <translation>Mae angen cysylltu eto erbyn {due:%d/%m/%Y}; heb ei gadarnhau eto.</translation>
        </message>
        <message>
            <source>Not closed yet.</source>
            <translation>Heb ei chau eto.</translation>
        </message>
        <message>
            <source>Closed after the customer confirmed.</source>
            <translation>Caewyd ar ôl i'r cwsmer gadarnhau.</translation>
        </message>
        <message>
            <source>Closed without confirmation, with the reason.</source>
            <translation>Caewyd heb gadarnhad, gyda'r rheswm.</translation>
        </message>
        <message>
            <source>Thanking the customer is not recorded.</source>
            <translation>Nid yw diolch i'r cwsmer wedi'i gofnodi.</translation>
        </message>
        <message>
            <source>Asking if there is anything else is not recorded.</source>
            <translation>Nid yw gofyn a oes unrhyw beth arall wedi'i gofnodi.</translation>
        </message>
        <message>
            <source>No reflection yet: what went well, what would you do differently?</source>
            <translation>Dim myfyrio eto: beth aeth yn dda, beth fyddech chi'n ei wneud yn wahanol?</translation>
        </message>
        <message>
            <source>Steps without a record: {steps}.</source>
            <translation>Camau heb gofnod: {steps}.</translation>
        </message>
        <message>
            <source>Evidenced</source>
            <translation>Wedi'i ddangos</translation>
        </message>
        <message>
            <source>Not evidenced</source>
            <translation>Heb ei ddangos</translation>
        </message>
        <message>
            <source>Not needed here</source>
            <translation>Dim angen yma</translation>
        </message>
        <message>
            <source>The policy required escalating (the category, or the customer disagreed), and it was not escalated.</source>
            <translation>Roedd y polisi'n mynnu uwchgyfeirio (y categori, neu nid oedd y cwsmer yn cytuno), ac ni chafodd ei huwchgyfeirio.</translation>
        </message>
        <message>
            <source>The customer agreed and signed.</source>
            <translation>Cytunodd y cwsmer a llofnodi.</translation>
        </message>
        <message>
            <source>The customer agreed and named themselves.</source>
            <translation>Cytunodd y cwsmer a rhoi ei enw.</translation>
        </message>
        <message>
            <source>No reflection yet: what went well, what would you do differently? (An improvement was suggested.)</source>
            <translation>Dim myfyrio eto: beth aeth yn dda, beth fyddech chi'n ei wneud yn wahanol? (Awgrymwyd gwelliant.)</translation>
        </message>
        <message>
            <source>the customer's account</source>
            <translation>disgrifiad y cwsmer</translation>
        </message>
        <message>
            <source>the product or service</source>
            <translation>y cynnyrch neu'r gwasanaeth</translation>
        </message>
        <message>
            <source>the outcome they want</source>
            <translation>y canlyniad y mae am ei gael</translation>
        </message>
        <message>
            <source>when it was bought or its receipt</source>
            <translation>pryd y'i prynwyd neu ei dderbynneb</translation>
        </message>
        <message>
            <source>what went well</source>
            <translation>beth aeth yn dda</translation>
        </message>
        <message>
            <source>what to do differently</source>
            <translation>beth i'w wneud yn wahanol</translation>
        </message>
        <message>
            <source>an improvement</source>
            <translation>gwelliant</translation>
        </message>
        <message>
            <source>listen</source>
            <translation>gwrando</translation>
        </message>
        <message>
            <source>apologise</source>
            <translation>ymddiheuro</translation>
        </message>
        <message>
            <source>solve</source>
            <translation>datrys</translation>
        </message>
        <message>
            <source>thank</source>
            <translation>diolch</translation>
        </message>
        <message>
            <source>You took this complaint yourself: another supervisor or manager reviews it.</source>
            <translation>Chi a gymerodd y gŵyn hon: mae goruchwyliwr neu reolwr arall yn ei hadolygu.</translation>
        </message>
        <message>
            <source>{label}: say a little more (at least {min_feedback} characters), so it can be acted on.</source>
            <translation>{label}: dywedwch ychydig mwy (o leiaf {min_feedback} nod), er mwyn gallu gweithredu arno.</translation>
        </message>
        <message>
            <source>January</source>
            <translation>Ionawr</translation>
        </message>
        <message>
            <source>February</source>
            <translation>Chwefror</translation>
        </message>
        <message>
            <source>March</source>
            <translation>Mawrth</translation>
        </message>
        <message>
            <source>April</source>
            <translation>Ebrill</translation>
        </message>
        <message>
            <source>June</source>
            <translation>Mehefin</translation>
        </message>
        <message>
            <source>July</source>
            <translation>Gorffennaf</translation>
        </message>
        <message>
            <source>August</source>
            <translation>Awst</translation>
        </message>
        <message>
            <source>September</source>
            <translation>Medi</translation>
        </message>
        <message>
            <source>October</source>
            <translation>Hydref</translation>
        </message>
        <message>
            <source>November</source>
            <translation>Tachwedd</translation>
        </message>
        <message>
            <source>December</source>
            <translation>Rhagfyr</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Dim yn hysbys</translation>
        </message>
        <message>
            <source>{day} {month} {year}, {time}</source>
            <translation>{day} {month} {year}, {time}</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ie</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Na</translation>
        </message>
        <message>
            <source>{label}: at most {most}.</source>
            <translation>{label}: {most} ar y mwyaf.</translation>
        </message>
        <message>
            <source>{label}: the record's personal details were removed, so this should be empty.</source>
            <translation>{label}: tynnwyd manylion personol y cofnod, felly dylai hwn fod yn wag.</translation>
        </message>
        <message>
            <source>Weigh at least {min_options} options against cost, time and impact (you have {count}).</source>
            <translation>Pwyswch a mesurwch o leiaf {min_options} opsiwn o ran cost, amser ac effaith (mae gennych {count}).</translation>
        </message>
        <message>
            <source>Choose the option you are offering the customer.</source>
            <translation>Dewiswch yr opsiwn rydych chi'n ei gynnig i'r cwsmer.</translation>
        </message>
        <message>
            <source>Tick the staff member (or members) it happened to.</source>
            <translation>Ticiwch yr aelod o staff (neu'r aelodau) y digwyddodd iddo.</translation>
        </message>
        <message>
            <source>Tick at least one kind of behaviour.</source>
            <translation>Ticiwch o leiaf un math o ymddygiad.</translation>
        </message>
        <message>
            <source>The debrief cannot be before the incident.</source>
            <translation>Ni all y sesiwn ôl-drafod fod cyn y digwyddiad.</translation>
        </message>
        <message>
            <source>Someone it happened to is also ticked as a witness.</source>
            <translation>Mae rhywun y digwyddodd iddo wedi'i dicio fel tyst hefyd.</translation>
        </message>
        <message>
            <source>Set the date you will follow up by.</source>
            <translation>Gosodwch y dyddiad y byddwch yn cysylltu eto erbyn iddo.</translation>
        </message>
        <message>
            <source>Choose how you will follow up.</source>
            <translation>Dewiswch sut y byddwch yn cysylltu eto.</translation>
        </message>
        <message>
            <source>Hate-motivated: tick what it was perceived to target (by you or anyone else).</source>
            <translation>Wedi'i ysgogi gan gasineb: ticiwch yr hyn y canfyddwyd ei fod yn ei dargedu (gennych chi neu unrhyw un arall).</translation>
        </message>
        <message>
            <source>Say briefly what the other behaviour was.</source>
            <translation>Dywedwch yn fyr beth oedd yr ymddygiad arall.</translation>
        </message>
        <message>
            <source>Say briefly what triggered it.</source>
            <translation>Dywedwch yn fyr beth a'i sbardunodd.</translation>
        </message>
        <message>
            <source>{label} should be a date.</source>
            <translation>{label}: dylai fod yn ddyddiad.</translation>
        </message>
        <message>
            <source>{label}: choose from the listed answers.</source>
            <translation>{label}: dewiswch o'r atebion a restrir.</translation>
        </message>
        <message>
            <source>{label}: answer yes or no.</source>
            <translation>{label}: atebwch ie neu na.</translation>
        </message>
        <message>
            <source>{label}: choose someone from the staff list.</source>
            <translation>{label}: dewiswch rywun o'r rhestr staff.</translation>
        </message>
        <message>
            <source>{label}: choose people from the staff list.</source>
            <translation>{label}: dewiswch bobl o'r rhestr staff.</translation>
        </message>
        <message>
            <source>{label} should be a list of short texts.</source>
            <translation>{label}: dylai fod yn rhestr o destunau byr.</translation>
        </message>
        <message>
            <source>Give the time they were called as HH:MM, e.g. 09:45.</source>
            <translation>Rhowch yr amser y cawsant eu galw fel AA:MM, e.e. 09:45.</translation>
        </message>
        <message>
            <source>{label} should be a date and time.</source>
            <translation>{label}: dylai fod yn ddyddiad ac amser.</translation>
        </message>
        <message>
            <source>{label} cannot be checked on its own.</source>
            <translation>{label}: ni ellir gwirio hwn ar ei ben ei hun.</translation>
        </message>
        <message>
            <source>{label} is too long: the most is {most:,} characters.</source>
            <translation>{label}: mae'n rhy hir: yr uchafswm yw {most:,} nod.</translation>
        </message>
        <message>
            <source>{label} should be a whole number.</source>
            <translation>{label}: dylai fod yn rhif cyfan.</translation>
        </message>
        <message>
            <source>{label} should be an amount in pounds and pence.</source>
            <translation>{label}: dylai fod yn swm mewn punnoedd a cheiniogau.</translation>
        </message>
        <message>
            <source>{label}: choose one of the listed answers.</source>
            <translation>{label}: dewiswch un o'r atebion a restrir.</translation>
        </message>
        <message>
            <source>{label}: tick at least one.</source>
            <translation>{label}: ticiwch o leiaf un.</translation>
        </message>
        <message>
            <source>{label} should be yes or no.</source>
            <translation>{label}: dylai fod yn ie neu na.</translation>
        </message>
        <message>
            <source>Please confirm: {label}.</source>
            <translation>Cadarnhewch: {label}.</translation>
        </message>
        <message>
            <source>{label} should be from {low} to {high:,}.</source>
            <translation>{label}: dylai fod rhwng {low} a {high:,}.</translation>
        </message>
        <message>
            <source>{label} should look like GLA01-2026-000123.</source>
            <translation>{label}: dylai edrych fel GLA01-2026-000123.</translation>
        </message>
        <message>
            <source>{label}: tick at least one person.</source>
            <translation>{label}: ticiwch o leiaf un person.</translation>
        </message>
        <message>
            <source>{label} should be a PNG image.</source>
            <translation>{label}: dylai fod yn ddelwedd PNG.</translation>
        </message>
        <message>
            <source>{label} is not a PNG image.</source>
            <translation>{label}: nid yw'n ddelwedd PNG.</translation>
        </message>
        <message>
            <source>{label} is too large: {size:,} bytes, the most is {most:,}.</source>
            <translation>{label}: mae'n rhy fawr: {size:,} beit, yr uchafswm yw {most:,}.</translation>
        </message>
        <message>
            <source>{label} is {width:,} × {height:,} pixels; the most is {widest:,} × {highest:,}.</source>
            <translation>{label}: {width:,} × {height:,} picsel; yr uchafswm yw {widest:,} × {highest:,}.</translation>
        </message>
        <message>
            <source>{label} should be text.</source>
            <translation>{label}: dylai fod yn destun.</translation>
        </message>
        <message>
            <source>{label}: {problem}</source>
            <translation>{label}: {problem}</translation>
        </message>
        <message>
            <source>Please choose one: {label}.</source>
            <translation>Dewiswch un: {label}.</translation>
        </message>
        <message>
            <source>{label} should be {low} or more.</source>
            <translation>{label}: dylai fod yn {low} neu fwy.</translation>
        </message>
        <message>
            <source>{label} is missing.</source>
            <translation>{label}: mae hwn ar goll.</translation>
        </message>
        <message>
            <source>{label} ({number})</source>
            <translation>{label} ({number})</translation>
        </message>
        <message>
            <source>Choose the category of the complaint to see the customer's rights.</source>
            <translation>Dewiswch gategori'r gŵyn i weld hawliau'r cwsmer.</translation>
        </message>
        <message>
            <source>Say what was bought (goods, a service or digital content) to see the rights.</source>
            <translation>Dywedwch beth a brynwyd (nwyddau, gwasanaeth neu gynnwys digidol) i weld yr hawliau.</translation>
        </message>
        <message>
            <source>Enter the date of purchase (or of delivery) to see which remedies the customer has and the dates that apply.</source>
            <translation>Rhowch ddyddiad prynu (neu ddyddiad danfon) i weld pa rwymedïau sydd gan y cwsmer a'r dyddiadau sy'n berthnasol.</translation>
        </message>
        <message>
            <source>Type the date as day, month and year, for example {example}.</source>
            <translation>Teipiwch y dyddiad fel diwrnod, mis a blwyddyn, er enghraifft {example}.</translation>
        </message>
        <message>
            <source>There is no month {month}: type the date as day, month and year, for example {example}.</source>
            <translation>Nid oes mis rhif {month}: teipiwch y dyddiad fel diwrnod, mis a blwyddyn, er enghraifft {example}.</translation>
        </message>
        <message>
            <source>There is no {day}/{month:02d}/{year}: that month has fewer days.</source>
            <translation>Nid oes {day}/{month:02d}/{year}: mae llai o ddiwrnodau yn y mis hwnnw.</translation>
        </message>
        <message>
            <source>{label} is too long: {length:,} characters, the most is {most:,}.</source>
            <translation>{label}: mae'n rhy hir: {length:,} nod, yr uchafswm yw {most:,}.</translation>
        </message>
        <message>
            <source>{label} should be in pounds and pence, e.g. £12.50.</source>
            <translation>{label}: dylai fod mewn punnoedd a cheiniogau, e.e. £12.50.</translation>
        </message>
        <message>
            <source>{label} is needed.</source>
            <translation>{label}: mae angen hwn.</translation>
        </message>
        <message>
            <source>{label} cannot be in the future.</source>
            <translation>{label}: ni all fod yn y dyfodol.</translation>
        </message>
        <message>
            <source>{label} looks wrong; please check the year.</source>
            <translation>{label}: mae'n edrych yn anghywir; gwiriwch y flwyddyn.</translation>
        </message>
        <message>
            <source>This</source>
            <translation>Hwn</translation>
        </message>
        <message>
            <source>The amount</source>
            <translation>Y swm</translation>
        </message>
        <message>
            <source>The date</source>
            <translation>Y dyddiad</translation>
        </message>
        <message>
            <source>The phone number</source>
            <translation>Y rhif ffôn</translation>
        </message>
        <message>
            <source>The email address</source>
            <translation>Y cyfeiriad e-bost</translation>
        </message>
        <message>
            <source>{label} is needed before you go on.</source>
            <translation>{label}: mae angen hwn cyn i chi fynd ymlaen.</translation>
        </message>
        <message>
            <source>{label} cannot be negative.</source>
            <translation>{label}: ni all fod yn negyddol.</translation>
        </message>
        <message>
            <source>{label} looks too large; please check it.</source>
            <translation>{label}: mae'n edrych yn rhy fawr; gwiriwch ef.</translation>
        </message>
        <message>
            <source>{label} cannot be in the past.</source>
            <translation>{label}: ni all fod yn y gorffennol.</translation>
        </message>
        <message>
            <source>{label} may contain only digits, spaces, brackets, dashes and a leading +.</source>
            <translation>{label}: dim ond digidau, bylchau, cromfachau, llinellau toriad a + ar y dechrau a ganiateir.</translation>
        </message>
        <message>
            <source>{label} should look like name@example.co.uk.</source>
            <translation>{label}: dylai edrych fel enw@example.co.uk.</translation>
        </message>
        <message>
            <source>{label} should be from 1 to 5.</source>
            <translation>{label}: dylai fod rhwng 1 a 5.</translation>
        </message>
        <message>
            <source>Type a PIN of {fewest} to {most} digits.</source>
            <translation>Teipiwch PIN o {fewest} i {most} digid.</translation>
        </message>
        <message>
            <source>A PIN is made of digits only.</source>
            <translation>Digidau yn unig sydd mewn PIN.</translation>
        </message>
        <message>
            <source>A PIN has {fewest} to {most} digits.</source>
            <translation>Mae gan PIN rhwng {fewest} a {most} digid.</translation>
        </message>
        <message>
            <source>A staff code is 2 to 12 letters or digits.</source>
            <translation>Mae cod staff yn 2 i 12 llythyren neu ddigid.</translation>
        </message>
        <message>
            <source>A store code is 2 to 8 letters or digits, e.g. GLA01.</source>
            <translation>Mae cod siop yn 2 i 8 llythyren neu ddigid, e.e. GLA01.</translation>
        </message>
        <message>
            <source>{label} should have 8 to 15 digits after the +.</source>
            <translation>{label}: dylai fod 8 i 15 digid ar ôl y +.</translation>
        </message>
        <message>
            <source>{label} is needed, in pounds and pence, e.g. £12.50.</source>
            <translation>{label}: mae angen hwn, mewn punnoedd a cheiniogau, e.e. £12.50.</translation>
        </message>
        <message>
            <source>{label} looks too short or too long.</source>
            <translation>{label}: mae'n edrych yn rhy fyr neu'n rhy hir.</translation>
        </message>
        <message>
            <source>{label} should be a UK number starting with 0 (10 or 11 digits) or an international number starting with +.</source>
            <translation>{label}: dylai fod yn rhif yn y DU sy'n dechrau gyda 0 (10 neu 11 digid) neu'n rhif rhyngwladol sy'n dechrau gyda +.</translation>
        </message>
        <message>
            <source>The score</source>
            <translation>Y sgôr</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Pryd</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Pwy</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Gweithred</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Cofnod</translation>
        </message>
        <message>
            <source>PC</source>
            <translation>Cyfrifiadur</translation>
        </message>
        <message>
            <source>Hash</source>
            <translation>Stwnsh</translation>
        </message>
        <message>
            <source>No entries</source>
            <translation>Dim cofnodion</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Tudalen {page} o {pages}</translation>
        </message>
        <message>
            <source>produced {when}</source>
            <translation>cynhyrchwyd {when}</translation>
        </message>
        <message>
            <source>CONFIDENTIAL: restricted record</source>
            <translation>CYFRINACHOL: cofnod cyfyngedig</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mis</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Cwynion</translation>
        </message>
        <message>
            <source>Points evidenced</source>
            <translation>Pwyntiau â thystiolaeth</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Cyfran</translation>
        </message>
        <message>
            <source>Marking point</source>
            <translation>Pwynt marcio</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Sawl gwaith</translation>
        </message>
        <message>
            <source>Records (most recent first)</source>
            <translation>Cofnodion (y diweddaraf yn gyntaf)</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Adolygwyd</translation>
        </message>
        <message>
            <source>What was good</source>
            <translation>Beth oedd yn dda</translation>
        </message>
        <message>
            <source>One thing to work on</source>
            <translation>Un peth i weithio arno</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Darllenwyd</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Ddim eto</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} mun</translation>
        </message>
        <message>
            <source>{days} days</source>
            <translation>{days} diwrnod</translation>
        </message>
        <message>
            <source>{name} ({code}): the complaints they handled, beside the store's. The figures are the dashboard's own definitions.</source>
            <translation>{name} ({code}): y cwynion yr ymdriniodd â nhw, wrth ochr rhai'r siop. Diffiniadau'r dangosfwrdd ei hun yw'r ffigurau.</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Ffigurau</translation>
        </message>
        <message>
            <source>Quality check, month by month</source>
            <translation>Gwiriad ansawdd, fesul mis</translation>
        </message>
        <message>
            <source>The points most often missed</source>
            <translation>Y pwyntiau a gollir amlaf</translation>
        </message>
        <message>
            <source>Feedback given in the period</source>
            <translation>Adborth a roddwyd yn y cyfnod</translation>
        </message>
        <message>
            <source>Complaints handled</source>
            <translation>Cwynion a ymdriniwyd â nhw</translation>
        </message>
        <message>
            <source>First contact resolution (of those closed)</source>
            <translation>Datrys ar y cyswllt cyntaf (o'r rhai a gaewyd)</translation>
        </message>
        <message>
            <source>Customer satisfaction (1 to 5)</source>
            <translation>Bodlonrwydd cwsmeriaid (1 i 5)</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Ffigur</translation>
        </message>
        <message>
            <source>The store</source>
            <translation>Y siop</translation>
        </message>
        <message>
            <source>Marking points evidenced (%)</source>
            <translation>Pwyntiau marcio â thystiolaeth (%)</translation>
        </message>
        <message>
            <source>No complaints handled in this period.</source>
            <translation>Ni ymdriniwyd ag unrhyw gwynion yn y cyfnod hwn.</translation>
        </message>
        <message>
            <source>None: every point that applied was evidenced.</source>
            <translation>Dim: roedd tystiolaeth ar gyfer pob pwynt a oedd yn berthnasol.</translation>
        </message>
        <message>
            <source>No reviews in this period.</source>
            <translation>Dim adolygiadau yn y cyfnod hwn.</translation>
        </message>
        <message>
            <source>For the review</source>
            <translation>Ar gyfer yr adolygiad</translation>
        </message>
        <message>
            <source>What went well, and one thing to work on next:</source>
            <translation>Beth aeth yn dda, ac un peth i weithio arno nesaf:</translation>
        </message>
        <message>
            <source>{met} of {due}</source>
            <translation>{met} o {due}</translation>
        </message>
        <message>
            <source>Option</source>
            <translation>Opsiwn</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Amser</translation>
        </message>
        <message>
            <source>Impact on the customer</source>
            <translation>Yr effaith ar y cwsmer</translation>
        </message>
        <message>
            <source>Quality check: the marking points</source>
            <translation>Gwiriad ansawdd: y pwyntiau marcio</translation>
        </message>
        <message>
            <source>{met} of {due} points that apply are evidenced by this record. The check is guidance for coaching; it never stopped anything being saved.</source>
            <translation>Mae'r cofnod hwn yn dangos tystiolaeth o {met} o'r {due} pwynt sy'n berthnasol. Canllaw ar gyfer hyfforddi yw'r gwiriad; ni wnaeth erioed atal dim rhag cael ei gadw.</translation>
        </message>
        <message>
            <source>Point</source>
            <translation>Pwynt</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Tystiolaeth</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Siop</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Rhanbarth</translation>
        </message>
        <message>
            <source>Logged</source>
            <translation>Cofnodwyd</translation>
        </message>
        <message>
            <source>First contact</source>
            <translation>Cyswllt cyntaf</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>Uwchgyfeiriwyd</translation>
        </message>
        <message>
            <source>Days to close</source>
            <translation>Dyddiau i gau</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Yn hwyr</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>Bodlon</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Erbyn</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Digwyddiad</translation>
        </message>
        <message>
            <source>Happened</source>
            <translation>Digwyddodd</translation>
        </message>
        <message>
            <source>What RIDDOR asks</source>
            <translation>Yr hyn y mae RIDDOR yn ei ofyn</translation>
        </message>
        <message>
            <source>Last bundle</source>
            <translation>Y bwndel olaf</translation>
        </message>
        <message>
            <source>Held through</source>
            <translation>Wedi dod i law hyd at</translation>
        </message>
        <message>
            <source>Gaps</source>
            <translation>Bylchau</translation>
        </message>
        <message>
            <source>Silent</source>
            <translation>Tawel</translation>
        </message>
        <message>
            <source>Complaints by root cause</source>
            <translation>Cwynion fesul achos sylfaenol</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Cyfanswm</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>YN HWYR</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ie</translation>
        </message>
        <message>
            <source>no</source>
            <translation>na</translation>
        </message>
        <message>
            <source>never</source>
            <translation>byth</translation>
        </message>
        <message>
            <source>none</source>
            <translation>dim</translation>
        </message>
        <message>
            <source>SILENT</source>
            <translation>TAWEL</translation>
        </message>
        <message>
            <source>Stores compared</source>
            <translation>Cymharu'r siopau</translation>
        </message>
        <message>
            <source>First contact resolution is of the complaints closed; time to close in days; satisfaction from 1 to 5. The definitions are the tills' own.</source>
            <translation>Mae datrys ar y cyswllt cyntaf yn cyfrif y cwynion a gaewyd; yr amser i gau mewn dyddiau; bodlonrwydd o 1 i 5. Diffiniadau'r tiliau eu hunain yw'r rhain.</translation>
        </message>
        <message>
            <source>Complaints in the period</source>
            <translation>Cwynion yn y cyfnod</translation>
        </message>
        <message>
            <source>Abuse towards staff</source>
            <translation>Cam-drin staff</translation>
        </message>
        <message>
            <source>Incidents by day of the week</source>
            <translation>Digwyddiadau fesul diwrnod o'r wythnos</translation>
        </message>
        <message>
            <source>Incidents by hour of the day</source>
            <translation>Digwyddiadau fesul awr o'r dydd</translation>
        </message>
        <message>
            <source>RIDDOR cases</source>
            <translation>Achosion RIDDOR</translation>
        </message>
        <message>
            <source>Stores' bundles</source>
            <translation>Bwndeli'r siopau</translation>
        </message>
        <message>
            <source>Silent: no bundle for more than {days} days.</source>
            <translation>Tawel: dim bwndel ers mwy na {days} diwrnod.</translation>
        </message>
        <message>
            <source>Customers who complained in two stores or more: {customers} ({complaints} complaints).</source>
            <translation>Cwsmeriaid a gwynodd mewn dwy siop neu fwy: {customers} (cwynion: {complaints}).</translation>
        </message>
        <message>
            <source>No complaints in this period.</source>
            <translation>Dim cwynion yn y cyfnod hwn.</translation>
        </message>
        <message>
            <source>The {shown} most frequent of {all}.</source>
            <translation>Y {shown} mwyaf cyffredin o {all}.</translation>
        </message>
        <message>
            <source>1 incident in the period, in the shops' UK local time.</source>
            <translation>1 digwyddiad yn y cyfnod, yn amser lleol y DU yn y siopau.</translation>
        </message>
        <message>
            <source>{count:,} incidents in the period, in the shops' UK local time.</source>
            <translation>Digwyddiadau yn y cyfnod: {count:,}, yn amser lleol y DU yn y siopau.</translation>
        </message>
        <message>
            <source>None in this period.</source>
            <translation>Dim yn y cyfnod hwn.</translation>
        </message>
        <message>
            <source>Incident figures are not shown: the person who printed this pack does not hold the incident right.</source>
            <translation>Ni ddangosir ffigurau digwyddiadau: nid oes gan y sawl a argraffodd y pecyn hwn yr hawl i weld digwyddiadau.</translation>
        </message>
        <message>
            <source>No reportable incident in this period.</source>
            <translation>Dim digwyddiad y mae rhaid rhoi gwybod amdano yn y cyfnod hwn.</translation>
        </message>
        <message>
            <source>Disclosures</source>
            <translation>Datgeliadau</translation>
        </message>
        <message>
            <source>Updates, in order</source>
            <translation>Diweddariadau, yn eu trefn</translation>
        </message>
        <message>
            <source>Before sending: this pack holds every record found. Records of abusive behaviour and complaint notes can name other people (staff, witnesses). Check each page and redact other people's personal details unless they agreed or it is reasonable to disclose them (ICO guidance on subject access and third-party data).</source>
            <translation>Cyn anfon: mae'r pecyn hwn yn cynnwys pob cofnod a ganfuwyd. Gall cofnodion o ymddygiad camdriniol a nodiadau cwynion enwi pobl eraill (staff, tystion). Gwiriwch bob tudalen a golygwch fanylion personol pobl eraill oni bai eu bod wedi cytuno neu ei bod yn rhesymol eu datgelu (canllawiau'r ICO ar geisiadau gwrthrych am wybodaeth a data trydydd parti).</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Dim</translation>
        </message>
        <message>
            <source>Complaint {reference}</source>
            <translation>Cwyn {reference}</translation>
        </message>
        <message>
            <source>Abusive-behaviour incident {reference}</source>
            <translation>Digwyddiad o ymddygiad camdriniol {reference}</translation>
        </message>
        <message>
            <source>Request received</source>
            <translation>Cafwyd y cais</translation>
        </message>
        <message>
            <source>Answer due by</source>
            <translation>Rhaid ateb erbyn</translation>
        </message>
        <message>
            <source>Searched by</source>
            <translation>Chwiliwyd yn ôl</translation>
        </message>
        <message>
            <source>Complaints found</source>
            <translation>Cwynion a ganfuwyd</translation>
        </message>
        <message>
            <source>Incident records found</source>
            <translation>Cofnodion digwyddiadau a ganfuwyd</translation>
        </message>
        <message>
            <source>{people} person, {complaints} complaints</source>
            <translation>{people} person, cwynion: {complaints}</translation>
        </message>
        <message>
            <source>{people} people, {complaints} complaints</source>
            <translation>{people} o bobl, cwynion: {complaints}</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categori</translation>
        </message>
        <message>
            <source>Root cause</source>
            <translation>Achos sylfaenol</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Sianel</translation>
        </message>
        <message>
            <source>Complaints by status</source>
            <translation>Cwynion fesul statws</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Incidents by kind of behaviour</source>
            <translation>Digwyddiadau fesul math o ymddygiad</translation>
        </message>
        <message>
            <source>Kind of behaviour</source>
            <translation>Math o ymddygiad</translation>
        </message>
        <message>
            <source>Incidents by trigger</source>
            <translation>Digwyddiadau fesul sbardun</translation>
        </message>
        <message>
            <source>Trigger</source>
            <translation>Sbardun</translation>
        </message>
        <message>
            <source>Injuries by level</source>
            <translation>Anafiadau fesul lefel</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Lefel</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Ffigurau allweddol</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Wedi'u cau</translation>
        </message>
        <message>
            <source>Weekly trend</source>
            <translation>Tuedd wythnosol</translation>
        </message>
        <message>
            <source>Improvement suggestions recorded</source>
            <translation>Awgrymiadau i wella a gofnodwyd</translation>
        </message>
        <message>
            <source>Incidents recorded</source>
            <translation>Digwyddiadau a gofnodwyd</translation>
        </message>
        <message>
            <source>Police involved</source>
            <translation>Yr heddlu'n rhan</translation>
        </message>
        <message>
            <source>RIDDOR: reportable to the HSE (over 7 days off)</source>
            <translation>RIDDOR: rhaid rhoi gwybod i'r HSE (dros 7 diwrnod i ffwrdd)</translation>
        </message>
        <message>
            <source>RIDDOR: to be recorded (over 3 days off)</source>
            <translation>RIDDOR: rhaid cofnodi (dros 3 diwrnod i ffwrdd)</translation>
        </message>
        <message>
            <source>Welfare follow-ups outstanding</source>
            <translation>Gwaith dilynol ar les heb ei wneud</translation>
        </message>
        <message>
            <source>Incidents by time of day</source>
            <translation>Digwyddiadau fesul adeg o'r dydd</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Nifer</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Gwerth</translation>
        </message>
        <message>
            <source>{score} from {responses} customers</source>
            <translation>{score} (cwsmeriaid a atebodd: {responses})</translation>
        </message>
        <message>
            <source>None recorded in this period.</source>
            <translation>Dim wedi'u cofnodi yn y cyfnod hwn.</translation>
        </message>
        <message>
            <source>The {shown} suggestions made most often, of {different} different ones.</source>
            <translation>Y {shown} awgrym a wnaed amlaf, o {different} awgrym gwahanol.</translation>
        </message>
        <message>
            <source>Suggestion</source>
            <translation>Awgrym</translation>
        </message>
        <message>
            <source>No complaint with reference {reference}.</source>
            <translation>Nid oes cwyn â'r cyfeirnod {reference}.</translation>
        </message>
        <message>
            <source>That staff code and PIN do not match those in the backup.</source>
            <translation>Nid yw'r cod staff a'r PIN yn cyfateb i'r rhai yn y copi wrth gefn.</translation>
        </message>
        <message>
            <source>{name} is not a supervisor or above.</source>
            <translation>{name}: nid yw'n oruchwyliwr nac yn uwch.</translation>
        </message>
        <message>
            <source>No staff account with the code {code}.</source>
            <translation>Nid oes cyfrif staff â'r cod {code}.</translation>
        </message>
        <message>
            <source>That staff code and PIN do not match. Please try again.</source>
            <translation>Nid yw'r cod staff a'r PIN yn cyfateb. Rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <source>Too many wrong PINs for {code}. Try again in {wait} seconds, or ask a manager to unlock it.</source>
            <translation>Rhoddwyd PIN anghywir ormod o weithiau ar gyfer cod {code}. Rhowch gynnig arall arni ymhen {wait} eiliad, neu gofynnwch i reolwr ei ddatgloi.</translation>
        </message>
        <message>
            <source>{name} is not a manager.</source>
            <translation>{name}: nid yw'n rheolwr.</translation>
        </message>
        <message>
            <source>You cannot switch off your own account; ask another manager.</source>
            <translation>Ni allwch ddiffodd eich cyfrif eich hun; gofynnwch i reolwr arall.</translation>
        </message>
        <message>
            <source>{name} is the store's only manager: make someone else a manager first.</source>
            <translation>{name}: dyma unig reolwr y siop: gwnewch rywun arall yn rheolwr yn gyntaf.</translation>
        </message>
        <message>
            <source>That staff code and PIN do not match. Please try again. {left} more tries before it locks.</source>
            <translation>Nid yw'r cod staff a'r PIN yn cyfateb. Rhowch gynnig arall arni. Cynigion ar ôl cyn iddo gloi: {left}.</translation>
        </message>
        <message>
            <source>That staff code and PIN do not match. Please try again. Locked for {seconds} seconds.</source>
            <translation>Nid yw'r cod staff a'r PIN yn cyfateb. Rhowch gynnig arall arni. Wedi'i gloi am {seconds} eiliad.</translation>
        </message>
        <message>
            <source>The staff code {code} is taken.</source>
            <translation>Mae'r cod staff {code} eisoes yn cael ei ddefnyddio.</translation>
        </message>
        <message>
            <source>The name</source>
            <translation>Yr enw</translation>
        </message>
        <message>
            <source>Coaching: {name} ({code})</source>
            <translation>Hyfforddi: {name} ({code})</translation>
        </message>
        <message>
            <source>No member of staff has the code {staff_code}.</source>
            <translation>Nid oes gan unrhyw aelod o staff y cod {staff_code}.</translation>
        </message>
        <message>
            <source>That unfinished complaint is no longer there.</source>
            <translation>Nid yw'r gŵyn anorffenedig honno yno mwyach.</translation>
        </message>
        <message>
            <source>The store has not been set up yet.</source>
            <translation>Nid yw'r siop wedi'i gosod eto.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>enw</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>ffôn</translation>
        </message>
        <message>
            <source>email</source>
            <translation>e-bost</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>cyfeirnod</translation>
        </message>
        <message>
            <source>Subject access request</source>
            <translation>Cais gwrthrych am wybodaeth</translation>
        </message>
        <message>
            <source>No incident with reference {reference}.</source>
            <translation>Nid oes digwyddiad â'r cyfeirnod {reference}.</translation>
        </message>
        <message>
            <source>Counts cannot be negative.</source>
            <translation>Ni all y niferoedd fod yn negyddol.</translation>
        </message>
        <message>
            <source>Set up the store first (complaint-logger init).</source>
            <translation>Gosodwch y siop yn gyntaf (complaint-logger init).</translation>
        </message>
        <message>
            <source>This database holds the records of store {code} ({name}). Made-up records are written only into a demonstration store of their own: run complaint-logger --db demo.db demo.</source>
            <translation>Mae'r gronfa ddata hon yn dal cofnodion siop {code} ({name}). Dim ond i siop arddangos ar wahân yr ysgrifennir cofnodion ffug: rhedwch complaint-logger --db demo.db demo.</translation>
        </message>
        <message>
            <source>Choose a format: {formats}.</source>
            <translation>Dewiswch fformat: {formats}.</translation>
        </message>
        <message>
            <source>This database is not set up for head office (or was set up by a newer version): run `complaint-logger head-office init`.</source>
            <translation>Nid yw'r gronfa ddata hon wedi'i gosod ar gyfer y brif swyddfa (neu fe'i gosodwyd gan fersiwn mwy newydd): rhedwch `complaint-logger head-office init`.</translation>
        </message>
        <message>
            <source>That key file is for store {store_code}, not {code}. Nothing was registered.</source>
            <translation>Mae'r ffeil allwedd honno ar gyfer siop {store_code}, nid {code}. Ni chofrestrwyd dim.</translation>
        </message>
        <message>
            <source>Give the store's name and region. Nothing was registered.</source>
            <translation>Rhowch enw a rhanbarth y siop. Ni chofrestrwyd dim.</translation>
        </message>
        <message>
            <source>Give a staff code of letters and digits (at most 12) and a name.</source>
            <translation>Rhowch god staff o lythrennau a digidau (12 ar y mwyaf) ac enw.</translation>
        </message>
        <message>
            <source>No head-office person has that code.</source>
            <translation>Nid oes gan neb yn y brif swyddfa y cod hwnnw.</translation>
        </message>
        <message>
            <source>No head-office key in {folder}: run `complaint-logger head-office init` first.</source>
            <translation>Nid oes allwedd y brif swyddfa yn {folder}: rhedwch `complaint-logger head-office init` yn gyntaf.</translation>
        </message>
        <message>
            <source>Head office's key in {folder} is damaged: {error}</source>
            <translation>Mae allwedd y brif swyddfa yn {folder} wedi'i difrodi: {error}</translation>
        </message>
        <message>
            <source>{error} Nothing was registered.</source>
            <translation>{error} Ni chofrestrwyd dim.</translation>
        </message>
        <message>
            <source>That code and password do not match.</source>
            <translation>Nid yw'r cod a'r cyfrinair yn cyfateb.</translation>
        </message>
        <message>
            <source>Could not read {path}: {reason}.</source>
            <translation>Ni ellid darllen {path}: {reason}.</translation>
        </message>
        <message>
            <source>on Mondays</source>
            <translation>ar ddydd Llun</translation>
        </message>
        <message>
            <source>on Tuesdays</source>
            <translation>ar ddydd Mawrth</translation>
        </message>
        <message>
            <source>on Wednesdays</source>
            <translation>ar ddydd Mercher</translation>
        </message>
        <message>
            <source>on Thursdays</source>
            <translation>ar ddydd Iau</translation>
        </message>
        <message>
            <source>on Fridays</source>
            <translation>ar ddydd Gwener</translation>
        </message>
        <message>
            <source>on Saturdays</source>
            <translation>ar ddydd Sadwrn</translation>
        </message>
        <message>
            <source>on Sundays</source>
            <translation>ar ddydd Sul</translation>
        </message>
        <message>
            <source>Complaints from {start} to {end}</source>
            <translation>Cwynion o {start} i {end}</translation>
        </message>
        <message>
            <source>Incidents from {start} to {end}</source>
            <translation>Digwyddiadau o {start} i {end}</translation>
        </message>
        <message>
            <source>store {code}</source>
            <translation>siop {code}</translation>
        </message>
        <message>
            <source>region {region}</source>
            <translation>rhanbarth {region}</translation>
        </message>
        <message>
            <source>root cause {cause}</source>
            <translation>achos sylfaenol: {cause}</translation>
        </message>
        <message>
            <source>saved in {month} {year}</source>
            <translation>cadwyd ym mis {month} {year}</translation>
        </message>
        <message>
            <source>{hour:02d}:00 to {hour:02d}:59</source>
            <translation>{hour:02d}:00 i {hour:02d}:59</translation>
        </message>
        <message>
            <source>one repeat customer</source>
            <translation>un cwsmer sy'n dychwelyd</translation>
        </message>
        <message>
            <source>category {category}</source>
            <translation>categori: {category}</translation>
        </message>
        <message>
            <source>no category</source>
            <translation>dim categori</translation>
        </message>
        <message>
            <source>That file is not an acknowledgement from head office.</source>
            <translation>Nid cydnabyddiaeth gan y brif swyddfa yw'r ffeil honno.</translation>
        </message>
        <message>
            <source>Head office's key is not installed, so no acknowledgement can be checked. Nothing was changed.</source>
            <translation>Nid yw allwedd y brif swyddfa wedi'i gosod, felly ni ellir gwirio unrhyw gydnabyddiaeth. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>{problem} Nothing was changed.</source>
            <translation>{problem} Ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>The till's signing key file {path} is damaged: {error} Restore it from a backup of the data folder, or ask head office to register a new one.</source>
            <translation>Mae ffeil allwedd llofnodi'r til wedi'i difrodi ({path}): {error} Adferwch hi o gopi wrth gefn o'r ffolder data, neu gofynnwch i'r brif swyddfa gofrestru un newydd.</translation>
        </message>
        <message>
            <source>{error} Nothing was changed.</source>
            <translation>{error} Ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>Head office's key is not installed yet: ask your IT contact for the head-office key file (complaint-logger head-office-key install FILE).</source>
            <translation>Nid yw allwedd y brif swyddfa wedi'i gosod eto: gofynnwch i'ch cyswllt TG am ffeil allwedd y brif swyddfa (complaint-logger head-office-key install FILE).</translation>
        </message>
        <message>
            <source>Nothing to send: head office has every change (up to {acknowledged}).</source>
            <translation>Dim i'w anfon: mae gan y brif swyddfa bob newid (hyd at {acknowledged}).</translation>
        </message>
        <message>
            <source>Could not write the bundle to {folder}: {reason}. Nothing was sent or changed; try another folder or stick.</source>
            <translation>Ni ellid ysgrifennu'r bwndel yn {folder}: {reason}. Ni anfonwyd na newidiwyd dim; rhowch gynnig ar ffolder neu gof bach arall.</translation>
        </message>
        <message>
            <source>Head office period pack</source>
            <translation>Pecyn cyfnod y brif swyddfa</translation>
        </message>
        <message>
            <source>The whole chain</source>
            <translation>Y gadwyn gyfan</translation>
        </message>
        <message>
            <source>Store {code} {name} ({region})</source>
            <translation>Siop {code} {name} ({region})</translation>
        </message>
        <message>
            <source>Region {region}</source>
            <translation>Rhanbarth {region}</translation>
        </message>
        <message>
            <source>The end of the period is before its start.</source>
            <translation>Mae diwedd y cyfnod cyn ei ddechrau.</translation>
        </message>
        <message>
            <source>Head office</source>
            <translation>Prif swyddfa</translation>
        </message>
        <message>
            <source>Head office period pack: {scope}</source>
            <translation>Pecyn cyfnod y brif swyddfa: {scope}</translation>
        </message>
        <message>
            <source>There is no store {store_code} that you may see.</source>
            <translation>Nid oes siop {store_code} y cewch ei gweld.</translation>
        </message>
        <message>
            <source>There is no store in the region {region} that you may see.</source>
            <translation>Nid oes siop yn rhanbarth {region} y cewch ei gweld.</translation>
        </message>
        <message>
            <source>Incident records are restricted: only managers and the people named in an incident can open it.</source>
            <translation>Mae cofnodion digwyddiadau wedi'u cyfyngu: dim ond rheolwyr a'r bobl a enwir mewn digwyddiad all ei agor.</translation>
        </message>
        <message>
            <source>Only a manager can do this.</source>
            <translation>Dim ond rheolwr all wneud hyn.</translation>
        </message>
        <message>
            <source>Choose what the update is about.</source>
            <translation>Dewiswch am beth mae'r diweddariad.</translation>
        </message>
        <message>
            <source>Save the complaint first, then report the abusive behaviour from it.</source>
            <translation>Cadwch y gŵyn yn gyntaf, yna rhowch wybod am yr ymddygiad camdriniol ohoni.</translation>
        </message>
        <message>
            <source>That unfinished report is no longer there.</source>
            <translation>Nid yw'r adroddiad anorffenedig hwnnw yno mwyach.</translation>
        </message>
        <message>
            <source>The date disclosed is before the incident.</source>
            <translation>Mae'r dyddiad datgelu cyn y digwyddiad.</translation>
        </message>
        <message>
            <source>The crime reference is already recorded as {crime_reference}.</source>
            <translation>Mae cyfeirnod y drosedd eisoes wedi'i gofnodi fel {crime_reference}.</translation>
        </message>
        <message>
            <source>The database is still being checked after starting, so nothing was saved yet. What you typed is still here: try again in a few seconds.</source>
            <translation>Mae'r gronfa ddata'n dal i gael ei gwirio ar ôl cychwyn, felly ni chadwyd dim eto. Mae'r hyn a deipiwyd gennych yma o hyd: rhowch gynnig arall arni ymhen ychydig eiliadau.</translation>
        </message>
        <message>
            <source>{label} is not offered in this store.</source>
            <translation>{label}: nid yw'n cael ei gynnig yn y siop hon.</translation>
        </message>
        <message>
            <source>{name} was not restored: {problems}</source>
            <translation>{name}: ni chafodd ei adfer: {problems}</translation>
        </message>
        <message>
            <source>The database is not damaged, so it was not replaced. {message}</source>
            <translation>Nid yw'r gronfa ddata wedi'i difrodi, felly ni chafodd ei disodli. {message}</translation>
        </message>
        <message>
            <source>The database is not damaged, so it was not replaced.</source>
            <translation>Nid yw'r gronfa ddata wedi'i difrodi, felly ni chafodd ei disodli.</translation>
        </message>
        <message>
            <source>Keep automatic backups for between 7 and 3,650 days.</source>
            <translation>Cadwch gopïau wrth gefn awtomatig am rhwng 7 a 3,650 diwrnod.</translation>
        </message>
        <message>
            <source>The backup was written but does not check out: {problems}</source>
            <translation>Ysgrifennwyd y copi wrth gefn ond nid yw'n pasio'r gwiriad: {problems}</translation>
        </message>
        <message>
            <source>{name} was not replaced. {message}</source>
            <translation>{name}: ni chafodd ei ddisodli. {message}</translation>
        </message>
        <message>
            <source>Only a manager can restore a backup.</source>
            <translation>Dim ond rheolwr all adfer copi wrth gefn.</translation>
        </message>
        <message>
            <source>{name} was not restored: {error}</source>
            <translation>{name}: ni chafodd ei adfer: {error}</translation>
        </message>
        <message>
            <source>{name} was not restored: {reason}. Nothing was changed.</source>
            <translation>{name}: ni chafodd ei adfer: {reason}. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>The backup could not be written to {parent}: {reason}. Nothing was left behind.</source>
            <translation>Ni ellid ysgrifennu'r copi wrth gefn yn {parent}: {reason}. Ni adawyd dim ar ôl.</translation>
        </message>
        <message>
            <source>A supervisor's limit cannot be below a staff member's.</source>
            <translation>Ni all terfyn goruchwyliwr fod yn is na therfyn aelod o staff.</translation>
        </message>
        <message>
            <source>Choose one of the complaint-handling models.</source>
            <translation>Dewiswch un o'r modelau ymdrin â chwynion.</translation>
        </message>
        <message>
            <source>Choose how complaints usually reach the store.</source>
            <translation>Dewiswch sut mae cwynion fel arfer yn cyrraedd y siop.</translation>
        </message>
        <message>
            <source>The idle lock must be between 1 and 60 minutes.</source>
            <translation>Rhaid i'r clo segur fod rhwng 1 a 60 munud.</translation>
        </message>
        <message>
            <source>Choose English or Cymraeg.</source>
            <translation>Dewiswch English neu Cymraeg.</translation>
        </message>
        <message>
            <source>Contact {number} needs a name and how to reach them.</source>
            <translation>Cyswllt {number}: mae angen enw a sut i'w gyrraedd.</translation>
        </message>
        <message>
            <source>Choose England, Wales, Scotland or Northern Ireland.</source>
            <translation>Dewiswch Gymru, Lloegr, yr Alban neu Ogledd Iwerddon.</translation>
        </message>
        <message>
            <source>Welsh is offered in a store in Wales.</source>
            <translation>Cynigir y Gymraeg mewn siop yng Nghymru.</translation>
        </message>
        <message>
            <source>The staff limit</source>
            <translation>Terfyn y staff</translation>
        </message>
        <message>
            <source>The supervisor limit</source>
            <translation>Terfyn y goruchwyliwr</translation>
        </message>
        <message>
            <source>The returns policy</source>
            <translation>Y polisi dychwelyd</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} i {end}</translation>
        </message>
        <message>
            <source>Complaints summary</source>
            <translation>Crynodeb cwynion</translation>
        </message>
        <message>
            <source>Abusive behaviour towards staff: summary</source>
            <translation>Ymddygiad camdriniol tuag at staff: crynodeb</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Trywydd archwilio</translation>
        </message>
        <message>
            <source>Entries {chosen}: {count} shown.</source>
            <translation>Cofnodion {chosen}: dangosir {count}.</translation>
        </message>
        <message>
            <source>Entries of every date: {count} shown.</source>
            <translation>Cofnodion o bob dyddiad: dangosir {count}.</translation>
        </message>
        <message>
            <source>from {day}</source>
            <translation>o {day}</translation>
        </message>
        <message>
            <source>up to {day}</source>
            <translation>hyd at {day}</translation>
        </message>
        <message>
            <source>staff {code}</source>
            <translation>staff {code}</translation>
        </message>
        <message>
            <source>action {action}</source>
            <translation>gweithred {action}</translation>
        </message>
        <message>
            <source>record {reference}</source>
            <translation>cofnod {reference}</translation>
        </message>
        <message>
            <source>There is no feedback for you to acknowledge on {reference}.</source>
            <translation>Nid oes adborth i chi ei gydnabod ar gyfeirnod {reference}.</translation>
        </message>
        <message>
            <source>This database already belongs to a store.</source>
            <translation>Mae'r gronfa ddata hon eisoes yn perthyn i siop.</translation>
        </message>
        <message>
            <source>The store name</source>
            <translation>Enw'r siop</translation>
        </message>
        <message>
            <source>The manager's name</source>
            <translation>Enw'r rheolwr</translation>
        </message>
    </context>
</TS>
