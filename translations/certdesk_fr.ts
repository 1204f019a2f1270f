<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountDialog</name>
    <message>
        <source>New CA Account</source>
        <translation>Nouveau compte d&apos;AC</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Créer le compte</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Enregistrement du compte…</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>External account binding</source>
        <translation>Liaison de compte externe (EAB)</translation>
    </message>
    <message>
        <source>I have read and &amp;accept the CA&apos;s terms of service</source>
        <translation>J&apos;ai &amp;lu et j&apos;accepte les conditions d&apos;utilisation de l&apos;AC</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>ACME directory URL</source>
        <translation>URL du répertoire ACME</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>Bundle d&apos;AC</translation>
    </message>
    <message>
        <source>Only for a private CA whose server certificate the system does not trust</source>
        <translation>Uniquement pour une AC privée dont le système ne reconnaît pas le certificat de serveur</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Adresse e-mail de contact</translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation>admin@example.com</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>EAB key id</source>
        <translation>Identifiant de clé EAB</translation>
    </message>
    <message>
        <source>EAB HMAC key</source>
        <translation>Clé HMAC EAB</translation>
    </message>
    <message>
        <source>&amp;CA:</source>
        <translation>&amp;AC&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Directory URL:</source>
        <translation>&amp;URL du répertoire&#xa0;:</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>&amp;Bundle d&apos;AC&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Adresse &amp;e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Key id:</source>
        <translation>&amp;Identifiant de clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;HMAC key:</source>
        <translation>Clé &amp;HMAC&#xa0;:</translation>
    </message>
    <message>
        <source>The CA&apos;s host name</source>
        <translation>Nom d&apos;hôte de l&apos;AC</translation>
    </message>
    <message>
        <source>The CA&apos;s terms of service appear here.</source>
        <translation>Les conditions d&apos;utilisation de l&apos;AC s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>CA Bundle</source>
        <translation>Bundle d&apos;AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This CA only accepts accounts linked to an account on its website. Copy the key id and HMAC key from &lt;a href=&quot;%1&quot;&gt;its account page&lt;/a&gt;.</source>
        <translation>Cette AC n&apos;accepte que les comptes liés à un compte sur son site web. Copiez l&apos;identifiant de clé et la clé HMAC depuis &lt;a href=&quot;%1&quot;&gt;sa page de compte&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>This CA only accepts accounts linked to an account on its website. Copy the key id and HMAC key from there.</source>
        <translation>Cette AC n&apos;accepte que les comptes liés à un compte sur son site web. Copiez-y l&apos;identifiant de clé et la clé HMAC.</translation>
    </message>
    <message>
        <source>Only if your CA asks for it.</source>
        <translation>Uniquement si votre AC le demande.</translation>
    </message>
    <message>
        <source>Enter the CA&apos;s ACME directory URL.</source>
        <translation>Saisissez l&apos;URL du répertoire ACME de l&apos;AC.</translation>
    </message>
    <message>
        <source>Asking %1 for its terms of service…</source>
        <translation>Récupération des conditions d&apos;utilisation auprès de %1…</translation>
    </message>
    <message>
        <source>The CA&apos;s terms of service: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Conditions d&apos;utilisation de l&apos;AC&#xa0;: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The CA publishes no terms of service.</source>
        <translation>L&apos;AC ne publie pas de conditions d&apos;utilisation.</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Register a &amp;new account</source>
        <translation>Enregistrer un nouveau &amp;compte</translation>
    </message>
    <message>
        <source>Your CA account</source>
        <translation>Votre compte d&apos;AC</translation>
    </message>
    <message>
        <source>Certificates are ordered with an account at an ACME certificate authority. Its key stays in your system&apos;s keychain.</source>
        <translation>Les certificats sont commandés au moyen d&apos;un compte auprès d&apos;une autorité de certification ACME. Sa clé reste dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Use the account &amp;%1 at %2</source>
        <translation>Utiliser le compte &amp;%1 auprès de %2</translation>
    </message>
    <message>
        <source>Registering with the CA…</source>
        <translation>Enregistrement auprès de l&apos;AC…</translation>
    </message>
    <message>
        <source>Account registered at %1.</source>
        <translation>Compte enregistré auprès de %1.</translation>
    </message>
