<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountDialog</name>
    <message>
        <source>New CA Account</source>
        <translation>Neues CA-Konto</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Wird registriert…</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>External account binding</source>
        <translation>External Account Binding</translation>
    </message>
    <message>
        <source>I have read and &amp;accept the CA&apos;s terms of service</source>
        <translation>Ich habe die Nutzungsbedingungen der CA gelesen und &amp;akzeptiere sie</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>ACME directory URL</source>
        <translation>ACME-Verzeichnis-URL</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <source>Only for a private CA whose server certificate the system does not trust</source>
        <translation>Nur für private CAs, denen das System nicht vertraut</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation>admin@example.com</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>EAB key id</source>
        <translation>EAB-Schlüssel-ID</translation>
    </message>
    <message>
        <source>EAB HMAC key</source>
        <translation>EAB-HMAC-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;CA:</source>
        <translation>&amp;CA:</translation>
    </message>
    <message>
        <source>&amp;Directory URL:</source>
        <translation>&amp;Verzeichnis-URL:</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>CA-&amp;Bundle:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Key id:</source>
        <translation>&amp;Schlüssel-ID:</translation>
    </message>
    <message>
        <source>&amp;HMAC key:</source>
        <translation>&amp;HMAC-Schlüssel:</translation>
    </message>
    <message>
        <source>The CA&apos;s host name</source>
        <translation>Der Hostname der CA</translation>
    </message>
    <message>
        <source>The CA&apos;s terms of service appear here.</source>
        <translation>Hier erscheinen die Nutzungsbedingungen der CA.</translation>
    </message>
    <message>
        <source>CA Bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This CA only accepts accounts linked to an account on its website. Copy the key id and HMAC key from &lt;a href=&quot;%1&quot;&gt;its account page&lt;/a&gt;.</source>
        <translation>Diese CA akzeptiert nur Konten, die mit einem Konto auf ihrer Website verknüpft sind. Kopieren Sie die Schlüssel-ID und den HMAC-Schlüssel von &lt;a href=&quot;%1&quot;&gt;ihrer Kontoseite&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>This CA only accepts accounts linked to an account on its website. Copy the key id and HMAC key from there.</source>
        <translation>Diese CA akzeptiert nur Konten, die mit einem Konto auf ihrer Website verknüpft sind. Kopieren Sie die Schlüssel-ID und den HMAC-Schlüssel von dort.</translation>
    </message>
    <message>
        <source>Only if your CA asks for it.</source>
        <translation>Nur wenn Ihre CA es verlangt.</translation>
    </message>
    <message>
        <source>Enter the CA&apos;s ACME directory URL.</source>
        <translation>Geben Sie die ACME-Verzeichnis-URL der CA ein.</translation>
    </message>
    <message>
        <source>Asking %1 for its terms of service…</source>
        <translation>Nutzungsbedingungen werden bei %1 abgefragt…</translation>
    </message>
    <message>
        <source>The CA&apos;s terms of service: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Nutzungsbedingungen der CA: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The CA publishes no terms of service.</source>
        <translation>Die CA veröffentlicht keine Nutzungsbedingungen.</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Register a &amp;new account</source>
        <translation>Ein &amp;neues Konto registrieren</translation>
    </message>
    <message>
        <source>Your CA account</source>
        <translation>Ihr CA-Konto</translation>
    </message>
    <message>
        <source>Certificates are ordered with an account at an ACME certificate authority. Its key stays in your system&apos;s keychain.</source>
        <translation>Zertifikate werden über ein Konto bei einer ACME-Zertifizierungsstelle angefordert. Sein Schlüssel bleibt im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>Use the account &amp;%1 at %2</source>
        <translation>Das Konto &amp;%1 bei %2 verwenden</translation>
    </message>
    <message>
        <source>Registering with the CA…</source>
        <translation>Registrierung bei der CA…</translation>
    </message>
    <message>
        <source>Account registered at %1.</source>
        <translation>Konto bei %1 registriert.</translation>
    </message>
</context>
<context>
    <name>AccountRegistration</name>
    <message>
        <source>&quot;%1&quot; is not an ACME directory URL.</source>
        <translation>„%1“ ist keine ACME-Verzeichnis-URL.</translation>
    </message>
    <message>
        <source>Use the https:// URL of the CA&apos;s directory, for example https://acme-v02.api.letsencrypt.org/directory.</source>
        <translation>Verwenden Sie die https://-URL des Verzeichnisses der CA, zum Beispiel https://acme-v02.api.letsencrypt.org/directory.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The CA writes to this address about expiring certificates and policy changes.</source>
        <translation>An diese Adresse schreibt die CA zu ablaufenden Zertifikaten und Richtlinienänderungen.</translation>
    </message>
    <message>
        <source>The CA&apos;s terms of service must be accepted.</source>
        <translation>Die Nutzungsbedingungen der CA müssen akzeptiert werden.</translation>
    </message>
    <message>
        <source>Read them, then accept them (on the command line: --agree-tos).</source>
        <translation>Lesen Sie sie und akzeptieren Sie sie dann (auf der Kommandozeile: --agree-tos).</translation>
    </message>
    <message>
        <source>External account binding needs both a key id and an HMAC key.</source>
        <translation>External Account Binding erfordert sowohl eine Schlüssel-ID als auch einen HMAC-Schlüssel.</translation>
    </message>
    <message>
        <source>Both are shown together on the CA&apos;s account page.</source>
        <translation>Beide stehen zusammen auf der Kontoseite der CA.</translation>
    </message>
    <message>
        <source>The EAB HMAC key is not base64url.</source>
        <translation>Der EAB-HMAC-Schlüssel ist nicht im base64url-Format.</translation>
    </message>
    <message>
        <source>Copy it again exactly as the CA shows it, without spaces or quotes.</source>
        <translation>Kopieren Sie ihn erneut genau so, wie die CA ihn anzeigt, ohne Leerzeichen oder Anführungszeichen.</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be read: %2</source>
        <translation>Das CA-Bundle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Give the path of a PEM file with the certificate(s) the CA&apos;s server uses.</source>
        <translation>Geben Sie den Pfad einer PEM-Datei mit den Zertifikaten an, die der Server der CA verwendet.</translation>
    </message>
    <message>
        <source>This CA requires external account binding.</source>
        <translation>Diese CA verlangt External Account Binding.</translation>
    </message>
    <message>
        <source>%1 only accepts accounts linked to an account on its website.</source>
        <translation>%1 akzeptiert nur Konten, die mit einem Konto auf der eigenen Website verknüpft sind.</translation>
    </message>
    <message>
        <source>Copy the EAB key id and HMAC key from the CA&apos;s account page and add them (--eab-kid and --eab-hmac-file).</source>
        <translation>Kopieren Sie die EAB-Schlüssel-ID und den HMAC-Schlüssel von der Kontoseite der CA und geben Sie beide an (--eab-kid und --eab-hmac-file).</translation>
    </message>
    <message>
        <source>CA account &quot;%1&quot; registered.</source>
        <translation>CA-Konto „%1“ registriert.</translation>
    </message>
