<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CertificateVerbs</name>
    <message numerus="yes">
        <source>%1
    expires %2 (%n day(s) left), serial %3, issuer %4
</source>
        <translation>
            <numerusform>%1
    expires %2 (%n day left), serial %3, issuer %4
</numerusform>
            <numerusform>%1
    expires %2 (%n days left), serial %3, issuer %4
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeploymentJob</name>
    <message numerus="yes">
        <source>&quot;%1&quot; was stopped after %n second(s).</source>
        <translation>
            <numerusform>&quot;%1&quot; was stopped after %n second.</numerusform>
            <numerusform>&quot;%1&quot; was stopped after %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DnsChecksPage</name>
    <message numerus="yes">
        <source>Asking %n resolver(s) for %1 …</source>
        <translation>
            <numerusform>Asking %n resolver for %1 …</numerusform>
            <numerusform>Asking %n resolvers for %1 …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ %1 answered in %n ms.</source>
        <translation>
            <numerusform>✓ %1 answered in %n ms.</numerusform>
            <numerusform>✓ %1 answered in %n ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DnsLookupProblem</name>
    <message numerus="yes">
        <source>No answer from %1 for %2 after %n attempt(s).</source>
        <translation>
            <numerusform>No answer from %1 for %2 after %n attempt.</numerusform>
            <numerusform>No answer from %1 for %2 after %n attempts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DnsRecordsPage</name>
    <message numerus="yes">
        <source>Showing the records of %n selected endpoint(s).</source>
        <translation>
            <numerusform>Showing the records of %n selected endpoint.</numerusform>
            <numerusform>Showing the records of %n selected endpoints.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DnsReviewPanel</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;quest %n Certificate(s)</source>
        <translation>
            <numerusform>Re&amp;quest %n Certificate</numerusform>
            <numerusform>Re&amp;quest %n Certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The records of %n endpoint(s) cannot be listed.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;The records of %n endpoint cannot be listed.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;The records of %n endpoints cannot be listed.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n record(s) as text for your DNS provider&apos;s console.</source>
        <translation>
            <numerusform>Copied %n record as text for your DNS provider&apos;s console.</numerusform>
            <numerusform>Copied %n records as text for your DNS provider&apos;s console.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n record(s) to %1.</source>
        <translation>
            <numerusform>Saved %n record to %1.</numerusform>
            <numerusform>Saved %n records to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ordering %n certificate(s)…</source>
        <translation>
            <numerusform>Ordering %n certificate…</numerusform>
            <numerusform>Ordering %n certificates…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more still ordering…</source>
        <translation>
            <numerusform>%n more still ordering…</numerusform>
            <numerusform>%n more still ordering…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointActions</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ordering %n certificate(s)…</source>
        <translation>
            <numerusform>Ordering %n certificate…</numerusform>
            <numerusform>Ordering %n certificates…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n certificate(s) to %1.</source>
        <translation>
            <numerusform>Exported %n certificate to %1.</numerusform>
            <numerusform>Exported %n certificates to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n endpoint(s)?</source>
        <translation>
            <numerusform>Delete %n endpoint?</numerusform>
            <numerusform>Delete %n endpoints?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) deleted.</source>
        <translation>
            <numerusform>%n endpoint deleted.</numerusform>
            <numerusform>%n endpoints deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointDetailsPane</name>
    <message numerus="yes">
        <source>%n endpoint(s) selected. Renew, export or delete them together with the toolbar or the Endpoint menu.</source>
        <translation>
            <numerusform>%n endpoint selected. Renew, export or delete it with the toolbar or the Endpoint menu.</numerusform>
            <numerusform>%n endpoints selected. Renew, export or delete them together with the toolbar or the Endpoint menu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointListPage</name>
    <message numerus="yes">
        <source>%1 of %n endpoint(s)</source>
        <translation>
            <numerusform>%1 of %n endpoint</numerusform>
            <numerusform>%1 of %n endpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>CertDesk writes each endpoint&apos;s certificate, chain and private key into a folder of its own inside the folder you choose (%n endpoint(s)). The key files are readable only by you.</source>
        <translation>
            <numerusform>CertDesk writes each endpoint&apos;s certificate, chain and private key into a folder of its own inside the folder you choose (%n endpoint). The key files are readable only by you.</numerusform>
            <numerusform>CertDesk writes each endpoint&apos;s certificate, chain and private key into a folder of its own inside the folder you choose (%n endpoints). The key files are readable only by you.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n endpoint</numerusform>
            <numerusform>%n endpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordAdvice</name>
    <message numerus="yes">
        <source>Nothing to do but wait: the authoritative servers already serve the record, and a resolver may keep its old answer for up to %n second(s). CertDesk checks again by itself.</source>
        <translation>
            <numerusform>Nothing to do but wait: the authoritative servers already serve the record, and a resolver may keep its old answer for up to %n second. CertDesk checks again by itself.</numerusform>
            <numerusform>Nothing to do but wait: the authoritative servers already serve the record, and a resolver may keep its old answer for up to %n seconds. CertDesk checks again by itself.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordVerdict</name>
    <message numerus="yes">
        <source>The record is right at the authoritative servers; %1 still serves an old answer for up to %n second(s).</source>
        <translation>
            <numerusform>The record is right at the authoritative servers; %1 still serves an old answer for up to %n second.</numerusform>
            <numerusform>The record is right at the authoritative servers; %1 still serves an old answer for up to %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <source>in %Ln minute(s)</source>
        <translation>
            <numerusform>in %Ln minute</numerusform>
            <numerusform>in %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln minute ago</numerusform>
            <numerusform>%Ln minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln hour(s)</source>
        <translation>
            <numerusform>in %Ln hour</numerusform>
            <numerusform>in %Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln hour ago</numerusform>
            <numerusform>%Ln hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>in %Ln day</numerusform>
            <numerusform>in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequiredRecordFilterBar</name>
    <message numerus="yes">
        <source>%1 of %n record(s) shown</source>
        <translation>
            <numerusform>%1 of %n record shown</numerusform>
            <numerusform>%1 of %n records shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScriptProvider</name>
    <message numerus="yes">
        <source>%1 %2 ran longer than %n second(s) and was stopped.</source>
        <translation>
            <numerusform>%1 %2 ran longer than %n second and was stopped.</numerusform>
            <numerusform>%1 %2 ran longer than %n seconds and was stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message numerus="yes">
        <source>%n endpoint(s) failed</source>
        <translation>
            <numerusform>%n endpoint failed</numerusform>
            <numerusform>%n endpoints failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expiring</source>
        <translation>
            <numerusform>%n certificate expiring</numerusform>
            <numerusform>%n certificates expiring</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) about to expire</source>
        <translation>
            <numerusform>%n certificate about to expire</numerusform>
            <numerusform>%n certificates about to expire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renewal(s) failed</source>
        <translation>
            <numerusform>%n renewal failed</numerusform>
            <numerusform>%n renewals failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) need DNS changes</source>
        <translation>
            <numerusform>%n endpoint needs DNS changes</numerusform>
            <numerusform>%n endpoints need DNS changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DNS record(s) broke</source>
        <translation>
            <numerusform>%n DNS record broke</numerusform>
            <numerusform>%n DNS records broke</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TxtConfirmation</name>
    <message numerus="yes">
        <source>%1 was written, but after %n second(s) these servers still do not serve it: %2.</source>
        <translation>
            <numerusform>%1 was written, but after %n second these servers still do not serve it: %2.</numerusform>
            <numerusform>%1 was written, but after %n seconds these servers still do not serve it: %2.</numerusform>
        </translation>
    </message>
</context>
</TS>
