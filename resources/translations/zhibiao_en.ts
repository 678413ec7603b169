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
        <source>Open the database FILE (default: $ZHIBIAO_DB, else the standard data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
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
        <source>%1 is read-only. Copy it to a folder you can write to, or ask for write permission.</source>
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
</context>
<context>
    <name>zhibiao::MainWindow</name>
    <message>
        <source>%1 — main targets for %2 — Zhibiao</source>
        <extracomment>Window title: district name, year. Chinese: 渌口区2022年主要预期目标</extracomment>
        <translation type="unfinished"></translation>
    </message>
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
        <source>About Zhibiao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Zhibiao&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Tracks the yearly economic targets of %2.&lt;/p&gt;&lt;p&gt;Database: %3&lt;/p&gt;</source>
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
    <name>zhibiao::Progress</name>
    <message>
        <source>%1, %2: the published growth %3% differs from %4% computed from the amounts.</source>
        <extracomment>%1 indicator code, %2 period, %3 published growth, %4 growth computed from the amounts</extracomment>
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
</TS>
