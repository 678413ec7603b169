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
    <message>
        <source>The database is in use by another Zhibiao window or program. Nothing was changed; try again in a moment.</source>
        <translation>数据库正被另一个指标窗口或程序使用。未做任何更改，请稍后重试。</translation>
    </message>
    <message>
        <source>%1 is in use by another Zhibiao window or program. Nothing was changed; try again in a moment.</source>
        <translation>%1 正被另一个指标窗口或程序使用。未做任何更改，请稍后重试。</translation>
    </message>
    <message>
        <source>The disk is full: the database could not grow to hold this change. Nothing of this change was stored; free some space on the disk and try again.</source>
        <translation>磁盘已满：数据库无法扩大以保存此次更改。此次更改的内容均未保存；请在磁盘上腾出一些空间后重试。</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not grow to hold this change. Nothing of this change was stored; free some space on the disk and try again.</source>
        <translation>磁盘已满：%1 无法扩大以保存此次更改。此次更改的内容均未保存；请在磁盘上腾出一些空间后重试。</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost. Figures typed now are kept on screen but not stored; Zhibiao connects again by itself when the server is back.</source>
        <translation>与服务器 %1 的连接已断开。现在录入的数据会保留在屏幕上，但不会保存；服务器恢复后，指标会自动重新连接。</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost (%2). The change was not stored; Zhibiao connects again when the server is back.</source>
        <translation>与服务器 %1 的连接已断开（%2）。此次更改未保存；服务器恢复后，指标会重新连接。</translation>
    </message>
    <message>
        <source>The server %1 refused this: %2. Nothing was changed; ask the administrator of the server for the permission.</source>
        <translation>服务器 %1 拒绝了此操作：%2。未做任何更改；请向服务器管理员申请相应权限。</translation>
    </message>
    <message>
        <source>The server %1 has no room left on its disk. Nothing of this change was stored; tell the administrator of the server.</source>
        <translation>服务器 %1 的磁盘已满。此次更改的内容均未保存；请告知服务器管理员。</translation>
    </message>
    <message>
        <source>The server cannot be reached. The change was not stored; Zhibiao connects again when the server is back.</source>
        <translation>无法连接服务器。此次更改未保存；服务器恢复后，指标会重新连接。</translation>
    </message>
    <message>
        <source>The server %1 did not accept the login: %2. Zhibiao takes the password from ~/.pgpass or the PGPASSWORD variable (docs/server.md).</source>
        <translation>服务器 %1 未接受登录：%2。指标从 ~/.pgpass 或 PGPASSWORD 环境变量读取密码（见 docs/server.md）。</translation>
    </message>
    <message>
        <source>The server %1 did not let Zhibiao in: %2. Ask the administrator of the server (docs/server.md).</source>
        <translation>服务器 %1 不允许指标连接：%2。请联系服务器管理员（见 docs/server.md）。</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1: %2</source>
        <translation>无法连接服务器 %1：%2</translation>
    </message>
    <message>
        <source>The month is approved and locked: its figures change only after a reviewer reopens it. Nothing of this change was stored.</source>
        <translation>该月份已审核并锁定：须经审核人重新打开后才能修改数据。本次修改未写入任何数据。</translation>
    </message>
</context>
<context>
    <name>zhibiao::AboutBox</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Zhibiao&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Tracks the yearly economic targets of %2.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;&lt;p&gt;Database: %4&lt;/p&gt;</source>
        <extracomment>Help → About. %1 version, %2 district, %3 Qt version, %4 the database&apos;s file or server</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;指标&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;跟踪%2年度经济目标完成情况。&lt;/p&gt;&lt;p&gt;许可证：GNU 通用公共许可证（GNU General Public License）第3版或更高版本。&lt;/p&gt;&lt;p&gt;基于 Qt %3 构建。&lt;/p&gt;&lt;p&gt;数据库：%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Zhibiao</source>
        <translation>关于指标</translation>
    </message>
</context>
<context>
    <name>zhibiao::AnalysisText</name>
    <message>
        <source>fell %1 year on year</source>
        <extracomment>How a growth rate reads in the analysis: &quot;grew 12.5% year on year&quot; / &quot;同比增长12.5%&quot;.</extracomment>
        <translation>同比下降%1</translation>
    </message>
    <message>
        <source>grew %1 year on year</source>
        <translation>同比增长%1</translation>
    </message>
    <message>
        <source>level with the annual target</source>
        <translation>与年度目标持平</translation>
    </message>
    <message>
        <source>%1 points more than the targeted fall</source>
        <translation>比目标多降%1个百分点</translation>
    </message>
    <message>
        <source>%1 points less than the targeted fall</source>
        <translation>比目标少降%1个百分点</translation>
    </message>
    <message>
        <source>%1 points above the annual target</source>
        <translation>高于年度目标%1个百分点</translation>
    </message>
    <message>
        <source>%1 points below the annual target</source>
        <translation>低于年度目标%1个百分点</translation>
    </message>
    <message>
        <source>%1 of the annual target done</source>
        <translation>完成年度目标的%1</translation>
    </message>
    <message>
        <source>%1, in step with time progress</source>
        <translation>%1，与时间进度持平</translation>
    </message>
    <message>
        <source>%1, %2 points ahead of time progress</source>
        <translation>%1，快于时间进度%2个百分点</translation>
    </message>
    <message>
        <source>%1, %2 points behind time progress</source>
        <translation>%1，慢于时间进度%2个百分点</translation>
    </message>
    <message>
        <source>the annual target is achieved</source>
        <translation>已完成年度目标</translation>
    </message>
    <message>
        <source>the annual target is not achieved</source>
        <translation>未完成年度目标</translation>
    </message>
    <message>
        <source>%1: no figure of %2 yet.</source>
        <extracomment>%1 period, %2 indicator</extracomment>
        <translation>%1，全区%2暂无数据。</translation>
    </message>
    <message>
        <source>%1: no figure of %2 yet; the latest is for %3.</source>
        <extracomment>%1 the period asked for, %2 indicator, %3 the period of its latest figure</extracomment>
        <translation>%1，全区%2暂无数据，最新数据为%3。</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <extracomment>The opening of a sentence: &quot;Jan–Jun: value added … grew 12.5% year on year&quot;; Chinese &quot;1-6月，全区…同比增长12.5%&quot;.
----------
The opening of a sentence for an amount or level: &quot;Jan–Jun: grain output 47,000 吨&quot;; Chinese &quot;1-6月，全区粮食总产量47,000吨&quot;.</extracomment>
        <translation>%1，全区%2%3</translation>
    </message>
    <message>
        <source>against %1 of %2, %3</source>
        <extracomment>%1 the figure compared with (&quot;City rate&quot;, &quot;Same period last year&quot;), %2 its value, %3 the gap (&quot;+0.3 pp&quot;)</extracomment>
        <translation>对比%1%2，差距%3</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>city standing</comment>
        <extracomment>The district&apos;s standing in the city after a growth rate; Chinese adds 增速: &quot;增速%1&quot;.</extracomment>
        <translation>增速%1</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Ends a sentence of the analysis; Chinese &quot;。&quot;</extracomment>
        <translation>，</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
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
    <message>
        <source>The database opened last, %1, is no longer there; the standard one is open.</source>
        <translation>上次打开的数据库 %1 已不存在，现已打开默认数据库。</translation>
    </message>
</context>
<context>
    <name>zhibiao::ApprovalRepository</name>
    <message>
        <source>An approval state “%1” is unknown.</source>
        <translation>审核状态“%1”无法识别。</translation>
    </message>
    <message>
        <source>A responsible unit needs a code and a name in Chinese and in English.</source>
        <translation>责任单位需要代码以及中文和英文名称。</translation>
    </message>
    <message>
        <source>There is no indicator “%1”.</source>
        <translation>没有指标“%1”。</translation>
    </message>
    <message>
        <source>There is no responsible unit “%1”.</source>
        <translation>没有责任单位“%1”。</translation>
    </message>
    <message>
        <source>Nothing of %1 %2 is waiting for you to %3. Nothing was changed.</source>
        <extracomment>%1 e.g. 1-6月, %2 the action (submit, approve …)</extracomment>
        <translation>%1年%2没有等待您%3的指标。未作任何修改。</translation>
    </message>
    <message>
        <source>%1 is not reported in %2: there is nothing to act on.</source>
        <extracomment>%1 e.g. &quot;GDP, 1-5月&quot;, %2 a year</extracomment>
        <translation>%2年不报送%1：没有可操作的内容。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未作任何修改。</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile; look again. Nothing was changed.</source>
        <translation>%1 刚刚已被他人修改，请重新查看。未作任何修改。</translation>
    </message>
</context>
<context>
    <name>zhibiao::ApprovalRules</name>
    <message>
        <source>%1 may only read: a viewer does not submit, return or approve figures.</source>
        <extracomment>%1 the login</extracomment>
        <translation>%1只能查看：查看者不能报送、退回或审核数据。</translation>
    </message>
    <message>
        <source>Only a reviewer or an administrator may %1 %2.</source>
        <extracomment>%1 the action (approve, return, reopen), %2 e.g. &quot;GDP, 1-6月&quot;</extracomment>
        <translation>只有审核员或管理员可以%1%2。</translation>
    </message>
    <message>
        <source>%1 has no responsible unit: an administrator assigns one before a clerk submits it.</source>
        <translation>%1没有责任单位：须由管理员指定后，填报员才能报送。</translation>
    </message>
    <message>
        <source>%1 is reported by %2: only its own clerks submit it.</source>
        <extracomment>%1 e.g. &quot;GDP, 1-6月&quot;, %2 the unit that reports it</extracomment>
        <translation>%1由%2负责填报：只有该单位的填报员可以报送。</translation>
    </message>
    <message>
        <source>%1 is approved and locked: a reviewer reopens it before it is submitted again.</source>
        <extracomment>%1 e.g. &quot;GDP, 1-6月&quot;, %2 its state (submitted, approved …)</extracomment>
        <translation>%1已审核并锁定：须由审核员重新打开后才能再次报送。</translation>
    </message>
    <message>
        <source>%1 is already submitted.</source>
        <translation>%1已经报送。</translation>
    </message>
    <message>
        <source>%1 is %2: only submitted figures are approved.</source>
        <translation>%1的状态为“%2”：只有已报送的数据才能审核通过。</translation>
    </message>
    <message>
        <source>%1 is %2: only submitted figures are returned.</source>
        <translation>%1的状态为“%2”：只有已报送的数据才能退回。</translation>
    </message>
    <message>
        <source>Say why %1 is returned: the clerk sees the reason in their list.</source>
        <translation>请说明退回%1的原因：填报员会在待办列表中看到。</translation>
    </message>
    <message>
        <source>Say why %1 is reopened: the reason is kept with the month&apos;s log.</source>
        <translation>请说明重新打开%1的原因：原因将记入当月日志。</translation>
    </message>
    <message>
        <source>%1 is %2: only an approved or an open month is reopened.</source>
        <translation>%1当前为%2：只有已审核或未报送的月份可以重新打开。</translation>
    </message>
</context>
<context>
    <name>zhibiao::ApprovalSubcommand</name>
    <message>
        <source>%1 %2:</source>
        <extracomment>%1 year, %2 period such as 1-6月</extracomment>
        <translation>%1年%2：</translation>
    </message>
    <message>
        <source>entry closes after %1.</source>
        <translation>%1 之后截止填报。</translation>
    </message>
    <message>
        <source>no closing date.</source>
        <translation>未设截止日期。</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>（无责任单位）</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <extracomment>%1 the reason a reviewer gave</extracomment>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>%1 of %2 submitted or approved (%3%): %4 approved, %5 waiting for review, %6 with the units (%7 returned), %8 late.</source>
        <extracomment>the counts of a month&apos;s due list; %1 of %2 reported (a percentage %3)</extracomment>
        <translation>共 %2 项，已报送或已审核 %1 项（%3%）：已审核 %4 项，待审核 %5 项，在各单位 %6 项（其中退回 %7 项），逾期 %8 项。</translation>
    </message>
    <message>
        <source>Shows what is due in a month, or submits, approves, returns or reopens its figures: the named indicators (codes or names), else all of yours that wait for the action.</source>
        <translation>显示某月的待办情况，或报送、审核、退回、重新打开该月数据：针对所列指标（代码或名称），未列出时针对您名下所有等待该操作的指标。</translation>
    </message>
    <message>
        <source>Run zhibiao approval --help for usage.</source>
        <translation>运行 zhibiao approval --help 查看用法。</translation>
    </message>
    <message>
        <source>The year of the figures.</source>
        <translation>数据所属年份。</translation>
    </message>
    <message>
        <source>Say which year with --year.</source>
        <translation>请用 --year 指定年份。</translation>
    </message>
    <message>
        <source>The month: 1-12 or a period such as 1-6月.</source>
        <translation>月份：1-12，或 1-6月 这样的期间。</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Submit the figures for review.</source>
        <translation>报送数据，等待审核。</translation>
    </message>
    <message>
        <source>Approve them: the month is locked.</source>
        <translation>审核通过：该月份随即锁定。</translation>
    </message>
    <message>
        <source>Return them to their unit, with --reason.</source>
        <translation>退回责任单位，需用 --reason 说明原因。</translation>
    </message>
    <message>
        <source>Reopen an approved month, with --reason.</source>
        <translation>重新打开已审核的月份，需用 --reason 说明原因。</translation>
    </message>
    <message>
        <source>Why they are returned or reopened.</source>
        <translation>退回或重新打开的原因。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Set the month&apos;s closing date (YYYY-MM-DD), or none to remove it.</source>
        <translation>设置该月的截止日期（YYYY-MM-DD），none 表示取消。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>INDICATOR</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>The indicators to act on (default: all of yours).</source>
        <translation>要操作的指标（默认：您名下的全部指标）。</translation>
    </message>
    <message>
        <source>[INDICATOR…]</source>
        <translation>[指标…]</translation>
    </message>
    <message>
        <source>Say which month with --month, e.g. --month 6.</source>
        <translation>请用 --month 指定月份，例如 --month 6。</translation>
    </message>
    <message>
        <source>“%1” is not a month: give 1 to 12 or a period such as 1-6月.</source>
        <translation>“%1”不是月份：请给出 1 到 12，或 1-6月 这样的期间。</translation>
    </message>
    <message>
        <source>Give one of --submit, --approve, --return and --reopen.</source>
        <translation>--submit、--approve、--return、--reopen 只能给出一个。</translation>
    </message>
    <message>
        <source>Say what to do with the indicators: --submit, --approve, --return or --reopen.</source>
        <translation>请说明对这些指标做什么：--submit、--approve、--return 或 --reopen。</translation>
    </message>
    <message>
        <source>“%1” is not a date: give it as 2022-07-10, or none.</source>
        <translation>“%1”不是日期：请写成 2022-07-10，或 none。</translation>
    </message>
    <message>
        <source>There is no indicator “%1”. Nothing was changed.</source>
        <translation>没有指标“%1”。未作任何修改。</translation>
    </message>
    <message>
        <source>Only a reviewer or an administrator sets a closing date. Nothing was changed.</source>
        <translation>只有审核人或管理员可以设置截止日期。未作任何修改。</translation>
    </message>