</context>
<context>
    <name>AccountVerbs</name>
    <message>
        <source>The secret file cannot be read.</source>
        <translation>Die Datei mit dem Geheimnis kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>account add needs --directory URL (the CA&apos;s ACME directory).</source>
        <translation>account add benötigt --directory URL (das ACME-Verzeichnis der CA).</translation>
    </message>
    <message>
        <source>Account %1 registered at %2 (id %3).</source>
        <translation>Konto %1 bei %2 registriert (ID %3).</translation>
    </message>
    <message>
        <source>No CA accounts yet.</source>
        <translation>Noch keine CA-Konten.</translation>
    </message>
    <message>
        <source>Register an account at an ACME CA.</source>
        <translation>Ein Konto bei einer ACME-CA registrieren.</translation>
    </message>
    <message>
        <source>The CA&apos;s ACME directory URL.</source>
        <translation>Die ACME-Verzeichnis-URL der CA.</translation>
    </message>
    <message>
        <source>Contact address for the CA.</source>
        <translation>Kontaktadresse für die CA.</translation>
    </message>
    <message>
        <source>Accept the CA&apos;s terms of service.</source>
        <translation>Die Nutzungsbedingungen der CA akzeptieren.</translation>
    </message>
    <message>
        <source>A name for the account.</source>
        <translation>Ein Name für das Konto.</translation>
    </message>
    <message>
        <source>PEM file with the root(s) this CA&apos;s server chains to, trusted instead of the system&apos;s (private CAs).</source>
        <translation>PEM-Datei mit den Stammzertifikaten des CA-Servers, denen statt denen des Systems vertraut wird (private CAs).</translation>
    </message>
    <message>
        <source>External account binding key id.</source>
        <translation>Schlüssel-ID für External Account Binding.</translation>
    </message>
    <message>
        <source>File holding the EAB HMAC key (- for standard input).</source>
        <translation>Datei mit dem EAB-HMAC-Schlüssel (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>List the CA accounts.</source>
        <translation>Die CA-Konten auflisten.</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>CA accounts</source>
        <translation>CA-Konten</translation>
    </message>
    <message>
        <source>Certificates are ordered with an account at an ACME CA. Endpoints use the default account (the newest one) unless their settings name another. Account keys are kept in the system keychain.</source>
        <translation>Zertifikate werden über ein Konto bei einer ACME-CA angefordert. Endpunkte verwenden das Standardkonto (das neueste), sofern ihre Einstellungen kein anderes nennen. Kontoschlüssel werden im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Konto hinzu&amp;fügen…</translation>
    </message>
    <message>
        <source>Account registered at %1.</source>
        <translation>Konto bei %1 registriert.</translation>
    </message>
</context>
<context>
    <name>AcmeClient</name>
    <message>
        <source>No ACME account key is set</source>
        <translation>Kein ACME-Kontoschlüssel festgelegt</translation>
    </message>
    <message>
        <source>Create or import an account for this CA first.</source>
        <translation>Legen Sie zuerst ein Konto für diese CA an oder importieren Sie eines.</translation>
    </message>
    <message>
        <source>The ACME account is not registered yet</source>
        <translation>Das ACME-Konto ist noch nicht registriert</translation>
    </message>
    <message>
        <source>Register the account with the CA first.</source>
        <translation>Registrieren Sie das Konto zuerst bei der CA.</translation>
    </message>
    <message>
        <source>The CA did not return the account address</source>
        <translation>Die CA hat die Kontoadresse nicht zurückgegeben</translation>
    </message>
    <message>
        <source>The CA does not follow RFC 8555; contact its support.</source>
        <translation>Die CA hält sich nicht an RFC 8555; wenden Sie sich an ihren Support.</translation>
    </message>
    <message>
        <source>This CA does not support changing the account key</source>
        <translation>Diese CA unterstützt keinen Wechsel des Kontoschlüssels</translation>
    </message>
    <message>
        <source>Create a new account with the new key instead.</source>
        <translation>Legen Sie stattdessen ein neues Konto mit dem neuen Schlüssel an.</translation>
    </message>
    <message>
        <source>Requested names: %1</source>
        <translation>Angeforderte Namen: %1</translation>
    </message>
    <message>
        <source>The CA marked the order as failed</source>
        <translation>Die CA hat den Auftrag als fehlgeschlagen markiert</translation>
    </message>
    <message>
        <source>Check the validation details and start a new order.</source>
        <translation>Prüfen Sie die Details der Validierung und starten Sie einen neuen Auftrag.</translation>
    </message>
    <message>
        <source>The CA did not validate %1</source>
        <translation>Die CA hat %1 nicht validiert</translation>
    </message>
    <message>
        <source>The authorization is %1.</source>
        <translation>Die Autorisierung hat den Status „%1“.</translation>
    </message>
    <message>
        <source>Check the challenge response and start a new order.</source>
        <translation>Prüfen Sie die Antwort auf die Challenge und starten Sie einen neuen Auftrag.</translation>
    </message>
    <message>
        <source>The CA did not finish in time</source>
        <translation>Die CA ist nicht rechtzeitig fertig geworden</translation>
    </message>
    <message>
        <source>%1 was still “%2” when CertDesk stopped waiting.</source>
        <translation>%1 hatte noch den Status „%2“, als CertDesk das Warten beendet hat.</translation>
    </message>
    <message>
        <source>The order will be resumed on the next attempt.</source>
        <translation>Der Auftrag wird beim nächsten Versuch fortgesetzt.</translation>
    </message>
    <message>
        <source>The CA did not issue the certificate</source>
        <translation>Die CA hat das Zertifikat nicht ausgestellt</translation>
    </message>
    <message>
        <source>The order is %1.</source>
        <translation>Der Auftrag hat den Status „%1“.</translation>
    </message>
    <message>
        <source>Start a new order.</source>
        <translation>Starten Sie einen neuen Auftrag.</translation>
    </message>
    <message>
        <source>This CA does not offer renewal information</source>
        <translation>Diese CA bietet keine Erneuerungsinformationen an</translation>
    </message>
    <message>
        <source>Renewal follows the certificate&apos;s lifetime instead.</source>
        <translation>Die Erneuerung richtet sich stattdessen nach der Laufzeit des Zertifikats.</translation>
    </message>
    <message>
        <source>The CA&apos;s renewal information is invalid</source>
        <translation>Die Erneuerungsinformationen der CA sind ungültig</translation>
    </message>
</context>
<context>
    <name>AcmeClientPool</name>
    <message>
        <source>The CA bundle of account &quot;%1&quot; cannot be read.</source>
        <translation>Das CA-Bundle des Kontos „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Restore the file or change the account&apos;s CA bundle.</source>
        <translation>Stellen Sie die Datei wieder her oder ändern Sie das CA-Bundle des Kontos.</translation>
    </message>
    <message>
        <source>The CA no longer knew CertDesk&apos;s account; it was registered again with the same key.</source>
        <translation>Die CA kannte das Konto von CertDesk nicht mehr; es wurde mit demselben Schlüssel neu registriert.</translation>
    </message>
</context>
<context>
    <name>AcmeDirectory</name>
    <message>
        <source>The address is not an ACME directory</source>
        <translation>Die Adresse ist kein ACME-Verzeichnis</translation>
    </message>
    <message>
        <source>Check the directory URL; it is usually shown in the CA&apos;s documentation and ends in /directory.</source>
        <translation>Prüfen Sie die Verzeichnis-URL; sie steht meist in der Dokumentation der CA und endet auf /directory.</translation>
    </message>
    <message>
        <source>%1 did not answer with a JSON object.</source>
        <translation>%1 hat nicht mit einem JSON-Objekt geantwortet.</translation>
    </message>
    <message>
        <source>The directory at %1 lacks %2.</source>
        <translation>Im Verzeichnis unter %1 fehlt %2.</translation>
    </message>
</context>
<context>
    <name>AcmeDnsAccounts</name>
    <message>
        <source>acme-dns accounts could not be read or saved.</source>
        <translation>acme-dns-Konten konnten nicht gelesen oder gespeichert werden.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable.</source>
        <translation>Prüfen Sie, ob der Datenordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>AcmeDnsProvider</name>
    <message>
        <source>The acme-dns server</source>
        <translation>Der acme-dns-Server</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>The acme-dns API, e.g. https://auth.acme-dns.example.com.</source>
        <translation>Die acme-dns-API, z. B. https://auth.acme-dns.example.com.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The “username” the server returned at registration.</source>
        <translation>Der „username“, den der Server bei der Registrierung zurückgegeben hat.</translation>
    </message>
    <message>
        <source>The user name has characters acme-dns never uses.</source>
        <translation>Der Benutzername enthält Zeichen, die acme-dns nie verwendet.</translation>
    </message>
    <message>
        <source>Subdomain</source>
        <translation>Subdomain</translation>
    </message>
    <message>
        <source>The “subdomain” the server returned at registration.</source>
        <translation>Die „subdomain“, die der Server bei der Registrierung zurückgegeben hat.</translation>
    </message>
    <message>
        <source>The subdomain must be one DNS label.</source>
        <translation>Die Subdomain muss aus genau einem DNS-Label bestehen.</translation>
    </message>
    <message>
        <source>Full domain</source>
        <translation>Vollständige Domain</translation>
    </message>
    <message>
        <source>The “fulldomain” from the registration: where the TXT values are published.</source>
        <translation>Die „fulldomain“ aus der Registrierung: Dort werden die TXT-Werte veröffentlicht.</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <source>A PEM file with the CA that signed the server&apos;s certificate, if it is a private CA.</source>
        <translation>Eine PEM-Datei mit der CA, die das Zertifikat des Servers signiert hat, falls es eine private CA ist.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The “password” the server returned at registration (sent as X-Api-Key).</source>
        <translation>Das „password“, das der Server bei der Registrierung zurückgegeben hat (wird als X-Api-Key gesendet).</translation>
    </message>
    <message>
        <source>acme-dns</source>
        <translation>acme-dns</translation>
    </message>
    <message>
        <source>An account on an acme-dns server: one name, two rolling TXT values.</source>
        <translation>Ein Konto auf einem acme-dns-Server: ein Name, zwei rotierende TXT-Werte.</translation>
    </message>
    <message>
        <source>This acme-dns account cannot publish at that name.</source>
        <translation>Dieses acme-dns-Konto kann unter diesem Namen nicht veröffentlichen.</translation>
    </message>
    <message>
        <source>The account publishes only at %1, not at %2.</source>
        <translation>Das Konto veröffentlicht nur unter %1, nicht unter %2.</translation>
    </message>
    <message>
        <source>Point the name&apos;s _acme-challenge record at %1 with a CNAME.</source>
        <translation>Lassen Sie den _acme-challenge-Eintrag des Namens per CNAME auf %1 zeigen.</translation>
    </message>
    <message>
        <source>acme-dns at %1 is up; it publishes at %2. The password is checked by the first update.</source>
        <translation>acme-dns unter %1 ist erreichbar und veröffentlicht unter %2. Das Passwort wird bei der ersten Aktualisierung geprüft.</translation>
    </message>
</context>
<context>
    <name>AcmeProblem</name>
    <message>
        <source>The CA does not know this account</source>
        <translation>Die CA kennt dieses Konto nicht</translation>
    </message>
    <message>
        <source>Register a new account, or import the key of the account you used before.</source>
        <translation>Registrieren Sie ein neues Konto oder importieren Sie den Schlüssel des bisher verwendeten Kontos.</translation>
    </message>
    <message>
        <source>This certificate was already replaced</source>
        <translation>Dieses Zertifikat wurde bereits ersetzt</translation>
    </message>
    <message>
        <source>Another order already renews it; check the endpoint&apos;s other orders.</source>
        <translation>Ein anderer Auftrag erneuert es bereits; prüfen Sie die übrigen Aufträge des Endpunkts.</translation>
    </message>
    <message>
        <source>The certificate is already revoked</source>
        <translation>Das Zertifikat ist bereits widerrufen</translation>
    </message>
    <message>
        <source>Nothing more to do.</source>
        <translation>Es ist nichts weiter zu tun.</translation>
    </message>
    <message>
        <source>The CA rejected the certificate request</source>
        <translation>Die CA hat die Zertifikatsanforderung abgelehnt</translation>
    </message>
    <message>
        <source>Check the key type and names the CA allows; a new key may help.</source>
        <translation>Prüfen Sie, welche Schlüsseltypen und Namen die CA zulässt; ein neuer Schlüssel kann helfen.</translation>
    </message>
    <message>
        <source>The CA rejected a request as a possible replay</source>
        <translation>Die CA hat eine Anfrage als mögliche Wiederholung (Replay) abgelehnt</translation>
    </message>
    <message>
        <source>This usually resolves itself; try again.</source>
        <translation>Das erledigt sich meist von selbst; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The CA does not accept this key</source>
        <translation>Die CA akzeptiert diesen Schlüssel nicht</translation>
    </message>
    <message>
        <source>Use an EC P-256 or RSA 2048 key instead.</source>
        <translation>Verwenden Sie stattdessen einen EC-P-256- oder RSA-2048-Schlüssel.</translation>
    </message>
    <message>
        <source>The CA does not accept this revocation reason</source>
        <translation>Die CA akzeptiert diesen Widerrufsgrund nicht</translation>
    </message>
    <message>
        <source>Choose another reason.</source>
        <translation>Wählen Sie einen anderen Grund.</translation>
    </message>
    <message>
        <source>The CA does not accept this account key&apos;s signature algorithm</source>
        <translation>Die CA akzeptiert den Signaturalgorithmus dieses Kontoschlüssels nicht</translation>
    </message>
    <message>
        <source>Create an account with an EC P-256 key.</source>
        <translation>Legen Sie ein Konto mit einem EC-P-256-Schlüssel an.</translation>
    </message>
    <message>
        <source>A CAA record forbids this CA from issuing for the name</source>
        <translation>Ein CAA-Eintrag verbietet dieser CA, für den Namen auszustellen</translation>
    </message>
    <message>
        <source>Add a CAA record that allows this CA, or remove the restricting one.</source>
        <translation>Fügen Sie einen CAA-Eintrag hinzu, der diese CA erlaubt, oder entfernen Sie den einschränkenden.</translation>
    </message>
    <message>
        <source>The CA reported several problems</source>
        <translation>Die CA hat mehrere Probleme gemeldet</translation>
    </message>
    <message>
        <source>Fix each problem listed.</source>
        <translation>Beheben Sie jedes aufgeführte Problem.</translation>
    </message>
    <message>
        <source>The CA could not connect to the server to validate</source>
        <translation>Die CA konnte für die Validierung keine Verbindung zum Server herstellen</translation>
    </message>
    <message>
        <source>Make sure the name points at the endpoint and port 80 is reachable from the internet, or use DNS validation.</source>
        <translation>Stellen Sie sicher, dass der Name auf den Endpunkt zeigt und Port 80 aus dem Internet erreichbar ist, oder verwenden Sie die DNS-Validierung.</translation>
    </message>
    <message>
        <source>The CA&apos;s DNS lookup failed</source>
        <translation>Die DNS-Abfrage der CA ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Check that the zone&apos;s name servers answer and the records exist.</source>
        <translation>Prüfen Sie, ob die Nameserver der Zone antworten und die Einträge existieren.</translation>
    </message>
    <message>
        <source>This CA requires external account binding</source>
        <translation>Diese CA verlangt External Account Binding</translation>
    </message>
    <message>
        <source>Enter the key ID and MAC key from the CA&apos;s account page in the account settings.</source>
        <translation>Tragen Sie die Schlüssel-ID und den MAC-Schlüssel von der Kontoseite der CA in den Kontoeinstellungen ein.</translation>
    </message>
    <message>
        <source>The CA found a wrong challenge response</source>
        <translation>Die CA hat eine falsche Antwort auf die Challenge erhalten</translation>
    </message>
    <message>
        <source>Check the record or file the CA read; another client may be answering for this name.</source>
        <translation>Prüfen Sie den Eintrag oder die Datei, die die CA gelesen hat; möglicherweise antwortet ein anderer Client für diesen Namen.</translation>
    </message>
    <message>
        <source>The CA rejected the contact address</source>
        <translation>Die CA hat die Kontaktadresse abgelehnt</translation>
    </message>
    <message>
        <source>Use a valid e-mail address.</source>
        <translation>Verwenden Sie eine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The CA does not offer this certificate profile</source>
        <translation>Die CA bietet dieses Zertifikatsprofil nicht an</translation>
    </message>
    <message>
        <source>Choose one of the profiles the CA lists.</source>
        <translation>Wählen Sie eines der Profile, die die CA anbietet.</translation>
    </message>
    <message>
        <source>The CA rejected the request as malformed</source>
        <translation>Die CA hat die Anfrage als fehlerhaft abgelehnt</translation>
    </message>
    <message>
        <source>This may be a CertDesk bug or a CA incompatibility; see the details.</source>
        <translation>Das kann ein Fehler in CertDesk oder eine Inkompatibilität der CA sein; siehe Details.</translation>
    </message>
    <message>
        <source>The order is not ready to be finalised</source>
        <translation>Der Auftrag ist noch nicht bereit zum Abschluss</translation>
    </message>
    <message>
        <source>All names must be validated first; the order will be retried.</source>
        <translation>Zuerst müssen alle Namen validiert sein; der Auftrag wird erneut versucht.</translation>
    </message>
    <message>
        <source>The CA&apos;s rate limit was reached</source>
        <translation>Das Ratenlimit der CA wurde erreicht</translation>
    </message>
    <message>
        <source>CertDesk will retry after the time the CA asks for; avoid requesting the same names repeatedly.</source>
        <translation>CertDesk versucht es nach der von der CA verlangten Wartezeit erneut; vermeiden Sie es, dieselben Namen wiederholt anzufordern.</translation>
    </message>
    <message>
        <source>The CA will not issue for this name</source>
        <translation>Die CA stellt für diesen Namen nicht aus</translation>
    </message>
    <message>
        <source>The CA&apos;s policy forbids the name; check its spelling or use another CA.</source>
        <translation>Die Richtlinie der CA verbietet den Namen; prüfen Sie die Schreibweise oder verwenden Sie eine andere CA.</translation>
    </message>
    <message>
        <source>The CA had an internal error</source>
        <translation>Bei der CA ist ein interner Fehler aufgetreten</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The CA&apos;s TLS connection to the server failed during validation</source>
        <translation>Die TLS-Verbindung der CA zum Server ist bei der Validierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Check the server&apos;s TLS configuration.</source>
        <translation>Prüfen Sie die TLS-Konfiguration des Servers.</translation>
    </message>
    <message>
        <source>The CA refused: not authorised</source>
        <translation>Die CA hat abgelehnt: nicht autorisiert</translation>
    </message>
    <message>
        <source>Validation failed or the account may not do this; see the details.</source>
        <translation>Die Validierung ist fehlgeschlagen oder das Konto darf dies nicht; siehe Details.</translation>
    </message>
    <message>
        <source>The CA does not support this kind of name</source>
        <translation>Die CA unterstützt diese Art von Namen nicht</translation>
    </message>
    <message>
        <source>Use DNS names only.</source>
        <translation>Verwenden Sie nur DNS-Namen.</translation>
    </message>
    <message>
        <source>The CA requires an action on its website</source>
        <translation>Die CA verlangt eine Aktion auf ihrer Website</translation>
    </message>
    <message>
        <source>Visit the CA&apos;s website (for example to accept new terms), then try again.</source>
        <translation>Besuchen Sie die Website der CA (zum Beispiel, um neue Bedingungen zu akzeptieren), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The CA reported an error</source>
        <translation>Die CA hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>See the details.</source>
        <translation>Siehe Details.</translation>
    </message>
</context>
<context>
    <name>AcmeTransport</name>
    <message>
        <source>The CA did not answer in time</source>
        <translation>Die CA hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>%1 did not respond.</source>
        <translation>%1 hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Check the network connection and the CA&apos;s status page, then try again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Statusseite der CA, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The CA&apos;s certificate is not trusted</source>
        <translation>Dem Zertifikat der CA wird nicht vertraut</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>For a private CA, add its root certificate (PEM) to the CA settings. Otherwise check the system clock and any TLS-inspecting proxy.</source>
        <translation>Fügen Sie bei einer privaten CA deren Stammzertifikat (PEM) in den CA-Einstellungen hinzu. Prüfen Sie andernfalls die Systemuhr und etwaige Proxys, die TLS untersuchen.</translation>
    </message>
    <message>
        <source>Cannot reach the CA</source>
        <translation>Die CA ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Connecting to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Check the directory URL, the network connection and any proxy or firewall.</source>
        <translation>Prüfen Sie die Verzeichnis-URL, die Netzwerkverbindung sowie etwaige Proxys oder Firewalls.</translation>
    </message>
    <message>
        <source>The CA certificate bundle cannot be read</source>
        <translation>Das CA-Zertifikatsbundle kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>No PEM certificate was found in it.</source>
        <translation>Darin wurde kein PEM-Zertifikat gefunden.</translation>
    </message>
    <message>
        <source>Paste the CA&apos;s root certificate in PEM form (-----BEGIN CERTIFICATE-----).</source>
        <translation>Fügen Sie das Stammzertifikat der CA im PEM-Format ein (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>The CA address must use HTTPS</source>
        <translation>Die Adresse der CA muss HTTPS verwenden</translation>
    </message>
    <message>
        <source>“%1” is not an https:// URL.</source>
        <translation>„%1“ ist keine https://-URL.</translation>
    </message>
    <message>
        <source>Use the https:// directory URL the CA publishes.</source>
        <translation>Verwenden Sie die https://-Verzeichnis-URL, die die CA veröffentlicht.</translation>
    </message>
    <message>
        <source>The network connection was shut down</source>
        <translation>Die Netzwerkverbindung wurde beendet</translation>
    </message>
    <message>
        <source>Restart CertDesk if this happens again.</source>
        <translation>Starten Sie CertDesk neu, falls das erneut passiert.</translation>
    </message>
    <message>
        <source>The CA accepts new requests after %1 (UTC).</source>
        <translation>Die CA nimmt ab %1 (UTC) wieder Anfragen an.</translation>
    </message>
    <message>
        <source>The CA answered with an unexpected error</source>
        <translation>Die CA hat mit einem unerwarteten Fehler geantwortet</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 hat mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <source>The CA may be down; try again later.</source>
        <translation>Die CA ist möglicherweise ausgefallen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Check the directory URL.</source>
        <translation>Prüfen Sie die Verzeichnis-URL.</translation>
    </message>
    <message>
        <source>The CA did not provide a request nonce</source>
        <translation>Die CA hat keine Nonce für die Anfrage geliefert</translation>
    </message>
    <message>
        <source>%1 answered without a Replay-Nonce header.</source>
        <translation>%1 hat ohne Replay-Nonce-Header geantwortet.</translation>
    </message>
    <message>
        <source>Check that the directory URL belongs to an ACME server.</source>
        <translation>Prüfen Sie, ob die Verzeichnis-URL zu einem ACME-Server gehört.</translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <source>The activity log could not be written.</source>
        <translation>Das Aktivitätsprotokoll konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable.</source>
        <translation>Prüfen Sie, ob der Datenordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>The activity log could not be read.</source>
        <translation>Das Aktivitätsprotokoll konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ActivityLogModel</name>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Deleted endpoint</source>
        <translation>Gelöschter Endpunkt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>message — detail</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ActivityLogPage</name>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Alle Endpunkte</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Information and above</source>
        <translation>Information und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Search the activity log</source>
        <translation>Aktivitätsprotokoll durchsuchen</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Meldungen durchsuchen</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>End&amp;punkt:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
</context>
<context>
    <name>AlertRelay</name>
    <message>
        <source>Its renewal failed; CertDesk keeps trying.</source>
        <translation>Die Erneuerung ist fehlgeschlagen; CertDesk versucht es weiter.</translation>
    </message>
    <message>
        <source>It has not been renewed yet.</source>
        <translation>Es wurde noch nicht erneuert.</translation>
    </message>
</context>
<context>
    <name>ApiTokenStore</name>
    <message>
        <source>API tokens could not be read or saved.</source>
        <translation>API-Tokens konnten nicht gelesen oder gespeichert werden.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable and not full.</source>
        <translation>Prüfen Sie, ob der Datenordner beschreibbar und nicht voll ist.</translation>
    </message>
    <message>
        <source>The API token does not exist.</source>
        <translation>Das API-Token existiert nicht.</translation>
    </message>
    <message>
        <source>No token has the client id %1.</source>
        <translation>Kein Token hat die Client-ID %1.</translation>
    </message>
    <message>
        <source>Reload the token list; it may have been deleted.</source>
        <translation>Laden Sie die Token-Liste neu; das Token wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>The hub&apos;s token key in the keychain is damaged.</source>
        <translation>Der Token-Schlüssel des Hubs im Schlüsselbund ist beschädigt.</translation>
    </message>
    <message>
        <source>The entry %1 does not hold a 256-bit key.</source>
        <translation>Der Eintrag %1 enthält keinen 256-Bit-Schlüssel.</translation>
    </message>
    <message>
        <source>Delete that entry in the keychain&apos;s own tool and issue new API tokens; the existing ones cannot be checked without it.</source>
        <translation>Löschen Sie diesen Eintrag mit dem Verwaltungsprogramm des Schlüsselbunds und stellen Sie neue API-Tokens aus; die vorhandenen lassen sich ohne ihn nicht prüfen.</translation>
    </message>
    <message>
        <source>API tokens cannot be issued yet.</source>
        <translation>API-Tokens können noch nicht ausgestellt werden.</translation>
    </message>
    <message>
        <source>The hub&apos;s token key has not been read from the keychain.</source>
        <translation>Der Token-Schlüssel des Hubs wurde noch nicht aus dem Schlüsselbund gelesen.</translation>
    </message>
    <message>
        <source>Unlock the keychain and try again.</source>
        <translation>Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>An API token needs a consumer name.</source>
        <translation>Ein API-Token braucht den Namen seines Nutzers.</translation>
    </message>
    <message>
        <source>Name the machine or application that will use it, like &quot;build-01&quot;.</source>
        <translation>Nennen Sie den Rechner oder die Anwendung, die es verwenden wird, etwa „build-01“.</translation>
    </message>
    <message>
        <source>The token&apos;s name rule has entries that are not hostnames.</source>
        <translation>Die Namensregel des Tokens enthält Einträge, die keine Hostnamen sind.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>Use names like example.com or *.example.com, separated by semicolons.</source>
        <translation>Verwenden Sie Namen wie example.com oder *.example.com, getrennt durch Semikolons.</translation>
    </message>
</context>
<context>
    <name>ApiTokenTableModel</name>
    <message>
        <source>Managed challenge consumer</source>
        <translation>Nutzer verwalteter Challenges</translation>
    </message>
    <message>
        <source>Certificate consumer</source>
        <translation>Zertifikatsnutzer</translation>
    </message>
    <message>
        <source>challenge %1 (removed)</source>
        <translation>Challenge %1 (entfernt)</translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>mit Tag %1</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>nur %1</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Widerrufen am %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Client id %1</source>
        <translation>Client-ID %1</translation>
    </message>
</context>
<context>
    <name>ApiTokensPage</name>
    <message>
        <source>Client &amp;Setup…</source>
        <translation>&amp;Client-Einrichtung…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>API-Tokens</translation>
    </message>
    <message>
        <source>A token lets one machine or application ask the hub to publish its _acme-challenge records, only through the managed challenges it is given and only for the names they serve. Its secret is shown once, when it is made.</source>
        <translation>Mit einem Token kann ein Rechner oder eine Anwendung den Hub bitten, seine _acme-challenge-Einträge zu veröffentlichen – nur über die verwalteten Challenges, die ihm zugewiesen sind, und nur für die Namen, die diese bedienen. Sein Secret wird einmalig angezeigt, wenn es erstellt wird.</translation>
    </message>
    <message>
        <source>&amp;New Token…</source>
        <translation>&amp;Neues Token…</translation>
    </message>
    <message>
        <source>The selected token&apos;s client configuration, without its secret</source>
        <translation>Die Client-Konfiguration des ausgewählten Tokens, ohne sein Secret</translation>
    </message>
    <message>
        <source>API token for %1 created.</source>
        <translation>API-Token für %1 erstellt.</translation>
    </message>
    <message>
        <source>Revoke API Token</source>
        <translation>API-Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke the API token of %1?</source>
        <translation>Das API-Token von %1 widerrufen?</translation>
    </message>
    <message>
        <source>The hub refuses it from now on; this cannot be undone. Client id %1.</source>
        <translation>Der Hub weist es ab sofort ab; das lässt sich nicht rückgängig machen. Client-ID %1.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>API token of %1 revoked.</source>
        <translation>API-Token von %1 widerrufen.</translation>
    </message>
</context>
<context>
    <name>Base64Url</name>
    <message>
        <source>Invalid base64url data</source>
        <translation>Ungültige base64url-Daten</translation>
    </message>
    <message>
        <source>The text is not unpadded base64url (RFC 4648 §5).</source>
        <translation>Der Text ist kein base64url ohne Auffüllzeichen (RFC 4648 §5).</translation>
    </message>
    <message>
        <source>Check that the value was copied completely.</source>
        <translation>Prüfen Sie, ob der Wert vollständig kopiert wurde.</translation>
    </message>
</context>
<context>
    <name>CaAccountRepository</name>
    <message>
        <source>The CA accounts could not be read or saved.</source>
        <translation>Die CA-Konten konnten nicht gelesen oder gespeichert werden.</translation>
    </message>
    <message>
        <source>No CA account is set up yet.</source>
        <translation>Es ist noch kein CA-Konto eingerichtet.</translation>
    </message>
    <message>
        <source>Add one with: certdesk account add --directory URL --email ADDRESS --agree-tos</source>
        <translation>Legen Sie eines an mit: certdesk account add --directory URL --email ADDRESS --agree-tos</translation>
    </message>
    <message>
        <source>This account already exists.</source>
        <translation>Dieses Konto existiert bereits.</translation>
    </message>
    <message>
        <source>CertDesk already has an account for %1 at %2.</source>
        <translation>CertDesk hat bereits ein Konto für %1 bei %2.</translation>
    </message>
    <message>
        <source>There is no CA account %1.</source>
        <translation>Es gibt kein CA-Konto %1.</translation>
    </message>
</context>
<context>
    <name>CaAccountTableModel</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>CA directory</source>
        <translation>CA-Verzeichnis</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Nicht registriert</translation>
    </message>
    <message>
        <source>Account URL: %1</source>
        <translation>Konto-URL: %1</translation>
    </message>
    <message>
        <source>Trusted with the CA bundle %1</source>
        <translation>Vertrauenswürdig über das CA-Bundle %1</translation>
    </message>
</context>
<context>
    <name>CaPreset</name>
    <message>
        <source>Let&apos;s Encrypt</source>
        <translation>Let&apos;s Encrypt</translation>
    </message>
    <message>
        <source>Free, publicly trusted, 90-day certificates.</source>
        <translation>Kostenlose, öffentlich vertrauenswürdige Zertifikate mit 90 Tagen Laufzeit.</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt (staging, for tests)</source>
        <translation>Let&apos;s Encrypt (Staging, für Tests)</translation>
    </message>
    <message>
        <source>Generous rate limits, but browsers do not trust its certificates. Use it to try a setup.</source>
        <translation>Großzügige Ratenlimits, aber Browser vertrauen ihren Zertifikaten nicht. Zum Ausprobieren einer Einrichtung.</translation>
    </message>
    <message>
        <source>ZeroSSL</source>
        <translation>ZeroSSL</translation>
    </message>
    <message>
        <source>Needs EAB credentials from the Developer section of your ZeroSSL account.</source>
        <translation>Benötigt EAB-Zugangsdaten aus dem Bereich „Developer“ Ihres ZeroSSL-Kontos.</translation>
    </message>
    <message>
        <source>Google Trust Services</source>
        <translation>Google Trust Services</translation>
    </message>
    <message>
        <source>Needs EAB credentials created with gcloud in a Google Cloud project.</source>
        <translation>Benötigt EAB-Zugangsdaten, die mit gcloud in einem Google-Cloud-Projekt erstellt wurden.</translation>
    </message>
    <message>
        <source>Buypass Go SSL</source>
        <translation>Buypass Go SSL</translation>
    </message>
    <message>
        <source>180-day certificates from a European CA.</source>
        <translation>Zertifikate mit 180 Tagen Laufzeit von einer europäischen CA.</translation>
    </message>
    <message>
        <source>Another CA (directory URL)</source>
        <translation>Andere CA (Verzeichnis-URL)</translation>
    </message>
    <message>
        <source>Any ACME CA: a private CA such as step-ca, or a public one not listed here.</source>
        <translation>Jede ACME-CA: eine private CA wie step-ca oder eine hier nicht aufgeführte öffentliche.</translation>
    </message>
</context>
<context>
    <name>CaaIdentityLookup</name>
    <message>
        <source>The CA bundle of the account cannot be read.</source>
        <translation>Das CA-Bundle des Kontos kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The CA&apos;s directory could not be read.</source>
        <translation>Das Verzeichnis der CA konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check the network, or name the CA&apos;s CAA identity in the DNS settings.</source>
        <translation>Prüfen Sie das Netzwerk oder tragen Sie die CAA-Identität der CA in den DNS-Einstellungen ein.</translation>
    </message>
</context>
<context>
    <name>CaaPolicy</name>
    <message>
        <source>A critical CAA property “%1” that no CA understands forbids issuance.</source>
        <translation>Eine kritische CAA-Eigenschaft „%1“, die keine CA versteht, verbietet die Ausstellung.</translation>
    </message>
    <message>
        <source>The CAA records do not restrict which CA may issue.</source>
        <translation>Die CAA-Einträge schränken nicht ein, welche CA ausstellen darf.</translation>
    </message>
    <message>
        <source>CAA %1 allows %2.</source>
        <translation>CAA %1 erlaubt %2.</translation>
    </message>
    <message>
        <source>CAA %1 allows this CA only with validation methods other than dns-01.</source>
        <translation>CAA %1 erlaubt dieser CA nur andere Validierungsmethoden als dns-01.</translation>
    </message>
    <message>
        <source>CAA %1 forbids every CA.</source>
        <translation>CAA %1 verbietet jede CA.</translation>
    </message>
    <message>
        <source>CAA %1 allows only %2, not this CA (%3).</source>
        <translation>CAA %1 erlaubt nur %2, nicht diese CA (%3).</translation>
    </message>
</context>
<context>
    <name>CertificateExportJob</name>
    <message>
        <source>Choose at least one endpoint to export.</source>
        <translation>Wählen Sie mindestens einen Endpunkt zum Exportieren.</translation>
    </message>
    <message>
        <source>The export folder &quot;%1&quot; is not an absolute path.</source>
        <translation>Der Exportordner „%1“ ist kein absoluter Pfad.</translation>
    </message>
    <message>
        <source>%1 has no certificate yet.</source>
        <translation>%1 hat noch kein Zertifikat.</translation>
    </message>
    <message>
        <source>Issue its first certificate, then export it.</source>
        <translation>Stellen Sie zuerst sein erstes Zertifikat aus und exportieren Sie es dann.</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>The certificate cannot be read</source>
        <translation>Das Zertifikat kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Provide the certificate chain in PEM form, the server certificate first.</source>
        <translation>Geben Sie die Zertifikatskette im PEM-Format an, das Serverzertifikat zuerst.</translation>
    </message>
    <message>
        <source>No PEM certificate was found.</source>
        <translation>Es wurde kein PEM-Zertifikat gefunden.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet</source>
        <translation>Das Zertifikat ist noch nicht gültig</translation>
    </message>
    <message>
        <source>The certificate for %1 is valid from %2.</source>
        <translation>Das Zertifikat für %1 ist ab %2 gültig.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock.</source>
        <translation>Prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>Das Zertifikat ist abgelaufen</translation>
    </message>
    <message>
        <source>The certificate for %1 expired on %2.</source>
        <translation>Das Zertifikat für %1 ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>Renew the certificate now.</source>
        <translation>Erneuern Sie das Zertifikat jetzt.</translation>
    </message>
</context>
<context>
    <name>CertificateRepository</name>
    <message>
        <source>The certificates could not be read or saved.</source>
        <translation>Die Zertifikate konnten nicht gelesen oder gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>CertificateVerbs</name>
    <message>
        <source>issued   %1</source>
        <translation>ausgestellt  %1</translation>
    </message>
    <message>
        <source>FAILED   %1: %2</source>
        <translation>FEHLER       %1: %2</translation>
    </message>
    <message>
        <source>Orders in flight at once (default 16).</source>
        <translation>Gleichzeitig laufende Aufträge (Standard 16).</translation>
    </message>
    <message>
        <source>Built-in http-01 responder address for endpoints that set none (default 0.0.0.0:80).</source>
        <translation>Adresse des integrierten http-01-Responders für Endpunkte ohne eigene Angabe (Standard 0.0.0.0:80).</translation>
    </message>
    <message>
        <source>issue needs endpoint names, or --all.</source>
        <translation>issue benötigt Endpunktnamen oder --all.</translation>
    </message>
    <message>
        <source>renew needs --due (renew every certificate whose renewal time has come).</source>
        <translation>renew benötigt --due (erneuert jedes Zertifikat, dessen Erneuerungszeitpunkt gekommen ist).</translation>
    </message>
    <message>
        <source>due      %1 (%2)</source>
        <translation>fällig       %1 (%2)</translation>
    </message>
    <message>
        <source>No certificate is due for renewal.</source>
        <translation>Kein Zertifikat ist zur Erneuerung fällig.</translation>
    </message>
    <message>
        <source>%1
    no certificate yet (%2)
</source>
        <translation>%1
    noch kein Zertifikat (%2)
</translation>
    </message>
    <message>
        <source>No endpoints.</source>
        <translation>Keine Endpunkte.</translation>
    </message>
    <message>
        <source>Name exactly one endpoint, by one of its names.</source>
        <translation>Nennen Sie genau einen Endpunkt, mit einem seiner Namen.</translation>
    </message>
    <message>
        <source>%1 has no certificate yet.</source>
        <translation>%1 hat noch kein Zertifikat.</translation>
    </message>
    <message>
        <source>Issue one with: certdesk issue %1</source>
        <translation>Stellen Sie eines aus mit: certdesk issue %1</translation>
    </message>
    <message>
        <source>export needs --out DIR.</source>
        <translation>export benötigt --out DIR.</translation>
    </message>
    <message>
        <source>Wrote:
%1</source>
        <translation>Geschrieben:
%1</translation>
    </message>
    <message>
        <source>Certificate %1 revoked.</source>
        <translation>Zertifikat %1 widerrufen.</translation>
    </message>
    <message>
        <source>Revoked certificate %1 of %2.</source>
        <translation>Zertifikat %1 von %2 widerrufen.</translation>
    </message>
    <message>
        <source>NAME… | --all</source>
        <translation>NAME… | --all</translation>
    </message>
    <message>
        <source>Every endpoint.</source>
        <translation>Alle Endpunkte.</translation>
    </message>
    <message>
        <source>Only what is due.</source>
        <translation>Nur Fälliges.</translation>
    </message>
    <message>
        <source>List certificates with their expiry.</source>
        <translation>Zertifikate mit ihrem Ablaufdatum auflisten.</translation>
    </message>
    <message>
        <source>[NAME…]</source>
        <translation>[NAME…]</translation>
    </message>
    <message>
        <source>Write an endpoint&apos;s certificate and key to a folder.</source>
        <translation>Zertifikat und Schlüssel eines Endpunkts in einen Ordner schreiben.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The folder to write to.</source>
        <translation>Der Zielordner.</translation>
    </message>
    <message>
        <source>Also write certificate.pfx.</source>
        <translation>Zusätzlich certificate.pfx schreiben.</translation>
    </message>
    <message>
        <source>Revoke an endpoint&apos;s current certificate.</source>
        <translation>Das aktuelle Zertifikat eines Endpunkts widerrufen.</translation>
    </message>
    <message>
        <source>RFC 5280 reason code (e.g. 1 key compromise, 4 superseded).</source>
        <translation>Widerrufsgrund nach RFC 5280 (z. B. 1 Schlüssel kompromittiert, 4 ersetzt).</translation>
    </message>
    <message numerus="yes">
        <source>%1
    expires %2 (%n day(s) left), serial %3, issuer %4
</source>
        <translation>
            <numerusform>%1
    läuft ab am %2 (noch %n Tag), Seriennummer %3, Aussteller %4
</numerusform>
            <numerusform>%1
    läuft ab am %2 (noch %n Tage), Seriennummer %3, Aussteller %4
</numerusform>
        </translation>
    </message>
    <message>
        <source>first    %1 (no certificate yet)</source>
        <translation>erstes   %1 (noch kein Zertifikat)</translation>
    </message>
    <message>
        <source>waiting  %1 (%2)</source>
        <translation>wartet   %1 (%2)</translation>
    </message>
    <message>
        <source>first    %1 (its DNS records are in place)</source>
        <translation>erstes   %1 (seine DNS-Einträge sind vorhanden)</translation>
    </message>
    <message>
        <source>Order new certificates now for the named endpoints, or --all: each gets a fresh order, even with a current certificate. Unattended runs use renew --due.</source>
        <translation>Jetzt neue Zertifikate für die genannten Endpunkte bestellen, oder --all: jeder erhält eine neue Bestellung, auch mit gültigem Zertifikat. Unbeaufsichtigte Läufe verwenden renew --due.</translation>
    </message>
    <message>
        <source>Order what is due (with --due): renewals whose time has come, and first certificates of endpoints whose DNS records are in place.</source>
        <translation>Bestellen, was fällig ist (mit --due): Erneuerungen, deren Zeit gekommen ist, und erste Zertifikate von Endpunkten, deren DNS-Einträge vorhanden sind.</translation>
    </message>
</context>
<context>
    <name>ChallengeName</name>
    <message>
        <source>The name is not a valid DNS hostname.</source>
        <translation>Der Name ist kein gültiger DNS-Hostname.</translation>
    </message>
    <message>
        <source>Send the hostname the certificate is for, for example _acme-challenge.www.example.com or www.example.com.</source>
        <translation>Senden Sie den Hostnamen, für den das Zertifikat bestimmt ist, zum Beispiel _acme-challenge.www.example.com oder www.example.com.</translation>
    </message>
    <message>
        <source>The name is empty or longer than 253 characters.</source>
        <translation>Der Name ist leer oder länger als 253 Zeichen.</translation>
    </message>
    <message>
        <source>A name needs at least two labels, like example.com.</source>
        <translation>Ein Name braucht mindestens zwei Labels, etwa example.com.</translation>
    </message>
    <message>
        <source>Only letters, digits and inner hyphens are allowed in each label, with no empty label and at most 63 characters.</source>
        <translation>In jedem Label sind nur Buchstaben, Ziffern und innere Bindestriche erlaubt; kein Label darf leer sein oder mehr als 63 Zeichen haben.</translation>
    </message>
</context>
<context>
    <name>ChallengePublisherPool</name>
    <message>
        <source>CertDesk cannot write DNS records here.</source>
        <translation>CertDesk kann hier keine DNS-Einträge schreiben.</translation>
    </message>
    <message>
        <source>The CertDesk administrator must configure a supported DNS provider for this managed challenge.</source>
        <translation>Der CertDesk-Administrator muss für diese verwaltete Challenge einen unterstützten DNS-Anbieter einrichten.</translation>
    </message>
</context>
<context>
    <name>ChallengeVerbs</name>
    <message>
        <source>challenge add needs --title and --provider-id, for example: certdesk challenge add --title &quot;Corporate zone&quot; --provider-id 1 --match &quot;*.example.com; example.org&quot;</source>
        <translation>challenge add benötigt --title und --provider-id, zum Beispiel: certdesk challenge add --title &quot;Firmenzone&quot; --provider-id 1 --match &quot;*.example.com; example.org&quot;</translation>
    </message>
    <message>
        <source>--provider-id takes the number of a configured DNS provider.</source>
        <translation>--provider-id erwartet die Nummer eines eingerichteten DNS-Anbieters.</translation>
    </message>
    <message>
        <source>every name no other managed challenge serves</source>
        <translation>jeder Name, den keine andere verwaltete Challenge bedient</translation>
    </message>
    <message>
        <source>Managed challenge %1 added (id %2): %3.</source>
        <translation>Verwaltete Challenge %1 hinzugefügt (ID %2): %3.</translation>
    </message>
    <message>
        <source>(fallback)</source>
        <translation>(Fallback)</translation>
    </message>
    <message>
        <source>No managed challenges yet.</source>
        <translation>Noch keine verwalteten Challenges.</translation>
    </message>
    <message>
        <source>challenge remove takes one managed challenge id (see certdesk challenge list).</source>
        <translation>challenge remove erwartet die ID genau einer verwalteten Challenge (siehe certdesk challenge list).</translation>
    </message>
    <message>
        <source>Managed challenge %1 (%2) removed. Tokens scoped to it can no longer write through it.</source>
        <translation>Verwaltete Challenge %1 (%2) entfernt. Tokens, die auf sie beschränkt sind, können nicht mehr über sie schreiben.</translation>
    </message>
    <message>
        <source>Add a managed challenge: a DNS provider and the names it may write.</source>
        <translation>Eine verwaltete Challenge hinzufügen: ein DNS-Anbieter und die Namen, die er schreiben darf.</translation>
    </message>
    <message>
        <source>What it is for, e.g. &quot;Corporate zone&quot;.</source>
        <translation>Wofür sie dient, z. B. „Firmenzone“.</translation>
    </message>
    <message>
        <source>The DNS provider that writes its records.</source>
        <translation>Der DNS-Anbieter, der ihre Einträge schreibt.</translation>
    </message>
    <message>
        <source>Names it serves: &quot;*.example.com; example.org&quot; (none: the fallback).</source>
        <translation>Namen, die sie bedient: &quot;*.example.com; example.org&quot; (keine: der Fallback).</translation>
    </message>
    <message>
        <source>A tag tokens can be scoped to (repeatable).</source>
        <translation>Ein Tag, auf das Tokens beschränkt werden können (mehrfach möglich).</translation>
    </message>
    <message>
        <source>List the managed challenges.</source>
        <translation>Die verwalteten Challenges auflisten.</translation>
    </message>
    <message>
        <source>Remove a managed challenge.</source>
        <translation>Eine verwaltete Challenge entfernen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>ClientSnippets</name>
    <message>
        <source># The hub&apos;s certificate is self-signed (SHA-256 %1). Copy it from the CertDesk machine
# (%2, or: certdesk hub certificate --out certdesk-hub.pem) and trust it beside the
# system&apos;s roots:
cat /etc/ssl/certs/ca-certificates.crt certdesk-hub.pem &gt; certdesk-trust.pem
</source>
        <translation># Das Zertifikat des Hubs ist selbstsigniert (SHA-256 %1). Kopieren Sie es vom CertDesk-Rechner
# (%2, oder: certdesk hub certificate --out certdesk-hub.pem) und vertrauen Sie ihm zusätzlich
# zu den Stammzertifikaten des Systems:
cat /etc/ssl/certs/ca-certificates.crt certdesk-hub.pem &gt; certdesk-trust.pem
</translation>
    </message>
    <message>
        <source># %1 speaks the acme-dns API: this token has no acme-dns account.
# Create one with: certdesk token create --name NAME --role managed-challenge-consumer --acme-dns
# (the hub&apos;s acme-dns zone is set with: certdesk hub configure --acme-dns-zone ZONE)
</source>
        <translation># %1 spricht die acme-dns-API: Dieses Token hat kein acme-dns-Konto.
# Legen Sie eines an mit: certdesk token create --name NAME --role managed-challenge-consumer --acme-dns
# (die acme-dns-Zone des Hubs legen Sie fest mit: certdesk hub configure --acme-dns-zone ZONE)
</translation>
    </message>
    <message>
        <source># Once, in the zone of %1 (the domain owner does this):
#   _acme-challenge.%1. CNAME %2.%3.
</source>
        <translation># Einmalig, in der Zone von %1 (das erledigt der Domaininhaber):
#   _acme-challenge.%1. CNAME %2.%3.
</translation>
    </message>
    <message>
        <source># lego with its httpreq DNS provider, through the CertDesk hub
</source>
        <translation># lego mit seinem DNS-Anbieter httpreq, über den CertDesk-Hub
</translation>
    </message>
    <message>
        <source># acme.sh with its dns_acmedns hook, through the CertDesk hub
</source>
        <translation># acme.sh mit seinem Hook dns_acmedns, über den CertDesk-Hub
</translation>
    </message>
    <message>
        <source># and pass --ca-bundle &quot;$PWD/certdesk-trust.pem&quot; to acme.sh --issue
</source>
        <translation># und übergeben Sie --ca-bundle &quot;$PWD/certdesk-trust.pem&quot; an acme.sh --issue
</translation>
    </message>
    <message>
        <source># certbot with the acme-dns hook (acme-dns-auth.py), through the CertDesk hub
</source>
        <translation># certbot mit dem acme-dns-Hook (acme-dns-auth.py), über den CertDesk-Hub
</translation>
    </message>
    <message>
        <source># 1. In acme-dns-auth.py set:  ACMEDNS_URL = &quot;%1&quot;
</source>
        <translation># 1. In acme-dns-auth.py setzen:  ACMEDNS_URL = &quot;%1&quot;
</translation>
    </message>
    <message>
        <source># 2. Write this to /etc/letsencrypt/acmedns.json (mode 600):
</source>
        <translation># 2. Dies nach /etc/letsencrypt/acmedns.json schreiben (Modus 600):
</translation>
    </message>
    <message>
        <source># 3. Then:
</source>
        <translation># 3. Dann:
</translation>
    </message>
    <message>
        <source># Certify The Web: DNS provider &quot;Certify Managed Challenge API&quot; (Authorization tab)
</source>
        <translation># Certify The Web: DNS-Anbieter &quot;Certify Managed Challenge API&quot; (Registerkarte Authorization)
</translation>
    </message>
    <message>
        <source>#   API URL:        %1/api/v1/managedchallenge/
</source>
        <translation>#   API URL:        %1/api/v1/managedchallenge/
</translation>
    </message>
    <message>
        <source>#   Client ID:      %1
</source>
        <translation>#   Client ID:      %1
</translation>
    </message>
    <message>
        <source>#   Client Secret:  %1
</source>
        <translation>#   Client Secret:  %1
</translation>
    </message>
    <message>
        <source># The hub&apos;s certificate is self-signed (SHA-256 %1): import %2 into the Windows
# machine&apos;s Trusted Root Certification Authorities store first.
</source>
        <translation># Das Zertifikat des Hubs ist selbstsigniert (SHA-256 %1): Importieren Sie zuerst %2 in den
# Speicher „Vertrauenswürdige Stammzertifizierungsstellen“ des Windows-Computers.
</translation>
    </message>
    <message>
        <source>not made yet: start the hub once</source>
        <translation>noch nicht erzeugt: starten Sie den Hub einmal</translation>
    </message>
    <message>
        <source># lego with its acme-dns provider, through the CertDesk hub
</source>
        <translation># lego mit seinem DNS-Anbieter acme-dns, über den CertDesk-Hub
</translation>
    </message>
    <message>
        <source># 1. Write this to acme-dns-accounts.json (mode 600):
</source>
        <translation># 1. Dies nach acme-dns-accounts.json schreiben (Modus 600):
</translation>
    </message>
    <message>
        <source># 2. Then:
</source>
        <translation># 2. Dann:
</translation>
    </message>
</context>
<context>
    <name>CloudflareProvider</name>
    <message>
        <source>The Cloudflare API</source>
        <translation>Die Cloudflare-API</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>Leave the default unless you go through a proxy.</source>
        <translation>Behalten Sie den Standardwert bei, sofern Sie keinen Proxy verwenden.</translation>
    </message>
    <message>
        <source>Zone id</source>
        <translation>Zonen-ID</translation>
    </message>
    <message>
        <source>The zone&apos;s id from the dashboard; leave empty to look the zone up by name (the token then needs Zone:Read).</source>
        <translation>Die ID der Zone aus dem Dashboard; leer lassen, um die Zone über den Namen zu suchen (das Token braucht dann Zone:Read).</translation>
    </message>
    <message>
        <source>A zone id consists of letters and digits only.</source>
        <translation>Eine Zonen-ID besteht nur aus Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Time to live in seconds; 1 means automatic, otherwise at least 60.</source>
        <translation>Gültigkeitsdauer (TTL) in Sekunden; 1 bedeutet automatisch, sonst mindestens 60.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>A token with Zone:DNS:Edit permission for the zone.</source>
        <translation>Ein Token mit der Berechtigung Zone:DNS:Edit für die Zone.</translation>
    </message>
    <message>
        <source>The API token contains characters a token never has (spaces or non-ASCII).</source>
        <translation>Das API-Token enthält Zeichen, die in einem Token nie vorkommen (Leerzeichen oder Nicht-ASCII-Zeichen).</translation>
    </message>
    <message>
        <source>Cloudflare</source>
        <translation>Cloudflare</translation>
    </message>
    <message>
        <source>Cloudflare DNS through its API v4 with an API token.</source>
        <translation>Cloudflare DNS über die API v4 mit einem API-Token.</translation>
    </message>
    <message>
        <source>Cloudflare has no zone for the name.</source>
        <translation>Cloudflare hat keine Zone für den Namen.</translation>
    </message>
    <message>
        <source>No zone the token can see holds %1.</source>
        <translation>Keine für das Token sichtbare Zone enthält %1.</translation>
    </message>
    <message>
        <source>Add the zone to the Cloudflare account, give the token access to it, or enter the zone id in the provider settings.</source>
        <translation>Fügen Sie die Zone dem Cloudflare-Konto hinzu, geben Sie dem Token Zugriff darauf oder tragen Sie die Zonen-ID in den Anbietereinstellungen ein.</translation>
    </message>
    <message>
        <source>The Cloudflare API token is not active.</source>
        <translation>Das Cloudflare-API-Token ist nicht aktiv.</translation>
    </message>
    <message>
        <source>Cloudflare reports the token as “%1”.</source>
        <translation>Cloudflare meldet das Token als „%1“.</translation>
    </message>
    <message>
        <source>Create a new token with Zone:DNS:Edit permission.</source>
        <translation>Erstellen Sie ein neues Token mit der Berechtigung Zone:DNS:Edit.</translation>
    </message>
    <message>
        <source>Cloudflare accepts the API token.</source>
        <translation>Cloudflare akzeptiert das API-Token.</translation>
    </message>
    <message>
        <source>Cloudflare accepts the API token for zone %1.</source>
        <translation>Cloudflare akzeptiert das API-Token für die Zone %1.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use DIR as the profile: database and settings live there.</source>
        <translation>DIR als Profil verwenden: Dort liegen Datenbank und Einstellungen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder, for example --data-dir ~/certdesk-test.</source>
        <translation>--data-dir benötigt einen Ordner, zum Beispiel --data-dir ~/certdesk-test.</translation>
    </message>
    <message>
        <source>-%1 needs a value.</source>
        <translation>-%1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>Unknown option %1. Run certdesk --help for the list of options.</source>
        <translation>Unbekannte Option %1. Mit certdesk --help erhalten Sie die Liste der Optionen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of: %2. Run certdesk --help for the list of commands.</source>
        <translation>„%1“ benötigt eines von: %2. Mit certdesk --help erhalten Sie die Liste der Befehle.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run certdesk --help for the list of commands.</source>
        <translation>Unbekannter Befehl „%1“. Mit certdesk --help erhalten Sie die Liste der Befehle.</translation>
    </message>
    <message>
        <source>--headless cannot be combined with a command.</source>
        <translation>--headless kann nicht mit einem Befehl kombiniert werden.</translation>
    </message>
    <message>
        <source>%1. Run certdesk %2 --help for its options.</source>
        <translation>%1. Mit certdesk %2 --help erhalten Sie die Optionen dieses Befehls.</translation>
    </message>
    <message>
        <source>Managed HTTPS: certificates from any ACME CA, DNS delegation and a challenge hub.</source>
        <translation>Verwaltetes HTTPS: Zertifikate von jeder ACME-CA, DNS-Delegation und ein Challenge-Hub.</translation>
    </message>
    <message>
        <source>Usage: certdesk [options] [command [arguments]]</source>
        <translation>Aufruf: certdesk [Optionen] [Befehl [Argumente]]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Run the background worker without a window until stopped.</source>
        <translation>Den Hintergrunddienst ohne Fenster ausführen, bis er beendet wird.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON (commands only).</source>
        <translation>Maschinenlesbares JSON ausgeben (nur bei Befehlen).</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Die Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Print this help, or a command&apos;s help after the command.</source>
        <translation>Diese Hilfe ausgeben, oder nach einem Befehl dessen Hilfe.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Without a command, CertDesk opens its window.</source>
        <translation>Ohne Befehl öffnet CertDesk sein Fenster.</translation>
    </message>
    <message>
        <source>Usage: certdesk %1 [options]</source>
        <translation>Aufruf: certdesk %1 [Optionen]</translation>
    </message>
    <message>
        <source>Start with the window minimized (used when starting at login).</source>
        <translation>Mit minimiertem Fenster starten (beim Start nach der Anmeldung verwendet).</translation>
    </message>
</context>
<context>
    <name>CopyButtonDelegate</name>
    <message>
        <source>Name</source>
        <comment>copy the record&apos;s name</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>copy the record&apos;s value</comment>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>CsrBuilder</name>
    <message>
        <source>Cannot build the certificate request</source>
        <translation>Die Zertifikatsanforderung kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s names and key.</source>
        <translation>Prüfen Sie die Namen und den Schlüssel des Endpunkts.</translation>
    </message>
    <message>
        <source>No certificate key was given.</source>
        <translation>Es wurde kein Zertifikatsschlüssel angegeben.</translation>
    </message>
    <message>
        <source>A name is empty.</source>
        <translation>Ein Name ist leer.</translation>
    </message>
    <message>
        <source>“%1” contains characters that are not allowed in a DNS name; use its ASCII (xn--) form.</source>
        <translation>„%1“ enthält Zeichen, die in einem DNS-Namen nicht erlaubt sind; verwenden Sie die ASCII-Form (xn--).</translation>
    </message>
    <message>
        <source>At least one name is needed.</source>
        <translation>Es wird mindestens ein Name benötigt.</translation>
    </message>
</context>
<context>
    <name>DataKey</name>
    <message>
        <source>The data key in the keychain is damaged.</source>
        <translation>Der Datenschlüssel im Schlüsselbund ist beschädigt.</translation>
    </message>
    <message>
        <source>The keychain entry %1 does not hold a 32-byte key.</source>
        <translation>Der Schlüsselbundeintrag %1 enthält keinen 32-Byte-Schlüssel.</translation>
    </message>
    <message>
        <source>Restore the keychain from a backup; stored private keys cannot be read without it. New certificates can still be issued after removing the entry.</source>
        <translation>Stellen Sie den Schlüsselbund aus einer Sicherung wieder her; gespeicherte private Schlüssel können ohne ihn nicht gelesen werden. Nach dem Entfernen des Eintrags lassen sich weiterhin neue Zertifikate ausstellen.</translation>
    </message>
</context>
<context>
    <name>DelegationPage</name>
    <message>
        <source>Set up the delegation zone &amp;now</source>
        <translation>Delegationszone &amp;jetzt einrichten</translation>
    </message>
    <message>
        <source>&amp;Keep the current delegation zone</source>
        <translation>Aktuelle Delegationszone &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Later: my first endpoint uses http-01, or I set this up in Settings</source>
        <translation>S&amp;päter: Mein erster Endpunkt nutzt http-01, oder ich richte das in den Einstellungen ein</translation>
    </message>
    <message>
        <source>Your delegation zone</source>
        <translation>Ihre Delegationszone</translation>
    </message>
    <message>
        <source>One zone you control, such as acme.example.com. Each name&apos;s _acme-challenge record points into it once, and CertDesk writes the challenges there, so internal names and wildcards get certificates without DNS credentials for every domain.</source>
        <translation>Eine Zone, die Sie verwalten, etwa acme.example.com. Der _acme-challenge-Eintrag jedes Namens verweist einmalig dorthin, und CertDesk schreibt die Challenges dort hinein. So erhalten auch interne Namen und Wildcards Zertifikate, ohne DNS-Zugangsdaten für jede Domain.</translation>
    </message>
    <message>
        <source>acme.example.com</source>
        <translation>acme.example.com</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>Zo&amp;ne:</translation>
    </message>
    <message>
        <source>The DNS provider that writes this zone:</source>
        <translation>Der DNS-Anbieter, der in diese Zone schreibt:</translation>
    </message>
    <message>
        <source>&amp;Keep the current delegation zone, %1</source>
        <translation>Aktuelle Delegationszone %1 &amp;behalten</translation>
    </message>
    <message>
        <source>Testing the connection to the DNS provider…</source>
        <translation>Verbindung zum DNS-Anbieter wird getestet…</translation>
    </message>
</context>
<context>
    <name>DelegationVerbs</name>
    <message>
        <source>delegation set needs --zone ZONE and --provider %1.</source>
        <translation>delegation set benötigt --zone ZONE und --provider %1.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>Delegation zone %1 set, written through %2.
%3</source>
        <translation>Delegationszone %1 festgelegt, geschrieben über %2.
%3</translation>
    </message>
    <message>
        <source>No delegation zone is set up. Set one with: certdesk delegation set --zone ZONE --provider KIND …</source>
        <translation>Es ist keine Delegationszone eingerichtet. Legen Sie eine fest mit: certdesk delegation set --zone ZONE --provider KIND …</translation>
    </message>
    <message>
        <source>Delegation zone %1, written through %2 (%3).</source>
        <translation>Delegationszone %1, geschrieben über %2 (%3).</translation>
    </message>
    <message>
        <source>Set the delegation zone and the DNS provider that writes it (tested before saving).</source>
        <translation>Die Delegationszone und den DNS-Anbieter festlegen, der sie schreibt (wird vor dem Speichern getestet).</translation>
    </message>
    <message>
        <source>The delegation zone, e.g. acme.example.com.</source>
        <translation>Die Delegationszone, z. B. acme.example.com.</translation>
    </message>
    <message>
        <source>The DNS provider: %1.</source>
        <translation>Der DNS-Anbieter: %1.</translation>
    </message>
    <message>
        <source>A name for the provider.</source>
        <translation>Ein Name für den Anbieter.</translation>
    </message>
    <message>
        <source>Show the delegation zone and its DNS provider.</source>
        <translation>Die Delegationszone und ihren DNS-Anbieter anzeigen.</translation>
    </message>
</context>
<context>
    <name>DelegationZonePage</name>
    <message>
        <source>&amp;New Provider…</source>
        <translation>&amp;Neuer Anbieter…</translation>
    </message>
    <message>
        <source>&lt;p&gt;The delegation zone is one DNS zone you control through one DNS provider, for example &lt;i&gt;acme.example.com&lt;/i&gt;. CertDesk publishes every ACME challenge there, so it needs no credentials for the domains themselves.&lt;/p&gt;&lt;p&gt;Each name gets a label of its own in the zone. Whoever runs a domain creates, once, a CNAME record from &lt;i&gt;_acme-challenge.&amp;lt;name&amp;gt;&lt;/i&gt; to that label; the endpoint&apos;s DNS records show the exact record to create.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Delegationszone ist eine DNS-Zone, die Sie über einen DNS-Anbieter verwalten, zum Beispiel &lt;i&gt;acme.example.com&lt;/i&gt;. CertDesk veröffentlicht dort jede ACME-Challenge und braucht daher keine Zugangsdaten für die Domains selbst.&lt;/p&gt;&lt;p&gt;Jeder Name erhält in der Zone ein eigenes Label. Wer eine Domain betreibt, legt einmalig einen CNAME-Eintrag von &lt;i&gt;_acme-challenge.&amp;lt;name&amp;gt;&lt;/i&gt; auf dieses Label an; die DNS-Einträge des Endpunkts nennen den genauen anzulegenden Eintrag.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>acme.example.com</source>
        <translation>acme.example.com</translation>
    </message>
    <message>
        <source>Leave it empty to use no delegation zone.</source>
        <translation>Leer lassen, um keine Delegationszone zu verwenden.</translation>
    </message>
    <message>
        <source>Choose the DNS provider that writes this zone</source>
        <translation>Wählen Sie den DNS-Anbieter, der diese Zone schreibt</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone:</translation>
    </message>
    <message>
        <source>DNS &amp;provider:</source>
        <translation>&amp;DNS-Anbieter:</translation>
    </message>
    <message>
        <source>Delegation Zone</source>
        <translation>Delegationszone</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No DNS provider is set up yet</source>
        <translation>Noch kein DNS-Anbieter eingerichtet</translation>
    </message>
    <message>
        <source>Add the DNS provider that writes the zone with “New Provider…”.</source>
        <translation>Fügen Sie den DNS-Anbieter, der die Zone schreibt, mit „Neuer Anbieter…“ hinzu.</translation>
    </message>
    <message>
        <source>A delegation zone needs the DNS provider that writes it.</source>
        <translation>Eine Delegationszone braucht den DNS-Anbieter, der sie schreibt.</translation>
    </message>
    <message>
        <source>Choose the DNS provider that writes this zone.</source>
        <translation>Wählen Sie den DNS-Anbieter, der diese Zone schreibt.</translation>
    </message>
</context>
<context>
    <name>DelegationZoneRepository</name>
    <message>
        <source>The delegation zone could not be read or saved.</source>
        <translation>Die Delegationszone konnte nicht gelesen oder gespeichert werden.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable and not full.</source>
        <translation>Prüfen Sie, ob der Datenordner beschreibbar und nicht voll ist.</translation>
    </message>
    <message>
        <source>That cannot be the delegation zone.</source>
        <translation>Das kann nicht die Delegationszone sein.</translation>
    </message>
    <message>
        <source>“%1” is not a zone name such as acme.example.com.</source>
        <translation>„%1“ ist kein Zonenname wie acme.example.com.</translation>
    </message>
    <message>
        <source>Use a zone (or a subdomain that is its own zone) you control through the DNS provider.</source>
        <translation>Verwenden Sie eine Zone (oder eine Subdomain, die eine eigene Zone ist), die Sie über den DNS-Anbieter verwalten.</translation>
    </message>
</context>
<context>
    <name>DeploymentJob</name>
    <message>
        <source>The certificate could not be deployed.</source>
        <translation>Das Zertifikat konnte nicht bereitgestellt werden.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Check that the folder&apos;s parent exists and that CertDesk may write there.</source>
        <translation>Prüfen Sie, ob der übergeordnete Ordner existiert und CertDesk dort schreiben darf.</translation>
    </message>
    <message>
        <source>The PFX file could not be built.</source>
        <translation>Die PFX-Datei konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>No PKCS#12 data was produced for %1.</source>
        <translation>Für %1 wurden keine PKCS#12-Daten erzeugt.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Check that CertDesk may write to %1 and that the disk is not full.</source>
        <translation>Prüfen Sie, ob CertDesk nach %1 schreiben darf und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>The post-deploy command could not be started.</source>
        <translation>Der Befehl nach der Bereitstellung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Check the command in the endpoint&apos;s deployment settings.</source>
        <translation>Prüfen Sie den Befehl in den Bereitstellungseinstellungen des Endpunkts.</translation>
    </message>
    <message>
        <source>The post-deploy command did not finish in time.</source>
        <translation>Der Befehl nach der Bereitstellung wurde nicht rechtzeitig fertig.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; was stopped after %n second(s).</source>
        <translation>
            <numerusform>„%1“ wurde nach %n Sekunde abgebrochen.</numerusform>
            <numerusform>„%1“ wurde nach %n Sekunden abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make the command finish faster, or raise its timeout.</source>
        <translation>Sorgen Sie dafür, dass der Befehl schneller fertig wird, oder erhöhen Sie sein Zeitlimit.</translation>
    </message>
    <message>
        <source>The post-deploy command failed.</source>
        <translation>Der Befehl nach der Bereitstellung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; crashed.</source>
        <translation>„%1“ ist abgestürzt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exited with code %2.</source>
        <translation>„%1“ wurde mit Code %2 beendet.</translation>
    </message>
    <message>
        <source>The certificate files were written; see the command&apos;s output in the activity log, fix the command, and deploy again.</source>
        <translation>Die Zertifikatsdateien wurden geschrieben; sehen Sie sich die Ausgabe des Befehls im Aktivitätsprotokoll an, korrigieren Sie den Befehl und stellen Sie erneut bereit.</translation>
    </message>
</context>
<context>
    <name>DeploymentTarget</name>
    <message>
        <source>The deployment settings are invalid.</source>
        <translation>Die Bereitstellungseinstellungen sind ungültig.</translation>
    </message>
    <message>
        <source>Correct them in the endpoint&apos;s settings.</source>
        <translation>Korrigieren Sie sie in den Einstellungen des Endpunkts.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not an absolute path.</source>
        <translation>Der Ordner „%1“ ist kein absoluter Pfad.</translation>
    </message>
    <message>
        <source>Choose PEM files, a PFX file, or both.</source>
        <translation>Wählen Sie PEM-Dateien, eine PFX-Datei oder beides.</translation>
    </message>
    <message>
        <source>The command timeout must be between 1 second and 1 hour.</source>
        <translation>Das Zeitlimit des Befehls muss zwischen 1 Sekunde und 1 Stunde liegen.</translation>
    </message>
</context>
<context>
    <name>Dns01Solver</name>
    <message>
        <source>CertDesk cannot look up where the challenge record goes.</source>
        <translation>CertDesk kann nicht ermitteln, wohin der Challenge-Eintrag gehört.</translation>
    </message>
    <message>
        <source>No recursive resolver is configured.</source>
        <translation>Es ist kein rekursiver Resolver eingerichtet.</translation>
    </message>
    <message>
        <source>Set one in the DNS settings (certdesk dns set --resolver ADDRESS).</source>
        <translation>Legen Sie einen in den DNS-Einstellungen fest (certdesk dns set --resolver ADDRESS).</translation>
    </message>
    <message>
        <source>The challenge record&apos;s CNAME chain loops.</source>
        <translation>Die CNAME-Kette des Challenge-Eintrags bildet eine Schleife.</translation>
    </message>
    <message>
        <source>Following %1 comes back to %2.</source>
        <translation>Die Verfolgung von %1 führt zurück zu %2.</translation>
    </message>
    <message>
        <source>Correct the CNAME records so the chain ends at a name that can hold TXT records.</source>
        <translation>Korrigieren Sie die CNAME-Einträge, sodass die Kette bei einem Namen endet, der TXT-Einträge aufnehmen kann.</translation>
    </message>
    <message>
        <source>The challenge record could not be looked up.</source>
        <translation>Der Challenge-Eintrag konnte nicht abgefragt werden.</translation>
    </message>
    <message>
        <source>%1 answered %2 for %3.</source>
        <translation>%1 hat für %3 mit %2 geantwortet.</translation>
    </message>
    <message>
        <source>Check the resolver and the zone&apos;s name servers.</source>
        <translation>Prüfen Sie den Resolver und die Nameserver der Zone.</translation>
    </message>
    <message>
        <source>%1 is not delegated yet.</source>
        <translation>%1 ist noch nicht delegiert.</translation>
    </message>
    <message>
        <source>%1 has no CNAME record.</source>
        <translation>%1 hat keinen CNAME-Eintrag.</translation>
    </message>
    <message>
        <source>%1 points at %2, outside the delegation zone %3.</source>
        <translation>%1 zeigt auf %2, außerhalb der Delegationszone %3.</translation>
    </message>
    <message>
        <source>Create %1 CNAME %2 (certdesk records %3), or add a managed challenge whose rule matches the name.</source>
        <translation>Legen Sie %1 CNAME %2 an (certdesk records %3) oder fügen Sie eine verwaltete Challenge hinzu, deren Regel auf den Namen passt.</translation>
    </message>
    <message>
        <source>Nothing can publish the dns-01 record for %1.</source>
        <translation>Nichts kann den dns-01-Eintrag für %1 veröffentlichen.</translation>
    </message>
    <message>
        <source>There is no delegation zone and no managed challenge matches the name.</source>
        <translation>Es gibt keine Delegationszone, und keine verwaltete Challenge passt auf den Namen.</translation>
    </message>
    <message>
        <source>Set up the delegation zone (certdesk delegation set) or a managed challenge for it.</source>
        <translation>Richten Sie die Delegationszone (certdesk delegation set) oder eine verwaltete Challenge dafür ein.</translation>
    </message>
</context>
<context>
    <name>DnsChecksPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Use This &amp;Computer&apos;s Resolvers</source>
        <translation>Resolver &amp;dieses Computers verwenden</translation>
    </message>
    <message>
        <source>&amp;Test Resolvers</source>
        <translation>Resolver &amp;testen</translation>
    </message>
    <message>
        <source>Recursive resolvers</source>
        <translation>Rekursive Resolver</translation>
    </message>
    <message>
        <source>192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:53</source>
        <translation>192.0.2.53, 192.0.2.53:5353 oder [2001:db8::53]:53</translation>
    </message>
    <message>
        <source>Resolver address</source>
        <translation>Resolver-Adresse</translation>
    </message>
    <message>
        <source>The name servers this computer is configured with (resolv.conf).</source>
        <translation>Die Nameserver, die auf diesem Computer eingerichtet sind (resolv.conf).</translation>
    </message>
    <message>
        <source>53 everywhere but in test labs.</source>
        <translation>53, außer in Testumgebungen.</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>How long a TXT record written through a DNS provider may take to appear at every authoritative server before the order is given up.</source>
        <translation>Wie lange es dauern darf, bis ein über einen DNS-Anbieter geschriebener TXT-Eintrag auf jedem autoritativen Server erscheint, bevor der Auftrag aufgegeben wird.</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>CertDesk asks these recursive resolvers what a CA will see when it validates (following CNAMEs into the delegation zone), and asks each zone&apos;s authoritative servers directly.</source>
        <translation>CertDesk fragt diese rekursiven Resolver, was eine CA bei der Validierung sehen wird (und folgt dabei CNAMEs in die Delegationszone), und fragt die autoritativen Server jeder Zone direkt.</translation>
    </message>
    <message>
        <source>Authoritative servers&apos; &amp;port:</source>
        <translation>&amp;Port der autoritativen Server:</translation>
    </message>
    <message>
        <source>Wait for new TXT records &amp;up to:</source>
        <translation>Auf neue TXT-Einträge &amp;warten bis zu:</translation>
    </message>
    <message>
        <source>Check required records &amp;every:</source>
        <translation>Erforderliche Einträge prüfen a&amp;lle:</translation>
    </message>
    <message>
        <source>DNS Checks</source>
        <translation>DNS-Prüfungen</translation>
    </message>
    <message>
        <source>%1 is in the list already.</source>
        <translation>%1 steht bereits in der Liste.</translation>
    </message>
    <message>
        <source>This computer has no name servers configured that CertDesk can read; enter the resolvers&apos; addresses.</source>
        <translation>Auf diesem Computer sind keine Nameserver eingerichtet, die CertDesk lesen kann; geben Sie die Adressen der Resolver ein.</translation>
    </message>
    <message>
        <source>Add at least one resolver: record checks ask it what a CA will see.</source>
        <translation>Fügen Sie mindestens einen Resolver hinzu: Die Eintragsprüfungen fragen ihn, was eine CA sehen wird.</translation>
    </message>
    <message>
        <source>Add a resolver to test first.</source>
        <translation>Fügen Sie zuerst einen Resolver zum Testen hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n resolver(s) for %1 …</source>
        <translation>
            <numerusform>%n Resolver wird nach %1 gefragt …</numerusform>
            <numerusform>%n Resolver werden nach %1 gefragt …</numerusform>
        </translation>
    </message>
    <message>
        <source>the root zone</source>
        <translation>der Stammzone</translation>
    </message>
    <message numerus="yes">
        <source>✓ %1 answered in %n ms.</source>
        <translation>
            <numerusform>✓ %1 hat in %n ms geantwortet.</numerusform>
            <numerusform>✓ %1 hat in %n ms geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
</context>
<context>
    <name>DnsClient</name>
    <message>
        <source>No DNS server is configured for this lookup.</source>
        <translation>Für diese Abfrage ist kein DNS-Server eingerichtet.</translation>
    </message>
    <message>
        <source>CertDesk needs a server address to ask for %1.</source>
        <translation>CertDesk benötigt eine Serveradresse, um %1 abzufragen.</translation>
    </message>
    <message>
        <source>Enter the address of a DNS server in the settings.</source>
        <translation>Geben Sie in den Einstellungen die Adresse eines DNS-Servers ein.</translation>
    </message>
    <message>
        <source>no UDP socket could be opened</source>
        <translation>es konnte kein UDP-Socket geöffnet werden</translation>
    </message>
    <message>
        <source>The DNS server answered a different question.</source>
        <translation>Der DNS-Server hat auf eine andere Frage geantwortet.</translation>
    </message>
    <message>
        <source>%1 sent an answer over TCP that does not match %2.</source>
        <translation>%1 hat über TCP eine Antwort gesendet, die nicht zu %2 passt.</translation>
    </message>
</context>
<context>
    <name>DnsLookupProblem</name>
    <message>
        <source>The DNS server cannot be reached.</source>
        <translation>Der DNS-Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Sending to %1 failed: %2</source>
        <translation>Senden an %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Check the server address and port, and that this computer has a route to it.</source>
        <translation>Prüfen Sie Serveradresse und Port und ob dieser Computer eine Route dorthin hat.</translation>
    </message>
    <message>
        <source>%1 did not complete an answer over TCP for %2.</source>
        <translation>%1 hat die Antwort über TCP für %2 nicht vollständig gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 for %2 after %n attempt(s).</source>
        <translation>
            <numerusform>Keine Antwort von %1 für %2 nach %n Versuch.</numerusform>
            <numerusform>Keine Antwort von %1 für %2 nach %n Versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The DNS server did not answer in time.</source>
        <translation>Der DNS-Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Check the server address and port, and that no firewall blocks DNS traffic.</source>
        <translation>Prüfen Sie Serveradresse und Port und ob eine Firewall DNS-Verkehr blockiert.</translation>
    </message>
    <message>
        <source>The name does not exist (NXDOMAIN).</source>
        <translation>Der Name existiert nicht (NXDOMAIN).</translation>
    </message>
    <message>
        <source>%1 says there is no name %2.</source>
        <translation>Laut %1 gibt es keinen Namen %2.</translation>
    </message>
    <message>
        <source>Create the record, or check the spelling of the name.</source>
        <translation>Legen Sie den Eintrag an oder prüfen Sie die Schreibweise des Namens.</translation>
    </message>
    <message>
        <source>The DNS server failed to answer (SERVFAIL).</source>
        <translation>Der DNS-Server konnte nicht antworten (SERVFAIL).</translation>
    </message>
    <message>
        <source>%1 could not resolve %2.</source>
        <translation>%1 konnte %2 nicht auflösen.</translation>
    </message>
    <message>
        <source>The zone&apos;s name servers may be unreachable or its DNSSEC broken. Try again later, or ask the zone&apos;s administrator.</source>
        <translation>Die Nameserver der Zone sind möglicherweise nicht erreichbar oder ihr DNSSEC ist fehlerhaft. Versuchen Sie es später erneut oder wenden Sie sich an den Administrator der Zone.</translation>
    </message>
    <message>
        <source>The DNS server refused the question (REFUSED).</source>
        <translation>Der DNS-Server hat die Anfrage abgelehnt (REFUSED).</translation>
    </message>
    <message>
        <source>%1 will not answer for %2.</source>
        <translation>%1 antwortet nicht für %2.</translation>
    </message>
    <message>
        <source>Use a server that is authoritative for this zone, or one that allows recursion for this computer.</source>
        <translation>Verwenden Sie einen Server, der für diese Zone autoritativ ist, oder einen, der diesem Computer Rekursion erlaubt.</translation>
    </message>
    <message>
        <source>The DNS server returned an error (%1).</source>
        <translation>Der DNS-Server hat einen Fehler zurückgegeben (%1).</translation>
    </message>
    <message>
        <source>%1 could not answer %2.</source>
        <translation>%1 konnte %2 nicht beantworten.</translation>
    </message>
    <message>
        <source>Check that the server supports this kind of question.</source>
        <translation>Prüfen Sie, ob der Server diese Art von Anfrage unterstützt.</translation>
    </message>
</context>
<context>
    <name>DnsMessage</name>
    <message>
        <source>The name cannot be looked up.</source>
        <translation>Der Name kann nicht abgefragt werden.</translation>
    </message>
    <message>
        <source>“%1” is not a valid DNS name.</source>
        <translation>„%1“ ist kein gültiger DNS-Name.</translation>
    </message>
    <message>
        <source>A DNS query could not be built.</source>
        <translation>Eine DNS-Anfrage konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The DNS server sent a malformed answer.</source>
        <translation>Der DNS-Server hat eine fehlerhafte Antwort gesendet.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the server&apos;s software.</source>
        <translation>Versuchen Sie es erneut; falls das Problem bleibt, prüfen Sie die Software des Servers.</translation>
    </message>
</context>
<context>
    <name>DnsName</name>
    <message>
        <source>No domain name was given.</source>
        <translation>Es wurde kein Domainname angegeben.</translation>
    </message>
    <message>
        <source>Enter a name such as www.example.com.</source>
        <translation>Geben Sie einen Namen wie www.example.com ein.</translation>
    </message>
    <message>
        <source>The domain name has an empty label.</source>
        <translation>Der Domainname enthält ein leeres Label.</translation>
    </message>
    <message>
        <source>“%1” has two dots in a row or starts with a dot.</source>
        <translation>„%1“ enthält zwei Punkte hintereinander oder beginnt mit einem Punkt.</translation>
    </message>
    <message>
        <source>Remove the extra dot.</source>
        <translation>Entfernen Sie den überzähligen Punkt.</translation>
    </message>
    <message>
        <source>The wildcard is in the wrong place.</source>
        <translation>Die Wildcard steht an der falschen Stelle.</translation>
    </message>
    <message>
        <source>In “%1” the asterisk is not the whole first label.</source>
        <translation>In „%1“ ist das Sternchen nicht das gesamte erste Label.</translation>
    </message>
    <message>
        <source>A wildcard must look like *.example.com.</source>
        <translation>Eine Wildcard muss wie *.example.com aussehen.</translation>
    </message>
    <message>
        <source>The domain name cannot be converted to its DNS form.</source>
        <translation>Der Domainname kann nicht in seine DNS-Form umgewandelt werden.</translation>
    </message>
    <message>
        <source>“%1” in “%2” is not a valid internationalised label.</source>
        <translation>„%1“ in „%2“ ist kein gültiges internationalisiertes Label.</translation>
    </message>
    <message>
        <source>Check the spelling, or enter the punycode (xn--) form.</source>
        <translation>Prüfen Sie die Schreibweise oder geben Sie die Punycode-Form (xn--) ein.</translation>
    </message>
    <message>
        <source>The domain name contains a character DNS does not allow.</source>
        <translation>Der Domainname enthält ein Zeichen, das im DNS nicht erlaubt ist.</translation>
    </message>
    <message>
        <source>“%1” contains “%2”.</source>
        <translation>„%1“ enthält „%2“.</translation>
    </message>
    <message>
        <source>Use only letters, digits, hyphens and dots.</source>
        <translation>Verwenden Sie nur Buchstaben, Ziffern, Bindestriche und Punkte.</translation>
    </message>
    <message>
        <source>Check the spelling, or enter the name in its Unicode form.</source>
        <translation>Prüfen Sie die Schreibweise oder geben Sie den Namen in seiner Unicode-Form ein.</translation>
    </message>
    <message>
        <source>A label of the domain name starts or ends with a hyphen.</source>
        <translation>Ein Label des Domainnamens beginnt oder endet mit einem Bindestrich.</translation>
    </message>
    <message>
        <source>“%1” in “%2” is not a valid host name label.</source>
        <translation>„%1“ in „%2“ ist kein gültiges Hostnamen-Label.</translation>
    </message>
    <message>
        <source>Remove the hyphen at the start or end of the label.</source>
        <translation>Entfernen Sie den Bindestrich am Anfang oder Ende des Labels.</translation>
    </message>
    <message>
        <source>A label of the domain name is too long.</source>
        <translation>Ein Label des Domainnamens ist zu lang.</translation>
    </message>
    <message>
        <source>“%1” has %2 characters in its DNS form; at most %3 are allowed.</source>
        <translation>„%1“ hat in seiner DNS-Form %2 Zeichen; erlaubt sind höchstens %3.</translation>
    </message>
    <message>
        <source>Shorten that part of the name.</source>
        <translation>Kürzen Sie diesen Teil des Namens.</translation>
    </message>
    <message>
        <source>A wildcard needs a domain under it.</source>
        <translation>Eine Wildcard braucht eine Domain, auf die sie sich bezieht.</translation>
    </message>
    <message>
        <source>“*” alone does not name anything.</source>
        <translation>„*“ allein bezeichnet nichts.</translation>
    </message>
    <message>
        <source>Write the wildcard with its domain, for example *.example.com.</source>
        <translation>Schreiben Sie die Wildcard mit ihrer Domain, zum Beispiel *.example.com.</translation>
    </message>
    <message>
        <source>The domain name is too long.</source>
        <translation>Der Domainname ist zu lang.</translation>
    </message>
    <message>
        <source>The name has %1 characters in its DNS form; at most %2 are allowed.</source>
        <translation>Der Name hat in seiner DNS-Form %1 Zeichen; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>Use a shorter name.</source>
        <translation>Verwenden Sie einen kürzeren Namen.</translation>
    </message>
</context>
<context>
    <name>DnsProvider</name>
    <message>
        <source>The TXT value cannot be published.</source>
        <translation>Der TXT-Wert kann nicht veröffentlicht werden.</translation>
    </message>
    <message>
        <source>A challenge value is 1 to 255 printable ASCII characters without spaces, quotes or backslashes.</source>
        <translation>Ein Challenge-Wert besteht aus 1 bis 255 druckbaren ASCII-Zeichen ohne Leerzeichen, Anführungszeichen oder Backslashes.</translation>
    </message>
    <message>
        <source>The record name cannot be written.</source>
        <translation>Der Eintragsname kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>“%1” is not a name a TXT record can be published at.</source>
        <translation>„%1“ ist kein Name, unter dem ein TXT-Eintrag veröffentlicht werden kann.</translation>
    </message>
</context>
<context>
    <name>DnsProviderFactory</name>
    <message>
        <source>Unknown DNS provider.</source>
        <translation>Unbekannter DNS-Anbieter.</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation>„%1“ ist keiner von: %2.</translation>
    </message>
</context>
<context>
    <name>DnsProviderRepository</name>
    <message>
        <source>DNS providers could not be read or saved.</source>
        <translation>DNS-Anbieter konnten nicht gelesen oder gespeichert werden.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable and not full.</source>
        <translation>Prüfen Sie, ob der Datenordner beschreibbar und nicht voll ist.</translation>
    </message>
    <message>
        <source>The DNS provider needs a name.</source>
        <translation>Der DNS-Anbieter braucht einen Namen.</translation>
    </message>
    <message>
        <source>Give it a name you will recognise, such as the DNS service and zone.</source>
        <translation>Geben Sie ihm einen Namen, an dem Sie ihn wiedererkennen, etwa den DNS-Dienst und die Zone.</translation>
    </message>
    <message>
        <source>The DNS provider is still in use.</source>
        <translation>Der DNS-Anbieter wird noch verwendet.</translation>
    </message>
    <message>
        <source>The delegation zone or a managed challenge writes through it.</source>
        <translation>Die Delegationszone oder eine verwaltete Challenge schreibt über ihn.</translation>
    </message>
    <message>
        <source>Choose another provider there first.</source>
        <translation>Wählen Sie dort zuerst einen anderen Anbieter.</translation>
    </message>
    <message>
        <source>The DNS provider does not exist.</source>
        <translation>Der DNS-Anbieter existiert nicht.</translation>
    </message>
    <message>
        <source>There is no DNS provider with id %1.</source>
        <translation>Es gibt keinen DNS-Anbieter mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>DnsProviderTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>DNS provider</source>
        <translation>DNS-Anbieter</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>In the keychain</source>
        <translation>Im Schlüsselbund</translation>
    </message>
    <message>
        <source>Kept in the system keychain as %1; CertDesk never shows it again.</source>
        <translation>Im Schlüsselbund des Systems als %1 aufbewahrt; CertDesk zeigt sie nie wieder an.</translation>
    </message>
</context>
<context>
    <name>DnsQuery</name>
    <message>
        <source>The DNS lookup was started without a DNS client.</source>
        <translation>Die DNS-Abfrage wurde ohne DNS-Client gestartet.</translation>
    </message>
</context>
<context>
    <name>DnsRecordsPage</name>
    <message>
        <source>Show &amp;All Endpoints</source>
        <translation>A&amp;lle Endpunkte anzeigen</translation>
    </message>
    <message>
        <source>DNS Records</source>
        <translation>DNS-Einträge</translation>
    </message>
    <message>
        <source>Every record your endpoints need, checked live at each zone&apos;s authoritative servers and at the resolvers a CA sees. Create what is missing at your DNS provider; CertDesk checks again by itself while something is not OK.</source>
        <translation>Alle Einträge, die Ihre Endpunkte brauchen, live geprüft bei den autoritativen Servern jeder Zone und über die Resolver aus Sicht einer CA. Legen Sie Fehlendes bei Ihrem DNS-Anbieter an; CertDesk prüft von selbst erneut, solange etwas nicht in Ordnung ist.</translation>
    </message>
    <message>
        <source>Showing the records of every endpoint.</source>
        <translation>Die Einträge aller Endpunkte werden angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the records of %n selected endpoint(s).</source>
        <translation>
            <numerusform>Die Einträge von %n ausgewähltem Endpunkt werden angezeigt.</numerusform>
            <numerusform>Die Einträge von %n ausgewählten Endpunkten werden angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DnsReviewPanel</name>
    <message>
        <source>Check &amp;Now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation>Alle k&amp;opieren</translation>
    </message>
    <message>
        <source>Export &amp;Zone Snippet…</source>
        <translation>Als Zonendatei export&amp;ieren…</translation>
    </message>
    <message>
        <source>Re&amp;quest Certificate</source>
        <translation>Zertifikat an&amp;fordern</translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation>DNS-Einträge</translation>
    </message>
    <message>
        <source>Ask the authoritative servers and the resolvers now</source>
        <translation>Die autoritativen Server und die Resolver jetzt abfragen</translation>
    </message>
    <message>
        <source>Copy the records shown as text to paste into a DNS provider&apos;s console</source>
        <translation>Die angezeigten Einträge als Text kopieren, um sie in die Konsole eines DNS-Anbieters einzufügen</translation>
    </message>
    <message>
        <source>Save the records shown as a zone-file snippet</source>
        <translation>Die angezeigten Einträge als Ausschnitt einer Zonendatei speichern</translation>
    </message>
    <message>
        <source>Every record is in place: order the certificate now</source>
        <translation>Alle Einträge sind vorhanden: Zertifikat jetzt anfordern</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Einträge werden gelesen…</translation>
    </message>
    <message>
        <source>No DNS records needed</source>
        <translation>Keine DNS-Einträge nötig</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: count</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the authoritative servers and the resolvers…</source>
        <translation>Die autoritativen Server und die Resolver werden abgefragt…</translation>
    </message>
    <message>
        <source>Checked at %1.</source>
        <translation>Geprüft um %1.</translation>
    </message>
    <message>
        <source>Checking again at %1.</source>
        <translation>Erneute Prüfung um %1.</translation>
    </message>
    <message>
        <source>Last checked %1 by the background check.</source>
        <translation>Zuletzt %1 von der Hintergrundprüfung geprüft.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Select an endpoint to see the DNS records it needs.</source>
        <translation>Wählen Sie einen Endpunkt, um die DNS-Einträge zu sehen, die er braucht.</translation>
    </message>
    <message>
        <source>There are no endpoints yet. Add one, and the DNS records it needs appear here.</source>
        <translation>Es gibt noch keine Endpunkte. Fügen Sie einen hinzu, dann erscheinen hier die DNS-Einträge, die er braucht.</translation>
    </message>
    <message>
        <source>These endpoints need no DNS records.</source>
        <translation>Diese Endpunkte brauchen keine DNS-Einträge.</translation>
    </message>
    <message>
        <source>This endpoint needs no DNS records: it is validated over HTTP and reached inside your network, so there is nothing to create.</source>
        <translation>Dieser Endpunkt braucht keine DNS-Einträge: Er wird über HTTP validiert und innerhalb Ihres Netzwerks erreicht, es ist also nichts anzulegen.</translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;quest %n Certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat an&amp;fordern</numerusform>
            <numerusform>%n Zertifikate an&amp;fordern</numerusform>
        </translation>
    </message>
    <message>
        <source>Available once every record is OK</source>
        <translation>Verfügbar, sobald alle Einträge OK sind</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The records of %n endpoint(s) cannot be listed.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Die Einträge von %n Endpunkt können nicht aufgelistet werden.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Die Einträge von %n Endpunkten können nicht aufgelistet werden.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation>Endpunkt %1</translation>
    </message>
    <message>
        <source>Copied the name %1.</source>
        <translation>Name %1 kopiert.</translation>
    </message>
    <message>
        <source>Copied the value %1.</source>
        <translation>Wert %1 kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n record(s) as text for your DNS provider&apos;s console.</source>
        <translation>
            <numerusform>%n Eintrag als Text für die Konsole Ihres DNS-Anbieters kopiert.</numerusform>
            <numerusform>%n Einträge als Text für die Konsole Ihres DNS-Anbieters kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>records.zone</source>
        <translation>records.zone</translation>
    </message>
    <message>
        <source>Export Zone Snippet</source>
        <translation>Als Zonendatei exportieren</translation>
    </message>
    <message>
        <source>Zone files (*.zone *.txt);;All files (*)</source>
        <translation>Zonendateien (*.zone *.txt);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n record(s) to %1.</source>
        <translation>
            <numerusform>%n Eintrag in %1 gespeichert.</numerusform>
            <numerusform>%n Einträge in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ordering %n certificate(s)…</source>
        <translation>
            <numerusform>%n Zertifikat wird angefordert…</numerusform>
            <numerusform>%n Zertifikate werden angefordert…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: certificate issued.</source>
        <translation>%1: Zertifikat ausgestellt.</translation>
    </message>
    <message>
        <source>%1: no certificate. %2</source>
        <translation>%1: kein Zertifikat. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more still ordering…</source>
        <translation>
            <numerusform>%n weiteres wird noch angefordert…</numerusform>
            <numerusform>%n weitere werden noch angefordert…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DnsServer</name>
    <message>
        <source>The DNS server address is not valid.</source>
        <translation>Die Adresse des DNS-Servers ist ungültig.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address with an optional port.</source>
        <translation>„%1“ ist keine IP-Adresse mit optionalem Port.</translation>
    </message>
    <message>
        <source>Write an address such as 192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:5353.</source>
        <translation>Schreiben Sie eine Adresse wie 192.0.2.53, 192.0.2.53:5353 oder [2001:db8::53]:5353.</translation>
    </message>
</context>
<context>
    <name>DnsSettings</name>
    <message>
        <source>The DNS settings could not be read or saved.</source>
        <translation>Die DNS-Einstellungen konnten nicht gelesen oder gespeichert werden.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable.</source>
        <translation>Prüfen Sie, ob der Datenordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>DnsUpdate</name>
    <message>
        <source>The DNS server did not answer the update in time.</source>
        <translation>Der DNS-Server hat auf die Aktualisierung nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>No reply from %1 to the update of zone %2.</source>
        <translation>Keine Antwort von %1 auf die Aktualisierung der Zone %2.</translation>
    </message>
    <message>
        <source>Check the server address and port, and that it accepts TCP connections.</source>
        <translation>Prüfen Sie Serveradresse und Port und ob der Server TCP-Verbindungen annimmt.</translation>
    </message>
    <message>
        <source>The DNS server cannot be reached for the update.</source>
        <translation>Der DNS-Server ist für die Aktualisierung nicht erreichbar.</translation>
    </message>
    <message>
        <source>Connecting to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The DNS update has no changes.</source>
        <translation>Die DNS-Aktualisierung enthält keine Änderungen.</translation>
    </message>
    <message>
        <source>The record is not in the zone being updated.</source>
        <translation>Der Eintrag liegt nicht in der zu aktualisierenden Zone.</translation>
    </message>
    <message>
        <source>%1 is not part of zone %2.</source>
        <translation>%1 gehört nicht zur Zone %2.</translation>
    </message>
    <message>
        <source>Check which zone the name belongs to.</source>
        <translation>Prüfen Sie, zu welcher Zone der Name gehört.</translation>
    </message>
    <message>
        <source>The record name cannot be written to DNS.</source>
        <translation>Der Eintragsname kann nicht ins DNS geschrieben werden.</translation>
    </message>
    <message>
        <source>“%1” is not a valid owner name.</source>
        <translation>„%1“ ist kein gültiger Owner-Name.</translation>
    </message>
    <message>
        <source>The DNS update could not be built.</source>
        <translation>Die DNS-Aktualisierung konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The DNS update could not be signed.</source>
        <translation>Die DNS-Aktualisierung konnte nicht signiert werden.</translation>
    </message>
    <message>
        <source>Signing with key %1 (%2) failed.</source>
        <translation>Das Signieren mit dem Schlüssel %1 (%2) ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Check the key&apos;s algorithm and secret.</source>
        <translation>Prüfen Sie Algorithmus und Geheimnis des Schlüssels.</translation>
    </message>
    <message>
        <source>The DNS server sent a malformed reply to the update.</source>
        <translation>Der DNS-Server hat eine fehlerhafte Antwort auf die Aktualisierung gesendet.</translation>
    </message>
    <message>
        <source>%1 replied to the update of zone %2 with data CertDesk cannot read.</source>
        <translation>%1 hat auf die Aktualisierung der Zone %2 mit Daten geantwortet, die CertDesk nicht lesen kann.</translation>
    </message>
    <message>
        <source>The DNS server&apos;s reply to the update could not be verified.</source>
        <translation>Die Antwort des DNS-Servers auf die Aktualisierung konnte nicht verifiziert werden.</translation>
    </message>
    <message>
        <source>%1 accepted the update of zone %2, but its reply is not signed with key %3.</source>
        <translation>%1 hat die Aktualisierung der Zone %2 angenommen, aber seine Antwort ist nicht mit dem Schlüssel %3 signiert.</translation>
    </message>
    <message>
        <source>Make sure nothing between CertDesk and the server rewrites DNS traffic, then check the records.</source>
        <translation>Stellen Sie sicher, dass nichts zwischen CertDesk und dem Server den DNS-Verkehr umschreibt, und prüfen Sie dann die Einträge.</translation>
    </message>
    <message>
        <source>The DNS server did not accept the TSIG key.</source>
        <translation>Der DNS-Server hat den TSIG-Schlüssel nicht akzeptiert.</translation>
    </message>
    <message>
        <source>%1 rejected the update of zone %2 signed with key %3 (%4).</source>
        <translation>%1 hat die mit dem Schlüssel %3 signierte Aktualisierung der Zone %2 abgelehnt (%4).</translation>
    </message>
    <message>
        <source>Check the key name, algorithm and secret against the server&apos;s configuration, and that both clocks are right (TSIG allows five minutes).</source>
        <translation>Gleichen Sie Schlüsselname, Algorithmus und Geheimnis mit der Konfiguration des Servers ab und prüfen Sie, ob beide Uhren richtig gehen (TSIG erlaubt fünf Minuten Abweichung).</translation>
    </message>
    <message>
        <source>The DNS server is not authoritative for the zone.</source>
        <translation>Der DNS-Server ist für die Zone nicht autoritativ.</translation>
    </message>
    <message>
        <source>%1 refused the update of zone %2 signed with key %3 (NOTAUTH).</source>
        <translation>%1 hat die mit dem Schlüssel %3 signierte Aktualisierung der Zone %2 verweigert (NOTAUTH).</translation>
    </message>
    <message>
        <source>Send updates to the zone&apos;s primary server, and check the zone name.</source>
        <translation>Senden Sie Aktualisierungen an den primären Server der Zone und prüfen Sie den Zonennamen.</translation>
    </message>
    <message>
        <source>The DNS server refused the update.</source>
        <translation>Der DNS-Server hat die Aktualisierung verweigert.</translation>
    </message>
    <message>
        <source>%1 does not let key %2 change zone %3 (REFUSED).</source>
        <translation>%1 erlaubt dem Schlüssel %2 nicht, die Zone %3 zu ändern (REFUSED).</translation>
    </message>
    <message>
        <source>Allow the key in the zone&apos;s update-policy or allow-update, or use a key that is allowed.</source>
        <translation>Erlauben Sie den Schlüssel in update-policy oder allow-update der Zone, oder verwenden Sie einen zugelassenen Schlüssel.</translation>
    </message>
    <message>
        <source>A record of the update is outside the zone.</source>
        <translation>Ein Eintrag der Aktualisierung liegt außerhalb der Zone.</translation>
    </message>
    <message>
        <source>%1 says a name in the update is not in zone %2 (NOTZONE).</source>
        <translation>Laut %1 liegt ein Name der Aktualisierung nicht in der Zone %2 (NOTZONE).</translation>
    </message>
    <message>
        <source>Check which zone the names belong to.</source>
        <translation>Prüfen Sie, zu welcher Zone die Namen gehören.</translation>
    </message>
    <message>
        <source>The DNS server rejected the update (%1).</source>
        <translation>Der DNS-Server hat die Aktualisierung abgelehnt (%1).</translation>
    </message>
    <message>
        <source>%1 did not apply the update of zone %2 signed with key %3.</source>
        <translation>%1 hat die mit dem Schlüssel %3 signierte Aktualisierung der Zone %2 nicht übernommen.</translation>
    </message>
    <message>
        <source>Check the server&apos;s log for the reason.</source>
        <translation>Den Grund finden Sie im Protokoll des Servers.</translation>
    </message>
</context>
<context>
    <name>DnsVerbs</name>
    <message>
        <source>The port is not valid.</source>
        <translation>Der Port ist ungültig.</translation>
    </message>
    <message>
        <source>“%1” is not a port from 1 to 65535.</source>
        <translation>„%1“ ist kein Port zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>records needs at least one name, for example: certdesk records app.example.com</source>
        <translation>records benötigt mindestens einen Namen, zum Beispiel: certdesk records app.example.com</translation>
    </message>
    <message>
        <source>--%1 takes a number of seconds.</source>
        <translation>--%1 erwartet eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>Resolvers: %1
Authoritative port: %2
Confirmation timeout: %3 s
CA identities for CAA: %4
Record check interval: %5 s</source>
        <translation>Resolver: %1
Autoritativer Port: %2
Zeitlimit für die Bestätigung: %3 s
CA-Identitäten für CAA: %4
Prüfintervall für Einträge: %5 s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>No delegation zone is set up yet.</source>
        <translation>Es ist noch keine Delegationszone eingerichtet.</translation>
    </message>
    <message>
        <source>Set it up first: certdesk delegation set --zone ZONE --provider KIND …</source>
        <translation>Richten Sie sie zuerst ein: certdesk delegation set --zone ZONE --provider KIND …</translation>
    </message>
    <message>
        <source>Writing a probe TXT record at %1 …</source>
        <translation>Test-TXT-Eintrag wird unter %1 geschrieben …</translation>
    </message>
    <message>
        <source>Seen at every authoritative server of its zone; removing it …</source>
        <translation>Auf allen autoritativen Servern der Zone sichtbar; wird entfernt …</translation>
    </message>
    <message>
        <source>DNS test passed: %1 wrote %2, every authoritative server served it, and it was removed.</source>
        <translation>DNS-Test bestanden: %1 hat %2 geschrieben, alle autoritativen Server haben den Eintrag ausgeliefert, und er wurde entfernt.</translation>
    </message>
    <message>
        <source>Show the DNS records names need; with --check, check them live.</source>
        <translation>Die DNS-Einträge anzeigen, die die Namen benötigen; mit --check live prüfen.</translation>
    </message>
    <message>
        <source>NAME…</source>
        <translation>NAME…</translation>
    </message>
    <message>
        <source>Ask the authoritative servers and resolvers now (exit status 3 if a record is not OK).</source>
        <translation>Jetzt die autoritativen Server und Resolver abfragen (Exit-Status 3, wenn ein Eintrag nicht OK ist).</translation>
    </message>
    <message>
        <source>A recursive resolver to ask (repeatable; default: the DNS settings).</source>
        <translation>Ein abzufragender rekursiver Resolver (mehrfach möglich; Standard: die DNS-Einstellungen).</translation>
    </message>
    <message>
        <source>The port the authoritative servers listen on (default: the DNS settings, usually 53).</source>
        <translation>Der Port, auf dem die autoritativen Server lauschen (Standard: die DNS-Einstellungen, meist 53).</translation>
    </message>
    <message>
        <source>The CA&apos;s CAA identity, e.g. letsencrypt.org (repeatable; default: the DNS settings).</source>
        <translation>Die CAA-Identität der CA, z. B. letsencrypt.org (mehrfach möglich; Standard: die DNS-Einstellungen).</translation>
    </message>
    <message>
        <source>Plain text for a DNS provider&apos;s console instead of a zone-file snippet.</source>
        <translation>Klartext für die Konsole eines DNS-Anbieters statt eines Zonendatei-Ausschnitts.</translation>
    </message>
    <message>
        <source>Show or change the DNS settings: resolvers, authoritative port, CAA identities.</source>
        <translation>Die DNS-Einstellungen anzeigen oder ändern: Resolver, autoritativer Port, CAA-Identitäten.</translation>
    </message>
    <message>
        <source>A recursive resolver (repeatable; replaces the list).</source>
        <translation>Ein rekursiver Resolver (mehrfach möglich; ersetzt die Liste).</translation>
    </message>
    <message>
        <source>The port authoritative servers listen on.</source>
        <translation>Der Port, auf dem autoritative Server lauschen.</translation>
    </message>
    <message>
        <source>Seconds a written TXT record may take to appear at every authoritative server.</source>
        <translation>Sekunden, die ein geschriebener TXT-Eintrag brauchen darf, bis er auf allen autoritativen Servern erscheint.</translation>
    </message>
    <message>
        <source>The CA&apos;s CAA identity (repeatable; replaces the list).</source>
        <translation>Die CAA-Identität der CA (mehrfach möglich; ersetzt die Liste).</translation>
    </message>
    <message>
        <source>Seconds between background checks of the required records.</source>
        <translation>Sekunden zwischen den Hintergrundprüfungen der erforderlichen Einträge.</translation>
    </message>
    <message>
        <source>Write, confirm and remove a probe TXT record through the delegation zone&apos;s provider.</source>
        <translation>Über den Anbieter der Delegationszone einen Test-TXT-Eintrag schreiben, bestätigen und entfernen.</translation>
    </message>
</context>
<context>
    <name>EndpointActions</name>
    <message>
        <source>&amp;New Endpoint…</source>
        <translation>&amp;Neuer Endpunkt…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Renew Now</source>
        <translation>Jetzt &amp;erneuern</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Add an endpoint: one or more names served together</source>
        <translation>Einen Endpunkt hinzufügen: einen oder mehrere Namen, die gemeinsam bedient werden</translation>
    </message>
    <message>
        <source>Order new certificates for the selected endpoints now</source>
        <translation>Jetzt neue Zertifikate für die ausgewählten Endpunkte anfordern</translation>
    </message>
    <message>
        <source>Write the selected endpoints&apos; certificates and keys to a folder</source>
        <translation>Zertifikate und Schlüssel der ausgewählten Endpunkte in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>Delete the selected endpoints and their certificates from CertDesk</source>
        <translation>Die ausgewählten Endpunkte und ihre Zertifikate aus CertDesk löschen</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Endpoint %1 added.</source>
        <translation>Endpunkt %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Endpoint %1 saved.</source>
        <translation>Endpunkt %1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Ordering %n certificate(s)…</source>
        <translation>
            <numerusform>%n Zertifikat wird angefordert…</numerusform>
            <numerusform>%n Zertifikate werden angefordert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n certificate(s) to %1.</source>
        <translation>
            <numerusform>%n Zertifikat nach %1 exportiert.</numerusform>
            <numerusform>%n Zertifikate nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Endpoints</source>
        <translation>Endpunkte löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n endpoint(s)?</source>
        <translation>
            <numerusform>%n Endpunkt löschen?</numerusform>
            <numerusform>%n Endpunkte löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Their certificates and keys are removed from CertDesk and will no longer be renewed. Files already deployed stay where they are, and the CA still considers the certificates valid until they expire.</source>
        <translation>%1

Ihre Zertifikate und Schlüssel werden aus CertDesk entfernt und nicht mehr erneuert. Bereits bereitgestellte Dateien bleiben, wo sie sind, und die CA betrachtet die Zertifikate bis zu ihrem Ablauf weiterhin als gültig.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Not Deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) deleted.</source>
        <translation>
            <numerusform>%n Endpunkt gelöscht.</numerusform>
            <numerusform>%n Endpunkte gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;heck DNS</source>
        <translation>DNS &amp;prüfen</translation>
    </message>
    <message>
        <source>Show the DNS records the selected endpoints need and check them live now</source>
        <translation>Die DNS-Einträge anzeigen, die die ausgewählten Endpunkte brauchen, und sie jetzt live prüfen</translation>
    </message>
</context>
<context>
    <name>EndpointDetailsPane</name>
    <message>
        <source>ECDSA P-256</source>
        <translation>ECDSA P-256</translation>
    </message>
    <message>
        <source>ECDSA P-384</source>
        <translation>ECDSA P-384</translation>
    </message>
    <message>
        <source>RSA %1 bits</source>
        <translation>RSA %1 Bit</translation>
    </message>
    <message>
        <source>Endpoint details</source>
        <translation>Endpunktdetails</translation>
    </message>
    <message>
        <source>&amp;Certificate</source>
        <translation>&amp;Zertifikat</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Ein&amp;stellungen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>Auf&amp;träge</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>A&amp;ktivität</translation>
    </message>
    <message>
        <source>No certificate has been issued for this endpoint yet. Choose Renew now to order the first one.</source>
        <translation>Für diesen Endpunkt wurde noch kein Zertifikat ausgestellt. Wählen Sie „Jetzt erneuern“, um das erste anzufordern.</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Namen:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Kette:</translation>
    </message>
    <message>
        <source>Reach:</source>
        <translation>Erreichbarkeit:</translation>
    </message>
    <message>
        <source>Validation:</source>
        <translation>Validierung:</translation>
    </message>
    <message>
        <source>CA account:</source>
        <translation>CA-Konto:</translation>
    </message>
    <message>
        <source>Deployment:</source>
        <translation>Bereitstellung:</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Ausgewählter Eintrag</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Select an endpoint to see its certificate, orders and activity.</source>
        <translation>Wählen Sie einen Endpunkt, um sein Zertifikat, seine Aufträge und seine Aktivität zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) selected. Renew, export or delete them together with the toolbar or the Endpoint menu.</source>
        <translation>
            <numerusform>%n Endpunkt ausgewählt. Über die Werkzeugleiste oder das Menü „Endpunkt“ können Sie ihn erneuern, exportieren oder löschen.</numerusform>
            <numerusform>%n Endpunkte ausgewählt. Über die Werkzeugleiste oder das Menü „Endpunkt“ können Sie sie gemeinsam erneuern, exportieren oder löschen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The details cannot be shown</source>
        <translation>Die Details können nicht angezeigt werden</translation>
    </message>
    <message>
        <source>%1. %2, issued by %3, until %4</source>
        <comment>position. subject, issued by issuer, until date</comment>
        <translation>%1. %2, ausgestellt von %3, bis %4</translation>
    </message>
    <message>
        <source>External: the names point at %1</source>
        <translation>Extern: Die Namen zeigen auf %1</translation>
    </message>
    <message>
        <source>Internal: reachable only inside your network</source>
        <translation>Intern: nur innerhalb Ihres Netzwerks erreichbar</translation>
    </message>
    <message>
        <source>HTTP-01, files written to %1</source>
        <translation>HTTP-01, Dateien werden nach %1 geschrieben</translation>
    </message>
    <message>
        <source>HTTP-01, built-in responder on %1</source>
        <translation>HTTP-01, integrierter Responder auf %1</translation>
    </message>
    <message>
        <source>port 80</source>
        <translation>Port 80</translation>
    </message>
    <message>
        <source>DNS-01 through the delegation zone</source>
        <translation>DNS-01 über die Delegationszone</translation>
    </message>
    <message>
        <source>The default account</source>
        <translation>Das Standardkonto</translation>
    </message>
    <message>
        <source>Not deployed automatically</source>
        <translation>Keine automatische Bereitstellung</translation>
    </message>
    <message>
        <source>PEM and PFX files to %1</source>
        <translation>PEM- und PFX-Dateien nach %1</translation>
    </message>
    <message>
        <source>A PFX file to %1</source>
        <translation>Eine PFX-Datei nach %1</translation>
    </message>
    <message>
        <source>PEM files to %1</source>
        <translation>PEM-Dateien nach %1</translation>
    </message>
    <message>
        <source>then runs: %1</source>
        <translation>danach wird ausgeführt: %1</translation>
    </message>
    <message>
        <source>D&amp;NS Records</source>
        <translation>D&amp;NS-Einträge</translation>
    </message>
