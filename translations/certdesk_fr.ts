<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../ui/accounts/AccountDialog.cpp" line="21"/>
        <source>New CA Account</source>
        <translation>Nouveau compte d&apos;AC</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountDialog.cpp" line="26"/>
        <location filename="../ui/accounts/AccountDialog.cpp" line="45"/>
        <source>&amp;Register</source>
        <translation>&amp;Créer le compte</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountDialog.cpp" line="45"/>
        <source>Registering…</source>
        <translation>Enregistrement du compte…</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="42"/>
        <source>External account binding</source>
        <translation>Liaison de compte externe (EAB)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="47"/>
        <source>I have read and &amp;accept the CA&apos;s terms of service</source>
        <translation>J&apos;ai &amp;lu et j&apos;accepte les conditions d&apos;utilisation de l&apos;AC</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="52"/>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="59"/>
        <source>ACME directory URL</source>
        <translation>URL du répertoire ACME</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="62"/>
        <source>CA bundle</source>
        <translation>Bundle d&apos;AC</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="63"/>
        <source>Only for a private CA whose server certificate the system does not trust</source>
        <translation>Uniquement pour une AC privée dont le système ne reconnaît pas le certificat de serveur</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="64"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="71"/>
        <source>Contact email</source>
        <translation>Adresse e-mail de contact</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="72"/>
        <source>admin@example.com</source>
        <translation>admin@example.com</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="74"/>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="76"/>
        <source>EAB key id</source>
        <translation>Identifiant de clé EAB</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="78"/>
        <source>EAB HMAC key</source>
        <translation>Clé HMAC EAB</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="91"/>
        <source>&amp;CA:</source>
        <translation>&amp;AC&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="95"/>
        <source>&amp;Directory URL:</source>
        <translation>&amp;URL du répertoire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="98"/>
        <source>CA &amp;bundle:</source>
        <translation>&amp;Bundle d&apos;AC&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="101"/>
        <source>&amp;Email:</source>
        <translation>Adresse &amp;e-mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="104"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="110"/>
        <source>&amp;Key id:</source>
        <translation>&amp;Identifiant de clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="113"/>
        <source>&amp;HMAC key:</source>
        <translation>Clé &amp;HMAC&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="161"/>
        <source>The CA&apos;s host name</source>
        <translation>Nom d&apos;hôte de l&apos;AC</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="172"/>
        <source>The CA&apos;s terms of service appear here.</source>
        <translation>Les conditions d&apos;utilisation de l&apos;AC s&apos;affichent ici.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="207"/>
        <source>CA Bundle</source>
        <translation>Bundle d&apos;AC</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="207"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="220"/>
        <source>This CA only accepts accounts linked to an account on its website. Copy the key id and HMAC key from &lt;a href=&quot;%1&quot;&gt;its account page&lt;/a&gt;.</source>
        <translation>Cette AC n&apos;accepte que les comptes liés à un compte sur son site web. Copiez l&apos;identifiant de clé et la clé HMAC depuis &lt;a href=&quot;%1&quot;&gt;sa page de compte&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="223"/>
        <source>This CA only accepts accounts linked to an account on its website. Copy the key id and HMAC key from there.</source>
        <translation>Cette AC n&apos;accepte que les comptes liés à un compte sur son site web. Copiez-y l&apos;identifiant de clé et la clé HMAC.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="226"/>
        <source>Only if your CA asks for it.</source>
        <translation>Uniquement si votre AC le demande.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="239"/>
        <source>Enter the CA&apos;s ACME directory URL.</source>
        <translation>Saisissez l&apos;URL du répertoire ACME de l&apos;AC.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="243"/>
        <source>Asking %1 for its terms of service…</source>
        <translation>Récupération des conditions d&apos;utilisation auprès de %1…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="261"/>
        <source>The CA&apos;s terms of service: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Conditions d&apos;utilisation de l&apos;AC&#xa0;: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountForm.cpp" line="263"/>
        <source>The CA publishes no terms of service.</source>
        <translation>L&apos;AC ne publie pas de conditions d&apos;utilisation.</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../ui/wizard/AccountPage.cpp" line="15"/>
        <source>Register a &amp;new account</source>
        <translation>Enregistrer un nouveau &amp;compte</translation>
    </message>
    <message>
        <location filename="../ui/wizard/AccountPage.cpp" line="20"/>
        <source>Your CA account</source>
        <translation>Votre compte d&apos;AC</translation>
    </message>
    <message>
        <location filename="../ui/wizard/AccountPage.cpp" line="21"/>
        <source>Certificates are ordered with an account at an ACME certificate authority. Its key stays in your system&apos;s keychain.</source>
        <translation>Les certificats sont commandés au moyen d&apos;un compte auprès d&apos;une autorité de certification ACME. Sa clé reste dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/AccountPage.cpp" line="51"/>
        <source>Use the account &amp;%1 at %2</source>
        <translation>Utiliser le compte &amp;%1 auprès de %2</translation>
    </message>
    <message>
        <location filename="../ui/wizard/AccountPage.cpp" line="80"/>
        <source>Registering with the CA…</source>
        <translation>Enregistrement auprès de l&apos;AC…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/AccountPage.cpp" line="91"/>
        <source>Account registered at %1.</source>
        <translation>Compte enregistré auprès de %1.</translation>
    </message>