</context>
<context>
    <name>AccountRegistration</name>
    <message>
        <source>&quot;%1&quot; is not an ACME directory URL.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL de répertoire ACME.</translation>
    </message>
    <message>
        <source>Use the https:// URL of the CA&apos;s directory, for example https://acme-v02.api.letsencrypt.org/directory.</source>
        <translation>Utilisez l&apos;URL https:// du répertoire de l&apos;AC, par exemple https://acme-v02.api.letsencrypt.org/directory.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>The CA writes to this address about expiring certificates and policy changes.</source>
        <translation>L&apos;AC écrit à cette adresse au sujet des certificats qui arrivent à expiration et des changements de politique.</translation>
    </message>
    <message>
        <source>The CA&apos;s terms of service must be accepted.</source>
        <translation>Les conditions d&apos;utilisation de l&apos;AC doivent être acceptées.</translation>
    </message>
    <message>
        <source>Read them, then accept them (on the command line: --agree-tos).</source>
        <translation>Lisez-les, puis acceptez-les (en ligne de commande&#xa0;: --agree-tos).</translation>
    </message>
    <message>
        <source>External account binding needs both a key id and an HMAC key.</source>
        <translation>La liaison de compte externe exige à la fois un identifiant de clé et une clé HMAC.</translation>
    </message>
    <message>
        <source>Both are shown together on the CA&apos;s account page.</source>
        <translation>Les deux figurent ensemble sur la page de compte de l&apos;AC.</translation>
    </message>
    <message>
        <source>The EAB HMAC key is not base64url.</source>
        <translation>La clé HMAC EAB n&apos;est pas en base64url.</translation>
    </message>
    <message>
        <source>Copy it again exactly as the CA shows it, without spaces or quotes.</source>
        <translation>Copiez-la de nouveau exactement telle que l&apos;AC l&apos;affiche, sans espaces ni guillemets.</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be read: %2</source>
        <translation>Le bundle d&apos;AC %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Give the path of a PEM file with the certificate(s) the CA&apos;s server uses.</source>
        <translation>Indiquez le chemin d&apos;un fichier PEM contenant le ou les certificats qu&apos;utilise le serveur de l&apos;AC.</translation>
    </message>
    <message>
        <source>This CA requires external account binding.</source>
        <translation>Cette AC exige une liaison de compte externe.</translation>
    </message>
    <message>
        <source>%1 only accepts accounts linked to an account on its website.</source>
        <translation>%1 n&apos;accepte que les comptes liés à un compte sur son site web.</translation>
    </message>
    <message>
        <source>Copy the EAB key id and HMAC key from the CA&apos;s account page and add them (--eab-kid and --eab-hmac-file).</source>
        <translation>Copiez l&apos;identifiant de clé EAB et la clé HMAC depuis la page de compte de l&apos;AC et ajoutez-les (--eab-kid et --eab-hmac-file).</translation>
    </message>
    <message>
        <source>CA account &quot;%1&quot; registered.</source>
        <translation>Compte d&apos;AC «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
</context>
<context>
    <name>AccountVerbs</name>
    <message>
        <source>The secret file cannot be read.</source>
        <translation>Le fichier contenant le secret ne peut pas être lu.</translation>
    </message>
    <message>
        <source>account add needs --directory URL (the CA&apos;s ACME directory).</source>
        <translation>account add attend --directory URL (le répertoire ACME de l&apos;AC).</translation>
    </message>
    <message>
        <source>Account %1 registered at %2 (id %3).</source>
        <translation>Compte %1 enregistré auprès de %2 (ID %3).</translation>
    </message>
    <message>
        <source>No CA accounts yet.</source>
        <translation>Aucun compte d&apos;AC pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Register an account at an ACME CA.</source>
        <translation>Enregistrer un compte auprès d&apos;une AC ACME.</translation>
    </message>
    <message>
        <source>The CA&apos;s ACME directory URL.</source>
        <translation>L&apos;URL du répertoire ACME de l&apos;AC.</translation>
    </message>
    <message>
        <source>Contact address for the CA.</source>
        <translation>Adresse de contact pour l&apos;AC.</translation>
    </message>
    <message>
        <source>Accept the CA&apos;s terms of service.</source>
        <translation>Accepter les conditions d&apos;utilisation de l&apos;AC.</translation>
    </message>
    <message>
        <source>A name for the account.</source>
        <translation>Un nom pour le compte.</translation>
    </message>
    <message>
        <source>PEM file with the root(s) this CA&apos;s server chains to, trusted instead of the system&apos;s (private CAs).</source>
        <translation>Fichier PEM contenant la ou les racines auxquelles remonte la chaîne du serveur de cette AC, approuvées à la place de celles du système (AC privées).</translation>
    </message>
    <message>
        <source>External account binding key id.</source>
        <translation>Identifiant de clé de la liaison de compte externe (EAB).</translation>
    </message>
    <message>
        <source>File holding the EAB HMAC key (- for standard input).</source>
        <translation>Fichier contenant la clé HMAC EAB (- pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>List the CA accounts.</source>
        <translation>Lister les comptes d&apos;AC.</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>CA accounts</source>
        <translation>Comptes d&apos;AC</translation>
    </message>
    <message>
        <source>Certificates are ordered with an account at an ACME CA. Endpoints use the default account (the newest one) unless their settings name another. Account keys are kept in the system keychain.</source>
        <translation>Les certificats sont commandés au moyen d&apos;un compte auprès d&apos;une AC ACME. Les points de terminaison utilisent le compte par défaut (le plus récent), sauf si leurs paramètres en désignent un autre. Les clés des comptes sont conservées dans le trousseau du système.</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Ajouter un &amp;compte…</translation>
    </message>
    <message>
        <source>Account registered at %1.</source>
        <translation>Compte enregistré auprès de %1.</translation>
    </message>
</context>
<context>
    <name>AcmeClient</name>
    <message>
        <source>No ACME account key is set</source>
        <translation>Aucune clé de compte ACME n&apos;est définie</translation>
    </message>
    <message>
        <source>Create or import an account for this CA first.</source>
        <translation>Créez ou importez d&apos;abord un compte pour cette AC.</translation>
    </message>
    <message>
        <source>The ACME account is not registered yet</source>
        <translation>Le compte ACME n&apos;est pas encore enregistré</translation>
    </message>
    <message>
        <source>Register the account with the CA first.</source>
        <translation>Enregistrez d&apos;abord le compte auprès de l&apos;AC.</translation>
    </message>
    <message>
        <source>The CA did not return the account address</source>
        <translation>L&apos;AC n&apos;a pas renvoyé l&apos;adresse du compte</translation>
    </message>
    <message>
        <source>The CA does not follow RFC 8555; contact its support.</source>
        <translation>L&apos;AC ne respecte pas la RFC 8555&#xa0;; contactez son support.</translation>
    </message>
    <message>
        <source>This CA does not support changing the account key</source>
        <translation>Cette AC ne permet pas de changer la clé du compte</translation>
    </message>
    <message>
        <source>Create a new account with the new key instead.</source>
        <translation>Créez plutôt un nouveau compte avec la nouvelle clé.</translation>
    </message>
    <message>
        <source>Requested names: %1</source>
        <translation>Noms demandés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The CA marked the order as failed</source>
        <translation>L&apos;AC a marqué la commande comme échouée</translation>
    </message>
    <message>
        <source>Check the validation details and start a new order.</source>
        <translation>Vérifiez les détails de la validation et lancez une nouvelle commande.</translation>
    </message>
    <message>
        <source>The CA did not validate %1</source>
        <translation>L&apos;AC n&apos;a pas validé %1</translation>
    </message>
    <message>
        <source>The authorization is %1.</source>
        <translation>L&apos;autorisation est à l&apos;état «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Check the challenge response and start a new order.</source>
        <translation>Vérifiez la réponse au défi et lancez une nouvelle commande.</translation>
    </message>
    <message>
        <source>The CA did not finish in time</source>
        <translation>L&apos;AC n&apos;a pas terminé à temps</translation>
    </message>
    <message>
        <source>%1 was still “%2” when CertDesk stopped waiting.</source>
        <translation>%1 était encore à l&apos;état «&#xa0;%2&#xa0;» quand CertDesk a cessé d&apos;attendre.</translation>
    </message>
    <message>
        <source>The order will be resumed on the next attempt.</source>
        <translation>La commande sera reprise à la prochaine tentative.</translation>
    </message>
    <message>
        <source>The CA did not issue the certificate</source>
        <translation>L&apos;AC n&apos;a pas émis le certificat</translation>
    </message>
    <message>
        <source>The order is %1.</source>
        <translation>La commande est à l&apos;état «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Start a new order.</source>
        <translation>Lancez une nouvelle commande.</translation>
    </message>
    <message>
        <source>This CA does not offer renewal information</source>
        <translation>Cette AC ne fournit pas d&apos;informations de renouvellement</translation>
    </message>
    <message>
        <source>Renewal follows the certificate&apos;s lifetime instead.</source>
        <translation>Le renouvellement suit alors la durée de vie du certificat.</translation>
    </message>
    <message>
        <source>The CA&apos;s renewal information is invalid</source>
        <translation>Les informations de renouvellement de l&apos;AC ne sont pas valides</translation>
    </message>
</context>
<context>
    <name>AcmeClientPool</name>
    <message>
        <source>The CA bundle of account &quot;%1&quot; cannot be read.</source>
        <translation>Le bundle d&apos;AC du compte «&#xa0;%1&#xa0;» ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Restore the file or change the account&apos;s CA bundle.</source>
        <translation>Restaurez le fichier ou changez le bundle d&apos;AC du compte.</translation>
    </message>
    <message>
        <source>The CA no longer knew CertDesk&apos;s account; it was registered again with the same key.</source>
        <translation>L&apos;AC ne connaissait plus le compte de CertDesk&#xa0;; il a été enregistré de nouveau avec la même clé.</translation>
    </message>
</context>
<context>
    <name>AcmeDirectory</name>
    <message>
        <source>The address is not an ACME directory</source>
        <translation>L&apos;adresse n&apos;est pas un répertoire ACME</translation>
    </message>
    <message>
        <source>Check the directory URL; it is usually shown in the CA&apos;s documentation and ends in /directory.</source>
        <translation>Vérifiez l&apos;URL du répertoire&#xa0;; elle figure généralement dans la documentation de l&apos;AC et se termine par /directory.</translation>
    </message>
    <message>
        <source>%1 did not answer with a JSON object.</source>
        <translation>%1 n&apos;a pas répondu par un objet JSON.</translation>
    </message>
    <message>
        <source>The directory at %1 lacks %2.</source>
        <translation>Il manque %2 au répertoire situé à %1.</translation>
    </message>
</context>
<context>
    <name>AcmeDnsAccounts</name>
    <message>
        <source>acme-dns accounts could not be read or saved.</source>
        <translation>Les comptes acme-dns n&apos;ont pas pu être lus ou enregistrés.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable.</source>
        <translation>Vérifiez que le dossier de données est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>AcmeDnsProvider</name>
    <message>
        <source>The acme-dns server</source>
        <translation>Le serveur acme-dns</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>The acme-dns API, e.g. https://auth.acme-dns.example.com.</source>
        <translation>L&apos;API acme-dns, par ex. https://auth.acme-dns.example.com.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>The “username” the server returned at registration.</source>
        <translation>Le «&#xa0;username&#xa0;» renvoyé par le serveur lors de l&apos;inscription.</translation>
    </message>
    <message>
        <source>The user name has characters acme-dns never uses.</source>
        <translation>Le nom d&apos;utilisateur contient des caractères qu&apos;acme-dns n&apos;utilise jamais.</translation>
    </message>
    <message>
        <source>Subdomain</source>
        <translation>Sous-domaine</translation>
    </message>
    <message>
        <source>The “subdomain” the server returned at registration.</source>
        <translation>Le «&#xa0;subdomain&#xa0;» renvoyé par le serveur lors de l&apos;inscription.</translation>
    </message>
    <message>
        <source>The subdomain must be one DNS label.</source>
        <translation>Le sous-domaine doit être un seul label DNS.</translation>
    </message>
    <message>
        <source>Full domain</source>
        <translation>Domaine complet</translation>
    </message>
    <message>
        <source>The “fulldomain” from the registration: where the TXT values are published.</source>
        <translation>Le «&#xa0;fulldomain&#xa0;» obtenu lors de l&apos;inscription&#xa0;: là où les valeurs TXT sont publiées.</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>Bundle d&apos;AC</translation>
    </message>
    <message>
        <source>A PEM file with the CA that signed the server&apos;s certificate, if it is a private CA.</source>
        <translation>Un fichier PEM contenant l&apos;AC qui a signé le certificat du serveur, s&apos;il s&apos;agit d&apos;une AC privée.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The “password” the server returned at registration (sent as X-Api-Key).</source>
        <translation>Le «&#xa0;password&#xa0;» renvoyé par le serveur lors de l&apos;inscription (envoyé en tant que X-Api-Key).</translation>
    </message>
    <message>
        <source>acme-dns</source>
        <translation>acme-dns</translation>
    </message>
    <message>
        <source>An account on an acme-dns server: one name, two rolling TXT values.</source>
        <translation>Un compte sur un serveur acme-dns&#xa0;: un nom, deux valeurs TXT en rotation.</translation>
    </message>
    <message>
        <source>This acme-dns account cannot publish at that name.</source>
        <translation>Ce compte acme-dns ne peut pas publier à ce nom.</translation>
    </message>
    <message>
        <source>The account publishes only at %1, not at %2.</source>
        <translation>Le compte publie uniquement à %1, pas à %2.</translation>
    </message>
    <message>
        <source>Point the name&apos;s _acme-challenge record at %1 with a CNAME.</source>
        <translation>Faites pointer l&apos;enregistrement _acme-challenge du nom vers %1 au moyen d&apos;un CNAME.</translation>
    </message>
    <message>
        <source>acme-dns at %1 is up; it publishes at %2. The password is checked by the first update.</source>
        <translation>acme-dns à %1 est opérationnel&#xa0;; il publie à %2. Le mot de passe sera vérifié lors de la première mise à jour.</translation>
    </message>
</context>
<context>
    <name>AcmeProblem</name>
    <message>
        <source>The CA does not know this account</source>
        <translation>L&apos;AC ne connaît pas ce compte</translation>
    </message>
    <message>
        <source>Register a new account, or import the key of the account you used before.</source>
        <translation>Enregistrez un nouveau compte ou importez la clé du compte utilisé auparavant.</translation>
    </message>
    <message>
        <source>This certificate was already replaced</source>
        <translation>Ce certificat a déjà été remplacé</translation>
    </message>
    <message>
        <source>Another order already renews it; check the endpoint&apos;s other orders.</source>
        <translation>Une autre commande le renouvelle déjà&#xa0;; vérifiez les autres commandes du point de terminaison.</translation>
    </message>
    <message>
        <source>The certificate is already revoked</source>
        <translation>Le certificat est déjà révoqué</translation>
    </message>
    <message>
        <source>Nothing more to do.</source>
        <translation>Il n&apos;y a plus rien à faire.</translation>
    </message>
    <message>
        <source>The CA rejected the certificate request</source>
        <translation>L&apos;AC a refusé la demande de certificat</translation>
    </message>
    <message>
        <source>Check the key type and names the CA allows; a new key may help.</source>
        <translation>Vérifiez le type de clé et les noms autorisés par l&apos;AC&#xa0;; une nouvelle clé peut aider.</translation>
    </message>
    <message>
        <source>The CA rejected a request as a possible replay</source>
        <translation>L&apos;AC a refusé une requête, la soupçonnant d&apos;être rejouée</translation>
    </message>
    <message>
        <source>This usually resolves itself; try again.</source>
        <translation>Cela se résout généralement de soi-même&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The CA does not accept this key</source>
        <translation>L&apos;AC n&apos;accepte pas cette clé</translation>
    </message>
    <message>
        <source>Use an EC P-256 or RSA 2048 key instead.</source>
        <translation>Utilisez plutôt une clé EC P-256 ou RSA 2048.</translation>
    </message>
    <message>
        <source>The CA does not accept this revocation reason</source>
        <translation>L&apos;AC n&apos;accepte pas ce motif de révocation</translation>
    </message>
    <message>
        <source>Choose another reason.</source>
        <translation>Choisissez un autre motif.</translation>
    </message>
    <message>
        <source>The CA does not accept this account key&apos;s signature algorithm</source>
        <translation>L&apos;AC n&apos;accepte pas l&apos;algorithme de signature de cette clé de compte</translation>
    </message>
    <message>
        <source>Create an account with an EC P-256 key.</source>
        <translation>Créez un compte avec une clé EC P-256.</translation>
    </message>
    <message>
        <source>A CAA record forbids this CA from issuing for the name</source>
        <translation>Un enregistrement CAA interdit à cette AC d&apos;émettre des certificats pour ce nom</translation>
    </message>
    <message>
        <source>Add a CAA record that allows this CA, or remove the restricting one.</source>
        <translation>Ajoutez un enregistrement CAA qui autorise cette AC, ou supprimez celui qui la restreint.</translation>
    </message>
    <message>
        <source>The CA reported several problems</source>
        <translation>L&apos;AC a signalé plusieurs problèmes</translation>
    </message>
    <message>
        <source>Fix each problem listed.</source>
        <translation>Corrigez chacun des problèmes listés.</translation>
    </message>
    <message>
        <source>The CA could not connect to the server to validate</source>
        <translation>L&apos;AC n&apos;a pas pu se connecter au serveur pour la validation</translation>
    </message>
    <message>
        <source>Make sure the name points at the endpoint and port 80 is reachable from the internet, or use DNS validation.</source>
        <translation>Assurez-vous que le nom pointe vers le point de terminaison et que le port 80 est accessible depuis Internet, ou utilisez la validation DNS.</translation>
    </message>
    <message>
        <source>The CA&apos;s DNS lookup failed</source>
        <translation>La résolution DNS effectuée par l&apos;AC a échoué</translation>
    </message>
    <message>
        <source>Check that the zone&apos;s name servers answer and the records exist.</source>
        <translation>Vérifiez que les serveurs de noms de la zone répondent et que les enregistrements existent.</translation>
    </message>
    <message>
        <source>This CA requires external account binding</source>
        <translation>Cette AC exige une liaison de compte externe</translation>
    </message>
    <message>
        <source>Enter the key ID and MAC key from the CA&apos;s account page in the account settings.</source>
        <translation>Saisissez dans les paramètres du compte l&apos;identifiant de clé et la clé MAC figurant sur la page de compte de l&apos;AC.</translation>
    </message>
    <message>
        <source>The CA found a wrong challenge response</source>
        <translation>L&apos;AC a reçu une réponse au défi incorrecte</translation>
    </message>
    <message>
        <source>Check the record or file the CA read; another client may be answering for this name.</source>
        <translation>Vérifiez l&apos;enregistrement ou le fichier lu par l&apos;AC&#xa0;; un autre client répond peut-être pour ce nom.</translation>
    </message>
    <message>
        <source>The CA rejected the contact address</source>
        <translation>L&apos;AC a refusé l&apos;adresse de contact</translation>
    </message>
    <message>
        <source>Use a valid e-mail address.</source>
        <translation>Utilisez une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>The CA does not offer this certificate profile</source>
        <translation>L&apos;AC ne propose pas ce profil de certificat</translation>
    </message>
    <message>
        <source>Choose one of the profiles the CA lists.</source>
        <translation>Choisissez l&apos;un des profils que l&apos;AC propose.</translation>
    </message>
    <message>
        <source>The CA rejected the request as malformed</source>
        <translation>L&apos;AC a refusé la requête, la jugeant mal formée</translation>
    </message>
    <message>
        <source>This may be a CertDesk bug or a CA incompatibility; see the details.</source>
        <translation>Il peut s&apos;agir d&apos;un bogue de CertDesk ou d&apos;une incompatibilité avec l&apos;AC&#xa0;; consultez les détails.</translation>
    </message>
    <message>
        <source>The order is not ready to be finalised</source>
        <translation>La commande n&apos;est pas prête à être finalisée</translation>
    </message>
    <message>
        <source>All names must be validated first; the order will be retried.</source>
        <translation>Tous les noms doivent d&apos;abord être validés&#xa0;; la commande sera relancée.</translation>
    </message>
    <message>
        <source>The CA&apos;s rate limit was reached</source>
        <translation>La limite de débit de l&apos;AC a été atteinte</translation>
    </message>
    <message>
        <source>CertDesk will retry after the time the CA asks for; avoid requesting the same names repeatedly.</source>
        <translation>CertDesk réessaiera après le délai demandé par l&apos;AC&#xa0;; évitez de demander les mêmes noms à répétition.</translation>
    </message>
    <message>
        <source>The CA will not issue for this name</source>
        <translation>L&apos;AC refuse d&apos;émettre un certificat pour ce nom</translation>
    </message>
    <message>
        <source>The CA&apos;s policy forbids the name; check its spelling or use another CA.</source>
        <translation>La politique de l&apos;AC interdit ce nom&#xa0;; vérifiez son orthographe ou utilisez une autre AC.</translation>
    </message>
    <message>
        <source>The CA had an internal error</source>
        <translation>L&apos;AC a rencontré une erreur interne</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The CA&apos;s TLS connection to the server failed during validation</source>
        <translation>La connexion TLS de l&apos;AC vers le serveur a échoué pendant la validation</translation>
    </message>
    <message>
        <source>Check the server&apos;s TLS configuration.</source>
        <translation>Vérifiez la configuration TLS du serveur.</translation>
    </message>
    <message>
        <source>The CA refused: not authorised</source>
        <translation>L&apos;AC a refusé&#xa0;: non autorisé</translation>
    </message>
    <message>
        <source>Validation failed or the account may not do this; see the details.</source>
        <translation>La validation a échoué ou le compte n&apos;a pas le droit de faire cela&#xa0;; consultez les détails.</translation>
    </message>
    <message>
        <source>The CA does not support this kind of name</source>
        <translation>L&apos;AC ne prend pas en charge ce type de nom</translation>
    </message>
    <message>
        <source>Use DNS names only.</source>
        <translation>Utilisez uniquement des noms DNS.</translation>
    </message>
    <message>
        <source>The CA requires an action on its website</source>
        <translation>L&apos;AC demande une action sur son site web</translation>
    </message>
    <message>
        <source>Visit the CA&apos;s website (for example to accept new terms), then try again.</source>
        <translation>Rendez-vous sur le site web de l&apos;AC (par exemple pour accepter de nouvelles conditions), puis réessayez.</translation>
    </message>
    <message>
        <source>The CA reported an error</source>
        <translation>L&apos;AC a signalé une erreur</translation>
    </message>
    <message>
        <source>See the details.</source>
        <translation>Consultez les détails.</translation>
    </message>
</context>
<context>
    <name>AcmeTransport</name>
    <message>
        <source>The CA did not answer in time</source>
        <translation>L&apos;AC n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>%1 did not respond.</source>
        <translation>%1 n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Check the network connection and the CA&apos;s status page, then try again.</source>
        <translation>Vérifiez la connexion réseau et la page d&apos;état de l&apos;AC, puis réessayez.</translation>
    </message>
    <message>
        <source>The CA&apos;s certificate is not trusted</source>
        <translation>Le certificat de l&apos;AC n&apos;est pas reconnu comme fiable</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>For a private CA, add its root certificate (PEM) to the CA settings. Otherwise check the system clock and any TLS-inspecting proxy.</source>
        <translation>Pour une AC privée, ajoutez son certificat racine (PEM) dans les paramètres de l&apos;AC. Sinon, vérifiez l&apos;horloge du système et tout proxy qui inspecte le trafic TLS.</translation>
    </message>
    <message>
        <source>Cannot reach the CA</source>
        <translation>Impossible de joindre l&apos;AC</translation>
    </message>
    <message>
        <source>Connecting to %1 failed: %2</source>
        <translation>La connexion à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check the directory URL, the network connection and any proxy or firewall.</source>
        <translation>Vérifiez l&apos;URL du répertoire, la connexion réseau ainsi que tout proxy ou pare-feu.</translation>
    </message>
    <message>
        <source>The CA certificate bundle cannot be read</source>
        <translation>Le bundle de certificats d&apos;AC ne peut pas être lu</translation>
    </message>
    <message>
        <source>No PEM certificate was found in it.</source>
        <translation>Aucun certificat PEM n&apos;y a été trouvé.</translation>
    </message>
    <message>
        <source>Paste the CA&apos;s root certificate in PEM form (-----BEGIN CERTIFICATE-----).</source>
        <translation>Collez le certificat racine de l&apos;AC au format PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>The CA address must use HTTPS</source>
        <translation>L&apos;adresse de l&apos;AC doit utiliser HTTPS</translation>
    </message>
    <message>
        <source>“%1” is not an https:// URL.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL https://.</translation>
    </message>
    <message>
        <source>Use the https:// directory URL the CA publishes.</source>
        <translation>Utilisez l&apos;URL https:// du répertoire publiée par l&apos;AC.</translation>
    </message>
    <message>
        <source>The network connection was shut down</source>
        <translation>La connexion réseau a été fermée</translation>
    </message>
    <message>
        <source>Restart CertDesk if this happens again.</source>
        <translation>Redémarrez CertDesk si cela se reproduit.</translation>
    </message>
    <message>
        <source>The CA accepts new requests after %1 (UTC).</source>
        <translation>L&apos;AC accepte de nouvelles requêtes après %1 (UTC).</translation>
    </message>
    <message>
        <source>The CA answered with an unexpected error</source>
        <translation>L&apos;AC a répondu par une erreur inattendue</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <source>The CA may be down; try again later.</source>
        <translation>L&apos;AC est peut-être hors service&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Check the directory URL.</source>
        <translation>Vérifiez l&apos;URL du répertoire.</translation>
    </message>
    <message>
        <source>The CA did not provide a request nonce</source>
        <translation>L&apos;AC n&apos;a pas fourni de nonce de requête</translation>
    </message>
    <message>
        <source>%1 answered without a Replay-Nonce header.</source>
        <translation>%1 a répondu sans en-tête Replay-Nonce.</translation>
    </message>
    <message>
        <source>Check that the directory URL belongs to an ACME server.</source>
        <translation>Vérifiez que l&apos;URL du répertoire appartient bien à un serveur ACME.</translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <source>The activity log could not be written.</source>
        <translation>Le journal d&apos;activité n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable.</source>
        <translation>Vérifiez que le dossier de données est accessible en écriture.</translation>
    </message>
    <message>
        <source>The activity log could not be read.</source>
        <translation>Le journal d&apos;activité n&apos;a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>ActivityLogModel</name>
    <message>
        <source>Debug</source>
        <translation>Débogage</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Deleted endpoint</source>
        <translation>Point de terminaison supprimé</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
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
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Tous les points de terminaison</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Information and above</source>
        <translation>Information et au-dessus</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs uniquement</translation>
    </message>
    <message>
        <source>Search the activity log</source>
        <translation>Rechercher dans le journal d&apos;activité</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Rechercher dans les messages</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>Point de &amp;terminaison&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affi&amp;cher&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AlertRelay</name>
    <message>
        <source>Its renewal failed; CertDesk keeps trying.</source>
        <translation>Son renouvellement a échoué&#xa0;; CertDesk continue d&apos;essayer.</translation>
    </message>
    <message>
        <source>It has not been renewed yet.</source>
        <translation>Il n&apos;a pas encore été renouvelé.</translation>
    </message>
</context>
<context>
    <name>ApiTokenStore</name>
    <message>
        <source>The hub&apos;s token key in the keychain is damaged.</source>
        <translation>La clé des jetons du hub est endommagée dans le trousseau.</translation>
    </message>
    <message>
        <source>The entry %1 does not hold a 256-bit key.</source>
        <translation>L&apos;entrée %1 ne contient pas de clé de 256 bits.</translation>
    </message>
    <message>
        <source>Delete that entry in the keychain&apos;s own tool and issue new API tokens; the existing ones cannot be checked without it.</source>
        <translation>Supprimez cette entrée avec l&apos;outil propre au trousseau et émettez de nouveaux jetons d&apos;API&#xa0;; sans elle, les jetons existants ne peuvent pas être vérifiés.</translation>
    </message>
    <message>
        <source>API tokens cannot be issued yet.</source>
        <translation>Les jetons d&apos;API ne peuvent pas encore être émis.</translation>
    </message>
    <message>
        <source>The hub&apos;s token key has not been read from the keychain.</source>
        <translation>La clé des jetons du hub n&apos;a pas été lue depuis le trousseau.</translation>
    </message>
    <message>
        <source>Unlock the keychain and try again.</source>
        <translation>Déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>An API token needs a consumer name.</source>
        <translation>Un jeton d&apos;API a besoin d&apos;un nom de consommateur.</translation>
    </message>
    <message>
        <source>Name the machine or application that will use it, like &quot;build-01&quot;.</source>
        <translation>Nommez la machine ou l&apos;application qui l&apos;utilisera, par exemple «&#xa0;build-01&#xa0;».</translation>
    </message>
    <message>
        <source>The token&apos;s name rule has entries that are not hostnames.</source>
        <translation>La règle de noms du jeton contient des entrées qui ne sont pas des noms d&apos;hôte.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Non valides&#xa0;: %1</translation>
    </message>
    <message>
        <source>Use names like example.com or *.example.com, separated by semicolons.</source>
        <translation>Utilisez des noms comme example.com ou *.example.com, séparés par des points-virgules.</translation>
    </message>
    <message>
        <source>API tokens could not be read or saved.</source>
        <translation>Les jetons d&apos;API n&apos;ont pas pu être lus ou enregistrés.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable and not full.</source>
        <translation>Vérifiez que le dossier de données est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>The API token does not exist.</source>
        <translation>Le jeton d&apos;API n&apos;existe pas.</translation>
    </message>
    <message>
        <source>No token has the client id %1.</source>
        <translation>Aucun jeton n&apos;a l&apos;identifiant client %1.</translation>
    </message>
    <message>
        <source>Reload the token list; it may have been deleted.</source>
        <translation>Rechargez la liste des jetons&#xa0;; il a peut-être été supprimé.</translation>
    </message>
</context>
<context>
    <name>ApiTokenTableModel</name>
    <message>
        <source>Managed challenge consumer</source>
        <translation>Consommateur de défis gérés</translation>
    </message>
    <message>
        <source>Certificate consumer</source>
        <translation>Consommateur de certificats</translation>
    </message>
    <message>
        <source>challenge %1 (removed)</source>
        <translation>défi %1 (supprimé)</translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>étiquettes %1</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>uniquement %1</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Révoqué le %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Client id %1</source>
        <translation>Identifiant client %1</translation>
    </message>
</context>
<context>
    <name>ApiTokensPage</name>
    <message>
        <source>Client &amp;Setup…</source>
        <translation>Configuration du &amp;client…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>Jetons d&apos;API</translation>
    </message>
    <message>
        <source>A token lets one machine or application ask the hub to publish its _acme-challenge records, only through the managed challenges it is given and only for the names they serve. Its secret is shown once, when it is made.</source>
        <translation>Un jeton permet à une machine ou à une application de demander au hub de publier ses enregistrements _acme-challenge, uniquement via les défis gérés qui lui sont attribués et uniquement pour les noms qu&apos;ils servent. Son secret n&apos;est affiché qu&apos;une fois, à sa création.</translation>
    </message>
    <message>
        <source>&amp;New Token…</source>
        <translation>&amp;Nouveau jeton…</translation>
    </message>
    <message>
        <source>The selected token&apos;s client configuration, without its secret</source>
        <translation>La configuration client du jeton sélectionné, sans son secret</translation>
    </message>
    <message>
        <source>API token for %1 created.</source>
        <translation>Jeton d&apos;API pour %1 créé.</translation>
    </message>
    <message>
        <source>Revoke API Token</source>
        <translation>Révoquer le jeton d&apos;API</translation>
    </message>
    <message>
        <source>Revoke the API token of %1?</source>
        <translation>Révoquer le jeton d&apos;API de %1&#xa0;?</translation>
    </message>
    <message>
        <source>The hub refuses it from now on; this cannot be undone. Client id %1.</source>
        <translation>Le hub le refusera désormais&#xa0;; cette action est irréversible. Identifiant client %1.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>Ré&amp;voquer</translation>
    </message>
    <message>
        <source>API token of %1 revoked.</source>
        <translation>Jeton d&apos;API de %1 révoqué.</translation>
    </message>
</context>
<context>
    <name>Base64Url</name>
    <message>
        <source>Invalid base64url data</source>
        <translation>Données base64url non valides</translation>
    </message>
    <message>
        <source>The text is not unpadded base64url (RFC 4648 §5).</source>
        <translation>Le texte n&apos;est pas du base64url sans remplissage (RFC 4648 §5).</translation>
    </message>
    <message>
        <source>Check that the value was copied completely.</source>
        <translation>Vérifiez que la valeur a été copiée entièrement.</translation>
    </message>
</context>
<context>
    <name>CaAccountRepository</name>
    <message>
        <source>The CA accounts could not be read or saved.</source>
        <translation>Les comptes d&apos;AC n&apos;ont pas pu être lus ou enregistrés.</translation>
    </message>
    <message>
        <source>No CA account is set up yet.</source>
        <translation>Aucun compte d&apos;AC n&apos;est encore configuré.</translation>
    </message>
    <message>
        <source>Add one with: certdesk account add --directory URL --email ADDRESS --agree-tos</source>
        <translation>Ajoutez-en un avec&#xa0;: certdesk account add --directory URL --email ADDRESS --agree-tos</translation>
    </message>
    <message>
        <source>This account already exists.</source>
        <translation>Ce compte existe déjà.</translation>
    </message>
    <message>
        <source>CertDesk already has an account for %1 at %2.</source>
        <translation>CertDesk possède déjà un compte pour %1 auprès de %2.</translation>
    </message>
    <message>
        <source>There is no CA account %1.</source>
        <translation>Il n&apos;existe pas de compte d&apos;AC %1.</translation>
    </message>
</context>
<context>
    <name>CaAccountTableModel</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>CA directory</source>
        <translation>Répertoire de l&apos;AC</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Account URL: %1</source>
        <translation>URL du compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Trusted with the CA bundle %1</source>
        <translation>Approuvée grâce au bundle d&apos;AC %1</translation>
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
        <translation>Certificats gratuits, reconnus publiquement, valables 90 jours.</translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt (staging, for tests)</source>
        <translation>Let&apos;s Encrypt (staging, pour les tests)</translation>
    </message>
    <message>
        <source>Generous rate limits, but browsers do not trust its certificates. Use it to try a setup.</source>
        <translation>Limites de débit généreuses, mais les navigateurs ne font pas confiance à ses certificats. Utilisez-la pour essayer une configuration.</translation>
    </message>
    <message>
        <source>ZeroSSL</source>
        <translation>ZeroSSL</translation>
    </message>
    <message>
        <source>Needs EAB credentials from the Developer section of your ZeroSSL account.</source>
        <translation>Nécessite des identifiants EAB tirés de la section Developer de votre compte ZeroSSL.</translation>
    </message>
    <message>
        <source>Google Trust Services</source>
        <translation>Google Trust Services</translation>
    </message>
    <message>
        <source>Needs EAB credentials created with gcloud in a Google Cloud project.</source>
        <translation>Nécessite des identifiants EAB créés avec gcloud dans un projet Google Cloud.</translation>
    </message>
    <message>
        <source>Buypass Go SSL</source>
        <translation>Buypass Go SSL</translation>
    </message>
    <message>
        <source>180-day certificates from a European CA.</source>
        <translation>Certificats valables 180 jours, émis par une AC européenne.</translation>
    </message>
    <message>
        <source>Another CA (directory URL)</source>
        <translation>Autre AC (URL du répertoire)</translation>
    </message>
    <message>
        <source>Any ACME CA: a private CA such as step-ca, or a public one not listed here.</source>
        <translation>N&apos;importe quelle AC ACME&#xa0;: une AC privée comme step-ca, ou une AC publique absente de cette liste.</translation>
    </message>
</context>
<context>
    <name>CaaIdentityLookup</name>
    <message>
        <source>The CA bundle of the account cannot be read.</source>
        <translation>Le bundle d&apos;AC du compte ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The CA&apos;s directory could not be read.</source>
        <translation>Le répertoire de l&apos;AC n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Check the network, or name the CA&apos;s CAA identity in the DNS settings.</source>
        <translation>Vérifiez le réseau, ou indiquez l&apos;identité CAA de l&apos;AC dans les paramètres DNS.</translation>
    </message>
</context>
<context>
    <name>CaaPolicy</name>
    <message>
        <source>A critical CAA property “%1” that no CA understands forbids issuance.</source>
        <translation>Une propriété CAA critique «&#xa0;%1&#xa0;» qu&apos;aucune AC ne comprend interdit l&apos;émission.</translation>
    </message>
    <message>
        <source>The CAA records do not restrict which CA may issue.</source>
        <translation>Les enregistrements CAA ne restreignent pas les AC autorisées à émettre.</translation>
    </message>
    <message>
        <source>CAA %1 allows %2.</source>
        <translation>CAA %1 autorise %2.</translation>
    </message>
    <message>
        <source>CAA %1 allows this CA only with validation methods other than dns-01.</source>
        <translation>CAA %1 n&apos;autorise cette AC qu&apos;avec des méthodes de validation autres que dns-01.</translation>
    </message>
    <message>
        <source>CAA %1 forbids every CA.</source>
        <translation>CAA %1 interdit toutes les AC.</translation>
    </message>
    <message>
        <source>CAA %1 allows only %2, not this CA (%3).</source>
        <translation>CAA %1 n&apos;autorise que %2, pas cette AC (%3).</translation>
    </message>
</context>
<context>
    <name>CertificateExportJob</name>
    <message>
        <source>Choose at least one endpoint to export.</source>
        <translation>Choisissez au moins un point de terminaison à exporter.</translation>
    </message>
    <message>
        <source>The export folder &quot;%1&quot; is not an absolute path.</source>
        <translation>Le dossier d&apos;export «&#xa0;%1&#xa0;» n&apos;est pas un chemin absolu.</translation>
    </message>
    <message>
        <source>%1 has no certificate yet.</source>
        <translation>%1 n&apos;a pas encore de certificat.</translation>
    </message>
    <message>
        <source>Issue its first certificate, then export it.</source>
        <translation>Émettez son premier certificat, puis exportez-le.</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>The certificate cannot be read</source>
        <translation>Le certificat ne peut pas être lu</translation>
    </message>
    <message>
        <source>Provide the certificate chain in PEM form, the server certificate first.</source>
        <translation>Fournissez la chaîne de certificats au format PEM, le certificat du serveur en premier.</translation>
    </message>
    <message>
        <source>No PEM certificate was found.</source>
        <translation>Aucun certificat PEM n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet</source>
        <translation>Le certificat n&apos;est pas encore valide</translation>
    </message>
    <message>
        <source>The certificate for %1 is valid from %2.</source>
        <translation>Le certificat de %1 est valide à partir du %2.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock.</source>
        <translation>Vérifiez l&apos;horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>Le certificat a expiré</translation>
    </message>
    <message>
        <source>The certificate for %1 expired on %2.</source>
        <translation>Le certificat de %1 a expiré le %2.</translation>
    </message>
    <message>
        <source>Renew the certificate now.</source>
        <translation>Renouvelez le certificat maintenant.</translation>
    </message>
</context>
<context>
    <name>CertificateRepository</name>
    <message>
        <source>The certificates could not be read or saved.</source>
        <translation>Les certificats n&apos;ont pas pu être lus ou enregistrés.</translation>
    </message>
</context>
<context>
    <name>CertificateVerbs</name>
    <message>
        <source>issued   %1</source>
        <translation>émis          %1</translation>
    </message>
    <message>
        <source>FAILED   %1: %2</source>
        <translation>ÉCHEC         %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Orders in flight at once (default 16).</source>
        <translation>Nombre de commandes traitées simultanément (16 par défaut).</translation>
    </message>
    <message>
        <source>Built-in http-01 responder address for endpoints that set none (default 0.0.0.0:80).</source>
        <translation>Adresse du répondeur http-01 intégré pour les points de terminaison qui n&apos;en indiquent pas (0.0.0.0:80 par défaut).</translation>
    </message>
    <message>
        <source>issue needs endpoint names, or --all.</source>
        <translation>issue attend des noms de points de terminaison, ou --all.</translation>
    </message>
    <message>
        <source>renew needs --due (renew every certificate whose renewal time has come).</source>
        <translation>renew attend --due (renouvelle chaque certificat dont la date de renouvellement est arrivée).</translation>
    </message>
    <message>
        <source>due      %1 (%2)</source>
        <translation>à renouveler  %1 (%2)</translation>
    </message>
    <message>
        <source>No certificate is due for renewal.</source>
        <translation>Aucun certificat n&apos;est à renouveler.</translation>
    </message>
    <message numerus="yes">
        <source>%1
    expires %2 (%n day(s) left), serial %3, issuer %4
</source>
        <translation>
            <numerusform>%1
    expire le %2 (%n jour restant), numéro de série %3, émetteur %4
</numerusform>
            <numerusform>%1
    expire le %2 (%n jours restants), numéro de série %3, émetteur %4
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
    no certificate yet (%2)
</source>
        <translation>%1
    pas encore de certificat (%2)
</translation>
    </message>
    <message>
        <source>No endpoints.</source>
        <translation>Aucun point de terminaison.</translation>
    </message>
    <message>
        <source>Name exactly one endpoint, by one of its names.</source>
        <translation>Indiquez exactement un point de terminaison, par l&apos;un de ses noms.</translation>
    </message>
    <message>
        <source>%1 has no certificate yet.</source>
        <translation>%1 n&apos;a pas encore de certificat.</translation>
    </message>
    <message>
        <source>Issue one with: certdesk issue %1</source>
        <translation>Émettez-en un avec&#xa0;: certdesk issue %1</translation>
    </message>
    <message>
        <source>export needs --out DIR.</source>
        <translation>export attend --out DIR.</translation>
    </message>
    <message>
        <source>Wrote:
%1</source>
        <translation>Fichiers écrits&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Certificate %1 revoked.</source>
        <translation>Certificat %1 révoqué.</translation>
    </message>
    <message>
        <source>Revoked certificate %1 of %2.</source>
        <translation>Certificat %1 de %2 révoqué.</translation>
    </message>
    <message>
        <source>NAME… | --all</source>
        <translation>NAME… | --all</translation>
    </message>
    <message>
        <source>Every endpoint.</source>
        <translation>Tous les points de terminaison.</translation>
    </message>
    <message>
        <source>Only what is due.</source>
        <translation>Uniquement les certificats à renouveler.</translation>
    </message>
    <message>
        <source>List certificates with their expiry.</source>
        <translation>Lister les certificats avec leur date d&apos;expiration.</translation>
    </message>
    <message>
        <source>[NAME…]</source>
        <translation>[NAME…]</translation>
    </message>
    <message>
        <source>Write an endpoint&apos;s certificate and key to a folder.</source>
        <translation>Écrire le certificat et la clé d&apos;un point de terminaison dans un dossier.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The folder to write to.</source>
        <translation>Le dossier de destination.</translation>
    </message>
    <message>
        <source>Also write certificate.pfx.</source>
        <translation>Écrire aussi certificate.pfx.</translation>
    </message>
    <message>
        <source>Revoke an endpoint&apos;s current certificate.</source>
        <translation>Révoquer le certificat actuel d&apos;un point de terminaison.</translation>
    </message>
    <message>
        <source>RFC 5280 reason code (e.g. 1 key compromise, 4 superseded).</source>
        <translation>Code de motif RFC 5280 (par ex. 1 clé compromise, 4 remplacé).</translation>
    </message>
    <message>
        <source>first    %1 (no certificate yet)</source>
        <translation>premier  %1 (pas encore de certificat)</translation>
    </message>
    <message>
        <source>waiting  %1 (%2)</source>
        <translation>attente  %1 (%2)</translation>
    </message>
    <message>
        <source>first    %1 (its DNS records are in place)</source>
        <translation>premier  %1 (ses enregistrements DNS sont en place)</translation>
    </message>
    <message>
        <source>Order new certificates now for the named endpoints, or --all: each gets a fresh order, even with a current certificate. Unattended runs use renew --due.</source>
        <translation>Commander maintenant de nouveaux certificats pour les points de terminaison nommés, ou --all : chacun reçoit une nouvelle commande, même avec un certificat valide. Les exécutions sans surveillance utilisent renew --due.</translation>
    </message>
    <message>
        <source>Order what is due (with --due): renewals whose time has come, and first certificates of endpoints whose DNS records are in place.</source>
        <translation>Commander ce qui est dû (avec --due) : les renouvellements dont l’heure est venue, et les premiers certificats des points de terminaison dont les enregistrements DNS sont en place.</translation>
    </message>
</context>
<context>
    <name>ChallengeName</name>
    <message>
        <source>The name is not a valid DNS hostname.</source>
        <translation>Le nom n&apos;est pas un nom d&apos;hôte DNS valide.</translation>
    </message>
    <message>
        <source>Send the hostname the certificate is for, for example _acme-challenge.www.example.com or www.example.com.</source>
        <translation>Envoyez le nom d&apos;hôte auquel le certificat est destiné, par exemple _acme-challenge.www.example.com ou www.example.com.</translation>
    </message>
    <message>
        <source>The name is empty or longer than 253 characters.</source>
        <translation>Le nom est vide ou dépasse 253 caractères.</translation>
    </message>
    <message>
        <source>A name needs at least two labels, like example.com.</source>
        <translation>Un nom doit comporter au moins deux labels, comme example.com.</translation>
    </message>
    <message>
        <source>Only letters, digits and inner hyphens are allowed in each label, with no empty label and at most 63 characters.</source>
        <translation>Seuls les lettres, les chiffres et les traits d&apos;union intérieurs sont autorisés dans chaque label, sans label vide et avec au plus 63 caractères.</translation>
    </message>
</context>
<context>
    <name>ChallengePublisherPool</name>
    <message>
        <source>CertDesk cannot write DNS records here.</source>
        <translation>CertDesk ne peut pas écrire d&apos;enregistrements DNS ici.</translation>
    </message>
    <message>
        <source>The CertDesk administrator must configure a supported DNS provider for this managed challenge.</source>
        <translation>L&apos;administrateur de CertDesk doit configurer un fournisseur DNS pris en charge pour ce défi géré.</translation>
    </message>
</context>
<context>
    <name>ChallengeVerbs</name>
    <message>
        <source>challenge add needs --title and --provider-id, for example: certdesk challenge add --title &quot;Corporate zone&quot; --provider-id 1 --match &quot;*.example.com; example.org&quot;</source>
        <translation>challenge add attend --title et --provider-id, par exemple&#xa0;: certdesk challenge add --title &quot;Zone de l&apos;entreprise&quot; --provider-id 1 --match &quot;*.example.com; example.org&quot;</translation>
    </message>
    <message>
        <source>--provider-id takes the number of a configured DNS provider.</source>
        <translation>--provider-id attend le numéro d&apos;un fournisseur DNS configuré.</translation>
    </message>
    <message>
        <source>every name no other managed challenge serves</source>
        <translation>tous les noms qu&apos;aucun autre défi géré ne sert</translation>
    </message>
    <message>
        <source>Managed challenge %1 added (id %2): %3.</source>
        <translation>Défi géré %1 ajouté (ID %2)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>(fallback)</source>
        <translation>(de repli)</translation>
    </message>
    <message>
        <source>No managed challenges yet.</source>
        <translation>Aucun défi géré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>challenge remove takes one managed challenge id (see certdesk challenge list).</source>
        <translation>challenge remove attend l&apos;identifiant d&apos;un seul défi géré (voir certdesk challenge list).</translation>
    </message>
    <message>
        <source>Managed challenge %1 (%2) removed. Tokens scoped to it can no longer write through it.</source>
        <translation>Défi géré %1 (%2) supprimé. Les jetons limités à ce défi ne peuvent plus écrire par son intermédiaire.</translation>
    </message>
    <message>
        <source>Add a managed challenge: a DNS provider and the names it may write.</source>
        <translation>Ajouter un défi géré&#xa0;: un fournisseur DNS et les noms qu&apos;il peut écrire.</translation>
    </message>
    <message>
        <source>What it is for, e.g. &quot;Corporate zone&quot;.</source>
        <translation>À quoi il sert, par ex. «&#xa0;Zone de l&apos;entreprise&#xa0;».</translation>
    </message>
    <message>
        <source>The DNS provider that writes its records.</source>
        <translation>Le fournisseur DNS qui écrit ses enregistrements.</translation>
    </message>
    <message>
        <source>Names it serves: &quot;*.example.com; example.org&quot; (none: the fallback).</source>
        <translation>Noms qu&apos;il sert&#xa0;: &quot;*.example.com; example.org&quot; (aucun&#xa0;: défi de repli).</translation>
    </message>
    <message>
        <source>A tag tokens can be scoped to (repeatable).</source>
        <translation>Une étiquette à laquelle des jetons peuvent être limités (option répétable).</translation>
    </message>
    <message>
        <source>List the managed challenges.</source>
        <translation>Lister les défis gérés.</translation>
    </message>
    <message>
        <source>Remove a managed challenge.</source>
        <translation>Supprimer un défi géré.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>ClientSnippets</name>
    <message>
        <source># lego with its httpreq DNS provider, through the CertDesk hub
</source>
        <translation># lego avec son fournisseur DNS httpreq, via le hub CertDesk
</translation>
    </message>
    <message>
        <source># acme.sh with its dns_acmedns hook, through the CertDesk hub
</source>
        <translation># acme.sh avec son hook dns_acmedns, via le hub CertDesk
</translation>
    </message>
    <message>
        <source># and pass --ca-bundle &quot;$PWD/certdesk-trust.pem&quot; to acme.sh --issue
</source>
        <translation># et passez --ca-bundle &quot;$PWD/certdesk-trust.pem&quot; à acme.sh --issue
</translation>
    </message>
    <message>
        <source># certbot with the acme-dns hook (acme-dns-auth.py), through the CertDesk hub
</source>
        <translation># certbot avec le hook acme-dns (acme-dns-auth.py), via le hub CertDesk
</translation>
    </message>
    <message>
        <source># 1. In acme-dns-auth.py set:  ACMEDNS_URL = &quot;%1&quot;
</source>
        <translation># 1. Dans acme-dns-auth.py, définissez&#xa0;:  ACMEDNS_URL = &quot;%1&quot;
</translation>
    </message>
    <message>
        <source># 2. Write this to /etc/letsencrypt/acmedns.json (mode 600):
</source>
        <translation># 2. Écrivez ceci dans /etc/letsencrypt/acmedns.json (mode 600)&#xa0;:
</translation>
    </message>
    <message>
        <source># 3. Then:
</source>
        <translation># 3. Puis&#xa0;:
</translation>
    </message>
    <message>
        <source># Certify The Web: DNS provider &quot;Certify Managed Challenge API&quot; (Authorization tab)
</source>
        <translation># Certify The Web&#xa0;: fournisseur DNS «&#xa0;Certify Managed Challenge API&#xa0;» (onglet Authorization)
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
        <translation># Le certificat du hub est auto-signé (SHA-256 %1)&#xa0;: importez d&apos;abord %2 dans le magasin
# «&#xa0;Autorités de certification racines de confiance&#xa0;» de l&apos;ordinateur Windows.
</translation>
    </message>
    <message>
        <source># The hub&apos;s certificate is self-signed (SHA-256 %1). Copy it from the CertDesk machine
# (%2, or: certdesk hub certificate --out certdesk-hub.pem) and trust it beside the
# system&apos;s roots:
cat /etc/ssl/certs/ca-certificates.crt certdesk-hub.pem &gt; certdesk-trust.pem
</source>
        <translation># Le certificat du hub est auto-signé (SHA-256 %1). Copiez-le depuis la machine CertDesk
# (%2, ou&#xa0;: certdesk hub certificate --out certdesk-hub.pem) et faites-lui confiance en plus
# des racines du système&#xa0;:
cat /etc/ssl/certs/ca-certificates.crt certdesk-hub.pem &gt; certdesk-trust.pem
</translation>
    </message>
    <message>
        <source># %1 speaks the acme-dns API: this token has no acme-dns account.
# Create one with: certdesk token create --name NAME --role managed-challenge-consumer --acme-dns
# (the hub&apos;s acme-dns zone is set with: certdesk hub configure --acme-dns-zone ZONE)
</source>
        <translation># %1 utilise l&apos;API acme-dns&#xa0;: ce jeton n&apos;a pas de compte acme-dns.
# Créez-en un avec&#xa0;: certdesk token create --name NAME --role managed-challenge-consumer --acme-dns
# (la zone acme-dns du hub se définit avec&#xa0;: certdesk hub configure --acme-dns-zone ZONE)
</translation>
    </message>
    <message>
        <source># Once, in the zone of %1 (the domain owner does this):
#   _acme-challenge.%1. CNAME %2.%3.
</source>
        <translation># Une seule fois, dans la zone de %1 (c&apos;est le propriétaire du domaine qui s&apos;en charge)&#xa0;:
#   _acme-challenge.%1. CNAME %2.%3.
</translation>
    </message>
    <message>
        <source>not made yet: start the hub once</source>
        <translation>pas encore créé&#xa0;: démarrez une fois le hub</translation>
    </message>
    <message>
        <source># lego with its acme-dns provider, through the CertDesk hub
</source>
        <translation># lego avec son fournisseur acme-dns, via le hub CertDesk
</translation>
    </message>
    <message>
        <source># 1. Write this to acme-dns-accounts.json (mode 600):
</source>
        <translation># 1. Écrivez ceci dans acme-dns-accounts.json (mode 600)&#xa0;:
</translation>
    </message>
    <message>
        <source># 2. Then:
</source>
        <translation># 2. Puis&#xa0;:
</translation>
    </message>
</context>
<context>
    <name>CloudflareProvider</name>
    <message>
        <source>The Cloudflare API</source>
        <translation>L&apos;API Cloudflare</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l&apos;API</translation>
    </message>
    <message>
        <source>Leave the default unless you go through a proxy.</source>
        <translation>Conservez la valeur par défaut, sauf si vous passez par un proxy.</translation>
    </message>
    <message>
        <source>Zone id</source>
        <translation>Identifiant de zone</translation>
    </message>
    <message>
        <source>The zone&apos;s id from the dashboard; leave empty to look the zone up by name (the token then needs Zone:Read).</source>
        <translation>L&apos;identifiant de la zone, visible dans le tableau de bord&#xa0;; laissez vide pour rechercher la zone par son nom (le jeton a alors besoin de Zone:Read).</translation>
    </message>
    <message>
        <source>A zone id consists of letters and digits only.</source>
        <translation>Un identifiant de zone ne contient que des lettres et des chiffres.</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Time to live in seconds; 1 means automatic, otherwise at least 60.</source>
        <translation>Durée de vie en secondes&#xa0;; 1 signifie automatique, sinon au moins 60.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>A token with Zone:DNS:Edit permission for the zone.</source>
        <translation>Un jeton disposant de l&apos;autorisation Zone:DNS:Edit sur la zone.</translation>
    </message>
    <message>
        <source>The API token contains characters a token never has (spaces or non-ASCII).</source>
        <translation>Le jeton d&apos;API contient des caractères qu&apos;un jeton ne contient jamais (espaces ou caractères non ASCII).</translation>
    </message>
    <message>
        <source>Cloudflare</source>
        <translation>Cloudflare</translation>
    </message>
    <message>
        <source>Cloudflare DNS through its API v4 with an API token.</source>
        <translation>DNS Cloudflare via son API v4, avec un jeton d&apos;API.</translation>
    </message>
    <message>
        <source>Cloudflare has no zone for the name.</source>
        <translation>Cloudflare n&apos;a aucune zone pour ce nom.</translation>
    </message>
    <message>
        <source>No zone the token can see holds %1.</source>
        <translation>Aucune zone visible par le jeton ne contient %1.</translation>
    </message>
    <message>
        <source>Add the zone to the Cloudflare account, give the token access to it, or enter the zone id in the provider settings.</source>
        <translation>Ajoutez la zone au compte Cloudflare, donnez au jeton l&apos;accès à celle-ci, ou saisissez l&apos;identifiant de zone dans les paramètres du fournisseur.</translation>
    </message>
    <message>
        <source>The Cloudflare API token is not active.</source>
        <translation>Le jeton d&apos;API Cloudflare n&apos;est pas actif.</translation>
    </message>
    <message>
        <source>Cloudflare reports the token as “%1”.</source>
        <translation>Cloudflare indique que le jeton est à l&apos;état «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Create a new token with Zone:DNS:Edit permission.</source>
        <translation>Créez un nouveau jeton disposant de l&apos;autorisation Zone:DNS:Edit.</translation>
    </message>
    <message>
        <source>Cloudflare accepts the API token.</source>
        <translation>Cloudflare accepte le jeton d&apos;API.</translation>
    </message>
    <message>
        <source>Cloudflare accepts the API token for zone %1.</source>
        <translation>Cloudflare accepte le jeton d&apos;API pour la zone %1.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use DIR as the profile: database and settings live there.</source>
        <translation>Utiliser DIR comme profil&#xa0;: la base de données et les paramètres s&apos;y trouvent.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Afficher du JSON lisible par une machine.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder, for example --data-dir ~/certdesk-test.</source>
        <translation>--data-dir attend un dossier, par exemple --data-dir ~/certdesk-test.</translation>
    </message>
    <message>
        <source>-%1 needs a value.</source>
        <translation>-%1 attend une valeur.</translation>
    </message>
    <message>
        <source>Unknown option %1. Run certdesk --help for the list of options.</source>
        <translation>Option %1 inconnue. Exécutez certdesk --help pour obtenir la liste des options.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of: %2. Run certdesk --help for the list of commands.</source>
        <translation>«&#xa0;%1&#xa0;» attend l&apos;une des commandes suivantes&#xa0;: %2. Exécutez certdesk --help pour obtenir la liste des commandes.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run certdesk --help for the list of commands.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue. Exécutez certdesk --help pour obtenir la liste des commandes.</translation>
    </message>
    <message>
        <source>--headless cannot be combined with a command.</source>
        <translation>--headless ne peut pas être combiné avec une commande.</translation>
    </message>
    <message>
        <source>%1. Run certdesk %2 --help for its options.</source>
        <translation>%1. Exécutez certdesk %2 --help pour connaître ses options.</translation>
    </message>
    <message>
        <source>Managed HTTPS: certificates from any ACME CA, DNS delegation and a challenge hub.</source>
        <translation>HTTPS géré&#xa0;: des certificats de n&apos;importe quelle AC ACME, la délégation DNS et un hub de défis.</translation>
    </message>
    <message>
        <source>Usage: certdesk [options] [command [arguments]]</source>
        <translation>Utilisation&#xa0;: certdesk [options] [commande [arguments]]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Run the background worker without a window until stopped.</source>
        <translation>Exécuter le processus d&apos;arrière-plan sans fenêtre, jusqu&apos;à son arrêt.</translation>
    </message>
    <message>
        <source>Start with the window minimized (used when starting at login).</source>
        <translation>Démarrer avec la fenêtre réduite (utilisé lors du démarrage à l&apos;ouverture de session).</translation>
    </message>
    <message>
        <source>Print machine-readable JSON (commands only).</source>
        <translation>Afficher du JSON lisible par une machine (commandes uniquement).</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Print this help, or a command&apos;s help after the command.</source>
        <translation>Afficher cette aide, ou l&apos;aide d&apos;une commande si l&apos;option suit la commande.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Without a command, CertDesk opens its window.</source>
        <translation>Sans commande, CertDesk ouvre sa fenêtre.</translation>
    </message>
    <message>
        <source>Usage: certdesk %1 [options]</source>
        <translation>Utilisation&#xa0;: certdesk %1 [options]</translation>
    </message>
</context>
<context>
    <name>CopyButtonDelegate</name>
    <message>
        <source>Name</source>
        <comment>copy the record&apos;s name</comment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>copy the record&apos;s value</comment>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>CsrBuilder</name>
    <message>
        <source>Cannot build the certificate request</source>
        <translation>Impossible de construire la demande de certificat</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s names and key.</source>
        <translation>Vérifiez les noms et la clé du point de terminaison.</translation>
    </message>
    <message>
        <source>No certificate key was given.</source>
        <translation>Aucune clé de certificat n&apos;a été fournie.</translation>
    </message>
    <message>
        <source>A name is empty.</source>
        <translation>Un nom est vide.</translation>
    </message>
    <message>
        <source>“%1” contains characters that are not allowed in a DNS name; use its ASCII (xn--) form.</source>
        <translation>«&#xa0;%1&#xa0;» contient des caractères interdits dans un nom DNS&#xa0;; utilisez sa forme ASCII (xn--).</translation>
    </message>
    <message>
        <source>At least one name is needed.</source>
        <translation>Au moins un nom est nécessaire.</translation>
    </message>
</context>
<context>
    <name>DataKey</name>
    <message>
        <source>The data key in the keychain is damaged.</source>
        <translation>La clé de données est endommagée dans le trousseau.</translation>
    </message>
    <message>
        <source>The keychain entry %1 does not hold a 32-byte key.</source>
        <translation>L&apos;entrée %1 du trousseau ne contient pas de clé de 32 octets.</translation>
    </message>
    <message>
        <source>Restore the keychain from a backup; stored private keys cannot be read without it. New certificates can still be issued after removing the entry.</source>
        <translation>Restaurez le trousseau à partir d&apos;une sauvegarde&#xa0;; sans cette clé, les clés privées stockées ne peuvent pas être lues. De nouveaux certificats peuvent toujours être émis après la suppression de l&apos;entrée.</translation>
    </message>
</context>
<context>
    <name>DelegationPage</name>
    <message>
        <source>Set up the delegation zone &amp;now</source>
        <translation>Configurer la zone de délégation &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Keep the current delegation zone</source>
        <translation>&amp;Conserver la zone de délégation actuelle</translation>
    </message>
    <message>
        <source>&amp;Later: my first endpoint uses http-01, or I set this up in Settings</source>
        <translation>Plus &amp;tard&#xa0;: mon premier point de terminaison utilise http-01, ou je la configure dans les paramètres</translation>
    </message>
    <message>
        <source>Your delegation zone</source>
        <translation>Votre zone de délégation</translation>
    </message>
    <message>
        <source>One zone you control, such as acme.example.com. Each name&apos;s _acme-challenge record points into it once, and CertDesk writes the challenges there, so internal names and wildcards get certificates without DNS credentials for every domain.</source>
        <translation>Une zone que vous contrôlez, par exemple acme.example.com. L&apos;enregistrement _acme-challenge de chaque nom y pointe une fois pour toutes, et CertDesk y écrit les défis&#xa0;: les noms internes et les noms génériques obtiennent ainsi des certificats sans identifiants DNS pour chaque domaine.</translation>
    </message>
    <message>
        <source>acme.example.com</source>
        <translation>acme.example.com</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone&#xa0;:</translation>
    </message>
    <message>
        <source>The DNS provider that writes this zone:</source>
        <translation>Le fournisseur DNS qui écrit dans cette zone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep the current delegation zone, %1</source>
        <translation>&amp;Conserver la zone de délégation actuelle, %1</translation>
    </message>
    <message>
        <source>Testing the connection to the DNS provider…</source>
        <translation>Test de la connexion au fournisseur DNS…</translation>
    </message>
</context>
<context>
    <name>DelegationVerbs</name>
    <message>
        <source>delegation set needs --zone ZONE and --provider %1.</source>
        <translation>delegation set attend --zone ZONE et --provider %1.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>Delegation zone %1 set, written through %2.
%3</source>
        <translation>Zone de délégation %1 définie, écrite via %2.
%3</translation>
    </message>
    <message>
        <source>No delegation zone is set up. Set one with: certdesk delegation set --zone ZONE --provider KIND …</source>
        <translation>Aucune zone de délégation n&apos;est configurée. Définissez-en une avec&#xa0;: certdesk delegation set --zone ZONE --provider KIND …</translation>
    </message>
    <message>
        <source>Delegation zone %1, written through %2 (%3).</source>
        <translation>Zone de délégation %1, écrite via %2 (%3).</translation>
    </message>
    <message>
        <source>Set the delegation zone and the DNS provider that writes it (tested before saving).</source>
        <translation>Définir la zone de délégation et le fournisseur DNS qui l&apos;écrit (testé avant l&apos;enregistrement).</translation>
    </message>
    <message>
        <source>The delegation zone, e.g. acme.example.com.</source>
        <translation>La zone de délégation, par ex. acme.example.com.</translation>
    </message>
    <message>
        <source>The DNS provider: %1.</source>
        <translation>Le fournisseur DNS&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A name for the provider.</source>
        <translation>Un nom pour le fournisseur.</translation>
    </message>
    <message>
        <source>Show the delegation zone and its DNS provider.</source>
        <translation>Afficher la zone de délégation et son fournisseur DNS.</translation>
    </message>
</context>
<context>
    <name>DelegationZonePage</name>
    <message>
        <source>&amp;New Provider…</source>
        <translation>&amp;Nouveau fournisseur…</translation>
    </message>
    <message>
        <source>&lt;p&gt;The delegation zone is one DNS zone you control through one DNS provider, for example &lt;i&gt;acme.example.com&lt;/i&gt;. CertDesk publishes every ACME challenge there, so it needs no credentials for the domains themselves.&lt;/p&gt;&lt;p&gt;Each name gets a label of its own in the zone. Whoever runs a domain creates, once, a CNAME record from &lt;i&gt;_acme-challenge.&amp;lt;name&amp;gt;&lt;/i&gt; to that label; the endpoint&apos;s DNS records show the exact record to create.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La zone de délégation est une zone DNS que vous contrôlez via un fournisseur DNS, par exemple &lt;i&gt;acme.example.com&lt;/i&gt;. CertDesk y publie chaque défi ACME&#xa0;; il n&apos;a donc besoin d&apos;aucun identifiant pour les domaines eux-mêmes.&lt;/p&gt;&lt;p&gt;Chaque nom y reçoit son propre label. Le responsable d&apos;un domaine crée, une seule fois, un enregistrement CNAME de &lt;i&gt;_acme-challenge.&amp;lt;nom&amp;gt;&lt;/i&gt; vers ce label&#xa0;; les enregistrements DNS du point de terminaison indiquent l&apos;enregistrement exact à créer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>acme.example.com</source>
        <translation>acme.example.com</translation>
    </message>
    <message>
        <source>Leave it empty to use no delegation zone.</source>
        <translation>Laissez ce champ vide pour n&apos;utiliser aucune zone de délégation.</translation>
    </message>
    <message>
        <source>Choose the DNS provider that writes this zone</source>
        <translation>Choisissez le fournisseur DNS qui écrit cette zone</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone&#xa0;:</translation>
    </message>
    <message>
        <source>DNS &amp;provider:</source>
        <translation>&amp;Fournisseur DNS&#xa0;:</translation>
    </message>
    <message>
        <source>Delegation Zone</source>
        <translation>Zone de délégation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No DNS provider is set up yet</source>
        <translation>Aucun fournisseur DNS n&apos;est encore configuré</translation>
    </message>
    <message>
        <source>Add the DNS provider that writes the zone with “New Provider…”.</source>
        <translation>Ajoutez le fournisseur DNS qui écrit la zone avec «&#xa0;Nouveau fournisseur…&#xa0;».</translation>
    </message>
    <message>
        <source>A delegation zone needs the DNS provider that writes it.</source>
        <translation>Une zone de délégation a besoin du fournisseur DNS qui l&apos;écrit.</translation>
    </message>
    <message>
        <source>Choose the DNS provider that writes this zone.</source>
        <translation>Choisissez le fournisseur DNS qui écrit cette zone.</translation>
    </message>
</context>
<context>
    <name>DelegationZoneRepository</name>
    <message>
        <source>That cannot be the delegation zone.</source>
        <translation>Ceci ne peut pas être la zone de délégation.</translation>
    </message>
    <message>
        <source>“%1” is not a zone name such as acme.example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de zone tel que acme.example.com.</translation>
    </message>
    <message>
        <source>Use a zone (or a subdomain that is its own zone) you control through the DNS provider.</source>
        <translation>Utilisez une zone (ou un sous-domaine qui constitue sa propre zone) que vous contrôlez via le fournisseur DNS.</translation>
    </message>
    <message>
        <source>The delegation zone could not be read or saved.</source>
        <translation>La zone de délégation n&apos;a pas pu être lue ou enregistrée.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable and not full.</source>
        <translation>Vérifiez que le dossier de données est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
</context>
<context>
    <name>DeploymentJob</name>
    <message>
        <source>The certificate could not be deployed.</source>
        <translation>Le certificat n&apos;a pas pu être déployé.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Check that the folder&apos;s parent exists and that CertDesk may write there.</source>
        <translation>Vérifiez que le dossier parent existe et que CertDesk a le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>The PFX file could not be built.</source>
        <translation>Le fichier PFX n&apos;a pas pu être construit.</translation>
    </message>
    <message>
        <source>No PKCS#12 data was produced for %1.</source>
        <translation>Aucune donnée PKCS#12 n&apos;a été produite pour %1.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>L&apos;écriture de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check that CertDesk may write to %1 and that the disk is not full.</source>
        <translation>Vérifiez que CertDesk a le droit d&apos;écrire dans %1 et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>The post-deploy command could not be started.</source>
        <translation>La commande post-déploiement n&apos;a pas pu être lancée.</translation>
    </message>
    <message>
        <source>Check the command in the endpoint&apos;s deployment settings.</source>
        <translation>Vérifiez la commande dans les paramètres de déploiement du point de terminaison.</translation>
    </message>
    <message>
        <source>The post-deploy command did not finish in time.</source>
        <translation>La commande post-déploiement ne s&apos;est pas terminée à temps.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; was stopped after %n second(s).</source>
        <translation>
            <numerusform>La commande «&#xa0;%1&#xa0;» a été arrêtée au bout de %n seconde.</numerusform>
            <numerusform>La commande «&#xa0;%1&#xa0;» a été arrêtée au bout de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make the command finish faster, or raise its timeout.</source>
        <translation>Faites en sorte que la commande se termine plus vite, ou augmentez son délai d&apos;expiration.</translation>
    </message>
    <message>
        <source>The post-deploy command failed.</source>
        <translation>La commande post-déploiement a échoué.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; crashed.</source>
        <translation>La commande «&#xa0;%1&#xa0;» a planté.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exited with code %2.</source>
        <translation>La commande «&#xa0;%1&#xa0;» s&apos;est terminée avec le code %2.</translation>
    </message>
    <message>
        <source>The certificate files were written; see the command&apos;s output in the activity log, fix the command, and deploy again.</source>
        <translation>Les fichiers du certificat ont été écrits&#xa0;; consultez la sortie de la commande dans le journal d&apos;activité, corrigez la commande, puis redéployez.</translation>
    </message>
</context>
<context>
    <name>DeploymentTarget</name>
    <message>
        <source>The deployment settings are invalid.</source>
        <translation>Les paramètres de déploiement ne sont pas valides.</translation>
    </message>
    <message>
        <source>Correct them in the endpoint&apos;s settings.</source>
        <translation>Corrigez-les dans les paramètres du point de terminaison.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not an absolute path.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;est pas un chemin absolu.</translation>
    </message>
    <message>
        <source>Choose PEM files, a PFX file, or both.</source>
        <translation>Choisissez des fichiers PEM, un fichier PFX, ou les deux.</translation>
    </message>
    <message>
        <source>The command timeout must be between 1 second and 1 hour.</source>
        <translation>Le délai d&apos;expiration de la commande doit être compris entre 1 seconde et 1 heure.</translation>
    </message>
</context>
<context>
    <name>Dns01Solver</name>
    <message>
        <source>CertDesk cannot look up where the challenge record goes.</source>
        <translation>CertDesk ne peut pas déterminer où placer l&apos;enregistrement du défi.</translation>
    </message>
    <message>
        <source>No recursive resolver is configured.</source>
        <translation>Aucun résolveur récursif n&apos;est configuré.</translation>
    </message>
    <message>
        <source>Set one in the DNS settings (certdesk dns set --resolver ADDRESS).</source>
        <translation>Définissez-en un dans les paramètres DNS (certdesk dns set --resolver ADDRESS).</translation>
    </message>
    <message>
        <source>The challenge record&apos;s CNAME chain loops.</source>
        <translation>La chaîne de CNAME de l&apos;enregistrement du défi forme une boucle.</translation>
    </message>
    <message>
        <source>Following %1 comes back to %2.</source>
        <translation>En suivant %1, on revient à %2.</translation>
    </message>
    <message>
        <source>Correct the CNAME records so the chain ends at a name that can hold TXT records.</source>
        <translation>Corrigez les enregistrements CNAME pour que la chaîne aboutisse à un nom pouvant contenir des enregistrements TXT.</translation>
    </message>
    <message>
        <source>The challenge record could not be looked up.</source>
        <translation>L&apos;enregistrement du défi n&apos;a pas pu être résolu.</translation>
    </message>
    <message>
        <source>%1 answered %2 for %3.</source>
        <translation>%1 a répondu %2 pour %3.</translation>
    </message>
    <message>
        <source>Check the resolver and the zone&apos;s name servers.</source>
        <translation>Vérifiez le résolveur et les serveurs de noms de la zone.</translation>
    </message>
    <message>
        <source>%1 is not delegated yet.</source>
        <translation>%1 n&apos;est pas encore délégué.</translation>
    </message>
    <message>
        <source>%1 has no CNAME record.</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement CNAME.</translation>
    </message>
    <message>
        <source>%1 points at %2, outside the delegation zone %3.</source>
        <translation>%1 pointe vers %2, en dehors de la zone de délégation %3.</translation>
    </message>
    <message>
        <source>Create %1 CNAME %2 (certdesk records %3), or add a managed challenge whose rule matches the name.</source>
        <translation>Créez %1 CNAME %2 (certdesk records %3), ou ajoutez un défi géré dont la règle correspond au nom.</translation>
    </message>
    <message>
        <source>Nothing can publish the dns-01 record for %1.</source>
        <translation>Rien ne peut publier l&apos;enregistrement dns-01 pour %1.</translation>
    </message>
    <message>
        <source>There is no delegation zone and no managed challenge matches the name.</source>
        <translation>Il n&apos;y a pas de zone de délégation et aucun défi géré ne correspond au nom.</translation>
    </message>
    <message>
        <source>Set up the delegation zone (certdesk delegation set) or a managed challenge for it.</source>
        <translation>Configurez la zone de délégation (certdesk delegation set) ou un défi géré pour ce nom.</translation>
    </message>
</context>
<context>
    <name>DnsChecksPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Use This &amp;Computer&apos;s Resolvers</source>
        <translation>Utiliser les résolveurs de cet &amp;ordinateur</translation>
    </message>
    <message>
        <source>&amp;Test Resolvers</source>
        <translation>&amp;Tester les résolveurs</translation>
    </message>
    <message>
        <source>Recursive resolvers</source>
        <translation>Résolveurs récursifs</translation>
    </message>
    <message>
        <source>192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:53</source>
        <translation>192.0.2.53, 192.0.2.53:5353 ou [2001:db8::53]:53</translation>
    </message>
    <message>
        <source>Resolver address</source>
        <translation>Adresse du résolveur</translation>
    </message>
    <message>
        <source>The name servers this computer is configured with (resolv.conf).</source>
        <translation>Les serveurs de noms configurés sur cet ordinateur (resolv.conf).</translation>
    </message>
    <message>
        <source>53 everywhere but in test labs.</source>
        <translation>53 partout, sauf dans les environnements de test.</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>How long a TXT record written through a DNS provider may take to appear at every authoritative server before the order is given up.</source>
        <translation>Délai accordé à un enregistrement TXT écrit via un fournisseur DNS pour apparaître sur tous les serveurs faisant autorité, avant que la commande ne soit abandonnée.</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>CertDesk asks these recursive resolvers what a CA will see when it validates (following CNAMEs into the delegation zone), and asks each zone&apos;s authoritative servers directly.</source>
        <translation>CertDesk demande à ces résolveurs récursifs ce qu&apos;une AC verra lors de la validation (en suivant les CNAME jusque dans la zone de délégation), et interroge directement les serveurs faisant autorité de chaque zone.</translation>
    </message>
    <message>
        <source>Authoritative servers&apos; &amp;port:</source>
        <translation>&amp;Port des serveurs faisant autorité&#xa0;:</translation>
    </message>
    <message>
        <source>Wait for new TXT records &amp;up to:</source>
        <translation>Attendre les nouveaux enregistrements TXT &amp;jusqu&apos;à&#xa0;:</translation>
    </message>
    <message>
        <source>Check required records &amp;every:</source>
        <translation>&amp;Intervalle de vérification des enregistrements requis&#xa0;:</translation>
    </message>
    <message>
        <source>DNS Checks</source>
        <translation>Vérifications DNS</translation>
    </message>
    <message>
        <source>%1 is in the list already.</source>
        <translation>%1 figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>This computer has no name servers configured that CertDesk can read; enter the resolvers&apos; addresses.</source>
        <translation>Cet ordinateur n&apos;a aucun serveur de noms configuré que CertDesk puisse lire&#xa0;; saisissez les adresses des résolveurs.</translation>
    </message>
    <message>
        <source>Add at least one resolver: record checks ask it what a CA will see.</source>
        <translation>Ajoutez au moins un résolveur&#xa0;: les vérifications des enregistrements lui demandent ce qu&apos;une AC verra.</translation>
    </message>
    <message>
        <source>Add a resolver to test first.</source>
        <translation>Ajoutez d&apos;abord un résolveur à tester.</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n resolver(s) for %1 …</source>
        <translation>
            <numerusform>Interrogation de %n résolveur pour %1 …</numerusform>
            <numerusform>Interrogation de %n résolveurs pour %1 …</numerusform>
        </translation>
    </message>
    <message>
        <source>the root zone</source>
        <translation>la zone racine</translation>
    </message>
    <message numerus="yes">
        <source>✓ %1 answered in %n ms.</source>
        <translation>
            <numerusform>✓ %1 a répondu en %n ms.</numerusform>
            <numerusform>✓ %1 a répondu en %n ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DnsClient</name>
    <message>
        <source>No DNS server is configured for this lookup.</source>
        <translation>Aucun serveur DNS n&apos;est configuré pour cette requête.</translation>
    </message>
    <message>
        <source>CertDesk needs a server address to ask for %1.</source>
        <translation>CertDesk a besoin de l&apos;adresse d&apos;un serveur à interroger pour %1.</translation>
    </message>
    <message>
        <source>Enter the address of a DNS server in the settings.</source>
        <translation>Saisissez l&apos;adresse d&apos;un serveur DNS dans les paramètres.</translation>
    </message>
    <message>
        <source>no UDP socket could be opened</source>
        <translation>aucun socket UDP n&apos;a pu être ouvert</translation>
    </message>
    <message>
        <source>The DNS server answered a different question.</source>
        <translation>Le serveur DNS a répondu à une autre question.</translation>
    </message>
    <message>
        <source>%1 sent an answer over TCP that does not match %2.</source>
        <translation>%1 a envoyé sur TCP une réponse qui ne correspond pas à %2.</translation>
    </message>
</context>
<context>
    <name>DnsLookupProblem</name>
    <message>
        <source>The DNS server cannot be reached.</source>
        <translation>Le serveur DNS est injoignable.</translation>
    </message>
    <message>
        <source>Sending to %1 failed: %2</source>
        <translation>L&apos;envoi vers %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check the server address and port, and that this computer has a route to it.</source>
        <translation>Vérifiez l&apos;adresse et le port du serveur, ainsi que l&apos;existence d&apos;une route vers celui-ci depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 did not complete an answer over TCP for %2.</source>
        <translation>%1 n&apos;a pas terminé sa réponse sur TCP pour %2.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 for %2 after %n attempt(s).</source>
        <translation>
            <numerusform>Aucune réponse de %1 pour %2 après %n tentative.</numerusform>
            <numerusform>Aucune réponse de %1 pour %2 après %n tentatives.</numerusform>
        </translation>
    </message>
    <message>
        <source>The DNS server did not answer in time.</source>
        <translation>Le serveur DNS n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Check the server address and port, and that no firewall blocks DNS traffic.</source>
        <translation>Vérifiez l&apos;adresse et le port du serveur, et qu&apos;aucun pare-feu ne bloque le trafic DNS.</translation>
    </message>
    <message>
        <source>The name does not exist (NXDOMAIN).</source>
        <translation>Le nom n&apos;existe pas (NXDOMAIN).</translation>
    </message>
    <message>
        <source>%1 says there is no name %2.</source>
        <translation>%1 indique que le nom %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Create the record, or check the spelling of the name.</source>
        <translation>Créez l&apos;enregistrement ou vérifiez l&apos;orthographe du nom.</translation>
    </message>
    <message>
        <source>The DNS server failed to answer (SERVFAIL).</source>
        <translation>Le serveur DNS n&apos;a pas pu répondre (SERVFAIL).</translation>
    </message>
    <message>
        <source>%1 could not resolve %2.</source>
        <translation>%1 n&apos;a pas pu résoudre %2.</translation>
    </message>
    <message>
        <source>The zone&apos;s name servers may be unreachable or its DNSSEC broken. Try again later, or ask the zone&apos;s administrator.</source>
        <translation>Les serveurs de noms de la zone sont peut-être injoignables, ou son DNSSEC est défaillant. Réessayez plus tard ou contactez l&apos;administrateur de la zone.</translation>
    </message>
    <message>
        <source>The DNS server refused the question (REFUSED).</source>
        <translation>Le serveur DNS a refusé la question (REFUSED).</translation>
    </message>
    <message>
        <source>%1 will not answer for %2.</source>
        <translation>%1 refuse de répondre pour %2.</translation>
    </message>
    <message>
        <source>Use a server that is authoritative for this zone, or one that allows recursion for this computer.</source>
        <translation>Utilisez un serveur faisant autorité pour cette zone, ou un serveur qui autorise la récursion pour cet ordinateur.</translation>
    </message>
    <message>
        <source>The DNS server returned an error (%1).</source>
        <translation>Le serveur DNS a renvoyé une erreur (%1).</translation>
    </message>
    <message>
        <source>%1 could not answer %2.</source>
        <translation>%1 n&apos;a pas pu répondre à %2.</translation>
    </message>
    <message>
        <source>Check that the server supports this kind of question.</source>
        <translation>Vérifiez que le serveur prend en charge ce type de question.</translation>
    </message>
</context>
<context>
    <name>DnsMessage</name>
    <message>
        <source>The name cannot be looked up.</source>
        <translation>Le nom ne peut pas être résolu.</translation>
    </message>
    <message>
        <source>“%1” is not a valid DNS name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom DNS valide.</translation>
    </message>
    <message>
        <source>A DNS query could not be built.</source>
        <translation>Une requête DNS n&apos;a pas pu être construite.</translation>
    </message>
    <message>
        <source>The DNS server sent a malformed answer.</source>
        <translation>Le serveur DNS a envoyé une réponse mal formée.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the server&apos;s software.</source>
        <translation>Réessayez&#xa0;; si le problème persiste, vérifiez le logiciel du serveur.</translation>
    </message>
</context>
<context>
    <name>DnsName</name>
    <message>
        <source>No domain name was given.</source>
        <translation>Aucun nom de domaine n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>Enter a name such as www.example.com.</source>
        <translation>Saisissez un nom tel que www.example.com.</translation>
    </message>
    <message>
        <source>The domain name has an empty label.</source>
        <translation>Le nom de domaine contient un label vide.</translation>
    </message>
    <message>
        <source>“%1” has two dots in a row or starts with a dot.</source>
        <translation>«&#xa0;%1&#xa0;» contient deux points consécutifs ou commence par un point.</translation>
    </message>
    <message>
        <source>Remove the extra dot.</source>
        <translation>Supprimez le point en trop.</translation>
    </message>
    <message>
        <source>The wildcard is in the wrong place.</source>
        <translation>Le caractère générique est mal placé.</translation>
    </message>
    <message>
        <source>In “%1” the asterisk is not the whole first label.</source>
        <translation>Dans «&#xa0;%1&#xa0;», l&apos;astérisque ne constitue pas à lui seul le premier label.</translation>
    </message>
    <message>
        <source>A wildcard must look like *.example.com.</source>
        <translation>Un nom générique doit être de la forme *.example.com.</translation>
    </message>
    <message>
        <source>The domain name cannot be converted to its DNS form.</source>
        <translation>Le nom de domaine ne peut pas être converti dans sa forme DNS.</translation>
    </message>
    <message>
        <source>“%1” in “%2” is not a valid internationalised label.</source>
        <translation>«&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;» n&apos;est pas un label internationalisé valide.</translation>
    </message>
    <message>
        <source>Check the spelling, or enter the punycode (xn--) form.</source>
        <translation>Vérifiez l&apos;orthographe ou saisissez la forme punycode (xn--).</translation>
    </message>
    <message>
        <source>The domain name contains a character DNS does not allow.</source>
        <translation>Le nom de domaine contient un caractère que le DNS n&apos;autorise pas.</translation>
    </message>
    <message>
        <source>“%1” contains “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» contient «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Use only letters, digits, hyphens and dots.</source>
        <translation>Utilisez uniquement des lettres, des chiffres, des traits d&apos;union et des points.</translation>
    </message>
    <message>
        <source>Check the spelling, or enter the name in its Unicode form.</source>
        <translation>Vérifiez l&apos;orthographe ou saisissez le nom sous sa forme Unicode.</translation>
    </message>
    <message>
        <source>A label of the domain name starts or ends with a hyphen.</source>
        <translation>Un label du nom de domaine commence ou se termine par un trait d&apos;union.</translation>
    </message>
    <message>
        <source>“%1” in “%2” is not a valid host name label.</source>
        <translation>«&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;» n&apos;est pas un label de nom d&apos;hôte valide.</translation>
    </message>
    <message>
        <source>Remove the hyphen at the start or end of the label.</source>
        <translation>Supprimez le trait d&apos;union au début ou à la fin du label.</translation>
    </message>
    <message>
        <source>A label of the domain name is too long.</source>
        <translation>Un label du nom de domaine est trop long.</translation>
    </message>
    <message>
        <source>“%1” has %2 characters in its DNS form; at most %3 are allowed.</source>
        <translation>«&#xa0;%1&#xa0;» compte %2 caractères dans sa forme DNS&#xa0;; %3 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>Shorten that part of the name.</source>
        <translation>Raccourcissez cette partie du nom.</translation>
    </message>
    <message>
        <source>A wildcard needs a domain under it.</source>
        <translation>Un nom générique a besoin d&apos;un domaine sous l&apos;astérisque.</translation>
    </message>
    <message>
        <source>“*” alone does not name anything.</source>
        <translation>«&#xa0;*&#xa0;» seul ne désigne rien.</translation>
    </message>
    <message>
        <source>Write the wildcard with its domain, for example *.example.com.</source>
        <translation>Écrivez le nom générique avec son domaine, par exemple *.example.com.</translation>
    </message>
    <message>
        <source>The domain name is too long.</source>
        <translation>Le nom de domaine est trop long.</translation>
    </message>
    <message>
        <source>The name has %1 characters in its DNS form; at most %2 are allowed.</source>
        <translation>Le nom compte %1 caractères dans sa forme DNS&#xa0;; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>Use a shorter name.</source>
        <translation>Utilisez un nom plus court.</translation>
    </message>
</context>
<context>
    <name>DnsProvider</name>
    <message>
        <source>The TXT value cannot be published.</source>
        <translation>La valeur TXT ne peut pas être publiée.</translation>
    </message>
    <message>
        <source>A challenge value is 1 to 255 printable ASCII characters without spaces, quotes or backslashes.</source>
        <translation>Une valeur de défi comporte de 1 à 255 caractères ASCII imprimables, sans espaces, guillemets ni barres obliques inverses.</translation>
    </message>
    <message>
        <source>The record name cannot be written.</source>
        <translation>Le nom de l&apos;enregistrement ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>“%1” is not a name a TXT record can be published at.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom auquel un enregistrement TXT peut être publié.</translation>
    </message>
</context>
<context>
    <name>DnsProviderFactory</name>
    <message>
        <source>Unknown DNS provider.</source>
        <translation>Fournisseur DNS inconnu.</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>DnsProviderRepository</name>
    <message>
        <source>The DNS provider needs a name.</source>
        <translation>Le fournisseur DNS a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>Give it a name you will recognise, such as the DNS service and zone.</source>
        <translation>Donnez-lui un nom que vous reconnaîtrez, par exemple le service DNS et la zone.</translation>
    </message>
    <message>
        <source>DNS providers could not be read or saved.</source>
        <translation>Les fournisseurs DNS n&apos;ont pas pu être lus ou enregistrés.</translation>
    </message>
    <message>
        <source>The DNS provider is still in use.</source>
        <translation>Le fournisseur DNS est encore utilisé.</translation>
    </message>
    <message>
        <source>The delegation zone or a managed challenge writes through it.</source>
        <translation>La zone de délégation ou un défi géré écrit par son intermédiaire.</translation>
    </message>
    <message>
        <source>Choose another provider there first.</source>
        <translation>Choisissez d&apos;abord un autre fournisseur à cet endroit.</translation>
    </message>
    <message>
        <source>The DNS provider does not exist.</source>
        <translation>Le fournisseur DNS n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no DNS provider with id %1.</source>
        <translation>Il n&apos;existe pas de fournisseur DNS ayant l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable and not full.</source>
        <translation>Vérifiez que le dossier de données est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
</context>
<context>
    <name>DnsProviderTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>DNS provider</source>
        <translation>Fournisseur DNS</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>In the keychain</source>
        <translation>Dans le trousseau</translation>
    </message>
    <message>
        <source>Kept in the system keychain as %1; CertDesk never shows it again.</source>
        <translation>Conservés dans le trousseau du système sous %1&#xa0;; CertDesk ne les affiche plus jamais.</translation>
    </message>
</context>
<context>
    <name>DnsQuery</name>
    <message>
        <source>The DNS lookup was started without a DNS client.</source>
        <translation>La requête DNS a été lancée sans client DNS.</translation>
    </message>
</context>
<context>
    <name>DnsRecordsPage</name>
    <message>
        <source>Show &amp;All Endpoints</source>
        <translation>Affi&amp;cher tous les points de terminaison</translation>
    </message>
    <message>
        <source>DNS Records</source>
        <translation>Enregistrements DNS</translation>
    </message>
    <message>
        <source>Every record your endpoints need, checked live at each zone&apos;s authoritative servers and at the resolvers a CA sees. Create what is missing at your DNS provider; CertDesk checks again by itself while something is not OK.</source>
        <translation>Tous les enregistrements dont vos points de terminaison ont besoin, vérifiés en direct sur les serveurs faisant autorité de chaque zone et auprès des résolveurs, pour voir ce que verra une AC. Créez ce qui manque chez votre fournisseur DNS&#xa0;; CertDesk vérifie de nouveau de lui-même tant que quelque chose n&apos;est pas correct.</translation>
    </message>
    <message>
        <source>Showing the records of every endpoint.</source>
        <translation>Affichage des enregistrements de tous les points de terminaison.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the records of %n selected endpoint(s).</source>
        <translation>
            <numerusform>Affichage des enregistrements de %n point de terminaison sélectionné.</numerusform>
            <numerusform>Affichage des enregistrements des %n points de terminaison sélectionnés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DnsReviewPanel</name>
    <message>
        <source>Check &amp;Now</source>
        <translation>Vérifier &amp;maintenant</translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation>Copier to&amp;ut</translation>
    </message>
    <message>
        <source>Export &amp;Zone Snippet…</source>
        <translation>Exporter un extrait de &amp;zone…</translation>
    </message>
    <message>
        <source>Re&amp;quest Certificate</source>
        <translation>Command&amp;er le certificat</translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation>Enregistrements DNS</translation>
    </message>
    <message>
        <source>Ask the authoritative servers and the resolvers now</source>
        <translation>Interroger maintenant les serveurs faisant autorité et les résolveurs</translation>
    </message>
    <message>
        <source>Copy the records shown as text to paste into a DNS provider&apos;s console</source>
        <translation>Copier les enregistrements affichés sous forme de texte, à coller dans la console d&apos;un fournisseur DNS</translation>
    </message>
    <message>
        <source>Save the records shown as a zone-file snippet</source>
        <translation>Sauvegarder les enregistrements affichés sous forme d&apos;extrait de fichier de zone</translation>
    </message>
    <message>
        <source>Every record is in place: order the certificate now</source>
        <translation>Tous les enregistrements sont en place&#xa0;: commander le certificat maintenant</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Lecture des enregistrements…</translation>
    </message>
    <message>
        <source>No DNS records needed</source>
        <translation>Aucun enregistrement DNS nécessaire</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>status: count</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the authoritative servers and the resolvers…</source>
        <translation>Interrogation des serveurs faisant autorité et des résolveurs…</translation>
    </message>
    <message>
        <source>Checked at %1.</source>
        <translation>Dernière vérification à %1.</translation>
    </message>
    <message>
        <source>Checking again at %1.</source>
        <translation>Prochaine vérification à %1.</translation>
    </message>
    <message>
        <source>Last checked %1 by the background check.</source>
        <translation>Dernière vérification %1, par la vérification en arrière-plan.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>Select an endpoint to see the DNS records it needs.</source>
        <translation>Sélectionnez un point de terminaison pour voir les enregistrements DNS dont il a besoin.</translation>
    </message>
    <message>
        <source>There are no endpoints yet. Add one, and the DNS records it needs appear here.</source>
        <translation>Il n&apos;y a pas encore de point de terminaison. Ajoutez-en un&#xa0;: les enregistrements DNS dont il a besoin apparaîtront ici.</translation>
    </message>
    <message>
        <source>These endpoints need no DNS records.</source>
        <translation>Ces points de terminaison n&apos;ont besoin d&apos;aucun enregistrement DNS.</translation>
    </message>
    <message>
        <source>This endpoint needs no DNS records: it is validated over HTTP and reached inside your network, so there is nothing to create.</source>
        <translation>Ce point de terminaison n&apos;a besoin d&apos;aucun enregistrement DNS&#xa0;: il est validé via HTTP et accessible depuis votre réseau&#xa0;; il n&apos;y a donc rien à créer.</translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;quest %n Certificate(s)</source>
        <translation>
            <numerusform>Command&amp;er %n certificat</numerusform>
            <numerusform>Command&amp;er %n certificats</numerusform>
        </translation>
    </message>
    <message>
        <source>Available once every record is OK</source>
        <translation>Disponible une fois que tous les enregistrements sont corrects</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The records of %n endpoint(s) cannot be listed.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Les enregistrements de %n point de terminaison ne peuvent pas être listés.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Les enregistrements de %n points de terminaison ne peuvent pas être listés.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation>Point de terminaison %1</translation>
    </message>
    <message>
        <source>Copied the name %1.</source>
        <translation>Nom %1 copié.</translation>
    </message>
    <message>
        <source>Copied the value %1.</source>
        <translation>Valeur %1 copiée.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n record(s) as text for your DNS provider&apos;s console.</source>
        <translation>
            <numerusform>%n enregistrement copié sous forme de texte pour la console de votre fournisseur DNS.</numerusform>
            <numerusform>%n enregistrements copiés sous forme de texte pour la console de votre fournisseur DNS.</numerusform>
        </translation>
    </message>
    <message>
        <source>records.zone</source>
        <translation>records.zone</translation>
    </message>
    <message>
        <source>Export Zone Snippet</source>
        <translation>Exporter un extrait de zone</translation>
    </message>
    <message>
        <source>Zone files (*.zone *.txt);;All files (*)</source>
        <translation>Fichiers de zone (*.zone *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n record(s) to %1.</source>
        <translation>
            <numerusform>%n enregistrement sauvegardé dans %1.</numerusform>
            <numerusform>%n enregistrements sauvegardés dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ordering %n certificate(s)…</source>
        <translation>
            <numerusform>Commande de %n certificat…</numerusform>
            <numerusform>Commande de %n certificats…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: certificate issued.</source>
        <translation>%1&#xa0;: certificat émis.</translation>
    </message>
    <message>
        <source>%1: no certificate. %2</source>
        <translation>%1&#xa0;: pas de certificat. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more still ordering…</source>
        <translation>
            <numerusform>%n autre commande encore en cours…</numerusform>
            <numerusform>%n autres commandes encore en cours…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DnsServer</name>
    <message>
        <source>The DNS server address is not valid.</source>
        <translation>L&apos;adresse du serveur DNS n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address with an optional port.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP suivie éventuellement d&apos;un port.</translation>
    </message>
    <message>
        <source>Write an address such as 192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:5353.</source>
        <translation>Écrivez une adresse telle que 192.0.2.53, 192.0.2.53:5353 ou [2001:db8::53]:5353.</translation>
    </message>
</context>
<context>
    <name>DnsSettings</name>
    <message>
        <source>The DNS settings could not be read or saved.</source>
        <translation>Les paramètres DNS n&apos;ont pas pu être lus ou enregistrés.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable.</source>
        <translation>Vérifiez que le dossier de données est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>DnsUpdate</name>
    <message>
        <source>The DNS server did not answer the update in time.</source>
        <translation>Le serveur DNS n&apos;a pas répondu à temps à la mise à jour.</translation>
    </message>
    <message>
        <source>No reply from %1 to the update of zone %2.</source>
        <translation>Aucune réponse de %1 à la mise à jour de la zone %2.</translation>
    </message>
    <message>
        <source>Check the server address and port, and that it accepts TCP connections.</source>
        <translation>Vérifiez l&apos;adresse et le port du serveur, et qu&apos;il accepte les connexions TCP.</translation>
    </message>
    <message>
        <source>The DNS server cannot be reached for the update.</source>
        <translation>Le serveur DNS est injoignable pour la mise à jour.</translation>
    </message>
    <message>
        <source>Connecting to %1 failed: %2</source>
        <translation>La connexion à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The DNS update has no changes.</source>
        <translation>La mise à jour DNS ne contient aucune modification.</translation>
    </message>
    <message>
        <source>The record is not in the zone being updated.</source>
        <translation>L&apos;enregistrement ne fait pas partie de la zone mise à jour.</translation>
    </message>
    <message>
        <source>%1 is not part of zone %2.</source>
        <translation>%1 ne fait pas partie de la zone %2.</translation>
    </message>
    <message>
        <source>Check which zone the name belongs to.</source>
        <translation>Vérifiez à quelle zone appartient le nom.</translation>
    </message>
    <message>
        <source>The record name cannot be written to DNS.</source>
        <translation>Le nom de l&apos;enregistrement ne peut pas être écrit dans le DNS.</translation>
    </message>
    <message>
        <source>“%1” is not a valid owner name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de propriétaire valide.</translation>
    </message>
    <message>
        <source>The DNS update could not be built.</source>
        <translation>La mise à jour DNS n&apos;a pas pu être construite.</translation>
    </message>
    <message>
        <source>The DNS update could not be signed.</source>
        <translation>La mise à jour DNS n&apos;a pas pu être signée.</translation>
    </message>
    <message>
        <source>Signing with key %1 (%2) failed.</source>
        <translation>La signature avec la clé %1 (%2) a échoué.</translation>
    </message>
    <message>
        <source>Check the key&apos;s algorithm and secret.</source>
        <translation>Vérifiez l&apos;algorithme et le secret de la clé.</translation>
    </message>
    <message>
        <source>The DNS server sent a malformed reply to the update.</source>
        <translation>Le serveur DNS a envoyé une réponse mal formée à la mise à jour.</translation>
    </message>
    <message>
        <source>%1 replied to the update of zone %2 with data CertDesk cannot read.</source>
        <translation>%1 a répondu à la mise à jour de la zone %2 avec des données que CertDesk ne sait pas lire.</translation>
    </message>
    <message>
        <source>The DNS server&apos;s reply to the update could not be verified.</source>
        <translation>La réponse du serveur DNS à la mise à jour n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>%1 accepted the update of zone %2, but its reply is not signed with key %3.</source>
        <translation>%1 a accepté la mise à jour de la zone %2, mais sa réponse n&apos;est pas signée avec la clé %3.</translation>
    </message>
    <message>
        <source>Make sure nothing between CertDesk and the server rewrites DNS traffic, then check the records.</source>
        <translation>Assurez-vous que rien entre CertDesk et le serveur ne réécrit le trafic DNS, puis vérifiez les enregistrements.</translation>
    </message>
    <message>
        <source>The DNS server did not accept the TSIG key.</source>
        <translation>Le serveur DNS n&apos;a pas accepté la clé TSIG.</translation>
    </message>
    <message>
        <source>%1 rejected the update of zone %2 signed with key %3 (%4).</source>
        <translation>%1 a rejeté la mise à jour de la zone %2 signée avec la clé %3 (%4).</translation>
    </message>
    <message>
        <source>Check the key name, algorithm and secret against the server&apos;s configuration, and that both clocks are right (TSIG allows five minutes).</source>
        <translation>Comparez le nom, l&apos;algorithme et le secret de la clé avec la configuration du serveur, et vérifiez que les deux horloges sont à l&apos;heure (TSIG tolère cinq minutes d&apos;écart).</translation>
    </message>
    <message>
        <source>The DNS server is not authoritative for the zone.</source>
        <translation>Le serveur DNS ne fait pas autorité pour la zone.</translation>
    </message>
    <message>
        <source>%1 refused the update of zone %2 signed with key %3 (NOTAUTH).</source>
        <translation>%1 a refusé la mise à jour de la zone %2 signée avec la clé %3 (NOTAUTH).</translation>
    </message>
    <message>
        <source>Send updates to the zone&apos;s primary server, and check the zone name.</source>
        <translation>Envoyez les mises à jour au serveur primaire de la zone et vérifiez le nom de la zone.</translation>
    </message>
    <message>
        <source>The DNS server refused the update.</source>
        <translation>Le serveur DNS a refusé la mise à jour.</translation>
    </message>
    <message>
        <source>%1 does not let key %2 change zone %3 (REFUSED).</source>
        <translation>%1 n&apos;autorise pas la clé %2 à modifier la zone %3 (REFUSED).</translation>
    </message>
    <message>
        <source>Allow the key in the zone&apos;s update-policy or allow-update, or use a key that is allowed.</source>
        <translation>Autorisez la clé dans l&apos;update-policy ou l&apos;allow-update de la zone, ou utilisez une clé autorisée.</translation>
    </message>
    <message>
        <source>A record of the update is outside the zone.</source>
        <translation>Un enregistrement de la mise à jour est en dehors de la zone.</translation>
    </message>
    <message>
        <source>%1 says a name in the update is not in zone %2 (NOTZONE).</source>
        <translation>%1 indique qu&apos;un nom de la mise à jour ne fait pas partie de la zone %2 (NOTZONE).</translation>
    </message>
    <message>
        <source>Check which zone the names belong to.</source>
        <translation>Vérifiez à quelle zone appartiennent les noms.</translation>
    </message>
    <message>
        <source>The DNS server rejected the update (%1).</source>
        <translation>Le serveur DNS a rejeté la mise à jour (%1).</translation>
    </message>
    <message>
        <source>%1 did not apply the update of zone %2 signed with key %3.</source>
        <translation>%1 n&apos;a pas appliqué la mise à jour de la zone %2 signée avec la clé %3.</translation>
    </message>
    <message>
        <source>Check the server&apos;s log for the reason.</source>
        <translation>Consultez le journal du serveur pour en connaître la raison.</translation>
    </message>
</context>
<context>
    <name>DnsVerbs</name>
    <message>
        <source>The port is not valid.</source>
        <translation>Le port n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>“%1” is not a port from 1 to 65535.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un port compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>records needs at least one name, for example: certdesk records app.example.com</source>
        <translation>records attend au moins un nom, par exemple&#xa0;: certdesk records app.example.com</translation>
    </message>
    <message>
        <source>--%1 takes a number of seconds.</source>
        <translation>--%1 attend un nombre de secondes.</translation>
    </message>
    <message>
        <source>Resolvers: %1
Authoritative port: %2
Confirmation timeout: %3 s
CA identities for CAA: %4
Record check interval: %5 s</source>
        <translation>Résolveurs&#xa0;: %1
Port des serveurs faisant autorité&#xa0;: %2
Délai de confirmation&#xa0;: %3 s
Identités d&apos;AC pour CAA&#xa0;: %4
Intervalle de vérification des enregistrements&#xa0;: %5 s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définies</translation>
    </message>
    <message>
        <source>No delegation zone is set up yet.</source>
        <translation>Aucune zone de délégation n&apos;est encore configurée.</translation>
    </message>
    <message>
        <source>Set it up first: certdesk delegation set --zone ZONE --provider KIND …</source>
        <translation>Configurez-la d&apos;abord&#xa0;: certdesk delegation set --zone ZONE --provider KIND …</translation>
    </message>
    <message>
        <source>Writing a probe TXT record at %1 …</source>
        <translation>Écriture d&apos;un enregistrement TXT de test à %1 …</translation>
    </message>
    <message>
        <source>Seen at every authoritative server of its zone; removing it …</source>
        <translation>Visible sur tous les serveurs faisant autorité de sa zone&#xa0;; suppression …</translation>
    </message>
    <message>
        <source>DNS test passed: %1 wrote %2, every authoritative server served it, and it was removed.</source>
        <translation>Test DNS réussi&#xa0;: %1 a écrit %2, tous les serveurs faisant autorité l&apos;ont servi, puis il a été supprimé.</translation>
    </message>
    <message>
        <source>Show the DNS records names need; with --check, check them live.</source>
        <translation>Afficher les enregistrements DNS dont les noms ont besoin&#xa0;; avec --check, les vérifier en direct.</translation>
    </message>
    <message>
        <source>NAME…</source>
        <translation>NAME…</translation>
    </message>
    <message>
        <source>Ask the authoritative servers and resolvers now (exit status 3 if a record is not OK).</source>
        <translation>Interroger maintenant les serveurs faisant autorité et les résolveurs (code de sortie 3 si un enregistrement n&apos;est pas correct).</translation>
    </message>
    <message>
        <source>A recursive resolver to ask (repeatable; default: the DNS settings).</source>
        <translation>Un résolveur récursif à interroger (option répétable&#xa0;; par défaut&#xa0;: les paramètres DNS).</translation>
    </message>
    <message>
        <source>The port the authoritative servers listen on (default: the DNS settings, usually 53).</source>
        <translation>Le port d&apos;écoute des serveurs faisant autorité (par défaut&#xa0;: les paramètres DNS, généralement 53).</translation>
    </message>
    <message>
        <source>The CA&apos;s CAA identity, e.g. letsencrypt.org (repeatable; default: the DNS settings).</source>
        <translation>L&apos;identité CAA de l&apos;AC, par ex. letsencrypt.org (option répétable&#xa0;; par défaut&#xa0;: les paramètres DNS).</translation>
    </message>
    <message>
        <source>Plain text for a DNS provider&apos;s console instead of a zone-file snippet.</source>
        <translation>Texte brut pour la console d&apos;un fournisseur DNS, au lieu d&apos;un extrait de fichier de zone.</translation>
    </message>
    <message>
        <source>Show or change the DNS settings: resolvers, authoritative port, CAA identities.</source>
        <translation>Afficher ou modifier les paramètres DNS&#xa0;: résolveurs, port des serveurs faisant autorité, identités CAA.</translation>
    </message>
    <message>
        <source>A recursive resolver (repeatable; replaces the list).</source>
        <translation>Un résolveur récursif (option répétable&#xa0;; remplace la liste).</translation>
    </message>
    <message>
        <source>The port authoritative servers listen on.</source>
        <translation>Le port d&apos;écoute des serveurs faisant autorité.</translation>
    </message>
    <message>
        <source>Seconds a written TXT record may take to appear at every authoritative server.</source>
        <translation>Délai, en secondes, accordé à un enregistrement TXT écrit pour apparaître sur tous les serveurs faisant autorité.</translation>
    </message>
    <message>
        <source>The CA&apos;s CAA identity (repeatable; replaces the list).</source>
        <translation>L&apos;identité CAA de l&apos;AC (option répétable&#xa0;; remplace la liste).</translation>
    </message>
    <message>
        <source>Seconds between background checks of the required records.</source>
        <translation>Intervalle, en secondes, entre les vérifications en arrière-plan des enregistrements requis.</translation>
    </message>
    <message>
        <source>Write, confirm and remove a probe TXT record through the delegation zone&apos;s provider.</source>
        <translation>Écrire, confirmer puis supprimer un enregistrement TXT de test via le fournisseur de la zone de délégation.</translation>
    </message>
</context>
<context>
    <name>EndpointActions</name>
    <message>
        <source>&amp;New Endpoint…</source>
        <translation>&amp;Nouveau point de terminaison…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Renew Now</source>
        <translation>&amp;Renouveler maintenant</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Add an endpoint: one or more names served together</source>
        <translation>Ajouter un point de terminaison&#xa0;: un ou plusieurs noms servis ensemble</translation>
    </message>
    <message>
        <source>Order new certificates for the selected endpoints now</source>
        <translation>Commander dès maintenant de nouveaux certificats pour les points de terminaison sélectionnés</translation>
    </message>
    <message>
        <source>Write the selected endpoints&apos; certificates and keys to a folder</source>
        <translation>Écrire dans un dossier les certificats et les clés des points de terminaison sélectionnés</translation>
    </message>
    <message>
        <source>Delete the selected endpoints and their certificates from CertDesk</source>
        <translation>Supprimer de CertDesk les points de terminaison sélectionnés et leurs certificats</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Endpoint %1 added.</source>
        <translation>Point de terminaison %1 ajouté.</translation>
    </message>
    <message>
        <source>Endpoint %1 saved.</source>
        <translation>Point de terminaison %1 enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Ordering %n certificate(s)…</source>
        <translation>
            <numerusform>Commande de %n certificat…</numerusform>
            <numerusform>Commande de %n certificats…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n certificate(s) to %1.</source>
        <translation>
            <numerusform>%n certificat exporté vers %1.</numerusform>
            <numerusform>%n certificats exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Endpoints</source>
        <translation>Supprimer des points de terminaison</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n endpoint(s)?</source>
        <translation>
            <numerusform>Supprimer %n point de terminaison&#xa0;?</numerusform>
            <numerusform>Supprimer %n points de terminaison&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Their certificates and keys are removed from CertDesk and will no longer be renewed. Files already deployed stay where they are, and the CA still considers the certificates valid until they expire.</source>
        <translation>%1

Leurs certificats et leurs clés sont retirés de CertDesk et ne seront plus renouvelés. Les fichiers déjà déployés restent en place, et l&apos;AC considère toujours les certificats comme valides jusqu&apos;à leur expiration.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Not Deleted</source>
        <translation>Suppression impossible</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) deleted.</source>
        <translation>
            <numerusform>%n point de terminaison supprimé.</numerusform>
            <numerusform>%n points de terminaison supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;heck DNS</source>
        <translation>&amp;Vérifier le DNS</translation>
    </message>
    <message>
        <source>Show the DNS records the selected endpoints need and check them live now</source>
        <translation>Afficher les enregistrements DNS dont ont besoin les points de terminaison sélectionnés et les vérifier en direct maintenant</translation>
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
        <translation>RSA %1 bits</translation>
    </message>
    <message>
        <source>Endpoint details</source>
        <translation>Détails du point de terminaison</translation>
    </message>
    <message>
        <source>&amp;Certificate</source>
        <translation>&amp;Certificat</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Paramètre&amp;s</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>Comman&amp;des</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>Acti&amp;vité</translation>
    </message>
    <message>
        <source>No certificate has been issued for this endpoint yet. Choose Renew now to order the first one.</source>
        <translation>Aucun certificat n&apos;a encore été émis pour ce point de terminaison. Choisissez Renouveler maintenant pour commander le premier.</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Noms&#xa0;:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur&#xa0;:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Début de validité&#xa0;:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Fin de validité&#xa0;:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Type de clé&#xa0;:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Numéro de série&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Chaîne&#xa0;:</translation>
    </message>
    <message>
        <source>Reach:</source>
        <translation>Accès&#xa0;:</translation>
    </message>
    <message>
        <source>Validation:</source>
        <translation>Validation&#xa0;:</translation>
    </message>
    <message>
        <source>CA account:</source>
        <translation>Compte d&apos;AC&#xa0;:</translation>
    </message>
    <message>
        <source>Deployment:</source>
        <translation>Déploiement&#xa0;:</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Entrée sélectionnée</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Select an endpoint to see its certificate, orders and activity.</source>
        <translation>Sélectionnez un point de terminaison pour voir son certificat, ses commandes et son activité.</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) selected. Renew, export or delete them together with the toolbar or the Endpoint menu.</source>
        <translation>
            <numerusform>%n point de terminaison sélectionné. Renouvelez, exportez ou supprimez la sélection avec la barre d&apos;outils ou le menu Point de terminaison.</numerusform>
            <numerusform>%n points de terminaison sélectionnés. Renouvelez, exportez ou supprimez la sélection avec la barre d&apos;outils ou le menu Point de terminaison.</numerusform>
        </translation>
    </message>
    <message>
        <source>The details cannot be shown</source>
        <translation>Impossible d&apos;afficher les détails</translation>
    </message>
    <message>
        <source>%1. %2, issued by %3, until %4</source>
        <comment>position. subject, issued by issuer, until date</comment>
        <translation>%1. %2, émis par %3, jusqu&apos;au %4</translation>
    </message>
    <message>
        <source>External: the names point at %1</source>
        <translation>Externe&#xa0;: les noms pointent vers %1</translation>
    </message>
    <message>
        <source>Internal: reachable only inside your network</source>
        <translation>Interne&#xa0;: accessible uniquement depuis votre réseau</translation>
    </message>
    <message>
        <source>HTTP-01, files written to %1</source>
        <translation>HTTP-01, fichiers écrits dans %1</translation>
    </message>
    <message>
        <source>HTTP-01, built-in responder on %1</source>
        <translation>HTTP-01, répondeur intégré sur %1</translation>
    </message>
    <message>
        <source>port 80</source>
        <translation>le port 80</translation>
    </message>
    <message>
        <source>DNS-01 through the delegation zone</source>
        <translation>DNS-01 via la zone de délégation</translation>
    </message>
    <message>
        <source>The default account</source>
        <translation>Le compte par défaut</translation>
    </message>
    <message>
        <source>Not deployed automatically</source>
        <translation>Pas de déploiement automatique</translation>
    </message>
    <message>
        <source>PEM and PFX files to %1</source>
        <translation>Fichiers PEM et PFX vers %1</translation>
    </message>
    <message>
        <source>A PFX file to %1</source>
        <translation>Un fichier PFX vers %1</translation>
    </message>
    <message>
        <source>PEM files to %1</source>
        <translation>Fichiers PEM vers %1</translation>
    </message>
    <message>
        <source>then runs: %1</source>
        <translation>puis exécute&#xa0;: %1</translation>
    </message>
    <message>
        <source>D&amp;NS Records</source>
        <translation>Enregistrements D&amp;NS</translation>
    </message>
</context>
<context>
    <name>EndpointEditorDialog</name>
    <message>
        <source>New Endpoint</source>
        <translation>Nouveau point de terminaison</translation>
    </message>
    <message>
        <source>Edit Endpoint</source>
        <translation>Modifier le point de terminaison</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>EndpointForm</name>
    <message>
        <source>&amp;Internal: reachable only inside the network</source>
        <translation>&amp;Interne&#xa0;: accessible uniquement depuis le réseau</translation>
    </message>
    <message>
        <source>E&amp;xternal: reachable from the internet</source>
        <translation>E&amp;xterne&#xa0;: accessible depuis Internet</translation>
    </message>
    <message>
        <source>&amp;Deploy each new certificate</source>
        <translation>&amp;Déployer chaque nouveau certificat</translation>
    </message>
    <message>
        <source>&amp;PEM files (cert.pem, chain.pem, fullchain.pem, privkey.pem)</source>
        <translation>Fichiers &amp;PEM (cert.pem, chain.pem, fullchain.pem, privkey.pem)</translation>
    </message>
    <message>
        <source>P&amp;FX file (certificate.pfx) for Windows servers</source>
        <translation>Fichier P&amp;FX (certificate.pfx) pour les serveurs Windows</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
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
        <translation>Un nom par ligne (ou séparés par des virgules). Le premier est le sujet du certificat. Les noms internationaux peuvent être saisis tels qu&apos;ils se lisent.</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Target host</source>
        <translation>Hôte cible</translation>
    </message>
    <message>
        <source>lb1.example.net</source>
        <translation>lb1.example.net</translation>
    </message>
    <message>
        <source>&amp;Target host:</source>
        <translation>&amp;Hôte cible&#xa0;:</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Validation method</source>
        <translation>Méthode de validation</translation>
    </message>
    <message>
        <source>DNS-01 through the delegation zone (any endpoint, wildcards)</source>
        <translation>DNS-01 via la zone de délégation (tout point de terminaison, noms génériques)</translation>
    </message>
    <message>
        <source>HTTP-01 with the built-in responder</source>
        <translation>HTTP-01 avec le répondeur intégré</translation>
    </message>
    <message>
        <source>HTTP-01 with files in a web server&apos;s folder (webroot)</source>
        <translation>HTTP-01 avec des fichiers dans le dossier d&apos;un serveur web (webroot)</translation>
    </message>
    <message>
        <source>The CA checks a TXT record that CertDesk publishes in the delegation zone. Each name needs a one-time CNAME record pointing there.</source>
        <translation>L&apos;AC vérifie un enregistrement TXT que CertDesk publie dans la zone de délégation. Chaque nom nécessite un enregistrement CNAME, créé une seule fois, qui pointe vers celle-ci.</translation>
    </message>
    <message>
        <source>Responder address</source>
        <translation>Adresse du répondeur</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>É&amp;couter sur&#xa0;:</translation>
    </message>
    <message>
        <source>The CA connects to port 80 of each name; forward it here if CertDesk runs elsewhere.</source>
        <translation>L&apos;AC se connecte au port 80 de chaque nom&#xa0;; redirigez-le ici si CertDesk s&apos;exécute sur une autre machine.</translation>
    </message>
    <message>
        <source>Webroot folder</source>
        <translation>Dossier webroot</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Web server&apos;s document folder</source>
        <translation>Dossier des documents du serveur web</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Do&amp;ssier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>ECDSA P-256 (recommended)</source>
        <translation>ECDSA P-256 (recommandé)</translation>
    </message>
    <message>
        <source>ECDSA P-384</source>
        <translation>ECDSA P-384</translation>
    </message>
    <message>
        <source>RSA 2048 bits (older clients)</source>
        <translation>RSA 2048 bits (clients anciens)</translation>
    </message>
    <message>
        <source>RSA 3072 bits</source>
        <translation>RSA 3072 bits</translation>
    </message>
    <message>
        <source>RSA 4096 bits</source>
        <translation>RSA 4096 bits</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>&amp;Type de clé&#xa0;:</translation>
    </message>
    <message>
        <source>CA &amp;account:</source>
        <translation>Compte d&apos;&amp;AC&#xa0;:</translation>
    </message>
    <message>
        <source>Deployment folder</source>
        <translation>Dossier de déploiement</translation>
    </message>
    <message>
        <source>Command after deployment</source>
        <translation>Commande après le déploiement</translation>
    </message>
    <message>
        <source>systemctl reload nginx</source>
        <translation>systemctl reload nginx</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>Dossie&amp;r&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Then run:</source>
        <translation>Exécuter e&amp;nsuite&#xa0;:</translation>
    </message>
    <message>
        <source>The default account (the newest one registered)</source>
        <translation>Le compte par défaut (le plus récemment enregistré)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>account title — CA host</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <source>Give the responder&apos;s address as ADDRESS:PORT, for example 0.0.0.0:80 or [::]:8080.</source>
        <translation>Indiquez l&apos;adresse du répondeur sous la forme ADRESSE:PORT, par exemple 0.0.0.0:80 ou [::]:8080.</translation>
    </message>
    <message>
        <source>Choose the web server&apos;s document folder (a full path).</source>
        <translation>Choisissez le dossier des documents du serveur web (un chemin complet).</translation>
    </message>
    <message>
        <source>Choose the folder to deploy certificates to.</source>
        <translation>Choisissez le dossier dans lequel déployer les certificats.</translation>
    </message>
    <message>
        <source>Order certificates a&amp;utomatically: the first once the DNS records are in place, then every renewal</source>
        <translation>Commander les certificats a&amp;utomatiquement : le premier dès que les enregistrements DNS sont en place, puis chaque renouvellement</translation>
    </message>
    <message>
        <source>Turned off, CertDesk orders this endpoint&apos;s certificates only when you ask (Renew Now); it still checks the DNS records and warns before the certificate expires.</source>
        <translation>Désactivé, CertDesk ne commande les certificats de ce point de terminaison que sur votre demande (Renouveler maintenant) ; il vérifie toujours les enregistrements DNS et avertit avant l’expiration du certificat.</translation>
    </message>
</context>
<context>
    <name>EndpointListPage</name>
    <message>
        <source>Filter by name, target, CA or status (Ctrl+F)</source>
        <translation>Filtrer par nom, cible, AC ou état (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter endpoints</source>
        <translation>Filtrer les points de terminaison</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <source>No endpoints yet</source>
        <translation>Aucun point de terminaison pour l&apos;instant</translation>
    </message>
    <message>
        <source>An endpoint is a host name, or a few, served by one of your servers or load balancers. CertDesk obtains its certificate from your CA, renews it before it expires, and tells you exactly which DNS records to create.

Add your first endpoint to get started; internal names work too, through DNS delegation.</source>
        <translation>Un point de terminaison est un nom d&apos;hôte, ou quelques-uns, servi par l&apos;un de vos serveurs ou répartiteurs de charge. CertDesk obtient son certificat auprès de votre AC, le renouvelle avant son expiration et vous indique précisément quels enregistrements DNS créer.

Ajoutez votre premier point de terminaison pour commencer&#xa0;; les noms internes fonctionnent aussi, grâce à la délégation DNS.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n endpoint(s)</source>
        <translation>
            <numerusform>%1 sur %n point de terminaison</numerusform>
            <numerusform>%1 sur %n points de terminaison</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointRepository</name>
    <message>
        <source>The endpoint list could not be read.</source>
        <translation>La liste des points de terminaison n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The endpoint could not be saved.</source>
        <translation>Le point de terminaison n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>There is no endpoint %1.</source>
        <translation>Il n&apos;existe pas de point de terminaison %1.</translation>
    </message>
    <message>
        <source>List the endpoints with: certdesk certs, or add it with: certdesk endpoint add NAME</source>
        <translation>Listez les points de terminaison avec&#xa0;: certdesk certs, ou ajoutez-le avec&#xa0;: certdesk endpoint add NAME</translation>
    </message>
    <message>
        <source>An endpoint needs at least one name.</source>
        <translation>Un point de terminaison doit avoir au moins un nom.</translation>
    </message>
    <message>
        <source>An external endpoint needs a target host name.</source>
        <translation>Un point de terminaison externe a besoin d&apos;un nom d&apos;hôte cible.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>Give the host the name should point at, for example --target lb1.example.net.</source>
        <translation>Indiquez l&apos;hôte vers lequel le nom doit pointer, par exemple --target lb1.example.net.</translation>
    </message>
    <message>
        <source>Wildcard names can only be validated with dns-01.</source>
        <translation>Les noms génériques ne peuvent être validés qu&apos;avec dns-01.</translation>
    </message>
    <message>
        <source>%1 cannot be proven over HTTP (RFC 8555 §7.1.3).</source>
        <translation>%1 ne peut pas être prouvé via HTTP (RFC 8555 §7.1.3).</translation>
    </message>
    <message>
        <source>Use --challenge dns-01.</source>
        <translation>Utilisez --challenge dns-01.</translation>
    </message>
    <message>
        <source>%1 already belongs to an endpoint.</source>
        <translation>%1 appartient déjà à un point de terminaison.</translation>
    </message>
    <message>
        <source>Each name can belong to one endpoint only; edit that endpoint instead.</source>
        <translation>Chaque nom ne peut appartenir qu&apos;à un seul point de terminaison&#xa0;; modifiez plutôt ce point de terminaison.</translation>
    </message>
    <message>
        <source>%1 is given to two endpoints.</source>
        <translation>%1 est attribué à deux points de terminaison.</translation>
    </message>
    <message>
        <source>Each name can belong to one endpoint only.</source>
        <translation>Chaque nom ne peut appartenir qu&apos;à un seul point de terminaison.</translation>
    </message>
</context>
<context>
    <name>EndpointStatus</name>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Renewing</source>
        <translation>En renouvellement</translation>
    </message>
    <message>
        <source>New</source>
        <comment>endpoint without a certificate yet</comment>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The last attempt failed; CertDesk tries again %1. The activity log says why.</source>
        <translation>La dernière tentative a échoué&#xa0;; CertDesk réessaiera %1. Le journal d&apos;activité en indique la raison.</translation>
    </message>
    <message>
        <source>The last attempt failed. The activity log says why; fix the cause, then choose Renew now.</source>
        <translation>La dernière tentative a échoué. Le journal d&apos;activité en indique la raison&#xa0;; corrigez-la, puis choisissez Renouveler maintenant.</translation>
    </message>
    <message>
        <source>The certificate has expired: clients see errors. Choose Renew now.</source>
        <translation>Le certificat a expiré&#xa0;: les clients voient des erreurs. Choisissez Renouveler maintenant.</translation>
    </message>
    <message>
        <source>The certificate expires %1 and has not been renewed yet. Choose Renew now.</source>
        <translation>Le certificat expire %1 et n&apos;a pas encore été renouvelé. Choisissez Renouveler maintenant.</translation>
    </message>
    <message>
        <source>A certificate order is running.</source>
        <translation>Une commande de certificat est en cours.</translation>
    </message>
    <message>
        <source>No certificate has been issued yet. Choose Renew now to order the first one.</source>
        <translation>Aucun certificat n&apos;a encore été émis. Choisissez Renouveler maintenant pour commander le premier.</translation>
    </message>
    <message>
        <source>The certificate is valid and renewed automatically.</source>
        <translation>Le certificat est valide et renouvelé automatiquement.</translation>
    </message>
    <message>
        <source>DNS action needed</source>
        <translation>Action DNS requise</translation>
    </message>
    <message>
        <source>The certificate is valid, but a required DNS record is missing or wrong, so the next renewal would fail. The DNS Records tab says what to change.</source>
        <translation>Le certificat est valide, mais un enregistrement DNS requis est manquant ou incorrect&#xa0;: le prochain renouvellement échouerait. L&apos;onglet Enregistrements DNS indique ce qu&apos;il faut modifier.</translation>
    </message>
    <message>
        <source>A required DNS record is missing or wrong, so the CA cannot issue the certificate yet. The DNS Records tab says what to create.</source>
        <translation>Un enregistrement DNS requis est manquant ou incorrect&#xa0;: l&apos;AC ne peut donc pas encore émettre le certificat. L&apos;onglet Enregistrements DNS indique ce qu&apos;il faut créer.</translation>
    </message>
</context>
<context>
    <name>EndpointTableModel</name>
    <message>
        <source>Account %1</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <source>Default account</source>
        <translation>Compte par défaut</translation>
    </message>
    <message>
        <source>HTTP-01, webroot</source>
        <translation>HTTP-01, webroot</translation>
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
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Reach</source>
        <comment>internal or external endpoint</comment>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>CA account</source>
        <translation>Compte d&apos;AC</translation>
    </message>
    <message>
        <source>Certificate expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Next renewal</source>
        <translation>Renouvellement prévu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Externe</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>No certificate yet</source>
        <translation>Pas encore de certificat</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Reachable from the internet; its names point at %1.</source>
        <translation>Accessible depuis Internet&#xa0;; ses noms pointent vers %1.</translation>
    </message>
    <message>
        <source>Reachable only inside your network; validated through DNS.</source>
        <translation>Accessible uniquement depuis votre réseau&#xa0;; validé via le DNS.</translation>
    </message>
    <message>
        <source>The default account: the newest one registered</source>
        <translation>Le compte par défaut&#xa0;: le plus récemment enregistré</translation>
    </message>
    <message>
        <source>HTTP-01 through CertDesk&apos;s own responder on %1</source>
        <translation>HTTP-01 via le répondeur propre à CertDesk sur %1</translation>
    </message>
    <message>
        <source>HTTP-01 through files in %1</source>
        <translation>HTTP-01 via des fichiers dans %1</translation>
    </message>
    <message>
        <source>DNS-01 through the delegation zone</source>
        <translation>DNS-01 via la zone de délégation</translation>
    </message>
</context>
<context>
    <name>EndpointVerbs</name>
    <message>
        <source>endpoint add needs at least one name, for example: certdesk endpoint add app.example.com</source>
        <translation>endpoint add attend au moins un nom, par exemple&#xa0;: certdesk endpoint add app.example.com</translation>
    </message>
    <message>
        <source>An endpoint is either --internal or --external.</source>
        <translation>Un point de terminaison est soit --internal, soit --external.</translation>
    </message>
    <message>
        <source>--challenge is http-01 or dns-01.</source>
        <translation>--challenge vaut http-01 ou dns-01.</translation>
    </message>
    <message>
        <source>Choose either --http-listen or --webroot.</source>
        <translation>Choisissez soit --http-listen, soit --webroot.</translation>
    </message>
    <message>
        <source>--http-listen takes ADDRESS:PORT, for example 0.0.0.0:80 or [::]:8080.</source>
        <translation>--http-listen attend ADDRESS:PORT, par exemple 0.0.0.0:80 ou [::]:8080.</translation>
    </message>
    <message>
        <source>--key-type is one of: %1.</source>
        <translation>--key-type prend l&apos;une des valeurs suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--profile needs the name of one of the CA&apos;s certificate profiles.</source>
        <translation>--profile attend le nom de l&apos;un des profils de certificat de l&apos;AC.</translation>
    </message>
    <message>
        <source>Endpoint %1 added (id %2).</source>
        <translation>Point de terminaison %1 ajouté (ID %2).</translation>
    </message>
    <message>
        <source>No endpoints yet.</source>
        <translation>Aucun point de terminaison pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Add an endpoint: one or more names served together.</source>
        <translation>Ajouter un point de terminaison&#xa0;: un ou plusieurs noms servis ensemble.</translation>
    </message>
    <message>
        <source>NAME…</source>
        <translation>NAME…</translation>
    </message>
    <message>
        <source>Reachable only inside your network (the default).</source>
        <translation>Accessible uniquement depuis votre réseau (par défaut).</translation>
    </message>
    <message>
        <source>Reachable from the internet; needs --target.</source>
        <translation>Accessible depuis Internet&#xa0;; nécessite --target.</translation>
    </message>
    <message>
        <source>The host the names point at (external endpoints).</source>
        <translation>L&apos;hôte vers lequel pointent les noms (points de terminaison externes).</translation>
    </message>
    <message>
        <source>http-01 or dns-01 (default dns-01).</source>
        <translation>http-01 ou dns-01 (dns-01 par défaut).</translation>
    </message>
    <message>
        <source>Built-in http-01 responder address (default 0.0.0.0:80).</source>
        <translation>Adresse du répondeur http-01 intégré (0.0.0.0:80 par défaut).</translation>
    </message>
    <message>
        <source>Answer http-01 by writing into this web server folder.</source>
        <translation>Répondre au défi http-01 en écrivant dans ce dossier du serveur web.</translation>
    </message>
    <message>
        <source>ec-p256 (default), ec-p384, rsa-2048, rsa-3072 or rsa-4096.</source>
        <translation>ec-p256 (par défaut), ec-p384, rsa-2048, rsa-3072 ou rsa-4096.</translation>
    </message>
    <message>
        <source>The CA account to use (default: the newest).</source>
        <translation>Le compte d&apos;AC à utiliser (par défaut&#xa0;: le plus récent).</translation>
    </message>
    <message>
        <source>The CA&apos;s certificate profile to order, where the CA offers profiles (default: the CA&apos;s default).</source>
        <translation>Le profil de certificat de l&apos;AC à commander, si l&apos;AC propose des profils (par défaut&#xa0;: le profil par défaut de l&apos;AC).</translation>
    </message>
    <message>
        <source>Write the certificate files here after each issuance.</source>
        <translation>Écrire ici les fichiers du certificat après chaque émission.</translation>
    </message>
    <message>
        <source>Also write certificate.pfx.</source>
        <translation>Écrire aussi certificate.pfx.</translation>
    </message>
    <message>
        <source>Command to run after deploying.</source>
        <translation>Commande à exécuter après le déploiement.</translation>
    </message>
    <message>
        <source>List the endpoints.</source>
        <translation>Lister les points de terminaison.</translation>
    </message>
    <message>
        <source>Its first certificate is ordered once its DNS records are in place (certdesk records shows them), by the running CertDesk (the window or certdesk --headless) or the next certdesk renew --due.</source>
        <translation>Son premier certificat est commandé dès que ses enregistrements DNS sont en place (certdesk records les affiche), par le CertDesk en cours d’exécution (la fenêtre ou certdesk --headless) ou par le prochain certdesk renew --due.</translation>
    </message>
    <message>
        <source>Its first certificate is ordered by the running CertDesk (the window or certdesk --headless) or the next certdesk renew --due.</source>
        <translation>Son premier certificat est commandé par le CertDesk en cours d’exécution (la fenêtre ou certdesk --headless) ou par le prochain certdesk renew --due.</translation>
    </message>
    <message>
        <source>Its certificates are ordered only when you ask: certdesk issue %1.</source>
        <translation>Ses certificats ne sont commandés que sur votre demande : certdesk issue %1.</translation>
    </message>
    <message>
        <source>endpoint set needs one endpoint name and --ordering automatic|manual.</source>
        <translation>endpoint set nécessite un nom de point de terminaison et --ordering automatic|manual.</translation>
    </message>
    <message>
        <source>--ordering is automatic or manual.</source>
        <translation>--ordering vaut automatic ou manual.</translation>
    </message>
    <message>
        <source>%1: CertDesk orders its certificates by itself.</source>
        <translation>%1 : CertDesk commande ses certificats de lui-même.</translation>
    </message>
    <message>
        <source>%1: certificates are ordered only when you ask.</source>
        <translation>%1 : les certificats ne sont commandés que sur votre demande.</translation>
    </message>
    <message>
        <source>Order certificates only when asked (certdesk issue), never by itself.</source>
        <translation>Ne commander les certificats que sur demande (certdesk issue), jamais de lui-même.</translation>
    </message>
    <message>
        <source>Change whether CertDesk orders an endpoint&apos;s certificates by itself.</source>
        <translation>Choisir si CertDesk commande de lui-même les certificats d’un point de terminaison.</translation>
    </message>
    <message>
        <source>NAME --ordering automatic|manual</source>
        <translation>NAME --ordering automatic|manual</translation>
    </message>
    <message>
        <source>automatic: first certificate and renewals by themselves; manual: only certdesk issue.</source>
        <translation>automatic : premier certificat et renouvellements d’eux-mêmes ; manual : uniquement certdesk issue.</translation>
    </message>
</context>
<context>
    <name>Envelope</name>
    <message>
        <source>The data key is invalid</source>
        <translation>La clé de données n&apos;est pas valide</translation>
    </message>
    <message>
        <source>A data key must be exactly 32 bytes.</source>
        <translation>Une clé de données doit faire exactement 32 octets.</translation>
    </message>
    <message>
        <source>Restore the data key from the keychain.</source>
        <translation>Restaurez la clé de données depuis le trousseau.</translation>
    </message>
    <message>
        <source>No secure random numbers are available</source>
        <translation>Aucune source de nombres aléatoires sûrs n&apos;est disponible</translation>
    </message>
    <message>
        <source>Report this as a bug.</source>
        <translation>Signalez ce problème comme un bogue.</translation>
    </message>
    <message>
        <source>Encryption failed</source>
        <translation>Le chiffrement a échoué</translation>
    </message>
    <message>
        <source>The encrypted data is damaged</source>
        <translation>Les données chiffrées sont endommagées</translation>
    </message>
    <message>
        <source>The data is shorter than any valid envelope.</source>
        <translation>Les données sont plus courtes que toute enveloppe valide.</translation>
    </message>
    <message>
        <source>Restore it from a backup.</source>
        <translation>Restaurez-les à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The encrypted data uses an unknown format</source>
        <translation>Les données chiffrées utilisent un format inconnu</translation>
    </message>
    <message>
        <source>Format version %1 is not supported.</source>
        <translation>La version de format %1 n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <source>It was probably written by a newer CertDesk; update CertDesk.</source>
        <translation>Elles ont probablement été écrites par une version plus récente de CertDesk&#xa0;; mettez CertDesk à jour.</translation>
    </message>
    <message>
        <source>The encrypted data could not be verified</source>
        <translation>Les données chiffrées n&apos;ont pas pu être vérifiées</translation>
    </message>
    <message>
        <source>Either the data was changed or damaged, or it was encrypted with a different key.</source>
        <translation>Soit les données ont été modifiées ou endommagées, soit elles ont été chiffrées avec une autre clé.</translation>
    </message>
    <message>
        <source>Check that the keychain holds this profile&apos;s data key, or restore the data from a backup.</source>
        <translation>Vérifiez que le trousseau contient la clé de données de ce profil, ou restaurez les données à partir d&apos;une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Also write a &amp;PFX file (certificate.pfx) for Windows servers</source>
        <translation>Écrire aussi un fichier &amp;PFX (certificate.pfx) pour les serveurs Windows</translation>
    </message>
    <message>
        <source>Export Certificates</source>
        <translation>Exporter des certificats</translation>
    </message>
    <message numerus="yes">
        <source>CertDesk writes each endpoint&apos;s certificate, chain and private key into a folder of its own inside the folder you choose (%n endpoint(s)). The key files are readable only by you.</source>
        <translation>
            <numerusform>CertDesk écrit le certificat, la chaîne et la clé privée de chaque point de terminaison dans un dossier qui lui est propre, à l&apos;intérieur du dossier que vous choisissez (%n point de terminaison). Vous seul pouvez lire les fichiers de clé.</numerusform>
            <numerusform>CertDesk écrit le certificat, la chaîne et la clé privée de chaque point de terminaison dans un dossier qui lui est propre, à l&apos;intérieur du dossier que vous choisissez (%n points de terminaison). Vous seul pouvez lire les fichiers de clé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Dossier d&apos;export</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation>Dossier d&apos;export</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
</context>
<context>
    <name>Facade</name>
    <message>
        <source>CertDesk: test message</source>
        <translation>CertDesk&#xa0;: message de test</translation>
    </message>
    <message>
        <source>This is a test message from CertDesk&apos;s settings. Alerts about renewals, expiring certificates and DNS records will arrive like this one.</source>
        <translation>Ceci est un message de test envoyé depuis les paramètres de CertDesk. Les alertes concernant les renouvellements, les certificats arrivant à expiration et les enregistrements DNS arriveront de la même manière.</translation>
    </message>
    <message>
        <source>This is a test message from CertDesk&apos;s settings.</source>
        <translation>Ceci est un message de test envoyé depuis les paramètres de CertDesk.</translation>
    </message>
</context>
<context>
    <name>FirstEndpointPage</name>
    <message>
        <source>Your first endpoint</source>
        <translation>Votre premier point de terminaison</translation>
    </message>
    <message>
        <source>The names one server or load balancer answers to, and how the CA checks they are yours.</source>
        <translation>Les noms auxquels répond un serveur ou un répartiteur de charge, et la manière dont l&apos;AC vérifie qu&apos;ils vous appartiennent.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>FirstIssuancePage</name>
    <message>
        <source>The CA is checking that the names are yours…</source>
        <translation>L&apos;AC vérifie que les noms vous appartiennent…</translation>
    </message>
    <message>
        <source>The CA is issuing the certificate…</source>
        <translation>L&apos;AC émet le certificat…</translation>
    </message>
    <message>
        <source>Downloading and storing the certificate…</source>
        <translation>Téléchargement et enregistrement du certificat…</translation>
    </message>
    <message>
        <source>Ordering the certificate…</source>
        <translation>Commande du certificat…</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Your first certificate</source>
        <translation>Votre premier certificat</translation>
    </message>
    <message>
        <source>CertDesk orders it now. From here on it is renewed automatically.</source>
        <translation>CertDesk le commande maintenant. Il sera ensuite renouvelé automatiquement.</translation>
    </message>
    <message>
        <source>Issuance progress</source>
        <translation>Progression de l&apos;émission</translation>
    </message>
    <message>
        <source>The certificate has been issued. You find it in the endpoint list, where CertDesk shows when it expires and when it will be renewed.</source>
        <translation>Le certificat a été émis. Vous le trouverez dans la liste des points de terminaison, où CertDesk indique quand il expire et quand il sera renouvelé.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No certificate yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Fix the cause and try again, or finish now and renew the endpoint from the list later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pas encore de certificat.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Corrigez la cause et réessayez, ou terminez maintenant et renouvelez plus tard le point de terminaison depuis la liste.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FirstRecordsPage</name>
    <message>
        <source>DNS records</source>
        <translation>Enregistrements DNS</translation>
    </message>
    <message>
        <source>Create these records at your DNS provider. CertDesk checks them live as you go.</source>
        <translation>Créez ces enregistrements chez votre fournisseur DNS. CertDesk les vérifie en direct au fur et à mesure.</translation>
    </message>
    <message>
        <source>Nothing to create for this endpoint. Continue to order its certificate.</source>
        <translation>Rien à créer pour ce point de terminaison. Continuez pour commander son certificat.</translation>
    </message>
    <message>
        <source>Every record is in place. Continue to order the certificate.</source>
        <translation>Tous les enregistrements sont en place. Continuez pour commander le certificat.</translation>
    </message>
    <message>
        <source>Not every record is in place yet. You can continue anyway: the first order fails until the CA can see them, and the endpoint list shows “DNS action needed” meanwhile. Records can take a few minutes to appear at every server; CertDesk checks again by itself.</source>
        <translation>Certains enregistrements ne sont pas encore en place. Vous pouvez tout de même continuer&#xa0;: la première commande échouera tant que l&apos;AC ne les verra pas, et la liste des points de terminaison affichera «&#xa0;Action DNS requise&#xa0;» en attendant. L&apos;apparition des enregistrements sur tous les serveurs peut prendre quelques minutes&#xa0;; CertDesk vérifie de nouveau de lui-même.</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifications</name>
    <message>
        <source>Open in CertDesk</source>
        <translation>Ouvrir dans CertDesk</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>&amp;Start CertDesk when I log in</source>
        <translation>&amp;Démarrer CertDesk à l&apos;ouverture de ma session</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Garder CertDesk actif dans la zone de notification à la fermeture de la fenêtre</translation>
    </message>
    <message>
        <source>Show &amp;desktop notifications</source>
        <translation>Afficher les &amp;notifications du bureau</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>CertDesk uses the new language after a restart.</source>
        <translation>CertDesk utilisera la nouvelle langue après un redémarrage.</translation>
    </message>
    <message>
        <source>CertDesk starts in the tray, so renewals run without opening the window.</source>
        <translation>CertDesk démarre dans la zone de notification&#xa0;: les renouvellements s&apos;effectuent sans ouvrir la fenêtre.</translation>
    </message>
    <message>
        <source>No system tray was found on this desktop; this applies where there is one.</source>
        <translation>Aucune zone de notification n&apos;a été trouvée sur ce bureau&#xa0;; ce réglage s&apos;applique là où il y en a une.</translation>
    </message>
    <message>
        <source>Closing the window leaves CertDesk in the tray, so renewals go on.</source>
        <translation>Fermer la fenêtre laisse CertDesk dans la zone de notification, afin que les renouvellements se poursuivent.</translation>
    </message>
    <message>
        <source>Failed renewals and certificates about to expire appear as notifications of the desktop.</source>
        <translation>Les renouvellements en échec et les certificats sur le point d&apos;expirer apparaissent sous forme de notifications du bureau.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
</context>
<context>
    <name>Http01Responder</name>
    <message>
        <source>The http-01 responder cannot listen.</source>
        <translation>Le répondeur http-01 ne peut pas écouter.</translation>
    </message>
    <message>
        <source>Listening on %1 failed: %2</source>
        <translation>L&apos;écoute sur %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Ports below 1024 need administrator rights (on Linux: CAP_NET_BIND_SERVICE); stop the web server using the port, or use webroot mode.</source>
        <translation>Les ports inférieurs à 1024 nécessitent des droits d&apos;administrateur (sous Linux&#xa0;: CAP_NET_BIND_SERVICE)&#xa0;; arrêtez le serveur web qui utilise le port, ou utilisez le mode webroot.</translation>
    </message>
    <message>
        <source>Choose a free port, or stop the program using it.</source>
        <translation>Choisissez un port libre, ou arrêtez le programme qui l&apos;utilise.</translation>
    </message>
    <message>
        <source>The CA sent an unusable challenge token.</source>
        <translation>L&apos;AC a envoyé un jeton de défi inutilisable.</translation>
    </message>
    <message>
        <source>The token is not base64url, or the key authorization does not belong to it.</source>
        <translation>Le jeton n&apos;est pas en base64url, ou l&apos;autorisation de clé ne lui correspond pas.</translation>
    </message>
</context>
<context>
    <name>HubAdministration</name>
    <message>
        <source>The hub settings could not be saved.</source>
        <translation>Les paramètres du hub n&apos;ont pas pu être enregistrés.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>Check that the profile folder is writable and not full.</source>
        <translation>Vérifiez que le dossier du profil est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
</context>
<context>
    <name>HubAuditLog</name>
    <message>
        <source>The hub audit log could not be read or written.</source>
        <translation>Le journal d&apos;audit du hub n&apos;a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable.</source>
        <translation>Vérifiez que le dossier de données est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>HubCertificateJob</name>
    <message>
        <source>The hub&apos;s certificate cannot be read.</source>
        <translation>Le certificat du hub ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Check the permissions of the data folder.</source>
        <translation>Vérifiez les permissions du dossier de données.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate cannot be saved.</source>
        <translation>Le certificat du hub ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable and not full.</source>
        <translation>Vérifiez que le dossier de données est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>The endpoint whose certificate the hub uses no longer exists.</source>
        <translation>Le point de terminaison dont le hub utilise le certificat n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Endpoint %1 was not found.</source>
        <translation>Le point de terminaison %1 est introuvable.</translation>
    </message>
    <message>
        <source>Choose another endpoint for the hub, or use a self-signed certificate.</source>
        <translation>Choisissez un autre point de terminaison pour le hub, ou utilisez un certificat auto-signé.</translation>
    </message>
    <message>
        <source>The hub&apos;s endpoint has no certificate yet.</source>
        <translation>Le point de terminaison du hub n&apos;a pas encore de certificat.</translation>
    </message>
    <message>
        <source>%1 has not been issued a certificate.</source>
        <translation>Aucun certificat n&apos;a été émis pour %1.</translation>
    </message>
    <message>
        <source>Issue its certificate first (certdesk issue %1), or use a self-signed certificate.</source>
        <translation>Émettez d&apos;abord son certificat (certdesk issue %1), ou utilisez un certificat auto-signé.</translation>
    </message>
    <message>
        <source>The hub&apos;s endpoint certificate has expired.</source>
        <translation>Le certificat du point de terminaison du hub a expiré.</translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2.</source>
        <translation>Le certificat de %1 a expiré le %2.</translation>
    </message>
    <message>
        <source>Renew it (certdesk issue %1), or use a self-signed certificate.</source>
        <translation>Renouvelez-le (certdesk issue %1), ou utilisez un certificat auto-signé.</translation>
    </message>
    <message>
        <source>The hub&apos;s endpoint certificate cannot be read.</source>
        <translation>Le certificat du point de terminaison du hub ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The stored certificate or key of %1 is damaged.</source>
        <translation>Le certificat ou la clé enregistrés pour %1 sont endommagés.</translation>
    </message>
    <message>
        <source>Issue the endpoint&apos;s certificate again.</source>
        <translation>Émettez de nouveau le certificat du point de terminaison.</translation>
    </message>
</context>
<context>
    <name>HubServer</name>
    <message>
        <source>The hub needs a TLS certificate.</source>
        <translation>Le hub a besoin d&apos;un certificat TLS.</translation>
    </message>
    <message>
        <source>Clients send their API token with every request, so the hub only speaks HTTPS.</source>
        <translation>Les clients envoient leur jeton d&apos;API à chaque requête&#xa0;; le hub ne communique donc qu&apos;en HTTPS.</translation>
    </message>
    <message>
        <source>Choose a certificate and key for the hub in Settings.</source>
        <translation>Choisissez un certificat et une clé pour le hub dans les paramètres.</translation>
    </message>
    <message>
        <source>Plain HTTP is only allowed on this computer.</source>
        <translation>Le HTTP en clair n&apos;est autorisé que sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The hub was asked to listen without TLS on %1.</source>
        <translation>Il a été demandé au hub d&apos;écouter sans TLS sur %1.</translation>
    </message>
    <message>
        <source>Listen on 127.0.0.1 for plain HTTP, or give the hub a certificate.</source>
        <translation>Écoutez sur 127.0.0.1 pour le HTTP en clair, ou donnez un certificat au hub.</translation>
    </message>
    <message>
        <source>The hub could not start listening.</source>
        <translation>Le hub n&apos;a pas pu commencer à écouter.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is in use or not permitted.</source>
        <translation>Le port %1 sur %2 est déjà utilisé ou n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>Choose another port in Settings, or stop the program that uses it.</source>
        <translation>Choisissez un autre port dans les paramètres, ou arrêtez le programme qui l&apos;utilise.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate cannot be changed.</source>
        <translation>Le certificat du hub ne peut pas être changé.</translation>
    </message>
    <message>
        <source>The hub is not listening with TLS.</source>
        <translation>Le hub n&apos;écoute pas en TLS.</translation>
    </message>
</context>
<context>
    <name>HubSettings</name>
    <message>
        <source>The hub&apos;s listen address is not an IP address.</source>
        <translation>L&apos;adresse d&apos;écoute du hub n&apos;est pas une adresse IP.</translation>
    </message>
    <message>
        <source>Use an address such as 0.0.0.0, 127.0.0.1 or [::].</source>
        <translation>Utilisez une adresse telle que 0.0.0.0, 127.0.0.1 ou [::].</translation>
    </message>
    <message>
        <source>Plain HTTP is only allowed on this computer.</source>
        <translation>Le HTTP en clair n&apos;est autorisé que sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The hub is set to listen without TLS on %1, where API tokens would cross the network in clear text.</source>
        <translation>Le hub est configuré pour écouter sans TLS sur %1, où les jetons d&apos;API circuleraient en clair sur le réseau.</translation>
    </message>
    <message>
        <source>Listen on 127.0.0.1 (for example behind a local TLS proxy), or turn plain HTTP off.</source>
        <translation>Écoutez sur 127.0.0.1 (par exemple derrière un proxy TLS local), ou désactivez le HTTP en clair.</translation>
    </message>
    <message>
        <source>The hub is set to use an endpoint&apos;s certificate, but no endpoint is chosen.</source>
        <translation>Le hub est configuré pour utiliser le certificat d&apos;un point de terminaison, mais aucun point de terminaison n&apos;est choisi.</translation>
    </message>
    <message>
        <source>Choose the endpoint whose certificate the hub presents, or use a self-signed certificate.</source>
        <translation>Choisissez le point de terminaison dont le hub présente le certificat, ou utilisez un certificat auto-signé.</translation>
    </message>
    <message>
        <source>The acme-dns zone is not a DNS name.</source>
        <translation>La zone acme-dns n&apos;est pas un nom DNS.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a zone name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de zone.</translation>
    </message>
    <message>
        <source>Use the delegation zone&apos;s name, for example acme.example.com.</source>
        <translation>Utilisez le nom de la zone de délégation, par exemple acme.example.com.</translation>
    </message>
    <message>
        <source>acme-dns registration needs a zone.</source>
        <translation>L&apos;inscription acme-dns nécessite une zone.</translation>
    </message>
    <message>
        <source>Set the zone the registered accounts&apos; records are written in.</source>
        <translation>Indiquez la zone dans laquelle sont écrits les enregistrements des comptes inscrits.</translation>
    </message>
    <message>
        <source>The hub&apos;s public URL is not an http(s) URL.</source>
        <translation>L&apos;URL publique du hub n&apos;est pas une URL http(s).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used by clients.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas utilisable par les clients.</translation>
    </message>
    <message>
        <source>Use the URL clients reach the hub at, for example https://certdesk.corp:8443.</source>
        <translation>Utilisez l&apos;URL par laquelle les clients joignent le hub, par exemple https://certdesk.corp:8443.</translation>
    </message>
    <message>
        <source>The hub&apos;s rate limits must be at least 1.</source>
        <translation>Les limites de débit du hub doivent être d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>Raise the limits, or leave them at their defaults.</source>
        <translation>Augmentez les limites, ou laissez leurs valeurs par défaut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a listen address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse d&apos;écoute.</translation>
    </message>
    <message>
        <source>Write ADDRESS:PORT, for example 0.0.0.0:8443, 127.0.0.1:8443 or [::]:8443.</source>
        <translation>Écrivez ADRESSE:PORT, par exemple 0.0.0.0:8443, 127.0.0.1:8443 ou [::]:8443.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate source for the hub.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une source de certificat pour le hub.</translation>
    </message>
    <message>
        <source>Use self-signed, or endpoint:ID for one of CertDesk&apos;s own endpoints.</source>
        <translation>Utilisez self-signed, ou endpoint:ID pour l&apos;un des points de terminaison de CertDesk.</translation>
    </message>
</context>
<context>
    <name>HubSettingsPanel</name>
    <message>
        <source>&amp;Run the hub (and start it with CertDesk)</source>
        <translation>Acti&amp;ver le hub (et le démarrer avec CertDesk)</translation>
    </message>
    <message>
        <source>Plain &amp;HTTP without TLS: only on this computer, behind a local TLS proxy</source>
        <translation>&amp;HTTP en clair sans TLS&#xa0;: uniquement sur cet ordinateur, derrière un proxy TLS local</translation>
    </message>
    <message>
        <source>Let acme-dns clients create their own accounts (/&amp;register)</source>
        <translation>Permettre aux clients acme-dns de créer leurs propres comptes (/re&amp;gister)</translation>
    </message>
    <message>
        <source>&amp;Save Settings</source>
        <translation>&amp;Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Management hub</source>
        <translation>Hub de gestion</translation>
    </message>
    <message>
        <source>Other ACME clients on the network (lego, acme.sh, certbot, Certify) publish their _acme-challenge records through the hub with an API token, so they never hold DNS credentials.</source>
        <translation>Les autres clients ACME du réseau (lego, acme.sh, certbot, Certify) publient leurs enregistrements _acme-challenge via le hub avec un jeton d&apos;API&#xa0;; ils ne détiennent ainsi jamais d&apos;identifiants DNS.</translation>
    </message>
    <message>
        <source>0.0.0.0 or :: for every network, 127.0.0.1 for this computer only</source>
        <translation>0.0.0.0 ou :: pour tous les réseaux, 127.0.0.1 pour cet ordinateur uniquement</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>n&apos;importe quel port libre</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificat TLS</translation>
    </message>
    <message>
        <source>Optional, like acme.example.com: where acme-dns accounts&apos; records are</source>
        <translation>Facultatif, par exemple acme.example.com&#xa0;: la zone des enregistrements des comptes acme-dns</translation>
    </message>
    <message>
        <source>Optional, like https://certdesk.corp.example:8443</source>
        <translation>Facultatif, par exemple https://certdesk.corp.example:8443</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Por&amp;t&#xa0;:</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>Écoute</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificat&#xa0;:</translation>
    </message>
    <message>
        <source>Public &amp;URL:</source>
        <translation>&amp;URL publique&#xa0;:</translation>
    </message>
    <message>
        <source>acme-dns clients</source>
        <translation>Clients acme-dns</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone&#xa0;:</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Self-signed, made and renewed by CertDesk</source>
        <translation>Auto-signé, créé et renouvelé par CertDesk</translation>
    </message>
    <message>
        <source>The certificate of %1</source>
        <translation>Le certificat de %1</translation>
    </message>
    <message>
        <source>The certificate of endpoint %1</source>
        <translation>Le certificat du point de terminaison %1</translation>
    </message>
    <message>
        <source>Only possible when the hub listens on 127.0.0.1 or ::1</source>
        <translation>Possible uniquement lorsque le hub écoute sur 127.0.0.1 ou ::1</translation>
    </message>
    <message>
        <source>Hub settings saved.</source>
        <translation>Paramètres du hub enregistrés.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Running at &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>En fonctionnement sur &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Clients that do not trust its certificate can pin its SHA-256 fingerprint: %1</source>
        <translation>Les clients qui ne font pas confiance à son certificat peuvent épingler son empreinte SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>Plain HTTP, on this computer only.</source>
        <translation>HTTP en clair, sur cet ordinateur uniquement.</translation>
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
  adresse d&apos;écoute  %2
  certificat        %3
  HTTP en clair     %4
  acme-dns          %5
  URL des clients   %6</translation>
    </message>
    <message>
        <source>enabled (runs with certdesk --headless and the window)</source>
        <translation>activé (fonctionne avec certdesk --headless et avec la fenêtre)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>none (plain HTTP)</source>
        <translation>aucun (HTTP en clair)</translation>
    </message>
    <message>
        <source>on, loopback only</source>
        <translation>activé, adresse de bouclage uniquement</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>no zone</source>
        <translation>aucune zone</translation>
    </message>
    <message>
        <source>zone %1, /register %2</source>
        <translation>zone %1, /register %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>closed (accounts made with token create)</source>
        <translation>fermé (comptes créés avec token create)</translation>
    </message>
    <message>
        <source>Address and port, e.g. 0.0.0.0:8443 or 127.0.0.1:0 (any free port).</source>
        <translation>Adresse et port, par ex. 0.0.0.0:8443 ou 127.0.0.1:0 (n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>self-signed, or endpoint:NAME to present one of CertDesk&apos;s own certificates.</source>
        <translation>self-signed, ou endpoint:NAME pour présenter l&apos;un des certificats propres à CertDesk.</translation>
    </message>
    <message>
        <source>Plain HTTP without TLS, allowed only on a loopback address (behind a local TLS proxy).</source>
        <translation>HTTP en clair sans TLS, autorisé uniquement sur une adresse de bouclage (derrière un proxy TLS local).</translation>
    </message>
    <message>
        <source>CertDesk hub listening at %1 (plain HTTP, loopback only). Stop it with Ctrl+C or SIGTERM.</source>
        <translation>Hub CertDesk à l&apos;écoute sur %1 (HTTP en clair, adresse de bouclage uniquement). Arrêtez-le avec Ctrl+C ou SIGTERM.</translation>
    </message>
    <message>
        <source>CertDesk hub listening at %1 with the %2 certificate, SHA-256 %3. Stop it with Ctrl+C or SIGTERM.</source>
        <translation>Hub CertDesk à l&apos;écoute sur %1 avec le certificat %2, SHA-256 %3. Arrêtez-le avec Ctrl+C ou SIGTERM.</translation>
    </message>
    <message>
        <source>Choose either --enable or --disable.</source>
        <translation>Choisissez soit --enable, soit --disable.</translation>
    </message>
    <message>
        <source>Choose either --plain-http-loopback or --no-plain-http.</source>
        <translation>Choisissez soit --plain-http-loopback, soit --no-plain-http.</translation>
    </message>
    <message>
        <source>--acme-dns-register is on or off.</source>
        <translation>--acme-dns-register vaut on ou off.</translation>
    </message>
    <message>
        <source>The hub is set to plain HTTP and has no certificate.</source>
        <translation>Le hub est configuré en HTTP en clair et n&apos;a pas de certificat.</translation>
    </message>
    <message>
        <source>Turn plain HTTP off: certdesk hub configure --no-plain-http</source>
        <translation>Désactivez le HTTP en clair&#xa0;: certdesk hub configure --no-plain-http</translation>
    </message>
    <message>
        <source>The certificate could not be written.</source>
        <translation>Le certificat n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Hub certificate (%1)%2
  SHA-256     %3
  names       %4
  valid until %5</source>
        <translation>Certificat du hub (%1)%2
  SHA-256         %3
  noms            %4
  valide jusqu&apos;au %5</translation>
    </message>
    <message>
        <source>, just created</source>
        <translation>, tout juste créé</translation>
    </message>
    <message>
        <source>
  file        %1</source>
        <translation>
  fichier         %1</translation>
    </message>
    <message>
        <source>
Written to %1; give it to clients that must trust the hub.</source>
        <translation>
Écrit dans %1&#xa0;; remettez-le aux clients qui doivent faire confiance au hub.</translation>
    </message>
    <message>
        <source>Run the management hub in the foreground until stopped.</source>
        <translation>Exécuter le hub de gestion au premier plan jusqu&apos;à son arrêt.</translation>
    </message>
    <message>
        <source>Show or change the hub&apos;s settings (used by --headless and the window).</source>
        <translation>Afficher ou modifier les paramètres du hub (utilisés par --headless et par la fenêtre).</translation>
    </message>
    <message>
        <source>Start the hub with CertDesk.</source>
        <translation>Démarrer le hub avec CertDesk.</translation>
    </message>
    <message>
        <source>Do not start the hub with CertDesk.</source>
        <translation>Ne pas démarrer le hub avec CertDesk.</translation>
    </message>
    <message>
        <source>Speak HTTPS only (the default).</source>
        <translation>Communiquer uniquement en HTTPS (par défaut).</translation>
    </message>
    <message>
        <source>The zone acme-dns accounts&apos; records live in.</source>
        <translation>La zone dans laquelle se trouvent les enregistrements des comptes acme-dns.</translation>
    </message>
    <message>
        <source>on: clients may create acme-dns accounts with POST /register; off: only the administrator makes them.</source>
        <translation>on&#xa0;: les clients peuvent créer des comptes acme-dns avec POST /register&#xa0;; off&#xa0;: seul l&apos;administrateur les crée.</translation>
    </message>
    <message>
        <source>The URL clients reach the hub at (for client configuration).</source>
        <translation>L&apos;URL par laquelle les clients joignent le hub (pour la configuration des clients).</translation>
    </message>
    <message>
        <source>Show the hub&apos;s TLS certificate (made on first use), or write it with --out.</source>
        <translation>Afficher le certificat TLS du hub (créé à la première utilisation), ou l&apos;écrire avec --out.</translation>
    </message>
    <message>
        <source>Write the certificate (PEM) to FILE.</source>
        <translation>Écrire le certificat (PEM) dans FILE.</translation>
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
Dossier de données&#xa0;:    %2
Base de données&#xa0;:       %3 (schéma %4)
Identifiant du profil&#xa0;: %5</translation>
    </message>
    <message>
        <source>Show the profile&apos;s folder and database.</source>
        <translation>Afficher le dossier et la base de données du profil.</translation>
    </message>
</context>
<context>
    <name>Jws</name>
    <message>
        <source>External account binding is incomplete</source>
        <translation>La liaison de compte externe est incomplète</translation>
    </message>
    <message>
        <source>Both the key ID and the MAC key are needed.</source>
        <translation>L&apos;identifiant de clé et la clé MAC sont tous deux nécessaires.</translation>
    </message>
    <message>
        <source>Copy both values from the CA&apos;s account page into the account settings.</source>
        <translation>Copiez les deux valeurs depuis la page de compte de l&apos;AC dans les paramètres du compte.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CertDesk</source>
        <translation>CertDesk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <source>CA Accounts</source>
        <translation>Comptes d&apos;AC</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Setup Wizard…</source>
        <translation>&amp;Assistant de configuration…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Keep Running in the Tray</source>
        <translation>&amp;Garder actif dans la zone de notification</translation>
    </message>
    <message>
        <source>Closing the window leaves CertDesk in the tray, so renewals go on</source>
        <translation>Fermer la fenêtre laisse CertDesk dans la zone de notification, afin que les renouvellements se poursuivent</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>&amp;Point de terminaison</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Renewals</source>
        <translation>&amp;Renouvellements</translation>
    </message>
    <message>
        <source>Renew &amp;Due Certificates Now</source>
        <translation>Renouveler maintenant les certificats à é&amp;chéance</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About CertDesk</source>
        <translation>À &amp;propos de CertDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>New certificate for %1.</source>
        <translation>Nouveau certificat pour %1.</translation>
    </message>
    <message>
        <source>No certificate for %1: %2</source>
        <translation>Pas de certificat pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>About CertDesk</source>
        <translation>À propos de CertDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CertDesk %1&lt;/h3&gt;&lt;p&gt;Managed HTTPS for administrators: certificates from any ACME CA, renewed in the background, with the DNS records to create checked live.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CertDesk %1&lt;/h3&gt;&lt;p&gt;HTTPS géré pour les administrateurs&#xa0;: des certificats de n&apos;importe quelle AC ACME, renouvelés en arrière-plan, avec vérification en direct des enregistrements DNS à créer.&lt;/p&gt;&lt;p&gt;Profil&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No endpoints</source>
        <translation>Aucun point de terminaison</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n point de terminaison</numerusform>
            <numerusform>%n points de terminaison</numerusform>
        </translation>
    </message>
    <message>
        <source>DNS Records</source>
        <translation>Enregistrements DNS</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Défis</translation>
    </message>
    <message>
        <source>API Tokens</source>
        <translation>Jetons d&apos;API</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
</context>
<context>
    <name>ManagedChallengeDialog</name>
    <message>
        <source>Edit Managed Challenge</source>
        <translation>Modifier le défi géré</translation>
    </message>
    <message>
        <source>New Managed Challenge</source>
        <translation>Nouveau défi géré</translation>
    </message>
    <message>
        <source>What it is for, like “Corporate zone”</source>
        <translation>Son usage, par exemple «&#xa0;Zone de l&apos;entreprise&#xa0;»</translation>
    </message>
    <message>
        <source>DNS provider</source>
        <translation>Fournisseur DNS</translation>
    </message>
    <message>
        <source>&amp;New Provider…</source>
        <translation>&amp;Nouveau fournisseur…</translation>
    </message>
    <message>
        <source>Optional, like “web, internal”: tokens can be limited to tagged challenges</source>
        <translation>Facultatif, par exemple «&#xa0;web, interne&#xa0;»&#xa0;: les jetons peuvent être limités aux défis portant ces étiquettes</translation>
    </message>
    <message>
        <source>Names to try, like app.example.com a.b.example.com</source>
        <translation>Noms à essayer, par exemple app.example.com a.b.example.com</translation>
    </message>
    <message>
        <source>&amp;DNS provider:</source>
        <translation>&amp;Fournisseur DNS&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Names it serves:</source>
        <translation>Noms &amp;servis&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ry names:</source>
        <translation>Noms à &amp;essayer&#xa0;:</translation>
    </message>
    <message>
        <source>No DNS provider yet: create one with New Provider…</source>
        <translation>Aucun fournisseur DNS pour l&apos;instant&#xa0;: créez-en un avec Nouveau fournisseur…</translation>
    </message>
    <message>
        <source>%1: not a host name. %2</source>
        <translation>%1&#xa0;: n&apos;est pas un nom d&apos;hôte. %2</translation>
    </message>
    <message>
        <source>%1: no managed challenge serves it.</source>
        <translation>%1&#xa0;: aucun défi géré ne sert ce nom.</translation>
    </message>
    <message>
        <source>%1: served by this challenge.</source>
        <translation>%1&#xa0;: servi par ce défi.</translation>
    </message>
    <message>
        <source>%1: “%2” serves it (its rule is more specific, or it is older).</source>
        <translation>%1&#xa0;: servi par «&#xa0;%2&#xa0;» (sa règle est plus précise, ou ce défi est plus ancien).</translation>
    </message>
    <message>
        <source>%1: “%2” serves it.</source>
        <translation>%1&#xa0;: servi par «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The managed challenge needs a DNS provider.</source>
        <translation>Le défi géré a besoin d&apos;un fournisseur DNS.</translation>
    </message>
    <message>
        <source>Choose one, or create one with New Provider…</source>
        <translation>Choisissez-en un, ou créez-en un avec Nouveau fournisseur…</translation>
    </message>
</context>
<context>
    <name>ManagedChallengeRepository</name>
    <message>
        <source>A managed challenge needs a title.</source>
        <translation>Un défi géré a besoin d&apos;un titre.</translation>
    </message>
    <message>
        <source>Give it a name that says what it is for, like &quot;Corporate zone&quot;.</source>
        <translation>Donnez-lui un nom qui indique son usage, par exemple «&#xa0;Zone de l&apos;entreprise&#xa0;».</translation>
    </message>
    <message>
        <source>Only DNS-01 managed challenges are supported.</source>
        <translation>Seuls les défis gérés DNS-01 sont pris en charge.</translation>
    </message>
    <message>
        <source>The challenge type &quot;%1&quot; is not supported.</source>
        <translation>Le type de défi «&#xa0;%1&#xa0;» n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>Choose dns-01.</source>
        <translation>Choisissez dns-01.</translation>
    </message>
    <message>
        <source>The domain match rule has entries that are not hostnames.</source>
        <translation>La règle de correspondance de domaines contient des entrées qui ne sont pas des noms d&apos;hôte.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Non valides&#xa0;: %1</translation>
    </message>
    <message>
        <source>Use names like example.com or *.example.com, separated by semicolons.</source>
        <translation>Utilisez des noms comme example.com ou *.example.com, séparés par des points-virgules.</translation>
    </message>
    <message>
        <source>The DNS provider of this managed challenge does not exist.</source>
        <translation>Le fournisseur DNS de ce défi géré n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Choose one of the configured DNS providers.</source>
        <translation>Choisissez l&apos;un des fournisseurs DNS configurés.</translation>
    </message>
    <message>
        <source>The managed challenge no longer exists.</source>
        <translation>Le défi géré n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Reload the list; it may have been deleted.</source>
        <translation>Rechargez la liste&#xa0;; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>Managed challenges could not be read or saved.</source>
        <translation>Les défis gérés n&apos;ont pas pu être lus ou enregistrés.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable and not full.</source>
        <translation>Vérifiez que le dossier de données est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
</context>
<context>
    <name>ManagedChallengeTableModel</name>
    <message>
        <source>DNS provider %1</source>
        <translation>Fournisseur DNS %1</translation>
    </message>
    <message>
        <source>Every name no other challenge serves</source>
        <translation>Tous les noms qu&apos;aucun autre défi ne sert</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Défi</translation>
    </message>
    <message>
        <source>DNS provider</source>
        <translation>Fournisseur DNS</translation>
    </message>
    <message>
        <source>Names it serves</source>
        <translation>Noms servis</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>The fallback: it serves every name that no other managed challenge&apos;s rule matches.</source>
        <translation>Le défi de repli&#xa0;: il sert tous les noms auxquels ne correspond la règle d&apos;aucun autre défi géré.</translation>
    </message>
</context>
<context>
    <name>ManagedChallengesPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Modifi&amp;er…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>S&amp;upprimer…</translation>
    </message>
    <message>
        <source>A managed challenge lets a DNS provider write the _acme-challenge records for the names its rule matches: for CertDesk&apos;s own certificates whose names are not delegated, and for the ACME clients that use the hub. When several rules match a name, the most specific one wins.</source>
        <translation>Un défi géré permet à un fournisseur DNS d&apos;écrire les enregistrements _acme-challenge des noms auxquels correspond sa règle&#xa0;: pour les certificats propres à CertDesk dont les noms ne sont pas délégués, et pour les clients ACME qui utilisent le hub. Lorsque plusieurs règles correspondent à un nom, la plus précise l&apos;emporte.</translation>
    </message>
    <message>
        <source>&amp;Add Challenge…</source>
        <translation>Ajouter un &amp;défi…</translation>
    </message>
    <message>
        <source>Add &amp;Provider…</source>
        <translation>Ajouter un four&amp;nisseur…</translation>
    </message>
    <message>
        <source>Managed challenges</source>
        <translation>Défis gérés</translation>
    </message>
    <message>
        <source>DNS providers</source>
        <translation>Fournisseurs DNS</translation>
    </message>
    <message>
        <source>The DNS services CertDesk writes records through. Their credentials are kept in the system keychain and are never shown again.</source>
        <translation>Les services DNS par lesquels CertDesk écrit les enregistrements. Leurs identifiants sont conservés dans le trousseau du système et ne sont plus jamais affichés.</translation>
    </message>
    <message>
        <source>Managed challenge “%1” added.</source>
        <translation>Défi géré «&#xa0;%1&#xa0;» ajouté.</translation>
    </message>
    <message>
        <source>Managed challenge “%1” saved.</source>
        <translation>Défi géré «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Remove Managed Challenge</source>
        <translation>Supprimer le défi géré</translation>
    </message>
    <message>
        <source>Remove the managed challenge “%1”?</source>
        <translation>Supprimer le défi géré «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>API tokens scoped to it can no longer write through it, and names only it serves fall to another challenge or to none.</source>
        <translation>Les jetons d&apos;API limités à ce défi ne pourront plus écrire par son intermédiaire, et les noms qu&apos;il est seul à servir reviendront à un autre défi, ou à aucun.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Managed challenge “%1” removed.</source>
        <translation>Défi géré «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>DNS provider “%1” added.</source>
        <translation>Fournisseur DNS «&#xa0;%1&#xa0;» ajouté.</translation>
    </message>
    <message>
        <source>DNS provider “%1” saved.</source>
        <translation>Fournisseur DNS «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Remove DNS Provider</source>
        <translation>Supprimer le fournisseur DNS</translation>
    </message>
    <message>
        <source>Remove the DNS provider “%1” and its credential?</source>
        <translation>Supprimer le fournisseur DNS «&#xa0;%1&#xa0;» et ses identifiants&#xa0;?</translation>
    </message>
    <message>
        <source>Its credential is deleted from the keychain as well. A provider that a managed challenge or the delegation zone uses is not removed.</source>
        <translation>Ses identifiants sont également supprimés du trousseau. Un fournisseur utilisé par un défi géré ou par la zone de délégation n&apos;est pas supprimé.</translation>
    </message>
    <message>
        <source>DNS provider “%1” removed.</source>
        <translation>Fournisseur DNS «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
</context>
<context>
    <name>MatchRuleFeedback</name>
    <message>
        <source>Not a host name: %1. Use names like example.com or *.example.com, separated by semicolons.</source>
        <translation>Pas un nom d&apos;hôte&#xa0;: %1. Utilisez des noms comme example.com ou *.example.com, séparés par des points-virgules.</translation>
    </message>
    <message>
        <source>Empty: this is the fallback, serving every name no other managed challenge serves.</source>
        <translation>Vide&#xa0;: c&apos;est le défi de repli, qui sert tous les noms qu&apos;aucun autre défi géré ne sert.</translation>
    </message>
    <message>
        <source>%1 matches %2 and the names one label below it (like www.%2), not deeper ones.</source>
        <translation>%1 correspond à %2 et aux noms situés un label en dessous (comme www.%2), pas plus bas.</translation>
    </message>
    <message>
        <source>%1 matches exactly that name (and its wildcard certificate).</source>
        <translation>%1 correspond exactement à ce nom (et à son certificat générique).</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>CertDesk: renewal of %1 failed</source>
        <translation>CertDesk&#xa0;: échec du renouvellement de %1</translation>
    </message>
    <message>
        <source>CertDesk: the certificate of %1 expires %2</source>
        <translation>CertDesk&#xa0;: le certificat de %1 expire le %2</translation>
    </message>
    <message>
        <source>CertDesk: a DNS record of %1 needs attention</source>
        <translation>CertDesk&#xa0;: un enregistrement DNS de %1 demande votre attention</translation>
    </message>
    <message>
        <source>CertDesk notification</source>
        <translation>Notification de CertDesk</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Noms&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Raison&#xa0;: %1</translation>
    </message>
    <message>
        <source>Current certificate expires: %1</source>
        <translation>Expiration du certificat actuel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Prochaine tentative&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>Optional: PEM file of a private CA</source>
        <translation>Facultatif&#xa0;: fichier PEM d&apos;une AC privée</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Trusted CA Certificates</source>
        <translation>Certificats d&apos;AC de confiance</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt)</source>
        <translation>Fichiers PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Send alerts by &amp;email</source>
        <translation>Envoyer les alertes par &amp;e-mail</translation>
    </message>
    <message>
        <source>Send Test &amp;Email</source>
        <translation>Envoyer un e-mai&amp;l de test</translation>
    </message>
    <message>
        <source>Send alerts to a &amp;webhook</source>
        <translation>Envoyer les alertes à un &amp;webhook</translation>
    </message>
    <message>
        <source>&amp;Sign each request with a secret (HMAC-SHA256)</source>
        <translation>Si&amp;gner chaque requête avec un secret (HMAC-SHA256)</translation>
    </message>
    <message>
        <source>Send Test &amp;Webhook</source>
        <translation>Envoyer un webhoo&amp;k de test</translation>
    </message>
    <message>
        <source>A &amp;renewal failed</source>
        <translation>Un &amp;renouvellement a échoué</translation>
    </message>
    <message>
        <source>A certificate e&amp;xpires in fewer than</source>
        <translation>Un certificat e&amp;xpire dans moins de</translation>
    </message>
    <message>
        <source>A required &amp;DNS record broke</source>
        <translation>Un enregistrement &amp;DNS requis ne fonctionne plus</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (généralement le port 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (généralement le port 465)</translation>
    </message>
    <message>
        <source>None: a relay on this computer only</source>
        <translation>Aucune&#xa0;: relais sur cet ordinateur uniquement</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
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
        <translation>&amp;Serveur de messagerie&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Sé&amp;curité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Trusted C&amp;A:</source>
        <translation>&amp;AC de confiance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Ex&amp;péditeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Dest&amp;inataires&#xa0;:</translation>
    </message>
    <message>
        <source>https://hooks.example.com/certdesk</source>
        <translation>https://hooks.example.com/certdesk</translation>
    </message>
    <message>
        <source>The X-CertDesk-Signature header lets the receiver check that the alert came from CertDesk.</source>
        <translation>L&apos;en-tête X-CertDesk-Signature permet au destinataire de vérifier que l&apos;alerte provient bien de CertDesk.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>Secre&amp;t:</source>
        <translation>Secre&amp;t&#xa0;:</translation>
    </message>
    <message>
        <source>Trusted CA:</source>
        <translation>AC de confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Send an alert when</source>
        <translation>Envoyer une alerte quand</translation>
    </message>
    <message>
        <source>Only while its renewal is overdue: a certificate renewed on time never warns.</source>
        <translation>Uniquement lorsque son renouvellement est en retard&#xa0;: un certificat renouvelé à temps ne déclenche jamais d&apos;alerte.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Alerts are sent by the CertDesk that runs the renewals: this window, or the background service (certdesk --headless) when one runs for this profile.</source>
        <translation>Les alertes sont envoyées par l&apos;instance de CertDesk qui effectue les renouvellements&#xa0;: cette fenêtre, ou le service d&apos;arrière-plan (certdesk --headless) lorsqu&apos;il fonctionne pour ce profil.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Kept in the keychain; type to replace it</source>
        <translation>Conservé dans le trousseau&#xa0;; saisissez-en un autre pour le remplacer</translation>
    </message>
    <message>
        <source>Kept in the keychain, never in a file</source>
        <translation>Conservé dans le trousseau, jamais dans un fichier</translation>
    </message>
    <message>
        <source>Enter the mail server&apos;s name, for example smtp.example.com.</source>
        <translation>Saisissez le nom du serveur de messagerie, par exemple smtp.example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a host name or an IP address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un nom d&apos;hôte ni une adresse IP.</translation>
    </message>
    <message>
        <source>Without encryption CertDesk only talks to a mail relay on this computer (localhost); choose STARTTLS or TLS for %1.</source>
        <translation>Sans chiffrement, CertDesk ne communique qu&apos;avec un relais de messagerie situé sur cet ordinateur (localhost)&#xa0;; choisissez STARTTLS ou TLS pour %1.</translation>
    </message>
    <message>
        <source>A password is never sent unencrypted: choose STARTTLS or TLS, or leave the user name empty.</source>
        <translation>Un mot de passe n&apos;est jamais envoyé sans chiffrement&#xa0;: choisissez STARTTLS ou TLS, ou laissez le nom d&apos;utilisateur vide.</translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation>Saisissez le mot de passe de %1.</translation>
    </message>
    <message>
        <source>Enter the sender address the mail server accepts from CertDesk.</source>
        <translation>Saisissez l&apos;adresse d&apos;expéditeur que le serveur de messagerie accepte de la part de CertDesk.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Enter at least one recipient.</source>
        <translation>Saisissez au moins un destinataire.</translation>
    </message>
    <message>
        <source>Enter the URL that receives the alerts.</source>
        <translation>Saisissez l&apos;URL qui reçoit les alertes.</translation>
    </message>
    <message>
        <source>“%1” is not a web address such as https://hooks.example.com/certdesk.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web telle que https://hooks.example.com/certdesk.</translation>
    </message>
    <message>
        <source>Alerts leave this computer only over HTTPS; use an https:// address.</source>
        <translation>Les alertes ne quittent cet ordinateur qu&apos;en HTTPS&#xa0;; utilisez une adresse https://.</translation>
    </message>
    <message>
        <source>Enter the secret the receiver checks signatures with.</source>
        <translation>Saisissez le secret avec lequel le destinataire vérifie les signatures.</translation>
    </message>
    <message>
        <source>Sending a test message to %1 …</source>
        <translation>Envoi d&apos;un message de test à %1 …</translation>
    </message>
    <message>
        <source>✓ %1 accepted the test message. Check that it arrived.</source>
        <translation>✓ %1 a accepté le message de test. Vérifiez qu&apos;il est bien arrivé.</translation>
    </message>
    <message>
        <source>Posting a test alert …</source>
        <translation>Envoi d&apos;une alerte de test …</translation>
    </message>
    <message>
        <source>✓ %1 accepted the test alert.</source>
        <translation>✓ %1 a accepté l&apos;alerte de test.</translation>
    </message>
</context>
<context>
    <name>NotifyVerbs</name>
    <message>
        <source>The secret file cannot be read.</source>
        <translation>Le fichier contenant le secret ne peut pas être lu.</translation>
    </message>
    <message>
        <source>--smtp-security is starttls, tls or none.</source>
        <translation>--smtp-security vaut starttls, tls ou none.</translation>
    </message>
    <message>
        <source>--webhook-url needs a full URL, for example https://hooks.example.com/certdesk.</source>
        <translation>--webhook-url attend une URL complète, par exemple https://hooks.example.com/certdesk.</translation>
    </message>
    <message>
        <source>Notification settings saved.</source>
        <translation>Paramètres de notification enregistrés.</translation>
    </message>
    <message>
        <source>No email or webhook is configured; see certdesk notify set --help.</source>
        <translation>Aucun e-mail ni webhook n&apos;est configuré&#xa0;; voir certdesk notify set --help.</translation>
    </message>
    <message>
        <source>This is a test notification from CertDesk.</source>
        <translation>Ceci est une notification de test de CertDesk.</translation>
    </message>
    <message>
        <source>Test notification delivered.</source>
        <translation>Notification de test remise.</translation>
    </message>
    <message>
        <source>Configure email and webhook alerts.</source>
        <translation>Configurer les alertes par e-mail et par webhook.</translation>
    </message>
    <message>
        <source>Mail server.</source>
        <translation>Serveur de messagerie.</translation>
    </message>
    <message>
        <source>Mail server port (default 587).</source>
        <translation>Port du serveur de messagerie (587 par défaut).</translation>
    </message>
    <message>
        <source>starttls (default), tls, or none (loopback relay only).</source>
        <translation>starttls (par défaut), tls ou none (relais sur l&apos;adresse de bouclage uniquement).</translation>
    </message>
    <message>
        <source>Mail server user name.</source>
        <translation>Nom d&apos;utilisateur sur le serveur de messagerie.</translation>
    </message>
    <message>
        <source>File with the mail password (- for standard input).</source>
        <translation>Fichier contenant le mot de passe de messagerie (- pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>PEM file trusted for the mail server.</source>
        <translation>Fichier PEM des certificats de confiance pour le serveur de messagerie.</translation>
    </message>
    <message>
        <source>Sender address.</source>
        <translation>Adresse de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Recipients, comma separated.</source>
        <translation>Destinataires, séparés par des virgules.</translation>
    </message>
    <message>
        <source>URL that receives JSON POSTs.</source>
        <translation>URL qui reçoit des requêtes POST en JSON.</translation>
    </message>
    <message>
        <source>File with the webhook signing secret.</source>
        <translation>Fichier contenant le secret de signature du webhook.</translation>
    </message>
    <message>
        <source>PEM file trusted for the webhook receiver.</source>
        <translation>Fichier PEM des certificats de confiance pour le destinataire du webhook.</translation>
    </message>
    <message>
        <source>Turn email alerts off.</source>
        <translation>Désactiver les alertes par e-mail.</translation>
    </message>
    <message>
        <source>Turn webhook alerts off.</source>
        <translation>Désactiver les alertes par webhook.</translation>
    </message>
    <message>
        <source>Send a test alert through every configured channel.</source>
        <translation>Envoyer une alerte de test par chaque canal configuré.</translation>
    </message>
</context>
<context>
    <name>OrderHistoryModel</name>
    <message>
        <source>In progress (%1)</source>
        <comment>order state as the CA names it</comment>
        <translation>En cours (%1)</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Certificat émis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>OrderQueue</name>
    <message>
        <source>No %1 solver is set up for %2.</source>
        <translation>Aucun solveur %1 n&apos;est configuré pour %2.</translation>
    </message>
    <message>
        <source>Set up the delegation zone (certdesk delegation set) or use http-01.</source>
        <translation>Configurez la zone de délégation (certdesk delegation set) ou utilisez http-01.</translation>
    </message>
    <message>
        <source>Certificate order for %1 could not start: %2</source>
        <translation>La commande de certificat pour %1 n&apos;a pas pu démarrer&#xa0;: %2</translation>
    </message>
    <message>
        <source>Certificate deployed.</source>
        <translation>Certificat déployé.</translation>
    </message>
    <message>
        <source>Deployment failed: %1</source>
        <translation>Échec du déploiement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <source>The order could not be recorded.</source>
        <translation>La commande n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>A certificate order for this endpoint is already running.</source>
        <translation>Une commande de certificat est déjà en cours pour ce point de terminaison.</translation>
    </message>
    <message>
        <source>Wait for it to finish; its progress is in the activity log.</source>
        <translation>Attendez qu&apos;elle se termine&#xa0;; sa progression figure dans le journal d&apos;activité.</translation>
    </message>
</context>
<context>
    <name>OrderRunner</name>
    <message>
        <source>The CA does not offer the certificate profile “%1”.</source>
        <translation>L&apos;AC ne propose pas le profil de certificat «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 offers no profiles.</source>
        <translation>%1 ne propose aucun profil.</translation>
    </message>
    <message>
        <source>It offers: %1.</source>
        <translation>Profils proposés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Choose one of the CA&apos;s profiles for the endpoint, or none for the CA&apos;s default.</source>
        <translation>Choisissez pour le point de terminaison l&apos;un des profils de l&apos;AC, ou aucun pour utiliser celui par défaut de l&apos;AC.</translation>
    </message>
    <message>
        <source>The CA marked the order as %1.</source>
        <translation>L&apos;AC a marqué la commande comme «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 cannot be validated with %2.</source>
        <translation>%1 ne peut pas être validé avec %2.</translation>
    </message>
    <message>
        <source>No %1 solver is configured for this endpoint.</source>
        <translation>Aucun solveur %1 n&apos;est configuré pour ce point de terminaison.</translation>
    </message>
    <message>
        <source>The CA does not offer %1 for this name.</source>
        <translation>L&apos;AC ne propose pas %1 pour ce nom.</translation>
    </message>
    <message>
        <source>Choose another validation method for the endpoint.</source>
        <translation>Choisissez une autre méthode de validation pour le point de terminaison.</translation>
    </message>
    <message>
        <source>Certificate issued for %1, valid until %2.</source>
        <translation>Certificat émis pour %1, valide jusqu&apos;au %2.</translation>
    </message>
    <message>
        <source>Certificate order for %1 failed: %2</source>
        <translation>La commande de certificat pour %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The new certificate could not be saved.</source>
        <translation>Le nouveau certificat n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Check that the disk has room and the profile folder is writable, then renew again.</source>
        <translation>Vérifiez que le disque a de la place et que le dossier du profil est accessible en écriture, puis renouvelez à nouveau.</translation>
    </message>
</context>
<context>
    <name>Pkcs12Export</name>
    <message>
        <source>Cannot create the PFX file</source>
        <translation>Impossible de créer le fichier PFX</translation>
    </message>
    <message>
        <source>Check the certificate and key, then try again.</source>
        <translation>Vérifiez le certificat et la clé, puis réessayez.</translation>
    </message>
    <message>
        <source>There is no private key.</source>
        <translation>Il n&apos;y a pas de clé privée.</translation>
    </message>
    <message>
        <source>The certificate chain is not readable PEM.</source>
        <translation>La chaîne de certificats n&apos;est pas du PEM lisible.</translation>
    </message>
    <message>
        <source>The certificate does not belong to this private key.</source>
        <translation>Le certificat ne correspond pas à cette clé privée.</translation>
    </message>
</context>
<context>
    <name>PowerDnsProvider</name>
    <message>
        <source>The PowerDNS API</source>
        <translation>L&apos;API PowerDNS</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l&apos;API</translation>
    </message>
    <message>
        <source>The PowerDNS web server, e.g. https://pdns.example.com:8081 (without /api/v1).</source>
        <translation>Le serveur web de PowerDNS, par ex. https://pdns.example.com:8081 (sans /api/v1).</translation>
    </message>
    <message>
        <source>Server id</source>
        <translation>Identifiant du serveur</translation>
    </message>
    <message>
        <source>The server id in API paths; PowerDNS Authoritative always uses “localhost”.</source>
        <translation>L&apos;identifiant du serveur dans les chemins de l&apos;API&#xa0;; PowerDNS Authoritative utilise toujours «&#xa0;localhost&#xa0;».</translation>
    </message>
    <message>
        <source>The server id may contain letters, digits, “-”, “_” and “.” only.</source>
        <translation>L&apos;identifiant du serveur ne peut contenir que des lettres, des chiffres, «&#xa0;-&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;.&#xa0;».</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>The zone to change; leave empty to pick the server&apos;s zone that holds the name.</source>
        <translation>La zone à modifier&#xa0;; laissez vide pour choisir la zone du serveur qui contient le nom.</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Time to live of the TXT records, in seconds.</source>
        <translation>Durée de vie des enregistrements TXT, en secondes.</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>Bundle d&apos;AC</translation>
    </message>
    <message>
        <source>A PEM file with the CA that signed the API&apos;s certificate, if it is a private CA.</source>
        <translation>Un fichier PEM contenant l&apos;AC qui a signé le certificat de l&apos;API, s&apos;il s&apos;agit d&apos;une AC privée.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>The api-key from the PowerDNS configuration (sent as X-API-Key).</source>
        <translation>L&apos;api-key de la configuration de PowerDNS (envoyée en tant que X-API-Key).</translation>
    </message>
    <message>
        <source>PowerDNS API</source>
        <translation>API PowerDNS</translation>
    </message>
    <message>
        <source>The HTTP API of PowerDNS Authoritative.</source>
        <translation>L&apos;API HTTP de PowerDNS Authoritative.</translation>
    </message>
    <message>
        <source>PowerDNS has no zone for the name.</source>
        <translation>PowerDNS n&apos;a aucune zone pour ce nom.</translation>
    </message>
    <message>
        <source>None of the server&apos;s zones holds %1.</source>
        <translation>Aucune des zones du serveur ne contient %1.</translation>
    </message>
    <message>
        <source>%1 is not in zone %2, or the server has no zone %2.</source>
        <translation>%1 ne fait pas partie de la zone %2, ou le serveur n&apos;a pas de zone %2.</translation>
    </message>
    <message>
        <source>Create the zone in PowerDNS, or correct the zone in the provider settings.</source>
        <translation>Créez la zone dans PowerDNS, ou corrigez la zone dans les paramètres du fournisseur.</translation>
    </message>
    <message>
        <source>PowerDNS %1 at %2 accepts the API key.</source>
        <translation>PowerDNS %1 à %2 accepte la clé d&apos;API.</translation>
    </message>
    <message>
        <source>PowerDNS %1 at %2 accepts the API key and serves zone %3.</source>
        <translation>PowerDNS %1 à %2 accepte la clé d&apos;API et sert la zone %3.</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <source>The cryptographic library reported an error.</source>
        <translation>La bibliothèque cryptographique a signalé une erreur.</translation>
    </message>
    <message>
        <source>See the log for details and report this as a bug.</source>
        <translation>Consultez le journal pour plus de détails et signalez ce problème comme un bogue.</translation>
    </message>
    <message>
        <source>Could not generate a %1 key</source>
        <translation>Impossible de générer une clé %1</translation>
    </message>
    <message>
        <source>The private key cannot be used</source>
        <translation>La clé privée est inutilisable</translation>
    </message>
    <message>
        <source>Provide an unencrypted PEM private key (EC P-256, EC P-384 or RSA 2048–4096 bits).</source>
        <translation>Fournissez une clé privée PEM non chiffrée (EC P-256, EC P-384 ou RSA de 2048 à 4096 bits).</translation>
    </message>
    <message>
        <source>The data is not a readable PEM private key.</source>
        <translation>Les données ne sont pas une clé privée PEM lisible.</translation>
    </message>
    <message>
        <source>Only the P-256 and P-384 curves are supported.</source>
        <translation>Seules les courbes P-256 et P-384 sont prises en charge.</translation>
    </message>
    <message>
        <source>RSA keys must have 2048, 3072 or 4096 bits.</source>
        <translation>Les clés RSA doivent faire 2048, 3072 ou 4096 bits.</translation>
    </message>
    <message>
        <source>Only EC and RSA keys are supported.</source>
        <translation>Seules les clés EC et RSA sont prises en charge.</translation>
    </message>
    <message>
        <source>No key to sign with</source>
        <translation>Aucune clé avec laquelle signer</translation>
    </message>
    <message>
        <source>Signing failed</source>
        <translation>La signature a échoué</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>No data folder was given.</source>
        <translation>Aucun dossier de données n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>Pass a folder with --data-dir DIR.</source>
        <translation>Indiquez un dossier avec --data-dir DIR.</translation>
    </message>
    <message>
        <source>The data folder cannot be created.</source>
        <translation>Le dossier de données ne peut pas être créé.</translation>
    </message>
    <message>
        <source>CertDesk could not create %1.</source>
        <translation>CertDesk n&apos;a pas pu créer %1.</translation>
    </message>
    <message>
        <source>Check the permissions of its parent folder, or choose another with --data-dir.</source>
        <translation>Vérifiez les permissions de son dossier parent, ou choisissez-en un autre avec --data-dir.</translation>
    </message>
</context>
<context>
    <name>ProviderAdministration</name>
    <message>
        <source>The %1 provider takes no credential.</source>
        <translation>Le fournisseur %1 ne prend pas d&apos;identifiants.</translation>
    </message>
    <message>
        <source>The DNS provider was removed, but its credential is still in the keychain.</source>
        <translation>Le fournisseur DNS a été supprimé, mais ses identifiants sont toujours dans le trousseau.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the settings and save again.</source>
        <translation>Rien n’a été enregistré : corrigez les paramètres et enregistrez à nouveau.</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>New DNS Provider</source>
        <translation>Nouveau fournisseur DNS</translation>
    </message>
    <message>
        <source>Edit DNS Provider</source>
        <translation>Modifier le fournisseur DNS</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Correct the settings marked above; nothing was saved.</source>
        <translation>Corrigez les paramètres signalés ci-dessus&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Testing and saving…</source>
        <translation>Test et enregistrement…</translation>
    </message>
</context>
<context>
    <name>ProviderForm</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation>Type de fournisseur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Reach the DNS service with these settings and check that it accepts the credential; no record is changed</source>
        <translation>Joindre le service DNS avec ces paramètres et vérifier qu&apos;il accepte les identifiants&#xa0;; aucun enregistrement n&apos;est modifié</translation>
    </message>
    <message>
        <source>&amp;Provider type:</source>
        <translation>Type de &amp;fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (optional):</source>
        <translation>%1 (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Stored in the keychain — leave empty to keep</source>
        <translation>Enregistré dans le trousseau — laissez vide pour le conserver</translation>
    </message>
    <message>
        <source>Correct the settings marked above, then test again.</source>
        <translation>Corrigez les paramètres signalés ci-dessus, puis testez de nouveau.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Reaching the DNS service…</source>
        <translation>Connexion au service DNS…</translation>
    </message>
</context>
<context>
    <name>ProviderHttp</name>
    <message>
        <source>“%1” is not an http(s) address such as https://dns.example.com:8081.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse http(s) telle que https://dns.example.com:8081.</translation>
    </message>
    <message>
        <source>Do not put a user name or password into the address; the credential is kept in the keychain.</source>
        <translation>Ne mettez ni nom d&apos;utilisateur ni mot de passe dans l&apos;adresse&#xa0;; les identifiants sont conservés dans le trousseau.</translation>
    </message>
    <message>
        <source>%1 uses plain HTTP to another machine; use https:// so the credential is not sent in clear text.</source>
        <translation>%1 utilise le HTTP en clair vers une autre machine&#xa0;; utilisez https:// pour que les identifiants ne circulent pas en clair.</translation>
    </message>
    <message>
        <source>The CA bundle cannot be read.</source>
        <translation>Le bundle d&apos;AC ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Give the path of a PEM file with the CA certificate that signed the API&apos;s certificate.</source>
        <translation>Indiquez le chemin d&apos;un fichier PEM contenant le certificat de l&apos;AC qui a signé le certificat de l&apos;API.</translation>
    </message>
    <message>
        <source>The CA bundle holds no certificate.</source>
        <translation>Le bundle d&apos;AC ne contient aucun certificat.</translation>
    </message>
    <message>
        <source>%1 contains no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>The connection to %1 is not trusted.</source>
        <translation>La connexion à %1 n&apos;est pas fiable.</translation>
    </message>
    <message>
        <source>Check the API address; for a private CA, give its certificate as the CA bundle.</source>
        <translation>Vérifiez l&apos;adresse de l&apos;API&#xa0;; pour une AC privée, indiquez son certificat comme bundle d&apos;AC.</translation>
    </message>
    <message>
        <source>%1 could not be reached.</source>
        <translation>%1 est injoignable.</translation>
    </message>
    <message>
        <source>Check the API address and port, and that the service is running and reachable from this machine.</source>
        <translation>Vérifiez l&apos;adresse et le port de l&apos;API, et que le service fonctionne et est joignable depuis cette machine.</translation>
    </message>
    <message>
        <source>%1 rejected the credential.</source>
        <translation>%1 a refusé les identifiants.</translation>
    </message>
    <message>
        <source>HTTP status %1.</source>
        <translation>Statut HTTP %1.</translation>
    </message>
    <message>
        <source>HTTP status %1: %2</source>
        <translation>Statut HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check the API key or token and that it may change this zone&apos;s records.</source>
        <translation>Vérifiez la clé ou le jeton d&apos;API, et qu&apos;il a le droit de modifier les enregistrements de cette zone.</translation>
    </message>
    <message>
        <source>%1 refused the request.</source>
        <translation>%1 a refusé la requête.</translation>
    </message>
    <message>
        <source>Check the provider settings (zone, server id) against the service.</source>
        <translation>Comparez les paramètres du fournisseur (zone, identifiant du serveur) avec ceux du service.</translation>
    </message>
</context>
<context>
    <name>ProviderJob</name>
    <message>
        <source>The DNS provider is no longer available.</source>
        <translation>Le fournisseur DNS n&apos;est plus disponible.</translation>
    </message>
</context>
<context>
    <name>ProviderOptions</name>
    <message>
        <source>Read the provider&apos;s credential from FILE, or from standard input with -.</source>
        <translation>Lire les identifiants du fournisseur depuis FILE, ou depuis l&apos;entrée standard avec -.</translation>
    </message>
    <message>
        <source>--%1 is not a setting of the %2 provider.</source>
        <translation>--%1 n&apos;est pas un paramètre du fournisseur %2.</translation>
    </message>
    <message>
        <source>The %1 provider takes no secret.</source>
        <translation>Le fournisseur %1 ne prend pas de secret.</translation>
    </message>
    <message>
        <source>The secret file cannot be read.</source>
        <translation>Le fichier contenant le secret ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>ProviderSchema</name>
    <message>
        <source>“%1” is not a setting of this provider.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un paramètre de ce fournisseur.</translation>
    </message>
    <message>
        <source>%1 is a secret and belongs in the keychain, not in the settings.</source>
        <translation>%1 est un secret&#xa0;: il a sa place dans le trousseau, pas dans les paramètres.</translation>
    </message>
    <message>
        <source>%1 must be text or a number.</source>
        <translation>%1 doit être un texte ou un nombre.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 doit être un nombre entier compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 doit être l&apos;une des valeurs suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The %1 settings are not complete or not valid.</source>
        <translation>Les paramètres %1 sont incomplets ou non valides.</translation>
    </message>
    <message>
        <source>Correct the settings named above; nothing was saved.</source>
        <translation>Corrigez les paramètres indiqués ci-dessus&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>ProviderVerbs</name>
    <message>
        <source>Give the number of one DNS provider (see certdesk provider list).</source>
        <translation>Indiquez le numéro d&apos;un seul fournisseur DNS (voir certdesk provider list).</translation>
    </message>
    <message>
        <source>provider add needs --kind %1.</source>
        <translation>provider add attend --kind %1.</translation>
    </message>
    <message>
        <source>DNS provider %1 added (id %2).
%3</source>
        <translation>Fournisseur DNS %1 ajouté (ID %2).
%3</translation>
    </message>
    <message>
        <source>No DNS providers yet.</source>
        <translation>Aucun fournisseur DNS pour l&apos;instant.</translation>
    </message>
    <message>
        <source>DNS provider %1 removed.</source>
        <translation>Fournisseur DNS %1 supprimé.</translation>
    </message>
    <message>
        <source>DNS provider %1 and its credential removed.</source>
        <translation>Fournisseur DNS %1 et ses identifiants supprimés.</translation>
    </message>
    <message>
        <source>Add a DNS provider for managed challenges (tested before saving).</source>
        <translation>Ajouter un fournisseur DNS pour les défis gérés (testé avant l&apos;enregistrement).</translation>
    </message>
    <message>
        <source>The DNS provider: %1.</source>
        <translation>Le fournisseur DNS&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A name for the provider.</source>
        <translation>Un nom pour le fournisseur.</translation>
    </message>
    <message>
        <source>List the DNS providers (never their credentials).</source>
        <translation>Lister les fournisseurs DNS (jamais leurs identifiants).</translation>
    </message>
    <message>
        <source>Test a DNS provider&apos;s connection and credential.</source>
        <translation>Tester la connexion et les identifiants d&apos;un fournisseur DNS.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Remove a DNS provider no managed challenge or delegation zone uses, with its credential.</source>
        <translation>Supprimer, avec ses identifiants, un fournisseur DNS qui n&apos;est utilisé ni par un défi géré ni par la zone de délégation.</translation>
    </message>
</context>
<context>
    <name>Provisioning</name>
    <message>
        <source>Its DNS records could not be worked out.</source>
        <translation>Ses enregistrements DNS n’ont pas pu être déterminés.</translation>
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
        <translation>Un serveur DNS</translation>
    </message>
    <message>
        <source>Create this CNAME record at your DNS provider:
%1  CNAME  %2.</source>
        <translation>Créez cet enregistrement CNAME chez votre fournisseur DNS&#xa0;:
%1  CNAME  %2.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check that it is running and that DNS traffic (UDP and TCP port 53, or the port configured) reaches it from this computer; a firewall may drop it.</source>
        <translation>%1 n&apos;a pas répondu à temps. Vérifiez qu&apos;il fonctionne et que le trafic DNS (ports UDP et TCP 53, ou le port configuré) l&apos;atteint depuis cet ordinateur&#xa0;; un pare-feu le bloque peut-être.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this computer. Check its address in the DNS settings and the network route to it.</source>
        <translation>%1 n&apos;est pas joignable depuis cet ordinateur. Vérifiez son adresse dans les paramètres DNS et la route réseau qui y mène.</translation>
    </message>
    <message>
        <source>%1 answered SERVFAIL: it failed to answer for this name. At an authoritative server the zone is usually broken there (expired DNSSEC signatures, a failed zone transfer); at a resolver, a server it depends on is down. Check the zone at your DNS provider.</source>
        <translation>%1 a répondu SERVFAIL&#xa0;: il n&apos;a pas pu répondre pour ce nom. Sur un serveur faisant autorité, la zone y est généralement défectueuse (signatures DNSSEC expirées, transfert de zone en échec)&#xa0;; sur un résolveur, un serveur dont il dépend est hors service. Vérifiez la zone chez votre fournisseur DNS.</translation>
    </message>
    <message>
        <source>%1 answered REFUSED: it does not answer questions about this zone from this computer. If it is one of the zone&apos;s name servers, check that the zone&apos;s NS records name the right servers; if it is a resolver, allow this computer to use it or choose another resolver in the DNS settings.</source>
        <translation>%1 a répondu REFUSED&#xa0;: il ne répond pas, depuis cet ordinateur, aux questions portant sur cette zone. S&apos;il fait partie des serveurs de noms de la zone, vérifiez que les enregistrements NS de la zone désignent les bons serveurs&#xa0;; s&apos;il s&apos;agit d&apos;un résolveur, autorisez cet ordinateur à l&apos;utiliser ou choisissez un autre résolveur dans les paramètres DNS.</translation>
    </message>
    <message>
        <source>A DNS lookup failed; the answers below name the server. Check that the zone is delegated to working name servers and that the resolvers in the DNS settings can reach them.</source>
        <translation>Une résolution DNS a échoué&#xa0;; les réponses ci-dessous indiquent le serveur en cause. Vérifiez que la zone est déléguée à des serveurs de noms qui fonctionnent et que les résolveurs définis dans les paramètres DNS peuvent les joindre.</translation>
    </message>
    <message>
        <source>Remove these records at your DNS provider; a CNAME cannot share its name with other records:
%1
Then create the CNAME:
%2  CNAME  %3.</source>
        <translation>Supprimez ces enregistrements chez votre fournisseur DNS&#xa0;; un CNAME ne peut pas partager son nom avec d&apos;autres enregistrements&#xa0;:
%1
Créez ensuite le CNAME&#xa0;:
%2  CNAME  %3.</translation>
    </message>
    <message>
        <source>The CNAME records form a loop (%1). Remove the CNAME that points back, so that %2 points at %3 and %3 is not a CNAME itself.</source>
        <translation>Les enregistrements CNAME forment une boucle (%1). Supprimez le CNAME qui pointe en retour, de sorte que %2 pointe vers %3 et que %3 ne soit pas lui-même un CNAME.</translation>
    </message>
    <message>
        <source>%1 must not be a CNAME itself (it points at %2): CertDesk publishes the challenge TXT record there. Remove that CNAME from the delegation zone.</source>
        <translation>%1 ne doit pas être lui-même un CNAME (il pointe vers %2)&#xa0;: CertDesk y publie l&apos;enregistrement TXT du défi. Supprimez ce CNAME de la zone de délégation.</translation>
    </message>
    <message>
        <source>Other data is in the way at %1. Remove it at your DNS provider, then create the CNAME:
%1  CNAME  %2.</source>
        <translation>D&apos;autres données occupent %1. Supprimez-les chez votre fournisseur DNS, puis créez le CNAME&#xa0;:
%1  CNAME  %2.</translation>
    </message>
    <message>
        <source>Other data is in the way at %1 (%2). Remove it at your DNS provider, then create the CNAME:
%1  CNAME  %3.</source>
        <translation>D&apos;autres données occupent %1 (%2). Supprimez-les chez votre fournisseur DNS, puis créez le CNAME&#xa0;:
%1  CNAME  %3.</translation>
    </message>
    <message>
        <source>Add a CAA record at %1 that allows your CA, for example:
%1  CAA  0 %2 &quot;&lt;the CA&apos;s domain&gt;&quot;
The CA&apos;s own documentation names its CAA domain.</source>
        <translation>Ajoutez à %1 un enregistrement CAA qui autorise votre AC, par exemple&#xa0;:
%1  CAA  0 %2 &quot;&lt;the CA&apos;s domain&gt;&quot;
La documentation de l&apos;AC indique son domaine CAA, à mettre entre les guillemets.</translation>
    </message>
    <message>
        <source>Add a CAA record allowing %1 next to the CAA records at %2:
%3
What the records there say now: %4</source>
        <translation>Ajoutez un enregistrement CAA autorisant %1 à côté des enregistrements CAA de %2&#xa0;:
%3
Ce que disent actuellement ces enregistrements&#xa0;: %4</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>Not checked yet. If you have not done so already:</source>
        <translation>Pas encore vérifié. Si ce n&apos;est pas déjà fait&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing to do: the record is in place at every authoritative server and the resolvers see it. Keep it; it is needed again at every renewal.</source>
        <translation>Rien à faire&#xa0;: l&apos;enregistrement est en place sur tous les serveurs faisant autorité et les résolveurs le voient. Conservez-le&#xa0;; il sera de nouveau nécessaire à chaque renouvellement.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to do but wait: the authoritative servers already serve the record, and a resolver may keep its old answer for up to %n second(s). CertDesk checks again by itself.</source>
        <translation>
            <numerusform>Il suffit d&apos;attendre&#xa0;: les serveurs faisant autorité servent déjà l&apos;enregistrement, et un résolveur peut conserver son ancienne réponse pendant %n seconde au plus. CertDesk vérifie de nouveau de lui-même.</numerusform>
            <numerusform>Il suffit d&apos;attendre&#xa0;: les serveurs faisant autorité servent déjà l&apos;enregistrement, et un résolveur peut conserver son ancienne réponse pendant %n secondes au plus. CertDesk vérifie de nouveau de lui-même.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do but wait: not every server serves the record yet. CertDesk checks again by itself.</source>
        <translation>Il suffit d&apos;attendre&#xa0;: certains serveurs ne servent pas encore l&apos;enregistrement. CertDesk vérifie de nouveau de lui-même.</translation>
    </message>
    <message>
        <source>%1 has other addresses (%2) than %3. Update its A/AAAA records to the addresses of %3, or replace them with an ALIAS/ANAME record pointing at %3 if your DNS provider offers one.</source>
        <translation>%1 a d&apos;autres adresses (%2) que %3. Mettez à jour ses enregistrements A/AAAA avec les adresses de %3, ou remplacez-les par un enregistrement ALIAS/ANAME pointant vers %3 si votre fournisseur DNS en propose.</translation>
    </message>
    <message>
        <source>Change the CNAME record at your DNS provider so that it points at the right target:
%1  CNAME  %2.
It points at %3 now.</source>
        <translation>Modifiez l&apos;enregistrement CNAME chez votre fournisseur DNS pour qu&apos;il pointe vers la bonne cible&#xa0;:
%1  CNAME  %2.
Il pointe actuellement vers %3.</translation>
    </message>
    <message>
        <source>CertDesk asks again by itself.</source>
        <translation>CertDesk réessaie de lui-même.</translation>
    </message>
</context>
<context>
    <name>RecordCheck</name>
    <message>
        <source>The records cannot be checked.</source>
        <translation>Les enregistrements ne peuvent pas être vérifiés.</translation>
    </message>
    <message>
        <source>No recursive resolver is configured.</source>
        <translation>Aucun résolveur récursif n&apos;est configuré.</translation>
    </message>
    <message>
        <source>Give one with --resolver ADDRESS[:PORT] or set it in the DNS settings (certdesk dns set --resolver …).</source>
        <translation>Indiquez-en un avec --resolver ADDRESS[:PORT] ou définissez-le dans les paramètres DNS (certdesk dns set --resolver …).</translation>
    </message>
    <message>
        <source>The CAA lookup failed.</source>
        <translation>La résolution CAA a échoué.</translation>
    </message>
    <message>
        <source>%1 answered %2 for the CAA records of %3.</source>
        <translation>%1 a répondu %2 pour les enregistrements CAA de %3.</translation>
    </message>
</context>
<context>
    <name>RecordDetailsView</name>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>What the servers answered</source>
        <translation>Réponses des serveurs</translation>
    </message>
    <message>
        <source>Select a record to see what to do and what the servers answered.</source>
        <translation>Sélectionnez un enregistrement pour voir que faire et ce qu&apos;ont répondu les serveurs.</translation>
    </message>
    <message>
        <source>%1: what to do</source>
        <translation>%1&#xa0;: que faire</translation>
    </message>
    <message>
        <source>What the servers answered (checked %1)</source>
        <translation>Réponses des serveurs (vérifiées à %1)</translation>
    </message>
    <message>
        <source>Checked %1 by the background check: %2
Each server&apos;s answer is shown after the next live check.</source>
        <translation>Vérifié %1 par la vérification en arrière-plan&#xa0;: %2
La réponse de chaque serveur s&apos;affichera après la prochaine vérification en direct.</translation>
    </message>
    <message>
        <source>Each server&apos;s answer is shown after the first live check.</source>
        <translation>La réponse de chaque serveur s&apos;affichera après la première vérification en direct.</translation>
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
        <translation>En propagation</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Wrong target</source>
        <translation>Cible incorrecte</translation>
    </message>
    <message>
        <source>Conflicting data</source>
        <translation>Données en conflit</translation>
    </message>
    <message>
        <source>Blocked by CAA</source>
        <translation>Bloqué par CAA</translation>
    </message>
    <message>
        <source>Lookup error</source>
        <translation>Erreur de résolution</translation>
    </message>
</context>
<context>
    <name>RecordStatusRepository</name>
    <message>
        <source>The record check results could not be read or saved.</source>
        <translation>Les résultats de vérification des enregistrements n&apos;ont pas pu être lus ou enregistrés.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable and not full.</source>
        <translation>Vérifiez que le dossier de données est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
</context>
<context>
    <name>RecordVerdict</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no such name (NXDOMAIN)</source>
        <translation>%1&#xa0;: ce nom n&apos;existe pas (NXDOMAIN)</translation>
    </message>
    <message>
        <source>%1 %2 %3 (TTL %4)</source>
        <translation>%1 %2 %3 (TTL %4)</translation>
    </message>
    <message>
        <source>%1: no %2 record at %3</source>
        <translation>%1&#xa0;: aucun enregistrement %2 à %3</translation>
    </message>
    <message>
        <source>The zone of %1 could not be found.</source>
        <translation>La zone de %1 est introuvable.</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>zone %1</translation>
    </message>
    <message>
        <source>No authoritative server of %1 could be asked.</source>
        <translation>Aucun serveur faisant autorité pour %1 n&apos;a pu être interrogé.</translation>
    </message>
    <message>
        <source>authoritative</source>
        <translation>serveur faisant autorité</translation>
    </message>
    <message>
        <source>resolver</source>
        <translation>résolveur</translation>
    </message>
    <message>
        <source>The authoritative server %1 of %2 could not be asked: %3.</source>
        <translation>Le serveur faisant autorité %1 pour %2 n&apos;a pas pu être interrogé&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 points at %2 instead of %3.</source>
        <translation>%1 pointe vers %2 au lieu de %3.</translation>
    </message>
    <message>
        <source>Other records are at %1 where the CNAME must be (%2): remove them, then create the CNAME.</source>
        <translation>D&apos;autres enregistrements se trouvent à %1, là où doit se trouver le CNAME (%2)&#xa0;: supprimez-les, puis créez le CNAME.</translation>
    </message>
    <message>
        <source>%1 has no CNAME record yet.</source>
        <translation>%1 n&apos;a pas encore d&apos;enregistrement CNAME.</translation>
    </message>
    <message>
        <source>%1 of %2 authoritative servers serve the record; the others do not have it yet.</source>
        <translation>%1 serveurs faisant autorité sur %2 servent l&apos;enregistrement&#xa0;; les autres ne l&apos;ont pas encore.</translation>
    </message>
    <message>
        <source>resolver %1 follows TXT: %2</source>
        <translation>le résolveur %1 suit le TXT&#xa0;: %2</translation>
    </message>
    <message>
        <source>The CNAME chain loops: %1.</source>
        <translation>La chaîne de CNAME forme une boucle&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 is itself a CNAME (to %2): the challenge TXT cannot be published there.</source>
        <translation>%1 est lui-même un CNAME (vers %2)&#xa0;: le TXT du défi ne peut pas y être publié.</translation>
    </message>
    <message>
        <source>The record is right at the authoritative servers, but resolver %1 %2.</source>
        <translation>L&apos;enregistrement est correct sur les serveurs faisant autorité, mais le résolveur %1 %2.</translation>
    </message>
    <message numerus="yes">
        <source>The record is right at the authoritative servers; %1 still serves an old answer for up to %n second(s).</source>
        <translation>
            <numerusform>L&apos;enregistrement est correct sur les serveurs faisant autorité&#xa0;; %1 sert encore une ancienne réponse pendant au plus %n seconde.</numerusform>
            <numerusform>L&apos;enregistrement est correct sur les serveurs faisant autorité&#xa0;; %1 sert encore une ancienne réponse pendant au plus %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record is right at the authoritative servers; %1 still serves an old answer.</source>
        <translation>L&apos;enregistrement est correct sur les serveurs faisant autorité&#xa0;; %1 sert encore une ancienne réponse.</translation>
    </message>
    <message>
        <source>%1 points at %2.</source>
        <translation>%1 pointe vers %2.</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>a répondu %1</translation>
    </message>
    <message>
        <source>CAA not checked: the CA&apos;s identity (its caaIdentities) is not known.</source>
        <translation>CAA non vérifié&#xa0;: l&apos;identité de l&apos;AC (ses caaIdentities) n&apos;est pas connue.</translation>
    </message>
    <message>
        <source>CAA lookup for %1 failed: %2</source>
        <translation>La résolution CAA pour %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The CAA records of %1 could not be read; a CA does not issue then.</source>
        <translation>Les enregistrements CAA de %1 n&apos;ont pas pu être lus&#xa0;; dans ce cas, une AC n&apos;émet pas de certificat.</translation>
    </message>
    <message>
        <source>CAA for %1: none on the name or its parents, any CA may issue.</source>
        <translation>CAA pour %1&#xa0;: aucun enregistrement sur le nom ni sur ses parents, toute AC peut émettre des certificats.</translation>
    </message>
    <message>
        <source>CAA for %1 (records at %2): %3</source>
        <translation>CAA pour %1 (enregistrements à %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The record is right, but the CAA records at %1 do not let the CA issue for %2.</source>
        <translation>L&apos;enregistrement est correct, mais les enregistrements CAA à %1 n&apos;autorisent pas l&apos;AC à émettre des certificats pour %2.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>An authoritative server of %1 could not be asked.</source>
        <translation>Un serveur faisant autorité pour %1 n&apos;a pas pu être interrogé.</translation>
    </message>
    <message>
        <source>The addresses of %1 could not be looked up.</source>
        <translation>Les adresses de %1 n&apos;ont pas pu être résolues.</translation>
    </message>
    <message>
        <source>%1 has no addresses: it needs an ALIAS/ANAME record to %2, or A/AAAA records with its addresses.</source>
        <translation>%1 n&apos;a pas d&apos;adresse&#xa0;: il lui faut un enregistrement ALIAS/ANAME vers %2, ou des enregistrements A/AAAA portant les adresses de celui-ci.</translation>
    </message>
    <message>
        <source>%1 has no addresses to compare with.</source>
        <translation>%1 n&apos;a pas d&apos;adresse à comparer.</translation>
    </message>
    <message>
        <source>%1 has the addresses %2, but %3 has %4.</source>
        <translation>%1 a les adresses %2, mais %3 a %4.</translation>
    </message>
    <message>
        <source>%1 has the same addresses as %2.</source>
        <translation>%1 a les mêmes adresses que %2.</translation>
    </message>
</context>
<context>
    <name>RecordWatcher</name>
    <message>
        <source>A required DNS record broke: %1 %2 is now “%3”.</source>
        <translation>Un enregistrement DNS requis ne fonctionne plus&#xa0;: %1 %2 est désormais «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>A required DNS record appeared: %1 %2 is now “%3”.</source>
        <translation>Un enregistrement DNS requis est apparu&#xa0;: %1 %2 est désormais «&#xa0;%3&#xa0;».</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln minute(s)</source>
        <translation>
            <numerusform>dans %Ln minute</numerusform>
            <numerusform>dans %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>il y a %Ln minute</numerusform>
            <numerusform>il y a %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln hour(s)</source>
        <translation>
            <numerusform>dans %Ln heure</numerusform>
            <numerusform>dans %Ln heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>il y a %Ln heure</numerusform>
            <numerusform>il y a %Ln heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>dans %Ln jour</numerusform>
            <numerusform>dans %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>il y a %Ln jour</numerusform>
            <numerusform>il y a %Ln jours</numerusform>
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
        <translation>L&apos;AC demande de renouveler maintenant le certificat de %1 (sa fenêtre suggérée, du %2 au %3, est dépassée).</translation>
    </message>
    <message>
        <source>The CA suggests renewing the certificate for %1 between %2 and %3.</source>
        <translation>L&apos;AC suggère de renouveler le certificat de %1 entre le %2 et le %3.</translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation>Explication&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RenewalLock</name>
    <message>
        <source>Another CertDesk already runs renewals for this profile.</source>
        <translation>Une autre instance de CertDesk effectue déjà les renouvellements pour ce profil.</translation>
    </message>
    <message>
        <source>Process %1 on %2 holds %3.</source>
        <translation>Le processus %1 sur %2 détient %3.</translation>
    </message>
    <message>
        <source>Stop the other instance (for example the certdesk service) or use it; one instance renews for all.</source>
        <translation>Arrêtez l&apos;autre instance (par exemple le service certdesk) ou utilisez-la&#xa0;; une seule instance renouvelle pour tous.</translation>
    </message>
    <message>
        <source>The renewal lock cannot be created.</source>
        <translation>Le verrou de renouvellement ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Check that the data folder is writable.</source>
        <translation>Vérifiez que le dossier de données est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>RenewalScheduler</name>
    <message>
        <source>Renewal started.</source>
        <translation>Renouvellement démarré.</translation>
    </message>
    <message>
        <source>Renewal failed (attempt %1); next attempt at %2.</source>
        <translation>Le renouvellement a échoué (tentative %1)&#xa0;; prochaine tentative le %2.</translation>
    </message>
    <message>
        <source>Nothing to wait for: the CA checks the challenge when the order is placed.</source>
        <translation>Rien à attendre : l’AC vérifie le challenge lorsque la commande est passée.</translation>
    </message>
    <message>
        <source>Every challenge record is in place.</source>
        <translation>Tous les enregistrements de challenge sont en place.</translation>
    </message>
    <message>
        <source>Waiting for the DNS records before ordering the first certificate.</source>
        <translation>En attente des enregistrements DNS avant de commander le premier certificat.</translation>
    </message>
    <message>
        <source>Ordering the first certificate.</source>
        <translation>Commande du premier certificat.</translation>
    </message>
    <message>
        <source>The first certificate was issued.</source>
        <translation>Le premier certificat a été émis.</translation>
    </message>
    <message>
        <source>The first certificate could not be ordered (attempt %1); next attempt at %2.</source>
        <translation>Le premier certificat n’a pas pu être commandé (tentative %1) ; prochaine tentative à %2.</translation>
    </message>
</context>
<context>
    <name>RequiredRecordFilterBar</name>
    <message>
        <source>Show records with status</source>
        <translation>Afficher les enregistrements ayant l&apos;état</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <source>Filter by endpoint, name or value</source>
        <translation>Filtrer par point de terminaison, nom ou valeur</translation>
    </message>
    <message>
        <source>Filter records</source>
        <translation>Filtrer les enregistrements</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s) shown</source>
        <translation>
            <numerusform>%1 sur %n enregistrement affiché</numerusform>
            <numerusform>%1 sur %n enregistrements affichés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequiredRecordModel</name>
    <message>
        <source>Lets CertDesk answer the CA&apos;s DNS challenges</source>
        <translation>Permet à CertDesk de répondre aux défis DNS de l&apos;AC</translation>
    </message>
    <message>
        <source>Sends the name&apos;s traffic to its server or load balancer</source>
        <translation>Dirige le trafic du nom vers son serveur ou son répartiteur de charge</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>DNS record type</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>what a DNS record points at</comment>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>No live check has looked at this record yet.</source>
        <translation>Aucune vérification en direct n&apos;a encore examiné cet enregistrement.</translation>
    </message>
    <message>
        <source>%1 (in a DNS console: %2)</source>
        <translation>%1 (dans une console DNS&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Vérifié le %1</translation>
    </message>
</context>
<context>
    <name>RequiredRecordTable</name>
    <message>
        <source>Required DNS records</source>
        <translation>Enregistrements DNS requis</translation>
    </message>
    <message>
        <source>Copy &amp;Value</source>
        <translation>Copier la &amp;valeur</translation>
    </message>
    <message>
        <source>Copy &amp;Name</source>
        <translation>Copier le &amp;nom</translation>
    </message>
</context>
<context>
    <name>RequiredRecords</name>
    <message>
        <source>An endpoint name is not a valid DNS name.</source>
        <translation>Un nom du point de terminaison n&apos;est pas un nom DNS valide.</translation>
    </message>
    <message>
        <source>No delegation zone is set up yet.</source>
        <translation>Aucune zone de délégation n&apos;est encore configurée.</translation>
    </message>
    <message>
        <source>The _acme-challenge records of %1 point into the delegation zone, which is not configured.</source>
        <translation>Les enregistrements _acme-challenge de %1 pointent vers la zone de délégation, qui n&apos;est pas configurée.</translation>
    </message>
    <message>
        <source>Set it up first: certdesk delegation set --zone ZONE --provider KIND …</source>
        <translation>Configurez-la d&apos;abord&#xa0;: certdesk delegation set --zone ZONE --provider KIND …</translation>
    </message>
    <message>
        <source>Create once; CertDesk publishes each challenge for %1 at %2.</source>
        <translation>À créer une seule fois&#xa0;; CertDesk publie chaque défi pour %1 à %2.</translation>
    </message>
    <message>
        <source>The endpoint&apos;s target host is not a valid host name.</source>
        <translation>L&apos;hôte cible du point de terminaison n&apos;est pas un nom d&apos;hôte valide.</translation>
    </message>
    <message>
        <source>“%1” is a wildcard.</source>
        <translation>«&#xa0;%1&#xa0;» est un nom générique.</translation>
    </message>
    <message>
        <source>Give the host name of the server or load balancer, such as lb.example.net.</source>
        <translation>Indiquez le nom d&apos;hôte du serveur ou du répartiteur de charge, par exemple lb.example.net.</translation>
    </message>
    <message>
        <source>Sends traffic (and the CA&apos;s http-01 checks) for %1 to %2.</source>
        <translation>Dirige le trafic (et les vérifications http-01 de l&apos;AC) de %1 vers %2.</translation>
    </message>
    <message>
        <source>%1 is a zone apex: no CNAME there. Either an ALIAS/ANAME record (provider-specific):</source>
        <translation>%1 est un apex de zone&#xa0;: pas de CNAME à cet endroit. Soit un enregistrement ALIAS/ANAME (propre au fournisseur)&#xa0;:</translation>
    </message>
    <message>
        <source>or A/AAAA records with the current addresses of %1.</source>
        <translation>soit des enregistrements A/AAAA avec les adresses actuelles de %1.</translation>
    </message>
    <message>
        <source>Name:  %1</source>
        <translation>Nom&#xa0;:    %1</translation>
    </message>
    <message>
        <source>Type:  %1</source>
        <translation>Type&#xa0;:   %1</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Valeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>TTL:   %1</source>
        <translation>TTL&#xa0;:    %1</translation>
    </message>
    <message>
        <source>Note:  %1</source>
        <translation>Note&#xa0;:   %1</translation>
    </message>
    <message>
        <source>%1 is the apex of its zone, where a CNAME is not allowed. Create an ALIAS or ANAME record pointing at %2 if your DNS provider offers one; otherwise create A and AAAA records with the addresses of %2 (and keep them up to date).</source>
        <translation>%1 est l&apos;apex de sa zone, où un CNAME n&apos;est pas autorisé. Créez un enregistrement ALIAS ou ANAME pointant vers %2 si votre fournisseur DNS en propose&#xa0;; sinon, créez des enregistrements A et AAAA avec les adresses de %2 (et tenez-les à jour).</translation>
    </message>
    <message>
        <source>(Assumed from the name; the live check confirms it.)</source>
        <translation>(Déduit du nom&#xa0;; la vérification en direct le confirme.)</translation>
    </message>
</context>
<context>
    <name>ResolverCheck</name>
    <message>
        <source>The resolver answered without the zone&apos;s SOA record.</source>
        <translation>Le résolveur a répondu sans l&apos;enregistrement SOA de la zone.</translation>
    </message>
    <message>
        <source>%1 does not seem to see the zone %2.</source>
        <translation>%1 ne semble pas voir la zone %2.</translation>
    </message>
    <message>
        <source>Check that it is a recursive resolver that can reach the public DNS.</source>
        <translation>Vérifiez qu&apos;il s&apos;agit d&apos;un résolveur récursif capable de joindre le DNS public.</translation>
    </message>
</context>
<context>
    <name>Rfc2136Provider</name>
    <message>
        <source>Primary server</source>
        <translation>Serveur primaire</translation>
    </message>
    <message>
        <source>Address and port of the server that accepts updates, e.g. 192.0.2.53:53.</source>
        <translation>Adresse et port du serveur qui accepte les mises à jour, par ex. 192.0.2.53:53.</translation>
    </message>
    <message>
        <source>TSIG key name</source>
        <translation>Nom de la clé TSIG</translation>
    </message>
    <message>
        <source>The key&apos;s name exactly as the server&apos;s configuration spells it.</source>
        <translation>Le nom de la clé, orthographié exactement comme dans la configuration du serveur.</translation>
    </message>
    <message>
        <source>TSIG algorithm</source>
        <translation>Algorithme TSIG</translation>
    </message>
    <message>
        <source>The HMAC the key was made for.</source>
        <translation>Le HMAC pour lequel la clé a été créée.</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>The zone to update; leave empty to find it from the record name.</source>
        <translation>La zone à mettre à jour&#xa0;; laissez vide pour la déduire du nom de l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Time to live of the TXT records, in seconds.</source>
        <translation>Durée de vie des enregistrements TXT, en secondes.</translation>
    </message>
    <message>
        <source>TSIG secret</source>
        <translation>Secret TSIG</translation>
    </message>
    <message>
        <source>The base64 secret from the key file (the text in quotes after “secret”).</source>
        <translation>Le secret en base64 tiré du fichier de clé (le texte entre guillemets après «&#xa0;secret&#xa0;»).</translation>
    </message>
    <message>
        <source>The TSIG secret is not base64 text.</source>
        <translation>Le secret TSIG n&apos;est pas du texte en base64.</translation>
    </message>
    <message>
        <source>RFC 2136 (TSIG)</source>
        <translation>RFC 2136 (TSIG)</translation>
    </message>
    <message>
        <source>Dynamic DNS updates signed with a TSIG key: BIND, Knot, PowerDNS, Windows DNS.</source>
        <translation>Mises à jour DNS dynamiques signées avec une clé TSIG&#xa0;: BIND, Knot, PowerDNS, DNS Windows.</translation>
    </message>
    <message>
        <source>The record is outside the provider&apos;s zone.</source>
        <translation>L&apos;enregistrement est en dehors de la zone du fournisseur.</translation>
    </message>
    <message>
        <source>%1 is not in zone %2.</source>
        <translation>%1 ne fait pas partie de la zone %2.</translation>
    </message>
    <message>
        <source>Use a provider configured for the zone that holds this name.</source>
        <translation>Utilisez un fournisseur configuré pour la zone qui contient ce nom.</translation>
    </message>
    <message>
        <source>No DNS client.</source>
        <translation>Aucun client DNS.</translation>
    </message>
    <message>
        <source>The update server is not authoritative for the name.</source>
        <translation>Le serveur de mise à jour ne fait pas autorité pour ce nom.</translation>
    </message>
    <message>
        <source>%1 does not serve a zone that holds %2 (it answered %3).</source>
        <translation>%1 ne sert aucune zone contenant %2 (il a répondu %3).</translation>
    </message>
    <message>
        <source>Enter the zone in the provider settings, or use the primary server of the zone that holds this name.</source>
        <translation>Saisissez la zone dans les paramètres du fournisseur, ou utilisez le serveur primaire de la zone qui contient ce nom.</translation>
    </message>
    <message>
        <source>%1 answers DNS. No zone is set, so key %2 is proven by the first update of each zone.</source>
        <translation>%1 répond aux requêtes DNS. Aucune zone n&apos;est définie&#xa0;: la clé %2 sera donc vérifiée lors de la première mise à jour de chaque zone.</translation>
    </message>
    <message>
        <source>%1 accepts updates of zone %2 signed with key %3 (%4).</source>
        <translation>%1 accepte les mises à jour de la zone %2 signées avec la clé %3 (%4).</translation>
    </message>
</context>
<context>
    <name>SchemaMigration</name>
    <message>
        <source>The database could not be upgraded.</source>
        <translation>La base de données n&apos;a pas pu être mise à niveau.</translation>
    </message>
    <message>
        <source>Upgrading to schema version %1 failed; the database was left as it was.</source>
        <translation>La mise à niveau vers la version de schéma %1 a échoué&#xa0;; la base de données a été laissée en l&apos;état.</translation>
    </message>
    <message>
        <source>Report this to the CertDesk developers with the details below.</source>
        <translation>Signalez ce problème aux développeurs de CertDesk, avec les détails ci-dessous.</translation>
    </message>
</context>
<context>
    <name>ScriptProvider</name>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Full path of an executable run as: PROGRAM present|cleanup NAME VALUE, and PROGRAM test.</source>
        <translation>Chemin complet d&apos;un exécutable lancé ainsi&#xa0;: PROGRAM present|cleanup NAME VALUE, et PROGRAM test.</translation>
    </message>
    <message>
        <source>Give the program&apos;s full path (it is not looked up in PATH).</source>
        <translation>Indiquez le chemin complet du programme (il n&apos;est pas recherché dans le PATH).</translation>
    </message>
    <message>
        <source>%1 is not an executable file.</source>
        <translation>%1 n&apos;est pas un fichier exécutable.</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai d&apos;expiration</translation>
    </message>
    <message>
        <source>Seconds the program may run before it is stopped.</source>
        <translation>Nombre de secondes pendant lesquelles le programme peut s&apos;exécuter avant d&apos;être arrêté.</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Optional; handed to the program in the environment variable CERTDESK_DNS_SECRET.</source>
        <translation>Facultatif&#xa0;; transmis au programme dans la variable d&apos;environnement CERTDESK_DNS_SECRET.</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Your own program publishes and removes the TXT records.</source>
        <translation>Votre propre programme publie et supprime les enregistrements TXT.</translation>
    </message>
    <message>
        <source>The DNS script did not finish in time.</source>
        <translation>Le script DNS ne s&apos;est pas terminé à temps.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 ran longer than %n second(s) and was stopped.</source>
        <translation>
            <numerusform>%1 %2 s&apos;est exécuté plus de %n seconde et a été arrêté.</numerusform>
            <numerusform>%1 %2 s&apos;est exécuté plus de %n secondes et a été arrêté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make the script finish sooner, or raise its timeout.</source>
        <translation>Faites en sorte que le script se termine plus tôt, ou augmentez son délai d&apos;expiration.</translation>
    </message>
    <message>
        <source>The DNS script failed.</source>
        <translation>Le script DNS a échoué.</translation>
    </message>
    <message>
        <source>%1 %2 crashed. %3</source>
        <translation>%1 %2 a planté. %3</translation>
    </message>
    <message>
        <source>%1 %2 exited with status %3. %4</source>
        <translation>%1 %2 s&apos;est terminé avec le code %3. %4</translation>
    </message>
    <message>
        <source>Run the script by hand with the same arguments to see what it needs.</source>
        <translation>Lancez le script à la main avec les mêmes arguments pour voir ce dont il a besoin.</translation>
    </message>
    <message>
        <source>The DNS script could not be started.</source>
        <translation>Le script DNS n&apos;a pas pu être lancé.</translation>
    </message>
    <message>
        <source>%1 cannot be run.</source>
        <translation>%1 ne peut pas être exécuté.</translation>
    </message>
    <message>
        <source>Check the path and that the file is executable.</source>
        <translation>Vérifiez le chemin et que le fichier est exécutable.</translation>
    </message>
    <message>
        <source>%1 test exited with status 0.</source>
        <translation>%1 test s&apos;est terminé avec le code 0.</translation>
    </message>
</context>
<context>
    <name>SecretRef</name>
    <message>
        <source>Invalid keychain reference.</source>
        <translation>Référence de trousseau non valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form certdesk/&lt;kind&gt;/&lt;id&gt;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme certdesk/&lt;kind&gt;/&lt;id&gt;.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>A secret is missing from the keychain.</source>
        <translation>Un secret est absent du trousseau.</translation>
    </message>
    <message>
        <source>The keychain has no entry %1.</source>
        <translation>Le trousseau n&apos;a pas d&apos;entrée %1.</translation>
    </message>
    <message>
        <source>Enter the credential again in CertDesk; it may have been deleted in the keychain&apos;s own tool.</source>
        <translation>Saisissez de nouveau les identifiants dans CertDesk&#xa0;; ils ont peut-être été supprimés avec l&apos;outil propre au trousseau.</translation>
    </message>
    <message>
        <source>The keychain refused access.</source>
        <translation>Le trousseau a refusé l&apos;accès.</translation>
    </message>
    <message>
        <source>Access to %1 was denied.</source>
        <translation>L&apos;accès à %1 a été refusé.</translation>
    </message>
    <message>
        <source>Allow CertDesk to use the keychain when asked, or unlock it, and try again.</source>
        <translation>Autorisez CertDesk à utiliser le trousseau lorsque cela vous est demandé, ou déverrouillez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain is locked.</source>
        <translation>Le trousseau est verrouillé.</translation>
    </message>
    <message>
        <source>The keychain&apos;s default collection is locked, so %1 could not be used.</source>
        <translation>La collection par défaut du trousseau est verrouillée&#xa0;: %1 n&apos;a donc pas pu être utilisé.</translation>
    </message>
    <message>
        <source>Unlock your login keyring (log in to the desktop, or unlock it in Passwords and Keys) and try again.</source>
        <translation>Déverrouillez votre trousseau de connexion (ouvrez une session sur le bureau, ou déverrouillez-le dans Mots de passe et clés), puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Le trousseau a signalé une erreur.</translation>
    </message>
    <message>
        <source>Using %1 failed: %2</source>
        <translation>L&apos;utilisation de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check that the keychain service is running and unlocked, then try again.</source>
        <translation>Vérifiez que le service de trousseau fonctionne et qu&apos;il est déverrouillé, puis réessayez.</translation>
    </message>
    <message>
        <source>Invalid keychain reference.</source>
        <translation>Référence de trousseau non valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form certdesk/&lt;kind&gt;/&lt;id&gt;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme certdesk/&lt;kind&gt;/&lt;id&gt;.</translation>
    </message>
    <message>
        <source>Unlock the login keychain in Keychain Access and try again.</source>
        <translation>Déverrouillez le trousseau «&#xa0;session&#xa0;» dans Trousseau d&apos;accès et réessayez.</translation>
    </message>
    <message>
        <source>Make sure the Credential Manager service is running and try again.</source>
        <translation>Assurez-vous que le service «&#xa0;Gestionnaire d&apos;informations d&apos;identification&#xa0;» est en cours d&apos;exécution et réessayez.</translation>
    </message>
    <message>
        <source>No Secret Service found; install and unlock gnome-keyring or KWallet, then try again.</source>
        <translation>Aucun service Secret Service trouvé&#xa0;; installez et déverrouillez gnome-keyring ou KWallet, puis réessayez.</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Aucun trousseau n&apos;est disponible.</translation>
    </message>
    <message>
        <source>CertDesk keeps keys and credentials only in the system keychain, never in a plain file, so nothing was stored.</source>
        <translation>CertDesk ne conserve les clés et les identifiants que dans le trousseau du système, jamais dans un simple fichier&#xa0;; rien n&apos;a donc été enregistré.</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <source>No key was given.</source>
        <translation>Aucune clé n&apos;a été fournie.</translation>
    </message>
    <message>
        <source>The validity period is empty.</source>
        <translation>La période de validité est vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>The certificate needs at least one host name or address.</source>
        <translation>Le certificat doit comporter au moins un nom d&apos;hôte ou une adresse.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate could not be created.</source>
        <translation>Le certificat du hub n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Check the hub&apos;s listen address and host names in Settings.</source>
        <translation>Vérifiez l&apos;adresse d&apos;écoute et les noms d&apos;hôte du hub dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the marked fields on the “%1” page first.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: corrigez d&apos;abord les champs signalés sur la page «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not everything could be saved.</source>
        <translation>Tout n&apos;a pas pu être enregistré.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set Up CertDesk</source>
        <translation>Configurer CertDesk</translation>
    </message>
</context>
<context>
    <name>SmtpMessageJob</name>
    <message>
        <source>The notification email could not be sent.</source>
        <translation>L&apos;e-mail de notification n&apos;a pas pu être envoyé.</translation>
    </message>
    <message>
        <source>Check the mail server settings (host, port, security, user) in CertDesk&apos;s settings.</source>
        <translation>Vérifiez les paramètres du serveur de messagerie (hôte, port, sécurité, utilisateur) dans les paramètres de CertDesk.</translation>
    </message>
    <message>
        <source>The mail server, the sender and at least one recipient are needed.</source>
        <translation>Le serveur de messagerie, l&apos;expéditeur et au moins un destinataire sont nécessaires.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail utilisable.</translation>
    </message>
    <message>
        <source>Unencrypted SMTP is only allowed to a relay on this machine, and never with a password.</source>
        <translation>Le SMTP non chiffré n&apos;est autorisé que vers un relais situé sur cette machine, et jamais avec un mot de passe.</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be read.</source>
        <translation>Le bundle d&apos;AC %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate could not be verified: %1</source>
        <translation>Le certificat du serveur de messagerie n&apos;a pas pu être vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1:%2 — %3</source>
        <translation>%1:%2 — %3</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer in time.</source>
        <translation>Le serveur de messagerie %1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The mail server sent an unexpected reply.</source>
        <translation>Le serveur de messagerie a envoyé une réponse inattendue.</translation>
    </message>
    <message>
        <source>The mail server did not accept the user name or password.</source>
        <translation>Le serveur de messagerie n&apos;a pas accepté le nom d&apos;utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The mail server refused: %1 %2</source>
        <translation>Le serveur de messagerie a refusé&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>The mail server does not offer STARTTLS, so nothing was sent in clear.</source>
        <translation>Le serveur de messagerie ne propose pas STARTTLS&#xa0;; rien n&apos;a donc été envoyé en clair.</translation>
    </message>
</context>
<context>
    <name>StartAtLogin</name>
    <message>
        <source>Start at login could not be changed.</source>
        <translation>Le démarrage à l&apos;ouverture de session n&apos;a pas pu être modifié.</translation>
    </message>
    <message>
        <source>Check that the folder is writable.</source>
        <translation>Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>the registry refused the change</source>
        <translation>le registre a refusé la modification</translation>
    </message>
    <message>
        <source>the file cannot be removed</source>
        <translation>le fichier ne peut pas être supprimé</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The CertDesk database cannot be read.</source>
        <translation>La base de données de CertDesk ne peut pas être lue.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or choose another data folder with --data-dir.</source>
        <translation>Vérifiez les permissions du fichier, ou choisissez un autre dossier de données avec --data-dir.</translation>
    </message>
    <message>
        <source>This is not a CertDesk database.</source>
        <translation>Ce n&apos;est pas une base de données CertDesk.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one CertDesk created. It was left as it was.</source>
        <translation>%1 est une base de données SQLite, mais elle n&apos;a pas été créée par CertDesk. Elle a été laissée en l&apos;état.</translation>
    </message>
    <message>
        <source>Point --data-dir at an empty folder or at a CertDesk profile.</source>
        <translation>Faites pointer --data-dir vers un dossier vide ou vers un profil CertDesk.</translation>
    </message>
    <message>
        <source>This database was written by a newer CertDesk.</source>
        <translation>Cette base de données a été écrite par une version plus récente de CertDesk.</translation>
    </message>
    <message>
        <source>%1 uses schema version %2; this CertDesk understands up to version %3. The file was not changed.</source>
        <translation>%1 utilise la version de schéma %2&#xa0;; cette version de CertDesk comprend jusqu&apos;à la version %3. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Install the newer CertDesk again, or use another data folder with --data-dir.</source>
        <translation>Réinstallez la version plus récente de CertDesk, ou utilisez un autre dossier de données avec --data-dir.</translation>
    </message>
    <message>
        <source>The data folder cannot be created.</source>
        <translation>Le dossier de données ne peut pas être créé.</translation>
    </message>
    <message>
        <source>CertDesk could not create %1.</source>
        <translation>CertDesk n&apos;a pas pu créer %1.</translation>
    </message>
    <message>
        <source>Check the permissions of its parent folder, or choose another with --data-dir.</source>
        <translation>Vérifiez les permissions de son dossier parent, ou choisissez-en un autre avec --data-dir.</translation>
    </message>
    <message>
        <source>The CertDesk database cannot be opened.</source>
        <translation>La base de données de CertDesk ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>SQLite could not open %1 for writing.</source>
        <translation>SQLite n&apos;a pas pu ouvrir %1 en écriture.</translation>
    </message>
    <message>
        <source>Check that the folder is writable and not on a read-only medium.</source>
        <translation>Vérifiez que le dossier est accessible en écriture et ne se trouve pas sur un support en lecture seule.</translation>
    </message>
    <message>
        <source>SQLite refused to switch %1 to write-ahead logging.</source>
        <translation>SQLite a refusé de passer %1 en journalisation anticipée (WAL).</translation>
    </message>
    <message>
        <source>Check that the folder is writable and not on a network share.</source>
        <translation>Vérifiez que le dossier est accessible en écriture et ne se trouve pas sur un partage réseau.</translation>
    </message>
    <message>
        <source>The CertDesk database is damaged.</source>
        <translation>La base de données de CertDesk est endommagée.</translation>
    </message>
    <message>
        <source>%1 could not be read as a database. CertDesk has not changed the file.</source>
        <translation>%1 n&apos;a pas pu être lu comme une base de données. CertDesk n&apos;a pas modifié le fichier.</translation>
    </message>
    <message>
        <source>Restore the file from a backup, or move it aside to start with an empty profile.</source>
        <translation>Restaurez le fichier à partir d&apos;une sauvegarde, ou déplacez-le ailleurs pour repartir d&apos;un profil vide.</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>&amp;Managed challenge consumer: may publish its own _acme-challenge records</source>
        <translation>Consommateur de défis &amp;gérés&#xa0;: peut publier ses propres enregistrements _acme-challenge</translation>
    </message>
    <message>
        <source>&amp;Certificate consumer: may fetch certificates for its names</source>
        <translation>Consommateur de &amp;certificats&#xa0;: peut récupérer les certificats de ses noms</translation>
    </message>
    <message>
        <source>E&amp;xpires after</source>
        <translation>E&amp;xpire après le</translation>
    </message>
    <message>
        <source>Give it an acme-&amp;dns account (for acme.sh, certbot&apos;s hook, lego&apos;s acme-dns)</source>
        <translation>Lui attribuer un compte acme-&amp;dns (pour acme.sh, le hook de certbot, l&apos;acme-dns de lego)</translation>
    </message>
    <message>
        <source>New API Token</source>
        <translation>Nouveau jeton d&apos;API</translation>
    </message>
    <message>
        <source>The machine or application that uses it, like build-01</source>
        <translation>La machine ou l&apos;application qui l&apos;utilise, par exemple build-01</translation>
    </message>
    <message>
        <source>Managed challenges it may use</source>
        <translation>Défis gérés qu&apos;il peut utiliser</translation>
    </message>
    <message>
        <source>Every name no other challenge serves</source>
        <translation>Tous les noms qu&apos;aucun autre défi ne sert</translation>
    </message>
    <message>
        <source>Or every challenge with one of these tags, like web, internal</source>
        <translation>Ou tous les défis portant l&apos;une de ces étiquettes, par exemple web, interne</translation>
    </message>
    <message>
        <source>Optional: only these names, like *.build.example.com</source>
        <translation>Facultatif&#xa0;: uniquement ces noms, par exemple *.build.example.com</translation>
    </message>
    <message>
        <source>Set the hub&apos;s acme-dns zone first (Hub page)</source>
        <translation>Définissez d&apos;abord la zone acme-dns du hub (page Hub)</translation>
    </message>
    <message>
        <source>C&amp;reate Token</source>
        <translation>C&amp;réer le jeton</translation>
    </message>
    <message>
        <source>&amp;Used by:</source>
        <translation>&amp;Utilisé par&#xa0;:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles&#xa0;:</translation>
    </message>
    <message>
        <source>Ma&amp;y use:</source>
        <translation>&amp;Peut utiliser&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Limit to names:</source>
        <translation>&amp;Limiter aux noms&#xa0;:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Expiration&#xa0;:</translation>
    </message>
    <message>
        <source>Its records are written at a new name below %1</source>
        <translation>Ses enregistrements sont écrits à un nouveau nom situé sous %1</translation>
    </message>
    <message>
        <source>Not a host name: %1</source>
        <translation>Pas un nom d&apos;hôte&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TokenIssuer</name>
    <message>
        <source>An API token needs at least one role.</source>
        <translation>Un jeton d&apos;API a besoin d&apos;au moins un rôle.</translation>
    </message>
    <message>
        <source>Choose what it may do, for example Managed Challenge Consumer.</source>
        <translation>Choisissez ce qu&apos;il peut faire, par exemple Consommateur de défis gérés.</translation>
    </message>
    <message>
        <source>There is no managed challenge %1.</source>
        <translation>Il n&apos;existe pas de défi géré %1.</translation>
    </message>
    <message>
        <source>Choose one of the managed challenges; it may have been removed meanwhile.</source>
        <translation>Choisissez l&apos;un des défis gérés&#xa0;; celui-ci a peut-être été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>The hub has no acme-dns zone.</source>
        <translation>Le hub n&apos;a pas de zone acme-dns.</translation>
    </message>
    <message>
        <source>Set the hub&apos;s acme-dns zone first, in the hub settings or with: certdesk hub configure --acme-dns-zone ZONE</source>
        <translation>Définissez d&apos;abord la zone acme-dns du hub, dans les paramètres du hub ou avec&#xa0;: certdesk hub configure --acme-dns-zone ZONE</translation>
    </message>
    <message>
        <source>An API token needs a scope.</source>
        <translation>Un jeton d&apos;API a besoin d&apos;une portée.</translation>
    </message>
    <message>
        <source>No managed challenge serves the hub&apos;s acme-dns zone %1.</source>
        <translation>Aucun défi géré ne sert la zone acme-dns %1 du hub.</translation>
    </message>
    <message>
        <source>It may use no managed challenge yet.</source>
        <translation>Il ne peut encore utiliser aucun défi géré.</translation>
    </message>
    <message>
        <source>Choose the managed challenges it may use, or a tag they carry.</source>
        <translation>Choisissez les défis gérés qu&apos;il peut utiliser, ou une étiquette qu&apos;ils portent.</translation>
    </message>
</context>
<context>
    <name>TokenSecretDialog</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
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
        <translation>certbot (hook acme-dns)</translation>
    </message>
    <message>
        <source>Certify The Web</source>
        <translation>Certify The Web</translation>
    </message>
    <message>
        <source>API Token for %1</source>
        <translation>Jeton d&apos;API pour %1</translation>
    </message>
    <message>
        <source>Client Setup for %1</source>
        <translation>Configuration du client pour %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the secret now.&lt;/b&gt; CertDesk keeps only a keyed hash of it and cannot show it again; once this window is closed, a lost secret means a new token.</source>
        <translation>&lt;b&gt;Copiez le secret maintenant.&lt;/b&gt; CertDesk n&apos;en conserve qu&apos;un hachage à clé et ne peut plus l&apos;afficher&#xa0;; une fois cette fenêtre fermée, un secret perdu impose de créer un nouveau jeton.</translation>
    </message>
    <message>
        <source>The secret was shown once, when the token was created; paste it where the configuration says so. A lost secret means a new token.</source>
        <translation>Le secret n&apos;a été affiché qu&apos;une fois, à la création du jeton&#xa0;; collez-le là où la configuration l&apos;indique. Un secret perdu impose de créer un nouveau jeton.</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Identifiant client&#xa0;:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret&#xa0;:</translation>
    </message>
    <message>
        <source>The name the client gets a certificate for, to fill in below</source>
        <translation>Le nom pour lequel le client obtient un certificat, à insérer dans la configuration ci-dessous</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>Reading the hub&apos;s settings…</source>
        <translation>Lecture des paramètres du hub…</translation>
    </message>
    <message>
        <source>Copy Configuration</source>
        <translation>Copier la configuration</translation>
    </message>
</context>
<context>
    <name>TokenVerbs</name>
    <message>
        <source>challenges %1</source>
        <translation>défis %1</translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation>étiquettes %1</translation>
    </message>
    <message>
        <source>names %1</source>
        <translation>noms %1</translation>
    </message>
    <message>
        <source>The API token does not exist.</source>
        <translation>Le jeton d&apos;API n&apos;existe pas.</translation>
    </message>
    <message>
        <source>No token has the number %1.</source>
        <translation>Aucun jeton n&apos;a le numéro %1.</translation>
    </message>
    <message>
        <source>See the tokens with: certdesk token list</source>
        <translation>Affichez les jetons avec&#xa0;: certdesk token list</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>Use 2027-01-31, 2027-01-31T18:00:00Z, or a span such as 90d, 12h or 30m.</source>
        <translation>Utilisez 2027-01-31, 2027-01-31T18:00:00Z ou une durée telle que 90d, 12h ou 30m.</translation>
    </message>
    <message>
        <source>The expiry date %1 has already passed.</source>
        <translation>La date d&apos;expiration %1 est déjà passée.</translation>
    </message>
    <message>
        <source>Give a date in the future.</source>
        <translation>Indiquez une date dans le futur.</translation>
    </message>
    <message>
        <source>token create needs --name, the machine or application that uses the token, for example: certdesk token create --name build-01 --role managed-challenge-consumer --challenge 1</source>
        <translation>token create attend --name, la machine ou l&apos;application qui utilise le jeton, par exemple&#xa0;: certdesk token create --name build-01 --role managed-challenge-consumer --challenge 1</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; the roles are managed-challenge-consumer and certificate-consumer.</source>
        <translation>Rôle «&#xa0;%1&#xa0;» inconnu&#xa0;; les rôles sont managed-challenge-consumer et certificate-consumer.</translation>
    </message>
    <message>
        <source>There is no managed challenge %1.</source>
        <translation>Il n&apos;existe pas de défi géré %1.</translation>
    </message>
    <message>
        <source>See them with: certdesk challenge list</source>
        <translation>Affichez-les avec&#xa0;: certdesk challenge list</translation>
    </message>
    <message>
        <source>The hub has no acme-dns zone.</source>
        <translation>Le hub n&apos;a pas de zone acme-dns.</translation>
    </message>
    <message>
        <source>Set it first: certdesk hub configure --acme-dns-zone ZONE</source>
        <translation>Définissez-la d&apos;abord&#xa0;: certdesk hub configure --acme-dns-zone ZONE</translation>
    </message>
    <message>
        <source>A token needs a scope: --challenge ID or --tag TAG (repeatable), or --acme-dns with a managed challenge serving the hub&apos;s acme-dns zone.</source>
        <translation>Un jeton a besoin d&apos;une portée&#xa0;: --challenge ID ou --tag TAG (option répétable), ou --acme-dns avec un défi géré qui sert la zone acme-dns du hub.</translation>
    </message>
    <message>
        <source>API token for &quot;%1&quot; created (number %2).
  client id  %3
  secret     %4
Keep the secret now: CertDesk stores only a keyed hash of it and cannot show it again.
</source>
        <translation>Jeton d&apos;API pour «&#xa0;%1&#xa0;» créé (numéro %2).
  identifiant client  %3
  secret              %4
Conservez le secret dès maintenant&#xa0;: CertDesk n&apos;en enregistre qu&apos;un hachage à clé et ne pourra plus l&apos;afficher.
</translation>
    </message>
    <message>
        <source>Scope: %1%2
</source>
        <translation>Portée&#xa0;: %1%2
</translation>
    </message>
    <message>
        <source>; expires %1</source>
        <translation>&#xa0;; expire le %1</translation>
    </message>
    <message>
        <source>acme-dns account: subdomain %1, records at %2
</source>
        <translation>Compte acme-dns&#xa0;: sous-domaine %1, enregistrements à %2
</translation>
    </message>
    <message>
        <source>Client configuration: certdesk token snippet %1 --for %2</source>
        <translation>Configuration du client&#xa0;: certdesk token snippet %1 --for %2</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  %5
    %6%7  last used %8
</source>
        <translation>%1  %2  %3  %4  %5
    %6%7  dernière utilisation&#xa0;: %8
</translation>
    </message>
    <message>
        <source>  expires %1</source>
        <translation>  expire le %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>No API tokens yet.</source>
        <translation>Aucun jeton d&apos;API pour l&apos;instant.</translation>
    </message>
    <message>
        <source>token revoke takes one token: its number or client id (see certdesk token list).</source>
        <translation>token revoke attend un seul jeton&#xa0;: son numéro ou son identifiant client (voir certdesk token list).</translation>
    </message>
    <message>
        <source>API token %1 (%2) revoked; the hub refuses it from now on.</source>
        <translation>Jeton d&apos;API %1 (%2) révoqué&#xa0;; le hub le refuse désormais.</translation>
    </message>
    <message>
        <source>token snippet takes one token and --for %1.</source>
        <translation>token snippet attend un seul jeton et --for %1.</translation>
    </message>
    <message>
        <source>Unknown client &quot;%1&quot;; choose one of %2.</source>
        <translation>Client «&#xa0;%1&#xa0;» inconnu&#xa0;; choisissez parmi %2.</translation>
    </message>
    <message>
        <source>Create an API token for a machine or app; prints its secret once.</source>
        <translation>Créer un jeton d&apos;API pour une machine ou une application&#xa0;; affiche son secret une seule fois.</translation>
    </message>
    <message>
        <source>Who uses it, e.g. &quot;build-01&quot;.</source>
        <translation>Qui l&apos;utilise, par ex. «&#xa0;build-01&#xa0;».</translation>
    </message>
    <message>
        <source>managed-challenge-consumer (the default) or certificate-consumer.</source>
        <translation>managed-challenge-consumer (par défaut) ou certificate-consumer.</translation>
    </message>
    <message>
        <source>A managed challenge it may use (repeatable).</source>
        <translation>Un défi géré qu&apos;il peut utiliser (option répétable).</translation>
    </message>
    <message>
        <source>Challenges with this tag it may use (repeatable).</source>
        <translation>Les défis portant cette étiquette qu&apos;il peut utiliser (option répétable).</translation>
    </message>
    <message>
        <source>Limit it further to these names: &quot;*.example.com; example.org&quot;.</source>
        <translation>Le limiter en outre à ces noms&#xa0;: &quot;*.example.com; example.org&quot;.</translation>
    </message>
    <message>
        <source>When it stops working: 2027-01-31, an ISO date-time, or 90d / 12h / 30m.</source>
        <translation>Quand il cesse de fonctionner&#xa0;: 2027-01-31, une date et heure ISO, ou 90d / 12h / 30m.</translation>
    </message>
    <message>
        <source>Also give it an acme-dns account in the hub&apos;s acme-dns zone.</source>
        <translation>Lui attribuer aussi un compte acme-dns dans la zone acme-dns du hub.</translation>
    </message>
    <message>
        <source>List API tokens with their scope, status and last use.</source>
        <translation>Lister les jetons d&apos;API avec leur portée, leur état et leur dernière utilisation.</translation>
    </message>
    <message>
        <source>Revoke an API token at once.</source>
        <translation>Révoquer immédiatement un jeton d&apos;API.</translation>
    </message>
    <message>
        <source>NUMBER|CLIENT-ID</source>
        <translation>NUMBER|CLIENT-ID</translation>
    </message>
    <message>
        <source>Print client configuration for a token (without its secret).</source>
        <translation>Afficher la configuration client pour un jeton (sans son secret).</translation>
    </message>
    <message>
        <source>The name the client obtains a certificate for.</source>
        <translation>Le nom pour lequel le client obtient un certificat.</translation>
    </message>
    <message>
        <source>The ACME account contact (lego).</source>
        <translation>Le contact du compte ACME (lego).</translation>
    </message>
    <message>
        <source>The hub&apos;s URL as clients reach it.</source>
        <translation>L&apos;URL du hub telle que les clients la joignent.</translation>
    </message>
    <message>
        <source>lego, lego-acme-dns, acme.sh, certbot or certify.</source>
        <translation>lego, lego-acme-dns, acme.sh, certbot ou certify.</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>&amp;Pause Renewals</source>
        <translation>Mettre en &amp;pause les renouvellements</translation>
    </message>
    <message>
        <source>&amp;Open CertDesk</source>
        <translation>&amp;Ouvrir CertDesk</translation>
    </message>
    <message>
        <source>&amp;Renew Due Certificates Now</source>
        <translation>&amp;Renouveler maintenant les certificats à échéance</translation>
    </message>
    <message>
        <source>&amp;Quit CertDesk</source>
        <translation>&amp;Quitter CertDesk</translation>
    </message>
    <message>
        <source>CertDesk is still running</source>
        <translation>CertDesk est toujours en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Renewals continue in the background. Open CertDesk from its tray icon, or quit it from the icon&apos;s menu.</source>
        <translation>Les renouvellements se poursuivent en arrière-plan. Ouvrez CertDesk depuis son icône dans la zone de notification, ou quittez-le depuis le menu de l&apos;icône.</translation>
    </message>
    <message>
        <source>an endpoint</source>
        <translation>un point de terminaison</translation>
    </message>
    <message>
        <source>CertDesk</source>
        <translation>CertDesk</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) failed</source>
        <translation>
            <numerusform>%n point de terminaison en échec</numerusform>
            <numerusform>%n points de terminaison en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expiring</source>
        <translation>
            <numerusform>%n certificat arrivant à expiration</numerusform>
            <numerusform>%n certificats arrivant à expiration</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewals are paused</source>
        <translation>Les renouvellements sont en pause</translation>
    </message>
    <message>
        <source>All certificates are fine</source>
        <translation>Tous les certificats sont en ordre</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) about to expire</source>
        <translation>
            <numerusform>%n certificat sur le point d&apos;expirer</numerusform>
            <numerusform>%n certificats sur le point d&apos;expirer</numerusform>
        </translation>
    </message>
    <message>
        <source>They have not been renewed. Open CertDesk to see why.</source>
        <translation>Ils n&apos;ont pas été renouvelés. Ouvrez CertDesk pour en connaître la raison.</translation>
    </message>
    <message>
        <source>Certificate expired: %1</source>
        <translation>Certificat expiré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Certificate expiring: %1</source>
        <translation>Certificat arrivant à expiration&#xa0;: %1</translation>
    </message>
    <message>
        <source>It expired %1 and was not renewed; clients see errors.</source>
        <translation>Il a expiré %1 et n&apos;a pas été renouvelé&#xa0;; les clients voient des erreurs.</translation>
    </message>
    <message>
        <source>It expires %1 and has not been renewed.</source>
        <translation>Il expire %1 et n&apos;a pas encore été renouvelé.</translation>
    </message>
    <message numerus="yes">
        <source>%n renewal(s) failed</source>
        <translation>
            <numerusform>%n renouvellement a échoué</numerusform>
            <numerusform>%n renouvellements ont échoué</numerusform>
        </translation>
    </message>
    <message>
        <source>The first: %1 — %2</source>
        <translation>Le premier&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>CertDesk tries again %1.</source>
        <translation>CertDesk réessaiera %1.</translation>
    </message>
    <message>
        <source>Renewal failed: %1</source>
        <translation>Échec du renouvellement&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) need DNS changes</source>
        <translation>
            <numerusform>%n point de terminaison nécessite des modifications DNS</numerusform>
            <numerusform>%n points de terminaison nécessitent des modifications DNS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DNS record(s) broke</source>
        <translation>
            <numerusform>%n enregistrement DNS est cassé</numerusform>
            <numerusform>%n enregistrements DNS sont cassés</numerusform>
        </translation>
    </message>
    <message>
        <source>The first: %1 — %2. Renewals that need them fail until they are fixed.</source>
        <translation>Le premier&#xa0;: %1 — %2. Les renouvellements qui en ont besoin échouent tant qu&apos;ils ne sont pas corrigés.</translation>
    </message>
    <message>
        <source>DNS record broken: %1</source>
        <translation>Enregistrement DNS cassé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1
The next renewal of %2 fails until it is fixed; its DNS Records tab says what to change.</source>
        <translation>%1
Le prochain renouvellement de %2 échouera tant qu&apos;il n&apos;est pas corrigé&#xa0;; son onglet Enregistrements DNS indique quoi modifier.</translation>
    </message>
    <message>
        <source>First certificate not issued: %1</source>
        <translation>Premier certificat non émis : %1</translation>
    </message>
</context>
<context>
    <name>TsigKey</name>
    <message>
        <source>The TSIG key name is not valid.</source>
        <translation>Le nom de la clé TSIG n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Use the key name exactly as the DNS server&apos;s configuration spells it.</source>
        <translation>Utilisez le nom de la clé orthographié exactement comme dans la configuration du serveur DNS.</translation>
    </message>
    <message>
        <source>The TSIG secret is not valid.</source>
        <translation>Le secret TSIG n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The secret of key %1 is not base64 text.</source>
        <translation>Le secret de la clé %1 n&apos;est pas du texte en base64.</translation>
    </message>
    <message>
        <source>Copy the secret from the key file: the text in quotes after “secret”, for example from tsig-keygen.</source>
        <translation>Copiez le secret depuis le fichier de clé&#xa0;: le texte entre guillemets après «&#xa0;secret&#xa0;», par exemple produit par tsig-keygen.</translation>
    </message>
    <message>
        <source>The TSIG algorithm is not supported.</source>
        <translation>L&apos;algorithme TSIG n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>“%1” is not one of hmac-sha256, hmac-sha384 or hmac-sha512.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni hmac-sha256, ni hmac-sha384, ni hmac-sha512.</translation>
    </message>
    <message>
        <source>Create a key with one of those algorithms, for example with “tsig-keygen -a hmac-sha256”.</source>
        <translation>Créez une clé avec l&apos;un de ces algorithmes, par exemple avec «&#xa0;tsig-keygen -a hmac-sha256&#xa0;».</translation>
    </message>
</context>
<context>
    <name>TxtConfirmation</name>
    <message>
        <source>CertDesk cannot see whether the record was published.</source>
        <translation>CertDesk ne peut pas vérifier si l&apos;enregistrement a été publié.</translation>
    </message>
    <message>
        <source>No recursive resolver is configured to find the authoritative servers of %1.</source>
        <translation>Aucun résolveur récursif n&apos;est configuré pour trouver les serveurs faisant autorité pour %1.</translation>
    </message>
    <message>
        <source>Set the resolvers in the DNS settings (certdesk dns set --resolver ADDRESS).</source>
        <translation>Définissez les résolveurs dans les paramètres DNS (certdesk dns set --resolver ADDRESS).</translation>
    </message>
    <message>
        <source>no TXT record</source>
        <translation>aucun enregistrement TXT</translation>
    </message>
    <message>
        <source>other values: %1</source>
        <translation>autres valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The TXT record did not appear at the zone&apos;s name servers in time.</source>
        <translation>L&apos;enregistrement TXT n&apos;est pas apparu à temps sur les serveurs de noms de la zone.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was written, but after %n second(s) these servers still do not serve it: %2.</source>
        <translation>
            <numerusform>%1 a été écrit, mais après %n seconde ces serveurs ne le servent toujours pas&#xa0;: %2.</numerusform>
            <numerusform>%1 a été écrit, mais après %n secondes ces serveurs ne le servent toujours pas&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that the DNS provider manages the zone these servers answer for, and raise the confirmation timeout if the provider publishes slowly.</source>
        <translation>Vérifiez que le fournisseur DNS gère la zone pour laquelle ces serveurs répondent, et augmentez le délai de confirmation si le fournisseur publie lentement.</translation>
    </message>
</context>
<context>
    <name>WebhookJob</name>
    <message>
        <source>The webhook address is not usable.</source>
        <translation>L&apos;adresse du webhook est inutilisable.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an https:// URL (http:// only on this machine).</source>
        <translation>«&#xa0;%1&#xa0;» doit être une URL https:// (http:// uniquement sur cette machine).</translation>
    </message>
    <message>
        <source>Correct the webhook URL in CertDesk&apos;s settings.</source>
        <translation>Corrigez l&apos;URL du webhook dans les paramètres de CertDesk.</translation>
    </message>
    <message>
        <source>The webhook could not be delivered.</source>
        <translation>Le webhook n&apos;a pas pu être remis.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check that the receiver is running and accepts CertDesk&apos;s requests.</source>
        <translation>Vérifiez que le destinataire fonctionne et accepte les requêtes de CertDesk.</translation>
    </message>
</context>
<context>
    <name>WebrootSolver</name>
    <message>
        <source>The CA sent an unusable challenge token.</source>
        <translation>L&apos;AC a envoyé un jeton de défi inutilisable.</translation>
    </message>
    <message>
        <source>The challenge file could not be written.</source>
        <translation>Le fichier du défi n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Writing into %1 failed: %2</source>
        <translation>L&apos;écriture dans %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check the webroot folder in the endpoint&apos;s settings and that CertDesk may write there.</source>
        <translation>Vérifiez le dossier webroot dans les paramètres du point de terminaison, et que CertDesk a le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>the webroot folder does not exist</source>
        <translation>le dossier webroot n&apos;existe pas</translation>
    </message>
    <message>
        <source>the folder could not be created</source>
        <translation>le dossier n&apos;a pas pu être créé</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to CertDesk</source>
        <translation>Bienvenue dans CertDesk</translation>
    </message>
    <message>
        <source>Five steps to the first certificate.</source>
        <translation>Cinq étapes jusqu&apos;au premier certificat.</translation>
    </message>
    <message>
        <source>&lt;p&gt;CertDesk obtains certificates for your servers from an ACME certificate authority and renews them in the background, before they expire.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;A CA account.&lt;/b&gt; Pick a CA, such as Let&apos;s Encrypt, and accept its terms.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The delegation zone.&lt;/b&gt; One zone you control and the DNS provider that writes it, so CertDesk can answer dns-01 challenges for any name delegated to it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The first endpoint.&lt;/b&gt; The host names one server or load balancer answers to, and how the CA can check that they are yours.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Its DNS records.&lt;/b&gt; CertDesk shows what to create at your DNS provider and checks it live.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The first certificate.&lt;/b&gt; CertDesk orders it and shows you the result.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Everything is saved as you go; you can stop at any step and continue later from the File menu.&lt;/p&gt;</source>
        <translation>&lt;p&gt;CertDesk obtient des certificats pour vos serveurs auprès d&apos;une autorité de certification ACME et les renouvelle en arrière-plan, avant leur expiration.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Un compte d&apos;AC.&lt;/b&gt; Choisissez une AC, comme Let&apos;s Encrypt, et acceptez ses conditions d&apos;utilisation.&lt;/li&gt;&lt;li&gt;&lt;b&gt;La zone de délégation.&lt;/b&gt; Une zone que vous contrôlez et le fournisseur DNS qui y écrit, pour que CertDesk puisse répondre aux défis dns-01 de tout nom qui y est délégué.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Le premier point de terminaison.&lt;/b&gt; Les noms d&apos;hôte auxquels répond un serveur ou un répartiteur de charge, et la manière dont l&apos;AC peut vérifier qu&apos;ils vous appartiennent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ses enregistrements DNS.&lt;/b&gt; CertDesk indique ce qu&apos;il faut créer chez votre fournisseur DNS et le vérifie en direct.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Le premier certificat.&lt;/b&gt; CertDesk le commande et vous montre le résultat.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Tout est enregistré au fur et à mesure&#xa0;; vous pouvez vous arrêter à n&apos;importe quelle étape et reprendre plus tard depuis le menu Fichier.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>The background worker cannot open the database.</source>
        <translation>Le processus d&apos;arrière-plan ne peut pas ouvrir la base de données.</translation>
    </message>
    <message>
        <source>Background worker started.</source>
        <translation>Processus d&apos;arrière-plan démarré.</translation>
    </message>
    <message>
        <source>Background worker stopped.</source>
        <translation>Processus d&apos;arrière-plan arrêté.</translation>
    </message>
    <message>
        <source>Endpoint added: %1.</source>
        <translation>Point de terminaison ajouté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Endpoint settings changed.</source>
        <translation>Paramètres du point de terminaison modifiés.</translation>
    </message>
    <message>
        <source>A certificate order is running for %1.</source>
        <translation>Une commande de certificat est en cours pour %1.</translation>
    </message>
    <message>
        <source>No endpoint was deleted.</source>
        <translation>Aucun point de terminaison n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Wait for the order to finish, then delete again.</source>
        <translation>Attendez la fin de la commande, puis relancez la suppression.</translation>
    </message>
    <message>
        <source>Endpoint deleted: %1.</source>
        <translation>Point de terminaison supprimé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ACME directory URL.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL de répertoire ACME.</translation>
    </message>
    <message>
        <source>Use the https:// URL of the CA&apos;s directory, for example https://acme-v02.api.letsencrypt.org/directory.</source>
        <translation>Utilisez l&apos;URL https:// du répertoire de l&apos;AC, par exemple https://acme-v02.api.letsencrypt.org/directory.</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be read: %2</source>
        <translation>Le bundle d&apos;AC %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The background worker is not running.</source>
        <translation>Le processus d&apos;arrière-plan ne fonctionne pas.</translation>
    </message>
    <message>
        <source>Restart CertDesk.</source>
        <translation>Redémarrez CertDesk.</translation>
    </message>
    <message>
        <source>The records could not be saved.</source>
        <translation>Les enregistrements n&apos;ont pas pu être sauvegardés.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>L&apos;écriture de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>ZoneDiscovery</name>
    <message>
        <source>The zone cannot be looked up.</source>
        <translation>La zone ne peut pas être résolue.</translation>
    </message>
    <message>
        <source>No name or no DNS client was given.</source>
        <translation>Aucun nom ou aucun client DNS n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>No DNS zone was found for the name.</source>
        <translation>Aucune zone DNS n&apos;a été trouvée pour ce nom.</translation>
    </message>
    <message>
        <source>%1 asked for the zone of %2 and found none.</source>
        <translation>%1 a recherché la zone de %2 et n&apos;en a trouvé aucune.</translation>
    </message>
    <message>
        <source>Check that the domain is registered and delegated, and that the resolver can reach its name servers.</source>
        <translation>Vérifiez que le domaine est enregistré et délégué, et que le résolveur peut joindre ses serveurs de noms.</translation>
    </message>
    <message>
        <source>The zone has no name servers.</source>
        <translation>La zone n&apos;a pas de serveurs de noms.</translation>
    </message>
    <message>
        <source>%1 returned no NS records for zone %2.</source>
        <translation>%1 n&apos;a renvoyé aucun enregistrement NS pour la zone %2.</translation>
    </message>
    <message>
        <source>Ask the zone&apos;s administrator to publish NS records.</source>
        <translation>Demandez à l&apos;administrateur de la zone de publier des enregistrements NS.</translation>
    </message>
    <message>
        <source>The zone&apos;s name servers have no addresses.</source>
        <translation>Les serveurs de noms de la zone n&apos;ont pas d&apos;adresse.</translation>
    </message>
    <message>
        <source>None of %1 (zone %2) resolves to an address.</source>
        <translation>Aucun des serveurs %1 (zone %2) ne se résout en adresse.</translation>
    </message>
    <message>
        <source>Check the name servers&apos; A and AAAA records and their glue at the parent zone.</source>
        <translation>Vérifiez les enregistrements A et AAAA des serveurs de noms ainsi que leurs enregistrements de colle (glue) dans la zone parente.</translation>
    </message>
</context>
</TS>