</context>
<context>
    <name>EndpointEditorDialog</name>
    <message>
        <source>New Endpoint</source>
        <translation>Neuer Endpunkt</translation>
    </message>
    <message>
        <source>Edit Endpoint</source>
        <translation>Endpunkt bearbeiten</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>EndpointForm</name>
    <message>
        <source>&amp;Internal: reachable only inside the network</source>
        <translation>&amp;Intern: nur innerhalb des Netzwerks erreichbar</translation>
    </message>
    <message>
        <source>E&amp;xternal: reachable from the internet</source>
        <translation>E&amp;xtern: aus dem Internet erreichbar</translation>
    </message>
    <message>
        <source>&amp;Deploy each new certificate</source>
        <translation>Jedes neue Zertifikat &amp;bereitstellen</translation>
    </message>
    <message>
        <source>&amp;PEM files (cert.pem, chain.pem, fullchain.pem, privkey.pem)</source>
        <translation>&amp;PEM-Dateien (cert.pem, chain.pem, fullchain.pem, privkey.pem)</translation>
    </message>
    <message>
        <source>P&amp;FX file (certificate.pfx) for Windows servers</source>
        <translation>P&amp;FX-Datei (certificate.pfx) für Windows-Server</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>app.example.com
www.app.example.com
*.app.example.com</source>
        <translation>app.example.com
