<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <extracomment>Translate as &quot;zh&quot; in the Chinese catalogue. Used to pick names from data.</extracomment>
        <translation>zh</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Jan–Feb</source>
        <translation>1-2月</translation>
    </message>
    <message>
        <source>Jan–Mar</source>
        <translation>1-3月</translation>
    </message>
    <message>
        <source>Jan–Apr</source>
        <translation>1-4月</translation>
    </message>
    <message>
        <source>Jan–May</source>
        <translation>1-5月</translation>
    </message>
    <message>
        <source>Jan–Jun</source>
        <translation>1-6月</translation>
    </message>
    <message>
        <source>Jan–Jul</source>
        <translation>1-7月</translation>
    </message>
    <message>
        <source>Jan–Aug</source>
        <translation>1-8月</translation>
    </message>
    <message>
        <source>Jan–Sep</source>
        <translation>1-9月</translation>
    </message>
    <message>
        <source>Jan–Oct</source>
        <translation>1-10月</translation>
    </message>
    <message>
        <source>Jan–Nov</source>
        <translation>1-11月</translation>
    </message>
    <message>
        <source>Jan–Dec</source>
        <translation>1-12月</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>一季度</translation>
    </message>
    <message>
        <source>H1</source>
        <translation>上半年</translation>
    </message>
    <message>
        <source>Q1–Q3</source>
        <translation>前三季度</translation>
    </message>
    <message>
        <source>Full year</source>
        <translation>全年</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>A database operation failed: %1</source>
        <translation>数据库操作失败：%1</translation>
    </message>
</context>
<context>
    <name>zhibiao::Application</name>
    <message>
        <source>No graphical display is available, so the Zhibiao window cannot open. Start it from a desktop session (or under xvfb-run); zhibiao --help lists what works without a display.</source>
        <translation>没有可用的图形显示，无法打开指标窗口。请在桌面会话中启动（或使用 xvfb-run）；zhibiao --help 列出无需显示即可使用的功能。</translation>
    </message>
    <message>
        <source>Zhibiao</source>
        <translation>指标</translation>
    </message>
</context>
<context>
    <name>zhibiao::CommandLine</name>
    <message>
        <source>Zhibiao tracks a district&apos;s yearly economic targets.</source>
        <translation>指标：跟踪区县年度经济目标的完成情况。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示本帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本号并退出。</translation>
    </message>
    <message>
        <source>Open the database FILE (default: $ZHIBIAO_DB, else the standard data folder).</source>
        <translation>打开数据库文件 FILE（默认：$ZHIBIAO_DB，否则为标准数据文件夹）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Optional command; without one the window opens.</source>
        <translation>可选命令；不指定时打开窗口。</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[命令]</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run zhibiao --help for usage.</source>
        <translation>未知命令“%1”。运行 zhibiao --help 查看用法。</translation>
    </message>
</context>
<context>
    <name>zhibiao::Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>无法创建 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>无法读取 %1：没有权限。</translation>
    </message>
    <message>
        <source>%1 is not a Zhibiao database (it is not an SQLite file).</source>
        <translation>%1 不是指标数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>%1 is read-only. Copy it to a folder you can write to, or ask for write permission.</source>
        <translation>%1 是只读文件。请将其复制到可写入的文件夹，或申请写入权限。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened: %2</source>
        <translation>%1 已损坏，无法打开：%2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Zhibiao database.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是指标数据库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Zhibiao (data format %2; this version reads up to %3). Install the newer version to open it.</source>
        <translation>%1 由更新版本的指标写入（数据格式 %2；本版本最高支持 %3）。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>Indicator %1 has an unknown frequency or reporting kind.</source>
        <translation>指标 %1 的频度或报送方式无法识别。</translation>
    </message>
    <message>
        <source>A target of %1 has an unknown kind “%2”.</source>
        <translation>%1年的某项目标类型“%2”无法识别。</translation>
    </message>
    <message>
        <source>A target for %1 cannot be saved as a target for %2.</source>
        <translation>%1年的目标不能保存为%2年的目标。</translation>
    </message>
</context>
<context>
    <name>zhibiao::MainWindow</name>
    <message>
        <source>%1 — main targets for %2 — Zhibiao</source>
        <extracomment>Window title: district name, year. Chinese: 渌口区2022年主要预期目标</extracomment>
        <translation>%1%2年主要预期目标 — 指标</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Zhibiao</source>
        <translation>关于指标(&amp;A)</translation>
    </message>
    <message>
        <source>The database this window works on</source>
        <translation>本窗口使用的数据库</translation>
    </message>
    <message>
        <source>About Zhibiao</source>
        <translation>关于指标</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Zhibiao&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Tracks the yearly economic targets of %2.&lt;/p&gt;&lt;p&gt;Database: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;指标&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;跟踪%2年度经济目标的完成情况。&lt;/p&gt;&lt;p&gt;数据库：%3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>zhibiao::NumberParser</name>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>“%1” has more than one decimal point.</source>
        <translation>“%1”含有多个小数点。</translation>
    </message>
    <message>
        <source>“%1” has a misplaced thousands separator: after a comma come groups of three digits, as in 12,345.</source>
        <translation>“%1”的千位分隔符位置不对：逗号后应为三位数字，如 12,345。</translation>
    </message>
    <message>
        <source>“%1” is too large to be a figure.</source>
        <translation>“%1”数值过大，不是有效数据。</translation>
    </message>
</context>
<context>
    <name>zhibiao::Progress</name>
    <message>
        <source>%1, %2: the published growth %3% differs from %4% computed from the amounts.</source>
        <extracomment>%1 indicator code, %2 period, %3 published growth, %4 growth computed from the amounts</extracomment>
        <translation>%1（%2）：公布增速 %3% 与按总量计算的 %4% 不一致。</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>进度正常</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>滞后</translation>
    </message>
    <message>
        <source>Projection: the latest year-to-date growth carried to year end</source>
        <translation>预测：按最新累计增速推算全年</translation>
    </message>
    <message>
        <source>Projection: year-to-date amount over last year&apos;s share of the year by the same month</source>
        <translation>预测：按上年同期占全年比重推算全年</translation>
    </message>
    <message>
        <source>Projection: year-to-date amount at the same monthly pace to year end</source>
        <translation>预测：按当前月均进度推算全年</translation>
    </message>
</context>
<context>
    <name>zhibiao::TargetTableModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>As set for the year</source>
        <translation>预期目标</translation>
    </message>
    <message>
        <source>Judged on</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates indicator names in a list (Chinese uses 、).</extracomment>
        <translation>、</translation>
    </message>
</context>
</TS>
