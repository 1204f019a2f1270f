<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActivityLog</name>
    <message>
        <location filename="../core/store/ActivityLog.cpp" line="15"/>
        <source>The activity log could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ActivityLog.cpp" line="17"/>
        <source>Check that the data folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ActivityLog.cpp" line="90"/>
        <source>The activity log could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="63"/>
        <location filename="../app/cli/CommandLine.cpp" line="210"/>
        <source>Use DIR as the profile: database and settings live there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="63"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="68"/>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="126"/>
        <source>--data-dir needs a folder, for example --data-dir ~/certdesk-test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="131"/>
        <source>-%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="137"/>
        <source>Unknown option %1. Run certdesk --help for the list of options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="159"/>
        <source>&quot;%1&quot; needs one of: %2. Run certdesk --help for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="162"/>
        <source>Unknown command &quot;%1&quot;. Run certdesk --help for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="166"/>
        <source>--headless cannot be combined with a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="197"/>
        <source>%1. Run certdesk %2 --help for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="206"/>
        <source>Managed HTTPS: certificates from any ACME CA, DNS delegation and a challenge hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="207"/>
        <source>Usage: certdesk [options] [command [arguments]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="208"/>
        <location filename="../app/cli/CommandLine.cpp" line="235"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="211"/>
        <source>Run the background worker without a window until stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="212"/>
        <source>Print machine-readable JSON (commands only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="213"/>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="214"/>
        <source>Print this help, or a command&apos;s help after the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="220"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="225"/>
        <source>Without a command, CertDesk opens its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="231"/>
        <source>Usage: certdesk %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointListPage</name>
    <message>
        <location filename="../ui/endpoints/EndpointListPage.cpp" line="26"/>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointListPage.cpp" line="36"/>
        <source>No endpoints yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointListPage.cpp" line="43"/>
        <source>An endpoint is a host name, or a few, served by one of your servers or load balancers. CertDesk obtains its certificate from your CA, renews it before it expires, and tells you exactly which DNS records to create.

Add your first endpoint to get started; internal names work too, through DNS delegation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointRepository</name>
    <message>
        <location filename="../core/endpoints/EndpointRepository.cpp" line="21"/>
        <source>The endpoint list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointTableModel</name>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="34"/>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="36"/>
        <source>Reach</source>
        <comment>internal or external endpoint</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="38"/>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="40"/>
        <source>Certificate expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="42"/>
        <source>Next renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="44"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="57"/>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="57"/>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="63"/>
        <source>No certificate yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoVerb</name>
    <message>
        <location filename="../app/cli/InfoVerb.cpp" line="19"/>
        <source>%1
Data folder:     %2
Database:        %3 (schema %4)
Profile id:      %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InfoVerb.cpp" line="47"/>
        <source>Show the profile&apos;s folder and database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="24"/>
        <source>CertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="40"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="41"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="44"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="48"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="49"/>
        <source>&amp;About CertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="51"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="58"/>
        <source>About CertDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="59"/>
        <source>&lt;h3&gt;CertDesk %1&lt;/h3&gt;&lt;p&gt;Managed HTTPS for administrators: certificates from any ACME CA, renewed in the background, with the DNS records to create checked live.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <source>No endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <source>%n endpoint(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../core/Profile.cpp" line="40"/>
        <source>No data folder was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Profile.cpp" line="42"/>
        <source>Pass a folder with --data-dir DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Profile.cpp" line="48"/>
        <source>The data folder cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Profile.cpp" line="49"/>
        <source>CertDesk could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Profile.cpp" line="51"/>
        <source>Check the permissions of its parent folder, or choose another with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="61"/>
        <source>CertDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaMigration</name>
    <message>
        <location filename="../core/store/SchemaMigration.cpp" line="15"/>
        <source>The database could not be upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/SchemaMigration.cpp" line="16"/>
        <source>Upgrading to schema version %1 failed; the database was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/SchemaMigration.cpp" line="20"/>
        <source>Report this to the CertDesk developers with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretRef</name>
    <message>
        <location filename="../core/secrets/SecretRef.cpp" line="58"/>
        <source>Invalid keychain reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretRef.cpp" line="59"/>
        <source>&quot;%1&quot; is not of the form certdesk/&lt;kind&gt;/&lt;id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="91"/>
        <source>A secret is missing from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="92"/>
        <source>The keychain has no entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="93"/>
        <source>Enter the credential again in CertDesk; it may have been deleted in the keychain&apos;s own tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="100"/>
        <source>The keychain refused access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="101"/>
        <source>Access to %1 was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="102"/>
        <source>Allow CertDesk to use the keychain when asked, or unlock it, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="114"/>
        <source>The keychain is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="115"/>
        <source>The keychain&apos;s default collection is locked, so %1 could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="116"/>
        <source>Unlock your login keyring (log in to the desktop, or unlock it in Passwords and Keys) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="125"/>
        <source>The keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="126"/>
        <source>Using %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="127"/>
        <source>Check that the keychain service is running and unlocked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="147"/>
        <source>Invalid keychain reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="148"/>
        <source>&quot;%1&quot; is not of the form certdesk/&lt;kind&gt;/&lt;id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../core/store/Store.cpp" line="112"/>
        <source>The CertDesk database cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="113"/>
        <source>%1 is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="114"/>
        <source>Check the file&apos;s permissions, or choose another data folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="145"/>
        <source>This is not a CertDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="146"/>
        <source>%1 is an SQLite database, but not one CertDesk created. It was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="148"/>
        <source>Point --data-dir at an empty folder or at a CertDesk profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="178"/>
        <source>This database was written by a newer CertDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="179"/>
        <source>%1 uses schema version %2; this CertDesk understands up to version %3. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="184"/>
        <source>Install the newer CertDesk again, or use another data folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="191"/>
        <source>The data folder cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="192"/>
        <source>CertDesk could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="193"/>
        <source>Check the permissions of its parent folder, or choose another with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="210"/>
        <location filename="../core/store/Store.cpp" line="223"/>
        <source>The CertDesk database cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="211"/>
        <source>SQLite could not open %1 for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="212"/>
        <source>Check that the folder is writable and not on a read-only medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="224"/>
        <source>SQLite refused to switch %1 to write-ahead logging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="225"/>
        <source>Check that the folder is writable and not on a network share.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../core/jobs/Worker.cpp" line="30"/>
        <source>The background worker cannot open the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/Worker.cpp" line="39"/>
        <source>Background worker started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/jobs/Worker.cpp" line="54"/>
        <source>Background worker stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