www.app.example.com
*.app.example.com</translation>
    </message>
    <message>
        <source>One name per line (or separated by commas). The first is the certificate&apos;s subject. International names may be typed as they are read.</source>
        <translation>Ein Name pro Zeile (oder durch Kommas getrennt). Der erste wird zum Subject des Zertifikats. Internationale Namen können so eingegeben werden, wie man sie liest.</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>Target host</source>
        <translation>Zielhost</translation>
    </message>
    <message>
        <source>lb1.example.net</source>
        <translation>lb1.example.net</translation>
    </message>
    <message>
        <source>&amp;Target host:</source>
        <translation>&amp;Zielhost:</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Validation method</source>
        <translation>Validierungsmethode</translation>
    </message>
    <message>
        <source>DNS-01 through the delegation zone (any endpoint, wildcards)</source>
        <translation>DNS-01 über die Delegationszone (jeder Endpunkt, Wildcards)</translation>
    </message>
    <message>
        <source>HTTP-01 with the built-in responder</source>
        <translation>HTTP-01 mit dem integrierten Responder</translation>
    </message>
    <message>
        <source>HTTP-01 with files in a web server&apos;s folder (webroot)</source>
        <translation>HTTP-01 mit Dateien im Ordner eines Webservers (Webroot)</translation>
    </message>
    <message>
        <source>The CA checks a TXT record that CertDesk publishes in the delegation zone. Each name needs a one-time CNAME record pointing there.</source>
        <translation>Die CA prüft einen TXT-Eintrag, den CertDesk in der Delegationszone veröffentlicht. Jeder Name braucht einmalig einen CNAME-Eintrag, der dorthin zeigt.</translation>
    </message>
    <message>
        <source>Responder address</source>
        <translation>Responder-Adresse</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>The CA connects to port 80 of each name; forward it here if CertDesk runs elsewhere.</source>
        <translation>Die CA verbindet sich mit Port 80 jedes Namens; leiten Sie ihn hierher weiter, wenn CertDesk auf einem anderen Rechner läuft.</translation>
    </message>
    <message>
        <source>Webroot folder</source>
        <translation>Webroot-Ordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Web server&apos;s document folder</source>
        <translation>Dokumentordner des Webservers</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>ECDSA P-256 (recommended)</source>
        <translation>ECDSA P-256 (empfohlen)</translation>
    </message>
    <message>
        <source>ECDSA P-384</source>
        <translation>ECDSA P-384</translation>
    </message>
    <message>
        <source>RSA 2048 bits (older clients)</source>
        <translation>RSA 2048 Bit (ältere Clients)</translation>
    </message>
    <message>
        <source>RSA 3072 bits</source>
        <translation>RSA 3072 Bit</translation>
    </message>
    <message>
        <source>RSA 4096 bits</source>
        <translation>RSA 4096 Bit</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>Schlüssel&amp;typ:</translation>
    </message>
    <message>
        <source>CA &amp;account:</source>
        <translation>CA-&amp;Konto:</translation>
    </message>
    <message>
        <source>Deployment folder</source>
        <translation>Bereitstellungsordner</translation>
    </message>
    <message>
        <source>Command after deployment</source>
        <translation>Befehl nach der Bereitstellung</translation>
    </message>
    <message>
        <source>systemctl reload nginx</source>
        <translation>systemctl reload nginx</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Durchsuc&amp;hen…</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>Ordne&amp;r:</translation>
    </message>
    <message>
        <source>&amp;Then run:</source>
        <translation>&amp;Danach ausführen:</translation>
    </message>
    <message>
        <source>The default account (the newest one registered)</source>
        <translation>Das Standardkonto (das zuletzt registrierte)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>account title — CA host</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Give the responder&apos;s address as ADDRESS:PORT, for example 0.0.0.0:80 or [::]:8080.</source>
        <translation>Geben Sie die Adresse des Responders als ADRESSE:PORT an, zum Beispiel 0.0.0.0:80 oder [::]:8080.</translation>
    </message>
    <message>
        <source>Choose the web server&apos;s document folder (a full path).</source>
        <translation>Wählen Sie den Dokumentordner des Webservers (ein vollständiger Pfad).</translation>
    </message>
    <message>
        <source>Choose the folder to deploy certificates to.</source>
        <translation>Wählen Sie den Ordner, in den Zertifikate bereitgestellt werden.</translation>
    </message>
    <message>
        <source>Order certificates a&amp;utomatically: the first once the DNS records are in place, then every renewal</source>
        <translation>Zertifikate a&amp;utomatisch bestellen: das erste, sobald die DNS-Einträge vorhanden sind, dann jede Erneuerung</translation>
    </message>
    <message>
        <source>Turned off, CertDesk orders this endpoint&apos;s certificates only when you ask (Renew Now); it still checks the DNS records and warns before the certificate expires.</source>
        <translation>Ausgeschaltet bestellt CertDesk die Zertifikate dieses Endpunkts nur auf Ihren Wunsch (Jetzt erneuern); die DNS-Einträge werden weiter geprüft, und vor dem Ablauf des Zertifikats wird gewarnt.</translation>
    </message>
</context>
<context>
    <name>EndpointListPage</name>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>No endpoints yet</source>
        <translation>Noch keine Endpunkte</translation>
    </message>
    <message>
        <source>An endpoint is a host name, or a few, served by one of your servers or load balancers. CertDesk obtains its certificate from your CA, renews it before it expires, and tells you exactly which DNS records to create.

Add your first endpoint to get started; internal names work too, through DNS delegation.</source>
        <translation>Ein Endpunkt ist ein Hostname – oder einige wenige –, den einer Ihrer Server oder Load Balancer bedient. CertDesk bezieht sein Zertifikat von Ihrer CA, erneuert es vor dem Ablauf und sagt Ihnen genau, welche DNS-Einträge Sie anlegen müssen.

Fügen Sie Ihren ersten Endpunkt hinzu, um zu beginnen; dank DNS-Delegation funktionieren auch interne Namen.</translation>
    </message>
    <message>
        <source>Filter by name, target, CA or status (Ctrl+F)</source>
        <translation>Nach Name, Ziel, CA oder Status filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter endpoints</source>
        <translation>Endpunkte filtern</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n endpoint(s)</source>
        <translation>
            <numerusform>%1 von %n Endpunkt</numerusform>
            <numerusform>%1 von %n Endpunkten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointRepository</name>
    <message>
        <source>The endpoint list could not be read.</source>
        <translation>Die Endpunktliste konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The endpoint could not be saved.</source>
        <translation>Der Endpunkt konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>There is no endpoint %1.</source>
        <translation>Es gibt keinen Endpunkt %1.</translation>
    </message>
    <message>
        <source>List the endpoints with: certdesk certs, or add it with: certdesk endpoint add NAME</source>
        <translation>Endpunkte auflisten mit: certdesk certs, oder ihn hinzufügen mit: certdesk endpoint add NAME</translation>
    </message>
    <message>
        <source>An endpoint needs at least one name.</source>
        <translation>Ein Endpunkt braucht mindestens einen Namen.</translation>
    </message>
    <message>
        <source>An external endpoint needs a target host name.</source>
        <translation>Ein externer Endpunkt braucht einen Zielhostnamen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name.</source>
        <translation>„%1“ ist kein Hostname.</translation>
    </message>
    <message>
        <source>Give the host the name should point at, for example --target lb1.example.net.</source>
        <translation>Geben Sie den Host an, auf den der Name zeigen soll, zum Beispiel --target lb1.example.net.</translation>
    </message>
    <message>
        <source>Wildcard names can only be validated with dns-01.</source>
        <translation>Wildcard-Namen können nur mit dns-01 validiert werden.</translation>
    </message>
    <message>
        <source>%1 cannot be proven over HTTP (RFC 8555 §7.1.3).</source>
        <translation>%1 kann nicht über HTTP nachgewiesen werden (RFC 8555 §7.1.3).</translation>
    </message>
    <message>
        <source>Use --challenge dns-01.</source>
        <translation>Verwenden Sie --challenge dns-01.</translation>
    </message>
    <message>
        <source>%1 already belongs to an endpoint.</source>
        <translation>%1 gehört bereits zu einem Endpunkt.</translation>
    </message>
    <message>
        <source>Each name can belong to one endpoint only; edit that endpoint instead.</source>
        <translation>Jeder Name kann nur zu einem Endpunkt gehören; bearbeiten Sie stattdessen diesen Endpunkt.</translation>
    </message>
    <message>
        <source>%1 is given to two endpoints.</source>
        <translation>%1 ist zwei Endpunkten zugewiesen.</translation>
    </message>
    <message>
        <source>Each name can belong to one endpoint only.</source>
        <translation>Jeder Name kann nur zu einem Endpunkt gehören.</translation>
    </message>
</context>
<context>
    <name>EndpointStatus</name>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Renewing</source>
        <translation>Wird erneuert</translation>
    </message>
    <message>
        <source>New</source>
        <comment>endpoint without a certificate yet</comment>
        <translation>Neu</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The last attempt failed; CertDesk tries again %1. The activity log says why.</source>
        <translation>Der letzte Versuch ist fehlgeschlagen; CertDesk versucht es %1 erneut. Den Grund nennt das Aktivitätsprotokoll.</translation>
    </message>
    <message>
        <source>The last attempt failed. The activity log says why; fix the cause, then choose Renew now.</source>
        <translation>Der letzte Versuch ist fehlgeschlagen. Den Grund nennt das Aktivitätsprotokoll; beheben Sie die Ursache und wählen Sie dann „Jetzt erneuern“.</translation>
    </message>
    <message>
        <source>The certificate has expired: clients see errors. Choose Renew now.</source>
        <translation>Das Zertifikat ist abgelaufen: Clients sehen Fehler. Wählen Sie „Jetzt erneuern“.</translation>
    </message>
    <message>
        <source>The certificate expires %1 and has not been renewed yet. Choose Renew now.</source>
        <translation>Das Zertifikat läuft %1 ab und wurde noch nicht erneuert. Wählen Sie „Jetzt erneuern“.</translation>
    </message>
    <message>
        <source>A certificate order is running.</source>
        <translation>Ein Zertifikatsauftrag läuft.</translation>
    </message>
    <message>
        <source>No certificate has been issued yet. Choose Renew now to order the first one.</source>
        <translation>Es wurde noch kein Zertifikat ausgestellt. Wählen Sie „Jetzt erneuern“, um das erste anzufordern.</translation>
    </message>
    <message>
        <source>The certificate is valid and renewed automatically.</source>
        <translation>Das Zertifikat ist gültig und wird automatisch erneuert.</translation>
    </message>
    <message>
        <source>DNS action needed</source>
        <translation>DNS-Aktion nötig</translation>
    </message>
    <message>
        <source>The certificate is valid, but a required DNS record is missing or wrong, so the next renewal would fail. The DNS Records tab says what to change.</source>
        <translation>Das Zertifikat ist gültig, aber ein erforderlicher DNS-Eintrag fehlt oder ist falsch, sodass die nächste Erneuerung fehlschlagen würde. Was zu ändern ist, steht auf der Registerkarte „DNS-Einträge“.</translation>
    </message>
    <message>
        <source>A required DNS record is missing or wrong, so the CA cannot issue the certificate yet. The DNS Records tab says what to create.</source>
        <translation>Ein erforderlicher DNS-Eintrag fehlt oder ist falsch, daher kann die CA das Zertifikat noch nicht ausstellen. Was anzulegen ist, steht auf der Registerkarte „DNS-Einträge“.</translation>
    </message>
</context>
<context>
    <name>EndpointTableModel</name>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Reach</source>
        <comment>internal or external endpoint</comment>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Certificate expires</source>
        <translation>Zertifikat läuft ab</translation>
    </message>
    <message>
        <source>Next renewal</source>
        <translation>Nächste Erneuerung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>No certificate yet</source>
        <translation>Noch kein Zertifikat</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Default account</source>
        <translation>Standardkonto</translation>
    </message>
    <message>
        <source>HTTP-01, webroot</source>
        <translation>HTTP-01, Webroot</translation>
    </message>
    <message>
        <source>HTTP-01</source>
        <translation>HTTP-01</translation>
    </message>
    <message>
        <source>DNS-01</source>
        <translation>DNS-01</translation>
    </message>
    <message>
        <source>CA account</source>
        <translation>CA-Konto</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Reachable from the internet; its names point at %1.</source>
        <translation>Aus dem Internet erreichbar; seine Namen zeigen auf %1.</translation>
    </message>
    <message>
        <source>Reachable only inside your network; validated through DNS.</source>
        <translation>Nur innerhalb Ihres Netzwerks erreichbar; Validierung über DNS.</translation>
    </message>
    <message>
        <source>The default account: the newest one registered</source>
        <translation>Das Standardkonto: das zuletzt registrierte</translation>
    </message>
    <message>
        <source>HTTP-01 through CertDesk&apos;s own responder on %1</source>
        <translation>HTTP-01 über den eigenen Responder von CertDesk auf %1</translation>
    </message>
    <message>
        <source>HTTP-01 through files in %1</source>
        <translation>HTTP-01 über Dateien in %1</translation>
    </message>
    <message>
        <source>DNS-01 through the delegation zone</source>
        <translation>DNS-01 über die Delegationszone</translation>
    </message>
</context>
<context>
    <name>EndpointVerbs</name>
    <message>
        <source>endpoint add needs at least one name, for example: certdesk endpoint add app.example.com</source>
        <translation>endpoint add benötigt mindestens einen Namen, zum Beispiel: certdesk endpoint add app.example.com</translation>
    </message>
    <message>
        <source>An endpoint is either --internal or --external.</source>
        <translation>Ein Endpunkt ist entweder --internal oder --external.</translation>
    </message>
    <message>
        <source>--challenge is http-01 or dns-01.</source>
        <translation>--challenge ist http-01 oder dns-01.</translation>
    </message>
    <message>
        <source>Choose either --http-listen or --webroot.</source>
        <translation>Wählen Sie entweder --http-listen oder --webroot.</translation>
    </message>
    <message>
        <source>--http-listen takes ADDRESS:PORT, for example 0.0.0.0:80 or [::]:8080.</source>
        <translation>--http-listen erwartet ADDRESS:PORT, zum Beispiel 0.0.0.0:80 oder [::]:8080.</translation>
    </message>
    <message>
        <source>--key-type is one of: %1.</source>
        <translation>--key-type ist eines von: %1.</translation>
    </message>
    <message>
        <source>--profile needs the name of one of the CA&apos;s certificate profiles.</source>
        <translation>--profile benötigt den Namen eines der Zertifikatsprofile der CA.</translation>
    </message>
    <message>
        <source>Endpoint %1 added (id %2).</source>
        <translation>Endpunkt %1 hinzugefügt (ID %2).</translation>
    </message>
    <message>
        <source>No endpoints yet.</source>
        <translation>Noch keine Endpunkte.</translation>
    </message>
    <message>
        <source>Add an endpoint: one or more names served together.</source>
        <translation>Einen Endpunkt hinzufügen: einen oder mehrere Namen, die gemeinsam bedient werden.</translation>
    </message>
    <message>
        <source>NAME…</source>
        <translation>NAME…</translation>
    </message>
    <message>
        <source>Reachable only inside your network (the default).</source>
        <translation>Nur innerhalb Ihres Netzwerks erreichbar (Standard).</translation>
    </message>
    <message>
        <source>Reachable from the internet; needs --target.</source>
        <translation>Aus dem Internet erreichbar; benötigt --target.</translation>
    </message>
    <message>
        <source>The host the names point at (external endpoints).</source>
        <translation>Der Host, auf den die Namen zeigen (externe Endpunkte).</translation>
    </message>
    <message>
        <source>http-01 or dns-01 (default dns-01).</source>
        <translation>http-01 oder dns-01 (Standard dns-01).</translation>
    </message>
    <message>
        <source>Built-in http-01 responder address (default 0.0.0.0:80).</source>
        <translation>Adresse des integrierten http-01-Responders (Standard 0.0.0.0:80).</translation>
    </message>
    <message>
        <source>Answer http-01 by writing into this web server folder.</source>
        <translation>http-01 durch Schreiben in diesen Webserver-Ordner beantworten.</translation>
    </message>
    <message>
        <source>ec-p256 (default), ec-p384, rsa-2048, rsa-3072 or rsa-4096.</source>
        <translation>ec-p256 (Standard), ec-p384, rsa-2048, rsa-3072 oder rsa-4096.</translation>
    </message>
    <message>
        <source>The CA account to use (default: the newest).</source>
        <translation>Das zu verwendende CA-Konto (Standard: das neueste).</translation>
    </message>
    <message>
        <source>The CA&apos;s certificate profile to order, where the CA offers profiles (default: the CA&apos;s default).</source>
        <translation>Das anzufordernde Zertifikatsprofil der CA, sofern die CA Profile anbietet (Standard: das Standardprofil der CA).</translation>
    </message>
    <message>
        <source>Write the certificate files here after each issuance.</source>
        <translation>Die Zertifikatsdateien nach jeder Ausstellung hierhin schreiben.</translation>
    </message>
    <message>
        <source>Also write certificate.pfx.</source>
        <translation>Zusätzlich certificate.pfx schreiben.</translation>
    </message>
    <message>
        <source>Command to run after deploying.</source>
        <translation>Befehl, der nach der Bereitstellung ausgeführt wird.</translation>
    </message>
    <message>
        <source>List the endpoints.</source>
        <translation>Die Endpunkte auflisten.</translation>
    </message>
    <message>
        <source>Its first certificate is ordered once its DNS records are in place (certdesk records shows them), by the running CertDesk (the window or certdesk --headless) or the next certdesk renew --due.</source>
        <translation>Sein erstes Zertifikat wird bestellt, sobald seine DNS-Einträge vorhanden sind (certdesk records zeigt sie), vom laufenden CertDesk (dem Fenster oder certdesk --headless) oder vom nächsten certdesk renew --due.</translation>
    </message>
    <message>
        <source>Its first certificate is ordered by the running CertDesk (the window or certdesk --headless) or the next certdesk renew --due.</source>
        <translation>Sein erstes Zertifikat bestellt das laufende CertDesk (das Fenster oder certdesk --headless) oder das nächste certdesk renew --due.</translation>
    </message>
    <message>
        <source>Its certificates are ordered only when you ask: certdesk issue %1.</source>
        <translation>Seine Zertifikate werden nur auf Ihren Wunsch bestellt: certdesk issue %1.</translation>
    </message>
    <message>
        <source>endpoint set needs one endpoint name and --ordering automatic|manual.</source>
        <translation>endpoint set braucht einen Endpunktnamen und --ordering automatic|manual.</translation>
    </message>
    <message>
        <source>--ordering is automatic or manual.</source>
        <translation>--ordering ist automatic oder manual.</translation>
    </message>
    <message>
        <source>%1: CertDesk orders its certificates by itself.</source>
        <translation>%1: CertDesk bestellt seine Zertifikate selbstständig.</translation>
    </message>
    <message>
        <source>%1: certificates are ordered only when you ask.</source>
        <translation>%1: Zertifikate werden nur auf Ihren Wunsch bestellt.</translation>
    </message>
    <message>
        <source>Order certificates only when asked (certdesk issue), never by itself.</source>
        <translation>Zertifikate nur auf Wunsch bestellen (certdesk issue), nie selbstständig.</translation>
    </message>
    <message>
        <source>Change whether CertDesk orders an endpoint&apos;s certificates by itself.</source>
        <translation>Festlegen, ob CertDesk die Zertifikate eines Endpunkts selbstständig bestellt.</translation>
    </message>
    <message>
        <source>NAME --ordering automatic|manual</source>
        <translation>NAME --ordering automatic|manual</translation>
    </message>
    <message>
        <source>automatic: first certificate and renewals by themselves; manual: only certdesk issue.</source>
        <translation>automatic: erstes Zertifikat und Erneuerungen selbstständig; manual: nur certdesk issue.</translation>
    </message>
