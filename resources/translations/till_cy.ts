<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
    <context>
        <name>AbuseView</name>
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
            <source>A backup is made automatically each day and before every upgrade, in %1, and kept for %2 days. Keep a copy on a second device too: back up to a USB stick and store it locked away.</source>
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
            <source>%1 of %2 points that apply are evidenced</source>
            <translation>Dangoswyd %1 o'r %2 pwynt sy'n berthnasol</translation>
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
            <source>Reference</source>
            <translation>Cyfeirnod</translation>
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
            <source>Restricted: only the people involved and the manager can open it.</source>
            <extracomment>Qt role carrying the reference of a row (to open it)</extracomment>
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
            <extracomment>The abuse grid's heat colour (the busiest hours darkest).</extracomment>
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
            <extracomment>each language named as its speakers name it, on the button that switches to it chosen here before signing in: kept as the person's own (ui.main_window)</extracomment>
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
        <name>parent</name>
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
            <source>Double-click or press Enter to open a complaint</source>
            <translation>Cliciwch ddwywaith neu pwyswch Enter i agor cwyn</translation>
        </message>
    </context>
    <context>
        <name>table</name>
        <message>
            <source>Double-click for the records behind a figure</source>
            <translation>Cliciwch ddwywaith am y cofnodion y tu ôl i ffigur</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ie</translation>
        </message>
    </context>
</TS>