</context>
<context>
    <name>zhibiao::ApprovalText</name>
    <message>
        <source>open</source>
        <extracomment>An indicator&apos;s month nobody has submitted yet</extracomment>
        <translation>未报送</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>报送</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>return</source>
        <extracomment>Send a month&apos;s figures back to the clerk</extracomment>
        <translation>退回</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>填报员</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>zhibiao::Backup</name>
    <message>
        <source>Made on request</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>Before a data format update</source>
        <translation>数据格式更新前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
</context>
<context>
    <name>zhibiao::BackupCheck</name>
    <message>
        <source>The backup file is missing.</source>
        <translation>备份文件不存在。</translation>
    </message>
    <message>
        <source>It is not a Zhibiao database.</source>
        <translation>它不是指标数据库。</translation>
    </message>
    <message>
        <source>Its data format (%1) is not one this version reads.</source>
        <translation>其数据格式（%1）不是本版本能读取的格式。</translation>
    </message>
    <message>
        <source>It is damaged: %1</source>
        <translation>它已损坏：%1</translation>
    </message>
</context>
<context>
    <name>zhibiao::BackupFile</name>
    <message>
        <source>its journal mode could not be set (%1).</source>
        <translation>无法设置其日志模式（%1）。</translation>
    </message>
    <message>
        <source>the copy does not read back correctly: %1</source>
        <translation>副本无法正确读回：%1</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>the folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>它是一个文件夹。</translation>
    </message>
</context>
<context>
    <name>zhibiao::BackupRestore</name>
    <message>
        <source>The backup %1 cannot be restored. %2</source>
        <translation>备份 %1 无法恢复。%2</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored while changes are being saved.</source>
        <translation>正在保存更改，暂时无法恢复备份 %1。</translation>
    </message>
    <message>
        <source>The backup %1 could not be restored; the database is unchanged. %2</source>
        <translation>备份 %1 未能恢复，数据库未作任何更改。%2</translation>
    </message>
</context>
<context>
    <name>zhibiao::BackupSet</name>
    <message>
        <source>Could not create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>zhibiao::BackupSubcommand</name>
    <message>
        <source>Run zhibiao backup --help for usage.</source>
        <translation>运行 zhibiao backup --help 查看用法。</translation>
    </message>
    <message>
        <source>There are no backups of %1 in %2.</source>
        <translation>%2 中没有 %1 的备份。</translation>
    </message>
    <message>
        <source>Backups of %1 in %2, newest first:</source>
        <translation>%1 在 %2 中的备份（最新的在前）：</translation>
    </message>
    <message>
        <source>can be restored</source>
        <translation>可以恢复</translation>
    </message>
    <message>
        <source>Write the copy to COPY (replaced if it exists).</source>
        <translation>将副本写到 COPY（已存在则替换）。</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>COPY</translation>
    </message>
    <message>
        <source>List the backups in the backup folder instead.</source>
        <translation>改为列出备份文件夹中的备份。</translation>
    </message>
    <message>
        <source>Give either -o or --list, not both.</source>
        <translation>-o 与 --list 只能二选一。</translation>
    </message>
    <message>
        <source>Name the file to write with -o.</source>
        <translation>请用 -o 指定要写入的文件。</translation>
    </message>
    <message>
        <source>The copy cannot be the database itself; name another file with -o.</source>
        <translation>副本不能是数据库本身；请用 -o 指定另一个文件。</translation>
    </message>
    <message>
        <source>Wrote the backup %1 (the newest %2 are kept).</source>
        <extracomment>%1 backup file, %2 how many backups are kept</extracomment>
        <translation>已写入备份 %1（保留最新的 %2 份）。</translation>
    </message>
    <message>
        <source>Wrote the copy %1.</source>
        <translation>已写入副本 %1。</translation>
    </message>
    <message>
        <source>Copies the database safely, even while the window has it open: to COPY with -o, else into its backup folder (FILE.backups beside it). A database on a server is copied as it was at one moment into COPY, an ordinary Zhibiao file.</source>
        <translation>安全地复制数据库，即使窗口正打开它：用 -o 时写到 COPY，否则写入其备份文件夹（同目录下的 FILE.backups）。服务器上的数据库按某一时刻的状态复制到 COPY，即一个普通的指标数据库文件。</translation>
    </message>
    <message>
        <source>A database on a server is backed up into a file: name it with -o, e.g. -o lukou-copy.sqlite.</source>
        <translation>服务器上的数据库备份为一个文件：请用 -o 指定，例如 -o lukou-copy.sqlite。</translation>
    </message>
</context>
<context>
    <name>zhibiao::CityRankingChartBuilder</name>
    <message>
        <source>★ %1</source>
        <extracomment>The district&apos;s own unit in the ranking chart; ★ marks it besides its colour.</extracomment>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>Growth by county and district, %1</source>
        <extracomment>Title of the ranking chart: %1 the period of the city&apos;s table, e.g. &quot;Jan–Jun&quot;</extracomment>
        <translation>%1各县市区增速</translation>
    </message>
    <message>
        <source>Growth, year to date (%)</source>
        <translation>累计增速（%）</translation>
    </message>
    <message>
        <source>Counties and districts</source>
        <translation>各县市区</translation>
    </message>
    <message>
        <source>City %1</source>
        <extracomment>The city&apos;s growth line in the ranking chart: &quot;全市 11.6%&quot;</extracomment>
        <translation>全市 %1</translation>
    </message>
</context>
<context>
    <name>zhibiao::CityStandingPanel</name>
    <message>
        <source>Rank by quarter: %1</source>
        <extracomment>Under the ranking chart: the district&apos;s rank at each quarter end, e.g. &quot;Rank by quarter: Q1 5th → H1 3rd&quot;</extracomment>
        <translation>分季度位次：%1</translation>
    </message>
</context>
<context>
    <name>zhibiao::CityTablePage</name>
    <message numerus="yes">
        <source>Stored %n figure(s) of the city&apos;s table.</source>
        <translation>
            <numerusform>已保存全市对比表的 %n 个数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>The city statistics bureau&apos;s table by hand: type each unit&apos;s year-to-date growth in % and press Enter; it is stored at once and the dashboard&apos;s rank follows. Paste a block copied from Excel or WPS with Ctrl+V. Ctrl+Z undoes. File → Import figures… reads the table from its file instead.</source>
        <translation>手工录入市统计局的对比表：输入各单位累计同比增速（%）后按回车，立即保存，仪表盘上的位次随之更新。用 Ctrl+V 粘贴从 Excel 或 WPS 复制的数据块，Ctrl+Z 撤销。也可用“文件 → 导入数据…”直接读入该表文件。</translation>
    </message>
</context>
<context>
    <name>zhibiao::ColumnMapping</name>
    <message>
        <source>No column is marked as holding the indicator names.</source>
        <translation>没有指定哪一列是指标名称。</translation>
    </message>
    <message>
        <source>No column is marked as holding figures (year-to-date value, last year&apos;s value or growth).</source>
        <translation>没有指定哪一列是数据（本年累计、上年同期或增速）。</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Year-to-date value</source>
        <translation>本年累计</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <source>Growth %</source>
        <translation>增长%</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>zhibiao::ColumnMappingTable</name>
    <message>
        <source>Holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>The row&apos;s</source>
        <translation>按行</translation>
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
    <message>
        <source>Write a year&apos;s figures and target status to .xlsx or .csv</source>
        <translation>将某一年的数据和目标完成情况导出为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <source>Import figures from a spreadsheet (.xlsx, .csv)</source>
        <translation>从电子表格（.xlsx、.csv）导入数据</translation>
    </message>
    <message>
        <source>Copy the database safely, or list its backups</source>
        <translation>安全地复制数据库，或列出其备份</translation>
    </message>
    <message>
        <source>Write the PDF summary of a year&apos;s targets for a leadership meeting</source>
        <translation>生成某年度目标完成情况的PDF汇报材料（供领导会议使用）</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not a year.</source>
        <translation>“%1”不是年份。</translation>
    </message>
    <message>
        <source>The database DB: a file, or a database on a server, postgresql://[user@][host][:port]/name (default: $ZHIBIAO_DB, else the file in the standard data folder).</source>
        <translation>数据库 DB：一个文件，或服务器上的数据库 postgresql://[用户@][主机][:端口]/库名（默认：$ZHIBIAO_DB，否则为标准数据文件夹中的文件）。</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>Prepare an office&apos;s PostgreSQL database, or upload a file to it</source>
        <translation>准备单位的 PostgreSQL 数据库，或将文件上传到其中</translation>
    </message>
    <message>
        <source>Open the database DB: a file, or a database on a server, postgresql://[user@][host][:port]/name (default: $ZHIBIAO_DB, else the file in the standard data folder).</source>
        <translation>打开数据库 DB：一个文件，或服务器上的数据库 postgresql://[用户@][主机][:端口]/库名（默认：$ZHIBIAO_DB，否则为标准数据文件夹中的文件）。</translation>
    </message>
    <message>
        <source>Write the summary report of a year&apos;s targets as a PDF or an .odt to edit</source>
        <translation>写出全年目标的汇总报告：PDF，或可编辑的 .odt</translation>
    </message>
    <message>
        <source>Show what is due in a month, or submit, approve, return or reopen its figures</source>
        <translation>显示某月待办，或报送、审核、退回、重新打开该月数据</translation>
    </message>
    <message>
        <source>Add, list or remove the people of a server database and their roles</source>
        <translation>添加、列出或移除服务器数据库的人员及其角色</translation>
    </message>
</context>
<context>
    <name>zhibiao::ComparisonRepository</name>
    <message>
        <source>The city&apos;s figures name “%1” and “%2”, which this database does not have; nothing was stored.</source>
        <translation>市里的数据涉及本数据库中没有的“%1”和“%2”；未保存任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n figure(s) in the city&apos;s tables, so it is not removed: its figures would go with it.</source>
        <extracomment>%1 a unit&apos;s name, e.g. 荷塘区</extracomment>
        <translation>
            <numerusform>“%1”在全市对比表中有 %n 个数据，因此不能删除：删除会连同这些数据一起删掉。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhibiao::ComparisonUnitTableModel</name>
    <message>
        <source>The city as a whole</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>Our district</source>
        <translation>本区</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Is</source>
        <translation>身份</translation>
    </message>
</context>
<context>
    <name>zhibiao::ComparisonUnits</name>
    <message>
        <source>Every unit needs a Chinese and an English name.</source>
        <translation>每个单位都需要中文名称和英文名称。</translation>
    </message>
    <message>
        <source>Two units are called “%1”: the city&apos;s tables are matched by these names, so each must differ.</source>
        <extracomment>%1 a unit&apos;s Chinese name, e.g. 渌口区</extracomment>
        <translation>有两个单位都叫“%1”：全市对比表按这些名称匹配，名称不能重复。</translation>
    </message>
    <message>
        <source>Only one unit can be our district: “%1” and “%2” both are.</source>
        <translation>只能有一个单位是本区：“%1”和“%2”都被标为本区。</translation>
    </message>
    <message>
        <source>Only one unit can be the city as a whole: “%1” and “%2” both are.</source>
        <translation>只能有一个单位代表全市：“%1”和“%2”都被标为全市。</translation>
    </message>
    <message>
        <source>“%1” cannot be both our district and the city as a whole.</source>
        <translation>“%1”不能既是本区又是全市。</translation>
    </message>
</context>
<context>
    <name>zhibiao::ComparisonUnitsDialog</name>
    <message>
        <source>New unit %1</source>
        <translation>新单位%1</translation>
    </message>
    <message>
        <source>Add comparison unit %1</source>
        <extracomment>Undo menu text: %1 a comparison unit&apos;s name</extracomment>
        <translation>添加对比单位 %1</translation>
    </message>
    <message>
        <source>Rename comparison unit %1</source>
        <extracomment>Undo menu text: %1 a comparison unit&apos;s name before the change</extracomment>
        <translation>重命名对比单位 %1</translation>
    </message>
    <message>
        <source>Mark %1 as our district</source>
        <extracomment>Undo menu text: %1 a comparison unit&apos;s name</extracomment>
        <translation>将 %1 设为本区</translation>
    </message>
    <message>
        <source>Mark %1 as the city as a whole</source>
        <extracomment>Undo menu text: %1 a comparison unit&apos;s name</extracomment>
        <translation>将 %1 设为全市</translation>
    </message>
    <message>
        <source>Move comparison unit %1</source>
        <extracomment>Undo menu text: %1 a comparison unit&apos;s name</extracomment>
        <translation>移动对比单位 %1</translation>
    </message>
    <message>
        <source>Remove comparison unit %1</source>
        <extracomment>Undo menu text: %1 a comparison unit&apos;s name</extracomment>
        <translation>删除对比单位 %1</translation>
    </message>
    <message>
        <source>Comparison units</source>
        <translation>对比单位</translation>
    </message>
    <message>
        <source>The units the city&apos;s comparison tables list, in their order. Type a name in the table to change it: the city&apos;s tables are recognised by the Chinese names. Each change is stored at once; Ctrl+Z (Edit → Undo) takes it back.</source>
        <translation>全市对比表所列的单位，按表中顺序排列。在表格中直接输入即可修改名称：导入全市对比表时按中文名称识别单位。每项修改立即保存，Ctrl+Z（编辑 → 撤销）可撤回。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Our district</source>
        <translation>设为本区(&amp;O)</translation>
    </message>
    <message>
        <source>The unit whose rank the dashboard shows</source>
        <translation>仪表盘显示其位次的单位</translation>
    </message>
    <message>
        <source>The &amp;city</source>
        <translation>设为全市(&amp;C)</translation>
    </message>
    <message>
        <source>The city as a whole: the others&apos; growth is measured against it</source>
        <translation>全市：其他单位的增速与之比较</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>zhibiao::CriterionPanel</name>
    <message>
        <source>Projected for the year: %1 (%2)</source>
        <extracomment>%1 the projected figure, %2 how it was projected</extracomment>
        <translation>全年预计：%1（%2）</translation>
    </message>
    <message>
        <source>No figures to chart up to %1 yet.</source>
        <translation>截至%1尚无可绘图的数据。</translation>
    </message>
    <message>
        <source>Figures by quarter</source>
        <translation>分季度数据</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>逐月数据</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>图表另存为 PNG…</translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation>图表另存为 SVG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>图表无法保存到 %1。</translation>
    </message>