</context>
<context>
    <name>Envelope</name>
    <message>
        <source>The data key is invalid</source>
        <translation>Der Datenschlüssel ist ungültig</translation>
    </message>
    <message>
        <source>A data key must be exactly 32 bytes.</source>
        <translation>Ein Datenschlüssel muss genau 32 Byte lang sein.</translation>
    </message>
    <message>
        <source>Restore the data key from the keychain.</source>
        <translation>Stellen Sie den Datenschlüssel aus dem Schlüsselbund wieder her.</translation>
    </message>
    <message>
        <source>No secure random numbers are available</source>
        <translation>Es sind keine sicheren Zufallszahlen verfügbar</translation>
    </message>
    <message>
        <source>Report this as a bug.</source>
        <translation>Melden Sie dies als Fehler.</translation>
    </message>
    <message>
        <source>Encryption failed</source>
        <translation>Verschlüsselung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The encrypted data is damaged</source>
        <translation>Die verschlüsselten Daten sind beschädigt</translation>
    </message>
    <message>
        <source>The data is shorter than any valid envelope.</source>
        <translation>Die Daten sind kürzer als jeder gültige Umschlag.</translation>
    </message>
    <message>
        <source>Restore it from a backup.</source>
        <translation>Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The encrypted data uses an unknown format</source>
        <translation>Die verschlüsselten Daten verwenden ein unbekanntes Format</translation>
    </message>
    <message>
        <source>Format version %1 is not supported.</source>
        <translation>Die Formatversion %1 wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>It was probably written by a newer CertDesk; update CertDesk.</source>
        <translation>Sie wurden vermutlich von einer neueren CertDesk-Version geschrieben; aktualisieren Sie CertDesk.</translation>
    </message>
    <message>
        <source>The encrypted data could not be verified</source>
        <translation>Die verschlüsselten Daten konnten nicht verifiziert werden</translation>
    </message>
    <message>
        <source>Either the data was changed or damaged, or it was encrypted with a different key.</source>
        <translation>Die Daten wurden entweder verändert oder beschädigt, oder sie wurden mit einem anderen Schlüssel verschlüsselt.</translation>
    </message>
    <message>
        <source>Check that the keychain holds this profile&apos;s data key, or restore the data from a backup.</source>
        <translation>Prüfen Sie, ob der Schlüsselbund den Datenschlüssel dieses Profils enthält, oder stellen Sie die Daten aus einer Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Also write a &amp;PFX file (certificate.pfx) for Windows servers</source>
        <translation>Zusätzlich eine &amp;PFX-Datei (certificate.pfx) für Windows-Server schreiben</translation>
    </message>
    <message>
        <source>Export Certificates</source>
        <translation>Zertifikate exportieren</translation>
    </message>
    <message numerus="yes">
        <source>CertDesk writes each endpoint&apos;s certificate, chain and private key into a folder of its own inside the folder you choose (%n endpoint(s)). The key files are readable only by you.</source>
        <translation>
            <numerusform>CertDesk schreibt Zertifikat, Kette und privaten Schlüssel jedes Endpunkts in einen eigenen Ordner innerhalb des gewählten Ordners (%n Endpunkt). Die Schlüsseldateien sind nur für Sie lesbar.</numerusform>
            <numerusform>CertDesk schreibt Zertifikat, Kette und privaten Schlüssel jedes Endpunkts in einen eigenen Ordner innerhalb des gewählten Ordners (%n Endpunkte). Die Schlüsseldateien sind nur für Sie lesbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
</context>
<context>
    <name>Facade</name>
    <message>
        <source>CertDesk: test message</source>
        <translation>CertDesk: Testnachricht</translation>
    </message>
    <message>
        <source>This is a test message from CertDesk&apos;s settings. Alerts about renewals, expiring certificates and DNS records will arrive like this one.</source>
        <translation>Dies ist eine Testnachricht aus den Einstellungen von CertDesk. Warnungen zu Erneuerungen, ablaufenden Zertifikaten und DNS-Einträgen kommen auf demselben Weg an.</translation>
    </message>
    <message>
        <source>This is a test message from CertDesk&apos;s settings.</source>
        <translation>Dies ist eine Testnachricht aus den Einstellungen von CertDesk.</translation>
    </message>
</context>
<context>
    <name>FirstEndpointPage</name>
    <message>
        <source>Your first endpoint</source>
        <translation>Ihr erster Endpunkt</translation>
    </message>
    <message>
        <source>The names one server or load balancer answers to, and how the CA checks they are yours.</source>
        <translation>Die Namen, auf die ein Server oder Load Balancer antwortet, und wie die CA prüft, dass sie Ihnen gehören.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>FirstIssuancePage</name>
    <message>
        <source>The CA is checking that the names are yours…</source>
        <translation>Die CA prüft, ob die Namen Ihnen gehören…</translation>
    </message>
    <message>
        <source>The CA is issuing the certificate…</source>
        <translation>Die CA stellt das Zertifikat aus…</translation>
    </message>
    <message>
        <source>Downloading and storing the certificate…</source>
        <translation>Das Zertifikat wird heruntergeladen und gespeichert…</translation>
    </message>
    <message>
        <source>Ordering the certificate…</source>
        <translation>Das Zertifikat wird angefordert…</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Your first certificate</source>
        <translation>Ihr erstes Zertifikat</translation>
    </message>
    <message>
        <source>CertDesk orders it now. From here on it is renewed automatically.</source>
        <translation>CertDesk fordert es jetzt an. Von da an wird es automatisch erneuert.</translation>
    </message>
    <message>
        <source>Issuance progress</source>
        <translation>Fortschritt der Ausstellung</translation>
    </message>
    <message>
        <source>The certificate has been issued. You find it in the endpoint list, where CertDesk shows when it expires and when it will be renewed.</source>
        <translation>Das Zertifikat wurde ausgestellt. Sie finden es in der Endpunktliste, wo CertDesk anzeigt, wann es abläuft und wann es erneuert wird.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No certificate yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Fix the cause and try again, or finish now and renew the endpoint from the list later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch kein Zertifikat.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Beheben Sie die Ursache und versuchen Sie es erneut, oder schließen Sie jetzt ab und erneuern Sie den Endpunkt später aus der Liste.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FirstRecordsPage</name>
    <message>
        <source>DNS records</source>
        <translation>DNS-Einträge</translation>
    </message>
    <message>
        <source>Create these records at your DNS provider. CertDesk checks them live as you go.</source>
        <translation>Legen Sie diese Einträge bei Ihrem DNS-Anbieter an. CertDesk prüft sie währenddessen live.</translation>
    </message>
    <message>
        <source>Nothing to create for this endpoint. Continue to order its certificate.</source>
        <translation>Für diesen Endpunkt ist nichts anzulegen. Fahren Sie fort, um sein Zertifikat anzufordern.</translation>
    </message>
    <message>
        <source>Every record is in place. Continue to order the certificate.</source>
        <translation>Alle Einträge sind vorhanden. Fahren Sie fort, um das Zertifikat anzufordern.</translation>
    </message>
    <message>
        <source>Not every record is in place yet. You can continue anyway: the first order fails until the CA can see them, and the endpoint list shows “DNS action needed” meanwhile. Records can take a few minutes to appear at every server; CertDesk checks again by itself.</source>
        <translation>Noch sind nicht alle Einträge vorhanden. Sie können trotzdem fortfahren: Der erste Auftrag schlägt fehl, bis die CA sie sehen kann, und die Endpunktliste zeigt so lange „DNS-Aktion nötig“. Es kann einige Minuten dauern, bis Einträge auf jedem Server erscheinen; CertDesk prüft von selbst erneut.</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifications</name>
    <message>
        <source>Open in CertDesk</source>
        <translation>In CertDesk öffnen</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>&amp;Start CertDesk when I log in</source>
        <translation>CertDesk bei der Anmeldung &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im &amp;Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Show &amp;desktop notifications</source>
        <translation>&amp;Desktop-Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>CertDesk uses the new language after a restart.</source>
        <translation>CertDesk verwendet die neue Sprache nach einem Neustart.</translation>
    </message>
    <message>
        <source>CertDesk starts in the tray, so renewals run without opening the window.</source>
        <translation>CertDesk startet im Infobereich, sodass Erneuerungen laufen, ohne dass das Fenster geöffnet wird.</translation>
    </message>
    <message>
        <source>No system tray was found on this desktop; this applies where there is one.</source>
        <translation>Auf diesem Desktop wurde kein Infobereich gefunden; die Einstellung gilt dort, wo es einen gibt.</translation>
    </message>
    <message>
        <source>Closing the window leaves CertDesk in the tray, so renewals go on.</source>
        <translation>Beim Schließen des Fensters bleibt CertDesk im Infobereich, damit Erneuerungen weiterlaufen.</translation>
    </message>
    <message>
        <source>Failed renewals and certificates about to expire appear as notifications of the desktop.</source>
        <translation>Fehlgeschlagene Erneuerungen und bald ablaufende Zertifikate erscheinen als Desktop-Benachrichtigungen.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>Http01Responder</name>
    <message>
        <source>The http-01 responder cannot listen.</source>
        <translation>Der http-01-Responder kann keine Verbindungen annehmen.</translation>
    </message>
    <message>
        <source>Listening on %1 failed: %2</source>
        <translation>Lauschen auf %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Ports below 1024 need administrator rights (on Linux: CAP_NET_BIND_SERVICE); stop the web server using the port, or use webroot mode.</source>
        <translation>Ports unter 1024 erfordern Administratorrechte (unter Linux: CAP_NET_BIND_SERVICE); beenden Sie den Webserver, der den Port belegt, oder verwenden Sie den Webroot-Modus.</translation>
    </message>
    <message>
        <source>Choose a free port, or stop the program using it.</source>
        <translation>Wählen Sie einen freien Port oder beenden Sie das Programm, das ihn belegt.</translation>
    </message>
    <message>
        <source>The CA sent an unusable challenge token.</source>
        <translation>Die CA hat ein unbrauchbares Challenge-Token gesendet.</translation>
    </message>
    <message>
        <source>The token is not base64url, or the key authorization does not belong to it.</source>
        <translation>Das Token ist nicht base64url, oder die Key Authorization gehört nicht dazu.</translation>
    </message>
</context>
<context>
    <name>HubAdministration</name>
    <message>
        <source>The hub settings could not be saved.</source>
        <translation>Die Hub-Einstellungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Check that the profile folder is writable and not full.</source>
        <translation>Prüfen Sie, ob der Profilordner beschreibbar und nicht voll ist.</translation>
    </message>
</context>
<context>
    <name>HubAuditLog</name>
    <message>
        <source>The hub audit log could not be read or written.</source>
        <translation>Das Audit-Protokoll des Hubs konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable.</source>
        <translation>Prüfen Sie, ob der Datenordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>HubCertificateJob</name>
    <message>
        <source>The hub&apos;s certificate cannot be read.</source>
        <translation>Das Zertifikat des Hubs kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check the permissions of the data folder.</source>
        <translation>Prüfen Sie die Berechtigungen des Datenordners.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate cannot be saved.</source>
        <translation>Das Zertifikat des Hubs kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable and not full.</source>
        <translation>Prüfen Sie, ob der Datenordner beschreibbar und nicht voll ist.</translation>
    </message>
    <message>
        <source>The endpoint whose certificate the hub uses no longer exists.</source>
        <translation>Der Endpunkt, dessen Zertifikat der Hub verwendet, existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Endpoint %1 was not found.</source>
        <translation>Endpunkt %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Choose another endpoint for the hub, or use a self-signed certificate.</source>
        <translation>Wählen Sie einen anderen Endpunkt für den Hub oder verwenden Sie ein selbstsigniertes Zertifikat.</translation>
    </message>
    <message>
        <source>The hub&apos;s endpoint has no certificate yet.</source>
        <translation>Der Endpunkt des Hubs hat noch kein Zertifikat.</translation>
    </message>
    <message>
        <source>%1 has not been issued a certificate.</source>
        <translation>Für %1 wurde noch kein Zertifikat ausgestellt.</translation>
    </message>
    <message>
        <source>Issue its certificate first (certdesk issue %1), or use a self-signed certificate.</source>
        <translation>Stellen Sie zuerst sein Zertifikat aus (certdesk issue %1) oder verwenden Sie ein selbstsigniertes Zertifikat.</translation>
    </message>
    <message>
        <source>The hub&apos;s endpoint certificate has expired.</source>
        <translation>Das Endpunktzertifikat des Hubs ist abgelaufen.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2.</source>
        <translation>Das Zertifikat von %1 ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>Renew it (certdesk issue %1), or use a self-signed certificate.</source>
        <translation>Erneuern Sie es (certdesk issue %1) oder verwenden Sie ein selbstsigniertes Zertifikat.</translation>
    </message>
    <message>
        <source>The hub&apos;s endpoint certificate cannot be read.</source>
        <translation>Das Endpunktzertifikat des Hubs kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The stored certificate or key of %1 is damaged.</source>
        <translation>Das gespeicherte Zertifikat oder der Schlüssel von %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>Issue the endpoint&apos;s certificate again.</source>
        <translation>Stellen Sie das Zertifikat des Endpunkts erneut aus.</translation>
    </message>
</context>
<context>
    <name>HubServer</name>
    <message>
        <source>The hub needs a TLS certificate.</source>
        <translation>Der Hub braucht ein TLS-Zertifikat.</translation>
    </message>
    <message>
        <source>Clients send their API token with every request, so the hub only speaks HTTPS.</source>
        <translation>Clients senden ihr API-Token mit jeder Anfrage, daher spricht der Hub nur HTTPS.</translation>
    </message>
    <message>
        <source>Choose a certificate and key for the hub in Settings.</source>
        <translation>Wählen Sie in den Einstellungen ein Zertifikat und einen Schlüssel für den Hub.</translation>
    </message>
    <message>
        <source>Plain HTTP is only allowed on this computer.</source>
        <translation>Unverschlüsseltes HTTP ist nur auf diesem Computer erlaubt.</translation>
    </message>
    <message>
        <source>The hub was asked to listen without TLS on %1.</source>
        <translation>Der Hub sollte auf %1 ohne TLS lauschen.</translation>
    </message>
    <message>
        <source>Listen on 127.0.0.1 for plain HTTP, or give the hub a certificate.</source>
        <translation>Verwenden Sie für unverschlüsseltes HTTP die Adresse 127.0.0.1, oder geben Sie dem Hub ein Zertifikat.</translation>
    </message>
    <message>
        <source>The hub could not start listening.</source>
        <translation>Der Hub konnte den Port nicht öffnen.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is in use or not permitted.</source>
        <translation>Port %1 auf %2 ist belegt oder nicht erlaubt.</translation>
    </message>
    <message>
        <source>Choose another port in Settings, or stop the program that uses it.</source>
        <translation>Wählen Sie in den Einstellungen einen anderen Port oder beenden Sie das Programm, das ihn belegt.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate cannot be changed.</source>
        <translation>Das Zertifikat des Hubs kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>The hub is not listening with TLS.</source>
        <translation>Der Hub läuft nicht mit TLS.</translation>
    </message>
</context>
<context>
    <name>HubSettings</name>
    <message>
        <source>The hub&apos;s listen address is not an IP address.</source>
        <translation>Die Listen-Adresse des Hubs ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>Use an address such as 0.0.0.0, 127.0.0.1 or [::].</source>
        <translation>Verwenden Sie eine Adresse wie 0.0.0.0, 127.0.0.1 oder [::].</translation>
    </message>
    <message>
        <source>Plain HTTP is only allowed on this computer.</source>
        <translation>Unverschlüsseltes HTTP ist nur auf diesem Computer erlaubt.</translation>
    </message>
    <message>
        <source>The hub is set to listen without TLS on %1, where API tokens would cross the network in clear text.</source>
        <translation>Der Hub soll auf %1 ohne TLS lauschen, wo API-Tokens im Klartext durch das Netzwerk gingen.</translation>
    </message>
    <message>
        <source>Listen on 127.0.0.1 (for example behind a local TLS proxy), or turn plain HTTP off.</source>
        <translation>Verwenden Sie 127.0.0.1 als Listen-Adresse (zum Beispiel hinter einem lokalen TLS-Proxy) oder schalten Sie unverschlüsseltes HTTP aus.</translation>
    </message>
    <message>
        <source>The hub is set to use an endpoint&apos;s certificate, but no endpoint is chosen.</source>
        <translation>Der Hub soll das Zertifikat eines Endpunkts verwenden, aber es ist kein Endpunkt gewählt.</translation>
    </message>
    <message>
        <source>Choose the endpoint whose certificate the hub presents, or use a self-signed certificate.</source>
        <translation>Wählen Sie den Endpunkt, dessen Zertifikat der Hub vorzeigt, oder verwenden Sie ein selbstsigniertes Zertifikat.</translation>
    </message>
    <message>
        <source>The acme-dns zone is not a DNS name.</source>
        <translation>Die acme-dns-Zone ist kein DNS-Name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a zone name.</source>
        <translation>„%1“ ist kein Zonenname.</translation>
    </message>
    <message>
        <source>Use the delegation zone&apos;s name, for example acme.example.com.</source>
        <translation>Verwenden Sie den Namen der Delegationszone, zum Beispiel acme.example.com.</translation>
    </message>
    <message>
        <source>acme-dns registration needs a zone.</source>
        <translation>Die acme-dns-Registrierung braucht eine Zone.</translation>
    </message>
    <message>
        <source>Set the zone the registered accounts&apos; records are written in.</source>
        <translation>Legen Sie die Zone fest, in die die Einträge der registrierten Konten geschrieben werden.</translation>
    </message>
    <message>
        <source>The hub&apos;s public URL is not an http(s) URL.</source>
        <translation>Die öffentliche URL des Hubs ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used by clients.</source>
        <translation>„%1“ ist für Clients nicht verwendbar.</translation>
    </message>
    <message>
        <source>Use the URL clients reach the hub at, for example https://certdesk.corp:8443.</source>
        <translation>Verwenden Sie die URL, unter der Clients den Hub erreichen, zum Beispiel https://certdesk.corp:8443.</translation>
    </message>
    <message>
        <source>The hub&apos;s rate limits must be at least 1.</source>
        <translation>Die Ratenlimits des Hubs müssen mindestens 1 betragen.</translation>
    </message>
    <message>
        <source>Raise the limits, or leave them at their defaults.</source>
        <translation>Erhöhen Sie die Limits oder belassen Sie sie bei den Standardwerten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a listen address.</source>
        <translation>„%1“ ist keine Listen-Adresse.</translation>
    </message>
    <message>
        <source>Write ADDRESS:PORT, for example 0.0.0.0:8443, 127.0.0.1:8443 or [::]:8443.</source>
        <translation>Schreiben Sie ADDRESS:PORT, zum Beispiel 0.0.0.0:8443, 127.0.0.1:8443 oder [::]:8443.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate source for the hub.</source>
        <translation>„%1“ ist keine Zertifikatsquelle für den Hub.</translation>
    </message>
    <message>
        <source>Use self-signed, or endpoint:ID for one of CertDesk&apos;s own endpoints.</source>
        <translation>Verwenden Sie self-signed oder endpoint:ID für einen der eigenen Endpunkte von CertDesk.</translation>
    </message>
</context>
<context>
    <name>HubSettingsPanel</name>
    <message>
        <source>&amp;Run the hub (and start it with CertDesk)</source>
        <translation>Hub &amp;betreiben (und mit CertDesk starten)</translation>
    </message>
    <message>
        <source>Plain &amp;HTTP without TLS: only on this computer, behind a local TLS proxy</source>
        <translation>Unverschlüsseltes HTTP ohne &amp;TLS: nur auf diesem Computer, hinter einem lokalen TLS-Proxy</translation>
    </message>
    <message>
        <source>Let acme-dns clients create their own accounts (/&amp;register)</source>
        <translation>acme-dns-Clients eigene Konten anlegen lassen (/re&amp;gister)</translation>
    </message>
    <message>
        <source>&amp;Save Settings</source>
        <translation>Einstellungen &amp;speichern</translation>
    </message>
    <message>
        <source>Management hub</source>
        <translation>Verwaltungs-Hub</translation>
    </message>
    <message>
        <source>Other ACME clients on the network (lego, acme.sh, certbot, Certify) publish their _acme-challenge records through the hub with an API token, so they never hold DNS credentials.</source>
        <translation>Andere ACME-Clients im Netzwerk (lego, acme.sh, certbot, Certify) veröffentlichen ihre _acme-challenge-Einträge mit einem API-Token über den Hub und besitzen so nie DNS-Zugangsdaten.</translation>
    </message>
    <message>
        <source>0.0.0.0 or :: for every network, 127.0.0.1 for this computer only</source>
        <translation>0.0.0.0 oder :: für alle Netzwerke, 127.0.0.1 nur für diesen Computer</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>Optional, like acme.example.com: where acme-dns accounts&apos; records are</source>
        <translation>Optional, z. B. acme.example.com: wo die Einträge der acme-dns-Konten liegen</translation>
    </message>
    <message>
        <source>Optional, like https://certdesk.corp.example:8443</source>
        <translation>Optional, z. B. https://certdesk.corp.example:8443</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Listen-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Public &amp;URL:</source>
        <translation>Öffentliche &amp;URL:</translation>
    </message>
    <message>
        <source>acme-dns clients</source>
        <translation>acme-dns-Clients</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>Z&amp;one:</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Self-signed, made and renewed by CertDesk</source>
        <translation>Selbstsigniert, von CertDesk erzeugt und erneuert</translation>
    </message>
    <message>
        <source>The certificate of %1</source>
        <translation>Das Zertifikat von %1</translation>
    </message>
    <message>
        <source>The certificate of endpoint %1</source>
        <translation>Das Zertifikat von Endpunkt %1</translation>
    </message>
    <message>
        <source>Only possible when the hub listens on 127.0.0.1 or ::1</source>
        <translation>Nur möglich, wenn der Hub auf 127.0.0.1 oder ::1 lauscht</translation>
    </message>
    <message>
        <source>Hub settings saved.</source>
        <translation>Hub-Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Running at &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Läuft unter &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Clients that do not trust its certificate can pin its SHA-256 fingerprint: %1</source>
        <translation>Clients, die seinem Zertifikat nicht vertrauen, können seinen SHA-256-Fingerabdruck fest hinterlegen (Pinning): %1</translation>
    </message>
    <message>
        <source>Plain HTTP, on this computer only.</source>
        <translation>Unverschlüsseltes HTTP, nur auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>HubVerbs</name>
    <message>
        <source>Hub %1
  listen       %2
  certificate  %3
  plain HTTP   %4
  acme-dns     %5
  clients use  %6</source>
        <translation>Hub %1
  Adresse        %2
  Zertifikat     %3
  HTTP ohne TLS  %4
  acme-dns       %5
  Client-URL     %6</translation>
    </message>
    <message>
        <source>enabled (runs with certdesk --headless and the window)</source>
        <translation>aktiviert (läuft mit certdesk --headless und mit dem Fenster)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>none (plain HTTP)</source>
        <translation>keines (unverschlüsseltes HTTP)</translation>
    </message>
    <message>
        <source>on, loopback only</source>
        <translation>an, nur Loopback</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>no zone</source>
        <translation>keine Zone</translation>
    </message>
    <message>
        <source>zone %1, /register %2</source>
        <translation>Zone %1, /register %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed (accounts made with token create)</source>
        <translation>geschlossen (Konten über token create)</translation>
    </message>
    <message>
        <source>Address and port, e.g. 0.0.0.0:8443 or 127.0.0.1:0 (any free port).</source>
        <translation>Adresse und Port, z. B. 0.0.0.0:8443 oder 127.0.0.1:0 (beliebiger freier Port).</translation>
    </message>
    <message>
        <source>self-signed, or endpoint:NAME to present one of CertDesk&apos;s own certificates.</source>
        <translation>self-signed, oder endpoint:NAME, um eines der eigenen Zertifikate von CertDesk vorzuzeigen.</translation>
    </message>
    <message>
        <source>Plain HTTP without TLS, allowed only on a loopback address (behind a local TLS proxy).</source>
        <translation>Unverschlüsseltes HTTP ohne TLS, nur auf einer Loopback-Adresse erlaubt (hinter einem lokalen TLS-Proxy).</translation>
    </message>
    <message>
        <source>CertDesk hub listening at %1 (plain HTTP, loopback only). Stop it with Ctrl+C or SIGTERM.</source>
        <translation>CertDesk-Hub lauscht auf %1 (unverschlüsseltes HTTP, nur Loopback). Beenden mit Strg+C oder SIGTERM.</translation>
    </message>
    <message>
        <source>CertDesk hub listening at %1 with the %2 certificate, SHA-256 %3. Stop it with Ctrl+C or SIGTERM.</source>
        <translation>CertDesk-Hub lauscht auf %1 mit dem Zertifikat %2, SHA-256 %3. Beenden mit Strg+C oder SIGTERM.</translation>
    </message>
    <message>
        <source>Choose either --enable or --disable.</source>
        <translation>Wählen Sie entweder --enable oder --disable.</translation>
    </message>
    <message>
        <source>Choose either --plain-http-loopback or --no-plain-http.</source>
        <translation>Wählen Sie entweder --plain-http-loopback oder --no-plain-http.</translation>
    </message>
    <message>
        <source>--acme-dns-register is on or off.</source>
        <translation>--acme-dns-register ist on oder off.</translation>
    </message>
    <message>
        <source>The hub is set to plain HTTP and has no certificate.</source>
        <translation>Der Hub ist auf unverschlüsseltes HTTP eingestellt und hat kein Zertifikat.</translation>
    </message>
    <message>
        <source>Turn plain HTTP off: certdesk hub configure --no-plain-http</source>
        <translation>Schalten Sie unverschlüsseltes HTTP aus: certdesk hub configure --no-plain-http</translation>
    </message>
    <message>
        <source>The certificate could not be written.</source>
        <translation>Das Zertifikat konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Hub certificate (%1)%2
  SHA-256     %3
  names       %4
  valid until %5</source>
        <translation>Hub-Zertifikat (%1)%2
  SHA-256     %3
  Namen       %4
  gültig bis  %5</translation>
    </message>
    <message>
        <source>, just created</source>
        <translation>, soeben erstellt</translation>
    </message>
    <message>
        <source>
  file        %1</source>
        <translation>
  Datei       %1</translation>
    </message>
    <message>
        <source>
Written to %1; give it to clients that must trust the hub.</source>
        <translation>
Geschrieben nach %1; geben Sie es an Clients weiter, die dem Hub vertrauen müssen.</translation>
    </message>
    <message>
        <source>Run the management hub in the foreground until stopped.</source>
        <translation>Den Verwaltungs-Hub im Vordergrund ausführen, bis er beendet wird.</translation>
    </message>
    <message>
        <source>Show or change the hub&apos;s settings (used by --headless and the window).</source>
        <translation>Die Einstellungen des Hubs anzeigen oder ändern (gelten für --headless und das Fenster).</translation>
    </message>
    <message>
        <source>Start the hub with CertDesk.</source>
        <translation>Den Hub mit CertDesk starten.</translation>
    </message>
    <message>
        <source>Do not start the hub with CertDesk.</source>
        <translation>Den Hub nicht mit CertDesk starten.</translation>
    </message>
    <message>
        <source>Speak HTTPS only (the default).</source>
        <translation>Nur HTTPS sprechen (Standard).</translation>
    </message>
    <message>
        <source>The zone acme-dns accounts&apos; records live in.</source>
        <translation>Die Zone, in der die Einträge der acme-dns-Konten liegen.</translation>
    </message>
    <message>
        <source>on: clients may create acme-dns accounts with POST /register; off: only the administrator makes them.</source>
        <translation>on: Clients dürfen acme-dns-Konten mit POST /register anlegen; off: nur der Administrator legt sie an.</translation>
    </message>
    <message>
        <source>The URL clients reach the hub at (for client configuration).</source>
        <translation>Die URL, unter der Clients den Hub erreichen (für die Client-Konfiguration).</translation>
    </message>
    <message>
        <source>Show the hub&apos;s TLS certificate (made on first use), or write it with --out.</source>
        <translation>Das TLS-Zertifikat des Hubs anzeigen (wird bei der ersten Verwendung erzeugt) oder mit --out schreiben.</translation>
    </message>
    <message>
        <source>Write the certificate (PEM) to FILE.</source>
        <translation>Das Zertifikat (PEM) nach FILE schreiben.</translation>
    </message>
</context>
<context>
    <name>InfoVerb</name>
    <message>
        <source>%1
Data folder:     %2
Database:        %3 (schema %4)
Profile id:      %5</source>
        <translation>%1
Datenordner:     %2
Datenbank:       %3 (Schema %4)
Profil-ID:       %5</translation>
    </message>
    <message>
        <source>Show the profile&apos;s folder and database.</source>
        <translation>Ordner und Datenbank des Profils anzeigen.</translation>
    </message>
</context>
<context>
    <name>Jws</name>
    <message>
        <source>External account binding is incomplete</source>
        <translation>External Account Binding ist unvollständig</translation>
    </message>
    <message>
        <source>Both the key ID and the MAC key are needed.</source>
        <translation>Sowohl die Schlüssel-ID als auch der MAC-Schlüssel werden benötigt.</translation>
    </message>
    <message>
        <source>Copy both values from the CA&apos;s account page into the account settings.</source>
        <translation>Kopieren Sie beide Werte von der Kontoseite der CA in die Kontoeinstellungen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CertDesk</source>
        <translation>CertDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About CertDesk</source>
        <translation>Ü&amp;ber CertDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About CertDesk</source>
        <translation>Über CertDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CertDesk %1&lt;/h3&gt;&lt;p&gt;Managed HTTPS for administrators: certificates from any ACME CA, renewed in the background, with the DNS records to create checked live.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CertDesk %1&lt;/h3&gt;&lt;p&gt;Verwaltetes HTTPS für Administratoren: Zertifikate von jeder ACME-CA, im Hintergrund erneuert, und die anzulegenden DNS-Einträge live geprüft.&lt;/p&gt;&lt;p&gt;Profil: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No endpoints</source>
        <translation>Keine Endpunkte</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n Endpunkt</numerusform>
            <numerusform>%n Endpunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>CA Accounts</source>
        <translation>CA-Konten</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>&amp;Setup Wizard…</source>
        <translation>&amp;Einrichtungsassistent…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Keep Running in the Tray</source>
        <translation>Im &amp;Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Closing the window leaves CertDesk in the tray, so renewals go on</source>
        <translation>Beim Schließen des Fensters bleibt CertDesk im Infobereich, damit Erneuerungen weiterlaufen</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>&amp;Endpunkt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Renewals</source>
        <translation>E&amp;rneuerungen</translation>
    </message>
    <message>
        <source>Renew &amp;Due Certificates Now</source>
        <translation>&amp;Fällige Zertifikate jetzt erneuern</translation>
    </message>
    <message>
        <source>New certificate for %1.</source>
        <translation>Neues Zertifikat für %1.</translation>
    </message>
    <message>
        <source>No certificate for %1: %2</source>
        <translation>Kein Zertifikat für %1: %2</translation>
    </message>
    <message>
        <source>DNS Records</source>
        <translation>DNS-Einträge</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Challenges</translation>
    </message>
    <message>
        <source>API Tokens</source>
        <translation>API-Tokens</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>ManagedChallengeDialog</name>
    <message>
        <source>Edit Managed Challenge</source>
        <translation>Verwaltete Challenge bearbeiten</translation>
    </message>
    <message>
        <source>New Managed Challenge</source>
        <translation>Neue verwaltete Challenge</translation>
    </message>
    <message>
        <source>What it is for, like “Corporate zone”</source>
        <translation>Wofür sie dient, z. B. „Firmenzone“</translation>
    </message>
    <message>
        <source>DNS provider</source>
        <translation>DNS-Anbieter</translation>
    </message>
    <message>
        <source>&amp;New Provider…</source>
        <translation>&amp;Neuer Anbieter…</translation>
    </message>
    <message>
        <source>Optional, like “web, internal”: tokens can be limited to tagged challenges</source>
        <translation>Optional, z. B. „web, internal“: Tokens lassen sich auf Challenges mit bestimmten Tags beschränken</translation>
    </message>
    <message>
        <source>Names to try, like app.example.com a.b.example.com</source>
        <translation>Namen zum Ausprobieren, z. B. app.example.com a.b.example.com</translation>
    </message>
    <message>
        <source>&amp;DNS provider:</source>
        <translation>&amp;DNS-Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>&amp;Names it serves:</source>
        <translation>Bediente Na&amp;men:</translation>
    </message>
    <message>
        <source>T&amp;ry names:</source>
        <translation>Namen ausp&amp;robieren:</translation>
    </message>
    <message>
        <source>No DNS provider yet: create one with New Provider…</source>
        <translation>Noch kein DNS-Anbieter: Legen Sie einen an mit Neuer Anbieter…</translation>
    </message>
    <message>
        <source>%1: not a host name. %2</source>
        <translation>%1: kein Hostname. %2</translation>
    </message>
    <message>
        <source>%1: no managed challenge serves it.</source>
        <translation>%1: Keine verwaltete Challenge bedient diesen Namen.</translation>
    </message>
    <message>
        <source>%1: served by this challenge.</source>
        <translation>%1: wird von dieser Challenge bedient.</translation>
    </message>
    <message>
        <source>%1: “%2” serves it (its rule is more specific, or it is older).</source>
        <translation>%1: „%2“ bedient diesen Namen (ihre Regel ist spezifischer, oder sie ist älter).</translation>
    </message>
    <message>
        <source>%1: “%2” serves it.</source>
        <translation>%1: „%2“ bedient diesen Namen.</translation>
    </message>
    <message>
        <source>The managed challenge needs a DNS provider.</source>
        <translation>Die verwaltete Challenge braucht einen DNS-Anbieter.</translation>
    </message>
    <message>
        <source>Choose one, or create one with New Provider…</source>
        <translation>Wählen Sie einen aus, oder legen Sie einen an mit Neuer Anbieter…</translation>
    </message>
</context>
<context>
    <name>ManagedChallengeRepository</name>
    <message>
        <source>Managed challenges could not be read or saved.</source>
        <translation>Verwaltete Challenges konnten nicht gelesen oder gespeichert werden.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable and not full.</source>
        <translation>Prüfen Sie, ob der Datenordner beschreibbar und nicht voll ist.</translation>
    </message>
    <message>
        <source>A managed challenge needs a title.</source>
        <translation>Eine verwaltete Challenge braucht einen Titel.</translation>
    </message>
    <message>
        <source>Give it a name that says what it is for, like &quot;Corporate zone&quot;.</source>
        <translation>Geben Sie ihr einen Namen, der sagt, wofür sie dient, etwa „Firmenzone“.</translation>
    </message>
    <message>
        <source>Only DNS-01 managed challenges are supported.</source>
        <translation>Es werden nur verwaltete DNS-01-Challenges unterstützt.</translation>
    </message>
    <message>
        <source>The challenge type &quot;%1&quot; is not supported.</source>
        <translation>Der Challenge-Typ „%1“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Choose dns-01.</source>
        <translation>Wählen Sie dns-01.</translation>
    </message>
    <message>
        <source>The domain match rule has entries that are not hostnames.</source>
        <translation>Die Namensregel enthält Einträge, die keine Hostnamen sind.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>Use names like example.com or *.example.com, separated by semicolons.</source>
        <translation>Verwenden Sie Namen wie example.com oder *.example.com, getrennt durch Semikolons.</translation>
    </message>
    <message>
        <source>The DNS provider of this managed challenge does not exist.</source>
        <translation>Der DNS-Anbieter dieser verwalteten Challenge existiert nicht.</translation>
    </message>
    <message>
        <source>Choose one of the configured DNS providers.</source>
        <translation>Wählen Sie einen der eingerichteten DNS-Anbieter.</translation>
    </message>
    <message>
        <source>The managed challenge no longer exists.</source>
        <translation>Die verwaltete Challenge existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Reload the list; it may have been deleted.</source>
        <translation>Laden Sie die Liste neu; die Challenge wurde möglicherweise gelöscht.</translation>
    </message>
