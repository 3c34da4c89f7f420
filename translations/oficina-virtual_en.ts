<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Oficina Virtual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::AppController</name>
    <message>
        <source>Enter a full https:// address (http:// only for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server answered at that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That address does not look like an Oficina Virtual server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::ComingSoonPage</name>
    <message>
        <source>%1
This section is coming in a later version of Oficina Virtual.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::ContractDetailPanel</name>
    <message>
        <source>Contract details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last invoice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the contract details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — contract %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2, due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::ContractTableModel</name>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice for %1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::ContractsPage</name>
    <message>
        <source>Search contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by contract, alias, address or meter (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contracts to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n contract</numerusform>
            <numerusform>%n contracts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contract(s)</source>
        <translation>
            <numerusform>%1 of %n contract</numerusform>
            <numerusform>%1 of %n contracts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ov::MainWindow</name>
    <message>
        <source>Update now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no password keychain that Oficina Virtual can use, so it cannot keep you signed in. You will need to sign in each time you open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Oficina Virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oficina Virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last update failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::OfflineBanner</name>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to connect again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — the server cannot be reached. Showing your data as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — the server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::ProfileChooserPage</name>
    <message>
        <source>Choose your utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oficina Virtual works with any utility that offers it. Pick yours from the list, or add it with the address it gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with the selected utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of another utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the utility at this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another utility&apos;s &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address your utility gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added. Select it and press Continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::SignInPage</name>
    <message>
        <source>Username or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep me signed in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep me signed in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username or email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see your contracts, invoices and consumption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be verified, so the connection was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your account is locked after several failed attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Your account is locked after several failed attempts. Try again in %n minute.</numerusform>
            <numerusform>Your account is locked after several failed attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you need help now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not activated yet. Open the activation link we sent to your email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in did not work (%1). Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your username or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::SyncStatusWidget</name>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — never updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — last updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::WorkspaceWidget</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your invoices, their PDFs and online payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts of your consumption and meter readings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests and complaints (PQRS) and their answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your personal data, password and notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontract:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
