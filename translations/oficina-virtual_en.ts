<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BillExplanationText</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number (&quot;18%&quot; in English, &quot;18 %&quot; in Spanish).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bill is %1 more than the one for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bill is %1 less than the one for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bill is the same as the one for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You used %1 more %2 a day: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You used %1 less %2 a day: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your consumption: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price per %1 went up %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price per %1 went down %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices, taxes and subsidies per %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The period was %n day(s) longer: %1</source>
        <translation>
            <numerusform>The period was %n day longer: %1</numerusform>
            <numerusform>The period was %n days longer: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The period was %n day(s) shorter: %1</source>
        <translation>
            <numerusform>The period was %n day shorter: %1</numerusform>
            <numerusform>The period was %n days shorter: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Fixed charges and corrections: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryChoices</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions, opinions and other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the digital channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DescriptionCounter</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationText</name>
    <message>
        <source>New invoice for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your invoice %1 is due in 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request %1 was answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will review your reading of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 for %2 is due on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has an answer from the utility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading you entered is much higher than usual; the utility will check it before billing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingRulesText</name>
    <message>
        <source>The reading cannot be lower than the last one, %1 on %2. Check the number on the meter, from left to right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading cannot be lower than the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number the meter shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number the meter shows: digits only, without letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The date can be at most %n day(s) ago.</source>
        <translation>
            <numerusform>The date can be at most %n day ago.</numerusform>
            <numerusform>The date can be at most %n days ago.</numerusform>
        </translation>
    </message>
    <message>
        <source>Readings are taken from day %1 to day %2 of each month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be before the last reading, on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading cannot be accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reading means %1 %2 since the last one, more than three times your usual %3 %2. Check the number on the meter. If it is right, send it: the utility will review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by the utility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestText</name>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n business day(s)</source>
        <translation>
            <numerusform>Overdue by %n business day</numerusform>
            <numerusform>Overdue by %n business days</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) left</source>
        <translation>
            <numerusform>%n business day left</numerusform>
            <numerusform>%n business days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose what your request is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the contract this request is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of “%1” is too long: rename the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Write at most %n character(s).</source>
        <translation>
            <numerusform>Write at most %n character.</numerusform>
            <numerusform>Write at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the listed subjects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of your contracts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attach at most %n file(s).</source>
        <translation>
            <numerusform>Attach at most %n file.</numerusform>
            <numerusform>Attach at most %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files add up to more than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a PDF, JPEG or PNG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be saved on this computer. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is closed: file a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not accepted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Oficina Virtual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::ActivationPage</name>
    <message>
        <source>Check your email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 of 4. We sent you an activation code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the email &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the activation email again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link in the activation email on this computer, or paste the code from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent a message to %1. Open the link in it on this computer, or paste the code from it here. It works once, for 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent again. The previous code no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many emails; wait a while before asking again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email could not be sent again. Try later.</source>
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
    <name>ov::ConsumptionChart</name>
    <message>
        <source>Consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption per month, with the year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 (a year before: %4 %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::ConsumptionExporter</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption per reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no smart-meter data to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Green Button file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::ConsumptionPage</name>
    <message>
        <source>No meter readings for this contract yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter meter reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a meter reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the refused reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more than a year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 less than a year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as a year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reading from a year before to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 a day on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reading of %1 was not accepted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) waiting to be sent. They go out as soon as the server can be reached.</source>
        <translation>
            <numerusform>%n reading waiting to be sent. It goes out as soon as the server can be reached.</numerusform>
            <numerusform>%n readings waiting to be sent. They go out as soon as the server can be reached.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last %n month(s)</source>
        <translation>
            <numerusform>The last month</numerusform>
            <numerusform>The last %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smart meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings as &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All contracts as Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Green Button (XML)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart-meter &amp;quarter-hours as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: no file was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green Button data (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::ContactDialog</name>
    <message>
        <source>Contact us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to the utility without an account. You will get the filing number here and by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is it about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Or reach us directly&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The utility&apos;s phone, WhatsApp and email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Thank you. Your message was filed as %1.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The utility must answer by %2. We sent a copy to %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the legal deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
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
    <message>
        <source>Bills by email to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paperless bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paperless bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the billing email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not yet confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OK, understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the refused change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the contract&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the contract from your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your account&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bill arrives only by email, at %1; no paper is posted. Every bill is also here, under Invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bill is printed and posted to the billing address, and also sent to %1. Turn on &quot;Paperless bill&quot; to stop the paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We emailed a code to %1. Enter it to send the bills there:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the billing email&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlinking this contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was not accepted: it is wrong or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only contract in your account, so it cannot be unlinked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The utility did not accept a change (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer, waiting for the server: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink contract %1 from your account? Its invoices and readings leave this computer. You can link it again with one of its bills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::ContractEditDialog</name>
    <message>
        <source>&amp;Street and number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apartment, office (o&amp;ptional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region (department, state):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal c&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alias (your name for it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: your account&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+57 300 123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where printed bills are posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The utility does not let customers change this here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email address like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number: digits, spaces and an optional + at the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This postal code does not have the form used in this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved on this computer. Try again.</source>
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
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
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
    <message>
        <source>Summary of your contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link a contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link another contract to your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK, &amp;understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the refused link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay across your contracts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · nothing overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n overdue</source>
        <translation>
            <numerusform> · %n overdue</numerusform>
            <numerusform> · %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract %1 will be linked when the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1 was not linked: its details do not match the bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1 was not linked: it belongs to another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1 was not linked (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::CustomerDataPage</name>
    <message>
        <source>Bill &amp;reference (without dots):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meter number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First surname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Second surname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your customer details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 4. Copy them from your bill, exactly as they appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only digits and letters, without dots or spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is longer than the bill shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not find a customer with these details. Compare them with your bill and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer already has an account. Sign in, or use &quot;Forgot your password?&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong (%1). Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contract is already in your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contract belongs to another account, so it cannot be added to yours. Its holder has been told. If it is yours, contact us.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::CustomerTypePage</name>
    <message>
        <source>Create your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 4. Whose name is the contract in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;person (household, landlord)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract is in a person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;company or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract is in a company&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will need one of your bills at hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::DesktopNotifier</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new notifications</source>
        <translation>
            <numerusform>%n new notification</numerusform>
            <numerusform>%n new notifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Oficina Virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oficina Virtual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::DesktopSettingsBox</name>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;desktop notifications when something new arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed, so updates go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray, so these take effect only where there is one. New notifications are always in the bell.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::ForgotPasswordDialog</name>
    <message>
        <source>Forgot your password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send me a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username or email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will email you a code to choose a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the &amp;new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 has an account, we sent a code to its email. It works once, for 30 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed. Sign in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has expired. Close this window and ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is not valid or was already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept this password; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong (%1). Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::IntervalChart</name>
    <message>
        <source>Smart-meter consumption over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus and minus zoom, the arrow keys move in time, Home shows everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No smart-meter data yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::IntervalView</name>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all three years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart-meter data being downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop downloading the smart-meter data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the smart-meter data: %1 of %2 months…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. What was downloaded is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some smart-meter data could not be downloaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::InvoiceChart</name>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evolution of your bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 · %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::InvoicePdfDialog</name>
    <message>
        <source>Save the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the invoice as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::InvoiceTableModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::InvoicesPage</name>
    <message>
        <source>No invoices for this contract yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why did my bill change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the previous bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the same month last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search invoices by number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest bill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · due %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bill for the same month last year to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same month last year: %1 (▲ %2 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same month last year: %1 (▼ %2 less)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same month last year: %1 (the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no earlier bill to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last %n month(s)</source>
        <translation>
            <numerusform>The last month</numerusform>
            <numerusform>The last %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pay now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay the latest bill online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay the &amp;selected invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay the selected invoice online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the payment page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your payment on the payment page (opened in your browser).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment approved. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was cancelled; nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment page expired; you can pay again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the year&apos;s invoices in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;year&apos;s PDFs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDFs of the year shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the selected invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice could not be downloaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n invoice(s).</source>
        <translation>
            <numerusform>Saved %n invoice.</numerusform>
            <numerusform>Saved %n invoices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n invoice(s) saved before you cancelled.</source>
        <translation>
            <numerusform>Stopped: %n invoice saved before you cancelled.</numerusform>
            <numerusform>Stopped: %n invoices saved before you cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n invoice(s): %1</source>
        <translation>
            <numerusform>Stopped after %n invoice: %1</numerusform>
            <numerusform>Stopped after %n invoices: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening invoice %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the invoices of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::LinkContractWizard</name>
    <message>
        <source>Link a contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 2. Add another supply point to your account with one of its bills. Whose name is that contract in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract&apos;s bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 2. Copy these from the bill of the contract to add, exactly as they appear.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::LinkResultPage</name>
    <message>
        <source>Link a contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1 (%2) is now in your account. You will find it in your list of contracts, with its invoices and readings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has not answered yet. The contract will be linked as soon as it does, and will then appear in your list; you can close this window.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Your password was changed. Sign in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Oficina Virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Oficina Virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Oficina Virtual %1&lt;/h3&gt;&lt;p&gt;Your utility&apos;s customer office on the desktop.&lt;/p&gt;&lt;p&gt;MIT licence. © 2026 The Oficina Virtual developers.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1 (LGPL 3), QtKeychain (BSD 3-clause), SQLite (public domain), libsodium (ISC), OpenSSL (Apache 2.0), libqrencode (LGPL 2.1), libxlsxwriter (BSD 2-clause) and cpp-httplib (MIT). Log files: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::MeterReadingDialog</name>
    <message>
        <source>Enter meter reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reading: %1 %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no earlier reading of this meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading shown on the meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reading (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading could not be saved on this computer. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::NewPasswordPage</name>
    <message>
        <source>Choose your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 4 of 4. Then you are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
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
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activating your account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has expired. Go back and ask for a new email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is not valid or was already used. Go back and check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept this password; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong (%1). Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is it about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us what happened, since when, and what you would like the utility to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 PDF, JPEG or PNG files, %2 MB each and %3 MB in all. You can also drop them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the selected image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What is it about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontract:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no particular contract)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · answered within %n business day(s).</source>
        <translation>
            <numerusform>%1 · answered within %n business day.</numerusform>
            <numerusform>%1 · answered within %n business days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents and pictures (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::NotificationBell</name>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Notifications, %n unread</source>
        <translation>
            <numerusform>Notifications, %n unread</numerusform>
            <numerusform>Notifications, %n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications, none unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::NotificationsPopup</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Notifications&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all notifications as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread: %1, %2</source>
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
    <name>ov::PasswordChecklist</name>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>At most %n character</numerusform>
            <numerusform>At most %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n digit(s)</source>
        <translation>
            <numerusform>At least %n digit</numerusform>
            <numerusform>At least %n digits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n letter(s)</source>
        <translation>
            <numerusform>At least %n letter</numerusform>
            <numerusform>At least %n letters</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a common password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not your username or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met yet: %1</source>
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
    <name>ov::ProfilePage</name>
    <message>
        <source>A new invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice is about to fall due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request was answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A planned outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code sent to the new email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the new contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact e&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me when…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notification choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are offline; try again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be saved (%1). Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile is available when you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent a code to %1. Enter it to start using that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number does not look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact email does not look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your contact email is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has expired; save the email again to get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a phone number to your details to get SMS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::ReadingTableModel</name>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::RegisterWizard</name>
    <message>
        <source>Create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::RequestTableModel</name>
    <message>
        <source>(not filed yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The utility must answer by %1 (business days, by law).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::RequestThreadView</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens this file; use “Save as…” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be brought while offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be brought: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a request to see its messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due by law on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the request is now “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is now “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to the utility about this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is closed: file a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::RequestsPage</name>
    <message>
        <source>Requests and complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The utility must answer within the legal time, counted in business days; each request shows its deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by filing number, subject or contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show requests by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (waiting for an answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not filed any request. Use “New request” to file a petition, complaint, claim or suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the request that was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The utility did not accept “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::SampleBillWidget</name>
    <message>
        <source>Sample bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill reference is marked with 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter number is marked with 2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::SecuritySection</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turn on two-step verification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the app, or a recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;urn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of all &amp;other sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of all other sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in on a computer you no longer use? End those sessions here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: signing in asks for a code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: signing in asks only for your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed. Your other sessions were signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the new password; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be turned off (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your other sessions were signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It did not work (%1). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update automatically:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs you out and deletes from this computer your saved data and sign-in, and that of anyone else who used it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time Oficina Virtual starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and delete everything Oficina Virtual keeps on this computer: your saved contracts, invoices and readings, your sign-in, and changes not yet sent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
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
    <message>
        <source>&amp;Forgot your password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification is on. Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verification code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is not right, or it was already used. Wait for the next code and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in took too long. Enter your password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tact us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the utility without an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The utility&apos;s phone, WhatsApp and email</source>
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
    <name>ov::TwoFactorSetupDialog</name>
    <message>
        <source>Turn on two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Scan this code with an authenticator app (for example FreeOTP, Aegis or Google Authenticator), or type the key below into it.
2. Enter the 6-digit code the app shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code for the authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification is on. If you lose your phone, each of these codes lets you sign in once. Save them somewhere safe now: they are shown only this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery codes to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification is already on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be set up (%1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is not right. Check the time on your phone and try the next code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be turned on (%1). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery-codes.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery codes for %1. Each one signs you in once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ov::UserDataPage</name>
    <message>
        <source>Your user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 4. Choose how you will sign in, and where we write to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I accept the &amp;terms and conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I accept the terms and conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I accept the &amp;privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I accept the privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the &lt;a href=&quot;%1&quot;&gt;terms and conditions&lt;/a&gt; and the &lt;a href=&quot;%2&quot;&gt;privacy notice&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spaces or @, please.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This username is taken; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two emails are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an account with this email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terms changed while you were registering. Read them again and accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registration took too long. Go back and enter your customer details again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not send the activation email right now. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong (%1). Please try again.</source>
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
        <source>Consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
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
    <message>
        <source>Type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract (type to search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the message about the saved data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data saved on this computer was written by a newer version of Oficina Virtual and cannot be read by this one. It was set aside, and your contracts, invoices and readings are being downloaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data saved on this computer was damaged and could not be read. It was set aside, and your contracts, invoices and readings are being downloaded again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