</context>
<context>
    <name>zhibiao::CriterionSeries</name>
    <message>
        <source>Growth, year to date</source>
        <translation>累计增速</translation>
    </message>
    <message>
        <source>Amount, year to date</source>
        <translation>累计总量</translation>
    </message>
    <message>
        <source>%1, growth</source>
        <extracomment>%1 indicator name, e.g. per-capita disposable income</extracomment>
        <translation>%1增速</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Annual target</source>
        <translation>全年目标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Growth, same period last year</source>
        <translation>上年同期增速</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成进度</translation>
    </message>
    <message>
        <source>Time progress</source>
        <translation>时间进度</translation>
    </message>
</context>
<context>
    <name>zhibiao::CriterionTableModel</name>
    <message>
        <source>Growth of at least (%)</source>
        <translation>增长不低于（%）</translation>
    </message>
    <message>
        <source>Amount of at least</source>
        <translation>总量不低于</translation>
    </message>
    <message>
        <source>Amount of at most</source>
        <translation>总量不高于</translation>
    </message>
    <message>
        <source>Decline of at least (%)</source>
        <translation>下降不少于（%）</translation>
    </message>
    <message>
        <source>Below the reference series</source>
        <translation>低于参照指标</translation>
    </message>
    <message>
        <source>Growth above the reference&apos;s growth</source>
        <translation>增速高于参照指标增速</translation>
    </message>
    <message>
        <source>Better than last year</source>
        <translation>好于上年同期</translation>
    </message>
    <message>
        <source>(to be set by the city)</source>
        <translation>（待市里下达）</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>考核方式</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>参照指标</translation>
    </message>
    <message>
        <source>How far behind the target still reads as a yellow light rather than red. Leave it empty for the default.</source>
        <translation>落后目标多少以内仍亮黄灯而非红灯。留空则用默认值。</translation>
    </message>
    <message>
        <source>Yellow light within</source>
        <translation>黄灯阈值</translation>
    </message>
</context>
<context>
    <name>zhibiao::DailyBackup</name>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>今天的备份未能完成：%1</translation>
    </message>
</context>
<context>
    <name>zhibiao::DashboardView</name>
    <message>
        <source>%1: %2</source>
        <extracomment>Dashboard summary item: status and how many targets have it, e.g. &quot;● On track: 6&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>&quot;As of&quot; choice at a quarter end: &quot;Jan–Jun (H1)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No targets have been set for %1 yet. Enter them on the Targets screen.</source>
        <translation>尚未设置%1年的目标。请在“目标”页录入。</translation>
    </message>
    <message>
        <source>No figures entered for %1 yet — open the monthly figures screen to enter them.</source>
        <translation>%1年尚未录入数据——请打开“月度数据”页录入。</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截至(&amp;A)：</translation>
    </message>
    <message>
        <source>The month or quarter the verdicts are for</source>
        <translation>评估所依据的月份或季度</translation>
    </message>
    <message>
        <source>Open monthly figures</source>
        <translation>打开月度数据</translation>
    </message>
    <message>
        <source>%1 — main targets for %2</source>
        <extracomment>Dashboard heading: %1 district, %2 year. Chinese: 渌口区 2022年主要预期目标</extracomment>
        <translation>%1 %2年主要预期目标</translation>
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
    <message>
        <source>%1 was not updated to the new data format because it could not be backed up first. %2</source>
        <translation>%1 未更新为新的数据格式，因为更新前无法先行备份。%2</translation>
    </message>
    <message>
        <source>%1 was not updated to the new data format: its table %2 refers to a row of %3 that does not exist. The file was left as it was.</source>
        <translation>%1 未更新为新的数据格式：其表 %2 引用了 %3 中不存在的行。文件保持原样。</translation>
    </message>
    <message>
        <source>The database %1 holds no Zhibiao data yet. Its administrator prepares it with: zhibiao server init --db %1</source>
        <translation>数据库 %1 中还没有指标数据。请其管理员运行以下命令进行准备：zhibiao server init --db %1</translation>
    </message>
    <message>
        <source>The database %1 is in an older Zhibiao data format (%2; this version needs %3). Its administrator brings it up to date with: zhibiao server init --db %1</source>
        <translation>数据库 %1 使用的是较旧的指标数据格式（%2；本版本需要 %3）。请其管理员运行以下命令进行更新：zhibiao server init --db %1</translation>
    </message>
    <message>
        <source>Cannot connect to %1: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>无法连接 %1：未安装 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not Zhibiao&apos;s. Give Zhibiao an empty database of its own.</source>
        <translation>数据库 %1 中有其他程序的表，不是指标的数据库。请为指标单独提供一个空数据库。</translation>
    </message>
    <message>
        <source>%1 is in a network folder (%2). Zhibiao does not share a database file there: several desks writing one file over the network can lose figures or damage the file. Open it for this desk alone (no one else may open it meanwhile), or move it to the office&apos;s server with: zhibiao server upload --from %1 --db postgresql://SERVER/DATABASE</source>
        <translation>%1 位于网络文件夹（%2）中。指标不在网络文件夹中共享数据库文件：多台电脑通过网络同时写入一个文件，可能丢失数据或损坏文件。可以仅在本机打开（在此期间其他人不得打开），或用以下命令将其迁移到单位的服务器：zhibiao server upload --from %1 --db postgresql://服务器/数据库</translation>
    </message>
    <message>
        <source>%1 is read-only and holds no Zhibiao data yet, so it cannot be set up as a new database. Choose a file in a folder you can write to.</source>
        <translation>%1 是只读文件，且尚无指标数据，无法设为新数据库。请选择可写入文件夹中的文件。</translation>
    </message>
    <message>
        <source>%1 is read-only and in an older Zhibiao data format (%2; this version needs %3). Someone who may write it opens it once with this version to bring it up to date; or copy it to a folder you can write to and open the copy.</source>
        <translation>%1 是只读文件，且为旧版数据格式（%2；本版本需要 %3）。请由有写入权限的人用本版本打开一次以完成升级；或将其复制到可写入的文件夹后打开副本。</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 is read-only.</source>
        <translation>无法创建 %1：文件夹 %2 为只读。</translation>
    </message>
    <message>
        <source>%1 is read-only and empty, so it cannot be set up as a new database. Choose a file in a folder you can write to.</source>
        <translation>%1 是只读的空文件，无法设为新数据库。请选择可写入文件夹中的文件。</translation>
    </message>
    <message>
        <source>%1 is read-only: it can be viewed and exported but not changed.</source>
        <translation>%1 是只读文件：可以查看和导出，不能修改。</translation>
    </message>
    <message>
        <source>%1 is read-only and was never set up completely (it names no district), so it cannot be shown. Open it once where it may be written.</source>
        <translation>%1 是只读文件，且未完成初始化（没有区县信息），无法显示。请在可写入的位置打开一次。</translation>
    </message>
    <message>
        <source>Comparison unit %1 has an unknown kind.</source>
        <translation>比较单位 %1 的类型无法识别。</translation>
    </message>
</context>
<context>
    <name>zhibiao::DatabaseCopy</name>
    <message>
        <source>%1 cannot take a copy: both databases must be in this version&apos;s data format (%2).</source>
        <translation>无法复制到 %1：两个数据库都必须采用本版本的数据格式（%2）。</translation>
    </message>
    <message>
        <source>%1 already holds Zhibiao data; a copy goes only into an empty database. Nothing was changed.</source>
        <translation>%1 中已有指标数据；只能复制到空数据库中。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>zhibiao::DatabaseLocation</name>
    <message>
        <source>“%1” is not a valid server address: %2. Write it as postgresql://user@host:port/database.</source>
        <translation>“%1”不是有效的服务器地址：%2。请写成 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>The server address %1 contains a password. Leave it out: Zhibiao takes the password from ~/.pgpass or the PGPASSWORD variable, so that it never appears on a command line or in the settings.</source>
        <translation>服务器地址 %1 中含有密码。请去掉密码：指标从 ~/.pgpass 或 PGPASSWORD 环境变量读取密码，密码不会出现在命令行或设置中。</translation>
    </message>
    <message>
        <source>“%1” is not a valid server address: a database name cannot contain “/”.</source>
        <translation>“%1”不是有效的服务器地址：数据库名不能包含“/”。</translation>
    </message>
    <message>
        <source>The server address contains a %1. Leave it out: Zhibiao takes it from ~/.pgpass or the PGPASSWORD variable, so that it never appears on a command line or in the settings.</source>
        <translation>服务器地址中含有 %1。请去掉：指标从 ~/.pgpass 或 PGPASSWORD 环境变量读取，它不会出现在命令行或设置中。</translation>
    </message>
    <message>
        <source>The server address %1 has the parameter “%2”, which Zhibiao does not know.</source>
        <translation>服务器地址 %1 中的参数“%2”无法识别。</translation>
    </message>
    <message>
        <source>The server address %1 has the port “%2”, which is not a port number.</source>
        <translation>服务器地址 %1 中的端口“%2”不是有效的端口号。</translation>
    </message>
</context>
<context>
    <name>zhibiao::DistrictDialog</name>
    <message>
        <source>District settings</source>
        <translation>区县设置</translation>
    </message>
    <message>
        <source>The names head the dashboard, the window, the PDF summary and the exports. The current year is the one the window opens on.</source>
        <translation>这些名称显示在仪表板、窗口标题、PDF 摘要和导出文件中。当前年度是窗口打开时显示的年份。</translation>
    </message>
</context>
<context>
    <name>zhibiao::DistrictForm</name>
    <message>
        <source>Enter the district&apos;s name in Chinese (the English one is optional).</source>
        <translation>请填写区县的中文名称（英文名称可不填）。</translation>
    </message>
    <message>
        <source>Enter the city&apos;s name in Chinese (the English one is optional).</source>
        <translation>请填写所属市的中文名称（英文名称可不填）。</translation>
    </message>
    <message>
        <source>The current year must lie between %1 and %2.</source>
        <translation>当前年度须在 %1 至 %2 之间。</translation>
    </message>
    <message>
        <source>District (&amp;English):</source>
        <translation>区县名称（英文）(&amp;E)：</translation>
    </message>
    <message>
        <source>C&amp;ity (Chinese):</source>
        <translation>所属市（中文）(&amp;I)：</translation>
    </message>
    <message>
        <source>Ci&amp;ty (English):</source>
        <translation>所属市（英文）(&amp;T)：</translation>
    </message>
    <message>
        <source>Current &amp;year:</source>
        <translation>当前年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;District (Chinese):</source>
        <translation>区县名称（中文）(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>zhibiao::EntryField</name>
    <message>
        <source>This year (%1)</source>
        <translation>本年（%1）</translation>
    </message>
    <message>
        <source>Year to date (%1)</source>
        <translation>本年累计（%1）</translation>
    </message>
    <message>
        <source>Same period last year (%1)</source>
        <translation>上年同期（%1）</translation>
    </message>
    <message>
        <source>Growth, published (%)</source>
        <translation>公布增速（%）</translation>
    </message>
</context>
<context>
    <name>zhibiao::EntryGridModel</name>
    <message>
        <source>%1
Entered by %2 on %3</source>
        <translation>%1
%2 录入于 %3</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Not stored: typed while the server could not be reached. It is stored when the connection is back.</source>
        <translation>未保存：录入时无法连接服务器。连接恢复后将自动保存。</translation>
    </message>
</context>
<context>
    <name>zhibiao::EntryGridView</name>
    <message>
        <source>Revision &amp;history…</source>
        <translation>修订历史(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>清除(&amp;C)</translation>
    </message>
</context>
<context>
    <name>zhibiao::EntryPage</name>
    <message numerus="yes">
        <source>Stored %n figure(s).</source>
        <translation>
            <numerusform>已保存 %n 个数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a year-to-date figure and press Enter: it is stored at once. Paste a block copied from Excel or WPS with Ctrl+V. Ctrl+Z undoes. Right-click a cell for its history.</source>
        <translation>输入累计数后按回车即保存。可用 Ctrl+V 粘贴从 Excel 或 WPS 复制的数据块，Ctrl+Z 撤销。右键单元格可查看修订历史。</translation>
    </message>
    <message>
        <source>Unusual figures</source>
        <translation>数据异常</translation>
    </message>
    <message>
        <source>%1

If the figures are right, say why in a note (kept with the figures):</source>
        <translation>%1

如数据无误，请填写说明（与数据一并保存）：</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>While you were editing, someone else stored other figures here:

%1

Store yours over theirs, or keep theirs?</source>
        <translation>在您编辑期间，其他人在此处保存了不同的数据：

%1

用您的数据覆盖，还是保留对方的数据？</translation>
    </message>
    <message>
        <source>Store mine</source>
        <translation>保存我的</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>保留对方的</translation>
    </message>
    <message>
        <source>Right-click a cell for its history.</source>
        <translation>右键单击单元格可查看其修改记录。</translation>
    </message>
</context>
<context>
    <name>zhibiao::EntryPermissions</name>
    <message>
        <source>Approved and locked: this month&apos;s figures change only after a reviewer reopens it.</source>
        <translation>已审核并锁定：审核员重新打开后，本月数据才能修改。</translation>
    </message>
    <message>
        <source>%1 may only read these figures.</source>
        <extracomment>%1 the login</extracomment>
        <translation>%1 只能查看这些数据。</translation>
    </message>
    <message>
        <source>Another unit reports this figure: a clerk of %1 enters only %1&apos;s figures.</source>
        <extracomment>%1 the clerk&apos;s own unit</extracomment>
        <translation>该数据由其他单位填报：%1的填报员只填报%1的数据。</translation>
    </message>
    <message>
        <source>Past this month&apos;s closing date: a reviewer returns or reopens the month before its figures change.</source>
        <translation>已过本月截止日期：须由审核员退回或重新打开该月后才能修改数据。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>(%n more not named)</source>
        <translation>
            <numerusform>（另有 %n 项未列出）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved month(s) would change: %1. An approved month&apos;s figures change only after a reviewer reopens it.</source>
        <translation>
            <numerusform>将修改 %n 个已审核月份：%1。已审核月份的数据须由审核员重新打开后才能修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may only read: a viewer enters no figures.</source>
        <translation>%1 只能查看：查看者不能填报数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) of other units&apos; indicators: %1. A clerk of %2 enters only %2&apos;s figures.</source>
        <extracomment>%1 the cells, %2 the clerk&apos;s own unit</extracomment>
        <translation>
            <numerusform>%n 个数据属于其他单位的指标：%1。%2的填报员只填报%2的数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) of months past their closing date: %1. A reviewer returns or reopens such a month before its figures change.</source>
        <translation>
            <numerusform>%n 个数据所在月份已过截止日期：%1。须由审核员退回或重新打开该月后才能修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing of this change was stored.</source>
        <translation>本次修改未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>zhibiao::ExistingDatabase</name>
    <message>
        <source>There is no Zhibiao database at “%1”. Check the path given with --db; the window creates a new database when it first opens one.</source>
        <translation>“%1”处没有指标数据库。请检查 --db 指定的路径；新数据库由窗口首次打开时创建。</translation>
    </message>
