<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name>AgreementPage</name>
    <message>
        <location filename="../../desktop_app/ui/wizard/pages/agreement_page.py" line="17"/>
        <source>Yes, the customer agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/pages/agreement_page.py" line="19"/>
        <source>No, the customer does not agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/pages/agreement_page.py" line="49"/>
        <source>Clear signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/pages/agreement_page.py" line="53"/>
        <source>Ask the customer to sign with a finger or the mouse (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/pages/agreement_page.py" line="66"/>
        <source>Offered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../../desktop_app/ui/wizard/field_editors.py" line="110"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintWizard</name>
    <message>
        <location filename="../../desktop_app/ui/wizard/complaint_wizard.py" line="49"/>
        <source>New complaint – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/complaint_wizard.py" line="53"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/complaint_wizard.py" line="54"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/complaint_wizard.py" line="55"/>
        <source>&amp;Save complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/complaint_wizard.py" line="56"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/complaint_wizard.py" line="160"/>
        <source>Not saved: %1 Everything you typed is kept; try again, or tell your manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/complaint_wizard.py" line="168"/>
        <source>Discard this complaint?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/complaint_wizard.py" line="169"/>
        <source>Everything typed for this complaint will be lost. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../desktop_app/ui/wizard/field_editors.py" line="92"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisPage</name>
    <message>
        <location filename="../../desktop_app/ui/wizard/pages/diagnosis_page.py" line="16"/>
        <source>Start from the problem and ask “why?” – each answer becomes the next question. Stop when you reach something we can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/pages/diagnosis_page.py" line="22"/>
        <source>Why %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/pages/diagnosis_page.py" line="23"/>
        <source>Why %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationPage</name>
    <message>
        <location filename="../../desktop_app/ui/wizard/pages/escalation_page.py" line="22"/>
        <source>Name and role, e.g. Store manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/pages/escalation_page.py" line="45"/>
        <source>This complaint will be escalated because:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="25"/>
        <source>Welcome to Till Complaint Logger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="28"/>
        <source>Set up this till: tell us about the store and create the first manager account. Everything stays on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="35"/>
        <source>Store name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="36"/>
        <source>Store code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="37"/>
        <source>2 to 8 letters or digits; it starts every reference, e.g. GLA01-2026-000123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="42"/>
        <source>The store is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="43"/>
        <source>Manager&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="44"/>
        <source>Manager&apos;s staff code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="46"/>
        <source>Manager&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="47"/>
        <source>6 to 8 digits. Keep it to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="48"/>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="51"/>
        <source>Set up this till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run.py" line="60"/>
        <source>The two PINs are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../desktop_app/ui/home.py" line="34"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/home.py" line="41"/>
        <source>New complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/home.py" line="50"/>
        <source>Store settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/home.py" line="53"/>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/home.py" line="66"/>
        <source>Recent complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/home.py" line="82"/>
        <source>Hello, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/home.py" line="93"/>
        <source>Your recent complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/home.py" line="94"/>
        <source>Recent complaints in this store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentFlow</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/flow.py" line="44"/>
        <source>Cannot start the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/flow.py" line="78"/>
        <source>Cannot open the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/flow.py" line="90"/>
        <source>Saved as %1. You can complete it later from &apos;Incidents&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="62"/>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="102"/>
        <source>Report abusive behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="101"/>
        <source>Complete incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="106"/>
        <source>A restricted record: only managers and the people named in it can open it. Save the essentials now and complete it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="127"/>
        <source>Carry on with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="205"/>
        <source>1. When and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="212"/>
        <source>Date and time it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="216"/>
        <source>e.g. Till 2, beer and wine aisle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="217"/>
        <source>Where in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="224"/>
        <source>4. Who it happened to, and who saw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="226"/>
        <source>Staff it happened to (tick everyone affected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="228"/>
        <source>Staff who saw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="233"/>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="234"/>
        <source>Other witness: name or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="237"/>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="238"/>
        <source>Contact, only if needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="239"/>
        <source>Add witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="248"/>
        <source>Other witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="253"/>
        <source>Remove selected witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="263"/>
        <source>2. What happened, in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="266"/>
        <source>What was said and done, in the order it happened. Write their words as they said them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="268"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="269"/>
        <source>Show STAR prompts (Situation, Task, Action, Result)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="279"/>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="279"/>
        <source>Where were you, what was going on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="280"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="280"/>
        <source>What were you doing or asked to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="281"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="281"/>
        <source>What did you and others do and say?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="282"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="282"/>
        <source>How did it end? Anyone hurt, anything damaged?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="296"/>
        <source>3. What kind of behaviour (tick all that apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="304"/>
        <source>Hate-motivated: what did you, or anyone else, perceive it to target?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="312"/>
        <source>Other behaviour: what was it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="319"/>
        <source>5. What triggered it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="322"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="325"/>
        <source>What triggered it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="326"/>
        <source>Other trigger: what was it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="335"/>
        <source>6. What you tried to calm things down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="339"/>
        <source>Anything else you tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="344"/>
        <source>7. Who was called, and the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="354"/>
        <source>Time %1 was called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="361"/>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="371"/>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="373"/>
        <source>Police attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="377"/>
        <source>Crime reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="384"/>
        <source>8. Injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="389"/>
        <source>Injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="392"/>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="394"/>
        <source>Days off work because of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="399"/>
        <source>Injury and first aid given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="414"/>
        <source>9. CCTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="416"/>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="418"/>
        <source>CCTV captured it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="422"/>
        <source>CCTV reference (camera, time or file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="426"/>
        <source>A manager logs each disclosure of the footage (date, to whom, which organisation, why) from the incident&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="434"/>
        <source>10. The person (only as far as needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="440"/>
        <source>Describe only what would help someone recognise them again: height, build, clothing, anything they carried, which way they went. Do not guess or record their ethnicity, religion, health, sexuality or other personal details, and do not write opinions or labels. If they are known (e.g. a loyalty card name), say so only if the police or your manager need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="451"/>
        <source>Description of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="455"/>
        <source>11. Looking after you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="457"/>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="459"/>
        <source>Support was offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="463"/>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="465"/>
        <source>Debrief booked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="472"/>
        <source>Debrief date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="479"/>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="481"/>
        <source>Welfare follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="492"/>
        <source>The law (guidance, not legal advice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="507"/>
        <source>Close (keeps what you typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="512"/>
        <source>Save now, complete later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="517"/>
        <source>Save complete report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="522"/>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="523"/>
        <source>Save added details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="613"/>
        <source>Linked to complaint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="708"/>
        <source>You have an unfinished report started at %1. Carry on with it, or start this new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/incidents/incident_form.py" line="736"/>
        <source>Please check %n answer(s) marked in red.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentList</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/outstanding_list.py" line="150"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/outstanding_list.py" line="153"/>
        <source>Abusive-behaviour incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/outstanding_list.py" line="154"/>
        <source>Incident records are restricted: you can open the ones you reported or are named in; others show only their date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/outstanding_list.py" line="163"/>
        <source>An incident on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/outstanding_list.py" line="175"/>
        <source>No incidents recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="71"/>
        <source>Open linked complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="76"/>
        <source>Complete missing details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="80"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="100"/>
        <source>Restricted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="110"/>
        <source>Incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="111"/>
        <source>  (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="135"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="141"/>
        <source>%1 day(s) off work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="144"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="145"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="146"/>
        <source>Affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="147"/>
        <source>Witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="149"/>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="151"/>
        <source>Perceived to target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="153"/>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="155"/>
        <source>De-escalation tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="157"/>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="158"/>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="158"/>
        <source>attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="160"/>
        <source>Injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="161"/>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="220"/>
        <source>CCTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="161"/>
        <source>captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="161"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="163"/>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="164"/>
        <source>Welfare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="165"/>
        <source>support offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="166"/>
        <source>debrief %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="168"/>
        <source>follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="169"/>
        <source>Linked complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="170"/>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="185"/>
        <source>Still to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="190"/>
        <source>Original account, as recorded by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="195"/>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="195"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="196"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="196"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="202"/>
        <source>Updates (added later; nothing above is changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="205"/>
        <source>No updates yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="215"/>
        <source>Disclosure log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="218"/>
        <source>Nothing disclosed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="220"/>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="274"/>
        <source>Incident record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="233"/>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="245"/>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="246"/>
        <source>Add update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="236"/>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="253"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="239"/>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="257"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="242"/>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="255"/>
        <source>Crime reference number (if given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="243"/>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="244"/>
        <source>Close the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="265"/>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="280"/>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="281"/>
        <source>Record disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="268"/>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="288"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="272"/>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="288"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="273"/>
        <source>CCTV footage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="275"/>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="292"/>
        <source>To whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="276"/>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="292"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="279"/>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="296"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="315"/>
        <source>Update added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/incident_view.py" line="333"/>
        <source>Disclosure recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="79"/>
        <source>&amp;Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="80"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="84"/>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="90"/>
        <source>%1, version %2.
Guided complaint and incident records for the till. Works entirely offline; nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="95"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="135"/>
        <source>Cannot start a complaint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../desktop_app/ui/wizard/pages/options_page.py" line="37"/>
        <source>Our returns policy: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/pages/options_page.py" line="45"/>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/pages/options_page.py" line="45"/>
        <source>Cost (£)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/pages/options_page.py" line="45"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/pages/options_page.py" line="46"/>
        <source>Impact on the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/pages/options_page.py" line="57"/>
        <source>Add another option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/pages/options_page.py" line="98"/>
        <source>Supervisor or manager staff code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/pages/options_page.py" line="99"/>
        <source>Their staff code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/pages/options_page.py" line="102"/>
        <location filename="../../desktop_app/ui/wizard/pages/options_page.py" line="103"/>
        <source>Their PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/pages/options_page.py" line="105"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/pages/options_page.py" line="126"/>
        <source>Option %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/pages/options_page.py" line="144"/>
        <source>Choose the option you offer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/pages/options_page.py" line="166"/>
        <location filename="../../desktop_app/ui/wizard/pages/options_page.py" line="187"/>
        <source>Approved by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/pages/options_page.py" line="184"/>
        <source>%1&apos;s limit does not cover this amount either: it will be escalated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutstandingList</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/outstanding_list.py" line="99"/>
        <source>Incidents with actions outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/outstanding_list.py" line="111"/>
        <source>Incidents: actions outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/outstanding_list.py" line="112"/>
        <source>Open abusive-behaviour incidents that still need something from a manager. Rows in red are overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/outstanding_list.py" line="137"/>
        <source>Nothing outstanding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <location filename="../../desktop_app/ui/wizard/pages/questions_page.py" line="16"/>
        <source>Choose the category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/pages/questions_page.py" line="60"/>
        <source>Complaints in this category are always escalated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/pages/questions_page.py" line="64"/>
        <source>Ask, and note each answer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingEditor</name>
    <message>
        <location filename="../../desktop_app/ui/wizard/field_editors.py" line="151"/>
        <location filename="../../desktop_app/ui/wizard/field_editors.py" line="154"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/wizard/field_editors.py" line="155"/>
        <source>Score %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <location filename="../../desktop_app/ui/saved_screen.py" line="20"/>
        <source>Complaint saved. Give the customer this reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_screen.py" line="37"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_screen.py" line="47"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../desktop_app/ui/settings_screen.py" line="33"/>
        <source>Store settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_screen.py" line="46"/>
        <source>Complaint-handling model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_screen.py" line="48"/>
        <source>Staff may agree up to (£)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_screen.py" line="49"/>
        <source>A refund or goodwill amount above this needs a supervisor or manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_screen.py" line="51"/>
        <source>Supervisors may agree up to (£)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_screen.py" line="55"/>
        <source>The store is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_screen.py" line="59"/>
        <source>Returns policy shown to staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_screen.py" line="63"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_screen.py" line="64"/>
        <source>Lock the screen after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_screen.py" line="69"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_screen.py" line="69"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_screen.py" line="70"/>
        <source>How to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_screen.py" line="77"/>
        <source>Escalation contact %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_screen.py" line="81"/>
        <source>Escalation contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_screen.py" line="90"/>
        <source>Categories staff can choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_screen.py" line="95"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_screen.py" line="99"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_screen.py" line="140"/>
        <source>Not saved: please correct the fields marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_screen.py" line="146"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../desktop_app/ui/sign_in.py" line="24"/>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in.py" line="29"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in.py" line="38"/>
        <location filename="../../desktop_app/ui/sign_in.py" line="41"/>
        <source>Staff code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in.py" line="43"/>
        <location filename="../../desktop_app/ui/sign_in.py" line="46"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sign_in.py" line="51"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../desktop_app/ui/staff_screen.py" line="26"/>
        <location filename="../../desktop_app/ui/staff_screen.py" line="31"/>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/staff_screen.py" line="35"/>
        <source>Add a member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/staff_screen.py" line="40"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/staff_screen.py" line="41"/>
        <source>Staff code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/staff_screen.py" line="45"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/staff_screen.py" line="46"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/staff_screen.py" line="47"/>
        <source>4 to 8 digits (managers: 6 to 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/staff_screen.py" line="53"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/staff_screen.py" line="57"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/staff_screen.py" line="87"/>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ListBase</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/outstanding_list.py" line="63"/>
        <source>Open incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/outstanding_list.py" line="68"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