</context>
<context>
    <name>ManagedChallengeTableModel</name>
    <message>
        <source>DNS provider %1</source>
        <translation>DNS-Anbieter %1</translation>
    </message>
    <message>
        <source>Every name no other challenge serves</source>
        <translation>Jeder Name, den keine andere Challenge bedient</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>DNS provider</source>
        <translation>DNS-Anbieter</translation>
    </message>
    <message>
        <source>Names it serves</source>
        <translation>Bediente Namen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>The fallback: it serves every name that no other managed challenge&apos;s rule matches.</source>
        <translation>Der Fallback: Er bedient jeden Namen, auf den die Regel keiner anderen verwalteten Challenge passt.</translation>
    </message>
</context>
<context>
    <name>ManagedChallengesPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>E&amp;ntfernen…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>En&amp;tfernen…</translation>
    </message>
    <message>
        <source>A managed challenge lets a DNS provider write the _acme-challenge records for the names its rule matches: for CertDesk&apos;s own certificates whose names are not delegated, and for the ACME clients that use the hub. When several rules match a name, the most specific one wins.</source>
        <translation>Mit einer verwalteten Challenge schreibt ein DNS-Anbieter die _acme-challenge-Einträge für die Namen, auf die ihre Regel passt: für CertDesks eigene Zertifikate, deren Namen nicht delegiert sind, und für die ACME-Clients, die den Hub nutzen. Passen mehrere Regeln auf einen Namen, gewinnt die spezifischste.</translation>
    </message>
    <message>
        <source>&amp;Add Challenge…</source>
        <translation>Challenge hinzu&amp;fügen…</translation>
    </message>
    <message>
        <source>Add &amp;Provider…</source>
        <translation>Anbieter hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Managed challenges</source>
        <translation>Verwaltete Challenges</translation>
    </message>
    <message>
        <source>DNS providers</source>
        <translation>DNS-Anbieter</translation>
    </message>
    <message>
        <source>The DNS services CertDesk writes records through. Their credentials are kept in the system keychain and are never shown again.</source>
        <translation>Die DNS-Dienste, über die CertDesk Einträge schreibt. Ihre Zugangsdaten werden im Schlüsselbund des Systems aufbewahrt und nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>Managed challenge “%1” added.</source>
        <translation>Verwaltete Challenge „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Managed challenge “%1” saved.</source>
        <translation>Verwaltete Challenge „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Remove Managed Challenge</source>
        <translation>Verwaltete Challenge entfernen</translation>
    </message>
    <message>
        <source>Remove the managed challenge “%1”?</source>
        <translation>Die verwaltete Challenge „%1“ entfernen?</translation>
    </message>
    <message>
        <source>API tokens scoped to it can no longer write through it, and names only it serves fall to another challenge or to none.</source>
        <translation>API-Tokens, die auf sie beschränkt sind, können nicht mehr über sie schreiben, und Namen, die nur sie bedient, fallen an eine andere Challenge oder an keine.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Managed challenge “%1” removed.</source>
        <translation>Verwaltete Challenge „%1“ entfernt.</translation>
    </message>
    <message>
        <source>DNS provider “%1” added.</source>
        <translation>DNS-Anbieter „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>DNS provider “%1” saved.</source>
        <translation>DNS-Anbieter „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Remove DNS Provider</source>
        <translation>DNS-Anbieter entfernen</translation>
    </message>
    <message>
        <source>Remove the DNS provider “%1” and its credential?</source>
        <translation>Den DNS-Anbieter „%1“ und seine Zugangsdaten entfernen?</translation>
    </message>
    <message>
        <source>Its credential is deleted from the keychain as well. A provider that a managed challenge or the delegation zone uses is not removed.</source>
        <translation>Seine Zugangsdaten werden ebenfalls aus dem Schlüsselbund gelöscht. Ein Anbieter, den eine verwaltete Challenge oder die Delegationszone verwendet, wird nicht entfernt.</translation>
    </message>
    <message>
        <source>DNS provider “%1” removed.</source>
        <translation>DNS-Anbieter „%1“ entfernt.</translation>
    </message>
