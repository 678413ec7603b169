<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <extracomment>Translate as &quot;zh&quot; in the Chinese catalogue. Used to pick names from data.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan–Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan–Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan–Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan–May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan–Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan–Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan–Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan–Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan–Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan–Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan–Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q1–Q3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>A database operation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is in use by another Zhibiao window or program. Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another Zhibiao window or program. Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the database could not grow to hold this change. Nothing of this change was stored; free some space on the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: %1 could not grow to hold this change. Nothing of this change was stored; free some space on the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost. Figures typed now are kept on screen but not stored; Zhibiao connects again by itself when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost (%2). The change was not stored; Zhibiao connects again when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused this: %2. Nothing was changed; ask the administrator of the server for the permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 has no room left on its disk. Nothing of this change was stored; tell the administrator of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. The change was not stored; Zhibiao connects again when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 did not accept the login: %2. Zhibiao takes the password from ~/.pgpass or the PGPASSWORD variable (docs/server.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 did not let Zhibiao in: %2. Ask the administrator of the server (docs/server.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month is approved and locked: its figures change only after a reviewer reopens it. Nothing of this change was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::AboutBox</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Zhibiao&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Tracks the yearly economic targets of %2.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;&lt;p&gt;Database: %4&lt;/p&gt;</source>
        <extracomment>Help → About. %1 version, %2 district, %3 Qt version, %4 the database&apos;s file or server</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Zhibiao</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::AnalysisText</name>
    <message>
        <source>fell %1 year on year</source>
        <extracomment>How a growth rate reads in the analysis: &quot;grew 12.5% year on year&quot; / &quot;同比增长12.5%&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grew %1 year on year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level with the annual target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points more than the targeted fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points less than the targeted fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points above the annual target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points below the annual target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the annual target done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in step with time progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 points ahead of time progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 points behind time progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the annual target is achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the annual target is not achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no figure of %2 yet.</source>
        <extracomment>%1 period, %2 indicator</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no figure of %2 yet; the latest is for %3.</source>
        <extracomment>%1 the period asked for, %2 indicator, %3 the period of its latest figure</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <extracomment>The opening of a sentence: &quot;Jan–Jun: value added … grew 12.5% year on year&quot;; Chinese &quot;1-6月，全区…同比增长12.5%&quot;.
----------
The opening of a sentence for an amount or level: &quot;Jan–Jun: grain output 47,000 吨&quot;; Chinese &quot;1-6月，全区粮食总产量47,000吨&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against %1 of %2, %3</source>
        <extracomment>%1 the figure compared with (&quot;City rate&quot;, &quot;Same period last year&quot;), %2 its value, %3 the gap (&quot;+0.3 pp&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>city standing</comment>
        <extracomment>The district&apos;s standing in the city after a growth rate; Chinese adds 增速: &quot;增速%1&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Ends a sentence of the analysis; Chinese &quot;。&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::Application</name>
    <message>
        <source>No graphical display is available, so the Zhibiao window cannot open. Start it from a desktop session (or under xvfb-run); zhibiao --help lists what works without a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zhibiao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database opened last, %1, is no longer there; the standard one is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::ApprovalRepository</name>
    <message>
        <source>An approval state “%1” is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A responsible unit needs a code and a name in Chinese and in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no indicator “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no responsible unit “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of %1 %2 is waiting for you to %3. Nothing was changed.</source>
        <extracomment>%1 e.g. 1-6月, %2 the action (submit, approve …)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not reported in %2: there is nothing to act on.</source>
        <extracomment>%1 e.g. &quot;GDP, 1-5月&quot;, %2 a year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile; look again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::ApprovalRules</name>
    <message>
        <source>%1 may only read: a viewer does not submit, return or approve figures.</source>
        <extracomment>%1 the login</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a reviewer or an administrator may %1 %2.</source>
        <extracomment>%1 the action (approve, return, reopen), %2 e.g. &quot;GDP, 1-6月&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no responsible unit: an administrator assigns one before a clerk submits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reported by %2: only its own clerks submit it.</source>
        <extracomment>%1 e.g. &quot;GDP, 1-6月&quot;, %2 the unit that reports it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is approved and locked: a reviewer reopens it before it is submitted again.</source>
        <extracomment>%1 e.g. &quot;GDP, 1-6月&quot;, %2 its state (submitted, approved …)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: only submitted figures are approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: only submitted figures are returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why %1 is returned: the clerk sees the reason in their list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why %1 is reopened: the reason is kept with the month&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: only an approved or an open month is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::ApprovalSubcommand</name>
    <message>
        <source>%1 %2:</source>
        <extracomment>%1 year, %2 period such as 1-6月</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry closes after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no closing date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: %1</source>
        <extracomment>%1 the reason a reviewer gave</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 submitted or approved (%3%): %4 approved, %5 waiting for review, %6 with the units (%7 returned), %8 late.</source>
        <extracomment>the counts of a month&apos;s due list; %1 of %2 reported (a percentage %3)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what is due in a month, or submits, approves, returns or reopens its figures: the named indicators (codes or names), else all of yours that wait for the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run zhibiao approval --help for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which year with --year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month: 1-12 or a period such as 1-6月.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the figures for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve them: the month is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return them to their unit, with --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen an approved month, with --reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they are returned or reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the month&apos;s closing date (YYYY-MM-DD), or none to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INDICATOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicators to act on (default: all of yours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[INDICATOR…]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which month with --month, e.g. --month 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a month: give 1 to 12 or a period such as 1-6月.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one of --submit, --approve, --return and --reopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do with the indicators: --submit, --approve, --return or --reopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: give it as 2022-07-10, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no indicator “%1”. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a reviewer or an administrator sets a closing date. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::ApprovalText</name>
    <message>
        <source>open</source>
        <extracomment>An indicator&apos;s month nobody has submitted yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return</source>
        <extracomment>Send a month&apos;s figures back to the clerk</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::Backup</name>
    <message>
        <source>Made on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a data format update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::BackupCheck</name>
    <message>
        <source>The backup file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a Zhibiao database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its data format (%1) is not one this version reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::BackupFile</name>
    <message>
        <source>its journal mode could not be set (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy does not read back correctly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::BackupRestore</name>
    <message>
        <source>The backup %1 cannot be restored. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored while changes are being saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be restored; the database is unchanged. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::BackupSet</name>
    <message>
        <source>Could not create the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::BackupSubcommand</name>
    <message>
        <source>Run zhibiao backup --help for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of %1 in %2, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the copy to COPY (replaced if it exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the backups in the backup folder instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either -o or --list, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write with -o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy cannot be the database itself; name another file with -o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the backup %1 (the newest %2 are kept).</source>
        <extracomment>%1 backup file, %2 how many backups are kept</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the copy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the database safely, even while the window has it open: to COPY with -o, else into its backup folder (FILE.backups beside it). A database on a server is copied as it was at one moment into COPY, an ordinary Zhibiao file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database on a server is backed up into a file: name it with -o, e.g. -o lukou-copy.sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::CityRankingChartBuilder</name>
    <message>
        <source>★ %1</source>
        <extracomment>The district&apos;s own unit in the ranking chart; ★ marks it besides its colour.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth by county and district, %1</source>
        <extracomment>Title of the ranking chart: %1 the period of the city&apos;s table, e.g. &quot;Jan–Jun&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth, year to date (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counties and districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City %1</source>
        <extracomment>The city&apos;s growth line in the ranking chart: &quot;全市 11.6%&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::CityStandingPanel</name>
    <message>
        <source>Rank by quarter: %1</source>
        <extracomment>Under the ranking chart: the district&apos;s rank at each quarter end, e.g. &quot;Rank by quarter: Q1 5th → H1 3rd&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::CityTablePage</name>
    <message numerus="yes">
        <source>Stored %n figure(s) of the city&apos;s table.</source>
        <translation>
            <numerusform>Stored %n figure of the city&apos;s table.</numerusform>
            <numerusform>Stored %n figures of the city&apos;s table.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city statistics bureau&apos;s table by hand: type each unit&apos;s year-to-date growth in % and press Enter; it is stored at once and the dashboard&apos;s rank follows. Paste a block copied from Excel or WPS with Ctrl+V. Ctrl+Z undoes. File → Import figures… reads the table from its file instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::ColumnMapping</name>
    <message>
        <source>No column is marked as holding the indicator names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is marked as holding figures (year-to-date value, last year&apos;s value or growth).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year-to-date value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::ColumnMappingTable</name>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::CommandLine</name>
    <message>
        <source>Zhibiao tracks a district&apos;s yearly economic targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional command; without one the window opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[command]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run zhibiao --help for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a year&apos;s figures and target status to .xlsx or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import figures from a spreadsheet (.xlsx, .csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the database safely, or list its backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PDF summary of a year&apos;s targets for a leadership meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database DB: a file, or a database on a server, postgresql://[user@][host][:port]/name (default: $ZHIBIAO_DB, else the file in the standard data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare an office&apos;s PostgreSQL database, or upload a file to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database DB: a file, or a database on a server, postgresql://[user@][host][:port]/name (default: $ZHIBIAO_DB, else the file in the standard data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the summary report of a year&apos;s targets as a PDF or an .odt to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what is due in a month, or submit, approve, return or reopen its figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, list or remove the people of a server database and their roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::ComparisonRepository</name>
    <message>
        <source>The city&apos;s figures name “%1” and “%2”, which this database does not have; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n figure(s) in the city&apos;s tables, so it is not removed: its figures would go with it.</source>
        <extracomment>%1 a unit&apos;s name, e.g. 荷塘区</extracomment>
        <translation>
            <numerusform>“%1” has %n figure in the city&apos;s tables, so it is not removed: its figures would go with it.</numerusform>
            <numerusform>“%1” has %n figures in the city&apos;s tables, so it is not removed: its figures would go with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhibiao::ComparisonUnitTableModel</name>
    <message>
        <source>The city as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::ComparisonUnits</name>
    <message>
        <source>Every unit needs a Chinese and an English name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two units are called “%1”: the city&apos;s tables are matched by these names, so each must differ.</source>
        <extracomment>%1 a unit&apos;s Chinese name, e.g. 渌口区</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one unit can be our district: “%1” and “%2” both are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one unit can be the city as a whole: “%1” and “%2” both are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be both our district and the city as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::ComparisonUnitsDialog</name>
    <message>
        <source>New unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add comparison unit %1</source>
        <extracomment>Undo menu text: %1 a comparison unit&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename comparison unit %1</source>
        <extracomment>Undo menu text: %1 a comparison unit&apos;s name before the change</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 as our district</source>
        <extracomment>Undo menu text: %1 a comparison unit&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 as the city as a whole</source>
        <extracomment>Undo menu text: %1 a comparison unit&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move comparison unit %1</source>
        <extracomment>Undo menu text: %1 a comparison unit&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove comparison unit %1</source>
        <extracomment>Undo menu text: %1 a comparison unit&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units the city&apos;s comparison tables list, in their order. Type a name in the table to change it: the city&apos;s tables are recognised by the Chinese names. Each change is stored at once; Ctrl+Z (Edit → Undo) takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Our district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit whose rank the dashboard shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city as a whole: the others&apos; growth is measured against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::CriterionPanel</name>
    <message>
        <source>Projected for the year: %1 (%2)</source>
        <extracomment>%1 the projected figure, %2 how it was projected</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures to chart up to %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::CriterionSeries</name>
    <message>
        <source>Growth, year to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount, year to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, growth</source>
        <extracomment>%1 indicator name, e.g. per-capita disposable income</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth, same period last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::CriterionTableModel</name>
    <message>
        <source>Growth of at least (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount of at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount of at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline of at least (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the reference series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth above the reference&apos;s growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better than last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(to be set by the city)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far behind the target still reads as a yellow light rather than red. Leave it empty for the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow light within</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::DailyBackup</name>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::DashboardView</name>
    <message>
        <source>%1: %2</source>
        <extracomment>Dashboard summary item: status and how many targets have it, e.g. &quot;● On track: 6&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>&quot;As of&quot; choice at a quarter end: &quot;Jan–Jun (H1)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No targets have been set for %1 yet. Enter them on the Targets screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures entered for %1 yet — open the monthly figures screen to enter them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month or quarter the verdicts are for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open monthly figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — main targets for %2</source>
        <extracomment>Dashboard heading: %1 district, %2 year. Chinese: 渌口区 2022年主要预期目标</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Zhibiao database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Zhibiao database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Zhibiao (data format %2; this version reads up to %3). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator %1 has an unknown frequency or reporting kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target of %1 has an unknown kind “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target for %1 cannot be saved as a target for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not updated to the new data format because it could not be backed up first. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not updated to the new data format: its table %2 refers to a row of %3 that does not exist. The file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds no Zhibiao data yet. Its administrator prepares it with: zhibiao server init --db %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is in an older Zhibiao data format (%2; this version needs %3). Its administrator brings it up to date with: zhibiao server init --db %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not Zhibiao&apos;s. Give Zhibiao an empty database of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in a network folder (%2). Zhibiao does not share a database file there: several desks writing one file over the network can lose figures or damage the file. Open it for this desk alone (no one else may open it meanwhile), or move it to the office&apos;s server with: zhibiao server upload --from %1 --db postgresql://SERVER/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only and holds no Zhibiao data yet, so it cannot be set up as a new database. Choose a file in a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only and in an older Zhibiao data format (%2; this version needs %3). Someone who may write it opens it once with this version to bring it up to date; or copy it to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only and empty, so it cannot be set up as a new database. Choose a file in a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: it can be viewed and exported but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only and was never set up completely (it names no district), so it cannot be shown. Open it once where it may be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison unit %1 has an unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::DatabaseCopy</name>
    <message>
        <source>%1 cannot take a copy: both databases must be in this version&apos;s data format (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds Zhibiao data; a copy goes only into an empty database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::DatabaseLocation</name>
    <message>
        <source>“%1” is not a valid server address: %2. Write it as postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address %1 contains a password. Leave it out: Zhibiao takes the password from ~/.pgpass or the PGPASSWORD variable, so that it never appears on a command line or in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid server address: a database name cannot contain “/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address contains a %1. Leave it out: Zhibiao takes it from ~/.pgpass or the PGPASSWORD variable, so that it never appears on a command line or in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address %1 has the parameter “%2”, which Zhibiao does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address %1 has the port “%2”, which is not a port number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::DistrictDialog</name>
    <message>
        <source>District settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names head the dashboard, the window, the PDF summary and the exports. The current year is the one the window opens on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::DistrictForm</name>
    <message>
        <source>Enter the district&apos;s name in Chinese (the English one is optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the city&apos;s name in Chinese (the English one is optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current year must lie between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District (&amp;English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity (Chinese):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ci&amp;ty (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District (Chinese):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::EntryField</name>
    <message>
        <source>This year (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same period last year (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth, published (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::EntryGridModel</name>
    <message>
        <source>%1
Entered by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored: typed while the server could not be reached. It is stored when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::EntryGridView</name>
    <message>
        <source>Revision &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::EntryPage</name>
    <message numerus="yes">
        <source>Stored %n figure(s).</source>
        <translation>
            <numerusform>Stored %n figure.</numerusform>
            <numerusform>Stored %n figures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a year-to-date figure and press Enter: it is stored at once. Paste a block copied from Excel or WPS with Ctrl+V. Ctrl+Z undoes. Right-click a cell for its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

If the figures are right, say why in a note (kept with the figures):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you were editing, someone else stored other figures here:

%1

Store yours over theirs, or keep theirs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click a cell for its history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::EntryPermissions</name>
    <message>
        <source>Approved and locked: this month&apos;s figures change only after a reviewer reopens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may only read these figures.</source>
        <extracomment>%1 the login</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another unit reports this figure: a clerk of %1 enters only %1&apos;s figures.</source>
        <extracomment>%1 the clerk&apos;s own unit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past this month&apos;s closing date: a reviewer returns or reopens the month before its figures change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n more not named)</source>
        <translation>
            <numerusform>(%n more not named)</numerusform>
            <numerusform>(%n more not named)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved month(s) would change: %1. An approved month&apos;s figures change only after a reviewer reopens it.</source>
        <translation>
            <numerusform>%n approved month would change: %1. An approved month&apos;s figures change only after a reviewer reopens it.</numerusform>
            <numerusform>%n approved months would change: %1. An approved month&apos;s figures change only after a reviewer reopens it.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may only read: a viewer enters no figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) of other units&apos; indicators: %1. A clerk of %2 enters only %2&apos;s figures.</source>
        <extracomment>%1 the cells, %2 the clerk&apos;s own unit</extracomment>
        <translation>
            <numerusform>%n figure of other units&apos; indicators: %1. A clerk of %2 enters only %2&apos;s figures.</numerusform>
            <numerusform>%n figures of other units&apos; indicators: %1. A clerk of %2 enters only %2&apos;s figures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) of months past their closing date: %1. A reviewer returns or reopens such a month before its figures change.</source>
        <translation>
            <numerusform>%n figure of months past their closing date: %1. A reviewer returns or reopens such a month before its figures change.</numerusform>
            <numerusform>%n figures of months past their closing date: %1. A reviewer returns or reopens such a month before its figures change.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing of this change was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::ExistingDatabase</name>
    <message>
        <source>There is no Zhibiao database at “%1”. Check the path given with --db; the window creates a new database when it first opens one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::ExportReportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview the PDF when it is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open it when it is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, to read and print (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text, to edit in WPS, Word or LibreOffice (.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <extracomment>The month the figures in the report run to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a PDF is previewed here; open the .odt in your word processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 targets %2, to month %3</source>
        <extracomment>Default name of the report file, before its suffix: %1 district, %2 year, %3 month number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” should end in .pdf or .odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::ExportSubcommand</name>
    <message>
        <source>Run zhibiao export --help for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a year&apos;s figures and the status of its targets to an .xlsx workbook or a CSV file (UTF-8, opens in Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write; .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which year to export with --year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write with -o, e.g. -o figures-%1.xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” should end in .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote “%1”: %2 indicators with %3 figures of %4, and the status of %5 targets as of %6.</source>
        <extracomment>%1 file, %2 number of indicators, %3 number of figures, %4 year, %5 number of targets, %6 period</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::FigureConflictError</name>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not stored: someone else changed %n of these figures while you were editing.</source>
        <translation>
            <numerusform>Not stored: someone else changed %n of these figures while you were editing.</numerusform>
            <numerusform>Not stored: someone else changed %n of these figures while you were editing.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2/%3: %4</source>
        <extracomment>%1 indicator code, %2 month, %3 year, %4 &quot;changed to … by … at …; yours: …&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed to %1 by %2 at %3; yours: %4</source>
        <extracomment>%1 the figure stored by the other user, %2 their login, %3 when, %4 the figure this user typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::FigureEditor</name>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>A cell of the entry grid: indicator · figure · period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this cell takes no figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted block reaches beyond the grid (row %1, column %2 of the block).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label column</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n figure(s)</source>
        <translation>
            <numerusform>Paste %n figure</numerusform>
            <numerusform>Paste %n figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n figure(s)</source>
        <translation>
            <numerusform>Clear %n figure</numerusform>
            <numerusform>Clear %n figures</numerusform>
        </translation>
    </message>
    <message>
        <source>Not stored: the unusual figures were not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored: the figures stored by others were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Store %n figure(s) typed while the server was away</source>
        <translation>
            <numerusform>Store %n figure typed while the server was away</numerusform>
            <numerusform>Store %n figures typed while the server was away</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhibiao::FigureExport</name>
    <message>
        <source>“%1” should end in .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::FigureReader</name>
    <message>
        <source>The row names two different indicators: “%1” and “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has figures but no indicator name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” matches no indicator (by name, alias or code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row is for %1, but the import is for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not say which year its figures are for; choose the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures in this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a period such as 1-5月 or 一季度.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1” does not say which period its figures are for; choose the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a percentage, but %2 is counted in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is counted in %2; figures in %3 cannot be converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns give different figures for the same cell (%1 and %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is published at quarter ends only; there is no figure for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::FigureSheet</name>
    <message>
        <source>YTD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 YTD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 same period last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 growth %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: figures of %2</source>
        <extracomment>%1 district, %2 year. The year must stay in the title: importing the file back reads it there.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::FigureValidator</name>
    <message>
        <source>Unknown indicator %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is published for quarters only: enter it in March, June, September or December.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure is not a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a rate and cannot be above 100% (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is lower than %2 for %3: a year-to-date amount cannot fall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is higher than %2 for %3: a year-to-date amount cannot fall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published growth %1% differs from %2% computed from the amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month&apos;s change (%1) is %2 times the usual (%3). Please check the figure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::FigureWriter</name>
    <message numerus="yes">
        <source>Writing %n figure(s) to the database…</source>
        <translation>
            <numerusform>Writing %n figure to the database…</numerusform>
            <numerusform>Writing %n figures to the database…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhibiao::ImportController</name>
    <message numerus="yes">
        <source>Imported %n figure(s) from %1. Edit → Undo takes the import back.</source>
        <extracomment>Status bar after an import: %n figures, %1 file name</extracomment>
        <translation>
            <numerusform>Imported %n figure from %1. Edit → Undo takes the import back.</numerusform>
            <numerusform>Imported %n figures from %1. Edit → Undo takes the import back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: the database already holds these figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the city&apos;s comparison table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import the others (%n cell(s) not read)</source>
        <translation>
            <numerusform>Import the others (%n cell not read)</numerusform>
            <numerusform>Import the others (%n cells not read)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the city&apos;s table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n figure(s) of the city&apos;s table from %1. Edit → Undo takes the import back.</source>
        <translation>
            <numerusform>Imported %n figure of the city&apos;s table from %1. Edit → Undo takes the import back.</numerusform>
            <numerusform>Imported %n figures of the city&apos;s table from %1. Edit → Undo takes the import back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhibiao::ImportDialog</name>
    <message>
        <source>Import figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year, where the file names none:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period, where the file names none:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the other rows and leave out the rejected ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each column holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import would do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns as you chose them for a file of this layout before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns as guessed from the headers: correct them where they are wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “%1” was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview was cancelled; change an option to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with the stored figures…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::ImportFiguresCommand</name>
    <message numerus="yes">
        <source>import of %1 (%n figure(s))</source>
        <extracomment>The undo step of an import in Edit → Undo: %1 file name, %2 number of figures</extracomment>
        <translation>
            <numerusform>import of %1 (%n figure)</numerusform>
            <numerusform>import of %1 (%n figures)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhibiao::ImportPlan</name>
    <message>
        <source>Rows %1 give different figures for %2, %3.</source>
        <extracomment>%1 rows such as &quot;5, 9&quot;, %2 indicator code, %3 period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) were rejected.</source>
        <translation>
            <numerusform>Nothing was imported: %n row was rejected.</numerusform>
            <numerusform>Nothing was imported: %n rows were rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhibiao::ImportSession</name>
    <message>
        <source>No header row was found in “%1”: the first rows should name the columns, e.g. 指标名称, 单位, 1-5月累计, 同比增长%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::ImportSubcommand</name>
    <message>
        <source>Run zhibiao import --help for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports figures from a spreadsheet (.xlsx, .csv or tab-separated text) into the database, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of figures whose file names none; rows of another year are rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period of figures whose file names none, e.g. 1-5月 or 一季度.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoding of a text file: utf-8 or gbk (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet of a workbook to read (default: the first visible one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the good rows even when some are rejected (they are still listed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would be imported, and write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INPUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a period such as 1-5月.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding “%1”: use utf-8 or gbk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: %n row(s) rejected. Correct the file, or run again with --skip-bad to import the other rows.</source>
        <translation>
            <numerusform>Nothing was written: %n row rejected. Correct the file, or run again with --skip-bad to import the other rows.</numerusform>
            <numerusform>Nothing was written: %n rows rejected. Correct the file, or run again with --skip-bad to import the other rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to write: the database already holds these figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n value(s) in one transaction.</source>
        <translation>
            <numerusform>Imported %n value in one transaction.</numerusform>
            <numerusform>Imported %n values in one transaction.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: %1 is read-only. It can be exported, but figures are imported into a file you may write (or try first with --dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: %n cell(s) could not be read. Correct the file, or run again with --skip-bad to import the others.</source>
        <translation>
            <numerusform>Nothing was written: %n cell could not be read. Correct the file, or run again with --skip-bad to import the others.</numerusform>
            <numerusform>Nothing was written: %n cells could not be read. Correct the file, or run again with --skip-bad to import the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n figure(s) of the city&apos;s table in one transaction.</source>
        <translation>
            <numerusform>Imported %n figure of the city&apos;s table in one transaction.</numerusform>
            <numerusform>Imported %n figures of the city&apos;s table in one transaction.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhibiao::ImportSummary</name>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <extracomment>%1 row number, %2 the row&apos;s cells, %3 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” (%2): %n row(s) read.</source>
        <extracomment>%1 file name, %2 how it was read, e.g. &quot;UTF-8, comma-separated&quot;</extracomment>
        <translation>
            <numerusform>“%1” (%2): %n row read.</numerusform>
            <numerusform>“%1” (%2): %n rows read.</numerusform>
        </translation>
    </message>
    <message>
        <source>  New values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Revised values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Unchanged values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Rejected rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Rows without figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions (old → new):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more.</source>
        <translation>
            <numerusform>  … and %n more.</numerusform>
            <numerusform>  … and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>value %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last year %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth %1% → %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note “%1” → “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows without figures (not imported):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows from %1 on were not read: another table starts there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::IndicatorDialog</name>
    <message>
        <source>Growth at comparable prices (real), as the bureau publishes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lower figure is better (unemployment, energy intensity, PM2.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: other names bureaus publish it under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retired indicator keeps its figures; the entry grid and the targets editor leave it out from this year on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its figures, targets and exported files name it by this code, so it cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chinese name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reported as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::IndicatorRepository</name>
    <message>
        <source>The code of “%1” cannot change: its figures, targets and the files exported with it name it by its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator “%1” is no longer in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has figures, so it cannot be deleted: retire it instead. A retired indicator keeps its figures and is left out of later years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is used by the targets of %2, so it cannot be deleted: take it out of those targets first, or retire it.</source>
        <extracomment>%2 a list of years</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another indicator already has the code “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::IndicatorTableModel</name>
    <message>
        <source>; </source>
        <extracomment>Separates the aliases of an indicator in a table cell (Chinese uses 、).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::IndicatorText</name>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount and growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A level or rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real (comparable prices)</source>
        <extracomment>Growth &quot;at comparable prices&quot; (可比价) is given by the bureau, never computed from amounts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <extracomment>%1 a year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::IndicatorValidator</name>
    <message>
        <source>The code names the indicator in files and in the database: lowercase letters, digits and _, starting with a letter, at most 40 characters (for example tourism_revenue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Chinese name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit is missing: the unit the figures are published in, such as 亿元, 万元 or %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a year to retire the indicator from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already names %2 (%3): an imported table could not tell the two apart.</source>
        <extracomment>%1 a name or alias, %2 the indicator that has it, %3 its code</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::IndicatorsPage</name>
    <message>
        <source>Add indicator %1</source>
        <extracomment>Undo menu text: %1 the indicator&apos;s code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is retired from %2: its figures stay, and later years leave it out. Undo brings it back.</source>
        <extracomment>%1 indicator name, %2 a year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is tracked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an indicator without figures or targets can be deleted; retire the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retired indicator keeps its figures; later years leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Zhibiao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database this window works on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures %1.xlsx</source>
        <extracomment>Suggested file name of an export: %1 year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 with %2 figures.</source>
        <extracomment>Status bar after an export: %1 file, %2 number of figures</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was changed in another window or program; the figures shown were read again.</source>
        <extracomment>Status bar when a second window or zhibiao import wrote to the same database file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s database, postgresql://[user@]host[:port]/name. The password comes from ~/.pgpass or PGPASSWORD, never from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zhibiao could not be started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — %2 — main targets for %3 — Zhibiao</source>
        <extracomment>Window title: %1 the database&apos;s file name (a server&apos;s URL), %2 district name, %3 year. Keep [*] after %1: it is where Qt marks a window modified. Chinese: lukou.sqlite — 渌口区2022年主要预期目标 — 指标</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is being written. Open another database when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zhibiao databases (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <extracomment>Status bar after File → Open…: %1 the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy.sqlite</source>
        <extracomment>Suggested name of a copy: %1 the open database&apos;s name without its suffix</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zhibiao databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database open in this window. Choose another name for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy was saved as %1; this window stays on its database.</source>
        <extracomment>Status bar after File → Save a Copy As…: %1 the copy. The window stays on the database it had open.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zhibiao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a Zhibiao database nor a spreadsheet of figures (.xlsx, .csv). Drop a database to open it, or a spreadsheet to import its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;District settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change district settings</source>
        <extracomment>Undo menu text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;report (PDF, .odt)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison &amp;units…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::NewDatabaseDialog</name>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 2022 Lukou targets (an example to try Zhibiao with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty database for another district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new database starts with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty database has the usual indicators and no targets yet: enter them on the Targets screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zhibiao databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database open in this window; it cannot be replaced by a new one. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with a new database? What it holds now will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::NewDatabaseFile</name>
    <message>
        <source>The folder for %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be replaced: %2 cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::NumberParser</name>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has more than one decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a misplaced thousands separator: after a comma come groups of three digits, as in 12,345.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to be a figure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::OdfPackage</name>
    <message>
        <source>The document could not be finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be finished: its manifest is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be finished: Qt&apos;s package could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be finished: the package could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::OdtReport</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: Qt could not write the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chart could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::PdfPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <extracomment>Title of the preview window: %1 the PDF&apos;s file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::PdfReport</name>
    <message>
        <source>Source: %1 · generated %2</source>
        <extracomment>Footer of every PDF page: %1 the database file, %2 date and time it was made</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: the PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::PeerFigureEditor</name>
    <message>
        <source>This cell takes no figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1</source>
        <extracomment>Undo menu text; %1 names a cell of the city&apos;s table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted block reaches beyond the table (row %1, column %2 of the block).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this cell takes no figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was pasted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n figure(s) of the city&apos;s table</source>
        <extracomment>Undo menu text</extracomment>
        <translation>
            <numerusform>Paste %n figure of the city&apos;s table</numerusform>
            <numerusform>Paste %n figures of the city&apos;s table</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n figure(s) of the city&apos;s table</source>
        <extracomment>Undo menu text</extracomment>
        <translation>
            <numerusform>Clear %n figure of the city&apos;s table</numerusform>
            <numerusform>Clear %n figures of the city&apos;s table</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhibiao::PeerGridModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>A cell of the city&apos;s comparison table: unit · indicator · period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city as a whole: the others&apos; growth is measured against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published rank: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
growth %</source>
        <extracomment>Column header of the city&apos;s comparison table: an indicator&apos;s growth</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year-to-date growth over the same period last year, in %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::PeerImportPlan</name>
    <message>
        <source>The city&apos;s table names units but none of the indicators this database tracks; nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title of the city&apos;s table names no year and period (such as “2022年1-6月”): give them with --year and --period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: the city&apos;s table gives %3 a growth of %4, the figure entered here is %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: the city&apos;s table gives %3 %4, the figure entered here is %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: the city&apos;s table puts %3 in place %4, its growth in the table puts it in place %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the city&apos;s comparison table for %2 %3 (%n unit figure(s)).</source>
        <translation>
            <numerusform>%1: the city&apos;s comparison table for %2 %3 (%n unit figure).</numerusform>
            <numerusform>%1: the city&apos;s comparison table for %2 %3 (%n unit figures).</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1; revised: %2; unchanged: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not units of this city, not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not indicators of this database, or not saying whether growth, amount or rank, not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 not read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::PeerTableReader</name>
    <message>
        <source>“%1” is not a rank (位次) of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a figure of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 (no header)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::PeopleRepository</name>
    <message>
        <source>A single desk&apos;s file has no people: its one user holds every role. People are added to a server database (docs/approval.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person&apos;s login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clerk enters the figures of one unit: say which with --unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no responsible unit “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 owns this database&apos;s tables (or is a superuser): it is always an administrator. Give each person a login of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person “%1” in this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::PeriodTextReader</name>
    <message>
        <source>“%1” is not a year-to-date period: figures are stored as totals from January (1-5月, 一季度, 上半年, 前三季度, 全年).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::Progress</name>
    <message>
        <source>%1, %2: the published growth %3% differs from %4% computed from the amounts.</source>
        <extracomment>%1 indicator name, %2 period, %3 published growth, %4 growth computed from the amounts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection: the latest year-to-date growth carried to year end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection: year-to-date amount over last year&apos;s share of the year by the same month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection: year-to-date amount at the same monthly pace to year end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::ProgressChartBuilder</name>
    <message>
        <source>Growth, year to date (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the year (%)</source>
        <extracomment>Axis of a chart of completion and time progress, both in % of the year&apos;s</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level (%1)</source>
        <extracomment>Axis of a chart of levels, e.g. &quot;Level (μg/m³)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date, by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year to date, by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::ProgressFormat</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A number and its unit, e.g. &quot;54,000 万元&quot;. Chinese writes them without a space: &quot;%1%2&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pp</source>
        <extracomment>A difference of growth rates or percentages: &quot;+0.1 pp&quot;. Chinese: &quot;%1个百分点&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures of %1 up to %2 yet.</source>
        <extracomment>%1 indicator name, %2 period such as &quot;Jan–Jun&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city-set target figure for %1 has not been entered yet.</source>
        <extracomment>%1 indicator name. The city announces some target figures during the year.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figure of %1 for %2 yet.</source>
        <extracomment>%1 the reference series (e.g. the city&apos;s unemployment rate), %2 period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year&apos;s figures of %1 are missing, so there is nothing to compare with.</source>
        <extracomment>%1 indicator name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figure for %1 yet: the latest is for %2.</source>
        <extracomment>%1 the period chosen, %2 the period of the latest figure, e.g. &quot;Jan–Dec&quot;, &quot;Jan–Jun&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::ProgressTableModel</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Column header: a series name and its unit, e.g. &quot;Completion (%)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::RawTable</name>
    <message>
        <source>The file is too large to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::ReadOnlyNotice</name>
    <message>
        <source>This file is read-only: you can view and export it but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: this file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::RecentFilesMenu</name>
    <message>
        <source>%1 (missing)</source>
        <extracomment>File → Open Recent: a file that is no longer there. %1 its path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove missing files from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::ReportContent</name>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lights: %1.</source>
        <extracomment>Under the summary table: what the yellow light allows, e.g. &quot;Lights: yellow: behind by no more than 1 …&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the district stands in the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <extracomment>Heading of a target&apos;s section: &quot;1. GDP: 增长8.5%&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes entered with the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <extracomment>A note in the report: &quot;1-6月 · GDP: text of the note&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::ReportFlow</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Page footer of the PDF summary: &quot;Page 2 of 5&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::ReportSubcommand</name>
    <message>
        <source>Writes the PDF summary of a year&apos;s targets for a leadership meeting: a table of every target, then each target&apos;s quarterly chart, figures and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the summary report of a year&apos;s targets for a leadership meeting, as a PDF or as an OpenDocument text (.odt) to edit in WPS, Word or LibreOffice: the analysis, a table of every target with its light, where the district stands in the city, then each target&apos;s quarterly chart, figures and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run zhibiao %1 --help for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of the targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which year to report with --year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period the figures run to: a month 1-12 or a period such as 1-6月 or 上半年 (default: the latest month with figures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .pdf or .odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a period: give a month from 1 to 12 or a period such as 1-6月.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write with -o, e.g. -o summary-%1.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write with -o, e.g. -o summary-%1.pdf or -o summary-%1.odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” should end in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” should end in .pdf or .odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote “%1”: %2 pages on the %3 targets of %4 as of %5.</source>
        <extracomment>%1 file, %2 number of pages, %3 number of targets, %4 year, %5 period such as 1-6月</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote “%1”: the %2 targets of %3 as of %4, to edit in a word processor.</source>
        <extracomment>%1 file, %2 number of targets, %3 year, %4 period such as 1-6月</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of %1 yet. Zhibiao backs it up the first time it opens it each day and before updating its data format, into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of %1, kept in %2 (the newest %3). Restoring one replaces all figures and targets with the backup&apos;s; the current state is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all figures and targets in %2 with the backup of %1?

The current state is backed up first, so you can go back to it by restoring that backup.</source>
        <extracomment>%1 date and time of the backup, %2 database file</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::RevisionHistoryDialog</name>
    <message>
        <source>Revision history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::RevisionHistoryModel</name>
    <message>
        <source>(cleared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::ServerSubcommand</name>
    <message>
        <source>Prepared %1 for Zhibiao (data format %2), with the targets of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought %1 up to date: data format %2, was %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is up to date (data format %2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 figure revisions from %4 entries and imports, and %5 targets.</source>
        <extracomment>%1 file, %2 server database, %3 revisions, %4 change sets, %5 targets</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepares an office&apos;s PostgreSQL database for Zhibiao (docs/server.md).
  init    create the schema in an empty database and seed it, or bring an older one up to date
  upload  copy a desk&apos;s database file, every figure and stamp, into an empty one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run zhibiao server --help for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For upload: the database FILE to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init or upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: zhibiao server init or zhibiao server upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the server&apos;s database with --db postgresql://[user@]host/name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db names a file; server %1 works on a database on a server, postgresql://[user@]host/name. A file is prepared when it is first opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is for upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to copy with --from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::SqliteHandle</name>
    <message>
        <source>The database connection is not an open SQLite connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database operation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::StandingText</name>
    <message>
        <source>level with the city average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points above the city average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points below the city average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same place as in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>up %n place(s) since %1</source>
        <translation>
            <numerusform>up %n place since %1</numerusform>
            <numerusform>up %n places since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>down %n place(s) since %1</source>
        <translation>
            <numerusform>down %n place since %1</numerusform>
            <numerusform>down %n places since %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Joins the clauses of the district&apos;s standing: &quot;3rd of 9 in the city, 0.9 points above …&quot;; Chinese &quot;，&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 in the city</source>
        <extracomment>The district&apos;s rank among the city&apos;s county-level units: %1 the rank (an ordinal in English, &quot;3rd&quot;; a number in Chinese), %2 how many units. Chinese &quot;居全市第%1位（共%2个）&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>One step of the rank&apos;s path by quarter: %1 the quarter (&quot;H1&quot;), %2 the rank (an ordinal in English, &quot;3rd&quot;; a number in Chinese). Chinese &quot;%1 第%2位&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::StatusSheet</name>
    <message>
        <source>Status of the %1 targets as of %2</source>
        <extracomment>%1 year, %2 period such as 1-5月</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target status</source>
        <comment>name of the sheet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target status</source>
        <comment>column: the status of the whole target</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank in city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap to city (pp)</source>
        <comment>column: growth minus the city&apos;s, in percentage points</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City table of</source>
        <comment>column: the period of the city&apos;s comparison table</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::SummaryReport</name>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no targets for %1, nor for any other year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no targets for %1. It has targets for: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: main economic targets %2, as of the end of %3</source>
        <extracomment>Title of the PDF summary. %1 district, %2 year, %3 month the figures run to (&quot;June&quot;; in Chinese &quot;6月&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1</source>
        <extracomment>%1 date and time the PDF was made</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion / time progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A named figure: &quot;Same period last year: 41 μg/m³&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank in the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::TableFile</name>
    <message>
        <source>tab-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an old Excel 97-2003 file (.xls). Open it in Excel or WPS and save it as .xlsx or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 encoding such as UTF-8, %2 &quot;comma-separated&quot; or &quot;tab-separated&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::TargetDetailView</name>
    <message>
        <source>← All targets</source>
        <extracomment>Back from a target&apos;s detail to the dashboard&apos;s tiles</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the dashboard (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Detail heading: target title and the target as written, e.g. &quot;GDP: 增长8.5%&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <extracomment>%1 the period the verdict is for, e.g. &quot;Jan–Jun&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::TargetTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As set for the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates indicator names in a list (Chinese uses 、).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::TargetTile</name>
    <message>
        <source>This year&apos;s figures at the quarter ends (solid) against what they are judged by (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n figure(s) to check</source>
        <translation>
            <numerusform>⚠ %n figure to check</numerusform>
            <numerusform>⚠ %n figures to check</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the quarterly chart of “%1”</source>
        <extracomment>Tooltip of a dashboard tile</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure for %1</source>
        <extracomment>Under the figure on a tile: the period it is for, e.g. &quot;Jan–Jun&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A named figure on a tile: &quot;Same period last year: 41 μg/m³&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap %1</source>
        <extracomment>The gap to the target on a tile: &quot;Gap +0.1 pp&quot;; + is always good news.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion %1 · time progress %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 city comparison</source>
        <extracomment>Above the district&apos;s rank on a tile when the city&apos;s latest table is of an earlier period than the tile&apos;s, e.g. &quot;Jan–Jun city comparison&quot; (1-6月全市对比)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::TargetsEditor</name>
    <message>
        <source>A target needs a title and a statement; the text was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a decline as a positive figure: “decline of at least 3” means −3%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grow by 0%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target is judged on at least one criterion; remove the target instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has targets; they were left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the targets of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A growth target needs its figure, e.g. 8.5 for “增长8.5%”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number: enter the yellow light&apos;s threshold as a number such as 0.5, or leave it empty for the default. The threshold was not changed.</source>
        <extracomment>%1 what was typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The yellow light&apos;s threshold cannot be negative (“%1”): it says how far behind the target still reads yellow. The threshold was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::TargetsPage</name>
    <message>
        <source>&lt;b&gt;Judged on&lt;/b&gt; (target %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Judged on&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start next year&apos;s targets as a copy of this year&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::TextDecoding</name>
    <message>
        <source>“%1” is neither UTF-8 nor GBK text. Save it from Excel as CSV, or as an .xlsx workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not valid %2 text. Try another encoding, or leave the choice to Zhibiao.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” looks like GBK text, but this build of Qt cannot read GBK (it was built without ICU). Save the file as UTF-8 CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::UserGuideDialog</name>
    <message>
        <source>Zhibiao user guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::UserSubcommand</name>
    <message>
        <source>No people yet: add them with zhibiao user add. The owner of the database&apos;s tables is its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cannot log in to the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages the people of a server database, each their own PostgreSQL login (docs/approval.md).
  add NAME     add a person, or change their role and unit
  list         list the people, their roles and units
  remove NAME  take a person and their permissions out of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run zhibiao user --help for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For add: clerk, reviewer, viewer or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For add: a clerk&apos;s unit (its code or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For add: set the login&apos;s password, read from standard input (never give it here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list or remove, and the login NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: add, list or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zhibiao user list takes no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one login NAME after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which role with --role: clerk, reviewer, viewer or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a role: give clerk, reviewer, viewer or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clerk enters the figures of one unit: say which with --unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a clerk has a unit: leave out --unit for a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role, --unit and --password are for zhibiao user add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a single desk&apos;s file: it has no people, and its one user holds every role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from %2: the login stays on the server but may no longer read or change anything here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no responsible unit “%1”. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a %2 in %3.</source>
        <extracomment>%1 login, %2 role, %3 database</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::WarningLight</name>
    <message>
        <source>● Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yellow: behind by no more than %1 percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yellow: behind time progress by no more than %1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yellow: behind by no more than %1 %2</source>
        <extracomment>%1 a number, %2 the indicator&apos;s unit (&quot;μg/m³&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 percentage point(s)</source>
        <comment>a threshold</comment>
        <translation>
            <numerusform>%1 percentage point</numerusform>
            <numerusform>%1 percentage points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 point(s) of time progress</source>
        <comment>a threshold</comment>
        <translation>
            <numerusform>%1 point of time progress</numerusform>
            <numerusform>%1 points of time progress</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a threshold in the indicator&apos;s unit</comment>
        <extracomment>%1 a threshold, %2 the indicator&apos;s unit (&quot;μg/m³&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: %1% of the figure compared with</source>
        <extracomment>%1 a percentage such as 5: the default threshold of a level such as PM2.5</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: %1</source>
        <extracomment>%1 a threshold with its unit, &quot;1 percentage point&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::WindowWorkspace</name>
    <message>
        <source>Zhibiao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for this desk alone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::XlsxExport</name>
    <message>
        <source>No temporary folder is available for writing the workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::XlsxReader</name>
    <message>
        <source>“%1” is not an Excel workbook (.xlsx) or cannot be read. Old .xls files must first be saved as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a damaged workbook: Excel or WPS may be able to repair it and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no sheet named “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>sheet “%1” of %n</source>
        <extracomment>%1 sheet name, %2 number of visible sheets in the workbook</extracomment>
        <translation>
            <numerusform>sheet “%1” of %n</numerusform>
            <numerusform>sheet “%1” of %n</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not read: one of its parts would unpack to more than %2 MB, far more than a sheet of figures needs; the file may be damaged, or made to fill the memory. If it is a genuine workbook, save the sheet as CSV in Excel or WPS and import that.</source>
        <extracomment>%2 is a whole number of megabytes</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zhibiao::XlsxWriterLibrary</name>
    <message>
        <source>Writing .xlsx needs libxlsxwriter %1 (Debian package libxlsxwriter4): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