</context>
<context>
    <name>AccountRegistration</name>
    <message>
        <location filename="../core/acme/AccountRegistration.cpp" line="47"/>
        <source>&quot;%1&quot; is not an ACME directory URL.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL de répertoire ACME.</translation>
    </message>
    <message>
        <location filename="../core/acme/AccountRegistration.cpp" line="48"/>
        <source>Use the https:// URL of the CA&apos;s directory, for example https://acme-v02.api.letsencrypt.org/directory.</source>
        <translation>Utilisez l&apos;URL https:// du répertoire de l&apos;AC, par exemple https://acme-v02.api.letsencrypt.org/directory.</translation>
    </message>
    <message>
        <location filename="../core/acme/AccountRegistration.cpp" line="54"/>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../core/acme/AccountRegistration.cpp" line="55"/>
        <source>The CA writes to this address about expiring certificates and policy changes.</source>
        <translation>L&apos;AC écrit à cette adresse au sujet des certificats qui arrivent à expiration et des changements de politique.</translation>
    </message>
    <message>
        <location filename="../core/acme/AccountRegistration.cpp" line="59"/>
        <source>The CA&apos;s terms of service must be accepted.</source>
        <translation>Les conditions d&apos;utilisation de l&apos;AC doivent être acceptées.</translation>
    </message>
    <message>
        <location filename="../core/acme/AccountRegistration.cpp" line="60"/>
        <source>Read them, then accept them (on the command line: --agree-tos).</source>
        <translation>Lisez-les, puis acceptez-les (en ligne de commande&#xa0;: --agree-tos).</translation>
    </message>
    <message>
        <location filename="../core/acme/AccountRegistration.cpp" line="64"/>
        <source>External account binding needs both a key id and an HMAC key.</source>
        <translation>La liaison de compte externe exige à la fois un identifiant de clé et une clé HMAC.</translation>
    </message>
    <message>
        <location filename="../core/acme/AccountRegistration.cpp" line="65"/>
        <source>Both are shown together on the CA&apos;s account page.</source>
        <translation>Les deux figurent ensemble sur la page de compte de l&apos;AC.</translation>
    </message>
    <message>
        <location filename="../core/acme/AccountRegistration.cpp" line="72"/>
        <source>The EAB HMAC key is not base64url.</source>
        <translation>La clé HMAC EAB n&apos;est pas en base64url.</translation>
    </message>
    <message>
        <location filename="../core/acme/AccountRegistration.cpp" line="73"/>
        <source>Copy it again exactly as the CA shows it, without spaces or quotes.</source>
        <translation>Copiez-la de nouveau exactement telle que l&apos;AC l&apos;affiche, sans espaces ni guillemets.</translation>
    </message>
    <message>
        <location filename="../core/acme/AccountRegistration.cpp" line="80"/>
        <source>The CA bundle %1 cannot be read: %2</source>
        <translation>Le bundle d&apos;AC %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/acme/AccountRegistration.cpp" line="81"/>
        <source>Give the path of a PEM file with the certificate(s) the CA&apos;s server uses.</source>
        <translation>Indiquez le chemin d&apos;un fichier PEM contenant le ou les certificats qu&apos;utilise le serveur de l&apos;AC.</translation>
    </message>
    <message>
        <location filename="../core/acme/AccountRegistration.cpp" line="105"/>
        <source>This CA requires external account binding.</source>
        <translation>Cette AC exige une liaison de compte externe.</translation>
    </message>
    <message>
        <location filename="../core/acme/AccountRegistration.cpp" line="106"/>
        <source>%1 only accepts accounts linked to an account on its website.</source>
        <translation>%1 n&apos;accepte que les comptes liés à un compte sur son site web.</translation>
    </message>
    <message>
        <location filename="../core/acme/AccountRegistration.cpp" line="107"/>
        <source>Copy the EAB key id and HMAC key from the CA&apos;s account page and add them (--eab-kid and --eab-hmac-file).</source>
        <translation>Copiez l&apos;identifiant de clé EAB et la clé HMAC depuis la page de compte de l&apos;AC et ajoutez-les (--eab-kid et --eab-hmac-file).</translation>
    </message>
    <message>
        <location filename="../core/acme/AccountRegistration.cpp" line="184"/>
        <source>CA account &quot;%1&quot; registered.</source>
        <translation>Compte d&apos;AC «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="22"/>
        <location filename="../ui/accounts/AccountsPage.cpp" line="37"/>
        <source>CA accounts</source>
        <translation>Comptes d&apos;AC</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="27"/>
        <source>Certificates are ordered with an account at an ACME CA. Endpoints use the default account (the newest one) unless their settings name another. Account keys are kept in the system keychain.</source>
        <translation>Les certificats sont commandés au moyen d&apos;un compte auprès d&apos;une AC ACME. Les points de terminaison utilisent le compte par défaut (le plus récent), sauf si leurs paramètres en désignent un autre. Les clés des comptes sont conservées dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="32"/>
        <source>&amp;Add Account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <location filename="../ui/accounts/AccountsPage.cpp" line="61"/>
        <source>Account registered at %1.</source>
        <translation>Compte enregistré auprès de %1.</translation>
    </message>
</context>
<context>
    <name>AcmeClient</name>
    <message>
        <location filename="../core/acme/AcmeClient.cpp" line="100"/>
        <source>No ACME account key is set</source>
        <translation>Aucune clé de compte ACME n&apos;est définie</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeClient.cpp" line="102"/>
        <source>Create or import an account for this CA first.</source>
        <translation>Créez ou importez d&apos;abord un compte pour cette AC.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeClient.cpp" line="108"/>
        <source>The ACME account is not registered yet</source>
        <translation>Le compte ACME n&apos;est pas encore enregistré</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeClient.cpp" line="110"/>
        <source>Register the account with the CA first.</source>
        <translation>Enregistrez d&apos;abord le compte auprès de l&apos;AC.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeClient.cpp" line="218"/>
        <source>The CA did not return the account address</source>
        <translation>L&apos;AC n&apos;a pas renvoyé l&apos;adresse du compte</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeClient.cpp" line="220"/>
        <source>The CA does not follow RFC 8555; contact its support.</source>
        <translation>L&apos;AC ne respecte pas la RFC 8555&#xa0;; contactez son support.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeClient.cpp" line="279"/>
        <source>This CA does not support changing the account key</source>
        <translation>Cette AC ne permet pas de changer la clé du compte</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeClient.cpp" line="281"/>
        <source>Create a new account with the new key instead.</source>
        <translation>Créez plutôt un nouveau compte avec la nouvelle clé.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeClient.cpp" line="328"/>
        <source>Requested names: %1</source>
        <translation>Noms demandés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeClient.cpp" line="405"/>
        <source>The CA marked the order as failed</source>
        <translation>L&apos;AC a marqué la commande comme échouée</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeClient.cpp" line="407"/>
        <source>Check the validation details and start a new order.</source>
        <translation>Vérifiez les détails de la validation et lancez une nouvelle commande.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeClient.cpp" line="416"/>
        <source>The CA did not validate %1</source>
        <translation>L&apos;AC n&apos;a pas validé %1</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeClient.cpp" line="417"/>
        <source>The authorization is %1.</source>
        <translation>L&apos;autorisation est à l&apos;état «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeClient.cpp" line="418"/>
        <source>Check the challenge response and start a new order.</source>
        <translation>Vérifiez la réponse au défi et lancez une nouvelle commande.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeClient.cpp" line="438"/>
        <source>The CA did not finish in time</source>
        <translation>L&apos;AC n&apos;a pas terminé à temps</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeClient.cpp" line="439"/>
        <source>%1 was still “%2” when CertDesk stopped waiting.</source>
        <translation>%1 était encore à l&apos;état «&#xa0;%2&#xa0;» quand CertDesk a cessé d&apos;attendre.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeClient.cpp" line="442"/>
        <source>The order will be resumed on the next attempt.</source>
        <translation>La commande sera reprise à la prochaine tentative.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeClient.cpp" line="470"/>
        <source>The CA did not issue the certificate</source>
        <translation>L&apos;AC n&apos;a pas émis le certificat</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeClient.cpp" line="471"/>
        <source>The order is %1.</source>
        <translation>La commande est à l&apos;état «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeClient.cpp" line="472"/>
        <source>Start a new order.</source>
        <translation>Lancez une nouvelle commande.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeClient.cpp" line="536"/>
        <source>This CA does not offer renewal information</source>
        <translation>Cette AC ne fournit pas d&apos;informations de renouvellement</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeClient.cpp" line="538"/>
        <location filename="../core/acme/AcmeClient.cpp" line="561"/>
        <source>Renewal follows the certificate&apos;s lifetime instead.</source>
        <translation>Le renouvellement suit alors la durée de vie du certificat.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeClient.cpp" line="559"/>
        <source>The CA&apos;s renewal information is invalid</source>
        <translation>Les informations de renouvellement de l&apos;AC ne sont pas valides</translation>
    </message>
</context>
<context>
    <name>AcmeClientPool</name>
    <message>
        <location filename="../core/acme/AcmeClientPool.cpp" line="62"/>
        <source>The CA bundle of account &quot;%1&quot; cannot be read.</source>
        <translation>Le bundle d&apos;AC du compte «&#xa0;%1&#xa0;» ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeClientPool.cpp" line="63"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeClientPool.cpp" line="64"/>
        <source>Restore the file or change the account&apos;s CA bundle.</source>
        <translation>Restaurez le fichier ou changez le bundle d&apos;AC du compte.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeClientPool.cpp" line="119"/>
        <source>The CA no longer knew CertDesk&apos;s account; it was registered again with the same key.</source>
        <translation>L&apos;AC ne connaissait plus le compte de CertDesk&#xa0;; il a été enregistré de nouveau avec la même clé.</translation>
    </message>
</context>
<context>
    <name>AcmeDirectory</name>
    <message>
        <location filename="../core/acme/AcmeDirectory.cpp" line="13"/>
        <source>The address is not an ACME directory</source>
        <translation>L&apos;adresse n&apos;est pas un répertoire ACME</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeDirectory.cpp" line="15"/>
        <source>Check the directory URL; it is usually shown in the CA&apos;s documentation and ends in /directory.</source>
        <translation>Vérifiez l&apos;URL du répertoire&#xa0;; elle figure généralement dans la documentation de l&apos;AC et se termine par /directory.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeDirectory.cpp" line="23"/>
        <source>%1 did not answer with a JSON object.</source>
        <translation>%1 n&apos;a pas répondu par un objet JSON.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeDirectory.cpp" line="50"/>
        <source>The directory at %1 lacks %2.</source>
        <translation>Il manque %2 au répertoire situé à %1.</translation>
    </message>
</context>
<context>
    <name>AcmeDnsAccounts</name>
    <message>
        <location filename="../core/hub/AcmeDnsAccounts.cpp" line="23"/>
        <source>acme-dns accounts could not be read or saved.</source>
        <translation>Les comptes acme-dns n&apos;ont pas pu être lus ou enregistrés.</translation>
    </message>
    <message>
        <location filename="../core/hub/AcmeDnsAccounts.cpp" line="25"/>
        <source>Check that the data folder is writable.</source>
        <translation>Vérifiez que le dossier de données est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>AcmeDnsController</name>
    <message>
        <location filename="../core/hub/AcmeDnsController.cpp" line="75"/>
        <source>Method not allowed.</source>
        <translation>Méthode non autorisée.</translation>
    </message>
    <message>
        <location filename="../core/hub/AcmeDnsController.cpp" line="102"/>
        <source>Registration is disabled on this hub; ask the CertDesk administrator for an account.</source>
        <translation>L&apos;inscription est désactivée sur ce hub&#xa0;; demandez un compte à l&apos;administrateur de CertDesk.</translation>
    </message>
</context>
<context>
    <name>AcmeDnsProvider</name>
    <message>
        <location filename="../core/providers/AcmeDnsProvider.cpp" line="12"/>
        <source>The acme-dns server</source>
        <translation>Le serveur acme-dns</translation>
    </message>
    <message>
        <location filename="../core/providers/AcmeDnsProvider.cpp" line="23"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../core/providers/AcmeDnsProvider.cpp" line="24"/>
        <source>The acme-dns API, e.g. https://auth.acme-dns.example.com.</source>
        <translation>L&apos;API acme-dns, par ex. https://auth.acme-dns.example.com.</translation>
    </message>
    <message>
        <location filename="../core/providers/AcmeDnsProvider.cpp" line="31"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../core/providers/AcmeDnsProvider.cpp" line="32"/>
        <source>The “username” the server returned at registration.</source>
        <translation>Le «&#xa0;username&#xa0;» renvoyé par le serveur lors de l&apos;inscription.</translation>
    </message>
    <message>
        <location filename="../core/providers/AcmeDnsProvider.cpp" line="37"/>
        <source>The user name has characters acme-dns never uses.</source>
        <translation>Le nom d&apos;utilisateur contient des caractères qu&apos;acme-dns n&apos;utilise jamais.</translation>
    </message>
    <message>
        <location filename="../core/providers/AcmeDnsProvider.cpp" line="40"/>
        <source>Subdomain</source>
        <translation>Sous-domaine</translation>
    </message>
    <message>
        <location filename="../core/providers/AcmeDnsProvider.cpp" line="41"/>
        <source>The “subdomain” the server returned at registration.</source>
        <translation>Le «&#xa0;subdomain&#xa0;» renvoyé par le serveur lors de l&apos;inscription.</translation>
    </message>
    <message>
        <location filename="../core/providers/AcmeDnsProvider.cpp" line="46"/>
        <source>The subdomain must be one DNS label.</source>
        <translation>Le sous-domaine doit être un seul label DNS.</translation>
    </message>
    <message>
        <location filename="../core/providers/AcmeDnsProvider.cpp" line="49"/>
        <source>Full domain</source>
        <translation>Domaine complet</translation>
    </message>
    <message>
        <location filename="../core/providers/AcmeDnsProvider.cpp" line="50"/>
        <source>The “fulldomain” from the registration: where the TXT values are published.</source>
        <translation>Le «&#xa0;fulldomain&#xa0;» obtenu lors de l&apos;inscription&#xa0;: là où les valeurs TXT sont publiées.</translation>
    </message>
    <message>
        <location filename="../core/providers/AcmeDnsProvider.cpp" line="58"/>
        <source>CA bundle</source>
        <translation>Bundle d&apos;AC</translation>
    </message>
    <message>
        <location filename="../core/providers/AcmeDnsProvider.cpp" line="59"/>
        <source>A PEM file with the CA that signed the server&apos;s certificate, if it is a private CA.</source>
        <translation>Un fichier PEM contenant l&apos;AC qui a signé le certificat du serveur, s&apos;il s&apos;agit d&apos;une AC privée.</translation>
    </message>
    <message>
        <location filename="../core/providers/AcmeDnsProvider.cpp" line="63"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../core/providers/AcmeDnsProvider.cpp" line="64"/>
        <source>The “password” the server returned at registration (sent as X-Api-Key).</source>
        <translation>Le «&#xa0;password&#xa0;» renvoyé par le serveur lors de l&apos;inscription (envoyé en tant que X-Api-Key).</translation>
    </message>
    <message>
        <location filename="../core/providers/AcmeDnsProvider.cpp" line="68"/>
        <source>acme-dns</source>
        <translation>acme-dns</translation>
    </message>
    <message>
        <location filename="../core/providers/AcmeDnsProvider.cpp" line="69"/>
        <source>An account on an acme-dns server: one name, two rolling TXT values.</source>
        <translation>Un compte sur un serveur acme-dns&#xa0;: un nom, deux valeurs TXT en rotation.</translation>
    </message>
    <message>
        <location filename="../core/providers/AcmeDnsProvider.cpp" line="111"/>
        <source>This acme-dns account cannot publish at that name.</source>
        <translation>Ce compte acme-dns ne peut pas publier à ce nom.</translation>
    </message>
    <message>
        <location filename="../core/providers/AcmeDnsProvider.cpp" line="112"/>
        <source>The account publishes only at %1, not at %2.</source>
        <translation>Le compte publie uniquement à %1, pas à %2.</translation>
    </message>
    <message>
        <location filename="../core/providers/AcmeDnsProvider.cpp" line="113"/>
        <source>Point the name&apos;s _acme-challenge record at %1 with a CNAME.</source>
        <translation>Faites pointer l&apos;enregistrement _acme-challenge du nom vers %1 au moyen d&apos;un CNAME.</translation>
    </message>
    <message>
        <location filename="../core/providers/AcmeDnsProvider.cpp" line="157"/>
        <source>acme-dns at %1 is up; it publishes at %2. The password is checked by the first update.</source>
        <translation>acme-dns à %1 est opérationnel&#xa0;; il publie à %2. Le mot de passe sera vérifié lors de la première mise à jour.</translation>
    </message>
</context>
<context>
    <name>AcmeProblem</name>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="56"/>
        <source>The CA does not know this account</source>
        <translation>L&apos;AC ne connaît pas ce compte</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="57"/>
        <source>Register a new account, or import the key of the account you used before.</source>
        <translation>Enregistrez un nouveau compte ou importez la clé du compte utilisé auparavant.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="60"/>
        <source>This certificate was already replaced</source>
        <translation>Ce certificat a déjà été remplacé</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="61"/>
        <source>Another order already renews it; check the endpoint&apos;s other orders.</source>
        <translation>Une autre commande le renouvelle déjà&#xa0;; vérifiez les autres commandes du point de terminaison.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="63"/>
        <source>The certificate is already revoked</source>
        <translation>Le certificat est déjà révoqué</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="63"/>
        <source>Nothing more to do.</source>
        <translation>Il n&apos;y a plus rien à faire.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="66"/>
        <source>The CA rejected the certificate request</source>
        <translation>L&apos;AC a refusé la demande de certificat</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="67"/>
        <source>Check the key type and names the CA allows; a new key may help.</source>
        <translation>Vérifiez le type de clé et les noms autorisés par l&apos;AC&#xa0;; une nouvelle clé peut aider.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="70"/>
        <source>The CA rejected a request as a possible replay</source>
        <translation>L&apos;AC a refusé une requête, la soupçonnant d&apos;être rejouée</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="71"/>
        <source>This usually resolves itself; try again.</source>
        <translation>Cela se résout généralement de soi-même&#xa0;; réessayez.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="73"/>
        <source>The CA does not accept this key</source>
        <translation>L&apos;AC n&apos;accepte pas cette clé</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="73"/>
        <source>Use an EC P-256 or RSA 2048 key instead.</source>
        <translation>Utilisez plutôt une clé EC P-256 ou RSA 2048.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="75"/>
        <source>The CA does not accept this revocation reason</source>
        <translation>L&apos;AC n&apos;accepte pas ce motif de révocation</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="75"/>
        <source>Choose another reason.</source>
        <translation>Choisissez un autre motif.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="78"/>
        <source>The CA does not accept this account key&apos;s signature algorithm</source>
        <translation>L&apos;AC n&apos;accepte pas l&apos;algorithme de signature de cette clé de compte</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="79"/>
        <source>Create an account with an EC P-256 key.</source>
        <translation>Créez un compte avec une clé EC P-256.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="82"/>
        <source>A CAA record forbids this CA from issuing for the name</source>
        <translation>Un enregistrement CAA interdit à cette AC d&apos;émettre des certificats pour ce nom</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="83"/>
        <source>Add a CAA record that allows this CA, or remove the restricting one.</source>
        <translation>Ajoutez un enregistrement CAA qui autorise cette AC, ou supprimez celui qui la restreint.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="85"/>
        <source>The CA reported several problems</source>
        <translation>L&apos;AC a signalé plusieurs problèmes</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="85"/>
        <source>Fix each problem listed.</source>
        <translation>Corrigez chacun des problèmes listés.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="88"/>
        <source>The CA could not connect to the server to validate</source>
        <translation>L&apos;AC n&apos;a pas pu se connecter au serveur pour la validation</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="89"/>
        <source>Make sure the name points at the endpoint and port 80 is reachable from the internet, or use DNS validation.</source>
        <translation>Assurez-vous que le nom pointe vers le point de terminaison et que le port 80 est accessible depuis Internet, ou utilisez la validation DNS.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="93"/>
        <source>The CA&apos;s DNS lookup failed</source>
        <translation>La résolution DNS effectuée par l&apos;AC a échoué</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="94"/>
        <source>Check that the zone&apos;s name servers answer and the records exist.</source>
        <translation>Vérifiez que les serveurs de noms de la zone répondent et que les enregistrements existent.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="97"/>
        <source>This CA requires external account binding</source>
        <translation>Cette AC exige une liaison de compte externe</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="98"/>
        <source>Enter the key ID and MAC key from the CA&apos;s account page in the account settings.</source>
        <translation>Saisissez dans les paramètres du compte l&apos;identifiant de clé et la clé MAC figurant sur la page de compte de l&apos;AC.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="101"/>
        <source>The CA found a wrong challenge response</source>
        <translation>L&apos;AC a reçu une réponse au défi incorrecte</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="102"/>
        <source>Check the record or file the CA read; another client may be answering for this name.</source>
        <translation>Vérifiez l&apos;enregistrement ou le fichier lu par l&apos;AC&#xa0;; un autre client répond peut-être pour ce nom.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="105"/>
        <source>The CA rejected the contact address</source>
        <translation>L&apos;AC a refusé l&apos;adresse de contact</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="105"/>
        <source>Use a valid e-mail address.</source>
        <translation>Utilisez une adresse e-mail valide.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="108"/>
        <source>The CA does not offer this certificate profile</source>
        <translation>L&apos;AC ne propose pas ce profil de certificat</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="109"/>
        <source>Choose one of the profiles the CA lists.</source>
        <translation>Choisissez l&apos;un des profils que l&apos;AC propose.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="112"/>
        <source>The CA rejected the request as malformed</source>
        <translation>L&apos;AC a refusé la requête, la jugeant mal formée</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="113"/>
        <source>This may be a CertDesk bug or a CA incompatibility; see the details.</source>
        <translation>Il peut s&apos;agir d&apos;un bogue de CertDesk ou d&apos;une incompatibilité avec l&apos;AC&#xa0;; consultez les détails.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="116"/>
        <source>The order is not ready to be finalised</source>
        <translation>La commande n&apos;est pas prête à être finalisée</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="117"/>
        <source>All names must be validated first; the order will be retried.</source>
        <translation>Tous les noms doivent d&apos;abord être validés&#xa0;; la commande sera relancée.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="120"/>
        <source>The CA&apos;s rate limit was reached</source>
        <translation>La limite de débit de l&apos;AC a été atteinte</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="121"/>
        <source>CertDesk will retry after the time the CA asks for; avoid requesting the same names repeatedly.</source>
        <translation>CertDesk réessaiera après le délai demandé par l&apos;AC&#xa0;; évitez de demander les mêmes noms à répétition.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="125"/>
        <source>The CA will not issue for this name</source>
        <translation>L&apos;AC refuse d&apos;émettre un certificat pour ce nom</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="126"/>
        <source>The CA&apos;s policy forbids the name; check its spelling or use another CA.</source>
        <translation>La politique de l&apos;AC interdit ce nom&#xa0;; vérifiez son orthographe ou utilisez une autre AC.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="128"/>
        <source>The CA had an internal error</source>
        <translation>L&apos;AC a rencontré une erreur interne</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="128"/>
        <source>Try again later.</source>
        <translation>Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="131"/>
        <source>The CA&apos;s TLS connection to the server failed during validation</source>
        <translation>La connexion TLS de l&apos;AC vers le serveur a échoué pendant la validation</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="132"/>
        <source>Check the server&apos;s TLS configuration.</source>
        <translation>Vérifiez la configuration TLS du serveur.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="135"/>
        <source>The CA refused: not authorised</source>
        <translation>L&apos;AC a refusé&#xa0;: non autorisé</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="136"/>
        <source>Validation failed or the account may not do this; see the details.</source>
        <translation>La validation a échoué ou le compte n&apos;a pas le droit de faire cela&#xa0;; consultez les détails.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="138"/>
        <source>The CA does not support this kind of name</source>
        <translation>L&apos;AC ne prend pas en charge ce type de nom</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="138"/>
        <source>Use DNS names only.</source>
        <translation>Utilisez uniquement des noms DNS.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="141"/>
        <source>The CA requires an action on its website</source>
        <translation>L&apos;AC demande une action sur son site web</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="142"/>
        <source>Visit the CA&apos;s website (for example to accept new terms), then try again.</source>
        <translation>Rendez-vous sur le site web de l&apos;AC (par exemple pour accepter de nouvelles conditions), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="146"/>
        <source>The CA reported an error</source>
        <translation>L&apos;AC a signalé une erreur</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeProblem.cpp" line="146"/>
        <source>See the details.</source>
        <translation>Consultez les détails.</translation>
    </message>
</context>
<context>
    <name>AcmeTransport</name>
    <message>
        <location filename="../core/acme/AcmeTransport.cpp" line="30"/>
        <source>The CA did not answer in time</source>
        <translation>L&apos;AC n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeTransport.cpp" line="31"/>
        <source>%1 did not respond.</source>
        <translation>%1 n&apos;a pas répondu.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeTransport.cpp" line="32"/>
        <source>Check the network connection and the CA&apos;s status page, then try again.</source>
        <translation>Vérifiez la connexion réseau et la page d&apos;état de l&apos;AC, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeTransport.cpp" line="40"/>
        <source>The CA&apos;s certificate is not trusted</source>
        <translation>Le certificat de l&apos;AC n&apos;est pas reconnu comme fiable</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeTransport.cpp" line="41"/>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeTransport.cpp" line="43"/>
        <source>For a private CA, add its root certificate (PEM) to the CA settings. Otherwise check the system clock and any TLS-inspecting proxy.</source>
        <translation>Pour une AC privée, ajoutez son certificat racine (PEM) dans les paramètres de l&apos;AC. Sinon, vérifiez l&apos;horloge du système et tout proxy qui inspecte le trafic TLS.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeTransport.cpp" line="51"/>
        <source>Cannot reach the CA</source>
        <translation>Impossible de joindre l&apos;AC</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeTransport.cpp" line="52"/>
        <source>Connecting to %1 failed: %2</source>
        <translation>La connexion à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeTransport.cpp" line="54"/>
        <source>Check the directory URL, the network connection and any proxy or firewall.</source>
        <translation>Vérifiez l&apos;URL du répertoire, la connexion réseau ainsi que tout proxy ou pare-feu.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeTransport.cpp" line="96"/>
        <source>The CA certificate bundle cannot be read</source>
        <translation>Le bundle de certificats d&apos;AC ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeTransport.cpp" line="97"/>
        <source>No PEM certificate was found in it.</source>
        <translation>Aucun certificat PEM n&apos;y a été trouvé.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeTransport.cpp" line="98"/>
        <source>Paste the CA&apos;s root certificate in PEM form (-----BEGIN CERTIFICATE-----).</source>
        <translation>Collez le certificat racine de l&apos;AC au format PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeTransport.cpp" line="141"/>
        <source>The CA address must use HTTPS</source>
        <translation>L&apos;adresse de l&apos;AC doit utiliser HTTPS</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeTransport.cpp" line="142"/>
        <source>“%1” is not an https:// URL.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL https://.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeTransport.cpp" line="143"/>
        <source>Use the https:// directory URL the CA publishes.</source>
        <translation>Utilisez l&apos;URL https:// du répertoire publiée par l&apos;AC.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeTransport.cpp" line="158"/>
        <source>The network connection was shut down</source>
        <translation>La connexion réseau a été fermée</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeTransport.cpp" line="160"/>
        <source>Restart CertDesk if this happens again.</source>
        <translation>Redémarrez CertDesk si cela se reproduit.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeTransport.cpp" line="236"/>
        <source>The CA accepts new requests after %1 (UTC).</source>
        <translation>L&apos;AC accepte de nouvelles requêtes après %1 (UTC).</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeTransport.cpp" line="243"/>
        <source>The CA answered with an unexpected error</source>
        <translation>L&apos;AC a répondu par une erreur inattendue</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeTransport.cpp" line="244"/>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeTransport.cpp" line="245"/>
        <source>The CA may be down; try again later.</source>
        <translation>L&apos;AC est peut-être hors service&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeTransport.cpp" line="246"/>
        <source>Check the directory URL.</source>
        <translation>Vérifiez l&apos;URL du répertoire.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeTransport.cpp" line="278"/>
        <source>The CA did not provide a request nonce</source>
        <translation>L&apos;AC n&apos;a pas fourni de nonce de requête</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeTransport.cpp" line="279"/>
        <source>%1 answered without a Replay-Nonce header.</source>
        <translation>%1 a répondu sans en-tête Replay-Nonce.</translation>
    </message>
    <message>
        <location filename="../core/acme/AcmeTransport.cpp" line="280"/>
        <source>Check that the directory URL belongs to an ACME server.</source>
        <translation>Vérifiez que l&apos;URL du répertoire appartient bien à un serveur ACME.</translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <location filename="../core/store/ActivityLog.cpp" line="15"/>
        <source>The activity log could not be written.</source>
        <translation>Le journal d&apos;activité n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="../core/store/ActivityLog.cpp" line="17"/>
        <source>Check that the data folder is writable.</source>
        <translation>Vérifiez que le dossier de données est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../core/store/ActivityLog.cpp" line="90"/>
        <source>The activity log could not be read.</source>
        <translation>Le journal d&apos;activité n&apos;a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>ActivityLogModel</name>
    <message>
        <location filename="../ui/activity/ActivityLogModel.cpp" line="48"/>
        <source>Debug</source>
        <translation>Débogage</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityLogModel.cpp" line="50"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityLogModel.cpp" line="52"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityLogModel.cpp" line="54"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityLogModel.cpp" line="64"/>
        <source>Deleted endpoint</source>
        <translation>Point de terminaison supprimé</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityLogModel.cpp" line="84"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityLogModel.cpp" line="86"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityLogModel.cpp" line="88"/>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityLogModel.cpp" line="90"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityLogModel.cpp" line="114"/>
        <source>%1 — %2</source>
        <comment>message — detail</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ActivityLogPage</name>
    <message>
        <location filename="../ui/activity/ActivityLogPage.cpp" line="43"/>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityLogPage.cpp" line="44"/>
        <location filename="../ui/activity/ActivityLogPage.cpp" line="168"/>
        <source>All endpoints</source>
        <translation>Tous les points de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityLogPage.cpp" line="47"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityLogPage.cpp" line="48"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityLogPage.cpp" line="49"/>
        <source>Information and above</source>
        <translation>Information et au-dessus</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityLogPage.cpp" line="50"/>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityLogPage.cpp" line="51"/>
        <source>Errors only</source>
        <translation>Erreurs uniquement</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityLogPage.cpp" line="55"/>
        <source>Search the activity log</source>
        <translation>Rechercher dans le journal d&apos;activité</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityLogPage.cpp" line="56"/>
        <source>Search messages</source>
        <translation>Rechercher dans les messages</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityLogPage.cpp" line="60"/>
        <source>Activity log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityLogPage.cpp" line="82"/>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Point de terminaison&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/activity/ActivityLogPage.cpp" line="84"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ApiTokenStore</name>
    <message>
        <location filename="../core/hub/ApiTokenStore.cpp" line="163"/>
        <source>The hub&apos;s token key in the keychain is damaged.</source>
        <translation>La clé des jetons du hub est endommagée dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../core/hub/ApiTokenStore.cpp" line="164"/>
        <source>The entry %1 does not hold a 256-bit key.</source>
        <translation>L&apos;entrée %1 ne contient pas de clé de 256 bits.</translation>
    </message>
    <message>
        <location filename="../core/hub/ApiTokenStore.cpp" line="165"/>
        <source>Delete that entry in the keychain&apos;s own tool and issue new API tokens; the existing ones cannot be checked without it.</source>
        <translation>Supprimez cette entrée avec l&apos;outil propre au trousseau et émettez de nouveaux jetons d&apos;API&#xa0;; sans elle, les jetons existants ne peuvent pas être vérifiés.</translation>
    </message>
    <message>
        <location filename="../core/hub/ApiTokenStore.cpp" line="208"/>
        <source>API tokens cannot be issued yet.</source>
        <translation>Les jetons d&apos;API ne peuvent pas encore être émis.</translation>
    </message>
    <message>
        <location filename="../core/hub/ApiTokenStore.cpp" line="209"/>
        <source>The hub&apos;s token key has not been read from the keychain.</source>
        <translation>La clé des jetons du hub n&apos;a pas été lue depuis le trousseau.</translation>
    </message>
    <message>
        <location filename="../core/hub/ApiTokenStore.cpp" line="210"/>
        <source>Unlock the keychain and try again.</source>
        <translation>Déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/hub/ApiTokenStore.cpp" line="215"/>
        <source>An API token needs a consumer name.</source>
        <translation>Un jeton d&apos;API a besoin d&apos;un nom de consommateur.</translation>
    </message>
    <message>
        <location filename="../core/hub/ApiTokenStore.cpp" line="217"/>
        <source>Name the machine or application that will use it, like &quot;build-01&quot;.</source>
        <translation>Nommez la machine ou l&apos;application qui l&apos;utilisera, par exemple «&#xa0;build-01&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/hub/ApiTokenStore.cpp" line="222"/>
        <source>The token&apos;s name rule has entries that are not hostnames.</source>
        <translation>La règle de noms du jeton contient des entrées qui ne sont pas des noms d&apos;hôte.</translation>
    </message>
    <message>
        <location filename="../core/hub/ApiTokenStore.cpp" line="223"/>
        <source>Not valid: %1</source>
        <translation>Non valides&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/hub/ApiTokenStore.cpp" line="224"/>
        <source>Use names like example.com or *.example.com, separated by semicolons.</source>
        <translation>Utilisez des noms comme example.com ou *.example.com, séparés par des points-virgules.</translation>
    </message>
</context>
<context>
    <name>Base64Url</name>
    <message>
        <location filename="../core/crypto/Base64Url.cpp" line="23"/>
        <source>Invalid base64url data</source>
        <translation>Données base64url non valides</translation>
    </message>
    <message>
        <location filename="../core/crypto/Base64Url.cpp" line="24"/>
        <source>The text is not unpadded base64url (RFC 4648 §5).</source>
        <translation>Le texte n&apos;est pas du base64url sans remplissage (RFC 4648 §5).</translation>
    </message>
    <message>
        <location filename="../core/crypto/Base64Url.cpp" line="25"/>
        <source>Check that the value was copied completely.</source>
        <translation>Vérifiez que la valeur a été copiée entièrement.</translation>
    </message>
</context>
<context>
    <name>CaAccountRepository</name>
    <message>
        <location filename="../core/acme/CaAccountRepository.cpp" line="17"/>
        <source>The CA accounts could not be read or saved.</source>
        <translation>Les comptes d&apos;AC n&apos;ont pas pu être lus ou enregistrés.</translation>
    </message>
    <message>
        <location filename="../core/acme/CaAccountRepository.cpp" line="62"/>
        <source>No CA account is set up yet.</source>
        <translation>Aucun compte d&apos;AC n&apos;est encore configuré.</translation>
    </message>
    <message>
        <location filename="../core/acme/CaAccountRepository.cpp" line="64"/>
        <source>Add one with: certdesk account add --directory URL --email ADDRESS --agree-tos</source>
        <translation>Ajoutez-en un avec&#xa0;: certdesk account add --directory URL --email ADDRESS --agree-tos</translation>
    </message>
    <message>
        <location filename="../core/acme/CaAccountRepository.cpp" line="100"/>
        <source>This account already exists.</source>
        <translation>Ce compte existe déjà.</translation>
    </message>
    <message>
        <location filename="../core/acme/CaAccountRepository.cpp" line="101"/>
        <source>CertDesk already has an account for %1 at %2.</source>
        <translation>CertDesk possède déjà un compte pour %1 auprès de %2.</translation>
    </message>
    <message>
        <location filename="../core/acme/CaAccountRepository.cpp" line="162"/>
        <source>There is no CA account %1.</source>
        <translation>Il n&apos;existe pas de compte d&apos;AC %1.</translation>
    </message>
</context>
<context>
    <name>CaAccountTableModel</name>
    <message>
        <location filename="../ui/accounts/CaAccountTableModel.cpp" line="45"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../ui/accounts/CaAccountTableModel.cpp" line="47"/>
        <source>CA directory</source>
        <translation>Répertoire de l&apos;AC</translation>
    </message>
    <message>
        <location filename="../ui/accounts/CaAccountTableModel.cpp" line="49"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../ui/accounts/CaAccountTableModel.cpp" line="51"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/accounts/CaAccountTableModel.cpp" line="68"/>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/CaAccountTableModel.cpp" line="72"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../ui/accounts/CaAccountTableModel.cpp" line="75"/>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../ui/accounts/CaAccountTableModel.cpp" line="78"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../ui/accounts/CaAccountTableModel.cpp" line="80"/>
        <source>Not registered</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../ui/accounts/CaAccountTableModel.cpp" line="92"/>
        <source>Account URL: %1</source>
        <translation>URL du compte&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/accounts/CaAccountTableModel.cpp" line="95"/>
        <source>Trusted with the CA bundle %1</source>
        <translation>Approuvée grâce au bundle d&apos;AC %1</translation>
    </message>
</context>
<context>
    <name>CaPreset</name>
    <message>
        <location filename="../ui/accounts/CaPreset.cpp" line="18"/>
        <source>Let&apos;s Encrypt</source>
        <translation>Let&apos;s Encrypt</translation>
    </message>
    <message>
        <location filename="../ui/accounts/CaPreset.cpp" line="22"/>
        <source>Free, publicly trusted, 90-day certificates.</source>
        <translation>Certificats gratuits, reconnus publiquement, valables 90 jours.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/CaPreset.cpp" line="24"/>
        <source>Let&apos;s Encrypt (staging, for tests)</source>
        <translation>Let&apos;s Encrypt (staging, pour les tests)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/CaPreset.cpp" line="28"/>
        <source>Generous rate limits, but browsers do not trust its certificates. Use it to try a setup.</source>
        <translation>Limites de débit généreuses, mais les navigateurs ne font pas confiance à ses certificats. Utilisez-la pour essayer une configuration.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/CaPreset.cpp" line="30"/>
        <source>ZeroSSL</source>
        <translation>ZeroSSL</translation>
    </message>
    <message>
        <location filename="../ui/accounts/CaPreset.cpp" line="34"/>
        <source>Needs EAB credentials from the Developer section of your ZeroSSL account.</source>
        <translation>Nécessite des identifiants EAB tirés de la section Developer de votre compte ZeroSSL.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/CaPreset.cpp" line="36"/>
        <source>Google Trust Services</source>
        <translation>Google Trust Services</translation>
    </message>
    <message>
        <location filename="../ui/accounts/CaPreset.cpp" line="40"/>
        <source>Needs EAB credentials created with gcloud in a Google Cloud project.</source>
        <translation>Nécessite des identifiants EAB créés avec gcloud dans un projet Google Cloud.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/CaPreset.cpp" line="42"/>
        <source>Buypass Go SSL</source>
        <translation>Buypass Go SSL</translation>
    </message>
    <message>
        <location filename="../ui/accounts/CaPreset.cpp" line="46"/>
        <source>180-day certificates from a European CA.</source>
        <translation>Certificats valables 180 jours, émis par une AC européenne.</translation>
    </message>
    <message>
        <location filename="../ui/accounts/CaPreset.cpp" line="48"/>
        <source>Another CA (directory URL)</source>
        <translation>Autre AC (URL du répertoire)</translation>
    </message>
    <message>
        <location filename="../ui/accounts/CaPreset.cpp" line="52"/>
        <source>Any ACME CA: a private CA such as step-ca, or a public one not listed here.</source>
        <translation>N&apos;importe quelle AC ACME&#xa0;: une AC privée comme step-ca, ou une AC publique absente de cette liste.</translation>
    </message>
</context>
<context>
    <name>CaaIdentityLookup</name>
    <message>
        <location filename="../core/acme/CaaIdentityLookup.cpp" line="35"/>
        <source>The CA bundle of the account cannot be read.</source>
        <translation>Le bundle d&apos;AC du compte ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../core/acme/CaaIdentityLookup.cpp" line="36"/>
        <location filename="../core/acme/CaaIdentityLookup.cpp" line="57"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/acme/CaaIdentityLookup.cpp" line="56"/>
        <source>The CA&apos;s directory could not be read.</source>
        <translation>Le répertoire de l&apos;AC n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../core/acme/CaaIdentityLookup.cpp" line="58"/>
        <source>Check the network, or name the CA&apos;s CAA identity in the DNS settings.</source>
        <translation>Vérifiez le réseau, ou indiquez l&apos;identité CAA de l&apos;AC dans les paramètres DNS.</translation>
    </message>
</context>
<context>
    <name>CaaPolicy</name>
    <message>
        <location filename="../core/dns/CaaPolicy.cpp" line="59"/>
        <source>A critical CAA property “%1” that no CA understands forbids issuance.</source>
        <translation>Une propriété CAA critique «&#xa0;%1&#xa0;» qu&apos;aucune AC ne comprend interdit l&apos;émission.</translation>
    </message>
    <message>
        <location filename="../core/dns/CaaPolicy.cpp" line="71"/>
        <source>The CAA records do not restrict which CA may issue.</source>
        <translation>Les enregistrements CAA ne restreignent pas les AC autorisées à émettre.</translation>
    </message>
    <message>
        <location filename="../core/dns/CaaPolicy.cpp" line="88"/>
        <source>CAA %1 allows %2.</source>
        <translation>CAA %1 autorise %2.</translation>
    </message>
    <message>
        <location filename="../core/dns/CaaPolicy.cpp" line="91"/>
        <source>CAA %1 allows this CA only with validation methods other than dns-01.</source>
        <translation>CAA %1 n&apos;autorise cette AC qu&apos;avec des méthodes de validation autres que dns-01.</translation>
    </message>
    <message>
        <location filename="../core/dns/CaaPolicy.cpp" line="94"/>
        <source>CAA %1 forbids every CA.</source>
        <translation>CAA %1 interdit toutes les AC.</translation>
    </message>
    <message>
        <location filename="../core/dns/CaaPolicy.cpp" line="97"/>
        <source>CAA %1 allows only %2, not this CA (%3).</source>
        <translation>CAA %1 n&apos;autorise que %2, pas cette AC (%3).</translation>
    </message>
</context>
<context>
    <name>CertificateExportJob</name>
    <message>
        <location filename="../core/deploy/CertificateExportJob.cpp" line="71"/>
        <source>Choose at least one endpoint to export.</source>
        <translation>Choisissez au moins un point de terminaison à exporter.</translation>
    </message>
    <message>
        <location filename="../core/deploy/CertificateExportJob.cpp" line="77"/>
        <source>The export folder &quot;%1&quot; is not an absolute path.</source>
        <translation>Le dossier d&apos;export «&#xa0;%1&#xa0;» n&apos;est pas un chemin absolu.</translation>
    </message>
    <message>
        <location filename="../core/deploy/CertificateExportJob.cpp" line="95"/>
        <source>%1 has no certificate yet.</source>
        <translation>%1 n&apos;a pas encore de certificat.</translation>
    </message>
    <message>
        <location filename="../core/deploy/CertificateExportJob.cpp" line="97"/>
        <source>Issue its first certificate, then export it.</source>
        <translation>Émettez son premier certificat, puis exportez-le.</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <location filename="../core/crypto/CertificateInfo.cpp" line="22"/>
        <source>The certificate cannot be read</source>
        <translation>Le certificat ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateInfo.cpp" line="24"/>
        <source>Provide the certificate chain in PEM form, the server certificate first.</source>
        <translation>Fournissez la chaîne de certificats au format PEM, le certificat du serveur en premier.</translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateInfo.cpp" line="120"/>
        <source>No PEM certificate was found.</source>
        <translation>Aucun certificat PEM n&apos;a été trouvé.</translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateInfo.cpp" line="223"/>
        <source>The certificate is not valid yet</source>
        <translation>Le certificat n&apos;est pas encore valide</translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateInfo.cpp" line="224"/>
        <source>The certificate for %1 is valid from %2.</source>
        <translation>Le certificat de %1 est valide à partir du %2.</translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateInfo.cpp" line="226"/>
        <source>Check this computer&apos;s clock.</source>
        <translation>Vérifiez l&apos;horloge de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateInfo.cpp" line="231"/>
        <source>The certificate has expired</source>
        <translation>Le certificat a expiré</translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateInfo.cpp" line="232"/>
        <source>The certificate for %1 expired on %2.</source>
        <translation>Le certificat de %1 a expiré le %2.</translation>
    </message>
    <message>
        <location filename="../core/crypto/CertificateInfo.cpp" line="234"/>
        <source>Renew the certificate now.</source>
        <translation>Renouvelez le certificat maintenant.</translation>
    </message>
</context>
<context>
    <name>CertificateRepository</name>
    <message>
        <location filename="../core/certificates/CertificateRepository.cpp" line="16"/>
        <source>The certificates could not be read or saved.</source>
        <translation>Les certificats n&apos;ont pas pu être lus ou enregistrés.</translation>
    </message>
</context>
<context>
    <name>CertifyController</name>
    <message>
        <location filename="../core/hub/CertifyController.cpp" line="83"/>
        <location filename="../core/hub/CertifyController.cpp" line="93"/>
        <source>Method not allowed.</source>
        <translation>Méthode non autorisée.</translation>
    </message>
    <message>
        <location filename="../core/hub/CertifyController.cpp" line="83"/>
        <source>Use GET.</source>
        <translation>Utilisez GET.</translation>
    </message>
    <message>
        <location filename="../core/hub/CertifyController.cpp" line="93"/>
        <source>Use POST.</source>
        <translation>Utilisez POST.</translation>
    </message>
    <message>
        <location filename="../core/hub/CertifyController.cpp" line="136"/>
        <source>Unsupported challenge type.</source>
        <translation>Type de défi non pris en charge.</translation>
    </message>
    <message>
        <location filename="../core/hub/CertifyController.cpp" line="136"/>
        <source>This hub performs dns-01 managed challenges only.</source>
        <translation>Ce hub ne traite que les défis gérés dns-01.</translation>
    </message>
    <message>
        <location filename="../core/hub/CertifyController.cpp" line="184"/>
        <source>Cleanup: %1 :: %2</source>
        <translation>Nettoyage&#xa0;: %1&#xa0;:: %2</translation>
    </message>
    <message>
        <location filename="../core/hub/CertifyController.cpp" line="184"/>
        <source>Updated: %1 :: %2</source>
        <translation>Mis à jour&#xa0;: %1&#xa0;:: %2</translation>
    </message>
    <message>
        <location filename="../core/hub/CertifyController.cpp" line="226"/>
        <source>Unknown operation.</source>
        <translation>Opération inconnue.</translation>
    </message>
    <message>
        <location filename="../core/hub/CertifyController.cpp" line="227"/>
        <source>Managed challenge operation &apos;%1&apos; was not found; operations are kept for an hour.</source>
        <translation>L&apos;opération de défi géré «&#xa0;%1&#xa0;» est introuvable&#xa0;; les opérations sont conservées une heure.</translation>
    </message>
</context>
<context>
    <name>ChallengeName</name>
    <message>
        <location filename="../core/challenges/ChallengeName.cpp" line="14"/>
        <source>The name is not a valid DNS hostname.</source>
        <translation>Le nom n&apos;est pas un nom d&apos;hôte DNS valide.</translation>
    </message>
    <message>
        <location filename="../core/challenges/ChallengeName.cpp" line="16"/>
        <source>Send the hostname the certificate is for, for example _acme-challenge.www.example.com or www.example.com.</source>
        <translation>Envoyez le nom d&apos;hôte auquel le certificat est destiné, par exemple _acme-challenge.www.example.com ou www.example.com.</translation>
    </message>
    <message>
        <location filename="../core/challenges/ChallengeName.cpp" line="52"/>
        <source>The name is empty or longer than 253 characters.</source>
        <translation>Le nom est vide ou dépasse 253 caractères.</translation>
    </message>
    <message>
        <location filename="../core/challenges/ChallengeName.cpp" line="61"/>
        <source>A name needs at least two labels, like example.com.</source>
        <translation>Un nom doit comporter au moins deux labels, comme example.com.</translation>
    </message>
    <message>
        <location filename="../core/challenges/ChallengeName.cpp" line="65"/>
        <source>Only letters, digits and inner hyphens are allowed in each label, with no empty label and at most 63 characters.</source>
        <translation>Seuls les lettres, les chiffres et les traits d&apos;union intérieurs sont autorisés dans chaque label, sans label vide et avec au plus 63 caractères.</translation>
    </message>
</context>
<context>
    <name>ChallengePublisherPool</name>
    <message>
        <location filename="../core/hub/ChallengePublisherPool.cpp" line="55"/>
        <source>CertDesk cannot write DNS records here.</source>
        <translation>CertDesk ne peut pas écrire d&apos;enregistrements DNS ici.</translation>
    </message>
    <message>
        <location filename="../core/hub/ChallengePublisherPool.cpp" line="57"/>
        <source>The CertDesk administrator must configure a supported DNS provider for this managed challenge.</source>
        <translation>L&apos;administrateur de CertDesk doit configurer un fournisseur DNS pris en charge pour ce défi géré.</translation>
    </message>
</context>
<context>
    <name>ChallengeRelay</name>
    <message>
        <location filename="../core/hub/ChallengeRelay.cpp" line="107"/>
        <source>The hub is not ready.</source>
        <translation>Le hub n&apos;est pas prêt.</translation>
    </message>
    <message>
        <location filename="../core/hub/ChallengeRelay.cpp" line="108"/>
        <source>CertDesk has not unlocked its token key yet; try again in a minute.</source>
        <translation>CertDesk n&apos;a pas encore déverrouillé sa clé des jetons&#xa0;; réessayez dans une minute.</translation>
    </message>
    <message>
        <location filename="../core/hub/ChallengeRelay.cpp" line="113"/>
        <source>Invalid client credentials.</source>
        <translation>Identifiants client non valides.</translation>
    </message>
    <message>
        <location filename="../core/hub/ChallengeRelay.cpp" line="114"/>
        <source>The client id and secret were not accepted. Check them with the CertDesk administrator; tokens can expire or be revoked.</source>
        <translation>L&apos;identifiant client et le secret n&apos;ont pas été acceptés. Vérifiez-les auprès de l&apos;administrateur de CertDesk&#xa0;; les jetons peuvent expirer ou être révoqués.</translation>
    </message>
    <message>
        <location filename="../core/hub/ChallengeRelay.cpp" line="122"/>
        <source>Too many requests.</source>
        <translation>Trop de requêtes.</translation>
    </message>
    <message>
        <location filename="../core/hub/ChallengeRelay.cpp" line="123"/>
        <source>This client sent too many requests; retry after %1 seconds.</source>
        <translation>Ce client a envoyé trop de requêtes&#xa0;; réessayez dans %1 secondes.</translation>
    </message>
    <message>
        <location filename="../core/hub/ChallengeRelay.cpp" line="147"/>
        <source>Invalid record name.</source>
        <translation>Nom d&apos;enregistrement non valide.</translation>
    </message>
    <message>
        <location filename="../core/hub/ChallengeRelay.cpp" line="148"/>
        <source>A TXT record name cannot contain a wildcard label.</source>
        <translation>Un nom d&apos;enregistrement TXT ne peut pas contenir de label générique.</translation>
    </message>
    <message>
        <location filename="../core/hub/ChallengeRelay.cpp" line="166"/>
        <source>Invalid identifier.</source>
        <translation>Identifiant non valide.</translation>
    </message>
    <message>
        <location filename="../core/hub/ChallengeRelay.cpp" line="175"/>
        <source>Invalid TXT value.</source>
        <translation>Valeur TXT non valide.</translation>
    </message>
    <message>
        <location filename="../core/hub/ChallengeRelay.cpp" line="176"/>
        <source>A DNS-01 TXT value is 43 characters of base64url (RFC 8555 section 8.4).</source>
        <translation>Une valeur TXT DNS-01 se compose de 43 caractères base64url (RFC 8555, section 8.4).</translation>
    </message>
    <message>
        <location filename="../core/hub/ChallengeRelay.cpp" line="206"/>
        <location filename="../core/hub/ChallengeRelay.cpp" line="214"/>
        <source>This name is outside the token&apos;s scope.</source>
        <translation>Ce nom est en dehors de la portée du jeton.</translation>
    </message>
</context>
<context>
    <name>ClientSnippets</name>
    <message>
        <location filename="../app/cli/ClientSnippets.cpp" line="83"/>
        <source># lego with its httpreq DNS provider, through the CertDesk hub
</source>
        <translation># lego avec son fournisseur DNS httpreq, via le hub CertDesk
</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientSnippets.cpp" line="98"/>
        <source># acme.sh with its dns_acmedns hook, through the CertDesk hub
</source>
        <translation># acme.sh avec son hook dns_acmedns, via le hub CertDesk
</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientSnippets.cpp" line="102"/>
        <source># and pass --ca-bundle &quot;$PWD/certdesk-trust.pem&quot; to acme.sh --issue
</source>
        <translation># et passez --ca-bundle &quot;$PWD/certdesk-trust.pem&quot; à acme.sh --issue
</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientSnippets.cpp" line="128"/>
        <source># certbot with the acme-dns hook (acme-dns-auth.py), through the CertDesk hub
</source>
        <translation># certbot avec le hook acme-dns (acme-dns-auth.py), via le hub CertDesk
</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientSnippets.cpp" line="130"/>
        <source># 1. In acme-dns-auth.py set:  ACMEDNS_URL = &quot;%1&quot;
</source>
        <translation># 1. Dans acme-dns-auth.py, définissez&#xa0;:  ACMEDNS_URL = &quot;%1&quot;
</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientSnippets.cpp" line="131"/>
        <source># 2. Write this to /etc/letsencrypt/acmedns.json (mode 600):
</source>
        <translation># 2. Écrivez ceci dans /etc/letsencrypt/acmedns.json (mode 600)&#xa0;:
</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientSnippets.cpp" line="134"/>
        <source># 3. Then:
</source>
        <translation># 3. Puis&#xa0;:
</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientSnippets.cpp" line="143"/>
        <source># Certify The Web: DNS provider &quot;Certify Managed Challenge API&quot; (Authorization tab)
</source>
        <translation># Certify The Web&#xa0;: fournisseur DNS «&#xa0;Certify Managed Challenge API&#xa0;» (onglet Authorization)
</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientSnippets.cpp" line="144"/>
        <source>#   API URL:        %1/api/v1/managedchallenge/
</source>
        <translation>#   API URL:        %1/api/v1/managedchallenge/
</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientSnippets.cpp" line="145"/>
        <source>#   Client ID:      %1
</source>
        <translation>#   Client ID:      %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientSnippets.cpp" line="146"/>
        <source>#   Client Secret:  %1
</source>
        <translation>#   Client Secret:  %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/ClientSnippets.cpp" line="148"/>
        <source># The hub&apos;s certificate is self-signed (SHA-256 %1): import %2 into the Windows
# machine&apos;s Trusted Root Certification Authorities store first.
</source>
        <translation># Le certificat du hub est auto-signé (SHA-256 %1)&#xa0;: importez d&apos;abord %2 dans le magasin
# «&#xa0;Autorités de certification racines de confiance&#xa0;» de l&apos;ordinateur Windows.
</translation>
    </message>
</context>
<context>
    <name>CloudflareProvider</name>
    <message>
        <location filename="../core/providers/CloudflareProvider.cpp" line="11"/>
        <source>The Cloudflare API</source>
        <translation>L&apos;API Cloudflare</translation>
    </message>
    <message>
        <location filename="../core/providers/CloudflareProvider.cpp" line="21"/>
        <source>API address</source>
        <translation>Adresse de l&apos;API</translation>
    </message>
    <message>
        <location filename="../core/providers/CloudflareProvider.cpp" line="22"/>
        <source>Leave the default unless you go through a proxy.</source>
        <translation>Conservez la valeur par défaut, sauf si vous passez par un proxy.</translation>
    </message>
    <message>
        <location filename="../core/providers/CloudflareProvider.cpp" line="30"/>
        <source>Zone id</source>
        <translation>Identifiant de zone</translation>
    </message>
    <message>
        <location filename="../core/providers/CloudflareProvider.cpp" line="31"/>
        <source>The zone&apos;s id from the dashboard; leave empty to look the zone up by name (the token then needs Zone:Read).</source>
        <translation>L&apos;identifiant de la zone, visible dans le tableau de bord&#xa0;; laissez vide pour rechercher la zone par son nom (le jeton a alors besoin de Zone:Read).</translation>
    </message>
    <message>
        <location filename="../core/providers/CloudflareProvider.cpp" line="38"/>
        <source>A zone id consists of letters and digits only.</source>
        <translation>Un identifiant de zone ne contient que des lettres et des chiffres.</translation>
    </message>
    <message>
        <location filename="../core/providers/CloudflareProvider.cpp" line="44"/>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <location filename="../core/providers/CloudflareProvider.cpp" line="45"/>
        <source>Time to live in seconds; 1 means automatic, otherwise at least 60.</source>
        <translation>Durée de vie en secondes&#xa0;; 1 signifie automatique, sinon au moins 60.</translation>
    </message>
    <message>
        <location filename="../core/providers/CloudflareProvider.cpp" line="52"/>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <location filename="../core/providers/CloudflareProvider.cpp" line="53"/>
        <source>A token with Zone:DNS:Edit permission for the zone.</source>
        <translation>Un jeton disposant de l&apos;autorisation Zone:DNS:Edit sur la zone.</translation>
    </message>
    <message>
        <location filename="../core/providers/CloudflareProvider.cpp" line="59"/>
        <source>The API token contains characters a token never has (spaces or non-ASCII).</source>
        <translation>Le jeton d&apos;API contient des caractères qu&apos;un jeton ne contient jamais (espaces ou caractères non ASCII).</translation>
    </message>
    <message>
        <location filename="../core/providers/CloudflareProvider.cpp" line="65"/>
        <source>Cloudflare</source>
        <translation>Cloudflare</translation>
    </message>
    <message>
        <location filename="../core/providers/CloudflareProvider.cpp" line="66"/>
        <source>Cloudflare DNS through its API v4 with an API token.</source>
        <translation>DNS Cloudflare via son API v4, avec un jeton d&apos;API.</translation>
    </message>
    <message>
        <location filename="../core/providers/CloudflareProvider.cpp" line="146"/>
        <source>Cloudflare has no zone for the name.</source>
        <translation>Cloudflare n&apos;a aucune zone pour ce nom.</translation>
    </message>
    <message>
        <location filename="../core/providers/CloudflareProvider.cpp" line="147"/>
        <source>No zone the token can see holds %1.</source>
        <translation>Aucune zone visible par le jeton ne contient %1.</translation>
    </message>
    <message>
        <location filename="../core/providers/CloudflareProvider.cpp" line="148"/>
        <source>Add the zone to the Cloudflare account, give the token access to it, or enter the zone id in the provider settings.</source>
        <translation>Ajoutez la zone au compte Cloudflare, donnez au jeton l&apos;accès à celle-ci, ou saisissez l&apos;identifiant de zone dans les paramètres du fournisseur.</translation>
    </message>
    <message>
        <location filename="../core/providers/CloudflareProvider.cpp" line="285"/>
        <source>The Cloudflare API token is not active.</source>
        <translation>Le jeton d&apos;API Cloudflare n&apos;est pas actif.</translation>
    </message>
    <message>
        <location filename="../core/providers/CloudflareProvider.cpp" line="286"/>
        <source>Cloudflare reports the token as “%1”.</source>
        <translation>Cloudflare indique que le jeton est à l&apos;état «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/providers/CloudflareProvider.cpp" line="287"/>
        <source>Create a new token with Zone:DNS:Edit permission.</source>
        <translation>Créez un nouveau jeton disposant de l&apos;autorisation Zone:DNS:Edit.</translation>
    </message>
    <message>
        <location filename="../core/providers/CloudflareProvider.cpp" line="291"/>
        <source>Cloudflare accepts the API token.</source>
        <translation>Cloudflare accepte le jeton d&apos;API.</translation>
    </message>
    <message>
        <location filename="../core/providers/CloudflareProvider.cpp" line="299"/>
        <source>Cloudflare accepts the API token for zone %1.</source>
        <translation>Cloudflare accepte le jeton d&apos;API pour la zone %1.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="63"/>
        <location filename="../app/cli/CommandLine.cpp" line="212"/>
        <source>Use DIR as the profile: database and settings live there.</source>
        <translation>Utiliser DIR comme profil&#xa0;: la base de données et les paramètres s&apos;y trouvent.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="63"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="68"/>
        <source>Print machine-readable JSON.</source>
        <translation>Afficher du JSON lisible par une machine.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="128"/>
        <source>--data-dir needs a folder, for example --data-dir ~/certdesk-test.</source>
        <translation>--data-dir attend un dossier, par exemple --data-dir ~/certdesk-test.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="133"/>
        <source>-%1 needs a value.</source>
        <translation>-%1 attend une valeur.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="139"/>
        <source>Unknown option %1. Run certdesk --help for the list of options.</source>
        <translation>Option %1 inconnue. Exécutez certdesk --help pour obtenir la liste des options.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="161"/>
        <source>&quot;%1&quot; needs one of: %2. Run certdesk --help for the list of commands.</source>
        <translation>«&#xa0;%1&#xa0;» attend l&apos;une des commandes suivantes&#xa0;: %2. Exécutez certdesk --help pour obtenir la liste des commandes.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="164"/>
        <source>Unknown command &quot;%1&quot;. Run certdesk --help for the list of commands.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue. Exécutez certdesk --help pour obtenir la liste des commandes.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="168"/>
        <source>--headless cannot be combined with a command.</source>
        <translation>--headless ne peut pas être combiné avec une commande.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="199"/>
        <source>%1. Run certdesk %2 --help for its options.</source>
        <translation>%1. Exécutez certdesk %2 --help pour connaître ses options.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="208"/>
        <source>Managed HTTPS: certificates from any ACME CA, DNS delegation and a challenge hub.</source>
        <translation>HTTPS géré&#xa0;: des certificats de n&apos;importe quelle AC ACME, la délégation DNS et un hub de défis.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="209"/>
        <source>Usage: certdesk [options] [command [arguments]]</source>
        <translation>Utilisation&#xa0;: certdesk [options] [commande [arguments]]</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="210"/>
        <location filename="../app/cli/CommandLine.cpp" line="238"/>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="213"/>
        <source>Run the background worker without a window until stopped.</source>
        <translation>Exécuter le processus d&apos;arrière-plan sans fenêtre, jusqu&apos;à son arrêt.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="214"/>
        <source>Start with the window minimized (used when starting at login).</source>
        <translation>Démarrer avec la fenêtre réduite (utilisé lors du démarrage à l&apos;ouverture de session).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="215"/>
        <source>Print machine-readable JSON (commands only).</source>
        <translation>Afficher du JSON lisible par une machine (commandes uniquement).</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="216"/>
        <source>Print the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="217"/>
        <source>Print this help, or a command&apos;s help after the command.</source>
        <translation>Afficher cette aide, ou l&apos;aide d&apos;une commande si l&apos;option suit la commande.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="223"/>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="228"/>
        <source>Without a command, CertDesk opens its window.</source>
        <translation>Sans commande, CertDesk ouvre sa fenêtre.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="234"/>
        <source>Usage: certdesk %1 [options]</source>
        <translation>Utilisation&#xa0;: certdesk %1 [options]</translation>
    </message>
</context>
<context>
    <name>CsrBuilder</name>
    <message>
        <location filename="../core/crypto/CsrBuilder.cpp" line="13"/>
        <source>Cannot build the certificate request</source>
        <translation>Impossible de construire la demande de certificat</translation>
    </message>
    <message>
        <location filename="../core/crypto/CsrBuilder.cpp" line="15"/>
        <source>Check the endpoint&apos;s names and key.</source>
        <translation>Vérifiez les noms et la clé du point de terminaison.</translation>
    </message>
    <message>
        <location filename="../core/crypto/CsrBuilder.cpp" line="46"/>
        <source>No certificate key was given.</source>
        <translation>Aucune clé de certificat n&apos;a été fournie.</translation>
    </message>
    <message>
        <location filename="../core/crypto/CsrBuilder.cpp" line="53"/>
        <source>A name is empty.</source>
        <translation>Un nom est vide.</translation>
    </message>
    <message>
        <location filename="../core/crypto/CsrBuilder.cpp" line="60"/>
        <source>“%1” contains characters that are not allowed in a DNS name; use its ASCII (xn--) form.</source>
        <translation>«&#xa0;%1&#xa0;» contient des caractères interdits dans un nom DNS&#xa0;; utilisez sa forme ASCII (xn--).</translation>
    </message>
    <message>
        <location filename="../core/crypto/CsrBuilder.cpp" line="70"/>
        <source>At least one name is needed.</source>
        <translation>Au moins un nom est nécessaire.</translation>
    </message>
</context>
<context>
    <name>DataKey</name>
    <message>
        <location filename="../core/secrets/DataKey.cpp" line="47"/>
        <source>The data key in the keychain is damaged.</source>
        <translation>La clé de données est endommagée dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../core/secrets/DataKey.cpp" line="48"/>
        <source>The keychain entry %1 does not hold a 32-byte key.</source>
        <translation>L&apos;entrée %1 du trousseau ne contient pas de clé de 32 octets.</translation>
    </message>
    <message>
        <location filename="../core/secrets/DataKey.cpp" line="49"/>
        <source>Restore the keychain from a backup; stored private keys cannot be read without it. New certificates can still be issued after removing the entry.</source>
        <translation>Restaurez le trousseau à partir d&apos;une sauvegarde&#xa0;; sans cette clé, les clés privées stockées ne peuvent pas être lues. De nouveaux certificats peuvent toujours être émis après la suppression de l&apos;entrée.</translation>
    </message>
</context>
<context>
    <name>DelegationZoneRepository</name>
    <message>
        <location filename="../core/endpoints/DelegationZoneRepository.cpp" line="65"/>
        <source>That cannot be the delegation zone.</source>
        <translation>Ceci ne peut pas être la zone de délégation.</translation>
    </message>
    <message>
        <location filename="../core/endpoints/DelegationZoneRepository.cpp" line="66"/>
        <source>“%1” is not a zone name such as acme.example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de zone tel que acme.example.com.</translation>
    </message>
    <message>
        <location filename="../core/endpoints/DelegationZoneRepository.cpp" line="67"/>
        <source>Use a zone (or a subdomain that is its own zone) you control through the DNS provider.</source>
        <translation>Utilisez une zone (ou un sous-domaine qui constitue sa propre zone) que vous contrôlez via le fournisseur DNS.</translation>
    </message>
</context>
<context>
    <name>DeploymentJob</name>
    <message>
        <location filename="../core/deploy/DeploymentJob.cpp" line="63"/>
        <location filename="../core/deploy/DeploymentJob.cpp" line="109"/>
        <source>The certificate could not be deployed.</source>
        <translation>Le certificat n&apos;a pas pu être déployé.</translation>
    </message>
    <message>
        <location filename="../core/deploy/DeploymentJob.cpp" line="64"/>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <location filename="../core/deploy/DeploymentJob.cpp" line="65"/>
        <source>Check that the folder&apos;s parent exists and that CertDesk may write there.</source>
        <translation>Vérifiez que le dossier parent existe et que CertDesk a le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <location filename="../core/deploy/DeploymentJob.cpp" line="90"/>
        <source>The PFX file could not be built.</source>
        <translation>Le fichier PFX n&apos;a pas pu être construit.</translation>
    </message>
    <message>
        <location filename="../core/deploy/DeploymentJob.cpp" line="91"/>
        <source>No PKCS#12 data was produced for %1.</source>
        <translation>Aucune donnée PKCS#12 n&apos;a été produite pour %1.</translation>
    </message>
    <message>
        <location filename="../core/deploy/DeploymentJob.cpp" line="110"/>
        <source>Writing %1 failed: %2</source>
        <translation>L&apos;écriture de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/deploy/DeploymentJob.cpp" line="111"/>
        <source>Check that CertDesk may write to %1 and that the disk is not full.</source>
        <translation>Vérifiez que CertDesk a le droit d&apos;écrire dans %1 et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <location filename="../core/deploy/DeploymentJob.cpp" line="174"/>
        <source>The post-deploy command could not be started.</source>
        <translation>La commande post-déploiement n&apos;a pas pu être lancée.</translation>
    </message>
    <message>
        <location filename="../core/deploy/DeploymentJob.cpp" line="176"/>
        <source>Check the command in the endpoint&apos;s deployment settings.</source>
        <translation>Vérifiez la commande dans les paramètres de déploiement du point de terminaison.</translation>
    </message>
    <message>
        <location filename="../core/deploy/DeploymentJob.cpp" line="207"/>
        <source>The post-deploy command did not finish in time.</source>
        <translation>La commande post-déploiement ne s&apos;est pas terminée à temps.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/deploy/DeploymentJob.cpp" line="208"/>
        <source>&quot;%1&quot; was stopped after %n second(s).</source>
        <translation>
            <numerusform>La commande «&#xa0;%1&#xa0;» a été arrêtée au bout de %n seconde.</numerusform>
            <numerusform>La commande «&#xa0;%1&#xa0;» a été arrêtée au bout de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/deploy/DeploymentJob.cpp" line="210"/>
        <source>Make the command finish faster, or raise its timeout.</source>
        <translation>Faites en sorte que la commande se termine plus vite, ou augmentez son délai d&apos;expiration.</translation>
    </message>
    <message>
        <location filename="../core/deploy/DeploymentJob.cpp" line="228"/>
        <source>The post-deploy command failed.</source>
        <translation>La commande post-déploiement a échoué.</translation>
    </message>
    <message>
        <location filename="../core/deploy/DeploymentJob.cpp" line="229"/>
        <source>&quot;%1&quot; crashed.</source>
        <translation>La commande «&#xa0;%1&#xa0;» a planté.</translation>
    </message>
    <message>
        <location filename="../core/deploy/DeploymentJob.cpp" line="230"/>
        <source>&quot;%1&quot; exited with code %2.</source>
        <translation>La commande «&#xa0;%1&#xa0;» s&apos;est terminée avec le code %2.</translation>
    </message>
    <message>
        <location filename="../core/deploy/DeploymentJob.cpp" line="231"/>
        <source>The certificate files were written; see the command&apos;s output in the activity log, fix the command, and deploy again.</source>
        <translation>Les fichiers du certificat ont été écrits&#xa0;; consultez la sortie de la commande dans le journal d&apos;activité, corrigez la commande, puis redéployez.</translation>
    </message>
</context>
<context>
    <name>DeploymentTarget</name>
    <message>
        <location filename="../core/deploy/DeploymentTarget.cpp" line="29"/>
        <source>The deployment settings are invalid.</source>
        <translation>Les paramètres de déploiement ne sont pas valides.</translation>
    </message>
    <message>
        <location filename="../core/deploy/DeploymentTarget.cpp" line="31"/>
        <source>Correct them in the endpoint&apos;s settings.</source>
        <translation>Corrigez-les dans les paramètres du point de terminaison.</translation>
    </message>
    <message>
        <location filename="../core/deploy/DeploymentTarget.cpp" line="34"/>
        <source>The folder &quot;%1&quot; is not an absolute path.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;est pas un chemin absolu.</translation>
    </message>
    <message>
        <location filename="../core/deploy/DeploymentTarget.cpp" line="38"/>
        <source>Choose PEM files, a PFX file, or both.</source>
        <translation>Choisissez des fichiers PEM, un fichier PFX, ou les deux.</translation>
    </message>
    <message>
        <location filename="../core/deploy/DeploymentTarget.cpp" line="41"/>
        <source>The command timeout must be between 1 second and 1 hour.</source>
        <translation>Le délai d&apos;expiration de la commande doit être compris entre 1 seconde et 1 heure.</translation>
    </message>
</context>
<context>
    <name>Dns01Solver</name>
    <message>
        <location filename="../core/solvers/Dns01Solver.cpp" line="59"/>
        <source>CertDesk cannot look up where the challenge record goes.</source>
        <translation>CertDesk ne peut pas déterminer où placer l&apos;enregistrement du défi.</translation>
    </message>
    <message>
        <location filename="../core/solvers/Dns01Solver.cpp" line="60"/>
        <source>No recursive resolver is configured.</source>
        <translation>Aucun résolveur récursif n&apos;est configuré.</translation>
    </message>
    <message>
        <location filename="../core/solvers/Dns01Solver.cpp" line="61"/>
        <source>Set one in the DNS settings (certdesk dns set --resolver ADDRESS).</source>
        <translation>Définissez-en un dans les paramètres DNS (certdesk dns set --resolver ADDRESS).</translation>
    </message>
    <message>
        <location filename="../core/solvers/Dns01Solver.cpp" line="89"/>
        <source>The challenge record&apos;s CNAME chain loops.</source>
        <translation>La chaîne de CNAME de l&apos;enregistrement du défi forme une boucle.</translation>
    </message>
    <message>
        <location filename="../core/solvers/Dns01Solver.cpp" line="90"/>
        <source>Following %1 comes back to %2.</source>
        <translation>En suivant %1, on revient à %2.</translation>
    </message>
    <message>
        <location filename="../core/solvers/Dns01Solver.cpp" line="91"/>
        <source>Correct the CNAME records so the chain ends at a name that can hold TXT records.</source>
        <translation>Corrigez les enregistrements CNAME pour que la chaîne aboutisse à un nom pouvant contenir des enregistrements TXT.</translation>
    </message>
    <message>
        <location filename="../core/solvers/Dns01Solver.cpp" line="101"/>
        <source>The challenge record could not be looked up.</source>
        <translation>L&apos;enregistrement du défi n&apos;a pas pu être résolu.</translation>
    </message>
    <message>
        <location filename="../core/solvers/Dns01Solver.cpp" line="102"/>
        <source>%1 answered %2 for %3.</source>
        <translation>%1 a répondu %2 pour %3.</translation>
    </message>
    <message>
        <location filename="../core/solvers/Dns01Solver.cpp" line="104"/>
        <source>Check the resolver and the zone&apos;s name servers.</source>
        <translation>Vérifiez le résolveur et les serveurs de noms de la zone.</translation>
    </message>
    <message>
        <location filename="../core/solvers/Dns01Solver.cpp" line="136"/>
        <source>%1 is not delegated yet.</source>
        <translation>%1 n&apos;est pas encore délégué.</translation>
    </message>
    <message>
        <location filename="../core/solvers/Dns01Solver.cpp" line="138"/>
        <source>%1 has no CNAME record.</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement CNAME.</translation>
    </message>
    <message>
        <location filename="../core/solvers/Dns01Solver.cpp" line="139"/>
        <source>%1 points at %2, outside the delegation zone %3.</source>
        <translation>%1 pointe vers %2, en dehors de la zone de délégation %3.</translation>
    </message>
    <message>
        <location filename="../core/solvers/Dns01Solver.cpp" line="141"/>
        <source>Create %1 CNAME %2 (certdesk records %3), or add a managed challenge whose rule matches the name.</source>
        <translation>Créez %1 CNAME %2 (certdesk records %3), ou ajoutez un défi géré dont la règle correspond au nom.</translation>
    </message>
    <message>
        <location filename="../core/solvers/Dns01Solver.cpp" line="147"/>
        <source>Nothing can publish the dns-01 record for %1.</source>
        <translation>Rien ne peut publier l&apos;enregistrement dns-01 pour %1.</translation>
    </message>
    <message>
        <location filename="../core/solvers/Dns01Solver.cpp" line="148"/>
        <source>There is no delegation zone and no managed challenge matches the name.</source>
        <translation>Il n&apos;y a pas de zone de délégation et aucun défi géré ne correspond au nom.</translation>
    </message>
    <message>
        <location filename="../core/solvers/Dns01Solver.cpp" line="149"/>
        <source>Set up the delegation zone (certdesk delegation set) or a managed challenge for it.</source>
        <translation>Configurez la zone de délégation (certdesk delegation set) ou un défi géré pour ce nom.</translation>
    </message>
</context>
<context>
    <name>DnsClient</name>
    <message>
        <location filename="../core/dns/DnsClient.cpp" line="119"/>
        <source>No DNS server is configured for this lookup.</source>
        <translation>Aucun serveur DNS n&apos;est configuré pour cette requête.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsClient.cpp" line="120"/>
        <source>CertDesk needs a server address to ask for %1.</source>
        <translation>CertDesk a besoin de l&apos;adresse d&apos;un serveur à interroger pour %1.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsClient.cpp" line="121"/>
        <source>Enter the address of a DNS server in the settings.</source>
        <translation>Saisissez l&apos;adresse d&apos;un serveur DNS dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsClient.cpp" line="216"/>
        <source>no UDP socket could be opened</source>
        <translation>aucun socket UDP n&apos;a pu être ouvert</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsClient.cpp" line="292"/>
        <source>The DNS server answered a different question.</source>
        <translation>Le serveur DNS a répondu à une autre question.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsClient.cpp" line="293"/>
        <source>%1 sent an answer over TCP that does not match %2.</source>
        <translation>%1 a envoyé sur TCP une réponse qui ne correspond pas à %2.</translation>
    </message>
</context>
<context>
    <name>DnsLookupProblem</name>
    <message>
        <location filename="../core/dns/DnsLookupProblem.cpp" line="23"/>
        <source>The DNS server cannot be reached.</source>
        <translation>Le serveur DNS est injoignable.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsLookupProblem.cpp" line="24"/>
        <source>Sending to %1 failed: %2</source>
        <translation>L&apos;envoi vers %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsLookupProblem.cpp" line="25"/>
        <source>Check the server address and port, and that this computer has a route to it.</source>
        <translation>Vérifiez l&apos;adresse et le port du serveur, ainsi que l&apos;existence d&apos;une route vers celui-ci depuis cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsLookupProblem.cpp" line="33"/>
        <source>%1 did not complete an answer over TCP for %2.</source>
        <translation>%1 n&apos;a pas terminé sa réponse sur TCP pour %2.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsLookupProblem.cpp" line="34"/>
        <source>No answer from %1 for %2 after %n attempt(s).</source>
        <translation>Aucune réponse de %1 pour %2 après %n tentative(s).</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsLookupProblem.cpp" line="38"/>
        <source>The DNS server did not answer in time.</source>
        <translation>Le serveur DNS n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsLookupProblem.cpp" line="40"/>
        <source>Check the server address and port, and that no firewall blocks DNS traffic.</source>
        <translation>Vérifiez l&apos;adresse et le port du serveur, et qu&apos;aucun pare-feu ne bloque le trafic DNS.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsLookupProblem.cpp" line="57"/>
        <source>The name does not exist (NXDOMAIN).</source>
        <translation>Le nom n&apos;existe pas (NXDOMAIN).</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsLookupProblem.cpp" line="58"/>
        <source>%1 says there is no name %2.</source>
        <translation>%1 indique que le nom %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsLookupProblem.cpp" line="59"/>
        <source>Create the record, or check the spelling of the name.</source>
        <translation>Créez l&apos;enregistrement ou vérifiez l&apos;orthographe du nom.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsLookupProblem.cpp" line="64"/>
        <source>The DNS server failed to answer (SERVFAIL).</source>
        <translation>Le serveur DNS n&apos;a pas pu répondre (SERVFAIL).</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsLookupProblem.cpp" line="65"/>
        <source>%1 could not resolve %2.</source>
        <translation>%1 n&apos;a pas pu résoudre %2.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsLookupProblem.cpp" line="66"/>
        <source>The zone&apos;s name servers may be unreachable or its DNSSEC broken. Try again later, or ask the zone&apos;s administrator.</source>
        <translation>Les serveurs de noms de la zone sont peut-être injoignables, ou son DNSSEC est défaillant. Réessayez plus tard ou contactez l&apos;administrateur de la zone.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsLookupProblem.cpp" line="72"/>
        <source>The DNS server refused the question (REFUSED).</source>
        <translation>Le serveur DNS a refusé la question (REFUSED).</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsLookupProblem.cpp" line="73"/>
        <source>%1 will not answer for %2.</source>
        <translation>%1 refuse de répondre pour %2.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsLookupProblem.cpp" line="74"/>
        <source>Use a server that is authoritative for this zone, or one that allows recursion for this computer.</source>
        <translation>Utilisez un serveur faisant autorité pour cette zone, ou un serveur qui autorise la récursion pour cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsLookupProblem.cpp" line="80"/>
        <source>The DNS server returned an error (%1).</source>
        <translation>Le serveur DNS a renvoyé une erreur (%1).</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsLookupProblem.cpp" line="81"/>
        <source>%1 could not answer %2.</source>
        <translation>%1 n&apos;a pas pu répondre à %2.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsLookupProblem.cpp" line="82"/>
        <source>Check that the server supports this kind of question.</source>
        <translation>Vérifiez que le serveur prend en charge ce type de question.</translation>
    </message>
</context>
<context>
    <name>DnsMessage</name>
    <message>
        <location filename="../core/dns/DnsMessage.cpp" line="64"/>
        <source>The name cannot be looked up.</source>
        <translation>Le nom ne peut pas être résolu.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsMessage.cpp" line="65"/>
        <source>“%1” is not a valid DNS name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom DNS valide.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsMessage.cpp" line="73"/>
        <location filename="../core/dns/DnsMessage.cpp" line="83"/>
        <source>A DNS query could not be built.</source>
        <translation>Une requête DNS n&apos;a pas pu être construite.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsMessage.cpp" line="105"/>
        <source>The DNS server sent a malformed answer.</source>
        <translation>Le serveur DNS a envoyé une réponse mal formée.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsMessage.cpp" line="107"/>
        <source>Try again; if it persists, check the server&apos;s software.</source>
        <translation>Réessayez&#xa0;; si le problème persiste, vérifiez le logiciel du serveur.</translation>
    </message>
</context>
<context>
    <name>DnsName</name>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="67"/>
        <source>No domain name was given.</source>
        <translation>Aucun nom de domaine n&apos;a été indiqué.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="69"/>
        <source>Enter a name such as www.example.com.</source>
        <translation>Saisissez un nom tel que www.example.com.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="79"/>
        <source>The domain name has an empty label.</source>
        <translation>Le nom de domaine contient un label vide.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="80"/>
        <source>“%1” has two dots in a row or starts with a dot.</source>
        <translation>«&#xa0;%1&#xa0;» contient deux points consécutifs ou commence par un point.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="81"/>
        <source>Remove the extra dot.</source>
        <translation>Supprimez le point en trop.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="86"/>
        <source>The wildcard is in the wrong place.</source>
        <translation>Le caractère générique est mal placé.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="87"/>
        <source>In “%1” the asterisk is not the whole first label.</source>
        <translation>Dans «&#xa0;%1&#xa0;», l&apos;astérisque ne constitue pas à lui seul le premier label.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="88"/>
        <source>A wildcard must look like *.example.com.</source>
        <translation>Un nom générique doit être de la forme *.example.com.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="100"/>
        <location filename="../core/dns/DnsName.cpp" line="117"/>
        <source>The domain name cannot be converted to its DNS form.</source>
        <translation>Le nom de domaine ne peut pas être converti dans sa forme DNS.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="101"/>
        <location filename="../core/dns/DnsName.cpp" line="118"/>
        <source>“%1” in “%2” is not a valid internationalised label.</source>
        <translation>«&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;» n&apos;est pas un label internationalisé valide.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="102"/>
        <source>Check the spelling, or enter the punycode (xn--) form.</source>
        <translation>Vérifiez l&apos;orthographe ou saisissez la forme punycode (xn--).</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="108"/>
        <source>The domain name contains a character DNS does not allow.</source>
        <translation>Le nom de domaine contient un caractère que le DNS n&apos;autorise pas.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="109"/>
        <source>“%1” contains “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» contient «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="110"/>
        <source>Use only letters, digits, hyphens and dots.</source>
        <translation>Utilisez uniquement des lettres, des chiffres, des traits d&apos;union et des points.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="119"/>
        <source>Check the spelling, or enter the name in its Unicode form.</source>
        <translation>Vérifiez l&apos;orthographe ou saisissez le nom sous sa forme Unicode.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="123"/>
        <source>A label of the domain name starts or ends with a hyphen.</source>
        <translation>Un label du nom de domaine commence ou se termine par un trait d&apos;union.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="124"/>
        <source>“%1” in “%2” is not a valid host name label.</source>
        <translation>«&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;» n&apos;est pas un label de nom d&apos;hôte valide.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="125"/>
        <source>Remove the hyphen at the start or end of the label.</source>
        <translation>Supprimez le trait d&apos;union au début ou à la fin du label.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="129"/>
        <source>A label of the domain name is too long.</source>
        <translation>Un label du nom de domaine est trop long.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="130"/>
        <source>“%1” has %2 characters in its DNS form; at most %3 are allowed.</source>
        <translation>«&#xa0;%1&#xa0;» compte %2 caractères dans sa forme DNS&#xa0;; %3 au maximum sont autorisés.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="134"/>
        <source>Shorten that part of the name.</source>
        <translation>Raccourcissez cette partie du nom.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="141"/>
        <source>A wildcard needs a domain under it.</source>
        <translation>Un nom générique a besoin d&apos;un domaine sous l&apos;astérisque.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="142"/>
        <source>“*” alone does not name anything.</source>
        <translation>«&#xa0;*&#xa0;» seul ne désigne rien.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="143"/>
        <source>Write the wildcard with its domain, for example *.example.com.</source>
        <translation>Écrivez le nom générique avec son domaine, par exemple *.example.com.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="149"/>
        <source>The domain name is too long.</source>
        <translation>Le nom de domaine est trop long.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="150"/>
        <source>The name has %1 characters in its DNS form; at most %2 are allowed.</source>
        <translation>Le nom compte %1 caractères dans sa forme DNS&#xa0;; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsName.cpp" line="153"/>
        <source>Use a shorter name.</source>
        <translation>Utilisez un nom plus court.</translation>
    </message>
</context>
<context>
    <name>DnsProvider</name>
    <message>
        <location filename="../core/providers/DnsProvider.cpp" line="30"/>
        <source>The TXT value cannot be published.</source>
        <translation>La valeur TXT ne peut pas être publiée.</translation>
    </message>
    <message>
        <location filename="../core/providers/DnsProvider.cpp" line="31"/>
        <source>A challenge value is 1 to 255 printable ASCII characters without spaces, quotes or backslashes.</source>
        <translation>Une valeur de défi comporte de 1 à 255 caractères ASCII imprimables, sans espaces, guillemets ni barres obliques inverses.</translation>
    </message>
    <message>
        <location filename="../core/providers/DnsProvider.cpp" line="68"/>
        <source>The record name cannot be written.</source>
        <translation>Le nom de l&apos;enregistrement ne peut pas être écrit.</translation>
    </message>
    <message>
        <location filename="../core/providers/DnsProvider.cpp" line="69"/>
        <source>“%1” is not a name a TXT record can be published at.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom auquel un enregistrement TXT peut être publié.</translation>
    </message>
</context>
<context>
    <name>DnsProviderFactory</name>
    <message>
        <location filename="../core/providers/DnsProviderFactory.cpp" line="53"/>
        <source>Unknown DNS provider.</source>
        <translation>Fournisseur DNS inconnu.</translation>
    </message>
    <message>
        <location filename="../core/providers/DnsProviderFactory.cpp" line="54"/>
        <source>“%1” is not one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>DnsProviderRepository</name>
    <message>
        <location filename="../core/providers/DnsProviderRepository.cpp" line="67"/>
        <source>The DNS provider needs a name.</source>
        <translation>Le fournisseur DNS a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <location filename="../core/providers/DnsProviderRepository.cpp" line="69"/>
        <source>Give it a name you will recognise, such as the DNS service and zone.</source>
        <translation>Donnez-lui un nom que vous reconnaîtrez, par exemple le service DNS et la zone.</translation>
    </message>
    <message>
        <location filename="../core/providers/DnsProviderRepository.cpp" line="95"/>
        <source>DNS providers could not be read or saved.</source>
        <translation>Les fournisseurs DNS n&apos;ont pas pu être lus ou enregistrés.</translation>
    </message>
    <message>
        <location filename="../core/providers/DnsProviderRepository.cpp" line="166"/>
        <source>The DNS provider is still in use.</source>
        <translation>Le fournisseur DNS est encore utilisé.</translation>
    </message>
    <message>
        <location filename="../core/providers/DnsProviderRepository.cpp" line="167"/>
        <source>The delegation zone or a managed challenge writes through it.</source>
        <translation>La zone de délégation ou un défi géré écrit par son intermédiaire.</translation>
    </message>
    <message>
        <location filename="../core/providers/DnsProviderRepository.cpp" line="168"/>
        <source>Choose another provider there first.</source>
        <translation>Choisissez d&apos;abord un autre fournisseur à cet endroit.</translation>
    </message>
    <message>
        <location filename="../core/providers/DnsProviderRepository.cpp" line="190"/>
        <source>The DNS provider does not exist.</source>
        <translation>Le fournisseur DNS n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../core/providers/DnsProviderRepository.cpp" line="191"/>
        <source>There is no DNS provider with id %1.</source>
        <translation>Il n&apos;existe pas de fournisseur DNS ayant l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>DnsQuery</name>
    <message>
        <location filename="../core/dns/DnsQuery.cpp" line="36"/>
        <source>The DNS lookup was started without a DNS client.</source>
        <translation>La requête DNS a été lancée sans client DNS.</translation>
    </message>
</context>
<context>
    <name>DnsServer</name>
    <message>
        <location filename="../core/dns/DnsServer.cpp" line="12"/>
        <source>The DNS server address is not valid.</source>
        <translation>L&apos;adresse du serveur DNS n&apos;est pas valide.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsServer.cpp" line="13"/>
        <source>“%1” is not an IP address with an optional port.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP suivie éventuellement d&apos;un port.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsServer.cpp" line="14"/>
        <source>Write an address such as 192.0.2.53, 192.0.2.53:5353 or [2001:db8::53]:5353.</source>
        <translation>Écrivez une adresse telle que 192.0.2.53, 192.0.2.53:5353 ou [2001:db8::53]:5353.</translation>
    </message>
</context>
<context>
    <name>DnsSettings</name>
    <message>
        <location filename="../core/dns/DnsSettings.cpp" line="27"/>
        <source>The DNS settings could not be read or saved.</source>
        <translation>Les paramètres DNS n&apos;ont pas pu être lus ou enregistrés.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsSettings.cpp" line="29"/>
        <source>Check that the data folder is writable.</source>
        <translation>Vérifiez que le dossier de données est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>DnsUpdate</name>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="47"/>
        <source>The DNS server did not answer the update in time.</source>
        <translation>Le serveur DNS n&apos;a pas répondu à temps à la mise à jour.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="48"/>
        <source>No reply from %1 to the update of zone %2.</source>
        <translation>Aucune réponse de %1 à la mise à jour de la zone %2.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="49"/>
        <location filename="../core/dns/DnsUpdate.cpp" line="153"/>
        <source>Check the server address and port, and that it accepts TCP connections.</source>
        <translation>Vérifiez l&apos;adresse et le port du serveur, et qu&apos;il accepte les connexions TCP.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="151"/>
        <source>The DNS server cannot be reached for the update.</source>
        <translation>Le serveur DNS est injoignable pour la mise à jour.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="152"/>
        <source>Connecting to %1 failed: %2</source>
        <translation>La connexion à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="166"/>
        <source>The DNS update has no changes.</source>
        <translation>La mise à jour DNS ne contient aucune modification.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="173"/>
        <source>The record is not in the zone being updated.</source>
        <translation>L&apos;enregistrement ne fait pas partie de la zone mise à jour.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="174"/>
        <source>%1 is not part of zone %2.</source>
        <translation>%1 ne fait pas partie de la zone %2.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="175"/>
        <source>Check which zone the name belongs to.</source>
        <translation>Vérifiez à quelle zone appartient le nom.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="182"/>
        <source>The record name cannot be written to DNS.</source>
        <translation>Le nom de l&apos;enregistrement ne peut pas être écrit dans le DNS.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="183"/>
        <source>“%1” is not a valid owner name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de propriétaire valide.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="225"/>
        <location filename="../core/dns/DnsUpdate.cpp" line="253"/>
        <source>The DNS update could not be built.</source>
        <translation>La mise à jour DNS n&apos;a pas pu être construite.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="241"/>
        <source>The DNS update could not be signed.</source>
        <translation>La mise à jour DNS n&apos;a pas pu être signée.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="242"/>
        <source>Signing with key %1 (%2) failed.</source>
        <translation>La signature avec la clé %1 (%2) a échoué.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="244"/>
        <source>Check the key&apos;s algorithm and secret.</source>
        <translation>Vérifiez l&apos;algorithme et le secret de la clé.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="276"/>
        <source>The DNS server sent a malformed reply to the update.</source>
        <translation>Le serveur DNS a envoyé une réponse mal formée à la mise à jour.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="277"/>
        <source>%1 replied to the update of zone %2 with data CertDesk cannot read.</source>
        <translation>%1 a répondu à la mise à jour de la zone %2 avec des données que CertDesk ne sait pas lire.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="324"/>
        <source>The DNS server&apos;s reply to the update could not be verified.</source>
        <translation>La réponse du serveur DNS à la mise à jour n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="325"/>
        <source>%1 accepted the update of zone %2, but its reply is not signed with key %3.</source>
        <translation>%1 a accepté la mise à jour de la zone %2, mais sa réponse n&apos;est pas signée avec la clé %3.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="327"/>
        <source>Make sure nothing between CertDesk and the server rewrites DNS traffic, then check the records.</source>
        <translation>Assurez-vous que rien entre CertDesk et le serveur ne réécrit le trafic DNS, puis vérifiez les enregistrements.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="340"/>
        <source>The DNS server did not accept the TSIG key.</source>
        <translation>Le serveur DNS n&apos;a pas accepté la clé TSIG.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="341"/>
        <source>%1 rejected the update of zone %2 signed with key %3 (%4).</source>
        <translation>%1 a rejeté la mise à jour de la zone %2 signée avec la clé %3 (%4).</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="343"/>
        <source>Check the key name, algorithm and secret against the server&apos;s configuration, and that both clocks are right (TSIG allows five minutes).</source>
        <translation>Comparez le nom, l&apos;algorithme et le secret de la clé avec la configuration du serveur, et vérifiez que les deux horloges sont à l&apos;heure (TSIG tolère cinq minutes d&apos;écart).</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="350"/>
        <source>The DNS server is not authoritative for the zone.</source>
        <translation>Le serveur DNS ne fait pas autorité pour la zone.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="351"/>
        <source>%1 refused the update of zone %2 signed with key %3 (NOTAUTH).</source>
        <translation>%1 a refusé la mise à jour de la zone %2 signée avec la clé %3 (NOTAUTH).</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="353"/>
        <source>Send updates to the zone&apos;s primary server, and check the zone name.</source>
        <translation>Envoyez les mises à jour au serveur primaire de la zone et vérifiez le nom de la zone.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="360"/>
        <source>The DNS server refused the update.</source>
        <translation>Le serveur DNS a refusé la mise à jour.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="361"/>
        <source>%1 does not let key %2 change zone %3 (REFUSED).</source>
        <translation>%1 n&apos;autorise pas la clé %2 à modifier la zone %3 (REFUSED).</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="363"/>
        <source>Allow the key in the zone&apos;s update-policy or allow-update, or use a key that is allowed.</source>
        <translation>Autorisez la clé dans l&apos;update-policy ou l&apos;allow-update de la zone, ou utilisez une clé autorisée.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="372"/>
        <source>A record of the update is outside the zone.</source>
        <translation>Un enregistrement de la mise à jour est en dehors de la zone.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="373"/>
        <source>%1 says a name in the update is not in zone %2 (NOTZONE).</source>
        <translation>%1 indique qu&apos;un nom de la mise à jour ne fait pas partie de la zone %2 (NOTZONE).</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="374"/>
        <source>Check which zone the names belong to.</source>
        <translation>Vérifiez à quelle zone appartiennent les noms.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="380"/>
        <source>The DNS server rejected the update (%1).</source>
        <translation>Le serveur DNS a rejeté la mise à jour (%1).</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="381"/>
        <source>%1 did not apply the update of zone %2 signed with key %3.</source>
        <translation>%1 n&apos;a pas appliqué la mise à jour de la zone %2 signée avec la clé %3.</translation>
    </message>
    <message>
        <location filename="../core/dns/DnsUpdate.cpp" line="383"/>
        <source>Check the server&apos;s log for the reason.</source>
        <translation>Consultez le journal du serveur pour en connaître la raison.</translation>
    </message>
</context>
<context>
    <name>EndpointActions</name>
    <message>
        <location filename="../ui/endpoints/EndpointActions.cpp" line="20"/>
        <source>&amp;New Endpoint…</source>
        <translation>&amp;Nouveau point de terminaison…</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointActions.cpp" line="21"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointActions.cpp" line="22"/>
        <source>&amp;Renew Now</source>
        <translation>&amp;Renouveler maintenant</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointActions.cpp" line="23"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointActions.cpp" line="24"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointActions.cpp" line="28"/>
        <source>Add an endpoint: one or more names served together</source>
        <translation>Ajouter un point de terminaison&#xa0;: un ou plusieurs noms servis ensemble</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointActions.cpp" line="33"/>
        <source>Order new certificates for the selected endpoints now</source>
        <translation>Commander dès maintenant de nouveaux certificats pour les points de terminaison sélectionnés</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointActions.cpp" line="35"/>
        <source>Write the selected endpoints&apos; certificates and keys to a folder</source>
        <translation>Écrire dans un dossier les certificats et les clés des points de terminaison sélectionnés</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointActions.cpp" line="38"/>
        <source>Delete the selected endpoints and their certificates from CertDesk</source>
        <translation>Supprimer de CertDesk les points de terminaison sélectionnés et leurs certificats</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endpoints/EndpointActions.cpp" line="79"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointActions.cpp" line="95"/>
        <source>Endpoint %1 added.</source>
        <translation>Point de terminaison %1 ajouté.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointActions.cpp" line="113"/>
        <source>Endpoint %1 saved.</source>
        <translation>Point de terminaison %1 enregistré.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endpoints/EndpointActions.cpp" line="124"/>
        <source>Ordering %n certificate(s)…</source>
        <translation>
            <numerusform>Commande de %n certificat…</numerusform>
            <numerusform>Commande de %n certificats…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointActions.cpp" line="141"/>
        <source>Export Failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endpoints/EndpointActions.cpp" line="147"/>
        <source>Exported %n certificate(s) to %1.</source>
        <translation>
            <numerusform>%n certificat exporté vers %1.</numerusform>
            <numerusform>%n certificats exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointActions.cpp" line="162"/>
        <source>Delete Endpoints</source>
        <translation>Supprimer des points de terminaison</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endpoints/EndpointActions.cpp" line="163"/>
        <source>Delete %n endpoint(s)?</source>
        <translation>
            <numerusform>Supprimer %n point de terminaison&#xa0;?</numerusform>
            <numerusform>Supprimer %n points de terminaison&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointActions.cpp" line="167"/>
        <source>%1

Their certificates and keys are removed from CertDesk and will no longer be renewed. Files already deployed stay where they are, and the CA still considers the certificates valid until they expire.</source>
        <translation>%1

Leurs certificats et leurs clés sont retirés de CertDesk et ne seront plus renouvelés. Les fichiers déjà déployés restent en place, et l&apos;AC considère toujours les certificats comme valides jusqu&apos;à leur expiration.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointActions.cpp" line="171"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointActions.cpp" line="181"/>
        <source>Not Deleted</source>
        <translation>Suppression impossible</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endpoints/EndpointActions.cpp" line="187"/>
        <source>%n endpoint(s) deleted.</source>
        <translation>
            <numerusform>%n point de terminaison supprimé.</numerusform>
            <numerusform>%n points de terminaison supprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointDetailsPane</name>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="41"/>
        <source>ECDSA P-256</source>
        <translation>ECDSA P-256</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="44"/>
        <source>ECDSA P-384</source>
        <translation>ECDSA P-384</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="47"/>
        <source>RSA %1 bits</source>
        <translation>RSA %1 bits</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="72"/>
        <source>Endpoint details</source>
        <translation>Détails du point de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="103"/>
        <source>&amp;Certificate</source>
        <translation>&amp;Certificat</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="104"/>
        <source>&amp;Settings</source>
        <translation>Paramètre&amp;s</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="105"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="105"/>
        <source>&amp;Orders</source>
        <translation>C&amp;ommandes</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="106"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="109"/>
        <source>Acti&amp;vity</source>
        <translation>Acti&amp;vité</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="160"/>
        <source>No certificate has been issued for this endpoint yet. Choose Renew now to order the first one.</source>
        <translation>Aucun certificat n&apos;a encore été émis pour ce point de terminaison. Choisissez Renouveler maintenant pour commander le premier.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="166"/>
        <source>Names:</source>
        <translation>Noms&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="167"/>
        <source>Issuer:</source>
        <translation>Émetteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="168"/>
        <source>Valid from:</source>
        <translation>Début de validité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="169"/>
        <source>Valid until:</source>
        <translation>Fin de validité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="170"/>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="196"/>
        <source>Key type:</source>
        <translation>Type de clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="171"/>
        <source>Serial number:</source>
        <translation>Numéro de série&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="173"/>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="175"/>
        <source>Chain:</source>
        <translation>Chaîne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="194"/>
        <source>Reach:</source>
        <translation>Accès&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="195"/>
        <source>Validation:</source>
        <translation>Validation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="197"/>
        <source>CA account:</source>
        <translation>Compte d&apos;AC&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="198"/>
        <source>Deployment:</source>
        <translation>Déploiement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="213"/>
        <source>Selected entry</source>
        <translation>Entrée sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="257"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="269"/>
        <source>Select an endpoint to see its certificate, orders and activity.</source>
        <translation>Sélectionnez un point de terminaison pour voir son certificat, ses commandes et son activité.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="270"/>
        <source>%n endpoint(s) selected. Renew, export or delete them together with the toolbar or the Endpoint menu.</source>
        <translation>
            <numerusform>%n point de terminaison sélectionné. Renouvelez, exportez ou supprimez la sélection avec la barre d&apos;outils ou le menu Point de terminaison.</numerusform>
            <numerusform>%n points de terminaison sélectionnés. Renouvelez, exportez ou supprimez la sélection avec la barre d&apos;outils ou le menu Point de terminaison.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="298"/>
        <source>The details cannot be shown</source>
        <translation>Impossible d&apos;afficher les détails</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="344"/>
        <source>%1. %2, issued by %3, until %4</source>
        <comment>position. subject, issued by issuer, until date</comment>
        <translation>%1. %2, émis par %3, jusqu&apos;au %4</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="362"/>
        <source>External: the names point at %1</source>
        <translation>Externe&#xa0;: les noms pointent vers %1</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="363"/>
        <source>Internal: reachable only inside your network</source>
        <translation>Interne&#xa0;: accessible uniquement depuis votre réseau</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="369"/>
        <source>HTTP-01, files written to %1</source>
        <translation>HTTP-01, fichiers écrits dans %1</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="370"/>
        <source>HTTP-01, built-in responder on %1</source>
        <translation>HTTP-01, répondeur intégré sur %1</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="370"/>
        <source>port 80</source>
        <translation>le port 80</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="372"/>
        <source>DNS-01 through the delegation zone</source>
        <translation>DNS-01 via la zone de délégation</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="376"/>
        <source>The default account</source>
        <translation>Le compte par défaut</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="378"/>
        <source>Not deployed automatically</source>
        <translation>Pas de déploiement automatique</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="382"/>
        <source>PEM and PFX files to %1</source>
        <translation>Fichiers PEM et PFX vers %1</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="384"/>
        <source>A PFX file to %1</source>
        <translation>Un fichier PFX vers %1</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="386"/>
        <source>PEM files to %1</source>
        <translation>Fichiers PEM vers %1</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointDetailsPane.cpp" line="389"/>
        <source>then runs: %1</source>
        <translation>puis exécute&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EndpointEditorDialog</name>
    <message>
        <location filename="../ui/endpoints/EndpointEditorDialog.cpp" line="21"/>
        <source>New Endpoint</source>
        <translation>Nouveau point de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointEditorDialog.cpp" line="33"/>
        <source>Edit Endpoint</source>
        <translation>Modifier le point de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointEditorDialog.cpp" line="69"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointEditorDialog.cpp" line="69"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>EndpointForm</name>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="61"/>
        <source>&amp;Internal: reachable only inside the network</source>
        <translation>&amp;Interne&#xa0;: accessible uniquement depuis le réseau</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="62"/>
        <source>E&amp;xternal: reachable from the internet</source>
        <translation>E&amp;xterne&#xa0;: accessible depuis Internet</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="70"/>
        <source>&amp;Deploy each new certificate</source>
        <translation>&amp;Déployer chaque nouveau certificat</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="72"/>
        <source>&amp;PEM files (cert.pem, chain.pem, fullchain.pem, privkey.pem)</source>
        <translation>Fichiers &amp;PEM (cert.pem, chain.pem, fullchain.pem, privkey.pem)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="73"/>
        <source>P&amp;FX file (certificate.pfx) for Windows servers</source>
        <translation>Fichier P&amp;FX (certificate.pfx) pour les serveurs Windows</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="108"/>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="110"/>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="111"/>
        <source>app.example.com
www.app.example.com
*.app.example.com</source>
        <translation>app.example.com
www.app.example.com
*.app.example.com</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="117"/>
        <source>One name per line (or separated by commas). The first is the certificate&apos;s subject. International names may be typed as they are read.</source>
        <translation>Un nom par ligne (ou séparés par des virgules). Le premier est le sujet du certificat. Les noms internationaux peuvent être saisis tels qu&apos;ils se lisent.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="131"/>
        <source>Reach</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="136"/>
        <source>Target host</source>
        <translation>Hôte cible</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="137"/>
        <source>lb1.example.net</source>
        <translation>lb1.example.net</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="138"/>
        <source>&amp;Target host:</source>
        <translation>&amp;Hôte cible&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="157"/>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="159"/>
        <source>Validation method</source>
        <translation>Méthode de validation</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="160"/>
        <source>DNS-01 through the delegation zone (any endpoint, wildcards)</source>
        <translation>DNS-01 via la zone de délégation (tout point de terminaison, noms génériques)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="161"/>
        <source>HTTP-01 with the built-in responder</source>
        <translation>HTTP-01 avec le répondeur intégré</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="162"/>
        <source>HTTP-01 with files in a web server&apos;s folder (webroot)</source>
        <translation>HTTP-01 avec des fichiers dans le dossier d&apos;un serveur web (webroot)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="164"/>
        <source>The CA checks a TXT record that CertDesk publishes in the delegation zone. Each name needs a one-time CNAME record pointing there.</source>
        <translation>L&apos;AC vérifie un enregistrement TXT que CertDesk publie dans la zone de délégation. Chaque nom nécessite un enregistrement CNAME, créé une seule fois, qui pointe vers celle-ci.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="171"/>
        <source>Responder address</source>
        <translation>Adresse du répondeur</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="175"/>
        <source>&amp;Listen on:</source>
        <translation>É&amp;couter sur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="178"/>
        <source>The CA connects to port 80 of each name; forward it here if CertDesk runs elsewhere.</source>
        <translation>L&apos;AC se connecte au port 80 de chaque nom&#xa0;; redirigez-le ici si CertDesk s&apos;exécute sur une autre machine.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="186"/>
        <source>Webroot folder</source>
        <translation>Dossier webroot</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="187"/>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="189"/>
        <source>Web server&apos;s document folder</source>
        <translation>Dossier des documents du serveur web</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="196"/>
        <source>&amp;Folder:</source>
        <translation>Do&amp;ssier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="205"/>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="215"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="217"/>
        <source>ECDSA P-256 (recommended)</source>
        <translation>ECDSA P-256 (recommandé)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="218"/>
        <source>ECDSA P-384</source>
        <translation>ECDSA P-384</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="219"/>
        <source>RSA 2048 bits (older clients)</source>
        <translation>RSA 2048 bits (clients anciens)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="220"/>
        <source>RSA 3072 bits</source>
        <translation>RSA 3072 bits</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="221"/>
        <source>RSA 4096 bits</source>
        <translation>RSA 4096 bits</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="225"/>
        <source>&amp;Key type:</source>
        <translation>&amp;Type de clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="227"/>
        <source>CA &amp;account:</source>
        <translation>Compte d&apos;&amp;AC&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="240"/>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="249"/>
        <source>Deployment folder</source>
        <translation>Dossier de déploiement</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="245"/>
        <source>Command after deployment</source>
        <translation>Commande après le déploiement</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="246"/>
        <source>systemctl reload nginx</source>
        <translation>systemctl reload nginx</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="247"/>
        <source>B&amp;rowse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="254"/>
        <source>F&amp;older:</source>
        <translation>Dossie&amp;r&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="256"/>
        <source>&amp;Then run:</source>
        <translation>Exécuter e&amp;nsuite&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="278"/>
        <source>The default account (the newest one registered)</source>
        <translation>Le compte par défaut (le plus récemment enregistré)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="280"/>
        <source>%1 — %2</source>
        <comment>account title — CA host</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="321"/>
        <source>Account %1</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="365"/>
        <source>Give the responder&apos;s address as ADDRESS:PORT, for example 0.0.0.0:80 or [::]:8080.</source>
        <translation>Indiquez l&apos;adresse du répondeur sous la forme ADRESSE:PORT, par exemple 0.0.0.0:80 ou [::]:8080.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="375"/>
        <source>Choose the web server&apos;s document folder (a full path).</source>
        <translation>Choisissez le dossier des documents du serveur web (un chemin complet).</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointForm.cpp" line="388"/>
        <source>Choose the folder to deploy certificates to.</source>
        <translation>Choisissez le dossier dans lequel déployer les certificats.</translation>
    </message>
</context>
<context>
    <name>EndpointListPage</name>
    <message>
        <location filename="../ui/endpoints/EndpointListPage.cpp" line="41"/>
        <source>Filter by name, target, CA or status (Ctrl+F)</source>
        <translation>Filtrer par nom, cible, AC ou état (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointListPage.cpp" line="42"/>
        <source>Filter endpoints</source>
        <translation>Filtrer les points de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointListPage.cpp" line="56"/>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointListPage.cpp" line="124"/>
        <source>No endpoints yet</source>
        <translation>Aucun point de terminaison pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointListPage.cpp" line="131"/>
        <source>An endpoint is a host name, or a few, served by one of your servers or load balancers. CertDesk obtains its certificate from your CA, renews it before it expires, and tells you exactly which DNS records to create.

Add your first endpoint to get started; internal names work too, through DNS delegation.</source>
        <translation>Un point de terminaison est un nom d&apos;hôte, ou quelques-uns, servi par l&apos;un de vos serveurs ou répartiteurs de charge. CertDesk obtient son certificat auprès de votre AC, le renouvelle avant son expiration et vous indique précisément quels enregistrements DNS créer.

Ajoutez votre premier point de terminaison pour commencer&#xa0;; les noms internes fonctionnent aussi, grâce à la délégation DNS.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endpoints/EndpointListPage.cpp" line="171"/>
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
        <location filename="../core/endpoints/EndpointRepository.cpp" line="29"/>
        <source>The endpoint list could not be read.</source>
        <translation>La liste des points de terminaison n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../core/endpoints/EndpointRepository.cpp" line="89"/>
        <source>The endpoint could not be saved.</source>
        <translation>Le point de terminaison n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../core/endpoints/EndpointRepository.cpp" line="97"/>
        <source>There is no endpoint %1.</source>
        <translation>Il n&apos;existe pas de point de terminaison %1.</translation>
    </message>
    <message>
        <location filename="../core/endpoints/EndpointRepository.cpp" line="99"/>
        <source>List the endpoints with: certdesk certs, or add it with: certdesk endpoint add NAME</source>
        <translation>Listez les points de terminaison avec&#xa0;: certdesk certs, ou ajoutez-le avec&#xa0;: certdesk endpoint add NAME</translation>
    </message>
    <message>
        <location filename="../core/endpoints/EndpointRepository.cpp" line="111"/>
        <source>An endpoint needs at least one name.</source>
        <translation>Un point de terminaison doit avoir au moins un nom.</translation>
    </message>
    <message>
        <location filename="../core/endpoints/EndpointRepository.cpp" line="131"/>
        <source>An external endpoint needs a target host name.</source>
        <translation>Un point de terminaison externe a besoin d&apos;un nom d&apos;hôte cible.</translation>
    </message>
    <message>
        <location filename="../core/endpoints/EndpointRepository.cpp" line="132"/>
        <source>&quot;%1&quot; is not a host name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte.</translation>
    </message>
    <message>
        <location filename="../core/endpoints/EndpointRepository.cpp" line="134"/>
        <source>Give the host the name should point at, for example --target lb1.example.net.</source>
        <translation>Indiquez l&apos;hôte vers lequel le nom doit pointer, par exemple --target lb1.example.net.</translation>
    </message>
    <message>
        <location filename="../core/endpoints/EndpointRepository.cpp" line="147"/>
        <source>Wildcard names can only be validated with dns-01.</source>
        <translation>Les noms génériques ne peuvent être validés qu&apos;avec dns-01.</translation>
    </message>
    <message>
        <location filename="../core/endpoints/EndpointRepository.cpp" line="149"/>
        <source>%1 cannot be proven over HTTP (RFC 8555 §7.1.3).</source>
        <translation>%1 ne peut pas être prouvé via HTTP (RFC 8555 §7.1.3).</translation>
    </message>
    <message>
        <location filename="../core/endpoints/EndpointRepository.cpp" line="152"/>
        <source>Use --challenge dns-01.</source>
        <translation>Utilisez --challenge dns-01.</translation>
    </message>
    <message>
        <location filename="../core/endpoints/EndpointRepository.cpp" line="175"/>
        <source>%1 already belongs to an endpoint.</source>
        <translation>%1 appartient déjà à un point de terminaison.</translation>
    </message>
    <message>
        <location filename="../core/endpoints/EndpointRepository.cpp" line="177"/>
        <source>Each name can belong to one endpoint only; edit that endpoint instead.</source>
        <translation>Chaque nom ne peut appartenir qu&apos;à un seul point de terminaison&#xa0;; modifiez plutôt ce point de terminaison.</translation>
    </message>
</context>
<context>
    <name>EndpointStatus</name>
    <message>
        <location filename="../ui/endpoints/EndpointStatus.cpp" line="43"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointStatus.cpp" line="45"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointStatus.cpp" line="47"/>
        <source>Expiring</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointStatus.cpp" line="49"/>
        <source>Renewing</source>
        <translation>En renouvellement</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointStatus.cpp" line="51"/>
        <source>New</source>
        <comment>endpoint without a certificate yet</comment>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointStatus.cpp" line="53"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointStatus.cpp" line="63"/>
        <source>The last attempt failed; CertDesk tries again %1. The activity log says why.</source>
        <translation>La dernière tentative a échoué&#xa0;; CertDesk réessaiera %1. Le journal d&apos;activité en indique la raison.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointStatus.cpp" line="66"/>
        <source>The last attempt failed. The activity log says why; fix the cause, then choose Renew now.</source>
        <translation>La dernière tentative a échoué. Le journal d&apos;activité en indique la raison&#xa0;; corrigez-la, puis choisissez Renouveler maintenant.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointStatus.cpp" line="68"/>
        <source>The certificate has expired: clients see errors. Choose Renew now.</source>
        <translation>Le certificat a expiré&#xa0;: les clients voient des erreurs. Choisissez Renouveler maintenant.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointStatus.cpp" line="70"/>
        <source>The certificate expires %1 and has not been renewed yet. Choose Renew now.</source>
        <translation>Le certificat expire %1 et n&apos;a pas encore été renouvelé. Choisissez Renouveler maintenant.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointStatus.cpp" line="73"/>
        <source>A certificate order is running.</source>
        <translation>Une commande de certificat est en cours.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointStatus.cpp" line="75"/>
        <source>No certificate has been issued yet. Choose Renew now to order the first one.</source>
        <translation>Aucun certificat n&apos;a encore été émis. Choisissez Renouveler maintenant pour commander le premier.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointStatus.cpp" line="77"/>
        <source>The certificate is valid and renewed automatically.</source>
        <translation>Le certificat est valide et renouvelé automatiquement.</translation>
    </message>
</context>
<context>
    <name>EndpointTableModel</name>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="53"/>
        <source>Account %1</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="59"/>
        <source>Default account</source>
        <translation>Compte par défaut</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="65"/>
        <source>HTTP-01, webroot</source>
        <translation>HTTP-01, webroot</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="65"/>
        <source>HTTP-01</source>
        <translation>HTTP-01</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="68"/>
        <source>DNS-01</source>
        <translation>DNS-01</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="263"/>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="265"/>
        <source>Reach</source>
        <comment>internal or external endpoint</comment>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="267"/>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="269"/>
        <source>CA account</source>
        <translation>Compte d&apos;AC</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="271"/>
        <source>Certificate expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="273"/>
        <source>Next renewal</source>
        <translation>Renouvellement prévu</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="275"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="288"/>
        <source>External</source>
        <translation>Externe</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="288"/>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="296"/>
        <source>No certificate yet</source>
        <translation>Pas encore de certificat</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="299"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="375"/>
        <source>Reachable from the internet; its names point at %1.</source>
        <translation>Accessible depuis Internet&#xa0;; ses noms pointent vers %1.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="376"/>
        <source>Reachable only inside your network; validated through DNS.</source>
        <translation>Accessible uniquement depuis votre réseau&#xa0;; validé via le DNS.</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="378"/>
        <source>The default account: the newest one registered</source>
        <translation>Le compte par défaut&#xa0;: le plus récemment enregistré</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="382"/>
        <source>HTTP-01 through CertDesk&apos;s own responder on %1</source>
        <translation>HTTP-01 via le répondeur propre à CertDesk sur %1</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="385"/>
        <source>HTTP-01 through files in %1</source>
        <translation>HTTP-01 via des fichiers dans %1</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/EndpointTableModel.cpp" line="387"/>
        <source>DNS-01 through the delegation zone</source>
        <translation>DNS-01 via la zone de délégation</translation>
    </message>
</context>
<context>
    <name>Envelope</name>
    <message>
        <location filename="../core/crypto/Envelope.cpp" line="24"/>
        <source>The data key is invalid</source>
        <translation>La clé de données n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../core/crypto/Envelope.cpp" line="25"/>
        <source>A data key must be exactly 32 bytes.</source>
        <translation>Une clé de données doit faire exactement 32 octets.</translation>
    </message>
    <message>
        <location filename="../core/crypto/Envelope.cpp" line="26"/>
        <source>Restore the data key from the keychain.</source>
        <translation>Restaurez la clé de données depuis le trousseau.</translation>
    </message>
    <message>
        <location filename="../core/crypto/Envelope.cpp" line="56"/>
        <source>No secure random numbers are available</source>
        <translation>Aucune source de nombres aléatoires sûrs n&apos;est disponible</translation>
    </message>
    <message>
        <location filename="../core/crypto/Envelope.cpp" line="58"/>
        <location filename="../core/crypto/Envelope.cpp" line="90"/>
        <source>Report this as a bug.</source>
        <translation>Signalez ce problème comme un bogue.</translation>
    </message>
    <message>
        <location filename="../core/crypto/Envelope.cpp" line="88"/>
        <source>Encryption failed</source>
        <translation>Le chiffrement a échoué</translation>
    </message>
    <message>
        <location filename="../core/crypto/Envelope.cpp" line="102"/>
        <source>The encrypted data is damaged</source>
        <translation>Les données chiffrées sont endommagées</translation>
    </message>
    <message>
        <location filename="../core/crypto/Envelope.cpp" line="103"/>
        <source>The data is shorter than any valid envelope.</source>
        <translation>Les données sont plus courtes que toute enveloppe valide.</translation>
    </message>
    <message>
        <location filename="../core/crypto/Envelope.cpp" line="104"/>
        <source>Restore it from a backup.</source>
        <translation>Restaurez-les à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../core/crypto/Envelope.cpp" line="108"/>
        <source>The encrypted data uses an unknown format</source>
        <translation>Les données chiffrées utilisent un format inconnu</translation>
    </message>
    <message>
        <location filename="../core/crypto/Envelope.cpp" line="109"/>
        <source>Format version %1 is not supported.</source>
        <translation>La version de format %1 n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <location filename="../core/crypto/Envelope.cpp" line="111"/>
        <source>It was probably written by a newer CertDesk; update CertDesk.</source>
        <translation>Elles ont probablement été écrites par une version plus récente de CertDesk&#xa0;; mettez CertDesk à jour.</translation>
    </message>
    <message>
        <location filename="../core/crypto/Envelope.cpp" line="145"/>
        <source>The encrypted data could not be verified</source>
        <translation>Les données chiffrées n&apos;ont pas pu être vérifiées</translation>
    </message>
    <message>
        <location filename="../core/crypto/Envelope.cpp" line="146"/>
        <source>Either the data was changed or damaged, or it was encrypted with a different key.</source>
        <translation>Soit les données ont été modifiées ou endommagées, soit elles ont été chiffrées avec une autre clé.</translation>
    </message>
    <message>
        <location filename="../core/crypto/Envelope.cpp" line="149"/>
        <source>Check that the keychain holds this profile&apos;s data key, or restore the data from a backup.</source>
        <translation>Vérifiez que le trousseau contient la clé de données de ce profil, ou restaurez les données à partir d&apos;une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/endpoints/ExportDialog.cpp" line="16"/>
        <source>Also write a &amp;PFX file (certificate.pfx) for Windows servers</source>
        <translation>Écrire aussi un fichier &amp;PFX (certificate.pfx) pour les serveurs Windows</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/ExportDialog.cpp" line="20"/>
        <source>Export Certificates</source>
        <translation>Exporter des certificats</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/endpoints/ExportDialog.cpp" line="21"/>
        <source>CertDesk writes each endpoint&apos;s certificate, chain and private key into a folder of its own inside the folder you choose (%n endpoint(s)). The key files are readable only by you.</source>
        <translation>
            <numerusform>CertDesk écrit le certificat, la chaîne et la clé privée de chaque point de terminaison dans un dossier qui lui est propre, à l&apos;intérieur du dossier que vous choisissez (%n point de terminaison). Vous seul pouvez lire les fichiers de clé.</numerusform>
            <numerusform>CertDesk écrit le certificat, la chaîne et la clé privée de chaque point de terminaison dans un dossier qui lui est propre, à l&apos;intérieur du dossier que vous choisissez (%n points de terminaison). Vous seul pouvez lire les fichiers de clé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/endpoints/ExportDialog.cpp" line="29"/>
        <source>Export folder</source>
        <translation>Dossier d&apos;export</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/ExportDialog.cpp" line="32"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/ExportDialog.cpp" line="34"/>
        <source>Export Folder</source>
        <translation>Dossier d&apos;export</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/ExportDialog.cpp" line="42"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/ExportDialog.cpp" line="44"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
</context>
<context>
    <name>FirstEndpointPage</name>
    <message>
        <location filename="../ui/wizard/FirstEndpointPage.cpp" line="20"/>
        <source>Your first endpoint</source>
        <translation>Votre premier point de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstEndpointPage.cpp" line="21"/>
        <source>The names one server or load balancer answers to, and how the CA checks they are yours.</source>
        <translation>Les noms auxquels répond un serveur ou un répartiteur de charge, et la manière dont l&apos;AC vérifie qu&apos;ils vous appartiennent.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstEndpointPage.cpp" line="58"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>FirstIssuancePage</name>
    <message>
        <location filename="../ui/wizard/FirstIssuancePage.cpp" line="18"/>
        <source>The CA is checking that the names are yours…</source>
        <translation>L&apos;AC vérifie que les noms vous appartiennent…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstIssuancePage.cpp" line="21"/>
        <source>The CA is issuing the certificate…</source>
        <translation>L&apos;AC émet le certificat…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstIssuancePage.cpp" line="24"/>
        <source>Downloading and storing the certificate…</source>
        <translation>Téléchargement et enregistrement du certificat…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstIssuancePage.cpp" line="26"/>
        <source>Ordering the certificate…</source>
        <translation>Commande du certificat…</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstIssuancePage.cpp" line="36"/>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstIssuancePage.cpp" line="39"/>
        <source>Your first certificate</source>
        <translation>Votre premier certificat</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstIssuancePage.cpp" line="40"/>
        <source>CertDesk orders it now. From here on it is renewed automatically.</source>
        <translation>CertDesk le commande maintenant. Il sera ensuite renouvelé automatiquement.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstIssuancePage.cpp" line="47"/>
        <source>Issuance progress</source>
        <translation>Progression de l&apos;émission</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstIssuancePage.cpp" line="103"/>
        <source>The certificate has been issued. You find it in the endpoint list, where CertDesk shows when it expires and when it will be renewed.</source>
        <translation>Le certificat a été émis. Vous le trouverez dans la liste des points de terminaison, où CertDesk indique quand il expire et quand il sera renouvelé.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/FirstIssuancePage.cpp" line="106"/>
        <source>&lt;p&gt;&lt;b&gt;No certificate yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Fix the cause and try again, or finish now and renew the endpoint from the list later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pas encore de certificat.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Corrigez la cause et réessayez, ou terminez maintenant et renouvelez plus tard le point de terminaison depuis la liste.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifications</name>
    <message>
        <location filename="../ui/tray/FreedesktopNotifications.cpp" line="69"/>
        <source>Open in CertDesk</source>
        <translation>Ouvrir dans CertDesk</translation>
    </message>
</context>
<context>
    <name>Http01Responder</name>
    <message>
        <location filename="../core/solvers/Http01Responder.cpp" line="37"/>
        <source>The http-01 responder cannot listen.</source>
        <translation>Le répondeur http-01 ne peut pas écouter.</translation>
    </message>
    <message>
        <location filename="../core/solvers/Http01Responder.cpp" line="38"/>
        <source>Listening on %1 failed: %2</source>
        <translation>L&apos;écoute sur %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/solvers/Http01Responder.cpp" line="41"/>
        <source>Ports below 1024 need administrator rights (on Linux: CAP_NET_BIND_SERVICE); stop the web server using the port, or use webroot mode.</source>
        <translation>Les ports inférieurs à 1024 nécessitent des droits d&apos;administrateur (sous Linux&#xa0;: CAP_NET_BIND_SERVICE)&#xa0;; arrêtez le serveur web qui utilise le port, ou utilisez le mode webroot.</translation>
    </message>
    <message>
        <location filename="../core/solvers/Http01Responder.cpp" line="45"/>
        <source>Choose a free port, or stop the program using it.</source>
        <translation>Choisissez un port libre, ou arrêtez le programme qui l&apos;utilise.</translation>
    </message>
    <message>
        <location filename="../core/solvers/Http01Responder.cpp" line="89"/>
        <source>The CA sent an unusable challenge token.</source>
        <translation>L&apos;AC a envoyé un jeton de défi inutilisable.</translation>
    </message>
    <message>
        <location filename="../core/solvers/Http01Responder.cpp" line="90"/>
        <source>The token is not base64url, or the key authorization does not belong to it.</source>
        <translation>Le jeton n&apos;est pas en base64url, ou l&apos;autorisation de clé ne lui correspond pas.</translation>
    </message>
</context>
<context>
    <name>HttpReqController</name>
    <message>
        <location filename="../core/hub/HttpReqController.cpp" line="64"/>
        <source>Method not allowed.</source>
        <translation>Méthode non autorisée.</translation>
    </message>
    <message>
        <location filename="../core/hub/HttpReqController.cpp" line="64"/>
        <source>Use POST.</source>
        <translation>Utilisez POST.</translation>
    </message>
</context>
<context>
    <name>HubAuditLog</name>
    <message>
        <location filename="../core/hub/HubAuditLog.cpp" line="25"/>
        <location filename="../core/hub/HubAuditLog.cpp" line="145"/>
        <source>The hub audit log could not be read or written.</source>
        <translation>Le journal d&apos;audit du hub n&apos;a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubAuditLog.cpp" line="27"/>
        <location filename="../core/hub/HubAuditLog.cpp" line="147"/>
        <source>Check that the data folder is writable.</source>
        <translation>Vérifiez que le dossier de données est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>HubCertificateJob</name>
    <message>
        <location filename="../core/hub/HubCertificateJob.cpp" line="145"/>
        <source>The hub&apos;s certificate cannot be read.</source>
        <translation>Le certificat du hub ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubCertificateJob.cpp" line="147"/>
        <source>Check the permissions of the data folder.</source>
        <translation>Vérifiez les permissions du dossier de données.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubCertificateJob.cpp" line="247"/>
        <source>The hub&apos;s certificate cannot be saved.</source>
        <translation>Le certificat du hub ne peut pas être enregistré.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubCertificateJob.cpp" line="249"/>
        <source>Check that the data folder is writable and not full.</source>
        <translation>Vérifiez que le dossier de données est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubCertificateJob.cpp" line="266"/>
        <source>The endpoint whose certificate the hub uses no longer exists.</source>
        <translation>Le point de terminaison dont le hub utilise le certificat n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubCertificateJob.cpp" line="267"/>
        <source>Endpoint %1 was not found.</source>
        <translation>Le point de terminaison %1 est introuvable.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubCertificateJob.cpp" line="268"/>
        <source>Choose another endpoint for the hub, or use a self-signed certificate.</source>
        <translation>Choisissez un autre point de terminaison pour le hub, ou utilisez un certificat auto-signé.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubCertificateJob.cpp" line="280"/>
        <source>The hub&apos;s endpoint has no certificate yet.</source>
        <translation>Le point de terminaison du hub n&apos;a pas encore de certificat.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubCertificateJob.cpp" line="281"/>
        <source>%1 has not been issued a certificate.</source>
        <translation>Aucun certificat n&apos;a été émis pour %1.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubCertificateJob.cpp" line="282"/>
        <source>Issue its certificate first (certdesk issue %1), or use a self-signed certificate.</source>
        <translation>Émettez d&apos;abord son certificat (certdesk issue %1), ou utilisez un certificat auto-signé.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubCertificateJob.cpp" line="291"/>
        <source>The hub&apos;s endpoint certificate has expired.</source>
        <translation>Le certificat du point de terminaison du hub a expiré.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubCertificateJob.cpp" line="292"/>
        <source>The certificate of %1 expired on %2.</source>
        <translation>Le certificat de %1 a expiré le %2.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubCertificateJob.cpp" line="293"/>
        <source>Renew it (certdesk issue %1), or use a self-signed certificate.</source>
        <translation>Renouvelez-le (certdesk issue %1), ou utilisez un certificat auto-signé.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubCertificateJob.cpp" line="317"/>
        <source>The hub&apos;s endpoint certificate cannot be read.</source>
        <translation>Le certificat du point de terminaison du hub ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubCertificateJob.cpp" line="318"/>
        <source>The stored certificate or key of %1 is damaged.</source>
        <translation>Le certificat ou la clé enregistrés pour %1 sont endommagés.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubCertificateJob.cpp" line="319"/>
        <source>Issue the endpoint&apos;s certificate again.</source>
        <translation>Émettez de nouveau le certificat du point de terminaison.</translation>
    </message>
</context>
<context>
    <name>HubServer</name>
    <message>
        <location filename="../core/hub/HubServer.cpp" line="129"/>
        <source>The hub needs a TLS certificate.</source>
        <translation>Le hub a besoin d&apos;un certificat TLS.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubServer.cpp" line="130"/>
        <source>Clients send their API token with every request, so the hub only speaks HTTPS.</source>
        <translation>Les clients envoient leur jeton d&apos;API à chaque requête&#xa0;; le hub ne communique donc qu&apos;en HTTPS.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubServer.cpp" line="131"/>
        <source>Choose a certificate and key for the hub in Settings.</source>
        <translation>Choisissez un certificat et une clé pour le hub dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubServer.cpp" line="136"/>
        <source>Plain HTTP is only allowed on this computer.</source>
        <translation>Le HTTP en clair n&apos;est autorisé que sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubServer.cpp" line="137"/>
        <source>The hub was asked to listen without TLS on %1.</source>
        <translation>Il a été demandé au hub d&apos;écouter sans TLS sur %1.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubServer.cpp" line="138"/>
        <source>Listen on 127.0.0.1 for plain HTTP, or give the hub a certificate.</source>
        <translation>Écoutez sur 127.0.0.1 pour le HTTP en clair, ou donnez un certificat au hub.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubServer.cpp" line="185"/>
        <source>The hub could not start listening.</source>
        <translation>Le hub n&apos;a pas pu commencer à écouter.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubServer.cpp" line="186"/>
        <source>Port %1 on %2 is in use or not permitted.</source>
        <translation>Le port %1 sur %2 est déjà utilisé ou n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubServer.cpp" line="187"/>
        <source>Choose another port in Settings, or stop the program that uses it.</source>
        <translation>Choisissez un autre port dans les paramètres, ou arrêtez le programme qui l&apos;utilise.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubServer.cpp" line="215"/>
        <source>The hub&apos;s certificate cannot be changed.</source>
        <translation>Le certificat du hub ne peut pas être changé.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubServer.cpp" line="216"/>
        <source>The hub is not listening with TLS.</source>
        <translation>Le hub n&apos;écoute pas en TLS.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubServer.cpp" line="258"/>
        <source>The request body is too large.</source>
        <translation>Le corps de la requête est trop volumineux.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubServer.cpp" line="259"/>
        <source>The hub accepts at most %1 bytes per request.</source>
        <translation>Le hub accepte au plus %1 octets par requête.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubServer.cpp" line="267"/>
        <source>Too many requests.</source>
        <translation>Trop de requêtes.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubServer.cpp" line="268"/>
        <source>Too many requests from %1; retry after %2 seconds.</source>
        <translation>Trop de requêtes de %1&#xa0;; réessayez dans %2 secondes.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubServer.cpp" line="280"/>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubServer.cpp" line="280"/>
        <source>This hub has no API at %1.</source>
        <translation>Ce hub n&apos;a pas d&apos;API à %1.</translation>
    </message>
</context>
<context>
    <name>HubSettings</name>
    <message>
        <location filename="../core/hub/HubSettings.cpp" line="91"/>
        <source>The hub&apos;s listen address is not an IP address.</source>
        <translation>L&apos;adresse d&apos;écoute du hub n&apos;est pas une adresse IP.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubSettings.cpp" line="93"/>
        <source>Use an address such as 0.0.0.0, 127.0.0.1 or [::].</source>
        <translation>Utilisez une adresse telle que 0.0.0.0, 127.0.0.1 ou [::].</translation>
    </message>
    <message>
        <location filename="../core/hub/HubSettings.cpp" line="98"/>
        <source>Plain HTTP is only allowed on this computer.</source>
        <translation>Le HTTP en clair n&apos;est autorisé que sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubSettings.cpp" line="99"/>
        <source>The hub is set to listen without TLS on %1, where API tokens would cross the network in clear text.</source>
        <translation>Le hub est configuré pour écouter sans TLS sur %1, où les jetons d&apos;API circuleraient en clair sur le réseau.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubSettings.cpp" line="101"/>
        <source>Listen on 127.0.0.1 (for example behind a local TLS proxy), or turn plain HTTP off.</source>
        <translation>Écoutez sur 127.0.0.1 (par exemple derrière un proxy TLS local), ou désactivez le HTTP en clair.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubSettings.cpp" line="105"/>
        <source>The hub is set to use an endpoint&apos;s certificate, but no endpoint is chosen.</source>
        <translation>Le hub est configuré pour utiliser le certificat d&apos;un point de terminaison, mais aucun point de terminaison n&apos;est choisi.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubSettings.cpp" line="107"/>
        <source>Choose the endpoint whose certificate the hub presents, or use a self-signed certificate.</source>
        <translation>Choisissez le point de terminaison dont le hub présente le certificat, ou utilisez un certificat auto-signé.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubSettings.cpp" line="112"/>
        <source>The acme-dns zone is not a DNS name.</source>
        <translation>La zone acme-dns n&apos;est pas un nom DNS.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubSettings.cpp" line="113"/>
        <source>&quot;%1&quot; is not a zone name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de zone.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubSettings.cpp" line="114"/>
        <source>Use the delegation zone&apos;s name, for example acme.example.com.</source>
        <translation>Utilisez le nom de la zone de délégation, par exemple acme.example.com.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubSettings.cpp" line="118"/>
        <source>acme-dns registration needs a zone.</source>
        <translation>L&apos;inscription acme-dns nécessite une zone.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubSettings.cpp" line="120"/>
        <source>Set the zone the registered accounts&apos; records are written in.</source>
        <translation>Indiquez la zone dans laquelle sont écrits les enregistrements des comptes inscrits.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubSettings.cpp" line="126"/>
        <source>The hub&apos;s public URL is not an http(s) URL.</source>
        <translation>L&apos;URL publique du hub n&apos;est pas une URL http(s).</translation>
    </message>
    <message>
        <location filename="../core/hub/HubSettings.cpp" line="127"/>
        <source>&quot;%1&quot; cannot be used by clients.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas utilisable par les clients.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubSettings.cpp" line="128"/>
        <source>Use the URL clients reach the hub at, for example https://certdesk.corp:8443.</source>
        <translation>Utilisez l&apos;URL par laquelle les clients joignent le hub, par exemple https://certdesk.corp:8443.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubSettings.cpp" line="132"/>
        <source>The hub&apos;s rate limits must be at least 1.</source>
        <translation>Les limites de débit du hub doivent être d&apos;au moins 1.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubSettings.cpp" line="134"/>
        <source>Raise the limits, or leave them at their defaults.</source>
        <translation>Augmentez les limites, ou laissez leurs valeurs par défaut.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubSettings.cpp" line="156"/>
        <source>&quot;%1&quot; is not a listen address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse d&apos;écoute.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubSettings.cpp" line="158"/>
        <source>Write ADDRESS:PORT, for example 0.0.0.0:8443, 127.0.0.1:8443 or [::]:8443.</source>
        <translation>Écrivez ADRESSE:PORT, par exemple 0.0.0.0:8443, 127.0.0.1:8443 ou [::]:8443.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubSettings.cpp" line="192"/>
        <source>&quot;%1&quot; is not a certificate source for the hub.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une source de certificat pour le hub.</translation>
    </message>
    <message>
        <location filename="../core/hub/HubSettings.cpp" line="194"/>
        <source>Use self-signed, or endpoint:ID for one of CertDesk&apos;s own endpoints.</source>
        <translation>Utilisez self-signed, ou endpoint:ID pour l&apos;un des points de terminaison de CertDesk.</translation>
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
        <translation>%1
Dossier de données&#xa0;:    %2
Base de données&#xa0;:       %3 (schéma %4)
Identifiant du profil&#xa0;: %5</translation>
    </message>
    <message>
        <location filename="../app/cli/InfoVerb.cpp" line="47"/>
        <source>Show the profile&apos;s folder and database.</source>
        <translation>Afficher le dossier et la base de données du profil.</translation>
    </message>
</context>
<context>
    <name>Jws</name>
    <message>
        <location filename="../core/acme/Jws.cpp" line="69"/>
        <source>External account binding is incomplete</source>
        <translation>La liaison de compte externe est incomplète</translation>
    </message>
    <message>
        <location filename="../core/acme/Jws.cpp" line="70"/>
        <source>Both the key ID and the MAC key are needed.</source>
        <translation>L&apos;identifiant de clé et la clé MAC sont tous deux nécessaires.</translation>
    </message>
    <message>
        <location filename="../core/acme/Jws.cpp" line="71"/>
        <source>Copy both values from the CA&apos;s account page into the account settings.</source>
        <translation>Copiez les deux valeurs depuis la page de compte de l&apos;AC dans les paramètres du compte.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="52"/>
        <source>CertDesk</source>
        <translation>CertDesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="67"/>
        <location filename="../ui/MainWindow.cpp" line="232"/>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68"/>
        <source>CA Accounts</source>
        <translation>Comptes d&apos;AC</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="182"/>
        <source>&amp;Setup Wizard…</source>
        <translation>&amp;Assistant de configuration…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>Re&amp;load</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="189"/>
        <source>&amp;Keep Running in the Tray</source>
        <translation>&amp;Garder actif dans la zone de notification</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>Closing the window leaves CertDesk in the tray, so renewals go on</source>
        <translation>Fermer la fenêtre laisse CertDesk dans la zone de notification, afin que les renouvellements se poursuivent</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="206"/>
        <source>&amp;Endpoint</source>
        <translation>&amp;Point de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="215"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="218"/>
        <source>&amp;Renewals</source>
        <translation>&amp;Renouvellements</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="219"/>
        <source>Renew &amp;Due Certificates Now</source>
        <translation>Renouveler maintenant les certificats à é&amp;chéance</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="223"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <source>&amp;About CertDesk</source>
        <translation>À &amp;propos de CertDesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="262"/>
        <source>New certificate for %1.</source>
        <translation>Nouveau certificat pour %1.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <source>No certificate for %1: %2</source>
        <translation>Pas de certificat pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="292"/>
        <source>About CertDesk</source>
        <translation>À propos de CertDesk</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="293"/>
        <source>&lt;h3&gt;CertDesk %1&lt;/h3&gt;&lt;p&gt;Managed HTTPS for administrators: certificates from any ACME CA, renewed in the background, with the DNS records to create checked live.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CertDesk %1&lt;/h3&gt;&lt;p&gt;HTTPS géré pour les administrateurs&#xa0;: des certificats de n&apos;importe quelle AC ACME, renouvelés en arrière-plan, avec vérification en direct des enregistrements DNS à créer.&lt;/p&gt;&lt;p&gt;Profil&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="308"/>
        <source>No endpoints</source>
        <translation>Aucun point de terminaison</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="308"/>
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n point de terminaison</numerusform>
            <numerusform>%n points de terminaison</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManagedChallengeRepository</name>
    <message>
        <location filename="../core/challenges/ManagedChallengeRepository.cpp" line="81"/>
        <source>A managed challenge needs a title.</source>
        <translation>Un défi géré a besoin d&apos;un titre.</translation>
    </message>
    <message>
        <location filename="../core/challenges/ManagedChallengeRepository.cpp" line="83"/>
        <source>Give it a name that says what it is for, like &quot;Corporate zone&quot;.</source>
        <translation>Donnez-lui un nom qui indique son usage, par exemple «&#xa0;Zone de l&apos;entreprise&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/challenges/ManagedChallengeRepository.cpp" line="88"/>
        <source>Only DNS-01 managed challenges are supported.</source>
        <translation>Seuls les défis gérés DNS-01 sont pris en charge.</translation>
    </message>
    <message>
        <location filename="../core/challenges/ManagedChallengeRepository.cpp" line="89"/>
        <source>The challenge type &quot;%1&quot; is not supported.</source>
        <translation>Le type de défi «&#xa0;%1&#xa0;» n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <location filename="../core/challenges/ManagedChallengeRepository.cpp" line="90"/>
        <source>Choose dns-01.</source>
        <translation>Choisissez dns-01.</translation>
    </message>
    <message>
        <location filename="../core/challenges/ManagedChallengeRepository.cpp" line="95"/>
        <source>The domain match rule has entries that are not hostnames.</source>
        <translation>La règle de correspondance de domaines contient des entrées qui ne sont pas des noms d&apos;hôte.</translation>
    </message>
    <message>
        <location filename="../core/challenges/ManagedChallengeRepository.cpp" line="96"/>
        <source>Not valid: %1</source>
        <translation>Non valides&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/challenges/ManagedChallengeRepository.cpp" line="97"/>
        <source>Use names like example.com or *.example.com, separated by semicolons.</source>
        <translation>Utilisez des noms comme example.com ou *.example.com, séparés par des points-virgules.</translation>
    </message>
    <message>
        <location filename="../core/challenges/ManagedChallengeRepository.cpp" line="122"/>
        <source>The DNS provider of this managed challenge does not exist.</source>
        <translation>Le fournisseur DNS de ce défi géré n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../core/challenges/ManagedChallengeRepository.cpp" line="124"/>
        <source>Choose one of the configured DNS providers.</source>
        <translation>Choisissez l&apos;un des fournisseurs DNS configurés.</translation>
    </message>
    <message>
        <location filename="../core/challenges/ManagedChallengeRepository.cpp" line="152"/>
        <location filename="../core/challenges/ManagedChallengeRepository.cpp" line="181"/>
        <source>The managed challenge no longer exists.</source>
        <translation>Le défi géré n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../core/challenges/ManagedChallengeRepository.cpp" line="154"/>
        <location filename="../core/challenges/ManagedChallengeRepository.cpp" line="183"/>
        <source>Reload the list; it may have been deleted.</source>
        <translation>Rechargez la liste&#xa0;; il a peut-être été supprimé.</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <location filename="../core/notify/Notification.cpp" line="33"/>
        <source>CertDesk: renewal of %1 failed</source>
        <translation>CertDesk&#xa0;: échec du renouvellement de %1</translation>
    </message>
    <message>
        <location filename="../core/notify/Notification.cpp" line="35"/>
        <source>CertDesk: the certificate of %1 expires %2</source>
        <translation>CertDesk&#xa0;: le certificat de %1 expire le %2</translation>
    </message>
    <message>
        <location filename="../core/notify/Notification.cpp" line="37"/>
        <source>CertDesk: a DNS record of %1 needs attention</source>
        <translation>CertDesk&#xa0;: un enregistrement DNS de %1 demande votre attention</translation>
    </message>
    <message>
        <location filename="../core/notify/Notification.cpp" line="39"/>
        <source>CertDesk notification</source>
        <translation>Notification de CertDesk</translation>
    </message>
    <message>
        <location filename="../core/notify/Notification.cpp" line="45"/>
        <source>Names: %1</source>
        <translation>Noms&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/notify/Notification.cpp" line="47"/>
        <source>Reason: %1</source>
        <translation>Raison&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/notify/Notification.cpp" line="50"/>
        <source>Current certificate expires: %1</source>
        <translation>Expiration du certificat actuel&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/notify/Notification.cpp" line="53"/>
        <source>Next attempt: %1</source>
        <translation>Prochaine tentative&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OrderHistoryModel</name>
    <message>
        <location filename="../ui/endpoints/OrderHistoryModel.cpp" line="20"/>
        <source>In progress (%1)</source>
        <comment>order state as the CA names it</comment>
        <translation>En cours (%1)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/OrderHistoryModel.cpp" line="23"/>
        <source>Certificate issued</source>
        <translation>Certificat émis</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/OrderHistoryModel.cpp" line="25"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/OrderHistoryModel.cpp" line="45"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/OrderHistoryModel.cpp" line="47"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/OrderHistoryModel.cpp" line="49"/>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../ui/endpoints/OrderHistoryModel.cpp" line="51"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>OrderQueue</name>
    <message>
        <location filename="../core/jobs/OrderQueue.cpp" line="155"/>
        <source>No %1 solver is set up for %2.</source>
        <translation>Aucun solveur %1 n&apos;est configuré pour %2.</translation>
    </message>
    <message>
        <location filename="../core/jobs/OrderQueue.cpp" line="157"/>
        <source>Set up the delegation zone (certdesk delegation set) or use http-01.</source>
        <translation>Configurez la zone de délégation (certdesk delegation set) ou utilisez http-01.</translation>
    </message>
    <message>
        <location filename="../core/jobs/OrderQueue.cpp" line="258"/>
        <source>Certificate order for %1 could not start: %2</source>
        <translation>La commande de certificat pour %1 n&apos;a pas pu démarrer&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/jobs/OrderQueue.cpp" line="314"/>
        <source>Certificate deployed.</source>
        <translation>Certificat déployé.</translation>
    </message>
    <message>
        <location filename="../core/jobs/OrderQueue.cpp" line="365"/>
        <source>Deployment failed: %1</source>
        <translation>Échec du déploiement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <location filename="../core/jobs/OrderRepository.cpp" line="16"/>
        <source>The order could not be recorded.</source>
        <translation>La commande n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../core/jobs/OrderRepository.cpp" line="47"/>
        <source>A certificate order for this endpoint is already running.</source>
        <translation>Une commande de certificat est déjà en cours pour ce point de terminaison.</translation>
    </message>
    <message>
        <location filename="../core/jobs/OrderRepository.cpp" line="50"/>
        <source>Wait for it to finish; its progress is in the activity log.</source>
        <translation>Attendez qu&apos;elle se termine&#xa0;; sa progression figure dans le journal d&apos;activité.</translation>
    </message>
</context>
<context>
    <name>OrderRunner</name>
    <message>
        <location filename="../core/jobs/OrderRunner.cpp" line="160"/>
        <source>The CA does not offer the certificate profile “%1”.</source>
        <translation>L&apos;AC ne propose pas le profil de certificat «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/jobs/OrderRunner.cpp" line="162"/>
        <source>%1 offers no profiles.</source>
        <translation>%1 ne propose aucun profil.</translation>
    </message>
    <message>
        <location filename="../core/jobs/OrderRunner.cpp" line="163"/>
        <source>It offers: %1.</source>
        <translation>Profils proposés&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../core/jobs/OrderRunner.cpp" line="164"/>
        <source>Choose one of the CA&apos;s profiles for the endpoint, or none for the CA&apos;s default.</source>
        <translation>Choisissez pour le point de terminaison l&apos;un des profils de l&apos;AC, ou aucun pour utiliser celui par défaut de l&apos;AC.</translation>
    </message>
    <message>
        <location filename="../core/jobs/OrderRunner.cpp" line="223"/>
        <source>The CA marked the order as %1.</source>
        <translation>L&apos;AC a marqué la commande comme «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/jobs/OrderRunner.cpp" line="261"/>
        <source>%1 cannot be validated with %2.</source>
        <translation>%1 ne peut pas être validé avec %2.</translation>
    </message>
    <message>
        <location filename="../core/jobs/OrderRunner.cpp" line="262"/>
        <source>No %1 solver is configured for this endpoint.</source>
        <translation>Aucun solveur %1 n&apos;est configuré pour ce point de terminaison.</translation>
    </message>
    <message>
        <location filename="../core/jobs/OrderRunner.cpp" line="263"/>
        <source>The CA does not offer %1 for this name.</source>
        <translation>L&apos;AC ne propose pas %1 pour ce nom.</translation>
    </message>
    <message>
        <location filename="../core/jobs/OrderRunner.cpp" line="264"/>
        <source>Choose another validation method for the endpoint.</source>
        <translation>Choisissez une autre méthode de validation pour le point de terminaison.</translation>
    </message>
    <message>
        <location filename="../core/jobs/OrderRunner.cpp" line="430"/>
        <source>Certificate issued for %1, valid until %2.</source>
        <translation>Certificat émis pour %1, valide jusqu&apos;au %2.</translation>
    </message>
    <message>
        <location filename="../core/jobs/OrderRunner.cpp" line="475"/>
        <source>Certificate order for %1 failed: %2</source>
        <translation>La commande de certificat pour %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Pkcs12Export</name>
    <message>
        <location filename="../core/crypto/Pkcs12Export.cpp" line="17"/>
        <source>Cannot create the PFX file</source>
        <translation>Impossible de créer le fichier PFX</translation>
    </message>
    <message>
        <location filename="../core/crypto/Pkcs12Export.cpp" line="19"/>
        <source>Check the certificate and key, then try again.</source>
        <translation>Vérifiez le certificat et la clé, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/crypto/Pkcs12Export.cpp" line="31"/>
        <source>There is no private key.</source>
        <translation>Il n&apos;y a pas de clé privée.</translation>
    </message>
    <message>
        <location filename="../core/crypto/Pkcs12Export.cpp" line="36"/>
        <source>The certificate chain is not readable PEM.</source>
        <translation>La chaîne de certificats n&apos;est pas du PEM lisible.</translation>
    </message>
    <message>
        <location filename="../core/crypto/Pkcs12Export.cpp" line="41"/>
        <source>The certificate does not belong to this private key.</source>
        <translation>Le certificat ne correspond pas à cette clé privée.</translation>
    </message>
</context>
<context>
    <name>PowerDnsProvider</name>
    <message>
        <location filename="../core/providers/PowerDnsProvider.cpp" line="9"/>
        <source>The PowerDNS API</source>
        <translation>L&apos;API PowerDNS</translation>
    </message>
    <message>
        <location filename="../core/providers/PowerDnsProvider.cpp" line="20"/>
        <source>API address</source>
        <translation>Adresse de l&apos;API</translation>
    </message>
    <message>
        <location filename="../core/providers/PowerDnsProvider.cpp" line="21"/>
        <source>The PowerDNS web server, e.g. https://pdns.example.com:8081 (without /api/v1).</source>
        <translation>Le serveur web de PowerDNS, par ex. https://pdns.example.com:8081 (sans /api/v1).</translation>
    </message>
    <message>
        <location filename="../core/providers/PowerDnsProvider.cpp" line="28"/>
        <source>Server id</source>
        <translation>Identifiant du serveur</translation>
    </message>
    <message>
        <location filename="../core/providers/PowerDnsProvider.cpp" line="29"/>
        <source>The server id in API paths; PowerDNS Authoritative always uses “localhost”.</source>
        <translation>L&apos;identifiant du serveur dans les chemins de l&apos;API&#xa0;; PowerDNS Authoritative utilise toujours «&#xa0;localhost&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/providers/PowerDnsProvider.cpp" line="36"/>
        <source>The server id may contain letters, digits, “-”, “_” and “.” only.</source>
        <translation>L&apos;identifiant du serveur ne peut contenir que des lettres, des chiffres, «&#xa0;-&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;.&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/providers/PowerDnsProvider.cpp" line="42"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../core/providers/PowerDnsProvider.cpp" line="43"/>
        <source>The zone to change; leave empty to pick the server&apos;s zone that holds the name.</source>
        <translation>La zone à modifier&#xa0;; laissez vide pour choisir la zone du serveur qui contient le nom.</translation>
    </message>
    <message>
        <location filename="../core/providers/PowerDnsProvider.cpp" line="51"/>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <location filename="../core/providers/PowerDnsProvider.cpp" line="52"/>
        <source>Time to live of the TXT records, in seconds.</source>
        <translation>Durée de vie des enregistrements TXT, en secondes.</translation>
    </message>
    <message>
        <location filename="../core/providers/PowerDnsProvider.cpp" line="59"/>
        <source>CA bundle</source>
        <translation>Bundle d&apos;AC</translation>
    </message>
    <message>
        <location filename="../core/providers/PowerDnsProvider.cpp" line="60"/>
        <source>A PEM file with the CA that signed the API&apos;s certificate, if it is a private CA.</source>
        <translation>Un fichier PEM contenant l&apos;AC qui a signé le certificat de l&apos;API, s&apos;il s&apos;agit d&apos;une AC privée.</translation>
    </message>
    <message>
        <location filename="../core/providers/PowerDnsProvider.cpp" line="64"/>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../core/providers/PowerDnsProvider.cpp" line="65"/>
        <source>The api-key from the PowerDNS configuration (sent as X-API-Key).</source>
        <translation>L&apos;api-key de la configuration de PowerDNS (envoyée en tant que X-API-Key).</translation>
    </message>
    <message>
        <location filename="../core/providers/PowerDnsProvider.cpp" line="69"/>
        <source>PowerDNS API</source>
        <translation>API PowerDNS</translation>
    </message>
    <message>
        <location filename="../core/providers/PowerDnsProvider.cpp" line="70"/>
        <source>The HTTP API of PowerDNS Authoritative.</source>
        <translation>L&apos;API HTTP de PowerDNS Authoritative.</translation>
    </message>
    <message>
        <location filename="../core/providers/PowerDnsProvider.cpp" line="140"/>
        <source>PowerDNS has no zone for the name.</source>
        <translation>PowerDNS n&apos;a aucune zone pour ce nom.</translation>
    </message>
    <message>
        <location filename="../core/providers/PowerDnsProvider.cpp" line="142"/>
        <source>None of the server&apos;s zones holds %1.</source>
        <translation>Aucune des zones du serveur ne contient %1.</translation>
    </message>
    <message>
        <location filename="../core/providers/PowerDnsProvider.cpp" line="143"/>
        <source>%1 is not in zone %2, or the server has no zone %2.</source>
        <translation>%1 ne fait pas partie de la zone %2, ou le serveur n&apos;a pas de zone %2.</translation>
    </message>
    <message>
        <location filename="../core/providers/PowerDnsProvider.cpp" line="144"/>
        <source>Create the zone in PowerDNS, or correct the zone in the provider settings.</source>
        <translation>Créez la zone dans PowerDNS, ou corrigez la zone dans les paramètres du fournisseur.</translation>
    </message>
    <message>
        <location filename="../core/providers/PowerDnsProvider.cpp" line="246"/>
        <source>PowerDNS %1 at %2 accepts the API key.</source>
        <translation>PowerDNS %1 à %2 accepte la clé d&apos;API.</translation>
    </message>
    <message>
        <location filename="../core/providers/PowerDnsProvider.cpp" line="254"/>
        <source>PowerDNS %1 at %2 accepts the API key and serves zone %3.</source>
        <translation>PowerDNS %1 à %2 accepte la clé d&apos;API et sert la zone %3.</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="21"/>
        <source>The cryptographic library reported an error.</source>
        <translation>La bibliothèque cryptographique a signalé une erreur.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="22"/>
        <source>See the log for details and report this as a bug.</source>
        <translation>Consultez le journal pour plus de détails et signalez ce problème comme un bogue.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="81"/>
        <source>Could not generate a %1 key</source>
        <translation>Impossible de générer une clé %1</translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="91"/>
        <source>The private key cannot be used</source>
        <translation>La clé privée est inutilisable</translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="93"/>
        <source>Provide an unencrypted PEM private key (EC P-256, EC P-384 or RSA 2048–4096 bits).</source>
        <translation>Fournissez une clé privée PEM non chiffrée (EC P-256, EC P-384 ou RSA de 2048 à 4096 bits).</translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="103"/>
        <source>The data is not a readable PEM private key.</source>
        <translation>Les données ne sont pas une clé privée PEM lisible.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="118"/>
        <source>Only the P-256 and P-384 curves are supported.</source>
        <translation>Seules les courbes P-256 et P-384 sont prises en charge.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="129"/>
        <source>RSA keys must have 2048, 3072 or 4096 bits.</source>
        <translation>Les clés RSA doivent faire 2048, 3072 ou 4096 bits.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="132"/>
        <source>Only EC and RSA keys are supported.</source>
        <translation>Seules les clés EC et RSA sont prises en charge.</translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="232"/>
        <source>No key to sign with</source>
        <translation>Aucune clé avec laquelle signer</translation>
    </message>
    <message>
        <location filename="../core/crypto/PrivateKey.cpp" line="244"/>
        <location filename="../core/crypto/PrivateKey.cpp" line="253"/>
        <location filename="../core/crypto/PrivateKey.cpp" line="264"/>
        <location filename="../core/crypto/PrivateKey.cpp" line="271"/>
        <source>Signing failed</source>
        <translation>La signature a échoué</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../core/Profile.cpp" line="40"/>
        <source>No data folder was given.</source>
        <translation>Aucun dossier de données n&apos;a été indiqué.</translation>
    </message>
    <message>
        <location filename="../core/Profile.cpp" line="42"/>
        <source>Pass a folder with --data-dir DIR.</source>
        <translation>Indiquez un dossier avec --data-dir DIR.</translation>
    </message>
    <message>
        <location filename="../core/Profile.cpp" line="48"/>
        <source>The data folder cannot be created.</source>
        <translation>Le dossier de données ne peut pas être créé.</translation>
    </message>
    <message>
        <location filename="../core/Profile.cpp" line="49"/>
        <source>CertDesk could not create %1.</source>
        <translation>CertDesk n&apos;a pas pu créer %1.</translation>
    </message>
    <message>
        <location filename="../core/Profile.cpp" line="51"/>
        <source>Check the permissions of its parent folder, or choose another with --data-dir.</source>
        <translation>Vérifiez les permissions de son dossier parent, ou choisissez-en un autre avec --data-dir.</translation>
    </message>
</context>
<context>
    <name>ProviderHttp</name>
    <message>
        <location filename="../core/providers/ProviderHttp.cpp" line="40"/>
        <source>“%1” is not an http(s) address such as https://dns.example.com:8081.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse http(s) telle que https://dns.example.com:8081.</translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderHttp.cpp" line="43"/>
        <source>Do not put a user name or password into the address; the credential is kept in the keychain.</source>
        <translation>Ne mettez ni nom d&apos;utilisateur ni mot de passe dans l&apos;adresse&#xa0;; les identifiants sont conservés dans le trousseau.</translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderHttp.cpp" line="47"/>
        <source>%1 uses plain HTTP to another machine; use https:// so the credential is not sent in clear text.</source>
        <translation>%1 utilise le HTTP en clair vers une autre machine&#xa0;; utilisez https:// pour que les identifiants ne circulent pas en clair.</translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderHttp.cpp" line="60"/>
        <source>The CA bundle cannot be read.</source>
        <translation>Le bundle d&apos;AC ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderHttp.cpp" line="61"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderHttp.cpp" line="62"/>
        <source>Give the path of a PEM file with the CA certificate that signed the API&apos;s certificate.</source>
        <translation>Indiquez le chemin d&apos;un fichier PEM contenant le certificat de l&apos;AC qui a signé le certificat de l&apos;API.</translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderHttp.cpp" line="69"/>
        <source>The CA bundle holds no certificate.</source>
        <translation>Le bundle d&apos;AC ne contient aucun certificat.</translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderHttp.cpp" line="70"/>
        <source>%1 contains no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderHttp.cpp" line="113"/>
        <source>The connection to %1 is not trusted.</source>
        <translation>La connexion à %1 n&apos;est pas fiable.</translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderHttp.cpp" line="115"/>
        <source>Check the API address; for a private CA, give its certificate as the CA bundle.</source>
        <translation>Vérifiez l&apos;adresse de l&apos;API&#xa0;; pour une AC privée, indiquez son certificat comme bundle d&apos;AC.</translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderHttp.cpp" line="122"/>
        <source>%1 could not be reached.</source>
        <translation>%1 est injoignable.</translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderHttp.cpp" line="124"/>
        <source>Check the API address and port, and that the service is running and reachable from this machine.</source>
        <translation>Vérifiez l&apos;adresse et le port de l&apos;API, et que le service fonctionne et est joignable depuis cette machine.</translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderHttp.cpp" line="130"/>
        <source>%1 rejected the credential.</source>
        <translation>%1 a refusé les identifiants.</translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderHttp.cpp" line="131"/>
        <location filename="../core/providers/ProviderHttp.cpp" line="138"/>
        <source>HTTP status %1.</source>
        <translation>Statut HTTP %1.</translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderHttp.cpp" line="132"/>
        <location filename="../core/providers/ProviderHttp.cpp" line="139"/>
        <source>HTTP status %1: %2</source>
        <translation>Statut HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderHttp.cpp" line="133"/>
        <source>Check the API key or token and that it may change this zone&apos;s records.</source>
        <translation>Vérifiez la clé ou le jeton d&apos;API, et qu&apos;il a le droit de modifier les enregistrements de cette zone.</translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderHttp.cpp" line="137"/>
        <source>%1 refused the request.</source>
        <translation>%1 a refusé la requête.</translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderHttp.cpp" line="140"/>
        <source>Check the provider settings (zone, server id) against the service.</source>
        <translation>Comparez les paramètres du fournisseur (zone, identifiant du serveur) avec ceux du service.</translation>
    </message>
</context>
<context>
    <name>ProviderJob</name>
    <message>
        <location filename="../core/providers/ProviderJob.cpp" line="28"/>
        <source>The DNS provider is no longer available.</source>
        <translation>Le fournisseur DNS n&apos;est plus disponible.</translation>
    </message>
</context>
<context>
    <name>ProviderOptions</name>
    <message>
        <location filename="../app/cli/ProviderOptions.cpp" line="65"/>
        <source>Read the provider&apos;s credential from FILE, or from standard input with -.</source>
        <translation>Lire les identifiants du fournisseur depuis FILE, ou depuis l&apos;entrée standard avec -.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProviderOptions.cpp" line="111"/>
        <source>--%1 is not a setting of the %2 provider.</source>
        <translation>--%1 n&apos;est pas un paramètre du fournisseur %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProviderOptions.cpp" line="121"/>
        <source>The %1 provider takes no secret.</source>
        <translation>Le fournisseur %1 ne prend pas de secret.</translation>
    </message>
</context>
<context>
    <name>ProviderSchema</name>
    <message>
        <location filename="../core/providers/ProviderSchema.cpp" line="58"/>
        <source>“%1” is not a setting of this provider.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un paramètre de ce fournisseur.</translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderSchema.cpp" line="60"/>
        <source>%1 is a secret and belongs in the keychain, not in the settings.</source>
        <translation>%1 est un secret&#xa0;: il a sa place dans le trousseau, pas dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderSchema.cpp" line="62"/>
        <source>%1 must be text or a number.</source>
        <translation>%1 doit être un texte ou un nombre.</translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderSchema.cpp" line="70"/>
        <location filename="../core/providers/ProviderSchema.cpp" line="85"/>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderSchema.cpp" line="94"/>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 doit être un nombre entier compris entre %2 et %3.</translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderSchema.cpp" line="106"/>
        <source>%1 must be one of: %2.</source>
        <translation>%1 doit être l&apos;une des valeurs suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderSchema.cpp" line="127"/>
        <source>The %1 settings are not complete or not valid.</source>
        <translation>Les paramètres %1 sont incomplets ou non valides.</translation>
    </message>
    <message>
        <location filename="../core/providers/ProviderSchema.cpp" line="129"/>
        <source>Correct the settings named above; nothing was saved.</source>
        <translation>Corrigez les paramètres indiqués ci-dessus&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="65"/>
        <source>CertDesk</source>
        <translation>CertDesk</translation>
    </message>
</context>
<context>
    <name>RecordCheck</name>
    <message>
        <location filename="../core/dns/RecordCheck.cpp" line="49"/>
        <source>The records cannot be checked.</source>
        <translation>Les enregistrements ne peuvent pas être vérifiés.</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordCheck.cpp" line="50"/>
        <source>No recursive resolver is configured.</source>
        <translation>Aucun résolveur récursif n&apos;est configuré.</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordCheck.cpp" line="51"/>
        <source>Give one with --resolver ADDRESS[:PORT] or set it in the DNS settings (certdesk dns set --resolver …).</source>
        <translation>Indiquez-en un avec --resolver ADDRESS[:PORT] ou définissez-le dans les paramètres DNS (certdesk dns set --resolver …).</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordCheck.cpp" line="382"/>
        <source>The CAA lookup failed.</source>
        <translation>La résolution CAA a échoué.</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordCheck.cpp" line="383"/>
        <source>%1 answered %2 for the CAA records of %3.</source>
        <translation>%1 a répondu %2 pour les enregistrements CAA de %3.</translation>
    </message>
</context>
<context>
    <name>RecordStatus</name>
    <message>
        <location filename="../core/dns/RecordStatus.cpp" line="53"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordStatus.cpp" line="55"/>
        <source>Propagating</source>
        <translation>En propagation</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordStatus.cpp" line="57"/>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordStatus.cpp" line="59"/>
        <source>Wrong target</source>
        <translation>Cible incorrecte</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordStatus.cpp" line="61"/>
        <source>Conflicting data</source>
        <translation>Données en conflit</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordStatus.cpp" line="63"/>
        <source>Blocked by CAA</source>
        <translation>Bloqué par CAA</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordStatus.cpp" line="65"/>
        <source>Lookup error</source>
        <translation>Erreur de résolution</translation>
    </message>
</context>
<context>
    <name>RecordStatusRepository</name>
    <message>
        <location filename="../core/dns/RecordStatusRepository.cpp" line="15"/>
        <source>The record check results could not be read or saved.</source>
        <translation>Les résultats de vérification des enregistrements n&apos;ont pas pu être lus ou enregistrés.</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordStatusRepository.cpp" line="18"/>
        <source>Check that the data folder is writable and not full.</source>
        <translation>Vérifiez que le dossier de données est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
</context>
<context>
    <name>RecordVerdict</name>
    <message>
        <location filename="../core/dns/RecordVerdict.cpp" line="111"/>
        <location filename="../core/dns/RecordVerdict.cpp" line="127"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordVerdict.cpp" line="114"/>
        <source>%1: no such name (NXDOMAIN)</source>
        <translation>%1&#xa0;: ce nom n&apos;existe pas (NXDOMAIN)</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordVerdict.cpp" line="119"/>
        <source>%1 %2 %3 (TTL %4)</source>
        <translation>%1 %2 %3 (TTL %4)</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordVerdict.cpp" line="125"/>
        <source>%1: no %2 record at %3</source>
        <translation>%1&#xa0;: aucun enregistrement %2 à %3</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordVerdict.cpp" line="231"/>
        <source>The zone of %1 could not be found.</source>
        <translation>La zone de %1 est introuvable.</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordVerdict.cpp" line="235"/>
        <source>zone %1</source>
        <translation>zone %1</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordVerdict.cpp" line="238"/>
        <source>No authoritative server of %1 could be asked.</source>
        <translation>Aucun serveur faisant autorité pour %1 n&apos;a pu être interrogé.</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordVerdict.cpp" line="244"/>
        <source>authoritative</source>
        <translation>serveur faisant autorité</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordVerdict.cpp" line="248"/>
        <location filename="../core/dns/RecordVerdict.cpp" line="268"/>
        <location filename="../core/dns/RecordVerdict.cpp" line="304"/>
        <location filename="../core/dns/RecordVerdict.cpp" line="313"/>
        <source>resolver</source>
        <translation>résolveur</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordVerdict.cpp" line="250"/>
        <source>The authoritative server %1 of %2 could not be asked: %3.</source>
        <translation>Le serveur faisant autorité %1 pour %2 n&apos;a pas pu être interrogé&#xa0;: %3.</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordVerdict.cpp" line="272"/>
        <source>%1 points at %2 instead of %3.</source>
        <translation>%1 pointe vers %2 au lieu de %3.</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordVerdict.cpp" line="294"/>
        <source>Other records are at %1 where the CNAME must be (%2): remove them, then create the CNAME.</source>
        <translation>D&apos;autres enregistrements se trouvent à %1, là où doit se trouver le CNAME (%2)&#xa0;: supprimez-les, puis créez le CNAME.</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordVerdict.cpp" line="300"/>
        <source>%1 has no CNAME record yet.</source>
        <translation>%1 n&apos;a pas encore d&apos;enregistrement CNAME.</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordVerdict.cpp" line="306"/>
        <source>%1 of %2 authoritative servers serve the record; the others do not have it yet.</source>
        <translation>%1 serveurs faisant autorité sur %2 servent l&apos;enregistrement&#xa0;; les autres ne l&apos;ont pas encore.</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordVerdict.cpp" line="318"/>
        <source>resolver %1 follows TXT: %2</source>
        <translation>le résolveur %1 suit le TXT&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordVerdict.cpp" line="321"/>
        <source>The CNAME chain loops: %1.</source>
        <translation>La chaîne de CNAME forme une boucle&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordVerdict.cpp" line="327"/>
        <source>%1 is itself a CNAME (to %2): the challenge TXT cannot be published there.</source>
        <translation>%1 est lui-même un CNAME (vers %2)&#xa0;: le TXT du défi ne peut pas y être publié.</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordVerdict.cpp" line="337"/>
        <source>The record is right at the authoritative servers, but resolver %1 %2.</source>
        <translation>L&apos;enregistrement est correct sur les serveurs faisant autorité, mais le résolveur %1 %2.</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordVerdict.cpp" line="356"/>
        <source>The record is right at the authoritative servers; %1 still serves an old answer for up to %n second(s).</source>
        <translation>L&apos;enregistrement est correct sur les serveurs faisant autorité&#xa0;; %1 sert encore une ancienne réponse pendant au plus %n seconde(s).</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordVerdict.cpp" line="360"/>
        <source>The record is right at the authoritative servers; %1 still serves an old answer.</source>
        <translation>L&apos;enregistrement est correct sur les serveurs faisant autorité&#xa0;; %1 sert encore une ancienne réponse.</translation>
    </message>
    <message>
        <location filename="../core/dns/RecordVerdict.cpp" line="365"/>
        <source>%1 points at %2.</source>
        <translation>%1 pointe vers %2.</translation>
    </message>
</context>
<context>
    <name>RecordWatcher</name>
    <message>
        <location filename="../core/jobs/RecordWatcher.cpp" line="137"/>
        <source>A required DNS record broke: %1 %2 is now “%3”.</source>
        <translation>Un enregistrement DNS requis ne fonctionne plus&#xa0;: %1 %2 est désormais «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/jobs/RecordWatcher.cpp" line="141"/>
        <source>A required DNS record appeared: %1 %2 is now “%3”.</source>
        <translation>Un enregistrement DNS requis est apparu&#xa0;: %1 %2 est désormais «&#xa0;%3&#xa0;».</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../ui/common/RelativeTime.cpp" line="17"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/RelativeTime.cpp" line="25"/>
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>dans %n minute</numerusform>
            <numerusform>dans %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/RelativeTime.cpp" line="26"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/RelativeTime.cpp" line="29"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/RelativeTime.cpp" line="30"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/RelativeTime.cpp" line="33"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/RelativeTime.cpp" line="34"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/RelativeTime.cpp" line="46"/>
        <source>%1 (%2)</source>
        <comment>relative time (absolute time)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RenewalInfoCheck</name>
    <message>
        <location filename="../core/jobs/RenewalInfoCheck.cpp" line="125"/>
        <source>The CA asks to renew the certificate for %1 now (its suggested window %2 – %3 has passed).</source>
        <translation>L&apos;AC demande de renouveler maintenant le certificat de %1 (sa fenêtre suggérée, du %2 au %3, est dépassée).</translation>
    </message>
    <message>
        <location filename="../core/jobs/RenewalInfoCheck.cpp" line="128"/>
        <source>The CA suggests renewing the certificate for %1 between %2 and %3.</source>
        <translation>L&apos;AC suggère de renouveler le certificat de %1 entre le %2 et le %3.</translation>
    </message>
    <message>
        <location filename="../core/jobs/RenewalInfoCheck.cpp" line="129"/>
        <source>Explanation: %1</source>
        <translation>Explication&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RenewalLock</name>
    <message>
        <location filename="../core/jobs/RenewalLock.cpp" line="35"/>
        <source>Another CertDesk already runs renewals for this profile.</source>
        <translation>Une autre instance de CertDesk effectue déjà les renouvellements pour ce profil.</translation>
    </message>
    <message>
        <location filename="../core/jobs/RenewalLock.cpp" line="36"/>
        <source>Process %1 on %2 holds %3.</source>
        <translation>Le processus %1 sur %2 détient %3.</translation>
    </message>
    <message>
        <location filename="../core/jobs/RenewalLock.cpp" line="39"/>
        <source>Stop the other instance (for example the certdesk service) or use it; one instance renews for all.</source>
        <translation>Arrêtez l&apos;autre instance (par exemple le service certdesk) ou utilisez-la&#xa0;; une seule instance renouvelle pour tous.</translation>
    </message>
    <message>
        <location filename="../core/jobs/RenewalLock.cpp" line="45"/>
        <source>The renewal lock cannot be created.</source>
        <translation>Le verrou de renouvellement ne peut pas être créé.</translation>
    </message>
    <message>
        <location filename="../core/jobs/RenewalLock.cpp" line="47"/>
        <source>Check that the data folder is writable.</source>
        <translation>Vérifiez que le dossier de données est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>RenewalScheduler</name>
    <message>
        <location filename="../core/jobs/RenewalScheduler.cpp" line="150"/>
        <source>Renewal started.</source>
        <translation>Renouvellement démarré.</translation>
    </message>
    <message>
        <location filename="../core/jobs/RenewalScheduler.cpp" line="203"/>
        <source>Renewal failed (attempt %1); next attempt at %2.</source>
        <translation>Le renouvellement a échoué (tentative %1)&#xa0;; prochaine tentative le %2.</translation>
    </message>
</context>
<context>
    <name>RequiredRecords</name>
    <message>
        <location filename="../core/endpoints/RequiredRecords.cpp" line="36"/>
        <source>An endpoint name is not a valid DNS name.</source>
        <translation>Un nom du point de terminaison n&apos;est pas un nom DNS valide.</translation>
    </message>
    <message>
        <location filename="../core/endpoints/RequiredRecords.cpp" line="46"/>
        <source>No delegation zone is set up yet.</source>
        <translation>Aucune zone de délégation n&apos;est encore configurée.</translation>
    </message>
    <message>
        <location filename="../core/endpoints/RequiredRecords.cpp" line="47"/>
        <source>The _acme-challenge records of %1 point into the delegation zone, which is not configured.</source>
        <translation>Les enregistrements _acme-challenge de %1 pointent vers la zone de délégation, qui n&apos;est pas configurée.</translation>
    </message>
    <message>
        <location filename="../core/endpoints/RequiredRecords.cpp" line="50"/>
        <source>Set it up first: certdesk delegation set --zone ZONE --provider KIND …</source>
        <translation>Configurez-la d&apos;abord&#xa0;: certdesk delegation set --zone ZONE --provider KIND …</translation>
    </message>
    <message>
        <location filename="../core/endpoints/RequiredRecords.cpp" line="75"/>
        <source>Create once; CertDesk publishes each challenge for %1 at %2.</source>
        <translation>À créer une seule fois&#xa0;; CertDesk publie chaque défi pour %1 à %2.</translation>
    </message>
    <message>
        <location filename="../core/endpoints/RequiredRecords.cpp" line="86"/>
        <source>The endpoint&apos;s target host is not a valid host name.</source>
        <translation>L&apos;hôte cible du point de terminaison n&apos;est pas un nom d&apos;hôte valide.</translation>
    </message>
    <message>
        <location filename="../core/endpoints/RequiredRecords.cpp" line="87"/>
        <source>“%1” is a wildcard.</source>
        <translation>«&#xa0;%1&#xa0;» est un nom générique.</translation>
    </message>
    <message>
        <location filename="../core/endpoints/RequiredRecords.cpp" line="88"/>
        <source>Give the host name of the server or load balancer, such as lb.example.net.</source>
        <translation>Indiquez le nom d&apos;hôte du serveur ou du répartiteur de charge, par exemple lb.example.net.</translation>
    </message>
    <message>
        <location filename="../core/endpoints/RequiredRecords.cpp" line="102"/>
        <source>Sends traffic (and the CA&apos;s http-01 checks) for %1 to %2.</source>
        <translation>Dirige le trafic (et les vérifications http-01 de l&apos;AC) de %1 vers %2.</translation>
    </message>
    <message>
        <location filename="../core/endpoints/RequiredRecords.cpp" line="124"/>
        <source>%1 is a zone apex: no CNAME there. Either an ALIAS/ANAME record (provider-specific):</source>
        <translation>%1 est un apex de zone&#xa0;: pas de CNAME à cet endroit. Soit un enregistrement ALIAS/ANAME (propre au fournisseur)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/endpoints/RequiredRecords.cpp" line="132"/>
        <source>or A/AAAA records with the current addresses of %1.</source>
        <translation>soit des enregistrements A/AAAA avec les adresses actuelles de %1.</translation>
    </message>
    <message>
        <location filename="../core/endpoints/RequiredRecords.cpp" line="148"/>
        <source>Name:  %1</source>
        <translation>Nom&#xa0;:    %1</translation>
    </message>
    <message>
        <location filename="../core/endpoints/RequiredRecords.cpp" line="152"/>
        <source>Type:  %1</source>
        <translation>Type&#xa0;:   %1</translation>
    </message>
    <message>
        <location filename="../core/endpoints/RequiredRecords.cpp" line="153"/>
        <source>Value: %1</source>
        <translation>Valeur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/endpoints/RequiredRecords.cpp" line="154"/>
        <source>TTL:   %1</source>
        <translation>TTL&#xa0;:    %1</translation>
    </message>
    <message>
        <location filename="../core/endpoints/RequiredRecords.cpp" line="156"/>
        <source>Note:  %1</source>
        <translation>Note&#xa0;:   %1</translation>
    </message>
</context>
<context>
    <name>Rfc2136Provider</name>
    <message>
        <location filename="../core/providers/Rfc2136Provider.cpp" line="22"/>
        <source>Primary server</source>
        <translation>Serveur primaire</translation>
    </message>
    <message>
        <location filename="../core/providers/Rfc2136Provider.cpp" line="23"/>
        <source>Address and port of the server that accepts updates, e.g. 192.0.2.53:53.</source>
        <translation>Adresse et port du serveur qui accepte les mises à jour, par ex. 192.0.2.53:53.</translation>
    </message>
    <message>
        <location filename="../core/providers/Rfc2136Provider.cpp" line="31"/>
        <source>TSIG key name</source>
        <translation>Nom de la clé TSIG</translation>
    </message>
    <message>
        <location filename="../core/providers/Rfc2136Provider.cpp" line="32"/>
        <source>The key&apos;s name exactly as the server&apos;s configuration spells it.</source>
        <translation>Le nom de la clé, orthographié exactement comme dans la configuration du serveur.</translation>
    </message>
    <message>
        <location filename="../core/providers/Rfc2136Provider.cpp" line="37"/>
        <source>TSIG algorithm</source>
        <translation>Algorithme TSIG</translation>
    </message>
    <message>
        <location filename="../core/providers/Rfc2136Provider.cpp" line="38"/>
        <source>The HMAC the key was made for.</source>
        <translation>Le HMAC pour lequel la clé a été créée.</translation>
    </message>
    <message>
        <location filename="../core/providers/Rfc2136Provider.cpp" line="44"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../core/providers/Rfc2136Provider.cpp" line="45"/>
        <source>The zone to update; leave empty to find it from the record name.</source>
        <translation>La zone à mettre à jour&#xa0;; laissez vide pour la déduire du nom de l&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../core/providers/Rfc2136Provider.cpp" line="50"/>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <location filename="../core/providers/Rfc2136Provider.cpp" line="51"/>
        <source>Time to live of the TXT records, in seconds.</source>
        <translation>Durée de vie des enregistrements TXT, en secondes.</translation>
    </message>
    <message>
        <location filename="../core/providers/Rfc2136Provider.cpp" line="58"/>
        <source>TSIG secret</source>
        <translation>Secret TSIG</translation>
    </message>
    <message>
        <location filename="../core/providers/Rfc2136Provider.cpp" line="59"/>
        <source>The base64 secret from the key file (the text in quotes after “secret”).</source>
        <translation>Le secret en base64 tiré du fichier de clé (le texte entre guillemets après «&#xa0;secret&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../core/providers/Rfc2136Provider.cpp" line="65"/>
        <source>The TSIG secret is not base64 text.</source>
        <translation>Le secret TSIG n&apos;est pas du texte en base64.</translation>
    </message>
    <message>
        <location filename="../core/providers/Rfc2136Provider.cpp" line="68"/>
        <source>RFC 2136 (TSIG)</source>
        <translation>RFC 2136 (TSIG)</translation>
    </message>
    <message>
        <location filename="../core/providers/Rfc2136Provider.cpp" line="69"/>
        <source>Dynamic DNS updates signed with a TSIG key: BIND, Knot, PowerDNS, Windows DNS.</source>
        <translation>Mises à jour DNS dynamiques signées avec une clé TSIG&#xa0;: BIND, Knot, PowerDNS, DNS Windows.</translation>
    </message>
    <message>
        <location filename="../core/providers/Rfc2136Provider.cpp" line="118"/>
        <source>The record is outside the provider&apos;s zone.</source>
        <translation>L&apos;enregistrement est en dehors de la zone du fournisseur.</translation>
    </message>
    <message>
        <location filename="../core/providers/Rfc2136Provider.cpp" line="119"/>
        <source>%1 is not in zone %2.</source>
        <translation>%1 ne fait pas partie de la zone %2.</translation>
    </message>
    <message>
        <location filename="../core/providers/Rfc2136Provider.cpp" line="120"/>
        <source>Use a provider configured for the zone that holds this name.</source>
        <translation>Utilisez un fournisseur configuré pour la zone qui contient ce nom.</translation>
    </message>
    <message>
        <location filename="../core/providers/Rfc2136Provider.cpp" line="136"/>
        <source>No DNS client.</source>
        <translation>Aucun client DNS.</translation>
    </message>
    <message>
        <location filename="../core/providers/Rfc2136Provider.cpp" line="179"/>
        <source>The update server is not authoritative for the name.</source>
        <translation>Le serveur de mise à jour ne fait pas autorité pour ce nom.</translation>
    </message>
    <message>
        <location filename="../core/providers/Rfc2136Provider.cpp" line="180"/>
        <source>%1 does not serve a zone that holds %2 (it answered %3).</source>
        <translation>%1 ne sert aucune zone contenant %2 (il a répondu %3).</translation>
    </message>
    <message>
        <location filename="../core/providers/Rfc2136Provider.cpp" line="182"/>
        <source>Enter the zone in the provider settings, or use the primary server of the zone that holds this name.</source>
        <translation>Saisissez la zone dans les paramètres du fournisseur, ou utilisez le serveur primaire de la zone qui contient ce nom.</translation>
    </message>
    <message>
        <location filename="../core/providers/Rfc2136Provider.cpp" line="239"/>
        <source>%1 answers DNS. No zone is set, so key %2 is proven by the first update of each zone.</source>
        <translation>%1 répond aux requêtes DNS. Aucune zone n&apos;est définie&#xa0;: la clé %2 sera donc vérifiée lors de la première mise à jour de chaque zone.</translation>
    </message>
    <message>
        <location filename="../core/providers/Rfc2136Provider.cpp" line="255"/>
        <source>%1 accepts updates of zone %2 signed with key %3 (%4).</source>
        <translation>%1 accepte les mises à jour de la zone %2 signées avec la clé %3 (%4).</translation>
    </message>
</context>
<context>
    <name>SchemaMigration</name>
    <message>
        <location filename="../core/store/SchemaMigration.cpp" line="15"/>
        <source>The database could not be upgraded.</source>
        <translation>La base de données n&apos;a pas pu être mise à niveau.</translation>
    </message>
    <message>
        <location filename="../core/store/SchemaMigration.cpp" line="16"/>
        <source>Upgrading to schema version %1 failed; the database was left as it was.</source>
        <translation>La mise à niveau vers la version de schéma %1 a échoué&#xa0;; la base de données a été laissée en l&apos;état.</translation>
    </message>
    <message>
        <location filename="../core/store/SchemaMigration.cpp" line="20"/>
        <source>Report this to the CertDesk developers with the details below.</source>
        <translation>Signalez ce problème aux développeurs de CertDesk, avec les détails ci-dessous.</translation>
    </message>
</context>
<context>
    <name>ScriptProvider</name>
    <message>
        <location filename="../core/providers/ScriptProvider.cpp" line="18"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../core/providers/ScriptProvider.cpp" line="19"/>
        <source>Full path of an executable run as: PROGRAM present|cleanup NAME VALUE, and PROGRAM test.</source>
        <translation>Chemin complet d&apos;un exécutable lancé ainsi&#xa0;: PROGRAM present|cleanup NAME VALUE, et PROGRAM test.</translation>
    </message>
    <message>
        <location filename="../core/providers/ScriptProvider.cpp" line="26"/>
        <source>Give the program&apos;s full path (it is not looked up in PATH).</source>
        <translation>Indiquez le chemin complet du programme (il n&apos;est pas recherché dans le PATH).</translation>
    </message>
    <message>
        <location filename="../core/providers/ScriptProvider.cpp" line="29"/>
        <source>%1 is not an executable file.</source>
        <translation>%1 n&apos;est pas un fichier exécutable.</translation>
    </message>
    <message>
        <location filename="../core/providers/ScriptProvider.cpp" line="34"/>
        <source>Timeout</source>
        <translation>Délai d&apos;expiration</translation>
    </message>
    <message>
        <location filename="../core/providers/ScriptProvider.cpp" line="35"/>
        <source>Seconds the program may run before it is stopped.</source>
        <translation>Nombre de secondes pendant lesquelles le programme peut s&apos;exécuter avant d&apos;être arrêté.</translation>
    </message>
    <message>
        <location filename="../core/providers/ScriptProvider.cpp" line="42"/>
        <source>Credential</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location filename="../core/providers/ScriptProvider.cpp" line="43"/>
        <source>Optional; handed to the program in the environment variable CERTDESK_DNS_SECRET.</source>
        <translation>Facultatif&#xa0;; transmis au programme dans la variable d&apos;environnement CERTDESK_DNS_SECRET.</translation>
    </message>
    <message>
        <location filename="../core/providers/ScriptProvider.cpp" line="47"/>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <location filename="../core/providers/ScriptProvider.cpp" line="48"/>
        <source>Your own program publishes and removes the TXT records.</source>
        <translation>Votre propre programme publie et supprime les enregistrements TXT.</translation>
    </message>
    <message>
        <location filename="../core/providers/ScriptProvider.cpp" line="115"/>
        <source>The DNS script did not finish in time.</source>
        <translation>Le script DNS ne s&apos;est pas terminé à temps.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/providers/ScriptProvider.cpp" line="116"/>
        <source>%1 %2 ran longer than %n second(s) and was stopped.</source>
        <translation>
            <numerusform>%1 %2 s&apos;est exécuté plus de %n seconde et a été arrêté.</numerusform>
            <numerusform>%1 %2 s&apos;est exécuté plus de %n secondes et a été arrêté.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/providers/ScriptProvider.cpp" line="118"/>
        <source>Make the script finish sooner, or raise its timeout.</source>
        <translation>Faites en sorte que le script se termine plus tôt, ou augmentez son délai d&apos;expiration.</translation>
    </message>
    <message>
        <location filename="../core/providers/ScriptProvider.cpp" line="126"/>
        <source>The DNS script failed.</source>
        <translation>Le script DNS a échoué.</translation>
    </message>
    <message>
        <location filename="../core/providers/ScriptProvider.cpp" line="128"/>
        <source>%1 %2 crashed. %3</source>
        <translation>%1 %2 a planté. %3</translation>
    </message>
    <message>
        <location filename="../core/providers/ScriptProvider.cpp" line="129"/>
        <source>%1 %2 exited with status %3. %4</source>
        <translation>%1 %2 s&apos;est terminé avec le code %3. %4</translation>
    </message>
    <message>
        <location filename="../core/providers/ScriptProvider.cpp" line="130"/>
        <source>Run the script by hand with the same arguments to see what it needs.</source>
        <translation>Lancez le script à la main avec les mêmes arguments pour voir ce dont il a besoin.</translation>
    </message>
    <message>
        <location filename="../core/providers/ScriptProvider.cpp" line="141"/>
        <source>The DNS script could not be started.</source>
        <translation>Le script DNS n&apos;a pas pu être lancé.</translation>
    </message>
    <message>
        <location filename="../core/providers/ScriptProvider.cpp" line="142"/>
        <source>%1 cannot be run.</source>
        <translation>%1 ne peut pas être exécuté.</translation>
    </message>
    <message>
        <location filename="../core/providers/ScriptProvider.cpp" line="143"/>
        <source>Check the path and that the file is executable.</source>
        <translation>Vérifiez le chemin et que le fichier est exécutable.</translation>
    </message>
    <message>
        <location filename="../core/providers/ScriptProvider.cpp" line="171"/>
        <source>%1 test exited with status 0.</source>
        <translation>%1 test s&apos;est terminé avec le code 0.</translation>
    </message>
</context>
<context>
    <name>SecretRef</name>
    <message>
        <location filename="../core/secrets/SecretRef.cpp" line="58"/>
        <source>Invalid keychain reference.</source>
        <translation>Référence de trousseau non valide.</translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretRef.cpp" line="59"/>
        <source>&quot;%1&quot; is not of the form certdesk/&lt;kind&gt;/&lt;id&gt;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme certdesk/&lt;kind&gt;/&lt;id&gt;.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="121"/>
        <source>A secret is missing from the keychain.</source>
        <translation>Un secret est absent du trousseau.</translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="122"/>
        <source>The keychain has no entry %1.</source>
        <translation>Le trousseau n&apos;a pas d&apos;entrée %1.</translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="123"/>
        <source>Enter the credential again in CertDesk; it may have been deleted in the keychain&apos;s own tool.</source>
        <translation>Saisissez de nouveau les identifiants dans CertDesk&#xa0;; ils ont peut-être été supprimés avec l&apos;outil propre au trousseau.</translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="130"/>
        <source>The keychain refused access.</source>
        <translation>Le trousseau a refusé l&apos;accès.</translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="131"/>
        <source>Access to %1 was denied.</source>
        <translation>L&apos;accès à %1 a été refusé.</translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="132"/>
        <source>Allow CertDesk to use the keychain when asked, or unlock it, and try again.</source>
        <translation>Autorisez CertDesk à utiliser le trousseau lorsque cela vous est demandé, ou déverrouillez-le, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="144"/>
        <source>The keychain is locked.</source>
        <translation>Le trousseau est verrouillé.</translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="145"/>
        <source>The keychain&apos;s default collection is locked, so %1 could not be used.</source>
        <translation>La collection par défaut du trousseau est verrouillée&#xa0;: %1 n&apos;a donc pas pu être utilisé.</translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="146"/>
        <source>Unlock your login keyring (log in to the desktop, or unlock it in Passwords and Keys) and try again.</source>
        <translation>Déverrouillez votre trousseau de connexion (ouvrez une session sur le bureau, ou déverrouillez-le dans Mots de passe et clés), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="155"/>
        <source>The keychain reported an error.</source>
        <translation>Le trousseau a signalé une erreur.</translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="156"/>
        <source>Using %1 failed: %2</source>
        <translation>L&apos;utilisation de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="157"/>
        <source>Check that the keychain service is running and unlocked, then try again.</source>
        <translation>Vérifiez que le service de trousseau fonctionne et qu&apos;il est déverrouillé, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="177"/>
        <source>Invalid keychain reference.</source>
        <translation>Référence de trousseau non valide.</translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="178"/>
        <source>&quot;%1&quot; is not of the form certdesk/&lt;kind&gt;/&lt;id&gt;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme certdesk/&lt;kind&gt;/&lt;id&gt;.</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <location filename="../core/crypto/SelfSignedCertificate.cpp" line="101"/>
        <source>No key was given.</source>
        <translation>Aucune clé n&apos;a été fournie.</translation>
    </message>
    <message>
        <location filename="../core/crypto/SelfSignedCertificate.cpp" line="104"/>
        <source>The validity period is empty.</source>
        <translation>La période de validité est vide.</translation>
    </message>
    <message>
        <location filename="../core/crypto/SelfSignedCertificate.cpp" line="110"/>
        <source>&quot;%1&quot; is not a host name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte.</translation>
    </message>
    <message>
        <location filename="../core/crypto/SelfSignedCertificate.cpp" line="126"/>
        <source>The certificate needs at least one host name or address.</source>
        <translation>Le certificat doit comporter au moins un nom d&apos;hôte ou une adresse.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../ui/wizard/SetupWizard.cpp" line="13"/>
        <source>Set Up CertDesk</source>
        <translation>Configurer CertDesk</translation>
    </message>
</context>
<context>
    <name>SmtpMessageJob</name>
    <message>
        <location filename="../core/notify/SmtpMessageJob.cpp" line="80"/>
        <location filename="../core/notify/SmtpMessageJob.cpp" line="156"/>
        <source>The notification email could not be sent.</source>
        <translation>L&apos;e-mail de notification n&apos;a pas pu être envoyé.</translation>
    </message>
    <message>
        <location filename="../core/notify/SmtpMessageJob.cpp" line="82"/>
        <source>Check the mail server settings (host, port, security, user) in CertDesk&apos;s settings.</source>
        <translation>Vérifiez les paramètres du serveur de messagerie (hôte, port, sécurité, utilisateur) dans les paramètres de CertDesk.</translation>
    </message>
    <message>
        <location filename="../core/notify/SmtpMessageJob.cpp" line="101"/>
        <source>The mail server, the sender and at least one recipient are needed.</source>
        <translation>Le serveur de messagerie, l&apos;expéditeur et au moins un destinataire sont nécessaires.</translation>
    </message>
    <message>
        <location filename="../core/notify/SmtpMessageJob.cpp" line="107"/>
        <source>&quot;%1&quot; is not a usable email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail utilisable.</translation>
    </message>
    <message>
        <location filename="../core/notify/SmtpMessageJob.cpp" line="114"/>
        <source>Unencrypted SMTP is only allowed to a relay on this machine, and never with a password.</source>
        <translation>Le SMTP non chiffré n&apos;est autorisé que vers un relais situé sur cette machine, et jamais avec un mot de passe.</translation>
    </message>
    <message>
        <location filename="../core/notify/SmtpMessageJob.cpp" line="121"/>
        <source>The CA bundle %1 cannot be read.</source>
        <translation>Le bundle d&apos;AC %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../core/notify/SmtpMessageJob.cpp" line="139"/>
        <source>The mail server&apos;s certificate could not be verified: %1</source>
        <translation>Le certificat du serveur de messagerie n&apos;a pas pu être vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/notify/SmtpMessageJob.cpp" line="144"/>
        <source>%1:%2 — %3</source>
        <translation>%1:%2 — %3</translation>
    </message>
    <message>
        <location filename="../core/notify/SmtpMessageJob.cpp" line="157"/>
        <source>The mail server %1 did not answer in time.</source>
        <translation>Le serveur de messagerie %1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <location filename="../core/notify/SmtpMessageJob.cpp" line="181"/>
        <source>The mail server sent an unexpected reply.</source>
        <translation>Le serveur de messagerie a envoyé une réponse inattendue.</translation>
    </message>
    <message>
        <location filename="../core/notify/SmtpMessageJob.cpp" line="204"/>
        <source>The mail server did not accept the user name or password.</source>
        <translation>Le serveur de messagerie n&apos;a pas accepté le nom d&apos;utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <location filename="../core/notify/SmtpMessageJob.cpp" line="205"/>
        <source>The mail server refused: %1 %2</source>
        <translation>Le serveur de messagerie a refusé&#xa0;: %1 %2</translation>
    </message>
    <message>
        <location filename="../core/notify/SmtpMessageJob.cpp" line="272"/>
        <source>The mail server does not offer STARTTLS, so nothing was sent in clear.</source>
        <translation>Le serveur de messagerie ne propose pas STARTTLS&#xa0;; rien n&apos;a donc été envoyé en clair.</translation>
    </message>
</context>
<context>
    <name>StartAtLogin</name>
    <message>
        <location filename="../core/platform/StartAtLogin.cpp" line="18"/>
        <source>Start at login could not be changed.</source>
        <translation>Le démarrage à l&apos;ouverture de session n&apos;a pas pu être modifié.</translation>
    </message>
    <message>
        <location filename="../core/platform/StartAtLogin.cpp" line="20"/>
        <source>Check that the folder is writable.</source>
        <translation>Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../core/platform/StartAtLogin.cpp" line="27"/>
        <source>the folder cannot be created</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <location filename="../core/platform/StartAtLogin.cpp" line="81"/>
        <source>the registry refused the change</source>
        <translation>le registre a refusé la modification</translation>
    </message>
    <message>
        <location filename="../core/platform/StartAtLogin.cpp" line="87"/>
        <source>the file cannot be removed</source>
        <translation>le fichier ne peut pas être supprimé</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../core/store/Store.cpp" line="112"/>
        <source>The CertDesk database cannot be read.</source>
        <translation>La base de données de CertDesk ne peut pas être lue.</translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="113"/>
        <source>%1 is not a readable file.</source>
        <translation>%1 n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="114"/>
        <source>Check the file&apos;s permissions, or choose another data folder with --data-dir.</source>
        <translation>Vérifiez les permissions du fichier, ou choisissez un autre dossier de données avec --data-dir.</translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="145"/>
        <source>This is not a CertDesk database.</source>
        <translation>Ce n&apos;est pas une base de données CertDesk.</translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="146"/>
        <source>%1 is an SQLite database, but not one CertDesk created. It was left as it was.</source>
        <translation>%1 est une base de données SQLite, mais elle n&apos;a pas été créée par CertDesk. Elle a été laissée en l&apos;état.</translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="148"/>
        <source>Point --data-dir at an empty folder or at a CertDesk profile.</source>
        <translation>Faites pointer --data-dir vers un dossier vide ou vers un profil CertDesk.</translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="178"/>
        <source>This database was written by a newer CertDesk.</source>
        <translation>Cette base de données a été écrite par une version plus récente de CertDesk.</translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="179"/>
        <source>%1 uses schema version %2; this CertDesk understands up to version %3. The file was not changed.</source>
        <translation>%1 utilise la version de schéma %2&#xa0;; cette version de CertDesk comprend jusqu&apos;à la version %3. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="184"/>
        <source>Install the newer CertDesk again, or use another data folder with --data-dir.</source>
        <translation>Réinstallez la version plus récente de CertDesk, ou utilisez un autre dossier de données avec --data-dir.</translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="191"/>
        <source>The data folder cannot be created.</source>
        <translation>Le dossier de données ne peut pas être créé.</translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="192"/>
        <source>CertDesk could not create %1.</source>
        <translation>CertDesk n&apos;a pas pu créer %1.</translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="193"/>
        <source>Check the permissions of its parent folder, or choose another with --data-dir.</source>
        <translation>Vérifiez les permissions de son dossier parent, ou choisissez-en un autre avec --data-dir.</translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="210"/>
        <location filename="../core/store/Store.cpp" line="223"/>
        <source>The CertDesk database cannot be opened.</source>
        <translation>La base de données de CertDesk ne peut pas être ouverte.</translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="211"/>
        <source>SQLite could not open %1 for writing.</source>
        <translation>SQLite n&apos;a pas pu ouvrir %1 en écriture.</translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="212"/>
        <source>Check that the folder is writable and not on a read-only medium.</source>
        <translation>Vérifiez que le dossier est accessible en écriture et ne se trouve pas sur un support en lecture seule.</translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="224"/>
        <source>SQLite refused to switch %1 to write-ahead logging.</source>
        <translation>SQLite a refusé de passer %1 en journalisation anticipée (WAL).</translation>
    </message>
    <message>
        <location filename="../core/store/Store.cpp" line="225"/>
        <source>Check that the folder is writable and not on a network share.</source>
        <translation>Vérifiez que le dossier est accessible en écriture et ne se trouve pas sur un partage réseau.</translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <location filename="../core/hub/StrictJson.cpp" line="51"/>
        <source>Malformed JSON at offset %1: %2.</source>
        <translation>JSON mal formé à la position %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/hub/StrictJson.cpp" line="54"/>
        <source>The body must be a JSON object.</source>
        <translation>Le corps doit être un objet JSON.</translation>
    </message>
    <message>
        <location filename="../core/hub/StrictJson.cpp" line="68"/>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Champ «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <location filename="../core/hub/StrictJson.cpp" line="71"/>
        <source>The field &quot;%1&quot; appears more than once.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» apparaît plusieurs fois.</translation>
    </message>
    <message>
        <location filename="../core/hub/StrictJson.cpp" line="78"/>
        <source>The field &quot;%1&quot; must be a %2, not a %3.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» doit être de type %2, et non %3.</translation>
    </message>
    <message>
        <location filename="../core/hub/StrictJson.cpp" line="82"/>
        <source>The field &quot;%1&quot; is longer than %2 characters.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» dépasse %2 caractères.</translation>
    </message>
    <message>
        <location filename="../core/hub/StrictJson.cpp" line="88"/>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est manquant.</translation>
    </message>
</context>
<context>
    <name>TokenScope</name>
    <message numerus="yes">
        <location filename="../core/hub/TokenScope.cpp" line="19"/>
        <source>; %1 is %n labels below %2, a wildcard covers one</source>
        <translation>
            <numerusform>; %1 se trouve %n label sous %2, alors qu&apos;un nom générique n&apos;en couvre qu&apos;un</numerusform>
            <numerusform>; %1 se trouve %n labels sous %2, alors qu&apos;un nom générique n&apos;en couvre qu&apos;un</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/hub/TokenScope.cpp" line="74"/>
        <source>any name no other managed challenge serves</source>
        <translation>tout nom qu&apos;aucun autre défi géré ne sert</translation>
    </message>
    <message>
        <location filename="../core/hub/TokenScope.cpp" line="81"/>
        <source>no names (it may use no managed challenge)</source>
        <translation>aucun nom (il ne peut utiliser aucun défi géré)</translation>
    </message>
    <message>
        <location filename="../core/hub/TokenScope.cpp" line="89"/>
        <source>Token &apos;%1&apos; does not have the %2 role.</source>
        <translation>Le jeton «&#xa0;%1&#xa0;» n&apos;a pas le rôle %2.</translation>
    </message>
    <message>
        <location filename="../core/hub/TokenScope.cpp" line="105"/>
        <source>; a wildcard name needs an explicit wildcard entry %1</source>
        <translation>; un nom générique nécessite une entrée générique explicite %1</translation>
    </message>
    <message>
        <location filename="../core/hub/TokenScope.cpp" line="109"/>
        <location filename="../core/hub/TokenScope.cpp" line="130"/>
        <source>Token &apos;%1&apos; may write names matching %2%3.</source>
        <translation>Le jeton «&#xa0;%1&#xa0;» peut écrire les noms correspondant à %2%3.</translation>
    </message>
    <message>
        <location filename="../core/hub/TokenScope.cpp" line="127"/>
        <source>No managed challenge matches %1; token &apos;%2&apos; may write names matching %3%4.</source>
        <translation>Aucun défi géré ne correspond à %1&#xa0;; le jeton «&#xa0;%2&#xa0;» peut écrire les noms correspondant à %3%4.</translation>
    </message>
    <message>
        <location filename="../core/hub/TokenScope.cpp" line="132"/>
        <source>Token &apos;%1&apos; may write names matching %2; %3 is not one of them.</source>
        <translation>Le jeton «&#xa0;%1&#xa0;» peut écrire les noms correspondant à %2&#xa0;; %3 n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <location filename="../core/hub/TokenScope.cpp" line="135"/>
        <source>Token &apos;%1&apos; may write names matching %2; %3 is served by managed challenge &apos;%4&apos;, which this token may not use.</source>
        <translation>Le jeton «&#xa0;%1&#xa0;» peut écrire les noms correspondant à %2&#xa0;; %3 est servi par le défi géré «&#xa0;%4&#xa0;», que ce jeton n&apos;a pas le droit d&apos;utiliser.</translation>
    </message>
    <message>
        <location filename="../core/hub/TokenScope.cpp" line="143"/>
        <source>Token &apos;%1&apos; may write %2 through managed challenge &apos;%3&apos; (rule %4).</source>
        <translation>Le jeton «&#xa0;%1&#xa0;» peut écrire %2 via le défi géré «&#xa0;%3&#xa0;» (règle %4).</translation>
    </message>
    <message>
        <location filename="../core/hub/TokenScope.cpp" line="147"/>
        <source>fallback</source>
        <translation>de repli</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../ui/tray/TrayController.cpp" line="36"/>
        <source>&amp;Pause Renewals</source>
        <translation>Mettre en &amp;pause les renouvellements</translation>
    </message>
    <message>
        <location filename="../ui/tray/TrayController.cpp" line="92"/>
        <source>&amp;Open CertDesk</source>
        <translation>&amp;Ouvrir CertDesk</translation>
    </message>
    <message>
        <location filename="../ui/tray/TrayController.cpp" line="97"/>
        <source>&amp;Renew Due Certificates Now</source>
        <translation>&amp;Renouveler maintenant les certificats à échéance</translation>
    </message>
    <message>
        <location filename="../ui/tray/TrayController.cpp" line="102"/>
        <source>&amp;Quit CertDesk</source>
        <translation>&amp;Quitter CertDesk</translation>
    </message>
    <message>
        <location filename="../ui/tray/TrayController.cpp" line="130"/>
        <source>CertDesk is still running</source>
        <translation>CertDesk est toujours en cours d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/tray/TrayController.cpp" line="131"/>
        <source>Renewals continue in the background. Open CertDesk from its tray icon, or quit it from the icon&apos;s menu.</source>
        <translation>Les renouvellements se poursuivent en arrière-plan. Ouvrez CertDesk depuis son icône dans la zone de notification, ou quittez-le depuis le menu de l&apos;icône.</translation>
    </message>
    <message>
        <location filename="../ui/tray/TrayController.cpp" line="145"/>
        <source>an endpoint</source>
        <translation>un point de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/tray/TrayController.cpp" line="150"/>
        <source>CertDesk</source>
        <translation>CertDesk</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tray/TrayController.cpp" line="152"/>
        <source>%n endpoint(s) failed</source>
        <translation>
            <numerusform>%n point de terminaison en échec</numerusform>
            <numerusform>%n points de terminaison en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tray/TrayController.cpp" line="155"/>
        <source>%n certificate(s) expiring</source>
        <translation>
            <numerusform>%n certificat arrivant à expiration</numerusform>
            <numerusform>%n certificats arrivant à expiration</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tray/TrayController.cpp" line="158"/>
        <source>Renewals are paused</source>
        <translation>Les renouvellements sont en pause</translation>
    </message>
    <message>
        <location filename="../ui/tray/TrayController.cpp" line="161"/>
        <source>All certificates are fine</source>
        <translation>Tous les certificats sont en ordre</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tray/TrayController.cpp" line="215"/>
        <source>%n certificate(s) about to expire</source>
        <translation>
            <numerusform>%n certificat sur le point d&apos;expirer</numerusform>
            <numerusform>%n certificats sur le point d&apos;expirer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tray/TrayController.cpp" line="216"/>
        <source>They have not been renewed. Open CertDesk to see why.</source>
        <translation>Ils n&apos;ont pas été renouvelés. Ouvrez CertDesk pour en connaître la raison.</translation>
    </message>
    <message>
        <location filename="../ui/tray/TrayController.cpp" line="226"/>
        <source>Certificate expired: %1</source>
        <translation>Certificat expiré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/tray/TrayController.cpp" line="227"/>
        <source>Certificate expiring: %1</source>
        <translation>Certificat arrivant à expiration&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/tray/TrayController.cpp" line="229"/>
        <source>It expired %1 and was not renewed; clients see errors.</source>
        <translation>Il a expiré %1 et n&apos;a pas été renouvelé&#xa0;; les clients voient des erreurs.</translation>
    </message>
    <message>
        <location filename="../ui/tray/TrayController.cpp" line="231"/>
        <source>It expires %1 and has not been renewed.</source>
        <translation>Il expire %1 et n&apos;a pas encore été renouvelé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tray/TrayController.cpp" line="262"/>
        <source>%n renewal(s) failed</source>
        <translation>
            <numerusform>%n renouvellement a échoué</numerusform>
            <numerusform>%n renouvellements ont échoué</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tray/TrayController.cpp" line="263"/>
        <source>The first: %1 — %2</source>
        <translation>Le premier&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/tray/TrayController.cpp" line="274"/>
        <source>CertDesk tries again %1.</source>
        <translation>CertDesk réessaiera %1.</translation>
    </message>
    <message>
        <location filename="../ui/tray/TrayController.cpp" line="276"/>
        <source>Renewal failed: %1</source>
        <translation>Échec du renouvellement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TsigKey</name>
    <message>
        <location filename="../core/dns/TsigKey.cpp" line="20"/>
        <source>The TSIG key name is not valid.</source>
        <translation>Le nom de la clé TSIG n&apos;est pas valide.</translation>
    </message>
    <message>
        <location filename="../core/dns/TsigKey.cpp" line="22"/>
        <source>Use the key name exactly as the DNS server&apos;s configuration spells it.</source>
        <translation>Utilisez le nom de la clé orthographié exactement comme dans la configuration du serveur DNS.</translation>
    </message>
    <message>
        <location filename="../core/dns/TsigKey.cpp" line="31"/>
        <source>The TSIG secret is not valid.</source>
        <translation>Le secret TSIG n&apos;est pas valide.</translation>
    </message>
    <message>
        <location filename="../core/dns/TsigKey.cpp" line="32"/>
        <source>The secret of key %1 is not base64 text.</source>
        <translation>Le secret de la clé %1 n&apos;est pas du texte en base64.</translation>
    </message>
    <message>
        <location filename="../core/dns/TsigKey.cpp" line="33"/>
        <source>Copy the secret from the key file: the text in quotes after “secret”, for example from tsig-keygen.</source>
        <translation>Copiez le secret depuis le fichier de clé&#xa0;: le texte entre guillemets après «&#xa0;secret&#xa0;», par exemple produit par tsig-keygen.</translation>
    </message>
    <message>
        <location filename="../core/dns/TsigKey.cpp" line="58"/>
        <source>The TSIG algorithm is not supported.</source>
        <translation>L&apos;algorithme TSIG n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <location filename="../core/dns/TsigKey.cpp" line="59"/>
        <source>“%1” is not one of hmac-sha256, hmac-sha384 or hmac-sha512.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni hmac-sha256, ni hmac-sha384, ni hmac-sha512.</translation>
    </message>
    <message>
        <location filename="../core/dns/TsigKey.cpp" line="60"/>
        <source>Create a key with one of those algorithms, for example with “tsig-keygen -a hmac-sha256”.</source>
        <translation>Créez une clé avec l&apos;un de ces algorithmes, par exemple avec «&#xa0;tsig-keygen -a hmac-sha256&#xa0;».</translation>
    </message>
</context>
<context>
    <name>TxtConfirmation</name>
    <message>
        <location filename="../core/dns/TxtConfirmation.cpp" line="47"/>
        <source>CertDesk cannot see whether the record was published.</source>
        <translation>CertDesk ne peut pas vérifier si l&apos;enregistrement a été publié.</translation>
    </message>
    <message>
        <location filename="../core/dns/TxtConfirmation.cpp" line="48"/>
        <source>No recursive resolver is configured to find the authoritative servers of %1.</source>
        <translation>Aucun résolveur récursif n&apos;est configuré pour trouver les serveurs faisant autorité pour %1.</translation>
    </message>
    <message>
        <location filename="../core/dns/TxtConfirmation.cpp" line="49"/>
        <source>Set the resolvers in the DNS settings (certdesk dns set --resolver ADDRESS).</source>
        <translation>Définissez les résolveurs dans les paramètres DNS (certdesk dns set --resolver ADDRESS).</translation>
    </message>
    <message>
        <location filename="../core/dns/TxtConfirmation.cpp" line="113"/>
        <source>no TXT record</source>
        <translation>aucun enregistrement TXT</translation>
    </message>
    <message>
        <location filename="../core/dns/TxtConfirmation.cpp" line="114"/>
        <source>other values: %1</source>
        <translation>autres valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/dns/TxtConfirmation.cpp" line="135"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/dns/TxtConfirmation.cpp" line="139"/>
        <source>The TXT record did not appear at the zone&apos;s name servers in time.</source>
        <translation>L&apos;enregistrement TXT n&apos;est pas apparu à temps sur les serveurs de noms de la zone.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/dns/TxtConfirmation.cpp" line="140"/>
        <source>%1 was written, but after %n second(s) these servers still do not serve it: %2.</source>
        <translation>
            <numerusform>%1 a été écrit, mais après %n seconde ces serveurs ne le servent toujours pas&#xa0;: %2.</numerusform>
            <numerusform>%1 a été écrit, mais après %n secondes ces serveurs ne le servent toujours pas&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/dns/TxtConfirmation.cpp" line="144"/>
        <source>Check that the DNS provider manages the zone these servers answer for, and raise the confirmation timeout if the provider publishes slowly.</source>
        <translation>Vérifiez que le fournisseur DNS gère la zone pour laquelle ces serveurs répondent, et augmentez le délai de confirmation si le fournisseur publie lentement.</translation>
    </message>
</context>
<context>
    <name>WebhookJob</name>
    <message>
        <location filename="../core/notify/WebhookJob.cpp" line="47"/>
        <source>The webhook address is not usable.</source>
        <translation>L&apos;adresse du webhook est inutilisable.</translation>
    </message>
    <message>
        <location filename="../core/notify/WebhookJob.cpp" line="48"/>
        <source>&quot;%1&quot; must be an https:// URL (http:// only on this machine).</source>
        <translation>«&#xa0;%1&#xa0;» doit être une URL https:// (http:// uniquement sur cette machine).</translation>
    </message>
    <message>
        <location filename="../core/notify/WebhookJob.cpp" line="50"/>
        <source>Correct the webhook URL in CertDesk&apos;s settings.</source>
        <translation>Corrigez l&apos;URL du webhook dans les paramètres de CertDesk.</translation>
    </message>
    <message>
        <location filename="../core/notify/WebhookJob.cpp" line="82"/>
        <source>The webhook could not be delivered.</source>
        <translation>Le webhook n&apos;a pas pu être remis.</translation>
    </message>
    <message>
        <location filename="../core/notify/WebhookJob.cpp" line="83"/>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 a répondu HTTP %2.</translation>
    </message>
    <message>
        <location filename="../core/notify/WebhookJob.cpp" line="84"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/notify/WebhookJob.cpp" line="85"/>
        <source>Check that the receiver is running and accepts CertDesk&apos;s requests.</source>
        <translation>Vérifiez que le destinataire fonctionne et accepte les requêtes de CertDesk.</translation>
    </message>
</context>
<context>
    <name>WebrootSolver</name>
    <message>
        <location filename="../core/solvers/WebrootSolver.cpp" line="32"/>
        <source>The CA sent an unusable challenge token.</source>
        <translation>L&apos;AC a envoyé un jeton de défi inutilisable.</translation>
    </message>
    <message>
        <location filename="../core/solvers/WebrootSolver.cpp" line="37"/>
        <source>The challenge file could not be written.</source>
        <translation>Le fichier du défi n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="../core/solvers/WebrootSolver.cpp" line="38"/>
        <source>Writing into %1 failed: %2</source>
        <translation>L&apos;écriture dans %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/solvers/WebrootSolver.cpp" line="40"/>
        <source>Check the webroot folder in the endpoint&apos;s settings and that CertDesk may write there.</source>
        <translation>Vérifiez le dossier webroot dans les paramètres du point de terminaison, et que CertDesk a le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <location filename="../core/solvers/WebrootSolver.cpp" line="45"/>
        <source>the webroot folder does not exist</source>
        <translation>le dossier webroot n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/solvers/WebrootSolver.cpp" line="48"/>
        <source>the folder could not be created</source>
        <translation>le dossier n&apos;a pas pu être créé</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/wizard/WelcomePage.cpp" line="10"/>
        <source>Welcome to CertDesk</source>
        <translation>Bienvenue dans CertDesk</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WelcomePage.cpp" line="11"/>
        <source>Three steps to the first certificate.</source>
        <translation>Trois étapes jusqu&apos;au premier certificat.</translation>
    </message>
    <message>
        <location filename="../ui/wizard/WelcomePage.cpp" line="13"/>
        <source>&lt;p&gt;CertDesk obtains certificates for your servers from an ACME certificate authority and renews them in the background, before they expire.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;A CA account.&lt;/b&gt; Pick a CA, such as Let&apos;s Encrypt, and accept its terms.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The first endpoint.&lt;/b&gt; The host names one server or load balancer answers to, and how the CA can check that they are yours.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The first certificate.&lt;/b&gt; CertDesk orders it and shows you the result.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Everything is saved as you go; you can stop at any step and continue later from the File menu.&lt;/p&gt;</source>
        <translation>&lt;p&gt;CertDesk obtient des certificats pour vos serveurs auprès d&apos;une autorité de certification ACME et les renouvelle en arrière-plan, avant leur expiration.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Un compte d&apos;AC.&lt;/b&gt; Choisissez une AC, comme Let&apos;s Encrypt, et acceptez ses conditions.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Le premier point de terminaison.&lt;/b&gt; Les noms d&apos;hôte auxquels répond un serveur ou un répartiteur de charge, et la manière dont l&apos;AC peut vérifier qu&apos;ils vous appartiennent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Le premier certificat.&lt;/b&gt; CertDesk le commande et vous montre le résultat.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Tout est enregistré au fur et à mesure&#xa0;; vous pouvez vous arrêter à n&apos;importe quelle étape et reprendre plus tard depuis le menu Fichier.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../core/jobs/Worker.cpp" line="41"/>
        <source>The background worker cannot open the database.</source>
        <translation>Le processus d&apos;arrière-plan ne peut pas ouvrir la base de données.</translation>
    </message>
    <message>
        <location filename="../core/jobs/Worker.cpp" line="92"/>
        <source>Background worker started.</source>
        <translation>Processus d&apos;arrière-plan démarré.</translation>
    </message>
    <message>
        <location filename="../core/jobs/Worker.cpp" line="110"/>
        <source>Background worker stopped.</source>
        <translation>Processus d&apos;arrière-plan arrêté.</translation>
    </message>
    <message>
        <location filename="../core/jobs/Worker.cpp" line="202"/>
        <source>Endpoint added: %1.</source>
        <translation>Point de terminaison ajouté&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../core/jobs/Worker.cpp" line="218"/>
        <source>Endpoint settings changed.</source>
        <translation>Paramètres du point de terminaison modifiés.</translation>
    </message>
    <message>
        <location filename="../core/jobs/Worker.cpp" line="240"/>
        <source>A certificate order is running for %1.</source>
        <translation>Une commande de certificat est en cours pour %1.</translation>
    </message>
    <message>
        <location filename="../core/jobs/Worker.cpp" line="242"/>
        <source>No endpoint was deleted.</source>
        <translation>Aucun point de terminaison n&apos;a été supprimé.</translation>
    </message>
    <message>
        <location filename="../core/jobs/Worker.cpp" line="243"/>
        <source>Wait for the order to finish, then delete again.</source>
        <translation>Attendez la fin de la commande, puis relancez la suppression.</translation>
    </message>
    <message>
        <location filename="../core/jobs/Worker.cpp" line="258"/>
        <source>Endpoint deleted: %1.</source>
        <translation>Point de terminaison supprimé&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../core/jobs/Worker.cpp" line="330"/>
        <source>&quot;%1&quot; is not an ACME directory URL.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL de répertoire ACME.</translation>
    </message>
    <message>
        <location filename="../core/jobs/Worker.cpp" line="332"/>
        <source>Use the https:// URL of the CA&apos;s directory, for example https://acme-v02.api.letsencrypt.org/directory.</source>
        <translation>Utilisez l&apos;URL https:// du répertoire de l&apos;AC, par exemple https://acme-v02.api.letsencrypt.org/directory.</translation>
    </message>
    <message>
        <location filename="../core/jobs/Worker.cpp" line="344"/>
        <source>The CA bundle %1 cannot be read: %2</source>
        <translation>Le bundle d&apos;AC %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ZoneDiscovery</name>
    <message>
        <location filename="../core/dns/ZoneDiscovery.cpp" line="29"/>
        <source>The zone cannot be looked up.</source>
        <translation>La zone ne peut pas être résolue.</translation>
    </message>
    <message>
        <location filename="../core/dns/ZoneDiscovery.cpp" line="30"/>
        <source>No name or no DNS client was given.</source>
        <translation>Aucun nom ou aucun client DNS n&apos;a été fourni.</translation>
    </message>
    <message>
        <location filename="../core/dns/ZoneDiscovery.cpp" line="87"/>
        <source>No DNS zone was found for the name.</source>
        <translation>Aucune zone DNS n&apos;a été trouvée pour ce nom.</translation>
    </message>
    <message>
        <location filename="../core/dns/ZoneDiscovery.cpp" line="88"/>
        <source>%1 asked for the zone of %2 and found none.</source>
        <translation>%1 a recherché la zone de %2 et n&apos;en a trouvé aucune.</translation>
    </message>
    <message>
        <location filename="../core/dns/ZoneDiscovery.cpp" line="89"/>
        <source>Check that the domain is registered and delegated, and that the resolver can reach its name servers.</source>
        <translation>Vérifiez que le domaine est enregistré et délégué, et que le résolveur peut joindre ses serveurs de noms.</translation>
    </message>
    <message>
        <location filename="../core/dns/ZoneDiscovery.cpp" line="119"/>
        <source>The zone has no name servers.</source>
        <translation>La zone n&apos;a pas de serveurs de noms.</translation>
    </message>
    <message>
        <location filename="../core/dns/ZoneDiscovery.cpp" line="120"/>
        <source>%1 returned no NS records for zone %2.</source>
        <translation>%1 n&apos;a renvoyé aucun enregistrement NS pour la zone %2.</translation>
    </message>
    <message>
        <location filename="../core/dns/ZoneDiscovery.cpp" line="121"/>
        <source>Ask the zone&apos;s administrator to publish NS records.</source>
        <translation>Demandez à l&apos;administrateur de la zone de publier des enregistrements NS.</translation>
    </message>
    <message>
        <location filename="../core/dns/ZoneDiscovery.cpp" line="164"/>
        <source>The zone&apos;s name servers have no addresses.</source>
        <translation>Les serveurs de noms de la zone n&apos;ont pas d&apos;adresse.</translation>
    </message>
    <message>
        <location filename="../core/dns/ZoneDiscovery.cpp" line="165"/>
        <source>None of %1 (zone %2) resolves to an address.</source>
        <translation>Aucun des serveurs %1 (zone %2) ne se résout en adresse.</translation>
    </message>
    <message>
        <location filename="../core/dns/ZoneDiscovery.cpp" line="167"/>
        <source>Check the name servers&apos; A and AAAA records and their glue at the parent zone.</source>
        <translation>Vérifiez les enregistrements A et AAAA des serveurs de noms ainsi que leurs enregistrements de colle (glue) dans la zone parente.</translation>
    </message>
</context>
</TS>