</context>
<context>
    <name>MatchRuleFeedback</name>
    <message>
        <source>Not a host name: %1. Use names like example.com or *.example.com, separated by semicolons.</source>
        <translation>Kein Hostname: %1. Verwenden Sie Namen wie example.com oder *.example.com, getrennt durch Semikolons.</translation>
    </message>
    <message>
        <source>Empty: this is the fallback, serving every name no other managed challenge serves.</source>
        <translation>Leer: Dies ist der Fallback, der jeden Namen bedient, den keine andere verwaltete Challenge bedient.</translation>
    </message>
    <message>
        <source>%1 matches %2 and the names one label below it (like www.%2), not deeper ones.</source>
        <translation>%1 passt auf %2 und die Namen ein Label darunter (wie www.%2), nicht auf tiefere.</translation>
    </message>
    <message>
        <source>%1 matches exactly that name (and its wildcard certificate).</source>
        <translation>%1 passt genau auf diesen Namen (und sein Wildcard-Zertifikat).</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>CertDesk: renewal of %1 failed</source>
        <translation>CertDesk: Erneuerung von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>CertDesk: the certificate of %1 expires %2</source>
        <translation>CertDesk: Das Zertifikat von %1 läuft am %2 ab</translation>
    </message>
    <message>
        <source>CertDesk: a DNS record of %1 needs attention</source>
        <translation>CertDesk: Ein DNS-Eintrag von %1 erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>CertDesk notification</source>
        <translation>CertDesk-Benachrichtigung</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Namen: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Current certificate expires: %1</source>
        <translation>Aktuelles Zertifikat läuft ab: %1</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Nächster Versuch: %1</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>Optional: PEM file of a private CA</source>
        <translation>Optional: PEM-Datei einer privaten CA</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Trusted CA Certificates</source>
        <translation>Vertrauenswürdige CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt)</source>
        <translation>PEM-Dateien (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Send alerts by &amp;email</source>
        <translation>Warnungen per &amp;E-Mail senden</translation>
    </message>
    <message>
        <source>Send Test &amp;Email</source>
        <translation>Test-E-&amp;Mail senden</translation>
    </message>
    <message>
        <source>Send alerts to a &amp;webhook</source>
        <translation>Warnungen an einen &amp;Webhook senden</translation>
    </message>
    <message>
        <source>&amp;Sign each request with a secret (HMAC-SHA256)</source>
        <translation>Jede Anfrage mit einem Geheimnis s&amp;ignieren (HMAC-SHA256)</translation>
    </message>
    <message>
        <source>Send Test &amp;Webhook</source>
        <translation>Test-Webhoo&amp;k senden</translation>
    </message>
    <message>
        <source>A &amp;renewal failed</source>
        <translation>Eine E&amp;rneuerung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>A certificate e&amp;xpires in fewer than</source>
        <translation>Ein Zertifikat läuft &amp;bald ab: in weniger als</translation>
    </message>
    <message>
        <source>A required &amp;DNS record broke</source>
        <translation>Ein erforderlicher &amp;DNS-Eintrag stimmt nicht mehr</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meist Port 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (meist Port 465)</translation>
    </message>
    <message>
        <source>None: a relay on this computer only</source>
        <translation>Keine: nur ein Relay auf diesem Computer</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>certdesk@example.com</source>
        <translation>certdesk@example.com</translation>
    </message>
    <message>
        <source>admin@example.com, oncall@example.com</source>
        <translation>admin@example.com, oncall@example.com</translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>Mail&amp;server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Passwor&amp;t:</translation>
    </message>
    <message>
        <source>Trusted C&amp;A:</source>
        <translation>Vertrauenswürdige &amp;CA:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Abse&amp;nder:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Emp&amp;fänger:</translation>
    </message>
    <message>
        <source>https://hooks.example.com/certdesk</source>
        <translation>https://hooks.example.com/certdesk</translation>
    </message>
    <message>
        <source>The X-CertDesk-Signature header lets the receiver check that the alert came from CertDesk.</source>
        <translation>Am Header X-CertDesk-Signature kann der Empfänger prüfen, ob die Warnung von CertDesk stammt.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>UR&amp;L:</translation>
    </message>
    <message>
        <source>Secre&amp;t:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Trusted CA:</source>
        <translation>Vertrauenswürdige CA:</translation>
    </message>
    <message>
        <source>Send an alert when</source>
        <translation>Eine Warnung senden, wenn</translation>
    </message>
    <message>
        <source>Only while its renewal is overdue: a certificate renewed on time never warns.</source>
        <translation>Nur solange seine Erneuerung überfällig ist: Ein rechtzeitig erneuertes Zertifikat löst nie eine Warnung aus.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Alerts are sent by the CertDesk that runs the renewals: this window, or the background service (certdesk --headless) when one runs for this profile.</source>
        <translation>Warnungen sendet die CertDesk-Instanz, die die Erneuerungen ausführt: dieses Fenster oder der Hintergrunddienst (certdesk --headless), wenn einer für dieses Profil läuft.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Kept in the keychain; type to replace it</source>
        <translation>Im Schlüsselbund aufbewahrt; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Kept in the keychain, never in a file</source>
        <translation>Wird im Schlüsselbund aufbewahrt, nie in einer Datei</translation>
    </message>
    <message>
        <source>Enter the mail server&apos;s name, for example smtp.example.com.</source>
        <translation>Geben Sie den Namen des Mailservers ein, zum Beispiel smtp.example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a host name or an IP address.</source>
        <translation>„%1“ ist kein Hostname und keine IP-Adresse.</translation>
    </message>
    <message>
        <source>Without encryption CertDesk only talks to a mail relay on this computer (localhost); choose STARTTLS or TLS for %1.</source>
        <translation>Ohne Verschlüsselung spricht CertDesk nur mit einem Mail-Relay auf diesem Computer (localhost); wählen Sie STARTTLS oder TLS für %1.</translation>
    </message>
    <message>
        <source>A password is never sent unencrypted: choose STARTTLS or TLS, or leave the user name empty.</source>
        <translation>Ein Passwort wird nie unverschlüsselt gesendet: Wählen Sie STARTTLS oder TLS, oder lassen Sie den Benutzernamen leer.</translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation>Geben Sie das Passwort von %1 ein.</translation>
    </message>
    <message>
        <source>Enter the sender address the mail server accepts from CertDesk.</source>
        <translation>Geben Sie die Absenderadresse ein, die der Mailserver von CertDesk annimmt.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Enter at least one recipient.</source>
        <translation>Geben Sie mindestens einen Empfänger ein.</translation>
    </message>
    <message>
        <source>Enter the URL that receives the alerts.</source>
        <translation>Geben Sie die URL ein, die die Warnungen empfängt.</translation>
    </message>
    <message>
        <source>“%1” is not a web address such as https://hooks.example.com/certdesk.</source>
        <translation>„%1“ ist keine Webadresse wie https://hooks.example.com/certdesk.</translation>
    </message>
    <message>
        <source>Alerts leave this computer only over HTTPS; use an https:// address.</source>
        <translation>Warnungen verlassen diesen Computer nur über HTTPS; verwenden Sie eine https://-Adresse.</translation>
    </message>
    <message>
        <source>Enter the secret the receiver checks signatures with.</source>
        <translation>Geben Sie das Geheimnis ein, mit dem der Empfänger Signaturen prüft.</translation>
    </message>
    <message>
        <source>Sending a test message to %1 …</source>
        <translation>Testnachricht an %1 wird gesendet …</translation>
    </message>
    <message>
        <source>✓ %1 accepted the test message. Check that it arrived.</source>
        <translation>✓ %1 hat die Testnachricht angenommen. Prüfen Sie, ob sie angekommen ist.</translation>
    </message>
    <message>
        <source>Posting a test alert …</source>
        <translation>Testwarnung wird gesendet …</translation>
    </message>
    <message>
        <source>✓ %1 accepted the test alert.</source>
        <translation>✓ %1 hat die Testwarnung angenommen.</translation>
    </message>
</context>
<context>
    <name>NotifyVerbs</name>
    <message>
        <source>The secret file cannot be read.</source>
        <translation>Die Datei mit dem Geheimnis kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>--smtp-security is starttls, tls or none.</source>
        <translation>--smtp-security ist starttls, tls oder none.</translation>
    </message>
    <message>
        <source>--webhook-url needs a full URL, for example https://hooks.example.com/certdesk.</source>
        <translation>--webhook-url benötigt eine vollständige URL, zum Beispiel https://hooks.example.com/certdesk.</translation>
    </message>
    <message>
        <source>Notification settings saved.</source>
        <translation>Benachrichtigungseinstellungen gespeichert.</translation>
    </message>
    <message>
        <source>No email or webhook is configured; see certdesk notify set --help.</source>
        <translation>Es ist weder E-Mail noch Webhook eingerichtet; siehe certdesk notify set --help.</translation>
    </message>
    <message>
        <source>This is a test notification from CertDesk.</source>
        <translation>Dies ist eine Testbenachrichtigung von CertDesk.</translation>
    </message>
    <message>
        <source>Test notification delivered.</source>
        <translation>Testbenachrichtigung zugestellt.</translation>
    </message>
    <message>
        <source>Configure email and webhook alerts.</source>
        <translation>Warnungen per E-Mail und Webhook einrichten.</translation>
    </message>
    <message>
        <source>Mail server.</source>
        <translation>Mailserver.</translation>
    </message>
    <message>
        <source>Mail server port (default 587).</source>
        <translation>Port des Mailservers (Standard 587).</translation>
    </message>
    <message>
        <source>starttls (default), tls, or none (loopback relay only).</source>
        <translation>starttls (Standard), tls oder none (nur Relay auf Loopback).</translation>
    </message>
    <message>
        <source>Mail server user name.</source>
        <translation>Benutzername am Mailserver.</translation>
    </message>
    <message>
        <source>File with the mail password (- for standard input).</source>
        <translation>Datei mit dem Mail-Passwort (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>PEM file trusted for the mail server.</source>
        <translation>PEM-Datei, der für den Mailserver vertraut wird.</translation>
    </message>
    <message>
        <source>Sender address.</source>
        <translation>Absenderadresse.</translation>
    </message>
    <message>
        <source>Recipients, comma separated.</source>
        <translation>Empfänger, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>URL that receives JSON POSTs.</source>
        <translation>URL, die JSON-POSTs empfängt.</translation>
    </message>
    <message>
        <source>File with the webhook signing secret.</source>
        <translation>Datei mit dem Signaturgeheimnis des Webhooks.</translation>
    </message>
    <message>
        <source>PEM file trusted for the webhook receiver.</source>
        <translation>PEM-Datei, der für den Webhook-Empfänger vertraut wird.</translation>
    </message>
    <message>
        <source>Turn email alerts off.</source>
        <translation>Warnungen per E-Mail ausschalten.</translation>
    </message>
    <message>
        <source>Turn webhook alerts off.</source>
        <translation>Warnungen per Webhook ausschalten.</translation>
    </message>
    <message>
        <source>Send a test alert through every configured channel.</source>
        <translation>Eine Testwarnung über jeden eingerichteten Kanal senden.</translation>
    </message>
</context>
<context>
    <name>OrderHistoryModel</name>
    <message>
        <source>In progress (%1)</source>
        <comment>order state as the CA names it</comment>
        <translation>Läuft (%1)</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Zertifikat ausgestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>OrderQueue</name>
    <message>
        <source>No %1 solver is set up for %2.</source>
        <translation>Für %2 ist kein %1-Solver eingerichtet.</translation>
    </message>
    <message>
        <source>Set up the delegation zone (certdesk delegation set) or use http-01.</source>
        <translation>Richten Sie die Delegationszone ein (certdesk delegation set) oder verwenden Sie http-01.</translation>
    </message>
    <message>
        <source>Certificate order for %1 could not start: %2</source>
        <translation>Zertifikatsauftrag für %1 konnte nicht starten: %2</translation>
    </message>
    <message>
        <source>Certificate deployed.</source>
        <translation>Zertifikat bereitgestellt.</translation>
    </message>
    <message>
        <source>Deployment failed: %1</source>
        <translation>Bereitstellung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <source>The order could not be recorded.</source>
        <translation>Der Auftrag konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>A certificate order for this endpoint is already running.</source>
        <translation>Für diesen Endpunkt läuft bereits ein Zertifikatsauftrag.</translation>
    </message>
    <message>
        <source>Wait for it to finish; its progress is in the activity log.</source>
        <translation>Warten Sie, bis er abgeschlossen ist; seinen Fortschritt sehen Sie im Aktivitätsprotokoll.</translation>
    </message>
</context>
<context>
    <name>OrderRunner</name>
    <message>
        <source>The CA does not offer the certificate profile “%1”.</source>
        <translation>Die CA bietet das Zertifikatsprofil „%1“ nicht an.</translation>
    </message>
    <message>
        <source>%1 offers no profiles.</source>
        <translation>%1 bietet keine Profile an.</translation>
    </message>
    <message>
        <source>It offers: %1.</source>
        <translation>Angeboten werden: %1.</translation>
    </message>
    <message>
        <source>Choose one of the CA&apos;s profiles for the endpoint, or none for the CA&apos;s default.</source>
        <translation>Wählen Sie für den Endpunkt eines der Profile der CA oder keines für das Standardprofil der CA.</translation>
    </message>
    <message>
        <source>The CA marked the order as %1.</source>
        <translation>Die CA hat den Auftrag als „%1“ markiert.</translation>
    </message>
    <message>
        <source>%1 cannot be validated with %2.</source>
        <translation>%1 kann nicht mit %2 validiert werden.</translation>
    </message>
    <message>
        <source>No %1 solver is configured for this endpoint.</source>
        <translation>Für diesen Endpunkt ist kein %1-Solver eingerichtet.</translation>
    </message>
    <message>
        <source>The CA does not offer %1 for this name.</source>
        <translation>Die CA bietet für diesen Namen kein %1 an.</translation>
    </message>
    <message>
        <source>Choose another validation method for the endpoint.</source>
        <translation>Wählen Sie eine andere Validierungsmethode für den Endpunkt.</translation>
    </message>
    <message>
        <source>Certificate issued for %1, valid until %2.</source>
        <translation>Zertifikat für %1 ausgestellt, gültig bis %2.</translation>
    </message>
    <message>
        <source>Certificate order for %1 failed: %2</source>
        <translation>Zertifikatsauftrag für %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The new certificate could not be saved.</source>
        <translation>Das neue Zertifikat konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Check that the disk has room and the profile folder is writable, then renew again.</source>
        <translation>Prüfen Sie, ob der Datenträger Platz hat und der Profilordner beschreibbar ist, und erneuern Sie dann noch einmal.</translation>
    </message>
</context>
<context>
    <name>Pkcs12Export</name>
    <message>
        <source>Cannot create the PFX file</source>
        <translation>Die PFX-Datei kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Check the certificate and key, then try again.</source>
        <translation>Prüfen Sie Zertifikat und Schlüssel und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>There is no private key.</source>
        <translation>Es gibt keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The certificate chain is not readable PEM.</source>
        <translation>Die Zertifikatskette ist kein lesbares PEM.</translation>
    </message>
    <message>
        <source>The certificate does not belong to this private key.</source>
        <translation>Das Zertifikat gehört nicht zu diesem privaten Schlüssel.</translation>
    </message>
</context>
<context>
    <name>PowerDnsProvider</name>
    <message>
        <source>The PowerDNS API</source>
        <translation>Die PowerDNS-API</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>The PowerDNS web server, e.g. https://pdns.example.com:8081 (without /api/v1).</source>
        <translation>Der PowerDNS-Webserver, z. B. https://pdns.example.com:8081 (ohne /api/v1).</translation>
    </message>
    <message>
        <source>Server id</source>
        <translation>Server-ID</translation>
    </message>
    <message>
        <source>The server id in API paths; PowerDNS Authoritative always uses “localhost”.</source>
        <translation>Die Server-ID in API-Pfaden; PowerDNS Authoritative verwendet immer „localhost“.</translation>
    </message>
    <message>
        <source>The server id may contain letters, digits, “-”, “_” and “.” only.</source>
        <translation>Die Server-ID darf nur Buchstaben, Ziffern, „-“, „_“ und „.“ enthalten.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>The zone to change; leave empty to pick the server&apos;s zone that holds the name.</source>
        <translation>Die zu ändernde Zone; leer lassen, um die Zone des Servers zu wählen, die den Namen enthält.</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Time to live of the TXT records, in seconds.</source>
        <translation>Gültigkeitsdauer (TTL) der TXT-Einträge in Sekunden.</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Bundle</translation>
    </message>
    <message>
        <source>A PEM file with the CA that signed the API&apos;s certificate, if it is a private CA.</source>
        <translation>Eine PEM-Datei mit der CA, die das Zertifikat der API signiert hat, falls es eine private CA ist.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>The api-key from the PowerDNS configuration (sent as X-API-Key).</source>
        <translation>Der api-key aus der PowerDNS-Konfiguration (wird als X-API-Key gesendet).</translation>
    </message>
    <message>
        <source>PowerDNS API</source>
        <translation>PowerDNS-API</translation>
    </message>
    <message>
        <source>The HTTP API of PowerDNS Authoritative.</source>
        <translation>Die HTTP-API von PowerDNS Authoritative.</translation>
    </message>
    <message>
        <source>PowerDNS has no zone for the name.</source>
        <translation>PowerDNS hat keine Zone für den Namen.</translation>
    </message>
    <message>
        <source>None of the server&apos;s zones holds %1.</source>
        <translation>Keine Zone des Servers enthält %1.</translation>
    </message>
    <message>
        <source>%1 is not in zone %2, or the server has no zone %2.</source>
        <translation>%1 liegt nicht in der Zone %2, oder der Server hat keine Zone %2.</translation>
    </message>
    <message>
        <source>Create the zone in PowerDNS, or correct the zone in the provider settings.</source>
        <translation>Legen Sie die Zone in PowerDNS an oder korrigieren Sie die Zone in den Anbietereinstellungen.</translation>
    </message>
    <message>
        <source>PowerDNS %1 at %2 accepts the API key.</source>
        <translation>PowerDNS %1 unter %2 akzeptiert den API-Schlüssel.</translation>
    </message>
    <message>
        <source>PowerDNS %1 at %2 accepts the API key and serves zone %3.</source>
        <translation>PowerDNS %1 unter %2 akzeptiert den API-Schlüssel und bedient die Zone %3.</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <source>The cryptographic library reported an error.</source>
        <translation>Die Kryptografiebibliothek hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>See the log for details and report this as a bug.</source>
        <translation>Details finden Sie im Protokoll; melden Sie dies bitte als Fehler.</translation>
    </message>
    <message>
        <source>Could not generate a %1 key</source>
        <translation>Ein %1-Schlüssel konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>The private key cannot be used</source>
        <translation>Der private Schlüssel kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Provide an unencrypted PEM private key (EC P-256, EC P-384 or RSA 2048–4096 bits).</source>
        <translation>Geben Sie einen unverschlüsselten privaten PEM-Schlüssel an (EC P-256, EC P-384 oder RSA 2048–4096 Bit).</translation>
    </message>
    <message>
        <source>The data is not a readable PEM private key.</source>
        <translation>Die Daten sind kein lesbarer privater PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>Only the P-256 and P-384 curves are supported.</source>
        <translation>Nur die Kurven P-256 und P-384 werden unterstützt.</translation>
    </message>
    <message>
        <source>RSA keys must have 2048, 3072 or 4096 bits.</source>
        <translation>RSA-Schlüssel müssen 2048, 3072 oder 4096 Bit lang sein.</translation>
    </message>
    <message>
        <source>Only EC and RSA keys are supported.</source>
        <translation>Nur EC- und RSA-Schlüssel werden unterstützt.</translation>
    </message>
    <message>
        <source>No key to sign with</source>
        <translation>Kein Schlüssel zum Signieren</translation>
    </message>
    <message>
        <source>Signing failed</source>
        <translation>Signieren fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>No data folder was given.</source>
        <translation>Es wurde kein Datenordner angegeben.</translation>
    </message>
    <message>
        <source>Pass a folder with --data-dir DIR.</source>
        <translation>Geben Sie einen Ordner mit --data-dir DIR an.</translation>
    </message>
    <message>
        <source>The data folder cannot be created.</source>
        <translation>Der Datenordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>CertDesk could not create %1.</source>
        <translation>CertDesk konnte %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>Check the permissions of its parent folder, or choose another with --data-dir.</source>
        <translation>Prüfen Sie die Berechtigungen des übergeordneten Ordners oder wählen Sie mit --data-dir einen anderen.</translation>
    </message>
</context>
<context>
    <name>ProviderAdministration</name>
    <message>
        <source>The %1 provider takes no credential.</source>
        <translation>Der Anbieter %1 verwendet keine Zugangsdaten.</translation>
    </message>
    <message>
        <source>The DNS provider was removed, but its credential is still in the keychain.</source>
        <translation>Der DNS-Anbieter wurde entfernt, aber seine Zugangsdaten liegen noch im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the settings and save again.</source>
        <translation>Nichts wurde gespeichert: Korrigieren Sie die Einstellungen und speichern Sie erneut.</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>New DNS Provider</source>
        <translation>Neuer DNS-Anbieter</translation>
    </message>
    <message>
        <source>Edit DNS Provider</source>
        <translation>DNS-Anbieter bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Correct the settings marked above; nothing was saved.</source>
        <translation>Korrigieren Sie die oben markierten Einstellungen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Testing and saving…</source>
        <translation>Wird getestet und gespeichert…</translation>
    </message>
</context>
<context>
    <name>ProviderForm</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation>Anbietertyp</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reach the DNS service with these settings and check that it accepts the credential; no record is changed</source>
        <translation>Den DNS-Dienst mit diesen Einstellungen erreichen und prüfen, ob er die Zugangsdaten akzeptiert; kein Eintrag wird geändert</translation>
    </message>
    <message>
        <source>&amp;Provider type:</source>
        <translation>Anbieter&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation>%1 (optional):</translation>
    </message>
    <message>
        <source>Stored in the keychain — leave empty to keep</source>
        <translation>Im Schlüsselbund gespeichert – leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>Correct the settings marked above, then test again.</source>
        <translation>Korrigieren Sie die oben markierten Einstellungen und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Reaching the DNS service…</source>
        <translation>DNS-Dienst wird kontaktiert…</translation>
    </message>
</context>
<context>
    <name>ProviderHttp</name>
    <message>
        <source>“%1” is not an http(s) address such as https://dns.example.com:8081.</source>
        <translation>„%1“ ist keine http(s)-Adresse wie https://dns.example.com:8081.</translation>
    </message>
    <message>
        <source>Do not put a user name or password into the address; the credential is kept in the keychain.</source>
        <translation>Tragen Sie keinen Benutzernamen und kein Passwort in die Adresse ein; die Zugangsdaten werden im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>%1 uses plain HTTP to another machine; use https:// so the credential is not sent in clear text.</source>
        <translation>%1 verwendet unverschlüsseltes HTTP zu einem anderen Rechner; verwenden Sie https://, damit die Zugangsdaten nicht im Klartext gesendet werden.</translation>
    </message>
    <message>
        <source>The CA bundle cannot be read.</source>
        <translation>Das CA-Bundle kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Give the path of a PEM file with the CA certificate that signed the API&apos;s certificate.</source>
        <translation>Geben Sie den Pfad einer PEM-Datei mit dem CA-Zertifikat an, das das Zertifikat der API signiert hat.</translation>
    </message>
    <message>
        <source>The CA bundle holds no certificate.</source>
        <translation>Das CA-Bundle enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>%1 contains no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The connection to %1 is not trusted.</source>
        <translation>Der Verbindung zu %1 wird nicht vertraut.</translation>
    </message>
    <message>
        <source>Check the API address; for a private CA, give its certificate as the CA bundle.</source>
        <translation>Prüfen Sie die API-Adresse; geben Sie bei einer privaten CA deren Zertifikat als CA-Bundle an.</translation>
    </message>
    <message>
        <source>%1 could not be reached.</source>
        <translation>%1 war nicht erreichbar.</translation>
    </message>
    <message>
        <source>Check the API address and port, and that the service is running and reachable from this machine.</source>
        <translation>Prüfen Sie API-Adresse und Port und ob der Dienst läuft und von diesem Rechner aus erreichbar ist.</translation>
    </message>
    <message>
        <source>%1 rejected the credential.</source>
        <translation>%1 hat die Zugangsdaten abgelehnt.</translation>
    </message>
    <message>
        <source>HTTP status %1.</source>
        <translation>HTTP-Status %1.</translation>
    </message>
    <message>
        <source>HTTP status %1: %2</source>
        <translation>HTTP-Status %1: %2</translation>
    </message>
    <message>
        <source>Check the API key or token and that it may change this zone&apos;s records.</source>
        <translation>Prüfen Sie den API-Schlüssel bzw. das Token und ob damit die Einträge dieser Zone geändert werden dürfen.</translation>
    </message>
    <message>
        <source>%1 refused the request.</source>
        <translation>%1 hat die Anfrage verweigert.</translation>
    </message>
    <message>
        <source>Check the provider settings (zone, server id) against the service.</source>
        <translation>Gleichen Sie die Anbietereinstellungen (Zone, Server-ID) mit dem Dienst ab.</translation>
    </message>
</context>
<context>
    <name>ProviderJob</name>
    <message>
        <source>The DNS provider is no longer available.</source>
        <translation>Der DNS-Anbieter ist nicht mehr verfügbar.</translation>
    </message>
</context>
<context>
    <name>ProviderOptions</name>
    <message>
        <source>The secret file cannot be read.</source>
        <translation>Die Datei mit dem Geheimnis kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Read the provider&apos;s credential from FILE, or from standard input with -.</source>
        <translation>Die Zugangsdaten des Anbieters aus FILE lesen, oder mit - aus der Standardeingabe.</translation>
    </message>
    <message>
        <source>--%1 is not a setting of the %2 provider.</source>
        <translation>--%1 ist keine Einstellung des Anbieters %2.</translation>
    </message>
    <message>
        <source>The %1 provider takes no secret.</source>
        <translation>Der Anbieter %1 nimmt kein Geheimnis entgegen.</translation>
    </message>
</context>
<context>
    <name>ProviderSchema</name>
    <message>
        <source>“%1” is not a setting of this provider.</source>
        <translation>„%1“ ist keine Einstellung dieses Anbieters.</translation>
    </message>
    <message>
        <source>%1 is a secret and belongs in the keychain, not in the settings.</source>
        <translation>%1 ist ein Geheimnis und gehört in den Schlüsselbund, nicht in die Einstellungen.</translation>
    </message>
    <message>
        <source>%1 must be text or a number.</source>
        <translation>%1 muss Text oder eine Zahl sein.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 muss eines der folgenden sein: %2.</translation>
    </message>
    <message>
        <source>The %1 settings are not complete or not valid.</source>
        <translation>Die Einstellungen für %1 sind unvollständig oder ungültig.</translation>
    </message>
    <message>
        <source>Correct the settings named above; nothing was saved.</source>
        <translation>Korrigieren Sie die oben genannten Einstellungen; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>ProviderVerbs</name>
    <message>
        <source>Give the number of one DNS provider (see certdesk provider list).</source>
        <translation>Geben Sie die Nummer genau eines DNS-Anbieters an (siehe certdesk provider list).</translation>
    </message>
    <message>
        <source>provider add needs --kind %1.</source>
        <translation>provider add benötigt --kind %1.</translation>
    </message>
    <message>
        <source>DNS provider %1 added (id %2).
%3</source>
        <translation>DNS-Anbieter %1 hinzugefügt (ID %2).
%3</translation>
    </message>
    <message>
        <source>No DNS providers yet.</source>
        <translation>Noch keine DNS-Anbieter.</translation>
    </message>
    <message>
        <source>DNS provider %1 removed.</source>
        <translation>DNS-Anbieter %1 entfernt.</translation>
    </message>
    <message>
        <source>DNS provider %1 and its credential removed.</source>
        <translation>DNS-Anbieter %1 und seine Zugangsdaten entfernt.</translation>
    </message>
    <message>
        <source>Add a DNS provider for managed challenges (tested before saving).</source>
        <translation>Einen DNS-Anbieter für verwaltete Challenges hinzufügen (wird vor dem Speichern getestet).</translation>
    </message>
    <message>
        <source>The DNS provider: %1.</source>
        <translation>Der DNS-Anbieter: %1.</translation>
    </message>
    <message>
        <source>A name for the provider.</source>
        <translation>Ein Name für den Anbieter.</translation>
    </message>
    <message>
        <source>List the DNS providers (never their credentials).</source>
        <translation>Die DNS-Anbieter auflisten (niemals ihre Zugangsdaten).</translation>
    </message>
    <message>
        <source>Test a DNS provider&apos;s connection and credential.</source>
        <translation>Verbindung und Zugangsdaten eines DNS-Anbieters testen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Remove a DNS provider no managed challenge or delegation zone uses, with its credential.</source>
        <translation>Einen DNS-Anbieter, den weder eine verwaltete Challenge noch die Delegationszone verwendet, samt Zugangsdaten entfernen.</translation>
    </message>
</context>
<context>
    <name>Provisioning</name>
    <message>
        <source>Its DNS records could not be worked out.</source>
        <translation>Seine DNS-Einträge konnten nicht ermittelt werden.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>CertDesk</source>
        <translation>CertDesk</translation>
    </message>
</context>
<context>
    <name>RecordAdvice</name>
    <message>
        <source>A DNS server</source>
        <translation>Ein DNS-Server</translation>
    </message>
    <message>
        <source>Create this CNAME record at your DNS provider:
%1  CNAME  %2.</source>
        <translation>Legen Sie diesen CNAME-Eintrag bei Ihrem DNS-Anbieter an:
%1  CNAME  %2.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check that it is running and that DNS traffic (UDP and TCP port 53, or the port configured) reaches it from this computer; a firewall may drop it.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie, ob er läuft und ob DNS-Verkehr (UDP und TCP Port 53 oder der eingestellte Port) ihn von diesem Computer aus erreicht; eine Firewall könnte ihn verwerfen.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this computer. Check its address in the DNS settings and the network route to it.</source>
        <translation>%1 ist von diesem Computer aus nicht erreichbar. Prüfen Sie seine Adresse in den DNS-Einstellungen und die Netzwerkroute dorthin.</translation>
    </message>
    <message>
        <source>%1 answered SERVFAIL: it failed to answer for this name. At an authoritative server the zone is usually broken there (expired DNSSEC signatures, a failed zone transfer); at a resolver, a server it depends on is down. Check the zone at your DNS provider.</source>
        <translation>%1 hat mit SERVFAIL geantwortet: Er konnte für diesen Namen keine Antwort liefern. Bei einem autoritativen Server ist meist die Zone dort defekt (abgelaufene DNSSEC-Signaturen, ein fehlgeschlagener Zonentransfer); bei einem Resolver ist ein Server ausgefallen, von dem er abhängt. Prüfen Sie die Zone bei Ihrem DNS-Anbieter.</translation>
    </message>
    <message>
        <source>%1 answered REFUSED: it does not answer questions about this zone from this computer. If it is one of the zone&apos;s name servers, check that the zone&apos;s NS records name the right servers; if it is a resolver, allow this computer to use it or choose another resolver in the DNS settings.</source>
        <translation>%1 hat mit REFUSED geantwortet: Er beantwortet diesem Computer keine Anfragen zu dieser Zone. Ist er einer der Nameserver der Zone, prüfen Sie, ob die NS-Einträge der Zone die richtigen Server nennen; ist er ein Resolver, erlauben Sie diesem Computer, ihn zu nutzen, oder wählen Sie in den DNS-Einstellungen einen anderen Resolver.</translation>
    </message>
    <message>
        <source>A DNS lookup failed; the answers below name the server. Check that the zone is delegated to working name servers and that the resolvers in the DNS settings can reach them.</source>
        <translation>Eine DNS-Abfrage ist fehlgeschlagen; die Antworten unten nennen den Server. Prüfen Sie, ob die Zone an funktionierende Nameserver delegiert ist und ob die Resolver aus den DNS-Einstellungen sie erreichen können.</translation>
    </message>
    <message>
        <source>Remove these records at your DNS provider; a CNAME cannot share its name with other records:
%1
Then create the CNAME:
%2  CNAME  %3.</source>
        <translation>Entfernen Sie diese Einträge bei Ihrem DNS-Anbieter; ein CNAME kann seinen Namen nicht mit anderen Einträgen teilen:
%1
Legen Sie dann den CNAME an:
%2  CNAME  %3.</translation>
    </message>
    <message>
        <source>The CNAME records form a loop (%1). Remove the CNAME that points back, so that %2 points at %3 and %3 is not a CNAME itself.</source>
        <translation>Die CNAME-Einträge bilden eine Schleife (%1). Entfernen Sie den CNAME, der zurückzeigt, sodass %2 auf %3 zeigt und %3 selbst kein CNAME ist.</translation>
    </message>
    <message>
        <source>%1 must not be a CNAME itself (it points at %2): CertDesk publishes the challenge TXT record there. Remove that CNAME from the delegation zone.</source>
        <translation>%1 darf selbst kein CNAME sein (er zeigt auf %2): CertDesk veröffentlicht dort den TXT-Eintrag der Challenge. Entfernen Sie diesen CNAME aus der Delegationszone.</translation>
    </message>
    <message>
        <source>Other data is in the way at %1. Remove it at your DNS provider, then create the CNAME:
%1  CNAME  %2.</source>
        <translation>Unter %1 stehen andere Daten im Weg. Entfernen Sie sie bei Ihrem DNS-Anbieter und legen Sie dann den CNAME an:
%1  CNAME  %2.</translation>
    </message>
    <message>
        <source>Other data is in the way at %1 (%2). Remove it at your DNS provider, then create the CNAME:
%1  CNAME  %3.</source>
        <translation>Unter %1 stehen andere Daten im Weg (%2). Entfernen Sie sie bei Ihrem DNS-Anbieter und legen Sie dann den CNAME an:
%1  CNAME  %3.</translation>
    </message>
    <message>
        <source>Add a CAA record at %1 that allows your CA, for example:
%1  CAA  0 %2 &quot;&lt;the CA&apos;s domain&gt;&quot;
The CA&apos;s own documentation names its CAA domain.</source>
        <translation>Legen Sie unter %1 einen CAA-Eintrag an, der Ihre CA erlaubt, zum Beispiel:
%1  CAA  0 %2 &quot;&lt;the CA&apos;s domain&gt;&quot;
Die Dokumentation der CA nennt ihre CAA-Domain.</translation>
    </message>
    <message>
        <source>Add a CAA record allowing %1 next to the CAA records at %2:
%3
What the records there say now: %4</source>
        <translation>Legen Sie neben den CAA-Einträgen unter %2 einen CAA-Eintrag an, der %1 erlaubt:
%3
Was die Einträge dort jetzt sagen: %4</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Not checked yet. If you have not done so already:</source>
        <translation>Noch nicht geprüft. Falls noch nicht geschehen:</translation>
    </message>
    <message>
        <source>Nothing to do: the record is in place at every authoritative server and the resolvers see it. Keep it; it is needed again at every renewal.</source>
        <translation>Nichts zu tun: Der Eintrag ist auf jedem autoritativen Server vorhanden, und die Resolver sehen ihn. Behalten Sie ihn; er wird bei jeder Erneuerung wieder gebraucht.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to do but wait: the authoritative servers already serve the record, and a resolver may keep its old answer for up to %n second(s). CertDesk checks again by itself.</source>
        <translation>
            <numerusform>Nur abwarten: Die autoritativen Server liefern den Eintrag bereits, und ein Resolver kann seine alte Antwort noch bis zu %n Sekunde behalten. CertDesk prüft von selbst erneut.</numerusform>
            <numerusform>Nur abwarten: Die autoritativen Server liefern den Eintrag bereits, und ein Resolver kann seine alte Antwort noch bis zu %n Sekunden behalten. CertDesk prüft von selbst erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do but wait: not every server serves the record yet. CertDesk checks again by itself.</source>
        <translation>Nur abwarten: Noch liefern nicht alle Server den Eintrag. CertDesk prüft von selbst erneut.</translation>
    </message>
    <message>
        <source>%1 has other addresses (%2) than %3. Update its A/AAAA records to the addresses of %3, or replace them with an ALIAS/ANAME record pointing at %3 if your DNS provider offers one.</source>
        <translation>%1 hat andere Adressen (%2) als %3. Aktualisieren Sie seine A/AAAA-Einträge auf die Adressen von %3, oder ersetzen Sie sie durch einen ALIAS/ANAME-Eintrag, der auf %3 zeigt, sofern Ihr DNS-Anbieter das anbietet.</translation>
    </message>
    <message>
        <source>Change the CNAME record at your DNS provider so that it points at the right target:
%1  CNAME  %2.
It points at %3 now.</source>
        <translation>Ändern Sie den CNAME-Eintrag bei Ihrem DNS-Anbieter so, dass er auf das richtige Ziel zeigt:
%1  CNAME  %2.
Derzeit zeigt er auf %3.</translation>
    </message>
    <message>
        <source>CertDesk asks again by itself.</source>
        <translation>CertDesk fragt von selbst erneut.</translation>
    </message>
</context>
<context>
    <name>RecordCheck</name>
    <message>
        <source>The records cannot be checked.</source>
        <translation>Die Einträge können nicht geprüft werden.</translation>
    </message>
    <message>
        <source>No recursive resolver is configured.</source>
        <translation>Es ist kein rekursiver Resolver eingerichtet.</translation>
    </message>
    <message>
        <source>Give one with --resolver ADDRESS[:PORT] or set it in the DNS settings (certdesk dns set --resolver …).</source>
        <translation>Geben Sie einen mit --resolver ADDRESS[:PORT] an oder legen Sie ihn in den DNS-Einstellungen fest (certdesk dns set --resolver …).</translation>
    </message>
    <message>
        <source>The CAA lookup failed.</source>
        <translation>Die CAA-Abfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 answered %2 for the CAA records of %3.</source>
        <translation>%1 hat für die CAA-Einträge von %3 mit %2 geantwortet.</translation>
    </message>
</context>
<context>
    <name>RecordDetailsView</name>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>What the servers answered</source>
        <translation>Was die Server geantwortet haben</translation>
    </message>
    <message>
        <source>Select a record to see what to do and what the servers answered.</source>
        <translation>Wählen Sie einen Eintrag, um zu sehen, was zu tun ist und was die Server geantwortet haben.</translation>
    </message>
    <message>
        <source>%1: what to do</source>
        <translation>%1: Was zu tun ist</translation>
    </message>
    <message>
        <source>What the servers answered (checked %1)</source>
        <translation>Was die Server geantwortet haben (geprüft um %1)</translation>
    </message>
    <message>
        <source>Checked %1 by the background check: %2
Each server&apos;s answer is shown after the next live check.</source>
        <translation>Von der Hintergrundprüfung %1 geprüft: %2
Die Antwort jedes Servers wird nach der nächsten Live-Prüfung angezeigt.</translation>
    </message>
    <message>
        <source>Each server&apos;s answer is shown after the first live check.</source>
        <translation>Die Antwort jedes Servers wird nach der ersten Live-Prüfung angezeigt.</translation>
    </message>
</context>
<context>
    <name>RecordStatus</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Propagating</source>
        <translation>Wird verteilt</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Wrong target</source>
        <translation>Falsches Ziel</translation>
    </message>
    <message>
        <source>Conflicting data</source>
        <translation>Widersprüchliche Daten</translation>
    </message>
    <message>
        <source>Blocked by CAA</source>
        <translation>Durch CAA blockiert</translation>
    </message>
    <message>
        <source>Lookup error</source>
        <translation>Abfragefehler</translation>
    </message>
</context>
<context>
    <name>RecordStatusRepository</name>
    <message>
        <source>The record check results could not be read or saved.</source>
        <translation>Die Ergebnisse der Eintragsprüfung konnten nicht gelesen oder gespeichert werden.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable and not full.</source>
        <translation>Prüfen Sie, ob der Datenordner beschreibbar und nicht voll ist.</translation>
    </message>
</context>
<context>
    <name>RecordVerdict</name>
    <message>
        <source>answered %1</source>
        <translation>antwortete %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no such name (NXDOMAIN)</source>
        <translation>%1: kein solcher Name (NXDOMAIN)</translation>
    </message>
    <message>
        <source>%1 %2 %3 (TTL %4)</source>
        <translation>%1 %2 %3 (TTL %4)</translation>
    </message>
    <message>
        <source>%1: no %2 record at %3</source>
        <translation>%1: kein %2-Eintrag unter %3</translation>
    </message>
    <message>
        <source>CAA not checked: the CA&apos;s identity (its caaIdentities) is not known.</source>
        <translation>CAA nicht geprüft: Die Identität der CA (ihre caaIdentities) ist nicht bekannt.</translation>
    </message>
    <message>
        <source>CAA lookup for %1 failed: %2</source>
        <translation>CAA-Abfrage für %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The CAA records of %1 could not be read; a CA does not issue then.</source>
        <translation>Die CAA-Einträge von %1 konnten nicht gelesen werden; in diesem Fall stellt eine CA nicht aus.</translation>
    </message>
    <message>
        <source>CAA for %1: none on the name or its parents, any CA may issue.</source>
        <translation>CAA für %1: keine am Namen oder an übergeordneten Namen, jede CA darf ausstellen.</translation>
    </message>
    <message>
        <source>CAA for %1 (records at %2): %3</source>
        <translation>CAA für %1 (Einträge unter %2): %3</translation>
    </message>
    <message>
        <source>The record is right, but the CAA records at %1 do not let the CA issue for %2.</source>
        <translation>Der Eintrag ist richtig, aber die CAA-Einträge unter %1 erlauben der CA nicht, für %2 auszustellen.</translation>
    </message>
    <message>
        <source>authoritative</source>
        <translation>autoritativ</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>An authoritative server of %1 could not be asked.</source>
        <translation>Ein autoritativer Server von %1 konnte nicht abgefragt werden.</translation>
    </message>
    <message>
        <source>The addresses of %1 could not be looked up.</source>
        <translation>Die Adressen von %1 konnten nicht abgefragt werden.</translation>
    </message>
    <message>
        <source>%1 has no addresses: it needs an ALIAS/ANAME record to %2, or A/AAAA records with its addresses.</source>
        <translation>%1 hat keine Adressen: Es braucht einen ALIAS/ANAME-Eintrag auf %2 oder A/AAAA-Einträge mit dessen Adressen.</translation>
    </message>
    <message>
        <source>%1 has no addresses to compare with.</source>
        <translation>%1 hat keine Adressen zum Vergleichen.</translation>
    </message>
    <message>
        <source>%1 has the addresses %2, but %3 has %4.</source>
        <translation>%1 hat die Adressen %2, aber %3 hat %4.</translation>
    </message>
    <message>
        <source>%1 has the same addresses as %2.</source>
        <translation>%1 hat dieselben Adressen wie %2.</translation>
    </message>
    <message>
        <source>The zone of %1 could not be found.</source>
        <translation>Die Zone von %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <source>No authoritative server of %1 could be asked.</source>
        <translation>Kein autoritativer Server von %1 konnte abgefragt werden.</translation>
    </message>
    <message>
        <source>resolver</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>The authoritative server %1 of %2 could not be asked: %3.</source>
        <translation>Der autoritative Server %1 von %2 konnte nicht abgefragt werden: %3.</translation>
    </message>
    <message>
        <source>%1 points at %2 instead of %3.</source>
        <translation>%1 zeigt auf %2 statt auf %3.</translation>
    </message>
    <message>
        <source>Other records are at %1 where the CNAME must be (%2): remove them, then create the CNAME.</source>
        <translation>Unter %1, wo der CNAME stehen muss, gibt es andere Einträge (%2): Entfernen Sie sie und legen Sie dann den CNAME an.</translation>
    </message>
    <message>
        <source>%1 has no CNAME record yet.</source>
        <translation>%1 hat noch keinen CNAME-Eintrag.</translation>
    </message>
    <message>
        <source>%1 of %2 authoritative servers serve the record; the others do not have it yet.</source>
        <translation>%1 von %2 autoritativen Servern liefern den Eintrag aus; den übrigen fehlt er noch.</translation>
    </message>
    <message>
        <source>resolver %1 follows TXT: %2</source>
        <translation>Resolver %1 folgt TXT: %2</translation>
    </message>
    <message>
        <source>The CNAME chain loops: %1.</source>
        <translation>Die CNAME-Kette bildet eine Schleife: %1.</translation>
    </message>
    <message>
        <source>%1 is itself a CNAME (to %2): the challenge TXT cannot be published there.</source>
        <translation>%1 ist selbst ein CNAME (auf %2): Der Challenge-TXT-Eintrag kann dort nicht veröffentlicht werden.</translation>
    </message>
    <message>
        <source>The record is right at the authoritative servers, but resolver %1 %2.</source>
        <translation>Der Eintrag ist auf den autoritativen Servern richtig, aber Resolver %1 %2.</translation>
    </message>
    <message numerus="yes">
        <source>The record is right at the authoritative servers; %1 still serves an old answer for up to %n second(s).</source>
        <translation>
            <numerusform>Der Eintrag ist auf den autoritativen Servern richtig; %1 liefert noch bis zu %n Sekunde lang eine alte Antwort.</numerusform>
            <numerusform>Der Eintrag ist auf den autoritativen Servern richtig; %1 liefert noch bis zu %n Sekunden lang eine alte Antwort.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record is right at the authoritative servers; %1 still serves an old answer.</source>
        <translation>Der Eintrag ist auf den autoritativen Servern richtig; %1 liefert noch eine alte Antwort.</translation>
    </message>
    <message>
        <source>%1 points at %2.</source>
        <translation>%1 zeigt auf %2.</translation>
    </message>
</context>
<context>
    <name>RecordWatcher</name>
    <message>
        <source>A required DNS record broke: %1 %2 is now “%3”.</source>
        <translation>Ein erforderlicher DNS-Eintrag ist defekt: %1 %2 ist jetzt „%3“.</translation>
    </message>
    <message>
        <source>A required DNS record appeared: %1 %2 is now “%3”.</source>
        <translation>Ein erforderlicher DNS-Eintrag ist erschienen: %1 %2 ist jetzt „%3“.</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln minute(s)</source>
        <translation>
            <numerusform>in %Ln Minute</numerusform>
            <numerusform>in %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>vor %Ln Minute</numerusform>
            <numerusform>vor %Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln hour(s)</source>
        <translation>
            <numerusform>in %Ln Stunde</numerusform>
            <numerusform>in %Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>vor %Ln Stunde</numerusform>
            <numerusform>vor %Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>in %Ln Tag</numerusform>
            <numerusform>in %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>vor %Ln Tag</numerusform>
            <numerusform>vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>relative time (absolute time)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RenewalInfoCheck</name>
    <message>
        <source>The CA asks to renew the certificate for %1 now (its suggested window %2 – %3 has passed).</source>
        <translation>Die CA bittet darum, das Zertifikat für %1 jetzt zu erneuern (ihr vorgeschlagenes Zeitfenster %2 – %3 ist verstrichen).</translation>
    </message>
    <message>
        <source>The CA suggests renewing the certificate for %1 between %2 and %3.</source>
        <translation>Die CA schlägt vor, das Zertifikat für %1 zwischen %2 und %3 zu erneuern.</translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation>Erläuterung: %1</translation>
    </message>
</context>
<context>
    <name>RenewalLock</name>
    <message>
        <source>Another CertDesk already runs renewals for this profile.</source>
        <translation>Eine andere CertDesk-Instanz führt bereits Erneuerungen für dieses Profil aus.</translation>
    </message>
    <message>
        <source>Process %1 on %2 holds %3.</source>
        <translation>Prozess %1 auf %2 hält %3.</translation>
    </message>
    <message>
        <source>Stop the other instance (for example the certdesk service) or use it; one instance renews for all.</source>
        <translation>Beenden Sie die andere Instanz (zum Beispiel den certdesk-Dienst) oder verwenden Sie sie; eine Instanz erneuert für alle.</translation>
    </message>
    <message>
        <source>The renewal lock cannot be created.</source>
        <translation>Die Erneuerungssperre kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable.</source>
        <translation>Prüfen Sie, ob der Datenordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>RenewalScheduler</name>
    <message>
        <source>Renewal started.</source>
        <translation>Erneuerung gestartet.</translation>
    </message>
    <message>
        <source>Renewal failed (attempt %1); next attempt at %2.</source>
        <translation>Erneuerung fehlgeschlagen (Versuch %1); nächster Versuch: %2.</translation>
    </message>
    <message>
        <source>Nothing to wait for: the CA checks the challenge when the order is placed.</source>
        <translation>Nichts abzuwarten: Die CA prüft die Challenge, wenn die Bestellung aufgegeben ist.</translation>
    </message>
    <message>
        <source>Every challenge record is in place.</source>
        <translation>Alle Challenge-Einträge sind vorhanden.</translation>
    </message>
    <message>
        <source>Waiting for the DNS records before ordering the first certificate.</source>
        <translation>Warte auf die DNS-Einträge, bevor das erste Zertifikat bestellt wird.</translation>
    </message>
    <message>
        <source>Ordering the first certificate.</source>
        <translation>Das erste Zertifikat wird bestellt.</translation>
    </message>
    <message>
        <source>The first certificate was issued.</source>
        <translation>Das erste Zertifikat wurde ausgestellt.</translation>
    </message>
    <message>
        <source>The first certificate could not be ordered (attempt %1); next attempt at %2.</source>
        <translation>Das erste Zertifikat konnte nicht bestellt werden (Versuch %1); nächster Versuch um %2.</translation>
    </message>
</context>
<context>
    <name>RequiredRecordFilterBar</name>
    <message>
        <source>Show records with status</source>
        <translation>Einträge mit Status anzeigen</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Filter by endpoint, name or value</source>
        <translation>Nach Endpunkt, Name oder Wert filtern</translation>
    </message>
    <message>
        <source>Filter records</source>
        <translation>Einträge filtern</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s) shown</source>
        <translation>
            <numerusform>%1 von %n Eintrag angezeigt</numerusform>
            <numerusform>%1 von %n Einträgen angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequiredRecordModel</name>
    <message>
        <source>Lets CertDesk answer the CA&apos;s DNS challenges</source>
        <translation>Ermöglicht CertDesk, die DNS-Challenges der CA zu beantworten</translation>
    </message>
    <message>
        <source>Sends the name&apos;s traffic to its server or load balancer</source>
        <translation>Leitet den Verkehr des Namens an seinen Server oder Load Balancer</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>DNS record type</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>what a DNS record points at</comment>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>No live check has looked at this record yet.</source>
        <translation>Noch keine Live-Prüfung hat diesen Eintrag untersucht.</translation>
    </message>
    <message>
        <source>%1 (in a DNS console: %2)</source>
        <translation>%1 (in einer DNS-Konsole: %2)</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Geprüft am %1</translation>
    </message>
</context>
<context>
    <name>RequiredRecordTable</name>
    <message>
        <source>Required DNS records</source>
        <translation>Erforderliche DNS-Einträge</translation>
    </message>
    <message>
        <source>Copy &amp;Value</source>
        <translation>&amp;Wert kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Name</source>
        <translation>&amp;Namen kopieren</translation>
    </message>
</context>
<context>
    <name>RequiredRecords</name>
    <message>
        <source>%1 is the apex of its zone, where a CNAME is not allowed. Create an ALIAS or ANAME record pointing at %2 if your DNS provider offers one; otherwise create A and AAAA records with the addresses of %2 (and keep them up to date).</source>
        <translation>%1 ist der Apex seiner Zone, wo ein CNAME nicht erlaubt ist. Legen Sie einen ALIAS- oder ANAME-Eintrag an, der auf %2 zeigt, sofern Ihr DNS-Anbieter das anbietet; legen Sie andernfalls A- und AAAA-Einträge mit den Adressen von %2 an (und halten Sie sie aktuell).</translation>
    </message>
    <message>
        <source>(Assumed from the name; the live check confirms it.)</source>
        <translation>(Aus dem Namen abgeleitet; die Live-Prüfung bestätigt es.)</translation>
    </message>
    <message>
        <source>An endpoint name is not a valid DNS name.</source>
        <translation>Ein Endpunktname ist kein gültiger DNS-Name.</translation>
    </message>
    <message>
        <source>No delegation zone is set up yet.</source>
        <translation>Es ist noch keine Delegationszone eingerichtet.</translation>
    </message>
    <message>
        <source>The _acme-challenge records of %1 point into the delegation zone, which is not configured.</source>
        <translation>Die _acme-challenge-Einträge von %1 zeigen in die Delegationszone, die nicht eingerichtet ist.</translation>
    </message>
    <message>
        <source>Set it up first: certdesk delegation set --zone ZONE --provider KIND …</source>
        <translation>Richten Sie sie zuerst ein: certdesk delegation set --zone ZONE --provider KIND …</translation>
    </message>
    <message>
        <source>Create once; CertDesk publishes each challenge for %1 at %2.</source>
        <translation>Einmalig anlegen; CertDesk veröffentlicht jede Challenge für %1 unter %2.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s target host is not a valid host name.</source>
        <translation>Der Zielhost des Endpunkts ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>“%1” is a wildcard.</source>
        <translation>„%1“ ist eine Wildcard.</translation>
    </message>
    <message>
        <source>Give the host name of the server or load balancer, such as lb.example.net.</source>
        <translation>Geben Sie den Hostnamen des Servers oder Load Balancers an, etwa lb.example.net.</translation>
    </message>
    <message>
        <source>Sends traffic (and the CA&apos;s http-01 checks) for %1 to %2.</source>
        <translation>Leitet den Verkehr (und die http-01-Prüfungen der CA) für %1 an %2.</translation>
    </message>
    <message>
        <source>%1 is a zone apex: no CNAME there. Either an ALIAS/ANAME record (provider-specific):</source>
        <translation>%1 ist ein Zonen-Apex: Dort ist kein CNAME möglich. Entweder ein ALIAS/ANAME-Eintrag (anbieterspezifisch):</translation>
    </message>
    <message>
        <source>or A/AAAA records with the current addresses of %1.</source>
        <translation>oder A/AAAA-Einträge mit den aktuellen Adressen von %1.</translation>
    </message>
    <message>
        <source>Name:  %1</source>
        <translation>Name:    %1</translation>
    </message>
    <message>
        <source>Type:  %1</source>
        <translation>Typ:     %1</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Wert:    %1</translation>
    </message>
    <message>
        <source>TTL:   %1</source>
        <translation>TTL:     %1</translation>
    </message>
    <message>
        <source>Note:  %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>ResolverCheck</name>
    <message>
        <source>The resolver answered without the zone&apos;s SOA record.</source>
        <translation>Der Resolver hat ohne den SOA-Eintrag der Zone geantwortet.</translation>
    </message>
    <message>
        <source>%1 does not seem to see the zone %2.</source>
        <translation>%1 scheint die Zone %2 nicht zu sehen.</translation>
    </message>
    <message>
        <source>Check that it is a recursive resolver that can reach the public DNS.</source>
        <translation>Prüfen Sie, ob es ein rekursiver Resolver ist, der das öffentliche DNS erreichen kann.</translation>
    </message>
</context>
<context>
    <name>Rfc2136Provider</name>
    <message>
        <source>Primary server</source>
        <translation>Primärer Server</translation>
    </message>
    <message>
        <source>Address and port of the server that accepts updates, e.g. 192.0.2.53:53.</source>
        <translation>Adresse und Port des Servers, der Aktualisierungen annimmt, z. B. 192.0.2.53:53.</translation>
    </message>
    <message>
        <source>TSIG key name</source>
        <translation>Name des TSIG-Schlüssels</translation>
    </message>
    <message>
        <source>The key&apos;s name exactly as the server&apos;s configuration spells it.</source>
        <translation>Der Name des Schlüssels, genau so geschrieben wie in der Konfiguration des Servers.</translation>
    </message>
    <message>
        <source>TSIG algorithm</source>
        <translation>TSIG-Algorithmus</translation>
    </message>
    <message>
        <source>The HMAC the key was made for.</source>
        <translation>Der HMAC, für den der Schlüssel erzeugt wurde.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>The zone to update; leave empty to find it from the record name.</source>
        <translation>Die zu aktualisierende Zone; leer lassen, um sie aus dem Eintragsnamen zu ermitteln.</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Time to live of the TXT records, in seconds.</source>
        <translation>Gültigkeitsdauer (TTL) der TXT-Einträge in Sekunden.</translation>
    </message>
    <message>
        <source>TSIG secret</source>
        <translation>TSIG-Geheimnis</translation>
    </message>
    <message>
        <source>The base64 secret from the key file (the text in quotes after “secret”).</source>
        <translation>Das Base64-Geheimnis aus der Schlüsseldatei (der Text in Anführungszeichen nach „secret“).</translation>
    </message>
    <message>
        <source>The TSIG secret is not base64 text.</source>
        <translation>Das TSIG-Geheimnis ist kein Base64-Text.</translation>
    </message>
    <message>
        <source>RFC 2136 (TSIG)</source>
        <translation>RFC 2136 (TSIG)</translation>
    </message>
    <message>
        <source>Dynamic DNS updates signed with a TSIG key: BIND, Knot, PowerDNS, Windows DNS.</source>
        <translation>Dynamische DNS-Aktualisierungen, signiert mit einem TSIG-Schlüssel: BIND, Knot, PowerDNS, Windows DNS.</translation>
    </message>
    <message>
        <source>The record is outside the provider&apos;s zone.</source>
        <translation>Der Eintrag liegt außerhalb der Zone des Anbieters.</translation>
    </message>
    <message>
        <source>%1 is not in zone %2.</source>
        <translation>%1 liegt nicht in der Zone %2.</translation>
    </message>
    <message>
        <source>Use a provider configured for the zone that holds this name.</source>
        <translation>Verwenden Sie einen Anbieter, der für die Zone eingerichtet ist, die diesen Namen enthält.</translation>
    </message>
    <message>
        <source>No DNS client.</source>
        <translation>Kein DNS-Client.</translation>
    </message>
    <message>
        <source>The update server is not authoritative for the name.</source>
        <translation>Der Aktualisierungsserver ist für den Namen nicht autoritativ.</translation>
    </message>
    <message>
        <source>%1 does not serve a zone that holds %2 (it answered %3).</source>
        <translation>%1 bedient keine Zone, die %2 enthält (Antwort: %3).</translation>
    </message>
    <message>
        <source>Enter the zone in the provider settings, or use the primary server of the zone that holds this name.</source>
        <translation>Tragen Sie die Zone in den Anbietereinstellungen ein oder verwenden Sie den primären Server der Zone, die diesen Namen enthält.</translation>
    </message>
    <message>
        <source>%1 answers DNS. No zone is set, so key %2 is proven by the first update of each zone.</source>
        <translation>%1 beantwortet DNS-Anfragen. Es ist keine Zone festgelegt, daher wird der Schlüssel %2 erst bei der ersten Aktualisierung jeder Zone geprüft.</translation>
    </message>
    <message>
        <source>%1 accepts updates of zone %2 signed with key %3 (%4).</source>
        <translation>%1 nimmt mit dem Schlüssel %3 (%4) signierte Aktualisierungen der Zone %2 an.</translation>
    </message>
</context>
<context>
    <name>SchemaMigration</name>
    <message>
        <source>The database could not be upgraded.</source>
        <translation>Die Datenbank konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>Upgrading to schema version %1 failed; the database was left as it was.</source>
        <translation>Die Aktualisierung auf Schemaversion %1 ist fehlgeschlagen; die Datenbank blieb unverändert.</translation>
    </message>
    <message>
        <source>Report this to the CertDesk developers with the details below.</source>
        <translation>Melden Sie dies mit den folgenden Details den CertDesk-Entwicklern.</translation>
    </message>
</context>
<context>
    <name>ScriptProvider</name>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Full path of an executable run as: PROGRAM present|cleanup NAME VALUE, and PROGRAM test.</source>
        <translation>Vollständiger Pfad eines ausführbaren Programms, aufgerufen als: PROGRAM present|cleanup NAME VALUE sowie PROGRAM test.</translation>
    </message>
    <message>
        <source>Give the program&apos;s full path (it is not looked up in PATH).</source>
        <translation>Geben Sie den vollständigen Pfad des Programms an (es wird nicht in PATH gesucht).</translation>
    </message>
    <message>
        <source>%1 is not an executable file.</source>
        <translation>%1 ist keine ausführbare Datei.</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Seconds the program may run before it is stopped.</source>
        <translation>Sekunden, die das Programm laufen darf, bevor es beendet wird.</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Optional; handed to the program in the environment variable CERTDESK_DNS_SECRET.</source>
        <translation>Optional; wird dem Programm in der Umgebungsvariable CERTDESK_DNS_SECRET übergeben.</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Your own program publishes and removes the TXT records.</source>
        <translation>Ihr eigenes Programm veröffentlicht und entfernt die TXT-Einträge.</translation>
    </message>
    <message>
        <source>The DNS script did not finish in time.</source>
        <translation>Das DNS-Skript wurde nicht rechtzeitig fertig.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 ran longer than %n second(s) and was stopped.</source>
        <translation>
            <numerusform>%1 %2 lief länger als %n Sekunde und wurde beendet.</numerusform>
            <numerusform>%1 %2 lief länger als %n Sekunden und wurde beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make the script finish sooner, or raise its timeout.</source>
        <translation>Sorgen Sie dafür, dass das Skript schneller fertig wird, oder erhöhen Sie sein Zeitlimit.</translation>
    </message>
    <message>
        <source>The DNS script failed.</source>
        <translation>Das DNS-Skript ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 %2 crashed. %3</source>
        <translation>%1 %2 ist abgestürzt. %3</translation>
    </message>
    <message>
        <source>%1 %2 exited with status %3. %4</source>
        <translation>%1 %2 wurde mit Status %3 beendet. %4</translation>
    </message>
    <message>
        <source>Run the script by hand with the same arguments to see what it needs.</source>
        <translation>Führen Sie das Skript mit denselben Argumenten von Hand aus, um zu sehen, was es braucht.</translation>
    </message>
    <message>
        <source>The DNS script could not be started.</source>
        <translation>Das DNS-Skript konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>%1 cannot be run.</source>
        <translation>%1 kann nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>Check the path and that the file is executable.</source>
        <translation>Prüfen Sie den Pfad und ob die Datei ausführbar ist.</translation>
    </message>
    <message>
        <source>%1 test exited with status 0.</source>
        <translation>%1 test wurde mit Status 0 beendet.</translation>
    </message>
</context>
<context>
    <name>SecretRef</name>
    <message>
        <source>Invalid keychain reference.</source>
        <translation>Ungültiger Schlüsselbundverweis.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form certdesk/&lt;kind&gt;/&lt;id&gt;.</source>
        <translation>„%1“ hat nicht die Form certdesk/&lt;kind&gt;/&lt;id&gt;.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>A secret is missing from the keychain.</source>
        <translation>Im Schlüsselbund fehlt ein Geheimnis.</translation>
    </message>
    <message>
        <source>The keychain has no entry %1.</source>
        <translation>Der Schlüsselbund hat keinen Eintrag %1.</translation>
    </message>
    <message>
        <source>Enter the credential again in CertDesk; it may have been deleted in the keychain&apos;s own tool.</source>
        <translation>Geben Sie die Zugangsdaten in CertDesk erneut ein; sie wurden möglicherweise mit dem Verwaltungsprogramm des Schlüsselbunds gelöscht.</translation>
    </message>
    <message>
        <source>The keychain refused access.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Access to %1 was denied.</source>
        <translation>Der Zugriff auf %1 wurde verweigert.</translation>
    </message>
    <message>
        <source>Allow CertDesk to use the keychain when asked, or unlock it, and try again.</source>
        <translation>Erlauben Sie CertDesk bei Nachfrage die Verwendung des Schlüsselbunds oder entsperren Sie ihn, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain is locked.</source>
        <translation>Der Schlüsselbund ist gesperrt.</translation>
    </message>
    <message>
        <source>The keychain&apos;s default collection is locked, so %1 could not be used.</source>
        <translation>Die Standardsammlung des Schlüsselbunds ist gesperrt, daher konnte %1 nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Unlock your login keyring (log in to the desktop, or unlock it in Passwords and Keys) and try again.</source>
        <translation>Entsperren Sie Ihren Anmeldeschlüsselbund (melden Sie sich am Desktop an oder entsperren Sie ihn in „Passwörter und Verschlüsselung“) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Using %1 failed: %2</source>
        <translation>Die Verwendung von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Check that the keychain service is running and unlocked, then try again.</source>
        <translation>Prüfen Sie, ob der Schlüsselbunddienst läuft und entsperrt ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Invalid keychain reference.</source>
        <translation>Ungültiger Schlüsselbundverweis.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form certdesk/&lt;kind&gt;/&lt;id&gt;.</source>
        <translation>„%1“ hat nicht die Form certdesk/&lt;kind&gt;/&lt;id&gt;.</translation>
    </message>
    <message>
        <source>Unlock the login keychain in Keychain Access and try again.</source>
        <translation>Entsperren Sie den Schlüsselbund „Anmeldung“ in der Schlüsselbundverwaltung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Make sure the Credential Manager service is running and try again.</source>
        <translation>Stellen Sie sicher, dass der Dienst „Anmeldeinformationsverwaltung“ läuft, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No Secret Service found; install and unlock gnome-keyring or KWallet, then try again.</source>
        <translation>Kein Secret Service gefunden; installieren und entsperren Sie gnome-keyring oder KWallet und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Es ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>CertDesk keeps keys and credentials only in the system keychain, never in a plain file, so nothing was stored.</source>
        <translation>CertDesk bewahrt Schlüssel und Zugangsdaten nur im Schlüsselbund des Systems auf, nie in einer einfachen Datei; daher wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <source>The hub&apos;s certificate could not be created.</source>
        <translation>Das Zertifikat des Hubs konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Check the hub&apos;s listen address and host names in Settings.</source>
        <translation>Prüfen Sie Listen-Adresse und Hostnamen des Hubs in den Einstellungen.</translation>
    </message>
    <message>
        <source>No key was given.</source>
        <translation>Es wurde kein Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>The validity period is empty.</source>
        <translation>Der Gültigkeitszeitraum ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name.</source>
        <translation>„%1“ ist kein Hostname.</translation>
    </message>
    <message>
        <source>The certificate needs at least one host name or address.</source>
        <translation>Das Zertifikat braucht mindestens einen Hostnamen oder eine Adresse.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the marked fields on the “%1” page first.</source>
        <translation>Es wurde nichts gespeichert: Korrigieren Sie zuerst die markierten Felder auf der Seite „%1“.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not everything could be saved.</source>
        <translation>Nicht alles konnte gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set Up CertDesk</source>
        <translation>CertDesk einrichten</translation>
    </message>
</context>
<context>
    <name>SmtpMessageJob</name>
    <message>
        <source>The notification email could not be sent.</source>
        <translation>Die Benachrichtigungs-E-Mail konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <source>Check the mail server settings (host, port, security, user) in CertDesk&apos;s settings.</source>
        <translation>Prüfen Sie die Mailserver-Einstellungen (Host, Port, Sicherheit, Benutzer) in den Einstellungen von CertDesk.</translation>
    </message>
    <message>
        <source>The mail server, the sender and at least one recipient are needed.</source>
        <translation>Mailserver, Absender und mindestens ein Empfänger werden benötigt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable email address.</source>
        <translation>„%1“ ist keine verwendbare E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Unencrypted SMTP is only allowed to a relay on this machine, and never with a password.</source>
        <translation>Unverschlüsseltes SMTP ist nur zu einem Relay auf diesem Rechner erlaubt, und nie mit Passwort.</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be read.</source>
        <translation>Das CA-Bundle %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate could not be verified: %1</source>
        <translation>Das Zertifikat des Mailservers konnte nicht verifiziert werden: %1</translation>
    </message>
    <message>
        <source>%1:%2 — %3</source>
        <translation>%1:%2 — %3</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer in time.</source>
        <translation>Der Mailserver %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The mail server sent an unexpected reply.</source>
        <translation>Der Mailserver hat eine unerwartete Antwort gesendet.</translation>
    </message>
    <message>
        <source>The mail server did not accept the user name or password.</source>
        <translation>Der Mailserver hat Benutzername oder Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The mail server refused: %1 %2</source>
        <translation>Der Mailserver hat abgelehnt: %1 %2</translation>
    </message>
    <message>
        <source>The mail server does not offer STARTTLS, so nothing was sent in clear.</source>
        <translation>Der Mailserver bietet kein STARTTLS an, daher wurde nichts im Klartext gesendet.</translation>
    </message>
</context>
<context>
    <name>StartAtLogin</name>
    <message>
        <source>Start at login could not be changed.</source>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>Check that the folder is writable.</source>
        <translation>Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the registry refused the change</source>
        <translation>die Registry hat die Änderung verweigert</translation>
    </message>
    <message>
        <source>the file cannot be removed</source>
        <translation>die Datei kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The CertDesk database cannot be read.</source>
        <translation>Die CertDesk-Datenbank kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or choose another data folder with --data-dir.</source>
        <translation>Prüfen Sie die Berechtigungen der Datei oder wählen Sie mit --data-dir einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>This is not a CertDesk database.</source>
        <translation>Dies ist keine CertDesk-Datenbank.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one CertDesk created. It was left as it was.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine von CertDesk angelegte. Sie blieb unverändert.</translation>
    </message>
    <message>
        <source>Point --data-dir at an empty folder or at a CertDesk profile.</source>
        <translation>Lassen Sie --data-dir auf einen leeren Ordner oder ein CertDesk-Profil zeigen.</translation>
    </message>
    <message>
        <source>This database was written by a newer CertDesk.</source>
        <translation>Diese Datenbank wurde von einer neueren CertDesk-Version geschrieben.</translation>
    </message>
    <message>
        <source>%1 uses schema version %2; this CertDesk understands up to version %3. The file was not changed.</source>
        <translation>%1 verwendet die Schemaversion %2; diese CertDesk-Version versteht bis Version %3. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Install the newer CertDesk again, or use another data folder with --data-dir.</source>
        <translation>Installieren Sie die neuere CertDesk-Version erneut oder verwenden Sie mit --data-dir einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The data folder cannot be created.</source>
        <translation>Der Datenordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>CertDesk could not create %1.</source>
        <translation>CertDesk konnte %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>Check the permissions of its parent folder, or choose another with --data-dir.</source>
        <translation>Prüfen Sie die Berechtigungen des übergeordneten Ordners oder wählen Sie mit --data-dir einen anderen.</translation>
    </message>
    <message>
        <source>The CertDesk database cannot be opened.</source>
        <translation>Die CertDesk-Datenbank kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>SQLite could not open %1 for writing.</source>
        <translation>SQLite konnte %1 nicht zum Schreiben öffnen.</translation>
    </message>
    <message>
        <source>Check that the folder is writable and not on a read-only medium.</source>
        <translation>Prüfen Sie, ob der Ordner beschreibbar ist und nicht auf einem schreibgeschützten Medium liegt.</translation>
    </message>
    <message>
        <source>SQLite refused to switch %1 to write-ahead logging.</source>
        <translation>SQLite hat sich geweigert, %1 auf Write-Ahead-Logging umzustellen.</translation>
    </message>
    <message>
        <source>Check that the folder is writable and not on a network share.</source>
        <translation>Prüfen Sie, ob der Ordner beschreibbar ist und nicht auf einer Netzwerkfreigabe liegt.</translation>
    </message>
    <message>
        <source>The CertDesk database is damaged.</source>
        <translation>Die CertDesk-Datenbank ist beschädigt.</translation>
    </message>
    <message>
        <source>%1 could not be read as a database. CertDesk has not changed the file.</source>
        <translation>%1 konnte nicht als Datenbank gelesen werden. CertDesk hat die Datei nicht verändert.</translation>
    </message>
    <message>
        <source>Restore the file from a backup, or move it aside to start with an empty profile.</source>
        <translation>Stellen Sie die Datei aus einer Sicherung wieder her oder verschieben Sie sie, um mit einem leeren Profil zu beginnen.</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>&amp;Managed challenge consumer: may publish its own _acme-challenge records</source>
        <translation>Nutzer verwalteter &amp;Challenges: darf seine eigenen _acme-challenge-Einträge veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Certificate consumer: may fetch certificates for its names</source>
        <translation>&amp;Zertifikatsnutzer: darf Zertifikate für seine Namen abrufen</translation>
    </message>
    <message>
        <source>E&amp;xpires after</source>
        <translation>&amp;Gültig bis</translation>
    </message>
    <message>
        <source>Give it an acme-&amp;dns account (for acme.sh, certbot&apos;s hook, lego&apos;s acme-dns)</source>
        <translation>Ihm ein acme-&amp;dns-Konto geben (für acme.sh, den certbot-Hook, acme-dns in lego)</translation>
    </message>
    <message>
        <source>New API Token</source>
        <translation>Neues API-Token</translation>
    </message>
    <message>
        <source>The machine or application that uses it, like build-01</source>
        <translation>Der Rechner oder die Anwendung, die es verwendet, z. B. build-01</translation>
    </message>
    <message>
        <source>Managed challenges it may use</source>
        <translation>Verwaltete Challenges, die es verwenden darf</translation>
    </message>
    <message>
        <source>Every name no other challenge serves</source>
        <translation>Jeder Name, den keine andere Challenge bedient</translation>
    </message>
    <message>
        <source>Or every challenge with one of these tags, like web, internal</source>
        <translation>Oder jede Challenge mit einem dieser Tags, z. B. web, internal</translation>
    </message>
    <message>
        <source>Optional: only these names, like *.build.example.com</source>
        <translation>Optional: nur diese Namen, z. B. *.build.example.com</translation>
    </message>
    <message>
        <source>Set the hub&apos;s acme-dns zone first (Hub page)</source>
        <translation>Legen Sie zuerst die acme-dns-Zone des Hubs fest (Seite „Hub“)</translation>
    </message>
    <message>
        <source>C&amp;reate Token</source>
        <translation>Token &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Used by:</source>
        <translation>&amp;Verwendet von:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>Ma&amp;y use:</source>
        <translation>Darf ver&amp;wenden:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>&amp;Limit to names:</source>
        <translation>Auf Namen &amp;beschränken:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>Its records are written at a new name below %1</source>
        <translation>Seine Einträge werden unter einem neuen Namen unterhalb von %1 geschrieben</translation>
    </message>
    <message>
        <source>Not a host name: %1</source>
        <translation>Kein Hostname: %1</translation>
    </message>
</context>
<context>
    <name>TokenIssuer</name>
    <message>
        <source>An API token needs at least one role.</source>
        <translation>Ein API-Token braucht mindestens eine Rolle.</translation>
    </message>
    <message>
        <source>Choose what it may do, for example Managed Challenge Consumer.</source>
        <translation>Wählen Sie, was es tun darf, zum Beispiel „Nutzer verwalteter Challenges“.</translation>
    </message>
    <message>
        <source>There is no managed challenge %1.</source>
        <translation>Es gibt keine verwaltete Challenge %1.</translation>
    </message>
    <message>
        <source>Choose one of the managed challenges; it may have been removed meanwhile.</source>
        <translation>Wählen Sie eine der verwalteten Challenges; sie wurde möglicherweise inzwischen entfernt.</translation>
    </message>
    <message>
        <source>The hub has no acme-dns zone.</source>
        <translation>Der Hub hat keine acme-dns-Zone.</translation>
    </message>
    <message>
        <source>Set the hub&apos;s acme-dns zone first, in the hub settings or with: certdesk hub configure --acme-dns-zone ZONE</source>
        <translation>Legen Sie zuerst die acme-dns-Zone des Hubs fest, in den Hub-Einstellungen oder mit: certdesk hub configure --acme-dns-zone ZONE</translation>
    </message>
    <message>
        <source>An API token needs a scope.</source>
        <translation>Ein API-Token braucht einen Geltungsbereich.</translation>
    </message>
    <message>
        <source>No managed challenge serves the hub&apos;s acme-dns zone %1.</source>
        <translation>Keine verwaltete Challenge bedient die acme-dns-Zone %1 des Hubs.</translation>
    </message>
    <message>
        <source>It may use no managed challenge yet.</source>
        <translation>Es darf noch keine verwaltete Challenge verwenden.</translation>
    </message>
    <message>
        <source>Choose the managed challenges it may use, or a tag they carry.</source>
        <translation>Wählen Sie die verwalteten Challenges, die es verwenden darf, oder ein Tag, das sie tragen.</translation>
    </message>
</context>
<context>
    <name>TokenSecretDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>lego (httpreq)</source>
        <translation>lego (httpreq)</translation>
    </message>
    <message>
        <source>lego (acme-dns)</source>
        <translation>lego (acme-dns)</translation>
    </message>
    <message>
        <source>certbot (acme-dns hook)</source>
        <translation>certbot (acme-dns-Hook)</translation>
    </message>
    <message>
        <source>Certify The Web</source>
        <translation>Certify The Web</translation>
    </message>
    <message>
        <source>API Token for %1</source>
        <translation>API-Token für %1</translation>
    </message>
    <message>
        <source>Client Setup for %1</source>
        <translation>Client-Einrichtung für %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the secret now.&lt;/b&gt; CertDesk keeps only a keyed hash of it and cannot show it again; once this window is closed, a lost secret means a new token.</source>
        <translation>&lt;b&gt;Kopieren Sie das Secret jetzt.&lt;/b&gt; CertDesk speichert davon nur einen mit Schlüssel berechneten Hash und kann es nicht erneut anzeigen; ist dieses Fenster geschlossen, bedeutet ein verlorenes Secret ein neues Token.</translation>
    </message>
    <message>
        <source>The secret was shown once, when the token was created; paste it where the configuration says so. A lost secret means a new token.</source>
        <translation>Das Secret wurde einmalig beim Erstellen des Tokens angezeigt; fügen Sie es dort ein, wo die Konfiguration es verlangt. Ein verlorenes Secret bedeutet ein neues Token.</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret:</translation>
    </message>
    <message>
        <source>The name the client gets a certificate for, to fill in below</source>
        <translation>Der Name, für den der Client ein Zertifikat bezieht, zum Einsetzen unten</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>Reading the hub&apos;s settings…</source>
        <translation>Die Einstellungen des Hubs werden gelesen…</translation>
    </message>
    <message>
        <source>Copy Configuration</source>
        <translation>Konfiguration kopieren</translation>
    </message>
</context>
<context>
    <name>TokenVerbs</name>
    <message>
        <source>challenges %1</source>
        <translation>Challenges %1</translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation>Tags %1</translation>
    </message>
    <message>
        <source>names %1</source>
        <translation>Namen %1</translation>
    </message>
    <message>
        <source>The API token does not exist.</source>
        <translation>Das API-Token existiert nicht.</translation>
    </message>
    <message>
        <source>No token has the number %1.</source>
        <translation>Kein Token hat die Nummer %1.</translation>
    </message>
    <message>
        <source>See the tokens with: certdesk token list</source>
        <translation>Tokens anzeigen mit: certdesk token list</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>„%1“ ist kein Datum.</translation>
    </message>
    <message>
        <source>Use 2027-01-31, 2027-01-31T18:00:00Z, or a span such as 90d, 12h or 30m.</source>
        <translation>Verwenden Sie 2027-01-31, 2027-01-31T18:00:00Z oder eine Dauer wie 90d, 12h oder 30m.</translation>
    </message>
    <message>
        <source>The expiry date %1 has already passed.</source>
        <translation>Das Ablaufdatum %1 liegt bereits in der Vergangenheit.</translation>
    </message>
    <message>
        <source>Give a date in the future.</source>
        <translation>Geben Sie ein Datum in der Zukunft an.</translation>
    </message>
    <message>
        <source>token create needs --name, the machine or application that uses the token, for example: certdesk token create --name build-01 --role managed-challenge-consumer --challenge 1</source>
        <translation>token create benötigt --name, den Rechner oder die Anwendung, die das Token verwendet, zum Beispiel: certdesk token create --name build-01 --role managed-challenge-consumer --challenge 1</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; the roles are managed-challenge-consumer and certificate-consumer.</source>
        <translation>Unbekannte Rolle „%1“; die Rollen sind managed-challenge-consumer und certificate-consumer.</translation>
    </message>
    <message>
        <source>There is no managed challenge %1.</source>
        <translation>Es gibt keine verwaltete Challenge %1.</translation>
    </message>
    <message>
        <source>See them with: certdesk challenge list</source>
        <translation>Anzeigen mit: certdesk challenge list</translation>
    </message>
    <message>
        <source>The hub has no acme-dns zone.</source>
        <translation>Der Hub hat keine acme-dns-Zone.</translation>
    </message>
    <message>
        <source>Set it first: certdesk hub configure --acme-dns-zone ZONE</source>
        <translation>Legen Sie sie zuerst fest: certdesk hub configure --acme-dns-zone ZONE</translation>
    </message>
    <message>
        <source>A token needs a scope: --challenge ID or --tag TAG (repeatable), or --acme-dns with a managed challenge serving the hub&apos;s acme-dns zone.</source>
        <translation>Ein Token braucht einen Geltungsbereich: --challenge ID oder --tag TAG (mehrfach möglich), oder --acme-dns mit einer verwalteten Challenge, die die acme-dns-Zone des Hubs bedient.</translation>
    </message>
    <message>
        <source>API token for &quot;%1&quot; created (number %2).
  client id  %3
  secret     %4
Keep the secret now: CertDesk stores only a keyed hash of it and cannot show it again.
</source>
        <translation>API-Token für „%1“ erstellt (Nummer %2).
  Client-ID  %3
  Secret     %4
Bewahren Sie das Secret jetzt auf: CertDesk speichert davon nur einen mit Schlüssel berechneten Hash und kann es nicht erneut anzeigen.
</translation>
    </message>
    <message>
        <source>Scope: %1%2
</source>
        <translation>Geltungsbereich: %1%2
</translation>
    </message>
    <message>
        <source>; expires %1</source>
        <translation>; läuft ab am %1</translation>
    </message>
    <message>
        <source>acme-dns account: subdomain %1, records at %2
</source>
        <translation>acme-dns-Konto: Subdomain %1, Einträge unter %2
</translation>
    </message>
    <message>
        <source>Client configuration: certdesk token snippet %1 --for %2</source>
        <translation>Client-Konfiguration: certdesk token snippet %1 --for %2</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  %5
    %6%7  last used %8
</source>
        <translation>%1  %2  %3  %4  %5
    %6%7  zuletzt verwendet %8
</translation>
    </message>
    <message>
        <source>  expires %1</source>
        <translation>  läuft ab am %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>No API tokens yet.</source>
        <translation>Noch keine API-Tokens.</translation>
    </message>
    <message>
        <source>token revoke takes one token: its number or client id (see certdesk token list).</source>
        <translation>token revoke erwartet genau ein Token: seine Nummer oder Client-ID (siehe certdesk token list).</translation>
    </message>
    <message>
        <source>API token %1 (%2) revoked; the hub refuses it from now on.</source>
        <translation>API-Token %1 (%2) widerrufen; der Hub weist es ab sofort ab.</translation>
    </message>
    <message>
        <source>token snippet takes one token and --for %1.</source>
        <translation>token snippet erwartet genau ein Token und --for %1.</translation>
    </message>
    <message>
        <source>Unknown client &quot;%1&quot;; choose one of %2.</source>
        <translation>Unbekannter Client „%1“; wählen Sie einen von %2.</translation>
    </message>
    <message>
        <source>Create an API token for a machine or app; prints its secret once.</source>
        <translation>Ein API-Token für einen Rechner oder eine Anwendung erstellen; gibt sein Secret einmalig aus.</translation>
    </message>
    <message>
        <source>Who uses it, e.g. &quot;build-01&quot;.</source>
        <translation>Wer es verwendet, z. B. „build-01“.</translation>
    </message>
    <message>
        <source>managed-challenge-consumer (the default) or certificate-consumer.</source>
        <translation>managed-challenge-consumer (Standard) oder certificate-consumer.</translation>
    </message>
    <message>
        <source>A managed challenge it may use (repeatable).</source>
        <translation>Eine verwaltete Challenge, die es verwenden darf (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Challenges with this tag it may use (repeatable).</source>
        <translation>Challenges mit diesem Tag, die es verwenden darf (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Limit it further to these names: &quot;*.example.com; example.org&quot;.</source>
        <translation>Es weiter auf diese Namen beschränken: &quot;*.example.com; example.org&quot;.</translation>
    </message>
    <message>
        <source>When it stops working: 2027-01-31, an ISO date-time, or 90d / 12h / 30m.</source>
        <translation>Wann es ungültig wird: 2027-01-31, ein ISO-Zeitpunkt oder 90d / 12h / 30m.</translation>
    </message>
    <message>
        <source>Also give it an acme-dns account in the hub&apos;s acme-dns zone.</source>
        <translation>Ihm zusätzlich ein acme-dns-Konto in der acme-dns-Zone des Hubs geben.</translation>
    </message>
    <message>
        <source>List API tokens with their scope, status and last use.</source>
        <translation>API-Tokens mit Geltungsbereich, Status und letzter Verwendung auflisten.</translation>
    </message>
    <message>
        <source>Revoke an API token at once.</source>
        <translation>Ein API-Token sofort widerrufen.</translation>
    </message>
    <message>
        <source>NUMBER|CLIENT-ID</source>
        <translation>NUMBER|CLIENT-ID</translation>
    </message>
    <message>
        <source>Print client configuration for a token (without its secret).</source>
        <translation>Client-Konfiguration für ein Token ausgeben (ohne sein Secret).</translation>
    </message>
    <message>
        <source>The name the client obtains a certificate for.</source>
        <translation>Der Name, für den der Client ein Zertifikat bezieht.</translation>
    </message>
    <message>
        <source>The ACME account contact (lego).</source>
        <translation>Der Kontakt des ACME-Kontos (lego).</translation>
    </message>
    <message>
        <source>The hub&apos;s URL as clients reach it.</source>
        <translation>Die URL des Hubs, wie Clients sie erreichen.</translation>
    </message>
    <message>
        <source>lego, lego-acme-dns, acme.sh, certbot or certify.</source>
        <translation>lego, lego-acme-dns, acme.sh, certbot oder certify.</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>&amp;Pause Renewals</source>
        <translation>Erneuerungen &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Open CertDesk</source>
        <translation>CertDesk ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Renew Due Certificates Now</source>
        <translation>Fällige Zertifikate jetzt &amp;erneuern</translation>
    </message>
    <message>
        <source>&amp;Quit CertDesk</source>
        <translation>CertDesk &amp;beenden</translation>
    </message>
    <message>
        <source>CertDesk is still running</source>
        <translation>CertDesk läuft weiter</translation>
    </message>
    <message>
        <source>Renewals continue in the background. Open CertDesk from its tray icon, or quit it from the icon&apos;s menu.</source>
        <translation>Erneuerungen laufen im Hintergrund weiter. Öffnen Sie CertDesk über sein Symbol im Infobereich oder beenden Sie es über das Menü des Symbols.</translation>
    </message>
    <message>
        <source>an endpoint</source>
        <translation>ein Endpunkt</translation>
    </message>
    <message>
        <source>CertDesk</source>
        <translation>CertDesk</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) failed</source>
        <translation>
            <numerusform>%n Endpunkt fehlgeschlagen</numerusform>
            <numerusform>%n Endpunkte fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expiring</source>
        <translation>
            <numerusform>%n Zertifikat läuft ab</numerusform>
            <numerusform>%n Zertifikate laufen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewals are paused</source>
        <translation>Erneuerungen sind pausiert</translation>
    </message>
    <message>
        <source>All certificates are fine</source>
        <translation>Alle Zertifikate sind in Ordnung</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) about to expire</source>
        <translation>
            <numerusform>%n Zertifikat läuft bald ab</numerusform>
            <numerusform>%n Zertifikate laufen bald ab</numerusform>
        </translation>
    </message>
    <message>
        <source>They have not been renewed. Open CertDesk to see why.</source>
        <translation>Sie wurden nicht erneuert. Öffnen Sie CertDesk, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>Certificate expired: %1</source>
        <translation>Zertifikat abgelaufen: %1</translation>
    </message>
    <message>
        <source>Certificate expiring: %1</source>
        <translation>Zertifikat läuft ab: %1</translation>
    </message>
    <message>
        <source>It expired %1 and was not renewed; clients see errors.</source>
        <translation>Es ist %1 abgelaufen und wurde nicht erneuert; Clients sehen Fehler.</translation>
    </message>
    <message>
        <source>It expires %1 and has not been renewed.</source>
        <translation>Es läuft %1 ab und wurde nicht erneuert.</translation>
    </message>
    <message numerus="yes">
        <source>%n renewal(s) failed</source>
        <translation>
            <numerusform>%n Erneuerung fehlgeschlagen</numerusform>
            <numerusform>%n Erneuerungen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>The first: %1 — %2</source>
        <translation>Die erste: %1 — %2</translation>
    </message>
    <message>
        <source>CertDesk tries again %1.</source>
        <translation>CertDesk versucht es %1 erneut.</translation>
    </message>
    <message>
        <source>Renewal failed: %1</source>
        <translation>Erneuerung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) need DNS changes</source>
        <translation>
            <numerusform>%n Endpunkt braucht DNS-Änderungen</numerusform>
            <numerusform>%n Endpunkte brauchen DNS-Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DNS record(s) broke</source>
        <translation>
            <numerusform>%n DNS-Eintrag ist defekt</numerusform>
            <numerusform>%n DNS-Einträge sind defekt</numerusform>
        </translation>
    </message>
    <message>
        <source>The first: %1 — %2. Renewals that need them fail until they are fixed.</source>
        <translation>Der erste: %1 — %2. Erneuerungen, die sie brauchen, schlagen fehl, bis sie behoben sind.</translation>
    </message>
    <message>
        <source>DNS record broken: %1</source>
        <translation>DNS-Eintrag defekt: %1</translation>
    </message>
    <message>
        <source>%1