</context>
<context>
    <name>zhibiao::ExportReportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Preview the PDF when it is written</source>
        <translation>生成后预览PDF(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open it when it is written</source>
        <translation>写好后打开(&amp;O)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF, to read and print (.pdf)</source>
        <translation>PDF，用于阅读和打印（.pdf）</translation>
    </message>
    <message>
        <source>OpenDocument text, to edit in WPS, Word or LibreOffice (.odt)</source>
        <translation>OpenDocument 文本，可在 WPS、Word 或 LibreOffice 中编辑（.odt）</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <extracomment>The month the figures in the report run to</extracomment>
        <translation>截至(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Only a PDF is previewed here; open the .odt in your word processor.</source>
        <translation>这里只预览 PDF；.odt 请在文字处理软件中打开。</translation>
    </message>
    <message>
        <source>%1 targets %2, to month %3</source>
        <extracomment>Default name of the report file, before its suffix: %1 district, %2 year, %3 month number</extracomment>
        <translation>%1%2年主要经济指标完成情况（截至%3月）</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>Say where to write the report.</source>
        <translation>请指定报告保存的位置。</translation>
    </message>
    <message>
        <source>“%1” should end in .pdf or .odt.</source>
        <translation>“%1”的扩展名应为 .pdf 或 .odt。</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>格式(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>zhibiao::ExportSubcommand</name>
    <message>
        <source>Run zhibiao export --help for usage.</source>
        <translation>运行 zhibiao export --help 查看用法。</translation>
    </message>
    <message>
        <source>Writes a year&apos;s figures and the status of its targets to an .xlsx workbook or a CSV file (UTF-8, opens in Excel).</source>
        <translation>将某一年的数据及其目标完成情况写入 .xlsx 工作簿或 CSV 文件（UTF-8，可用 Excel 打开）。</translation>
    </message>
    <message>
        <source>The year to export.</source>
        <translation>要导出的年份。</translation>
    </message>
    <message>
        <source>The file to write; .xlsx or .csv.</source>
        <translation>要写入的文件：.xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>Say which year to export with --year.</source>
        <translation>请用 --year 指定要导出的年份。</translation>
    </message>
    <message>
        <source>Name the file to write with -o, e.g. -o figures-%1.xlsx.</source>
        <translation>请用 -o 指定要写入的文件，例如 -o figures-%1.xlsx。</translation>
    </message>
    <message>
        <source>“%1” should end in .xlsx or .csv.</source>
        <translation>“%1”的扩展名应为 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>Wrote “%1”: %2 indicators with %3 figures of %4, and the status of %5 targets as of %6.</source>
        <extracomment>%1 file, %2 number of indicators, %3 number of figures, %4 year, %5 number of targets, %6 period</extracomment>
        <translation>已写入“%1”：%4年 %2 个指标的 %3 条数据，以及截至%6的 %5 项目标完成情况。</translation>
    </message>
</context>
<context>
    <name>zhibiao::FigureConflictError</name>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message numerus="yes">
        <source>Not stored: someone else changed %n of these figures while you were editing.</source>
        <translation>
            <numerusform>未保存：在您编辑期间，其中 %n 个数据已被他人修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2/%3: %4</source>
        <extracomment>%1 indicator code, %2 month, %3 year, %4 &quot;changed to … by … at …; yours: …&quot;</extracomment>
        <translation>%1，%3年%2月：%4</translation>
    </message>
    <message>
        <source>changed to %1 by %2 at %3; yours: %4</source>
        <extracomment>%1 the figure stored by the other user, %2 their login, %3 when, %4 the figure this user typed</extracomment>
        <translation>已由 %2 于 %3 改为 %1；您的：%4</translation>
    </message>
</context>
<context>
    <name>zhibiao::FigureEditor</name>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>A cell of the entry grid: indicator · figure · period</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1: this cell takes no figure.</source>
        <translation>%1：此单元格不能填数。</translation>
    </message>
    <message>
        <source>Enter %1</source>
        <translation>录入 %1</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>清除 %1</translation>
    </message>
    <message>
        <source>The pasted block reaches beyond the grid (row %1, column %2 of the block).</source>
        <translation>粘贴的数据超出表格范围（数据块第 %1 行第 %2 列）。</translation>
    </message>
    <message>
        <source>A label column</source>
        <translation>标题列</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n figure(s)</source>
        <translation>
            <numerusform>粘贴 %n 个数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n figure(s)</source>
        <translation>
            <numerusform>清除 %n 个数据</numerusform>
        </translation>
    </message>
    <message>
        <source>Not stored: the unusual figures were not confirmed.</source>
        <translation>未保存：异常数据未经确认。</translation>
    </message>
    <message>
        <source>Not stored: the figures stored by others were kept.</source>
        <translation>未保存：已保留他人保存的数据。</translation>
    </message>
    <message numerus="yes">
        <source>Store %n figure(s) typed while the server was away</source>
        <translation>
            <numerusform>保存服务器断开期间录入的 %n 个数据</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhibiao::FigureExport</name>
    <message>
        <source>“%1” should end in .xlsx or .csv.</source>
        <translation>“%1”的扩展名应为 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>zhibiao::FigureReader</name>
    <message>
        <source>The row names two different indicators: “%1” and “%2”.</source>
        <translation>该行对应两个不同的指标：“%1”和“%2”。</translation>
    </message>
    <message>
        <source>The row has figures but no indicator name.</source>
        <translation>该行有数据但没有指标名称。</translation>
    </message>
    <message>
        <source>“%1” matches no indicator (by name, alias or code).</source>
        <translation>“%1”与任何指标都不匹配（按名称、别名或代码）。</translation>
    </message>
    <message>
        <source>“%1” is not a year.</source>
        <translation>“%1”不是年份。</translation>
    </message>
    <message>
        <source>The row is for %1, but the import is for %2.</source>
        <translation>该行是%1年的数据，但导入的是%2年。</translation>
    </message>
    <message>
        <source>The file does not say which year its figures are for; choose the year.</source>
        <translation>文件未注明数据年份，请选择年份。</translation>
    </message>
    <message>
        <source>No figures in this row.</source>
        <translation>该行没有数据。</translation>
    </message>
    <message>
        <source>“%1” is not a period such as 1-5月 or 一季度.</source>
        <translation>“%1”不是时期（如 1-5月、一季度）。</translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translation>“%1”列：%2</translation>
    </message>
    <message>
        <source>Column “%1” does not say which period its figures are for; choose the period.</source>
        <translation>“%1”列未注明时期，请选择时期。</translation>
    </message>
    <message>
        <source>“%1” is a percentage, but %2 is counted in %3.</source>
        <translation>“%1”是百分数，但%2的单位是%3。</translation>
    </message>
    <message>
        <source>%1 is counted in %2; figures in %3 cannot be converted.</source>
        <translation>%1的单位是%2，无法换算%3的数据。</translation>
    </message>
    <message>
        <source>Two columns give different figures for the same cell (%1 and %2).</source>
        <translation>两列对同一数据给出了不同的数值（%1 和 %2）。</translation>
    </message>
    <message>
        <source>%1 is published at quarter ends only; there is no figure for %2.</source>
        <translation>%1只在季末公布，%2没有数据。</translation>
    </message>
</context>
<context>
    <name>zhibiao::FigureSheet</name>
    <message>
        <source>YTD</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>%1 YTD</source>
        <translation>%1累计</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <source>%1 same period last year</source>
        <translation>%1上年同期</translation>
    </message>
    <message>
        <source>Growth %</source>
        <translation>增长%</translation>
    </message>
    <message>
        <source>%1 growth %</source>
        <translation>%1同比增长%</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 note</source>
        <translation>%1备注</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>指标数据</translation>
    </message>
    <message>
        <source>%1: figures of %2</source>
        <extracomment>%1 district, %2 year. The year must stay in the title: importing the file back reads it there.</extracomment>
        <translation>%1%2年主要指标数据</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>zhibiao::FigureValidator</name>
    <message>
        <source>Unknown indicator %1.</source>
        <translation>未知指标 %1。</translation>
    </message>
    <message>
        <source>%1 is published for quarters only: enter it in March, June, September or December.</source>
        <translation>%1按季度公布：请在3月、6月、9月或12月录入。</translation>
    </message>
    <message>
        <source>The figure is not a finite number.</source>
        <translation>该数值无效。</translation>
    </message>
    <message>
        <source>%1 cannot be negative (%2).</source>
        <translation>%1不能为负数（%2）。</translation>
    </message>
    <message>
        <source>%1 is a rate and cannot be above 100% (%2).</source>
        <translation>%1是比率，不能超过100%（%2）。</translation>
    </message>
    <message>
        <source>%1 is lower than %2 for %3: a year-to-date amount cannot fall.</source>
        <translation>%1低于%3的 %2：累计数不应减少。</translation>
    </message>
    <message>
        <source>%1 is higher than %2 for %3: a year-to-date amount cannot fall.</source>
        <translation>%1高于%3的 %2：累计数不应减少。</translation>
    </message>
    <message>
        <source>The published growth %1% differs from %2% computed from the amounts.</source>
        <translation>公布增速 %1% 与按总量计算的 %2% 不一致。</translation>
    </message>
    <message>
        <source>This month&apos;s change (%1) is %2 times the usual (%3). Please check the figure.</source>
        <translation>本月变化（%1）是平常（%3）的 %2 倍，请核对。</translation>
    </message>
</context>
<context>
    <name>zhibiao::FigureWriter</name>
    <message numerus="yes">
        <source>Writing %n figure(s) to the database…</source>
        <translation>
            <numerusform>正在将 %n 个数据写入数据库…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhibiao::ImportController</name>
    <message numerus="yes">
        <source>Imported %n figure(s) from %1. Edit → Undo takes the import back.</source>
        <extracomment>Status bar after an import: %n figures, %1 file name</extracomment>
        <translation>
            <numerusform>已从 %1 导入 %n 个数据。编辑 → 撤销可撤回本次导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import figures</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Nothing to import: the database already holds these figures.</source>
        <translation>无需导入：数据库中已有这些数据。</translation>
    </message>
    <message>
        <source>Import the city&apos;s comparison table</source>
        <translation>导入全市对比表</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <source>Import the others (%n cell(s) not read)</source>
        <translation>
            <numerusform>导入其余数据（%n 个单元格未读取）</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the city&apos;s table %1</source>
        <translation>导入全市对比表 %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n figure(s) of the city&apos;s table from %1. Edit → Undo takes the import back.</source>
        <translation>
            <numerusform>已从 %1 导入全市对比表的 %n 个数据。编辑 → 撤销可撤回本次导入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhibiao::ImportDialog</name>
    <message>
        <source>Import figures</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>按文件</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>文本编码：</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>表头行：</translation>
    </message>
    <message>
        <source>Year, where the file names none:</source>
        <translation>文件未注明时的年份：</translation>
    </message>
    <message>
        <source>Period, where the file names none:</source>
        <translation>文件未注明时的时期：</translation>
    </message>
    <message>
        <source>Import the other rows and leave out the rejected ones</source>
        <translation>导入其余的行，跳过被拒绝的行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>What each column holds:</source>
        <translation>各列内容：</translation>
    </message>
    <message>
        <source>What the import would do:</source>
        <translation>导入预览：</translation>
    </message>
    <message>
        <source>Columns as you chose them for a file of this layout before.</source>
        <translation>各列沿用您此前为同样格式的文件所做的选择。</translation>
    </message>
    <message>
        <source>Columns as guessed from the headers: correct them where they are wrong.</source>
        <translation>各列是根据表头推断的，如有错误请更正。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reading “%1” was cancelled.</source>
        <translation>已取消读取“%1”。</translation>
    </message>
    <message>
        <source>The preview was cancelled; change an option to try again.</source>
        <translation>预览已取消；更改任一选项即可重试。</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>正在读取数据…</translation>
    </message>
    <message>
        <source>Comparing with the stored figures…</source>
        <translation>正在与已存数据比对…</translation>
    </message>
</context>
<context>
    <name>zhibiao::ImportFiguresCommand</name>
    <message numerus="yes">
        <source>import of %1 (%n figure(s))</source>
        <extracomment>The undo step of an import in Edit → Undo: %1 file name, %2 number of figures</extracomment>
        <translation>
            <numerusform>导入 %1（%n 个数据）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhibiao::ImportPlan</name>
    <message>
        <source>Rows %1 give different figures for %2, %3.</source>
        <extracomment>%1 rows such as &quot;5, 9&quot;, %2 indicator code, %3 period</extracomment>
        <translation>第 %1 行对%2（%3）给出了不同的数值。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) were rejected.</source>
        <translation>
            <numerusform>未导入任何数据：%n 行被拒绝。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhibiao::ImportSession</name>
    <message>
        <source>No header row was found in “%1”: the first rows should name the columns, e.g. 指标名称, 单位, 1-5月累计, 同比增长%.</source>
        <translation>“%1”中没有找到表头行：前几行应写明列名，如 指标名称、单位、1-5月累计、同比增长%。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
</context>
<context>
    <name>zhibiao::ImportSubcommand</name>
    <message>
        <source>Run zhibiao import --help for usage.</source>
        <translation>运行 zhibiao import --help 查看用法。</translation>
    </message>
    <message>
        <source>Imports figures from a spreadsheet (.xlsx, .csv or tab-separated text) into the database, all or nothing.</source>
        <translation>从电子表格（.xlsx、.csv 或制表符分隔的文本）向数据库导入数据，要么全部导入，要么全不导入。</translation>
    </message>
    <message>
        <source>The year of figures whose file names none; rows of another year are rejected.</source>
        <translation>文件未注明年份时数据所属的年份；其他年份的行将被拒绝。</translation>
    </message>
    <message>
        <source>The period of figures whose file names none, e.g. 1-5月 or 一季度.</source>
        <translation>文件未注明时期时数据所属的时期，如 1-5月 或 一季度。</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>The encoding of a text file: utf-8 or gbk (default: detected).</source>
        <translation>文本文件的编码：utf-8 或 gbk（默认自动识别）。</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>The sheet of a workbook to read (default: the first visible one).</source>
        <translation>要读取的工作表（默认：第一个可见的工作表）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Import the good rows even when some are rejected (they are still listed).</source>
        <translation>即使有行被拒绝，也导入其余的行（被拒绝的行仍会列出）。</translation>
    </message>
    <message>
        <source>Show what would be imported, and write nothing.</source>
        <translation>只显示将要导入的内容，不写入任何数据。</translation>
    </message>
    <message>
        <source>The spreadsheet to import.</source>
        <translation>要导入的电子表格。</translation>
    </message>
    <message>
        <source>INPUT</source>
        <translation>输入文件</translation>
    </message>
    <message>
        <source>“%1” is not a period such as 1-5月.</source>
        <translation>“%1”不是时期（如 1-5月）。</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”: use utf-8 or gbk.</source>
        <translation>未知编码“%1”：请使用 utf-8 或 gbk。</translation>
    </message>
    <message>
        <source>Name one file to import.</source>
        <translation>请指定一个要导入的文件。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: %n row(s) rejected. Correct the file, or run again with --skip-bad to import the other rows.</source>
        <translation>
            <numerusform>未写入任何数据：%n 行被拒绝。请修改文件，或加上 --skip-bad 重新运行以导入其余的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何数据。</translation>
    </message>
    <message>
        <source>Nothing to write: the database already holds these figures.</source>
        <translation>无需写入：数据库中已有这些数据。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n value(s) in one transaction.</source>
        <translation>
            <numerusform>已在一个事务中导入 %n 个数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>未写入任何数据：%1</translation>
    </message>
    <message>
        <source>Nothing was written: %1 is read-only. It can be exported, but figures are imported into a file you may write (or try first with --dry-run).</source>
        <translation>未写入任何数据：%1 是只读文件。它可以导出，但数据只能导入到可写入的文件（也可以先用 --dry-run 试运行）。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: %n cell(s) could not be read. Correct the file, or run again with --skip-bad to import the others.</source>
        <translation>
            <numerusform>未写入任何数据：%n 个单元格无法读取。请修改文件，或加上 --skip-bad 重新运行以导入其余数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n figure(s) of the city&apos;s table in one transaction.</source>
        <translation>
            <numerusform>已在一个事务中导入全市对比表的 %n 个数据。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhibiao::ImportSummary</name>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <extracomment>%1 row number, %2 the row&apos;s cells, %3 the reason</extracomment>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1，%2 %3</translation>
    </message>
    <message numerus="yes">
        <source>“%1” (%2): %n row(s) read.</source>
        <extracomment>%1 file name, %2 how it was read, e.g. &quot;UTF-8, comma-separated&quot;</extracomment>
        <translation>
            <numerusform>“%1”（%2）：读取 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>  New values: %1</source>
        <translation>  新增数据：%1</translation>
    </message>
    <message>
        <source>  Revised values: %1</source>
        <translation>  修订数据：%1</translation>
    </message>
    <message>
        <source>  Unchanged values: %1</source>
        <translation>  未变数据：%1</translation>
    </message>
    <message>
        <source>  Rejected rows: %1</source>
        <translation>  拒绝行数：%1</translation>
    </message>
    <message>
        <source>  Rows without figures: %1</source>
        <translation>  无数据行：%1</translation>
    </message>
    <message>
        <source>Revisions (old → new):</source>
        <translation>修订（原值 → 新值）：</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more.</source>
        <translation>
            <numerusform>  ……另有 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>value %1 → %2</source>
        <translation>数值 %1 → %2</translation>
    </message>
    <message>
        <source>last year %1 → %2</source>
        <translation>上年同期 %1 → %2</translation>
    </message>
    <message>
        <source>growth %1% → %2%</source>
        <translation>增速 %1% → %2%</translation>
    </message>
    <message>
        <source>note “%1” → “%2”</source>
        <translation>备注“%1” → “%2”</translation>
    </message>
    <message>
        <source>  Row %1, %2: %3</source>
        <translation>  第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>被拒绝的行：</translation>
    </message>
    <message>
        <source>Rows without figures (not imported):</source>
        <translation>无数据的行（未导入）：</translation>
    </message>
    <message>
        <source>Row %1 (%2)</source>
        <translation>第 %1 行（%2）</translation>
    </message>
    <message>
        <source>Rows from %1 on were not read: another table starts there.</source>
        <translation>第 %1 行起未读取：那里开始了另一张表。</translation>
    </message>
</context>
<context>
    <name>zhibiao::IndicatorDialog</name>
    <message>
        <source>Growth at comparable prices (real), as the bureau publishes it</source>
        <translation>按可比价计算的增速（实际增长），以统计部门公布为准</translation>
    </message>
    <message>
        <source>A lower figure is better (unemployment, energy intensity, PM2.5)</source>
        <translation>数值越低越好（失业率、能耗强度、PM2.5）</translation>
    </message>
    <message>
        <source>Retired from</source>
        <translation>停用起始年份</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>编辑指标</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>新增指标</translation>
    </message>
    <message>
        <source>One per line: other names bureaus publish it under</source>
        <translation>每行一个：各部门公布时使用的其他名称</translation>
    </message>
    <message>
        <source>A retired indicator keeps its figures; the entry grid and the targets editor leave it out from this year on.</source>
        <translation>停用的指标保留其数据；自该年起，录入表格和目标编辑不再列出它。</translation>
    </message>
    <message>
        <source>Its figures, targets and exported files name it by this code, so it cannot change.</source>
        <translation>其数据、目标和导出的文件都以此代码指代它，因此不能更改。</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Chinese name:</source>
        <translation>中文名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>发布频率(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Reported as:</source>
        <translation>报送内容(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Other names:</source>
        <translation>其他名称(&amp;O)：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
</context>
<context>
    <name>zhibiao::IndicatorRepository</name>
    <message>
        <source>The code of “%1” cannot change: its figures, targets and the files exported with it name it by its code.</source>
        <translation>“%1”的代码不能更改：其数据、目标和导出的文件都以此代码指代它。</translation>
    </message>
    <message>
        <source>The indicator “%1” is no longer in this database.</source>
        <translation>指标“%1”已不在此数据库中。</translation>
    </message>
    <message>
        <source>“%1” has figures, so it cannot be deleted: retire it instead. A retired indicator keeps its figures and is left out of later years.</source>
        <translation>“%1”已有数据，不能删除，请改为停用。停用的指标保留其数据，以后年份不再列出。</translation>
    </message>
    <message>
        <source>“%1” is used by the targets of %2, so it cannot be deleted: take it out of those targets first, or retire it.</source>
        <extracomment>%2 a list of years</extracomment>
        <translation>“%1”被%2年的目标使用，不能删除：请先从这些目标中移除它，或将其停用。</translation>
    </message>
    <message>
        <source>Another indicator already has the code “%1”.</source>
        <translation>已有另一个指标使用代码“%1”。</translation>
    </message>
</context>
<context>
    <name>zhibiao::IndicatorTableModel</name>
    <message>
        <source>; </source>
        <extracomment>Separates the aliases of an indicator in a table cell (Chinese uses 、).</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布频率</translation>
    </message>
    <message>
        <source>Reported as</source>
        <translation>报送内容</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增速口径</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>其他名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>zhibiao::IndicatorText</name>
    <message>
        <source>Monthly</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Amount and growth</source>
        <translation>总量和增速</translation>
    </message>
    <message>
        <source>Growth only</source>
        <translation>仅增速</translation>
    </message>
    <message>
        <source>A level or rate</source>
        <translation>水平值或比率</translation>
    </message>
    <message>
        <source>Real (comparable prices)</source>
        <extracomment>Growth &quot;at comparable prices&quot; (可比价) is given by the bureau, never computed from amounts.</extracomment>
        <translation>实际（可比价）</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>名义（现价）</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>In use</source>
        <extracomment>%1 a year</extracomment>
        <translation>在用</translation>
    </message>
    <message>
        <source>Retired from %1</source>
        <translation>自%1年起停用</translation>
    </message>
</context>
<context>
    <name>zhibiao::IndicatorValidator</name>
    <message>
        <source>The code names the indicator in files and in the database: lowercase letters, digits and _, starting with a letter, at most 40 characters (for example tourism_revenue).</source>
        <translation>代码是指标在文件和数据库中的名称：由小写字母、数字和 _ 组成，以字母开头，最多 40 个字符（例如 tourism_revenue）。</translation>
    </message>
    <message>
        <source>The Chinese name is missing.</source>
        <translation>缺少中文名称。</translation>
    </message>
    <message>
        <source>The unit is missing: the unit the figures are published in, such as 亿元, 万元 or %.</source>
        <translation>缺少单位：即数据公布时的单位，如亿元、万元或 %。</translation>
    </message>
    <message>
        <source>%1 is not a year to retire the indicator from.</source>
        <translation>%1 不是可用于停用指标的年份。</translation>
    </message>
    <message>
        <source>“%1” already names %2 (%3): an imported table could not tell the two apart.</source>
        <extracomment>%1 a name or alias, %2 the indicator that has it, %3 its code</extracomment>
        <translation>“%1”已是%2（%3）的名称：导入表格时将无法区分这两个指标。</translation>
    </message>
</context>
<context>
    <name>zhibiao::IndicatorsPage</name>
    <message>
        <source>Add indicator %1</source>
        <extracomment>Undo menu text: %1 the indicator&apos;s code</extracomment>
        <translation>新增指标 %1</translation>
    </message>
    <message>
        <source>Edit indicator %1</source>
        <translation>编辑指标 %1</translation>
    </message>
    <message>
        <source>Retire indicator %1</source>
        <translation>停用指标 %1</translation>
    </message>
    <message>
        <source>Bring back indicator %1</source>
        <translation>恢复指标 %1</translation>
    </message>
    <message>
        <source>%1 is retired from %2: its figures stay, and later years leave it out. Undo brings it back.</source>
        <extracomment>%1 indicator name, %2 a year</extracomment>
        <translation>%1 自%2年起停用：数据保留，以后年份不再列出。撤销即可恢复。</translation>
    </message>
    <message>
        <source>%1 is tracked again.</source>
        <translation>%1 已恢复跟踪。</translation>
    </message>
    <message>
        <source>Delete indicator %1</source>
        <translation>删除指标 %1</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>恢复(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Only an indicator without figures or targets can be deleted; retire the others.</source>
        <translation>只有没有数据和目标的指标才能删除；其他指标请停用。</translation>
    </message>
    <message>
        <source>A retired indicator keeps its figures; later years leave it out.</source>
        <translation>停用的指标保留其数据；以后年份不再列出。</translation>
    </message>
</context>
<context>
    <name>zhibiao::MainWindow</name>
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
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Monthly figures</source>
        <translation>月度数据</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Import figures…</source>
        <translation>导入数据(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport figures…</source>
        <translation>导出数据(&amp;X)…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>Import figures</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>figures %1.xlsx</source>
        <extracomment>Suggested file name of an export: %1 year</extracomment>
        <translation>%1年数据.xlsx</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1 with %2 figures.</source>
        <extracomment>Status bar after an export: %1 file, %2 number of figures</extracomment>
        <translation>已写入 %1，共 %2 个数据。</translation>
    </message>
    <message>
        <source>This database was changed in another window or program; the figures shown were read again.</source>
        <extracomment>Status bar when a second window or zhibiao import wrote to the same database file</extracomment>
        <translation>此数据库已在另一个窗口或程序中被修改，当前显示的数据已重新读取。</translation>
    </message>
    <message>
        <source>Connected to the server again.</source>
        <translation>已重新连接到服务器。</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>连接服务器(&amp;C)…</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>The office&apos;s database, postgresql://[user@]host[:port]/name. The password comes from ~/.pgpass or PGPASSWORD, never from here.</source>
        <translation>单位的数据库，postgresql://[用户@]主机[:端口]/库名。密码从 ~/.pgpass 或 PGPASSWORD 读取，不在此处输入。</translation>
    </message>
    <message>
        <source>Zhibiao could not be started again.</source>
        <translation>无法再启动一个指标窗口。</translation>
    </message>
    <message>
        <source>%1[*] — %2 — main targets for %3 — Zhibiao</source>
        <extracomment>Window title: %1 the database&apos;s file name (a server&apos;s URL), %2 district name, %3 year. Keep [*] after %1: it is where Qt marks a window modified. Chinese: lukou.sqlite — 渌口区2022年主要预期目标 — 指标</extracomment>
        <translation>%1[*] — %2%3年主要预期目标 — 指标</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>An import is being written. Open another database when it is done.</source>
        <translation>正在写入导入的数据，请在完成后再打开其他数据库。</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Zhibiao databases (%1);;All files (*)</source>
        <translation>指标数据库 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is open already.</source>
        <translation>%1 已经打开。</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <extracomment>Status bar after File → Open…: %1 the file</extracomment>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>%1 copy.sqlite</source>
        <extracomment>Suggested name of a copy: %1 the open database&apos;s name without its suffix</extracomment>
        <translation>%1 副本.sqlite</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Zhibiao databases (*.sqlite)</source>
        <translation>指标数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 is the database open in this window. Choose another name for the copy.</source>
        <translation>%1 是本窗口正在使用的数据库，请为副本另选文件名。</translation>
    </message>
    <message>
        <source>A copy was saved as %1; this window stays on its database.</source>
        <extracomment>Status bar after File → Save a Copy As…: %1 the copy. The window stays on the database it had open.</extracomment>
        <translation>副本已保存为 %1；本窗口仍使用原数据库。</translation>
    </message>
    <message>
        <source>Zhibiao</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>%1 is neither a Zhibiao database nor a spreadsheet of figures (.xlsx, .csv). Drop a database to open it, or a spreadsheet to import its figures.</source>
        <translation>%1 既不是指标数据库，也不是数据表格（.xlsx、.csv）。拖入数据库文件可将其打开，拖入表格可导入其中的数据。</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>&amp;District settings…</source>
        <translation>区县设置(&amp;D)…</translation>
    </message>
    <message>
        <source>District settings</source>
        <translation>区县设置</translation>
    </message>
    <message>
        <source>Change district settings</source>
        <extracomment>Undo menu text</extracomment>
        <translation>修改区县设置</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF, .odt)…</source>
        <translation>导出报告（PDF、.odt）(&amp;R)…</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
    <message>
        <source>City comparison</source>
        <translation>全市对比</translation>
    </message>
    <message>
        <source>Comparison &amp;units…</source>
        <translation>对比单位(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>zhibiao::NewDatabaseDialog</name>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>The 2022 Lukou targets (an example to try Zhibiao with)</source>
        <translation>渌口区2022年目标（供试用的示例）</translation>
    </message>
    <message>
        <source>An empty database for another district</source>
        <translation>其他区县的空数据库</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>The new database starts with:</source>
        <translation>新数据库的初始内容：</translation>
    </message>
    <message>
        <source>An empty database has the usual indicators and no targets yet: enter them on the Targets screen.</source>
        <translation>空数据库包含常用指标，尚无目标：请在“目标”页面录入。</translation>
    </message>
    <message>
        <source>figures.sqlite</source>
        <translation>指标数据.sqlite</translation>
    </message>
    <message>
        <source>Zhibiao databases (*.sqlite)</source>
        <translation>指标数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 is the database open in this window; it cannot be replaced by a new one. Choose another name.</source>
        <translation>%1 是本窗口正在使用的数据库，不能用新数据库替换。请另选文件名。</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with a new database? What it holds now will be lost.</source>
        <translation>%1 已存在。是否用新数据库替换？其中现有的内容将会丢失。</translation>
    </message>
</context>
<context>
    <name>zhibiao::NewDatabaseFile</name>
    <message>
        <source>The folder for %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be replaced: %2 cannot be removed.</source>
        <translation>无法替换 %1：无法删除 %2。</translation>
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
    <name>zhibiao::OdfPackage</name>
    <message>
        <source>The document could not be finished: %1</source>
        <translation>文档无法完成：%1</translation>
    </message>
    <message>
        <source>The document could not be finished: its manifest is incomplete.</source>
        <translation>文档无法完成：其清单不完整。</translation>
    </message>
    <message>
        <source>The document could not be finished: Qt&apos;s package could not be read.</source>
        <translation>文档无法完成：无法读取 Qt 写出的文件包。</translation>
    </message>
    <message>
        <source>The document could not be finished: the package could not be made.</source>
        <translation>文档无法完成：无法生成文件包。</translation>
    </message>
</context>
<context>
    <name>zhibiao::OdtReport</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” could not be written: Qt could not write the document.</source>
        <translation>无法写入“%1”：Qt 无法写出该文档。</translation>
    </message>
    <message>
        <source>A chart could not be written: %1</source>
        <translation>无法写出图表：%1</translation>
    </message>
</context>
<context>
    <name>zhibiao::PdfPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <extracomment>Title of the preview window: %1 the PDF&apos;s file name</extracomment>
        <translation>预览：%1</translation>
    </message>
    <message>
        <source>&amp;Open in PDF viewer</source>
        <translation>用PDF阅读器打开(&amp;O)</translation>
    </message>
</context>
<context>
    <name>zhibiao::PdfReport</name>
    <message>
        <source>Source: %1 · generated %2</source>
        <extracomment>Footer of every PDF page: %1 the database file, %2 date and time it was made</extracomment>
        <translation>数据来源：%1 · 生成于 %2</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” could not be written: the PDF could not be started.</source>
        <translation>无法写入“%1”：PDF无法创建。</translation>
    </message>
</context>
<context>
    <name>zhibiao::PeerFigureEditor</name>
    <message>
        <source>This cell takes no figure.</source>
        <translation>此单元格不能填数。</translation>
    </message>
    <message>
        <source>Enter %1</source>
        <extracomment>Undo menu text; %1 names a cell of the city&apos;s table</extracomment>
        <translation>录入 %1</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>清除 %1</translation>
    </message>
    <message>
        <source>The pasted block reaches beyond the table (row %1, column %2 of the block).</source>
        <translation>粘贴的数据块超出了表格范围（数据块第 %1 行第 %2 列）。</translation>
    </message>
    <message>
        <source>The unit column</source>
        <translation>单位列</translation>
    </message>
    <message>
        <source>%1: this cell takes no figure.</source>
        <translation>%1：此单元格不能填数。</translation>
    </message>
    <message>
        <source>Nothing was pasted:</source>
        <translation>未粘贴任何数据：</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n figure(s) of the city&apos;s table</source>
        <extracomment>Undo menu text</extracomment>
        <translation>
            <numerusform>粘贴全市对比表的 %n 个数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n figure(s) of the city&apos;s table</source>
        <extracomment>Undo menu text</extracomment>
        <translation>
            <numerusform>清除全市对比表的 %n 个数据</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zhibiao::PeerGridModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>A cell of the city&apos;s comparison table: unit · indicator · period</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Our district</source>
        <translation>本区</translation>
    </message>
    <message>
        <source>The city as a whole: the others&apos; growth is measured against it</source>
        <translation>全市：其他单位的增速与之比较</translation>
    </message>
    <message>
        <source>Not published for %1</source>
        <translation>%1不公布</translation>
    </message>
    <message>
        <source>Amount: %1 %2</source>
        <translation>总量：%1 %2</translation>
    </message>
    <message>
        <source>Published rank: %1</source>
        <translation>公布位次：%1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>%1
growth %</source>
        <extracomment>Column header of the city&apos;s comparison table: an indicator&apos;s growth</extracomment>
        <translation>%1
增速(%)</translation>
    </message>
    <message>
        <source>Year-to-date growth over the same period last year, in %</source>
        <translation>累计比上年同期增长（%）</translation>
    </message>
</context>
<context>
    <name>zhibiao::PeerImportPlan</name>
    <message>
        <source>The city&apos;s table names units but none of the indicators this database tracks; nothing to import.</source>
        <translation>全市对比表列出了各单位，但没有本数据库跟踪的指标；没有可导入的数据。</translation>
    </message>
    <message>
        <source>The title of the city&apos;s table names no year and period (such as “2022年1-6月”): give them with --year and --period.</source>
        <translation>全市对比表的标题中没有年份和时期（如“2022年1-6月”）：请用 --year 和 --period 指定。</translation>
    </message>
    <message>
        <source>%1, %2: the city&apos;s table gives %3 a growth of %4, the figure entered here is %5.</source>
        <translation>%1，%2：全市对比表中%3增长%4，本处录入的数据为%5。</translation>
    </message>
    <message>
        <source>%1, %2: the city&apos;s table gives %3 %4, the figure entered here is %5.</source>
        <translation>%1，%2：全市对比表中%3为%4，本处录入的数据为%5。</translation>
    </message>
    <message>
        <source>%1, %2: the city&apos;s table puts %3 in place %4, its growth in the table puts it in place %5.</source>
        <translation>%1，%2：全市对比表中%3居第%4位，按表中增速应居第%5位。</translation>
    </message>
    <message numerus="yes">
        <source>%1: the city&apos;s comparison table for %2 %3 (%n unit figure(s)).</source>
        <translation>
            <numerusform>%1：%2年%3全市对比表（%n 个单位数据）。</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1; revised: %2; unchanged: %3.</source>
        <translation>新增：%1；修订：%2；未变：%3。</translation>
    </message>
    <message>
        <source>Not units of this city, not imported: %1</source>
        <translation>不是本市的单位，未导入：%1</translation>
    </message>
    <message>
        <source>Not indicators of this database, or not saying whether growth, amount or rank, not imported: %1</source>
        <translation>不是本数据库的指标，或未说明是增速、总量还是位次，未导入：%1</translation>
    </message>
    <message>
        <source>Row %1 not read: %2</source>
        <translation>第 %1 行未读取：%2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>提醒：%1</translation>
    </message>
</context>
<context>
    <name>zhibiao::PeerTableReader</name>
    <message>
        <source>“%1” is not a rank (位次) of %2.</source>
        <translation>“%1”不是%2的位次。</translation>
    </message>
    <message>
        <source>“%1” is not a figure of %2: %3</source>
        <translation>“%1”不是%2的数据：%3</translation>
    </message>
    <message>
        <source>column %1 (no header)</source>
        <translation>第 %1 列（无表头）</translation>
    </message>
</context>
<context>
    <name>zhibiao::PeopleRepository</name>
    <message>
        <source>A single desk&apos;s file has no people: its one user holds every role. People are added to a server database (docs/approval.md).</source>
        <translation>单机文件没有人员设置：唯一的用户拥有全部角色。人员只能添加到服务器数据库（见 docs/approval.md）。</translation>
    </message>
    <message>
        <source>Give the person&apos;s login name.</source>
        <translation>请给出此人的登录名。</translation>
    </message>
    <message>
        <source>A clerk enters the figures of one unit: say which with --unit.</source>
        <translation>填报员只填报一个单位的数据：请用 --unit 指定单位。</translation>
    </message>
    <message>
        <source>There is no responsible unit “%1”.</source>
        <translation>没有责任单位“%1”。</translation>
    </message>
    <message>
        <source>%1 owns this database&apos;s tables (or is a superuser): it is always an administrator. Give each person a login of their own.</source>
        <translation>%1 是本数据库数据表的所有者（或超级用户），始终是管理员。请为每个人设置各自的登录名。</translation>
    </message>
    <message>
        <source>There is no person “%1” in this database.</source>
        <translation>本数据库中没有人员“%1”。</translation>
    </message>
</context>
<context>
    <name>zhibiao::PeriodTextReader</name>
    <message>
        <source>“%1” is not a year-to-date period: figures are stored as totals from January (1-5月, 一季度, 上半年, 前三季度, 全年).</source>
        <translation>“%1”不是累计时期：数据按自1月起的累计保存（1-5月、一季度、上半年、前三季度、全年）。</translation>
    </message>
</context>
<context>
    <name>zhibiao::Progress</name>
    <message>
        <source>%1, %2: the published growth %3% differs from %4% computed from the amounts.</source>
        <extracomment>%1 indicator name, %2 period, %3 published growth, %4 growth computed from the amounts</extracomment>
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
    <message>
        <source>Not achieved</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>zhibiao::ProgressChartBuilder</name>
    <message>
        <source>Growth, year to date (%)</source>
        <translation>累计增速（%）</translation>
    </message>
    <message>
        <source>Share of the year (%)</source>
        <extracomment>Axis of a chart of completion and time progress, both in % of the year&apos;s</extracomment>
        <translation>占全年比例（%）</translation>
    </message>
    <message>
        <source>Level (%1)</source>
        <extracomment>Axis of a chart of levels, e.g. &quot;Level (μg/m³)&quot;</extracomment>
        <translation>水平（%1）</translation>
    </message>
    <message>
        <source>Year to date, by quarter</source>
        <translation>分季度累计</translation>
    </message>
    <message>
        <source>Year to date, by month</source>
        <translation>逐月累计</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>zhibiao::ProgressFormat</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A number and its unit, e.g. &quot;54,000 万元&quot;. Chinese writes them without a space: &quot;%1%2&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <extracomment>A difference of growth rates or percentages: &quot;+0.1 pp&quot;. Chinese: &quot;%1个百分点&quot;.</extracomment>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>No figures of %1 up to %2 yet.</source>
        <extracomment>%1 indicator name, %2 period such as &quot;Jan–Jun&quot;</extracomment>
        <translation>截至%2尚无%1的数据。</translation>
    </message>
    <message>
        <source>The city-set target figure for %1 has not been entered yet.</source>
        <extracomment>%1 indicator name. The city announces some target figures during the year.</extracomment>
        <translation>%1的市定目标数尚未录入。</translation>
    </message>
    <message>
        <source>No figure of %1 for %2 yet.</source>
        <extracomment>%1 the reference series (e.g. the city&apos;s unemployment rate), %2 period</extracomment>
        <translation>%2尚无%1的数据。</translation>
    </message>
    <message>
        <source>Last year&apos;s figures of %1 are missing, so there is nothing to compare with.</source>
        <extracomment>%1 indicator name</extracomment>
        <translation>缺少%1的上年数据，无法比较。</translation>
    </message>
    <message>
        <source>No figure for %1 yet: the latest is for %2.</source>
        <extracomment>%1 the period chosen, %2 the period of the latest figure, e.g. &quot;Jan–Dec&quot;, &quot;Jan–Jun&quot;</extracomment>
        <translation>还没有%1的数据：最新数据为%2。</translation>
    </message>
</context>
<context>
    <name>zhibiao::ProgressTableModel</name>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Column header: a series name and its unit, e.g. &quot;Completion (%)&quot;.</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>zhibiao::RawTable</name>
    <message>
        <source>The file is too large to import.</source>
        <translation>文件太大，无法导入。</translation>
    </message>
</context>
<context>
    <name>zhibiao::ReadOnlyNotice</name>
    <message>
        <source>This file is read-only: you can view and export it but not change it.</source>
        <translation>此文件只读：可以查看和导出，不能修改。</translation>
    </message>
    <message>
        <source>Not available: this file is read-only.</source>
        <translation>不可用：此文件只读。</translation>
    </message>
</context>
<context>
    <name>zhibiao::RecentFilesMenu</name>
    <message>
        <source>%1 (missing)</source>
        <extracomment>File → Open Recent: a file that is no longer there. %1 its path</extracomment>
        <translation>%1（已不存在）</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>无最近打开的文件</translation>
    </message>
    <message>
        <source>Remove missing files from the list</source>
        <translation>从列表中移除已不存在的文件</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
</context>
<context>
    <name>zhibiao::ReportContent</name>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Lights: %1.</source>
        <extracomment>Under the summary table: what the yellow light allows, e.g. &quot;Lights: yellow: behind by no more than 1 …&quot;</extracomment>
        <translation>预警灯：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Where the district stands in the city</source>
        <translation>在全市的位次</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <extracomment>Heading of a target&apos;s section: &quot;1. GDP: 增长8.5%&quot;</extracomment>
        <translation>%1. %2：%3</translation>
    </message>
    <message>
        <source>Notes entered with the figures</source>
        <translation>数据备注</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <extracomment>A note in the report: &quot;1-6月 · GDP: text of the note&quot;</extracomment>
        <translation>%1 · %2：%3</translation>
    </message>
</context>
<context>
    <name>zhibiao::ReportFlow</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Page footer of the PDF summary: &quot;Page 2 of 5&quot;</extracomment>
        <translation>第%1页，共%2页</translation>
    </message>
</context>
<context>
    <name>zhibiao::ReportSubcommand</name>
    <message>
        <source>Writes the PDF summary of a year&apos;s targets for a leadership meeting: a table of every target, then each target&apos;s quarterly chart, figures and notes.</source>
        <translation>生成某年度目标完成情况的PDF汇报材料：先是全部目标的汇总表，然后是每项目标的分季度图表、数据和备注。</translation>
    </message>
    <message>
        <source>Writes the summary report of a year&apos;s targets for a leadership meeting, as a PDF or as an OpenDocument text (.odt) to edit in WPS, Word or LibreOffice: the analysis, a table of every target with its light, where the district stands in the city, then each target&apos;s quarterly chart, figures and notes.</source>
        <translation>写出供领导会议使用的全年目标汇总报告，格式为 PDF，或可在 WPS、Word、LibreOffice 中编辑的 OpenDocument 文本（.odt）：分析、各项目标及其预警灯一览表、在全市的位次，然后是每项目标的分季度图表、数据和备注。</translation>
    </message>
    <message>
        <source>Run zhibiao %1 --help for usage.</source>
        <translation>用法请运行 zhibiao %1 --help。</translation>
    </message>
    <message>
        <source>The year of the targets.</source>
        <translation>目标所属年份。</translation>
    </message>
    <message>
        <source>Say which year to report with --year.</source>
        <translation>请用 --year 指定年份。</translation>
    </message>
    <message>
        <source>The period the figures run to: a month 1-12 or a period such as 1-6月 or 上半年 (default: the latest month with figures).</source>
        <translation>数据截至的期间：月份 1-12，或 1-6月、上半年 等期间（默认：有数据的最近月份）。</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的PDF文件。</translation>
    </message>
    <message>
        <source>The file to write: .pdf or .odt.</source>
        <translation>要写入的文件：.pdf 或 .odt。</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>“%1” is not a period: give a month from 1 to 12 or a period such as 1-6月.</source>
        <translation>“%1”不是期间：请给出 1 到 12 的月份，或 1-6月 这样的期间。</translation>
    </message>
    <message>
        <source>Name the file to write with -o, e.g. -o summary-%1.pdf.</source>
        <translation>请用 -o 指定要写入的文件，例如 -o summary-%1.pdf。</translation>
    </message>
    <message>
        <source>Name the file to write with -o, e.g. -o summary-%1.pdf or -o summary-%1.odt.</source>
        <translation>请用 -o 指定要写入的文件，例如 -o summary-%1.pdf 或 -o summary-%1.odt。</translation>
    </message>
    <message>
        <source>“%1” should end in .pdf.</source>
        <translation>“%1”的扩展名应为 .pdf。</translation>
    </message>
    <message>
        <source>“%1” should end in .pdf or .odt.</source>
        <translation>“%1”的扩展名应为 .pdf 或 .odt。</translation>
    </message>
    <message>
        <source>Wrote “%1”: %2 pages on the %3 targets of %4 as of %5.</source>
        <extracomment>%1 file, %2 number of pages, %3 number of targets, %4 year, %5 period such as 1-6月</extracomment>
        <translation>已写入“%1”：共%2页，%4年%3项目标，截至%5。</translation>
    </message>
    <message>
        <source>Wrote “%1”: the %2 targets of %3 as of %4, to edit in a word processor.</source>
        <extracomment>%1 file, %2 number of targets, %3 year, %4 period such as 1-6月</extracomment>
        <translation>已写入“%1”：%3年%2项目标，截至%4，可在文字处理软件中编辑。</translation>
    </message>
</context>
<context>
    <name>zhibiao::RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet. Zhibiao backs it up the first time it opens it each day and before updating its data format, into %2.</source>
        <translation>%1 还没有备份。指标每天首次打开它时以及更新其数据格式前都会备份，备份保存在 %2。</translation>
    </message>
    <message>
        <source>Backups of %1, kept in %2 (the newest %3). Restoring one replaces all figures and targets with the backup&apos;s; the current state is backed up first.</source>
        <translation>%1 的备份，保存在 %2（保留最新的 %3 份）。恢复会用备份中的数据替换全部数据和目标；恢复前会先备份当前状态。</translation>
    </message>
    <message>
        <source>Can be restored</source>
        <translation>可以恢复</translation>
    </message>
    <message>
        <source>Replace all figures and targets in %2 with the backup of %1?

The current state is backed up first, so you can go back to it by restoring that backup.</source>
        <extracomment>%1 date and time of the backup, %2 database file</extracomment>
        <translation>用 %1 的备份替换 %2 中的全部数据和目标吗？

当前状态会先行备份，之后恢复那份备份即可回到现在的状态。</translation>
    </message>
</context>
<context>
    <name>zhibiao::RevisionHistoryDialog</name>
    <message>
        <source>Revision history</source>
        <translation>修订历史</translation>
    </message>
</context>
<context>
    <name>zhibiao::RevisionHistoryModel</name>
    <message>
        <source>(cleared)</source>
        <translation>（已清除）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>zhibiao::ServerSubcommand</name>
    <message>
        <source>Prepared %1 for Zhibiao (data format %2), with the targets of %3.</source>
        <translation>已为指标准备好 %1（数据格式 %2），并载入%3的目标。</translation>
    </message>
    <message>
        <source>Brought %1 up to date: data format %2, was %3.</source>
        <translation>已更新 %1：数据格式 %2，原为 %3。</translation>
    </message>
    <message>
        <source>%1 is up to date (data format %2); nothing was changed.</source>
        <translation>%1 已是最新（数据格式 %2）；未做任何更改。</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 figure revisions from %4 entries and imports, and %5 targets.</source>
        <extracomment>%1 file, %2 server database, %3 revisions, %4 change sets, %5 targets</extracomment>
        <translation>已将 %1 复制到 %2：%4 次录入和导入中的 %3 条数据修订，以及 %5 项目标。</translation>
    </message>
    <message>
        <source>Prepares an office&apos;s PostgreSQL database for Zhibiao (docs/server.md).
  init    create the schema in an empty database and seed it, or bring an older one up to date
  upload  copy a desk&apos;s database file, every figure and stamp, into an empty one</source>
        <translation>为指标准备单位的 PostgreSQL 数据库（见 docs/server.md）。
  init    在空数据库中建立表结构并载入初始数据，或将旧版数据库更新
  upload  将本机的数据库文件（全部数据及录入记录）复制到空数据库中</translation>
    </message>
    <message>
        <source>Run zhibiao server --help for usage.</source>
        <translation>运行 zhibiao server --help 查看用法。</translation>
    </message>
    <message>
        <source>For upload: the database FILE to copy.</source>
        <translation>用于 upload：要复制的数据库文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>init or upload.</source>
        <translation>init 或 upload。</translation>
    </message>
    <message>
        <source>Say what to do: zhibiao server init or zhibiao server upload.</source>
        <translation>请说明要做什么：zhibiao server init 或 zhibiao server upload。</translation>
    </message>
    <message>
        <source>Name the server&apos;s database with --db postgresql://[user@]host/name.</source>
        <translation>请用 --db postgresql://[用户@]主机/库名 指定服务器上的数据库。</translation>
    </message>
    <message>
        <source>--db names a file; server %1 works on a database on a server, postgresql://[user@]host/name. A file is prepared when it is first opened.</source>
        <translation>--db 指定的是文件；server %1 只用于服务器上的数据库 postgresql://[用户@]主机/库名。文件在首次打开时自动准备。</translation>
    </message>
    <message>
        <source>--from is for upload.</source>
        <translation>--from 仅用于 upload。</translation>
    </message>
    <message>
        <source>Name the file to copy with --from FILE.</source>
        <translation>请用 --from FILE 指定要复制的文件。</translation>
    </message>
</context>
<context>
    <name>zhibiao::SqliteHandle</name>
    <message>
        <source>The database connection is not an open SQLite connection.</source>
        <translation>数据库连接不是已打开的 SQLite 连接。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>A database operation failed: %1</source>
        <translation>数据库操作失败：%1</translation>
    </message>
    <message>
        <source>The copy could not start: %1</source>
        <translation>无法开始复制：%1</translation>
    </message>
    <message>
        <source>The copy failed: %1</source>
        <translation>复制失败：%1</translation>
    </message>
</context>
<context>
    <name>zhibiao::StandingText</name>
    <message>
        <source>level with the city average</source>
        <translation>与全市平均持平</translation>
    </message>
    <message>
        <source>%1 points above the city average</source>
        <translation>高于全市平均%1个百分点</translation>
    </message>
    <message>
        <source>%1 points below the city average</source>
        <translation>低于全市平均%1个百分点</translation>
    </message>
    <message>
        <source>the same place as in %1</source>
        <translation>位次与%1持平</translation>
    </message>
    <message numerus="yes">
        <source>up %n place(s) since %1</source>
        <translation>
            <numerusform>比%1前移%n位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>down %n place(s) since %1</source>
        <translation>
            <numerusform>比%1后移%n位</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Joins the clauses of the district&apos;s standing: &quot;3rd of 9 in the city, 0.9 points above …&quot;; Chinese &quot;，&quot;.</extracomment>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 of %2 in the city</source>
        <extracomment>The district&apos;s rank among the city&apos;s county-level units: %1 the rank (an ordinal in English, &quot;3rd&quot;; a number in Chinese), %2 how many units. Chinese &quot;居全市第%1位（共%2个）&quot;.</extracomment>
        <translation>居全市第%1位（共%2个）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>One step of the rank&apos;s path by quarter: %1 the quarter (&quot;H1&quot;), %2 the rank (an ordinal in English, &quot;3rd&quot;; a number in Chinese). Chinese &quot;%1 第%2位&quot;.</extracomment>
        <translation>%1 第%2位</translation>
    </message>
</context>
<context>
    <name>zhibiao::StatusSheet</name>
    <message>
        <source>Status of the %1 targets as of %2</source>
        <extracomment>%1 year, %2 period such as 1-5月</extracomment>
        <translation>%1年目标完成情况（截至%2）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>目标表述</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>考核指标</translation>
    </message>
    <message>
        <source>Figures of</source>
        <translation>数据期</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Target figure</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Criterion status</source>
        <translation>指标状态</translation>
    </message>
    <message>
        <source>Target status</source>
        <comment>name of the sheet</comment>
        <translation>目标完成情况</translation>
    </message>
    <message>
        <source>Target status</source>
        <comment>column: the status of the whole target</comment>
        <translation>目标完成情况</translation>
    </message>
    <message>
        <source>Warning light</source>
        <translation>预警灯</translation>
    </message>
    <message>
        <source>Light threshold</source>
        <translation>黄灯阈值</translation>
    </message>
    <message>
        <source>Rank in city</source>
        <translation>全市位次</translation>
    </message>
    <message>
        <source>Units ranked</source>
        <translation>参与排名单位数</translation>
    </message>
    <message>
        <source>Gap to city (pp)</source>
        <comment>column: growth minus the city&apos;s, in percentage points</comment>
        <translation>与全市差距（百分点）</translation>
    </message>
    <message>
        <source>City table of</source>
        <comment>column: the period of the city&apos;s comparison table</comment>
        <translation>全市对比期间</translation>
    </message>
</context>
<context>
    <name>zhibiao::SummaryReport</name>
    <message>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>The database has no targets for %1, nor for any other year.</source>
        <translation>数据库中没有%1年的目标，也没有其他年份的目标。</translation>
    </message>
    <message>
        <source>The database has no targets for %1. It has targets for: %2.</source>
        <translation>数据库中没有%1年的目标。已有目标的年份：%2。</translation>
    </message>
    <message>
        <source>%1: main economic targets %2, as of the end of %3</source>
        <extracomment>Title of the PDF summary. %1 district, %2 year, %3 month the figures run to (&quot;June&quot;; in Chinese &quot;6月&quot;)</extracomment>
        <translation>%1%2年主要经济指标完成情况（截至%3）</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <extracomment>%1 date and time the PDF was made</extracomment>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>目标表述</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>参照指标</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Completion / time progress</source>
        <translation>完成进度 / 时间进度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A named figure: &quot;Same period last year: 41 μg/m³&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增速</translation>
    </message>
    <message>
        <source>Rank in the city</source>
        <translation>全市位次</translation>
    </message>
    <message>
        <source>City</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>Against the city</source>
        <translation>与全市比较</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>位次变化</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>zhibiao::TableFile</name>
    <message>
        <source>tab-separated</source>
        <translation>制表符分隔</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>分号分隔</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>逗号分隔</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is an old Excel 97-2003 file (.xls). Open it in Excel or WPS and save it as .xlsx or CSV.</source>
        <translation>“%1”是旧版 Excel 97-2003 文件（.xls）。请用 Excel 或 WPS 打开并另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 encoding such as UTF-8, %2 &quot;comma-separated&quot; or &quot;tab-separated&quot;</extracomment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>zhibiao::TargetDetailView</name>
    <message>
        <source>← All targets</source>
        <extracomment>Back from a target&apos;s detail to the dashboard&apos;s tiles</extracomment>
        <translation>← 全部目标</translation>
    </message>
    <message>
        <source>Back to the dashboard (Esc)</source>
        <translation>返回仪表板（Esc）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Detail heading: target title and the target as written, e.g. &quot;GDP: 增长8.5%&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>As of %1</source>
        <extracomment>%1 the period the verdict is for, e.g. &quot;Jan–Jun&quot;</extracomment>
        <translation>截至%1</translation>
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
<context>
    <name>zhibiao::TargetTile</name>
    <message>
        <source>This year&apos;s figures at the quarter ends (solid) against what they are judged by (dashed)</source>
        <translation>本年各季末数据（实线）与评判基准（虚线）</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n figure(s) to check</source>
        <translation>
            <numerusform>⚠ %n 个数据需核对</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the quarterly chart of “%1”</source>
        <extracomment>Tooltip of a dashboard tile</extracomment>
        <translation>打开“%1”的分季度图表</translation>
    </message>
    <message>
        <source>Figure for %1</source>
        <extracomment>Under the figure on a tile: the period it is for, e.g. &quot;Jan–Jun&quot;.</extracomment>
        <translation>%1数据</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A named figure on a tile: &quot;Same period last year: 41 μg/m³&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Gap %1</source>
        <extracomment>The gap to the target on a tile: &quot;Gap +0.1 pp&quot;; + is always good news.</extracomment>
        <translation>差距 %1</translation>
    </message>
    <message>
        <source>Completion %1 · time progress %2</source>
        <translation>完成 %1 · 时间进度 %2</translation>
    </message>
    <message>
        <source>%1 city comparison</source>
        <extracomment>Above the district&apos;s rank on a tile when the city&apos;s latest table is of an earlier period than the tile&apos;s, e.g. &quot;Jan–Jun city comparison&quot; (1-6月全市对比)</extracomment>
        <translation>%1全市对比</translation>
    </message>
</context>
<context>
    <name>zhibiao::TargetsEditor</name>
    <message>
        <source>A target needs a title and a statement; the text was not changed.</source>
        <translation>目标需要名称和表述，文字未修改。</translation>
    </message>
    <message>
        <source>Edit target %1</source>
        <translation>修改目标 %1</translation>
    </message>
    <message>
        <source>Enter a decline as a positive figure: “decline of at least 3” means −3%.</source>
        <translation>下降幅度请填正数：“下降不少于3”即 −3%。</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>新目标</translation>
    </message>
    <message>
        <source>Grow by 0%</source>
        <translation>增长0%</translation>
    </message>
    <message>
        <source>Add target %1</source>
        <translation>新增目标 %1</translation>
    </message>
    <message>
        <source>Remove target %1</source>
        <translation>删除目标 %1</translation>
    </message>
    <message>
        <source>A target is judged on at least one criterion; remove the target instead.</source>
        <translation>每项目标至少要有一个考核条件；如不需要请删除该目标。</translation>
    </message>
    <message>
        <source>%1 already has targets; they were left as they are.</source>
        <translation>%1年已有目标，未作改动。</translation>
    </message>
    <message>
        <source>Copy the targets of %1 to %2</source>
        <translation>将%1年目标复制到%2年</translation>
    </message>
    <message>
        <source>A growth target needs its figure, e.g. 8.5 for “增长8.5%”.</source>
        <translation>增长目标需要填写数值，如“增长8.5%”填 8.5。</translation>
    </message>
    <message>
        <source>“%1” is not a number: enter the yellow light&apos;s threshold as a number such as 0.5, or leave it empty for the default. The threshold was not changed.</source>
        <extracomment>%1 what was typed</extracomment>
        <translation>“%1”不是数字：黄灯阈值请输入数字，如0.5，或留空使用默认值。阈值未更改。</translation>
    </message>
    <message>
        <source>The yellow light&apos;s threshold cannot be negative (“%1”): it says how far behind the target still reads yellow. The threshold was not changed.</source>
        <translation>黄灯阈值不能为负数（“%1”）：它表示落后目标多少以内仍亮黄灯。阈值未更改。</translation>
    </message>
</context>
<context>
    <name>zhibiao::TargetsPage</name>
    <message>
        <source>&lt;b&gt;Judged on&lt;/b&gt; (target %1: %2)</source>
        <translation>&lt;b&gt;考核条件&lt;/b&gt;（目标 %1：%2）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Judged on&lt;/b&gt;</source>
        <translation>&lt;b&gt;考核条件&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>新增目标</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>新增考核条件</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>删除考核条件</translation>
    </message>
    <message>
        <source>Copy to next year</source>
        <translation>复制到下一年</translation>
    </message>
    <message>
        <source>Start next year&apos;s targets as a copy of this year&apos;s</source>
        <translation>以本年目标为基础建立下一年目标</translation>
    </message>
</context>
<context>
    <name>zhibiao::TextDecoding</name>
    <message>
        <source>“%1” is neither UTF-8 nor GBK text. Save it from Excel as CSV, or as an .xlsx workbook.</source>
        <translation>“%1”既不是 UTF-8 也不是 GBK 文本。请在 Excel 中另存为 CSV 或 .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>“%1” is not valid %2 text. Try another encoding, or leave the choice to Zhibiao.</source>
        <translation>“%1”不是有效的 %2 文本。请换一种编码，或交由程序自动识别。</translation>
    </message>
    <message>
        <source>“%1” looks like GBK text, but this build of Qt cannot read GBK (it was built without ICU). Save the file as UTF-8 CSV.</source>
        <translation>“%1”似乎是 GBK 文本，但本程序所用的 Qt 不支持 GBK（编译时未启用 ICU）。请将文件另存为 UTF-8 CSV。</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>自动识别</translation>
    </message>
</context>
<context>
    <name>zhibiao::UserGuideDialog</name>
    <message>
        <source>Zhibiao user guide</source>
        <translation>指标用户指南</translation>
    </message>
</context>
<context>
    <name>zhibiao::UserSubcommand</name>
    <message>
        <source>No people yet: add them with zhibiao user add. The owner of the database&apos;s tables is its administrator.</source>
        <translation>尚无人员：请用 zhibiao user add 添加。数据表的所有者是本数据库的管理员。</translation>
    </message>
    <message>
        <source>(cannot log in to the server)</source>
        <translation>（不能登录服务器）</translation>
    </message>
    <message>
        <source>Manages the people of a server database, each their own PostgreSQL login (docs/approval.md).
  add NAME     add a person, or change their role and unit
  list         list the people, their roles and units
  remove NAME  take a person and their permissions out of the database</source>
        <translation>管理服务器数据库的人员，每人使用自己的 PostgreSQL 登录名（见 docs/approval.md）。
  add NAME     添加人员，或修改其角色和单位
  list         列出人员及其角色和单位
  remove NAME  从数据库中移除人员及其权限</translation>
    </message>
    <message>
        <source>Run zhibiao user --help for usage.</source>
        <translation>运行 zhibiao user --help 查看用法。</translation>
    </message>
    <message>
        <source>For add: clerk, reviewer, viewer or admin.</source>
        <translation>用于 add：clerk（填报员）、reviewer（审核员）、viewer（查看者）或 admin（管理员）。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>For add: a clerk&apos;s unit (its code or name).</source>
        <translation>用于 add：填报员所属单位（代码或名称）。</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>For add: set the login&apos;s password, read from standard input (never give it here).</source>
        <translation>用于 add：设置登录密码，从标准输入读取（切勿写在命令行上）。</translation>
    </message>
    <message>
        <source>add, list or remove, and the login NAME.</source>
        <translation>add、list 或 remove，以及登录名 NAME。</translation>
    </message>
    <message>
        <source>Say what to do: add, list or remove.</source>
        <translation>请说明操作：add、list 或 remove。</translation>
    </message>
    <message>
        <source>zhibiao user list takes no names.</source>
        <translation>zhibiao user list 不接受登录名。</translation>
    </message>
    <message>
        <source>Give one login NAME after %1.</source>
        <translation>请在 %1 后给出一个登录名 NAME。</translation>
    </message>
    <message>
        <source>Say which role with --role: clerk, reviewer, viewer or admin.</source>
        <translation>请用 --role 指定角色：clerk、reviewer、viewer 或 admin。</translation>
    </message>
    <message>
        <source>“%1” is not a role: give clerk, reviewer, viewer or admin.</source>
        <translation>“%1”不是角色：请给出 clerk、reviewer、viewer 或 admin。</translation>
    </message>
    <message>
        <source>A clerk enters the figures of one unit: say which with --unit.</source>
        <translation>填报员只填报一个单位的数据：请用 --unit 指定单位。</translation>
    </message>
    <message>
        <source>Only a clerk has a unit: leave out --unit for a %1.</source>
        <translation>只有填报员属于单位：%1不需要 --unit。</translation>
    </message>
    <message>
        <source>--role, --unit and --password are for zhibiao user add.</source>
        <translation>--role、--unit 和 --password 只用于 zhibiao user add。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>标准输入中没有给出密码。</translation>
    </message>
    <message>
        <source>%1 is a single desk&apos;s file: it has no people, and its one user holds every role.</source>
        <translation>%1 是单机文件：没有人员设置，唯一的用户拥有全部角色。</translation>
    </message>
    <message>
        <source>Removed %1 from %2: the login stays on the server but may no longer read or change anything here.</source>
        <translation>已从 %2 移除 %1：该登录名仍在服务器上，但不能再查看或修改这里的任何内容。</translation>
    </message>
    <message>
        <source>There is no responsible unit “%1”. Nothing was changed.</source>
        <translation>没有责任单位“%1”。未作任何修改。</translation>
    </message>
    <message>
        <source>%1 is now a %2 in %3.</source>
        <extracomment>%1 login, %2 role, %3 database</extracomment>
        <translation>%1 现在是 %3 的%2。</translation>
    </message>
    <message>
        <source>Unit: %1.</source>
        <translation>单位：%1。</translation>
    </message>
</context>
<context>
    <name>zhibiao::WarningLight</name>
    <message>
        <source>● Green</source>
        <translation>● 绿灯</translation>
    </message>
    <message>
        <source>▲ Yellow</source>
        <translation>▲ 黄灯</translation>
    </message>
    <message>
        <source>■ Red</source>
        <translation>■ 红灯</translation>
    </message>
    <message>
        <source>○ Grey</source>
        <translation>○ 灰灯</translation>
    </message>
    <message>
        <source>yellow: behind by no more than %1 percentage points</source>
        <translation>黄灯：落后不超过%1个百分点</translation>
    </message>
    <message>
        <source>yellow: behind time progress by no more than %1 points</source>
        <translation>黄灯：落后时间进度不超过%1个百分点</translation>
    </message>
    <message>
        <source>yellow: behind by no more than %1 %2</source>
        <extracomment>%1 a number, %2 the indicator&apos;s unit (&quot;μg/m³&quot;)</extracomment>
        <translation>黄灯：落后不超过%1%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 percentage point(s)</source>
        <comment>a threshold</comment>
        <translation>
            <numerusform>%1个百分点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 point(s) of time progress</source>
        <comment>a threshold</comment>
        <translation>
            <numerusform>时间进度%1个百分点</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a threshold in the indicator&apos;s unit</comment>
        <extracomment>%1 a threshold, %2 the indicator&apos;s unit (&quot;μg/m³&quot;)</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>default: %1% of the figure compared with</source>
        <extracomment>%1 a percentage such as 5: the default threshold of a level such as PM2.5</extracomment>
        <translation>默认 对比值的%1%</translation>
    </message>
    <message>
        <source>default: %1</source>
        <extracomment>%1 a threshold with its unit, &quot;1 percentage point&quot;</extracomment>
        <translation>默认 %1</translation>
    </message>
</context>
<context>
    <name>zhibiao::WindowWorkspace</name>
    <message>
        <source>Zhibiao</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Open for this desk alone</source>
        <translation>仅在本机打开</translation>
    </message>
</context>
<context>
    <name>zhibiao::XlsxExport</name>
    <message>
        <source>No temporary folder is available for writing the workbook: %1</source>
        <translation>没有可用于写入工作簿的临时文件夹：%1</translation>
    </message>
    <message>
        <source>The workbook could not be created.</source>
        <translation>无法创建工作簿。</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
</context>
<context>
    <name>zhibiao::XlsxReader</name>
    <message>
        <source>“%1” is not an Excel workbook (.xlsx) or cannot be read. Old .xls files must first be saved as .xlsx.</source>
        <translation>“%1”不是 Excel 工作簿（.xlsx）或无法读取。旧版 .xls 文件须先另存为 .xlsx。</translation>
    </message>
    <message>
        <source>“%1” is a damaged workbook: Excel or WPS may be able to repair it and save it again.</source>
        <translation>“%1”是损坏的工作簿：可尝试用 Excel 或 WPS 修复后重新保存。</translation>
    </message>
    <message>
        <source>“%1” has no sheet named “%2”.</source>
        <translation>“%1”中没有名为“%2”的工作表。</translation>
    </message>
    <message numerus="yes">
        <source>sheet “%1” of %n</source>
        <extracomment>%1 sheet name, %2 number of visible sheets in the workbook</extracomment>
        <translation>
            <numerusform>共 %n 张工作表中的“%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not read: one of its parts would unpack to more than %2 MB, far more than a sheet of figures needs; the file may be damaged, or made to fill the memory. If it is a genuine workbook, save the sheet as CSV in Excel or WPS and import that.</source>
        <extracomment>%2 is a whole number of megabytes</extracomment>
        <translation>未读取“%1”：其中某一部分解压后将超过 %2 MB，远超一张数据表所需；该文件可能已损坏，或是被故意制作来耗尽内存。如果这是正常的工作簿，请在 Excel 或 WPS 中将该工作表另存为 CSV 后再导入。</translation>
    </message>
</context>
<context>
    <name>zhibiao::XlsxWriterLibrary</name>
    <message>
        <source>Writing .xlsx needs libxlsxwriter %1 (Debian package libxlsxwriter4): %2</source>
        <translation>写入 .xlsx 需要 libxlsxwriter %1（Debian 软件包 libxlsxwriter4）：%2</translation>
    </message>
</context>
</TS>