The next renewal of %2 fails until it is fixed; its DNS Records tab says what to change.</source>
        <translation>%1
Die nächste Erneuerung von %2 schlägt fehl, bis er behoben ist; der Reiter „DNS-Einträge“ sagt, was zu ändern ist.</translation>
    </message>
    <message>
        <source>First certificate not issued: %1</source>
        <translation>Erstes Zertifikat nicht ausgestellt: %1</translation>
    </message>
</context>
<context>
    <name>TsigKey</name>
    <message>
        <source>The TSIG key name is not valid.</source>
        <translation>Der Name des TSIG-Schlüssels ist ungültig.</translation>
    </message>
    <message>
        <source>Use the key name exactly as the DNS server&apos;s configuration spells it.</source>
        <translation>Verwenden Sie den Schlüsselnamen genau so, wie er in der Konfiguration des DNS-Servers geschrieben ist.</translation>
    </message>
    <message>
        <source>The TSIG secret is not valid.</source>
        <translation>Das TSIG-Geheimnis ist ungültig.</translation>
    </message>
    <message>
        <source>The secret of key %1 is not base64 text.</source>
        <translation>Das Geheimnis des Schlüssels %1 ist kein Base64-Text.</translation>
    </message>
    <message>
        <source>Copy the secret from the key file: the text in quotes after “secret”, for example from tsig-keygen.</source>
        <translation>Kopieren Sie das Geheimnis aus der Schlüsseldatei: den Text in Anführungszeichen nach „secret“, zum Beispiel von tsig-keygen.</translation>
    </message>
    <message>
        <source>The TSIG algorithm is not supported.</source>
        <translation>Der TSIG-Algorithmus wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>“%1” is not one of hmac-sha256, hmac-sha384 or hmac-sha512.</source>
        <translation>„%1“ ist keiner von hmac-sha256, hmac-sha384 oder hmac-sha512.</translation>
    </message>
    <message>
        <source>Create a key with one of those algorithms, for example with “tsig-keygen -a hmac-sha256”.</source>
        <translation>Erzeugen Sie einen Schlüssel mit einem dieser Algorithmen, zum Beispiel mit „tsig-keygen -a hmac-sha256“.</translation>
    </message>
</context>
<context>
    <name>TxtConfirmation</name>
    <message>
        <source>CertDesk cannot see whether the record was published.</source>
        <translation>CertDesk kann nicht feststellen, ob der Eintrag veröffentlicht wurde.</translation>
    </message>
    <message>
        <source>No recursive resolver is configured to find the authoritative servers of %1.</source>
        <translation>Es ist kein rekursiver Resolver eingerichtet, um die autoritativen Server von %1 zu finden.</translation>
    </message>
    <message>
        <source>Set the resolvers in the DNS settings (certdesk dns set --resolver ADDRESS).</source>
        <translation>Legen Sie die Resolver in den DNS-Einstellungen fest (certdesk dns set --resolver ADDRESS).</translation>
    </message>
    <message>
        <source>no TXT record</source>
        <translation>kein TXT-Eintrag</translation>
    </message>
    <message>
        <source>other values: %1</source>
        <translation>andere Werte: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The TXT record did not appear at the zone&apos;s name servers in time.</source>
        <translation>Der TXT-Eintrag ist nicht rechtzeitig auf den Nameservern der Zone erschienen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was written, but after %n second(s) these servers still do not serve it: %2.</source>
        <translation>
            <numerusform>%1 wurde geschrieben, aber nach %n Sekunde liefern diese Server ihn noch nicht aus: %2.</numerusform>
            <numerusform>%1 wurde geschrieben, aber nach %n Sekunden liefern diese Server ihn noch nicht aus: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that the DNS provider manages the zone these servers answer for, and raise the confirmation timeout if the provider publishes slowly.</source>
        <translation>Prüfen Sie, ob der DNS-Anbieter die Zone verwaltet, für die diese Server antworten, und erhöhen Sie das Zeitlimit für die Bestätigung, wenn der Anbieter langsam veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>WebhookJob</name>
    <message>
        <source>The webhook address is not usable.</source>
        <translation>Die Webhook-Adresse ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an https:// URL (http:// only on this machine).</source>
        <translation>„%1“ muss eine https://-URL sein (http:// nur auf diesem Rechner).</translation>
    </message>
    <message>
        <source>Correct the webhook URL in CertDesk&apos;s settings.</source>
        <translation>Korrigieren Sie die Webhook-URL in den Einstellungen von CertDesk.</translation>
    </message>
    <message>
        <source>The webhook could not be delivered.</source>
        <translation>Der Webhook konnte nicht zugestellt werden.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 hat mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check that the receiver is running and accepts CertDesk&apos;s requests.</source>
        <translation>Prüfen Sie, ob der Empfänger läuft und die Anfragen von CertDesk annimmt.</translation>
    </message>
</context>
<context>
    <name>WebrootSolver</name>
    <message>
        <source>The CA sent an unusable challenge token.</source>
        <translation>Die CA hat ein unbrauchbares Challenge-Token gesendet.</translation>
    </message>
    <message>
        <source>The challenge file could not be written.</source>
        <translation>Die Challenge-Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Writing into %1 failed: %2</source>
        <translation>Schreiben in %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Check the webroot folder in the endpoint&apos;s settings and that CertDesk may write there.</source>
        <translation>Prüfen Sie den Webroot-Ordner in den Einstellungen des Endpunkts und ob CertDesk dort schreiben darf.</translation>
    </message>
    <message>
        <source>the webroot folder does not exist</source>
        <translation>der Webroot-Ordner existiert nicht</translation>
    </message>
    <message>
        <source>the folder could not be created</source>
        <translation>der Ordner konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to CertDesk</source>
        <translation>Willkommen bei CertDesk</translation>
    </message>
    <message>
        <source>Five steps to the first certificate.</source>
        <translation>In fünf Schritten zum ersten Zertifikat.</translation>
    </message>
    <message>
        <source>&lt;p&gt;CertDesk obtains certificates for your servers from an ACME certificate authority and renews them in the background, before they expire.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;A CA account.&lt;/b&gt; Pick a CA, such as Let&apos;s Encrypt, and accept its terms.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The delegation zone.&lt;/b&gt; One zone you control and the DNS provider that writes it, so CertDesk can answer dns-01 challenges for any name delegated to it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The first endpoint.&lt;/b&gt; The host names one server or load balancer answers to, and how the CA can check that they are yours.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Its DNS records.&lt;/b&gt; CertDesk shows what to create at your DNS provider and checks it live.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The first certificate.&lt;/b&gt; CertDesk orders it and shows you the result.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Everything is saved as you go; you can stop at any step and continue later from the File menu.&lt;/p&gt;</source>
        <translation>&lt;p&gt;CertDesk bezieht Zertifikate für Ihre Server von einer ACME-Zertifizierungsstelle (CA) und erneuert sie im Hintergrund, bevor sie ablaufen.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Ein CA-Konto.&lt;/b&gt; Wählen Sie eine CA, etwa Let&apos;s Encrypt, und akzeptieren Sie ihre Bedingungen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Die Delegationszone.&lt;/b&gt; Eine Zone, die Sie verwalten, und der DNS-Anbieter, der in sie schreibt, damit CertDesk dns-01-Challenges für jeden dorthin delegierten Namen beantworten kann.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Der erste Endpunkt.&lt;/b&gt; Die Hostnamen, auf die ein Server oder Load Balancer antwortet, und wie die CA prüfen kann, dass sie Ihnen gehören.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Seine DNS-Einträge.&lt;/b&gt; CertDesk zeigt, was bei Ihrem DNS-Anbieter anzulegen ist, und prüft es live.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Das erste Zertifikat.&lt;/b&gt; CertDesk fordert es an und zeigt Ihnen das Ergebnis.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Alles wird laufend gespeichert; Sie können bei jedem Schritt aufhören und später über das Menü „Datei“ weitermachen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>The background worker cannot open the database.</source>
        <translation>Der Hintergrunddienst kann die Datenbank nicht öffnen.</translation>
    </message>
    <message>
        <source>Background worker started.</source>
        <translation>Hintergrunddienst gestartet.</translation>
    </message>
    <message>
        <source>Background worker stopped.</source>
        <translation>Hintergrunddienst beendet.</translation>
    </message>
    <message>
        <source>Endpoint added: %1.</source>
        <translation>Endpunkt hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>Endpoint settings changed.</source>
        <translation>Endpunkteinstellungen geändert.</translation>
    </message>
    <message>
        <source>A certificate order is running for %1.</source>
        <translation>Für %1 läuft ein Zertifikatsauftrag.</translation>
    </message>
    <message>
        <source>No endpoint was deleted.</source>
        <translation>Es wurde kein Endpunkt gelöscht.</translation>
    </message>
    <message>
        <source>Wait for the order to finish, then delete again.</source>
        <translation>Warten Sie, bis der Auftrag abgeschlossen ist, und löschen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Endpoint deleted: %1.</source>
        <translation>Endpunkt gelöscht: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ACME directory URL.</source>
        <translation>„%1“ ist keine ACME-Verzeichnis-URL.</translation>
    </message>
    <message>
        <source>Use the https:// URL of the CA&apos;s directory, for example https://acme-v02.api.letsencrypt.org/directory.</source>
        <translation>Verwenden Sie die https://-URL des Verzeichnisses der CA, zum Beispiel https://acme-v02.api.letsencrypt.org/directory.</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be read: %2</source>
        <translation>Das CA-Bundle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The background worker is not running.</source>
        <translation>Der Hintergrunddienst läuft nicht.</translation>
    </message>
    <message>
        <source>Restart CertDesk.</source>
        <translation>Starten Sie CertDesk neu.</translation>
    </message>
    <message>
        <source>The records could not be saved.</source>
        <translation>Die Einträge konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
</context>
<context>
    <name>ZoneDiscovery</name>
    <message>
        <source>The zone cannot be looked up.</source>
        <translation>Die Zone kann nicht ermittelt werden.</translation>
    </message>
    <message>
        <source>No name or no DNS client was given.</source>
        <translation>Es wurde kein Name oder kein DNS-Client angegeben.</translation>
    </message>
    <message>
        <source>No DNS zone was found for the name.</source>
        <translation>Für den Namen wurde keine DNS-Zone gefunden.</translation>
    </message>
    <message>
        <source>%1 asked for the zone of %2 and found none.</source>
        <translation>%1 hat nach der Zone von %2 gefragt und keine gefunden.</translation>
    </message>
    <message>
        <source>Check that the domain is registered and delegated, and that the resolver can reach its name servers.</source>
        <translation>Prüfen Sie, ob die Domain registriert und delegiert ist und der Resolver ihre Nameserver erreichen kann.</translation>
    </message>
    <message>
        <source>The zone has no name servers.</source>
        <translation>Die Zone hat keine Nameserver.</translation>
    </message>
    <message>
        <source>%1 returned no NS records for zone %2.</source>
        <translation>%1 hat für die Zone %2 keine NS-Einträge geliefert.</translation>
    </message>
    <message>
        <source>Ask the zone&apos;s administrator to publish NS records.</source>
        <translation>Bitten Sie den Administrator der Zone, NS-Einträge zu veröffentlichen.</translation>
    </message>
    <message>
        <source>The zone&apos;s name servers have no addresses.</source>
        <translation>Die Nameserver der Zone haben keine Adressen.</translation>
    </message>
    <message>
        <source>None of %1 (zone %2) resolves to an address.</source>
        <translation>Keiner von %1 (Zone %2) wird zu einer Adresse aufgelöst.</translation>
    </message>
    <message>
        <source>Check the name servers&apos; A and AAAA records and their glue at the parent zone.</source>
        <translation>Prüfen Sie die A- und AAAA-Einträge der Nameserver und ihre Glue-Einträge in der übergeordneten Zone.</translation>
    </message>
</context>
</TS>
