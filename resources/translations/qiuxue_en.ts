<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>关于求学圆梦桌面版</source>
        <translation>About Qiuxue Desktop</translation>
    </message>
    <message>
        <source>求学圆梦 桌面版</source>
        <translation>Qiuxue Desktop</translation>
    </message>
    <message>
        <source>版本 {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>为企业的求学圆梦行动办公室登记学员、管理学费报销并向平台上报数据。数据保存在本机，不需要联网。</source>
        <translation>Registers learners, manages tuition claims and reports to the platform for an enterprise&apos;s Qiuxue Yuanmeng programme office. The data stays on this computer; no internet connection is needed.</translation>
    </message>
    <message>
        <source>数据库：{db}
日志：{logs}
Python {py}，Qt {qt}，PySide6 {pyside}</source>
        <translation>Database: {db}
Logs: {logs}
Python {py}, Qt {qt}, PySide6 {pyside}</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>最近登录</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>每位同事用自己的账户登录，按角色只能做各自的工作；所有操作都记入审计日志。管理员只能设置临时密码，看不到任何人的密码。</source>
        <translation>Each colleague signs in with their own account and can only do the work of their role; every action is recorded in the audit log. Administrators can only set temporary passwords and never see anyone&apos;s password.</translation>
    </message>
    <message>
        <source>现在这个数据库还没有账户（一人一机）。添加的第一个账户必须是管理员；添加之后，每个人都要用自己的账户登录。</source>
        <translation>This database has no accounts yet (one person, one computer). The first account added must be an administrator; after that, everyone signs in with their own account.</translation>
    </message>
    <message>
        <source>添加账户…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <source>重置密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>修改角色…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <source>解除锁定</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>重新启用</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>，锁定到 {time}</source>
        <translation>, locked until {time}</translation>
    </message>
    <message>
        <source>，待改临时密码</source>
        <translation>, temporary password to change</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>导入花名册(&amp;I)…</source>
        <translation>&amp;Import roster…</translation>
    </message>
    <message>
        <source>导出花名册(&amp;E)…</source>
        <translation>&amp;Export roster…</translation>
    </message>
    <message>
        <source>下载花名册模板(&amp;T)…</source>
        <translation>Save roster &amp;template…</translation>
    </message>
    <message>
        <source>修改我的密码(&amp;W)…</source>
        <translation>Change my pass&amp;word…</translation>
    </message>
    <message>
        <source>退出登录 / 切换用户(&amp;U)…</source>
        <translation>Sign out / switch &amp;user…</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>新增学员(&amp;N)…</source>
        <translation>&amp;New learner…</translation>
    </message>
    <message>
        <source>编辑学员(&amp;E)…	Enter</source>
        <translation>&amp;Edit learner…	Enter</translation>
    </message>
    <message>
        <source>标记离职(&amp;L)…</source>
        <translation>Mark as &amp;left…</translation>
    </message>
    <message>
        <source>显示完整身份证号(&amp;R)</source>
        <translation>&amp;Reveal full ID number</translation>
    </message>
    <message>
        <source>学习情况(&amp;S)…</source>
        <translation>&amp;Study record…</translation>
    </message>
    <message>
        <source>关于求学圆梦桌面版(&amp;A)</source>
        <translation>&amp;About Qiuxue Desktop</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>添加账户</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>临时密码</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Type it again</translation>
    </message>
    <message>
        <source>新账户先用临时密码登录，登录时必须改成自己的密码。请把临时密码当面告诉同事。</source>
        <translation>A new account signs in with the temporary password first and must then change it to its own. Tell your colleague the temporary password in person.</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>AtRiskView</name>
    <message>
        <source>全部预警</source>
        <translation>All warnings</translation>
    </message>
    <message>
        <source>正在计算……</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <source>学习情况…</source>
        <translation>Study record…</translation>
    </message>
    <message>
        <source>预警类型</source>
        <translation>Warning type</translation>
    </message>
    <message>
        <source>没有需要预警的学籍。</source>
        <translation>No enrolment needs attention.</translation>
    </message>
    <message>
        <source>列出 {shown} 条，共 {total} 条学籍需要关注；双击一行查看学习情况。</source>
        <translation>Showing {shown} of {total} enrolments that need attention; double-click a row to see the study record.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>学员姓名、账户名，或记录编号（开头几位即可）</source>
        <translation>Learner name, account name, or record ID (the first few characters will do)</translation>
    </message>
    <message>
        <source>校验审计日志</source>
        <translation>Verify audit log</translation>
    </message>
    <message>
        <source>重新计算每一条的哈希：被改动或删除的第一条会被指出来。</source>
        <translation>Recalculates the hash of every entry: the first one changed or deleted is pointed out.</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>动作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>共 {n} 条</source>
        <translation>Entries: {n}</translation>
    </message>
    <message>
        <source>#{id}  {time}  {actor}  {action}  {table}</source>
        <translation>#{id}  {time}  {actor}  {action}  {table}</translation>
    </message>
    <message>
        <source>记录：{name}</source>
        <translation>Record: {name}</translation>
    </message>
    <message>
        <source>说明：{detail}</source>
        <translation>Note: {detail}</translation>
    </message>
    <message>
        <source>正在校验……</source>
        <translation>Verifying…</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>动作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>变更</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>AwardDialog</name>
    <message>
        <source>颁发优秀学员或荣誉证书</source>
        <translation>Award an outstanding learner or honour certificate</translation>
    </message>
    <message>
        <source>优秀学员</source>
        <translation>Outstanding learner</translation>
    </message>
    <message>
        <source>荣誉证书</source>
        <translation>Honour certificate</translation>
    </message>
    <message>
        <source>荣誉称号，如：优秀毕业生</source>
        <translation>Honorary title, e.g. Outstanding Graduate</translation>
    </message>
    <message>
        <source>输入姓名或拼音查找学员</source>
        <translation>Type a name or pinyin to find learners</translation>
    </message>
    <message>
        <source>颁发后立即打印</source>
        <translation>Print right after issuing</translation>
    </message>
    <message>
        <source>证书</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>荣誉称号</source>
        <translation>Honorary title</translation>
    </message>
    <message>
        <source>查找学员</source>
        <translation>Find learners</translation>
    </message>
    <message>
        <source>已选</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>颁发日期</source>
        <translation>Date issued</translation>
    </message>
    <message>
        <source>颁发</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>（在上面的查找结果中勾选）</source>
        <translation>(tick learners in the results above)</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>求学圆梦备份 (*.sqlite3 *.qxenc);;所有文件 (*)</source>
        <translation>Qiuxue backups (*.sqlite3 *.qxenc);;All files (*)</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>审计标记</source>
        <translation>Audit mark</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>自动备份：启动时和每 30 分钟（有改动时），以及导入、恢复和升级之前。保留最近 10 份、最近 7 天每天 1 份、4 周每周 1 份、12 个月每月 1 份。</source>
        <translation>Automatic backups: at start and every 30 minutes (when something changed), and before imports, restores and upgrades. Kept: the last 10, one a day for 7 days, one a week for 4 weeks, one a month for 12 months.</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>复制到…</source>
        <translation>Copy to…</translation>
    </message>
    <message>
        <source>恢复…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>从文件恢复…</source>
        <translation>Restore from file…</translation>
    </message>
    <message>
        <source>备份保存在：{folder}</source>
        <translation>Backups are kept in: {folder}</translation>
    </message>
    <message>
        <source>已备份</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <source>已备份到
{path}</source>
        <translation>Backed up to
{path}</translation>
    </message>
    <message>
        <source>正在备份</source>
        <translation>Backing up</translation>
    </message>
    <message>
        <source>（已加密）</source>
        <translation> (encrypted)</translation>
    </message>
    <message>
        <source>已复制</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>备份已复制到
{path}{how}</source>
        <translation>The backup was copied to
{path}{how}</translation>
    </message>
    <message>
        <source>正在复制备份</source>
        <translation>Copying the backup</translation>
    </message>
    <message>
        <source>{time}，{reason}，{size}</source>
        <translation>{time}, {reason}, {size}</translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation>Choose a backup file</translation>
    </message>
</context>
<context>
    <name>BarList</name>
    <message>
        <source>暂无数据</source>
        <translation>No data yet</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <source>设定预算</source>
        <translation>Set budget</translation>
    </message>
    <message>
        <source>元；空白表示不设预算</source>
        <translation>yuan; blank for no budget</translation>
    </message>
    <message>
        <source>{y}年预算（元）</source>
        <translation>Budget for {y} (yuan)</translation>
    </message>
    <message>
        <source>资助项目：{name}（{funder}，{source}）
本年审批中占用 {reserved}，已支付 {paid}。</source>
        <translation>Scheme: {name} ({funder}, {source})
This year {reserved} is reserved by claims in approval and {paid} has been paid.</translation>
    </message>
</context>
<context>
    <name>BudgetsTab</name>
    <message>
        <source> 年</source>
        <translation> </translation>
    </message>
    <message>
        <source>设定预算…</source>
        <translation>Set budget…</translation>
    </message>
    <message>
        <source>预算年度</source>
        <translation>Budget year</translation>
    </message>
    <message>
        <source>资助项目</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>资助方</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>资金来源</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>本年预算</source>
        <translation>Budget this year</translation>
    </message>
    <message>
        <source>审批中占用</source>
        <translation>Reserved in approval</translation>
    </message>
    <message>
        <source>已支付</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>余额</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>预算按报销明细所属的预算年度统计：审批中（已提交至公示中）的申请先占用预算，退回或作废后释放。没有设定预算的项目不受预算限制（显示为“—”）。</source>
        <translation>Budgets count the claim lines of their budget year: a claim in approval (submitted up to posting) reserves budget, released when it is returned or voided. A scheme without a budget is not limited (shown as &quot;—&quot;).</translation>
    </message>
    <message>
        <source>已超出预算</source>
        <translation>Over budget</translation>
    </message>
</context>
<context>
    <name>CertificatesTab</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>正文中可用的占位符：{姓名} {院校} {专业} {层次} {起止} {年份} {称号} {颁发日期}。留空则用默认文字。已颁发的证书保留颁发时的文字，改动只影响以后颁发的证书。</source>
        <translation>Placeholders for the text (typed in Chinese): {姓名} name, {院校} institution, {专业} programme, {层次} level, {起止} period, {年份} year, {称号} title, {颁发日期} date issued. Leave blank for the default wording. Certificates already issued keep their wording; a change only affects certificates issued later.</translation>
    </message>
    <message>
        <source>证书文字</source>
        <translation>Certificate wording</translation>
    </message>
    <message>
        <source>证书类别</source>
        <translation>Certificate kind</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>颁发单位</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>指纹</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>私钥所在电脑</source>
        <translation>Computer holding the private key</translation>
    </message>
    <message>
        <source>生成</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>本机</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>导出公钥…</source>
        <translation>Export public key…</translation>
    </message>
    <message>
        <source>每台颁发证书的电脑第一次颁发时生成自己的签名密钥：私钥只保存在那台电脑的用户数据目录中，公钥记在数据库里，所以打开这个数据库的每台电脑都能核验所有证书。</source>
        <translation>Each computer that issues certificates creates its own signing key the first time it issues one: the private key stays only in that computer&apos;s user data folder and the public key is recorded in the database, so every computer that opens this database can verify every certificate.</translation>
    </message>
    <message>
        <source>证书签名公钥</source>
        <translation>Certificate signing public keys</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>还没有颁发过证书，尚未生成签名密钥。</source>
        <translation>No certificate has been issued yet, so no signing key has been created.</translation>
    </message>
    <message>
        <source>导出公钥</source>
        <translation>Export public key</translation>
    </message>
    <message>
        <source>公钥已导出到 {path}</source>
        <translation>Public key exported to {path}</translation>
    </message>
    <message>
        <source>证书签名公钥.pem</source>
        <translation>certificate-signing-key.pem</translation>
    </message>
    <message>
        <source>PEM 文件 (*.pem)</source>
        <translation>PEM files (*.pem)</translation>
    </message>
</context>
<context>
    <name>CertificatesView</name>
    <message>
        <source>证书编号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>持证人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>院校与专业</source>
        <translation>Institution and programme</translation>
    </message>
    <message>
        <source>颁发日期</source>
        <translation>Date issued</translation>
    </message>
    <message>
        <source>颁发人</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>按证书编号、姓名或拼音查找</source>
        <translation>Find by certificate number, name or pinyin</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>全部年份</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>有效和作废</source>
        <translation>Valid and voided</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>颁发结业证书…</source>
        <translation>Issue completion certificates…</translation>
    </message>
    <message>
        <source>颁发优秀学员/荣誉证书…</source>
        <translation>Issue outstanding learner / honour certificates…</translation>
    </message>
    <message>
        <source>打印所选</source>
        <translation>Print selected</translation>
    </message>
    <message>
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <source>核验…</source>
        <translation>Verify…</translation>
    </message>
    <message>
        <source>已作废 {date}：{reason}</source>
        <translation>Voided {date}: {reason}</translation>
    </message>
    <message>
        <source>共 {n} 张，有效 {live} 张</source>
        <translation>Certificates: {n}, valid: {live}</translation>
    </message>
    <message>
        <source>颁发证书</source>
        <translation>Issue certificates</translation>
    </message>
    <message>
        <source>已颁发 {n} 张证书。</source>
        <translation>Certificates issued: {n}.</translation>
    </message>
    <message>
        <source>颁发结业证书</source>
        <translation>Issue completion certificates</translation>
    </message>
    <message>
        <source>没有尚未颁发结业证书的毕业或结业学籍。</source>
        <translation>Every graduated or completed enrolment already has its completion certificate.</translation>
    </message>
    <message>
        <source>正在颁发证书……</source>
        <translation>Issuing certificates…</translation>
    </message>
    <message>
        <source>打印证书</source>
        <translation>Print certificates</translation>
    </message>
    <message>
        <source>请先在列表中选中要打印的证书（已作废的不能打印）。</source>
        <translation>First select the certificates to print in the list (voided ones cannot be printed).</translation>
    </message>
    <message>
        <source>正在生成证书……</source>
        <translation>Making the certificates…</translation>
    </message>
    <message>
        <source>作废证书</source>
        <translation>Void certificate</translation>
    </message>
    <message>
        <source>请先选中一张有效的证书。</source>
        <translation>First select a valid certificate.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>管理员为您设置了临时密码。请先设置只有您自己知道的新密码（至少 8 个字符）。</source>
        <translation>An administrator set a temporary password for you. First choose a new password that only you know (at least 8 characters).</translation>
    </message>
    <message>
        <source>新密码至少 8 个字符。</source>
        <translation>The new password needs at least 8 characters.</translation>
    </message>
    <message>
        <source>原密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Type it again</translation>
    </message>
    <message>
        <source>退出登录</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>两次输入的新密码不一致。</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>ClaimEditor</name>
    <message>
        <source>资金来源</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>资助方／项目</source>
        <translation>Funder / scheme</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>计算规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>限额或条件</source>
        <translation>Cap or condition</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>办理</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>经办账户</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>签名人</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>报销申请</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>正在读取……</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>学员</source>
        <translation>Learner</translation>
    </message>
    <message>
        <source>院校专业</source>
        <translation>Institution and programme</translation>
    </message>
    <message>
        <source>票据</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>应分摊</source>
        <translation>To split</translation>
    </message>
    <message>
        <source>重新计算</source>
        <translation>Recalculate</translation>
    </message>
    <message>
        <source>手工调整</source>
        <translation>Adjust by hand</translation>
    </message>
    <message>
        <source>保存调整</source>
        <translation>Save adjustment</translation>
    </message>
    <message>
        <source>取消调整</source>
        <translation>Cancel adjustment</translation>
    </message>
    <message>
        <source>资金分摊</source>
        <translation>Funding split</translation>
    </message>
    <message>
        <source>如：中国农业银行苏州分行</source>
        <translation>e.g. Agricultural Bank of China, Suzhou branch</translation>
    </message>
    <message>
        <source>更改账号</source>
        <translation>Change account</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>开户行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>收款账号</source>
        <translation>Payee account</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>收款与备注</source>
        <translation>Payee and remarks</translation>
    </message>
    <message>
        <source>审批记录</source>
        <translation>Approval record</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>办理：</source>
        <translation>Act:</translation>
    </message>
    <message>
        <source>报销申请 {no} — {name}</source>
        <translation>Claim {no} — {name}</translation>
    </message>
    <message>
        <source>毕业补助</source>
        <translation>Graduation grant</translation>
    </message>
    <message>
        <source>学费报销</source>
        <translation>Tuition claim</translation>
    </message>
    <message>
        <source>已被 {no} 更正</source>
        <translation>Corrected by {no}</translation>
    </message>
    <message>
        <source>更正 {no}</source>
        <translation>Corrects {no}</translation>
    </message>
    <message>
        <source>{inst}&#x3000;{prog}（{level}）&#x3000;学号 {no}</source>
        <translation>{inst}  {prog} ({level})  Student no. {no}</translation>
    </message>
    <message>
        <source>{number}&#x3000;{issuer}&#x3000;{date}&#x3000;学期 {term}</source>
        <translation>{number}  {issuer}  {date}  Term {term}</translation>
    </message>
    <message>
        <source>毕业补助（毕业日期 {date}，学期 {term}）</source>
        <translation>Graduation grant (graduated {date}, term {term})</translation>
    </message>
    <message>
        <source>已作废：{reason}</source>
        <translation>Voided: {reason}</translation>
    </message>
    <message>
        <source>被退回：{reason}</source>
        <translation>Returned: {reason}</translation>
    </message>
    <message>
        <source>公示 {start} 至 {end}，{first} 起可支付</source>
        <translation>Posted {start} to {end}; payable from {first}</translation>
    </message>
    <message>
        <source>学员本人</source>
        <translation>The learner</translation>
    </message>
    <message>
        <source>{funder}／{scheme}</source>
        <translation>{funder} / {scheme}</translation>
    </message>
    <message>
        <source>须服务满 {n} 个月</source>
        <translation>Must serve {n} months</translation>
    </message>
    <message>
        <source>学费减去各项资助</source>
        <translation>Tuition minus the subsidies</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>第 {n} 行：{why}</source>
        <translation>Row {n}: {why}</translation>
    </message>
    <message>
        <source>大写：人民币{capital}</source>
        <translation>In words: 人民币{capital}</translation>
    </message>
    <message>
        <source>合计等于应分摊金额 {base}</source>
        <translation>The total equals the amount to split, {base}</translation>
    </message>
    <message>
        <source>合计与应分摊金额 {base} 相差 {diff}</source>
        <translation>The total differs from the amount to split, {base}, by {diff}</translation>
    </message>
    <message>
        <source>未享受的项目：无（适用的资助项目均已计入）</source>
        <translation>Schemes not paying: none (every scheme that applies is counted)</translation>
    </message>
    <message>
        <source>未享受的项目：</source>
        <translation>Schemes not paying:</translation>
    </message>
    <message>
        <source>已支付：{date}，{method}，{ref}</source>
        <translation>Paid: {date}, {method}, {ref}</translation>
    </message>
    <message>
        <source>经办人：{who}</source>
        <translation>Prepared by: {who}</translation>
    </message>
    <message>
        <source>审批记录（{n}）</source>
        <translation>Approval record ({n})</translation>
    </message>
    <message>
        <source>双击金额修改（元）。各行（含个人承担）合计必须等于应分摊金额；资助不能超过规则和额度允许的数额。</source>
        <translation>Double-click an amount to change it (yuan). The lines (the learner&apos;s share included) must add up to the amount to split; no subsidy may exceed what its rule and caps allow.</translation>
    </message>
    <message>
        <source>8 到 30 位数字</source>
        <translation>8 to 30 digits</translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message>
        <source>申请编号</source>
        <translation>Claim no.</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>学员</source>
        <translation>Learner</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>学期</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>票据号码</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <source>学费</source>
        <translation>Tuition</translation>
    </message>
    <message>
        <source>资助合计</source>
        <translation>Subsidies</translation>
    </message>
    <message>
        <source>个人承担</source>
        <translation>Learner&apos;s share</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>支付日期</source>
        <translation>Paid on</translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <source>搜索：姓名、拼音或首字母、申请编号、票据号码</source>
        <translation>Search: name, pinyin or initials, claim number, invoice number</translation>
    </message>
    <message>
        <source>全部学期</source>
        <translation>All terms</translation>
    </message>
    <message>
        <source>全部资助项目</source>
        <translation>All schemes</translation>
    </message>
    <message>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>新建申请…</source>
        <translation>New claim…</translation>
    </message>
    <message>
        <source>毕业补助申请…</source>
        <translation>Graduation grant claim…</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>报销申请</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>票据</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>办理中（{n}）</source>
        <translation>In progress ({n})</translation>
    </message>
    <message>
        <source>全部状态（{n}）</source>
        <translation>All states ({n})</translation>
    </message>
    <message>
        <source>共 {n} 份申请</source>
        <translation>Claims: {n}</translation>
    </message>
</context>
<context>
    <name>ClawbackTab</name>
    <message>
        <source>依据《劳动合同法》第二十二条和本人签订的培训（学习）协议</source>
        <translation>Under Article 22 of the Labour Contract Law and the learner&apos;s signed training (study) agreement</translation>
    </message>
    <message>
        <source>学员</source>
        <translation>Learner</translation>
    </message>
    <message>
        <source>离职日期</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>申请编号</source>
        <translation>Claim no.</translation>
    </message>
    <message>
        <source>资金来源</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>已支付</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>服务期</source>
        <translation>Service period</translation>
    </message>
    <message>
        <source>未服务天数</source>
        <translation>Days not served</translation>
    </message>
    <message>
        <source>应退金额</source>
        <translation>To repay</translation>
    </message>
    <message>
        <source>已退</source>
        <translation>Repaid</translation>
    </message>
    <message>
        <source>尚欠</source>
        <translation>Owed</translation>
    </message>
    <message>
        <source>没有在服务期内离职、需要退还企业出资的学员。</source>
        <translation>No learner left within a service period and owes back the enterprise&apos;s funding.</translation>
    </message>
    <message>
        <source>登记退款…</source>
        <translation>Record repayment…</translation>
    </message>
    <message>
        <source>已登记的退款</source>
        <translation>Repayments recorded</translation>
    </message>
    <message>
        <source>收款日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>凭证号</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>登记人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>{m} 个月（{a} 至 {b}）</source>
        <translation>{m} months ({a} to {b})</translation>
    </message>
    <message>
        <source>{u} / {t} 天</source>
        <translation>{u} / {t} days</translation>
    </message>
    <message>
        <source>{paid} × {u} ÷ {t} 天，四舍五入到分，且不超过已支付金额</source>
        <translation>{paid} × {u} ÷ {t} days, rounded to the fen and no more than was paid</translation>
    </message>
    <message>
        <source>共 {n} 笔，应退 {due}，已退 {back}，尚欠 {owed}</source>
        <translation>{n} items: {due} to repay, {back} repaid, {owed} owed</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <source>复制备份</source>
        <translation>Copy backup</translation>
    </message>
    <message>
        <source>把 {time} 的备份复制到一个文件夹，例如 U 盘。复制后会读回核对。</source>
        <translation>Copies the backup of {time} to a folder, for example a USB stick. The copy is read back and checked.</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>用密码加密（U 盘丢失也不会泄露数据；恢复时要输入这个密码）</source>
        <translation>Encrypt with a password (a lost USB stick gives nothing away; restoring asks for this password)</translation>
    </message>
    <message>
        <source>复制到</source>
        <translation>Copy to</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Type it again</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>复制到哪个文件夹</source>
        <translation>Folder to copy to</translation>
    </message>
    <message>
        <source>请选择要复制到的文件夹。</source>
        <translation>Choose the folder to copy to.</translation>
    </message>
    <message>
        <source>密码至少要 {n} 个字符。</source>
        <translation>The password needs at least {n} characters.</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>CoursePlanEditor</name>
    <message>
        <source>必修</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>选修</source>
        <translation>Elective</translation>
    </message>
    <message>
        <source>添加课程</source>
        <translation>Add course</translation>
    </message>
    <message>
        <source>删除课程</source>
        <translation>Remove course</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>撤销修改</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>保存教学计划</source>
        <translation>Save course plan</translation>
    </message>
    <message>
        <source>教学计划：请先在上面选择一个专业</source>
        <translation>Course plan: first choose a programme above</translation>
    </message>
    <message>
        <source>教学计划：{name}（{level}，{form}，{terms} 个学期）</source>
        <translation>Course plan: {name} ({level}, {form}, {terms} terms)</translation>
    </message>
    <message>
        <source>第{term}学期 {n} 门 {credits} 学分</source>
        <translation>Term {term}: {n} courses, {credits} credits</translation>
    </message>
    <message>
        <source>计划合计 {planned} 学分，毕业要求 {total} 学分</source>
        <translation>Planned {planned} credits in all; {total} needed to graduate</translation>
    </message>
    <message>
        <source>{terms}。{total}</source>
        <translation>{terms}. {total}</translation>
    </message>
</context>
<context>
    <name>CoursePlanModel</name>
    <message>
        <source>学期</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>课程名称</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>学分</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>性质</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>考核方式</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>已有成绩</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>必修</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>选修</source>
        <translation>Elective</translation>
    </message>
    <message>
        <source>第{row}行课程“{name}”：学分应为数字</source>
        <translation>Row {row}, course &quot;{name}&quot;: credits must be a number</translation>
    </message>
    <message>
        <source>第{n}学期</source>
        <translation>Term {n}</translation>
    </message>
    <message>
        <source>这门课已有 {n} 条成绩，不能从计划中删除</source>
        <translation>This course has {n} results and cannot be removed from the plan</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>统计报表…</source>
        <translation>Annual report…</translation>
    </message>
    <message>
        <source>给上级工会和教育局的年度统计报表（Excel 或 PDF）</source>
        <translation>The annual statistics for the union above and the education bureau (Excel or PDF)</translation>
    </message>
    <message>
        <source>在职学员</source>
        <translation>Learners employed</translation>
    </message>
    <message>
        <source>在读学籍</source>
        <translation>Enrolments studying</translation>
    </message>
    <message>
        <source>审批中的申请</source>
        <translation>Claims in approval</translation>
    </message>
    <message>
        <source>可以支付</source>
        <translation>Ready to pay</translation>
    </message>
    <message>
        <source>等待平台回执</source>
        <translation>Awaiting platform receipt</translation>
    </message>
    <message>
        <source>超期未毕业</source>
        <translation>Past expected graduation</translation>
    </message>
    <message>
        <source>学员（在职，按部门）</source>
        <translation>Learners (employed, by department)</translation>
    </message>
    <message>
        <source>一线职工占在职学员</source>
        <translation>Front-line share of employed learners</translation>
    </message>
    <message>
        <source>一线</source>
        <translation>Front line</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>学籍状态</source>
        <translation>Enrolment status</translation>
    </message>
    <message>
        <source>报销审批：各环节等待办理</source>
        <translation>Claim approval: waiting at each step</translation>
    </message>
    <message>
        <source>近期待办</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>经费</source>
        <translation>Funds</translation>
    </message>
    <message>
        <source>职工教育经费：一线职工培训支出占比</source>
        <translation>Staff education fund: front-line workers&apos; share of training spending</translation>
    </message>
    <message>
        <source>已支付</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>审批中占用</source>
        <translation>Reserved in approval</translation>
    </message>
    <message>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>&lt;b&gt;｜&lt;/b&gt; 预算</source>
        <translation>&lt;b&gt;|&lt;/b&gt; Budget</translation>
    </message>
    <message>
        <source>工作台&#x3000;{date} {weekday}</source>
        <translation>Desk  {weekday} {date}</translation>
    </message>
    <message>
        <source>{y}年{m}月{d}日</source>
        <translation>{y}-{m}-{d}</translation>
    </message>
    <message>
        <source>离职 {n}</source>
        <translation>left: {n}</translation>
    </message>
    <message>
        <source>休学 {n}</source>
        <translation>suspended: {n}</translation>
    </message>
    <message>
        <source>个批次</source>
        <translation>batches</translation>
    </message>
    <message>
        <source>上次回执 {n} 天前</source>
        <translation>last receipt {n} days ago</translation>
    </message>
    <message>
        <source>条学籍</source>
        <translation>enrolments</translation>
    </message>
    <message>
        <source>{front} / {active} 人</source>
        <translation>{front} / {active} people</translation>
    </message>
    <message>
        <source>{name}：在职 {n} 人，其中一线 {f} 人</source>
        <translation>{name}: {n} employed, {f} of them front line</translation>
    </message>
    <message>
        <source>其他 {n} 个部门</source>
        <translation>{n} other departments</translation>
    </message>
    <message>
        <source>{n} 份 · {amount}</source>
        <translation>{n} · {amount}</translation>
    </message>
    <message>
        <source>补助合计 {s}，学费合计 {b}</source>
        <translation>Subsidies {s}, tuition {b}</translation>
    </message>
    <message>
        <source>粗体是您可以办理的环节；点击一行打开该状态的申请。</source>
        <translation>Steps in bold are yours to act on; click a row to open the claims in that state.</translation>
    </message>
    <message>
        <source>现在等您办理：{steps}。</source>
        <translation> Waiting for you now: {steps}.</translation>
    </message>
    <message>
        <source>经费（{year}年）：已用与预算</source>
        <translation>Funds ({year}): used and budget</translation>
    </message>
    <message>
        <source>未设预算</source>
        <translation>no budget</translation>
    </message>
    <message>
        <source>{used}／{budget}</source>
        <translation>{used} / {budget}</translation>
    </message>
    <message>
        <source>已支付 {p}，审批中占用 {r}，预算 {b}</source>
        <translation>Paid {p}, reserved in approval {r}, budget {b}</translation>
    </message>
    <message>
        <source>未设</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{year}年还没有经费台账</source>
        <translation>No fund ledger for {year} yet</translation>
    </message>
    <message>
        <source>本年还没有支出</source>
        <translation>No spending this year yet</translation>
    </message>
    <message>
        <source>低于60%的要求</source>
        <translation>Below the 60% requirement</translation>
    </message>
    <message>
        <source>达到不少于60%的要求</source>
        <translation>Meets the 60% minimum</translation>
    </message>
    <message>
        <source>本年提取 {a}&#x3000;已支出 {s}&#x3000;年末结余 {c}&#x3000;税前扣除余量 {h}</source>
        <translation>Set aside {a}  Spent {s}  Year-end balance {c}  Deductible headroom {h}</translation>
    </message>
    <message>
        <source>今后14天有考试：{n} 场，{m} 名学员</source>
        <translation>Exams in the next 14 days: {n} ({m} learners)</translation>
    </message>
    <message>
        <source>今后14天没有考试（下一场 {day}）</source>
        <translation>No exams in the next 14 days (next on {day})</translation>
    </message>
    <message>
        <source>今后14天没有考试</source>
        <translation>No exams in the next 14 days</translation>
    </message>
    <message>
        <source>7天内公示期满：{n} 份申请</source>
        <translation>Claims whose posting ends within 7 days: {n}</translation>
    </message>
    <message>
        <source>公示已结束、可以支付：{n} 份，{fen}</source>
        <translation>Posting over, ready to pay: {n} ({fen})</translation>
    </message>
    <message>
        <source>等待平台回执：{n} 批（最早的 {days} 天前报出）</source>
        <translation>Batches awaiting a platform receipt: {n} (the oldest sent {days} days ago)</translation>
    </message>
    <message>
        <source>没有等待平台回执的批次</source>
        <translation>No batch awaiting a platform receipt</translation>
    </message>
    <message>
        <source>；上次导入回执在 {days} 天前</source>
        <translation>; last receipt imported {days} days ago</translation>
    </message>
    <message>
        <source>60天内服务期届满：{n} 笔企业出资</source>
        <translation>Service periods ending within 60 days: {n}</translation>
    </message>
    <message>
        <source>（最早 {day}）</source>
        <translation> (first on {day})</translation>
    </message>
    <message>
        <source>超过预计毕业日期仍未毕业：{n} 条学籍</source>
        <translation>Enrolments past the expected graduation date: {n}</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <source>数据库位置不安全</source>
        <translation>Unsafe database location</translation>
    </message>
    <message>
        <source>已自动备份（{reason}）</source>
        <translation>Backed up automatically ({reason})</translation>
    </message>
    <message>
        <source>自动备份失败</source>
        <translation>Automatic backup failed</translation>
    </message>
    <message>
        <source>自动备份没有成功：{reason}
数据库本身没有受影响；请检查磁盘空间，或在“系统设置 → 备份”中立即备份。</source>
        <translation>The automatic backup did not succeed: {reason}
The database itself is unaffected; check the free disk space, or back up now in Settings → Backups.</translation>
    </message>
    <message>
        <source>
恢复前的数据库已备份为 {name}。</source>
        <translation>
The database as it was before the restore is backed up as {name}.</translation>
    </message>
    <message>
        <source>已恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>已从备份 {name} 恢复数据库。</source>
        <translation>The database was restored from the backup {name}.</translation>
    </message>
    <message>
        <source>正在恢复备份</source>
        <translation>Restoring the backup</translation>
    </message>
    <message>
        <source>数据库已损坏</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>恢复最新备份</source>
        <translation>Restore the latest backup</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>正在从备份恢复</source>
        <translation>Restoring from the backup</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>退回 {name} 的提名</source>
        <translation>Return the nomination of {name}</translation>
    </message>
    <message>
        <source>退回的原因（必填）</source>
        <translation>Reason for returning it (required)</translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <source>新增学籍</source>
        <translation>New enrolment</translation>
    </message>
    <message>
        <source>如：2024年成人高考录取</source>
        <translation>e.g. admitted through the 2024 adult entrance exam</translation>
    </message>
    <message>
        <source>状态日期</source>
        <translation>Status date</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>院校</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>登记学籍</source>
        <translation>Register enrolment</translation>
    </message>
    <message>
        <source>尚未选择学员</source>
        <translation>No learner chosen yet</translation>
    </message>
    <message>
        <source>{name}（{no}，{dept}，原学历：{edu}）</source>
        <translation>{name} ({no}, {dept}, prior education: {edu})</translation>
    </message>
    <message>
        <source>{name}（{level}，{form}，{n}学期）</source>
        <translation>{name} ({level}, {form}, {n} terms)</translation>
    </message>
    <message>
        <source>请先搜索并选择学员</source>
        <translation>First search for and choose the learner</translation>
    </message>
    <message>
        <source>请选择专业（先在“院校专业”中新增）</source>
        <translation>Choose a programme (add it in Institutions first)</translation>
    </message>
    <message>
        <source>学号不能为空</source>
        <translation>The student number cannot be blank</translation>
    </message>
    <message>
        <source>预计毕业日期应在入学日期之后</source>
        <translation>The expected graduation must come after the intake date</translation>
    </message>
</context>
<context>
    <name>EnrolmentTableModel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>院校</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>专业</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>层次</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>学号</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <source>入学日期</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>预计毕业</source>
        <translation>Expected graduation</translation>
    </message>
    <message>
        <source>学籍状态</source>
        <translation>Enrolment status</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>EnrolmentsView</name>
    <message>
        <source>搜索：姓名、拼音或首字母、学号、工号、专业、院校、部门、在读/休学、专升本…</source>
        <translation>Search: name, pinyin or initials, student no., employee no., programme, institution, department, 在读/休学, 专升本…</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>未结束</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <source>全部院校</source>
        <translation>All institutions</translation>
    </message>
    <message>
        <source>全部专业</source>
        <translation>All programmes</translation>
    </message>
    <message>
        <source>全部入学年份</source>
        <translation>All intake years</translation>
    </message>
    <message>
        <source>只看预警</source>
        <translation>Warnings only</translation>
    </message>
    <message>
        <source>正在计算哪些学籍需要预警……</source>
        <translation>Working out which enrolments need a warning…</translation>
    </message>
    <message>
        <source>学习情况…</source>
        <translation>Study record…</translation>
    </message>
    <message>
        <source>新增学籍…</source>
        <translation>New enrolment…</translation>
    </message>
    <message>
        <source>变更状态…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <source>毕业登记…</source>
        <translation>Record graduation…</translation>
    </message>
    <message>
        <source>录入成绩…</source>
        <translation>Enter results…</translation>
    </message>
    <message>
        <source>安排考试…</source>
        <translation>Schedule exam…</translation>
    </message>
    <message>
        <source>导入成绩单…</source>
        <translation>Import transcript…</translation>
    </message>
    <message>
        <source>学籍</source>
        <translation>Enrolments</translation>
    </message>
    <message>
        <source>预警名单</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>考试日历</source>
        <translation>Exam calendar</translation>
    </message>
    <message>
        <source>{n} 条学籍需要预警</source>
        <translation>Enrolments at risk: {n}</translation>
    </message>
    <message>
        <source>{year}年入学</source>
        <translation>Intake {year}</translation>
    </message>
    <message>
        <source>共 {n} 条学籍</source>
        <translation>Enrolments: {n}</translation>
    </message>
</context>
<context>
    <name>EnterprisePage</name>
    <message>
        <source>企业信息</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>统一社会信用代码是企业在平台上的身份，创建后不能修改。</source>
        <translation>The unified social credit code is the enterprise&apos;s identity on the platform and cannot be changed once created.</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>企业名称不能为空</source>
        <translation>The enterprise name cannot be blank</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>ExamCalendarView</name>
    <message>
        <source>今后7天</source>
        <translation>Next 7 days</translation>
    </message>
    <message>
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>下周</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>下月</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>今后30天</source>
        <translation>Next 30 days</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>星期</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>院校</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>课程</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>考试地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>结束日期不能早于开始日期。</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <source>一线</source>
        <translation>Front line</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>{days} 天有考试，共 {n} 场、{m} 名学员</source>
        <translation>Exams on {days} days: {n} exams, {m} learners</translation>
    </message>
    <message>
        <source>考试日历-{start}-{end}.xlsx</source>
        <translation>exam-calendar-{start}-{end}.xlsx</translation>
    </message>
    <message>
        <source>导出考试日历</source>
        <translation>Export exam calendar</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>已导出 {n} 场考试到
{path}</source>
        <translation>Exams exported: {n}, to
{path}</translation>
    </message>
    <message>
        <source>考试日历-{start}-{end}.pdf</source>
        <translation>exam-calendar-{start}-{end}.pdf</translation>
    </message>
    <message>
        <source>导出考试日历 PDF</source>
        <translation>Export exam calendar as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>考试日历（{pages} 页）已保存到
{path}</source>
        <translation>The exam calendar ({pages} pages) was saved to
{path}</translation>
    </message>
    <message>
        <source>考试日历 — 打印预览</source>
        <translation>Exam calendar — print preview</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>欢迎使用求学圆梦桌面版</source>
        <translation>Welcome to Qiuxue Desktop</translation>
    </message>
    <message>
        <source>第一步：填写企业信息</source>
        <translation>Step 1: the enterprise&apos;s details</translation>
    </message>
    <message>
        <source>18位，见营业执照</source>
        <translation>18 characters, on the business licence</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>同时设立管理员账户（可选：多人使用，或需要分清谁做了什么时）</source>
        <translation>Also set up an administrator account (optional: when several people use it, or who did what must be clear)</translation>
    </message>
    <message>
        <source>如 王芳；留空则与用户名相同</source>
        <translation>e.g. 王芳; blank for the username</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Type it again</translation>
    </message>
    <message>
        <source>设立后，每次打开都要登录；管理员可以在“系统设置 → 账户”中为同事添加账户。</source>
        <translation>Once set up, everyone signs in at every start; the administrator adds colleagues in Settings → Accounts.</translation>
    </message>
    <message>
        <source>创建企业</source>
        <translation>Create enterprise</translation>
    </message>
    <message>
        <source>第二步：导入学员花名册</source>
        <translation>Step 2: import the learners&apos; roster</translation>
    </message>
    <message>
        <source>把 Excel 或 WPS 中的职工花名册导入进来：列的顺序不限，表头能自动识别；导入前会先预览，有问题的行会逐条指出。没有现成的花名册，可以先下载模板填写。</source>
        <translation>Import the staff roster from Excel or WPS: the columns may be in any order and the headers are recognised; you see a preview first, with every problem row pointed out. No roster at hand? Save the template and fill it in.</translation>
    </message>
    <message>
        <source>先不导入，进入软件</source>
        <translation>Skip the import for now</translation>
    </message>
    <message>
        <source>以后可以随时用“文件 → 导入花名册”（Ctrl+I）导入</source>
        <translation>You can import at any time with File → Import roster (Ctrl+I)</translation>
    </message>
    <message>
        <source>或者：先用演示数据熟悉软件</source>
        <translation>Or: get to know the application with demo data first</translation>
    </message>
    <message>
        <source> 名学员</source>
        <translation> learners</translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>数据库 {path} 还是空的。按下面的步骤开始登记学员。</source>
        <translation>The database {path} is still empty. Follow the steps below to start registering learners.</translation>
    </message>
    <message>
        <source>✓ 已创建企业：{name}（统一社会信用代码 {uscc}）</source>
        <translation>✓ Enterprise created: {name} (unified social credit code {uscc})</translation>
    </message>
    <message>
        <source>演示学员是虚构的，会加入到“{name}”中。以后登记真实学员前，请换一个新的数据库文件。</source>
        <translation>The demo learners are fictitious and are added to &quot;{name}&quot;. Before registering real learners, switch to a new database file.</translation>
    </message>
    <message>
        <source>载入一个虚构的企业和一批学员（姓名、身份证号、部门都是生成的）。以后登记真实数据时，请换一个新的数据库文件。</source>
        <translation>Loads a fictitious enterprise and its learners (names, ID numbers and departments are all generated). When you register real data later, switch to a new database file.</translation>
    </message>
    <message>
        <source>企业名称不能为空</source>
        <translation>The enterprise name cannot be blank</translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <source>正在生成演示数据</source>
        <translation>Making the demo data</translation>
    </message>
</context>
<context>
    <name>FundForm</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>FundYearDialog</name>
    <message>
        <source>新建经费台账年度</source>
        <translation>New fund ledger year</translation>
    </message>
    <message>
        <source>{y}年经费台账</source>
        <translation>Fund ledger {y}</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> </translation>
    </message>
    <message>
        <source>元，如 48,000,000</source>
        <translation>yuan, e.g. 48,000,000</translation>
    </message>
    <message>
        <source>%，1.5 到 8，如 2.5</source>
        <translation>%, 1.5 to 8, e.g. 2.5</translation>
    </message>
    <message>
        <source>元；只有第一年填写</source>
        <translation>yuan; the first year only</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>工资总额（元）</source>
        <translation>Total payroll (yuan)</translation>
    </message>
    <message>
        <source>提取比例（%）</source>
        <translation>Rate set aside (%)</translation>
    </message>
    <message>
        <source>期初余额（元）</source>
        <translation>Opening balance (yuan)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>工资总额按国家统计局口径（计时、计件工资，奖金，津贴和补贴，加班工资等）。提取比例一般为 1.5%，技术要求高、培训任务重的企业可到 2.5%，最高按 8% 计算税前扣除。以后各年自动结转上一年的年末余额。</source>
        <translation>Total payroll as the National Bureau of Statistics defines it (time and piece wages, bonuses, allowances and subsidies, overtime pay…). The rate is usually 1.5%, up to 2.5% for enterprises with high skill needs and heavy training; up to 8% is deductible before tax. Each later year carries the previous year&apos;s closing balance forward.</translation>
    </message>
    <message>
        <source>请填写工资总额，以元为单位</source>
        <translation>Fill in the total payroll, in yuan</translation>
    </message>
    <message>
        <source>请填写提取比例，如 1.5 或 2.5</source>
        <translation>Fill in the rate, e.g. 1.5 or 2.5</translation>
    </message>
</context>
<context>
    <name>FundsCommon</name>
    <message>
        <source>“{text}”不是百分比，请写成 60 或 12.5 的形式</source>
        <translation>&quot;{text}&quot; is not a percentage: write it like 60 or 12.5</translation>
    </message>
    <message>
        <source>百分比最多只能有两位小数：{text}</source>
        <translation>A percentage has at most two decimals: {text}</translation>
    </message>
    <message>
        <source>金额不能为负数</source>
        <translation>An amount cannot be negative</translation>
    </message>
</context>
<context>
    <name>FundsView</name>
    <message>
        <source>资助项目</source>
        <translation>Schemes</translation>
    </message>
    <message>
        <source>职工教育经费</source>
        <translation>Staff education fund</translation>
    </message>
    <message>
        <source>项目预算</source>
        <translation>Scheme budgets</translation>
    </message>
    <message>
        <source>服务期退还</source>
        <translation>Service period repayments</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>不能把备份放在 {folder}：{reason}。请另选一个文件夹。</source>
        <translation>Backups cannot go to {folder}: {reason}. Choose another folder.</translation>
    </message>
    <message>
        <source>界面语言（本机）</source>
        <translation>Interface language (this computer)</translation>
    </message>
    <message>
        <source>自动备份保存到（本机）</source>
        <translation>Automatic backups go to (this computer)</translation>
    </message>
    <message>
        <source>更改…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>恢复默认位置</source>
        <translation>Back to the default folder</translation>
    </message>
    <message>
        <source>启动时、每 30 分钟（有改动时）以及导入、恢复和升级之前，数据库会自动备份到这个文件夹。最好选另一块本地硬盘上的文件夹；不要选 U 盘或网盘同步文件夹。这个位置只对这台电脑有效，命令行 qiuxue 也用它；以前的备份留在原来的文件夹里。</source>
        <translation>At start, every 30 minutes (when something changed) and before imports, restores and upgrades, the database is backed up to this folder. A folder on another local disk is best; not a USB stick or a cloud-synced folder. The choice holds for this computer only, and the qiuxue command line uses it too; earlier backups stay where they are.</translation>
    </message>
    <message>
        <source>其他设置</source>
        <translation>Other settings</translation>
    </message>
    <message>
        <source>资助项目…</source>
        <translation>Schemes…</translation>
    </message>
    <message>
        <source>在“经费台账 → 资助项目”中设定各项资助的规则</source>
        <translation>The rules of each subsidy are set in Funds → Schemes</translation>
    </message>
    <message>
        <source>企业信息…</source>
        <translation>Enterprise…</translation>
    </message>
    <message>
        <source>证书措辞…</source>
        <translation>Certificate wording…</translation>
    </message>
    <message>
        <source>打印字体…</source>
        <translation>Print fonts…</translation>
    </message>
    <message>
        <source>平台地址和令牌…</source>
        <translation>Platform address and token…</translation>
    </message>
    <message>
        <source>没有找到这种语言的翻译文件，重启后界面仍是中文。</source>
        <translation>No translation file for this language was found: after a restart the interface stays Chinese.</translation>
    </message>
    <message>
        <source>已保存，需要重启软件后生效。</source>
        <translation>Saved; it takes effect when the application is restarted.</translation>
    </message>
    <message>
        <source>更改后需要重启软件才生效。</source>
        <translation>A change takes effect when the application is restarted.</translation>
    </message>
    <message>
        <source>{folder}（{which}）</source>
        <translation>{folder} ({which})</translation>
    </message>
    <message>
        <source>自选</source>
        <translation>chosen</translation>
    </message>
    <message>
        <source>默认位置</source>
        <translation>default</translation>
    </message>
    <message>
        <source>自动备份保存到哪个文件夹</source>
        <translation>Folder for automatic backups</translation>
    </message>
    <message>
        <source>正在检查文件夹……</source>
        <translation>Checking the folder…</translation>
    </message>
    <message>
        <source>以后的自动备份保存到 {folder}。</source>
        <translation>Automatic backups will go to {folder}.</translation>
    </message>
</context>
<context>
    <name>GraduatesDialog</name>
    <message>
        <source>颁发结业证书</source>
        <translation>Issue completion certificates</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>院校与专业</source>
        <translation>Institution and programme</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>全选</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>全不选</source>
        <translation>Select none</translation>
    </message>
    <message>
        <source>颁发后立即打印</source>
        <translation>Print right after issuing</translation>
    </message>
    <message>
        <source>共 {n} 个毕业或结业的学籍尚未颁发结业证书。颁发时按年份和类别连续编号，编号一经颁发不再使用。</source>
        <translation>{n} graduated or completed enrolments have no completion certificate yet. Certificates are numbered in sequence per year and kind; a number once issued is never used again.</translation>
    </message>
    <message>
        <source>颁发日期</source>
        <translation>Date issued</translation>
    </message>
    <message>
        <source>颁发</source>
        <translation>Issue</translation>
    </message>
</context>
<context>
    <name>HonoursTab</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>院校与专业</source>
        <translation>Institution and programme</translation>
    </message>
    <message>
        <source>学分（已得/应得）</source>
        <translation>Credits (earned/due)</translation>
    </message>
    <message>
        <source>平均成绩</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>已提名</source>
        <translation>Nominated</translation>
    </message>
    <message>
        <source>事迹</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>证书编号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <source>按期取得学分</source>
        <translation>Credits on time</translation>
    </message>
    <message>
        <source>没有不及格课程</source>
        <translation>No failed course</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>须写学习与工作表现</source>
        <translation>Study and work record required</translation>
    </message>
    <message>
        <source>保存评选条件</source>
        <translation>Save criteria</translation>
    </message>
    <message>
        <source>学期</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>平均成绩≥</source>
        <translation>Average ≥</translation>
    </message>
    <message>
        <source>名额</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>提名…</source>
        <translation>Nominate…</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>退回…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <source>照片…</source>
        <translation>Photo…</translation>
    </message>
    <message>
        <source>撤回提名</source>
        <translation>Withdraw nomination</translation>
    </message>
    <message>
        <source>颁发优秀学员证书</source>
        <translation>Issue outstanding learner certificates</translation>
    </message>
    <message>
        <source>光荣榜（A4）</source>
        <translation>Honour roll (A4)</translation>
    </message>
    <message>
        <source>光荣榜（A3）</source>
        <translation>Honour roll (A3)</translation>
    </message>
    <message>
        <source>导出名单（Excel）…</source>
        <translation>Export list (Excel)…</translation>
    </message>
    <message>
        <source>符合条件的学员</source>
        <translation>Eligible learners</translation>
    </message>
    <message>
        <source>这个学期还没有设评选条件：设好后点“保存评选条件”。</source>
        <translation>No criteria for this term yet: set them and click &quot;Save criteria&quot;.</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>（{note}）</source>
        <translation> ({note})</translation>
    </message>
    <message>
        <source>有（已同意）</source>
        <translation>Yes (consented)</translation>
    </message>
    <message>
        <source>{c} 人符合条件（{rule}）；提名 {n} 人，已批准 {a} 人</source>
        <translation>{c} eligible ({rule}); {n} nominated, {a} approved</translation>
    </message>
    <message>
        <source>提名</source>
        <translation>Nominate</translation>
    </message>
    <message>
        <source>请先在上面的列表中选中一位符合条件的学员。</source>
        <translation>First select an eligible learner in the list above.</translation>
    </message>
    <message>
        <source>请先在下面的列表中选中一条提名。</source>
        <translation>First select a nomination in the list below.</translation>
    </message>
    <message>
        <source>保存优秀学员名单</source>
        <translation>Save the outstanding learners list</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>名单已保存</source>
        <translation>List saved</translation>
    </message>
    <message>
        <source>已保存到
{p}</source>
        <translation>Saved to
{p}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>花名册</source>
        <translation>roster</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>After</translation>
    </message>
    <message>
        <source>新增 {added} 人，更新 {updated} 人，不变 {unchanged} 人</source>
        <translation>{added} new, {updated} updated, {unchanged} unchanged</translation>
    </message>
    <message>
        <source>工作表“{sheet}”，表头在第 {row} 行，共 {n} 行学员。</source>
        <translation>Sheet &quot;{sheet}&quot;, headers on row {row}, {n} learner rows.</translation>
    </message>
    <message>
        <source>将新建部门：{names}</source>
        <translation>New departments to create: {names}</translation>
    </message>
    <message>
        <source>花名册与现有学员完全一致，没有需要导入的内容。</source>
        <translation>The roster matches the learners already registered: nothing to import.</translation>
    </message>
    <message>
        <source>已导入：新增 {added} 人，更新 {updated} 人。</source>
        <translation>Imported: {added} new, {updated} updated.</translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <source>新增院校</source>
        <translation>New institution</translation>
    </message>
    <message>
        <source>编辑院校</source>
        <translation>Edit institution</translation>
    </message>
    <message>
        <source>5位国标院校代码，如 10284</source>
        <translation>The 5-digit national institution code, e.g. 10284</translation>
    </message>
    <message>
        <source>上课、考试的地点，如 某某区职工学校</source>
        <translation>Where classes and exams take place, e.g. a district workers&apos; school</translation>
    </message>
    <message>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>InstitutionsView</name>
    <message>
        <source>院校</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>院校名称</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>专业数</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>新增院校…</source>
        <translation>New institution…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>专业</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>专业名称</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>层次</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>学习形式</source>
        <translation>Study form</translation>
    </message>
    <message>
        <source>学制</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>总学分</source>
        <translation>Total credits</translation>
    </message>
    <message>
        <source>每年学费（元）</source>
        <translation>Tuition a year (yuan)</translation>
    </message>
    <message>
        <source>课程</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>学籍</source>
        <translation>Enrolments</translation>
    </message>
    <message>
        <source>新增专业…</source>
        <translation>New programme…</translation>
    </message>
    <message>
        <source>教学计划有未保存的修改：请先保存或撤销，再选择其他专业。</source>
        <translation>The course plan has unsaved changes: save or undo them before choosing another programme.</translation>
    </message>
    <message>
        <source>教学计划</source>
        <translation>Course plan</translation>
    </message>
    <message>
        <source>专业：{name}</source>
        <translation>Programme: {name}</translation>
    </message>
    <message>
        <source>联系人：{v}</source>
        <translation>Contact: {v}</translation>
    </message>
    <message>
        <source>电话：{v}</source>
        <translation>Phone: {v}</translation>
    </message>
    <message>
        <source>教学点：{v}</source>
        <translation>Teaching site: {v}</translation>
    </message>
    <message>
        <source>最长休学：{n} 个月</source>
        <translation>Longest suspension: {n} months</translation>
    </message>
    <message>
        <source>{n} 学期</source>
        <translation>{n} terms</translation>
    </message>
    <message>
        <source>{n} 门 / {c} 学分</source>
        <translation>{n} courses / {c} credits</translation>
    </message>
    <message>
        <source>删除院校“{name}”？</source>
        <translation>Delete the institution &quot;{name}&quot;?</translation>
    </message>
    <message>
        <source>删除专业“{name}”及其教学计划？</source>
        <translation>Delete the programme &quot;{name}&quot; and its course plan?</translation>
    </message>
    <message>
        <source>确认删除</source>
        <translation>Confirm delete</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>修改票据</source>
        <translation>Edit invoice</translation>
    </message>
    <message>
        <source>登记票据</source>
        <translation>Register invoice</translation>
    </message>
    <message>
        <source>请先搜索并选择学员</source>
        <translation>First search for and choose the learner</translation>
    </message>
    <message>
        <source>8 到 20 位数字或大写字母</source>
        <translation>8 to 20 digits or capital letters</translation>
    </message>
    <message>
        <source>元，如 3,600.00</source>
        <translation>yuan, e.g. 3,600.00</translation>
    </message>
    <message>
        <source>如：2025学年学费，含教材费</source>
        <translation>e.g. tuition for 2025, textbooks included</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>正在读取学籍……</source>
        <translation>Reading the enrolments…</translation>
    </message>
    <message>
        <source>{name}：{inst} {prog}（{level}，{status}，学号 {no}）</source>
        <translation>{name}: {inst} {prog} ({level}, {status}, student no. {no})</translation>
    </message>
    <message>
        <source>请填写金额</source>
        <translation>Fill in the amount</translation>
    </message>
    <message>
        <source>请先选择学员和学籍</source>
        <translation>First choose the learner and the enrolment</translation>
    </message>
    <message>
        <source>请选择学期</source>
        <translation>Choose the term</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>票据号码</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>学员</source>
        <translation>Learner</translation>
    </message>
    <message>
        <source>开票单位</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>开票日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>学期</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>所属期间</source>
        <translation>Covers</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>报销申请</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>搜索：票据号码、学员姓名、开票单位、学期</source>
        <translation>Search: invoice number, learner name, issuer, term</translation>
    </message>
    <message>
        <source>登记票据…</source>
        <translation>Register invoice…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>由此票据申请报销</source>
        <translation>Claim with this invoice</translation>
    </message>
    <message>
        <source>共 {n} 张票据</source>
        <translation>Invoices: {n}</translation>
    </message>
    <message>
        <source>已用于报销申请 {no}</source>
        <translation>Already used by claim {no}</translation>
    </message>
    <message>
        <source>删除票据</source>
        <translation>Delete invoice</translation>
    </message>
    <message>
        <source>删除票据 {number}（{name}，{term}）？</source>
        <translation>Delete invoice {number} ({name}, {term})?</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LearnerDialog</name>
    <message>
        <source>新增学员</source>
        <translation>New learner</translation>
    </message>
    <message>
        <source>编辑学员</source>
        <translation>Edit learner</translation>
    </message>
    <message>
        <source>请选择</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>显示并修改</source>
        <translation>Show and edit</translation>
    </message>
    <message>
        <source>显示完整身份证号（会记入操作日志）</source>
        <translation>Show the full ID number (recorded in the log)</translation>
    </message>
    <message>
        <source>6位行政区划代码（GB/T 2260）</source>
        <translation>6-digit administrative division code (GB/T 2260)</translation>
    </message>
    <message>
        <source>留空则取身份证号前6位</source>
        <translation>blank: the first 6 digits of the ID number</translation>
    </message>
    <message>
        <source>是工会会员</source>
        <translation>Union member</translation>
    </message>
    <message>
        <source>性别／出生日期</source>
        <translation>Gender / date of birth</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>在职</source>
        <translation>Employed</translation>
    </message>
    <message>
        <source>已于 {date} 离职</source>
        <translation>Left on {date}</translation>
    </message>
    <message>
        <source>{field}不能为空</source>
        <translation>{field} cannot be blank</translation>
    </message>
    <message>
        <source>（由身份证号得出）</source>
        <translation> (from the ID number)</translation>
    </message>
    <message>
        <source>由身份证号得出</source>
        <translation>From the ID number</translation>
    </message>
    <message>
        <source>记录已被修改</source>
        <translation>The record has been changed</translation>
    </message>
    <message>
        <source>点“重新载入”取最新内容（您刚才的修改需要重新填写）。</source>
        <translation>Click &quot;Reload&quot; for the latest version (your changes will need to be typed again).</translation>
    </message>
    <message>
        <source>重新载入</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LearnerPicker</name>
    <message>
        <source>输入姓名、拼音首字母、工号或身份证后4位</source>
        <translation>Type a name, pinyin initials, employee no. or the last 4 of the ID number</translation>
    </message>
</context>
<context>
    <name>LearnerTableModel</name>
    <message>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>岗位类别</source>
        <translation>Post category</translation>
    </message>
    <message>
        <source>入职日期</source>
        <translation>Hired on</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <source>户籍性质</source>
        <translation>Hukou</translation>
    </message>
    <message>
        <source>原学历</source>
        <translation>Prior education</translation>
    </message>
    <message>
        <source>职工类别</source>
        <translation>Worker category</translation>
    </message>
    <message>
        <source>工会会员</source>
        <translation>Union member</translation>
    </message>
    <message>
        <source>在职</source>
        <translation>Employed</translation>
    </message>
    <message>
        <source>离职 {date}</source>
        <translation>Left {date}</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>LearnersView</name>
    <message>
        <source>搜索：姓名、拼音或首字母（zs）、身份证后4位、手机号、部门、在职/离职</source>
        <translation>Search: name, pinyin or initials (zs), last 4 of the ID number, mobile, department, 在职/离职</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>在职</source>
        <translation>Employed</translation>
    </message>
    <message>
        <source>离职</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>共 {n} 人</source>
        <translation>Learners: {n}</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>标记离职</source>
        <translation>Mark as left</translation>
    </message>
    <message>
        <source>将学员“{name}”标记为离职。学员记录会保留，不会删除；以后仍可在“离职”中查到。</source>
        <translation>Marks &quot;{name}&quot; as having left. The record is kept, not deleted, and can still be found under &quot;Left&quot;.</translation>
    </message>
    <message>
        <source>离职日期</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source> 已载入最新记录，请再点一次“标记离职”。</source>
        <translation> The latest record is loaded: click &quot;Mark as left&quot; again.</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <source>新建年度…</source>
        <translation>New year…</translation>
    </message>
    <message>
        <source>修改本年度…</source>
        <translation>Edit this year…</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>还没有经费台账。请点击“新建年度…”，填写该年的工资总额和提取比例。</source>
        <translation>No fund ledger yet. Click &quot;New year…&quot; and fill in that year&apos;s total payroll and rate.</translation>
    </message>
    <message>
        <source>提取与使用</source>
        <translation>Set aside and used</translation>
    </message>
    <message>
        <source>工资总额</source>
        <translation>Total payroll</translation>
    </message>
    <message>
        <source>提取比例</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>应提取（工资总额 × 比例）</source>
        <translation>To set aside (payroll × rate)</translation>
    </message>
    <message>
        <source>上年结转</source>
        <translation>Brought forward</translation>
    </message>
    <message>
        <source>报销支出（学历教育报销）</source>
        <translation>Claims paid (degree education)</translation>
    </message>
    <message>
        <source>其他培训支出</source>
        <translation>Other training spending</translation>
    </message>
    <message>
        <source>合计支出</source>
        <translation>Total spent</translation>
    </message>
    <message>
        <source>年末结余（结转下年）</source>
        <translation>Year-end balance (carried forward)</translation>
    </message>
    <message>
        <source>一线职工占比与税前扣除</source>
        <translation>Front-line share and tax deduction</translation>
    </message>
    <message>
        <source>一线职工占比（不少于 60%）</source>
        <translation>Front-line share (at least 60%)</translation>
    </message>
    <message>
        <source>税前扣除限额（工资总额的 8%）</source>
        <translation>Deductible limit (8% of payroll)</translation>
    </message>
    <message>
        <source>限额内尚可支出</source>
        <translation>Still deductible</translation>
    </message>
    <message>
        <source>其他培训支出（按财建〔2006〕317号十一项用途）</source>
        <translation>Other training spending (the eleven uses of Caijian [2006] No. 317)</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>其中一线职工</source>
        <translation>Of which front line</translation>
    </message>
    <message>
        <source>培训支出明细（手工登记）</source>
        <translation>Training spending (entered by hand)</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>新增…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>{y}年</source>
        <translation>{y}</translation>
    </message>
    <message>
        <source>期初余额（第一年）</source>
        <translation>Opening balance (first year)</translation>
    </message>
    <message>
        <source>本年支付 {paid}，离职学员退回 {back}</source>
        <translation>Paid this year {paid}, repaid by leavers {back}</translation>
    </message>
    <message>
        <source>— 本年尚无支出</source>
        <translation>— no spending this year yet</translation>
    </message>
    <message>
        <source>● {p}  达标</source>
        <translation>● {p}  met</translation>
    </message>
    <message>
        <source>● {p}  低于 60%</source>
        <translation>● {p}  below 60%</translation>
    </message>
    <message>
        <source>用于一线职工 {front}，占合计支出 {spent}</source>
        <translation>Spent on front-line workers {front}, of {spent} in all</translation>
    </message>
    <message>
        <source>已超出 {m}</source>
        <translation>Over by {m}</translation>
    </message>
    <message>
        <source>确认删除</source>
        <translation>Confirm delete</translation>
    </message>
    <message>
        <source>删除 {day} 的培训支出“{what}”（{amount}）？</source>
        <translation>Delete the training spending of {day}, &quot;{what}&quot; ({amount})?</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LevelTable</name>
    <message>
        <source>层次</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>比例（%，空白：不资助）</source>
        <translation>Rate (%; blank: none)</translation>
    </message>
    <message>
        <source>金额（元，空白：不资助）</source>
        <translation>Amount (yuan; blank: none)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录 — 求学圆梦 桌面版</source>
        <translation>Sign in — Qiuxue Desktop</translation>
    </message>
    <message>
        <source>这个数据库已启用账户：请用您的账户登录。忘记密码请找管理员重置。</source>
        <translation>This database has accounts: sign in with yours. If you forgot your password, ask an administrator to reset it.</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>退出程序</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>请输入用户名和密码。</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <source>正在核对……</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>工作台</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>学员</source>
        <translation>Learners</translation>
    </message>
    <message>
        <source>院校专业</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>学习进度</source>
        <translation>Study</translation>
    </message>
    <message>
        <source>学费报销</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>经费台账</source>
        <translation>Funds</translation>
    </message>
    <message>
        <source>证书</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>满意度与表彰</source>
        <translation>Surveys, honours</translation>
    </message>
    <message>
        <source>数据上报</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <source>系统设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>求学圆梦 桌面版</source>
        <translation>Qiuxue Desktop</translation>
    </message>
    <message>
        <source>正在打开数据库……</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>数据库：{target}</source>
        <translation>Database: {target}</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>请登录后使用。</source>
        <translation>Please sign in.</translation>
    </message>
    <message>
        <source>尚未创建企业</source>
        <translation>No enterprise yet</translation>
    </message>
    <message>
        <source>学员 {total} 人：在职 {active}，离职 {left}</source>
        <translation>{total} learners: {active} employed, {left} left</translation>
    </message>
    <message>
        <source>待上报 {n} 条</source>
        <translation>To report: {n}</translation>
    </message>
    <message>
        <source>无待上报变更</source>
        <translation>Nothing to report</translation>
    </message>
    <message>
        <source>有变更的学员、学籍和补助发放记录，点击打开“数据上报”</source>
        <translation>Learners, enrolments and subsidy payments changed since the last batch; click to open Reporting</translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>还有操作正在进行：请等它完成或取消后再退出。</source>
        <translation>Something is still running: wait for it to finish, or cancel it, before quitting.</translation>
    </message>
</context>
<context>
    <name>MeansChart</name>
    <message>
        <source>答卷太少，不显示</source>
        <translation>Too few answers to show</translation>
    </message>
</context>
<context>
    <name>NewClaimDialog</name>
    <message>
        <source>毕业补助申请</source>
        <translation>Graduation grant claim</translation>
    </message>
    <message>
        <source>新建报销申请</source>
        <translation>New claim</translation>
    </message>
    <message>
        <source>登记新票据…</source>
        <translation>Register a new invoice…</translation>
    </message>
    <message>
        <source>学员</source>
        <translation>Learner</translation>
    </message>
    <message>
        <source>学籍</source>
        <translation>Enrolments</translation>
    </message>
    <message>
        <source>票据</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>毕业补助按本学籍已登记的学费扣除各项资助后个人仍承担的部分计算。</source>
        <translation>A graduation grant is calculated from what the learner still bears of this enrolment&apos;s registered tuition after the subsidies.</translation>
    </message>
    <message>
        <source>只列出尚未申请报销的票据；没有时请先登记票据。</source>
        <translation>Only invoices not yet claimed are listed; if there is none, register the invoice first.</translation>
    </message>
    <message>
        <source>生成申请</source>
        <translation>Create claim</translation>
    </message>
    <message>
        <source>{inst} {prog}（{level}，{status} {when}）</source>
        <translation>{inst} {prog} ({level}, {status} {when})</translation>
    </message>
    <message>
        <source>该学员没有已毕业的学籍</source>
        <translation>This learner has no graduated enrolment</translation>
    </message>
    <message>
        <source>该学员没有学籍</source>
        <translation>This learner has no enrolment</translation>
    </message>
    <message>
        <source>请先搜索并选择学员</source>
        <translation>First search for and choose the learner</translation>
    </message>
    <message>
        <source>请选择学籍</source>
        <translation>Choose the enrolment</translation>
    </message>
    <message>
        <source>请选择票据，或先登记新票据</source>
        <translation>Choose an invoice, or register a new one first</translation>
    </message>
</context>
<context>
    <name>NominateDialog</name>
    <message>
        <source>提名 {name} 为优秀学员</source>
        <translation>Nominate {name} as an outstanding learner</translation>
    </message>
    <message>
        <source>事迹：光荣榜和工会简报刊登的文字（最多400字）</source>
        <translation>Citation: the text for the honour roll and the union&apos;s bulletin (at most 400 characters)</translation>
    </message>
    <message>
        <source>学习与工作表现（必填）</source>
        <translation>Study and work record (required)</translation>
    </message>
    <message>
        <source>学习与工作表现（可不填）</source>
        <translation>Study and work record (optional)</translation>
    </message>
    <message>
        <source>事迹</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>学习与工作表现</source>
        <translation>Study and work record</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>{name} 的照片</source>
        <translation>Photo of {name}</translation>
    </message>
    <message>
        <source>还没有选择照片（JPEG或PNG，不超过8 MB）</source>
        <translation>No photo chosen yet (JPEG or PNG, up to 8 MB)</translation>
    </message>
    <message>
        <source>选择照片…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <source>删除照片（本人撤回同意）</source>
        <translation>Delete photo (consent withdrawn)</translation>
    </message>
    <message>
        <source>本人签字同意书</source>
        <translation>Signed consent form</translation>
    </message>
    <message>
        <source>本人同意的方式</source>
        <translation>How consent was given</translation>
    </message>
    <message>
        <source>照片只在本人同意后保存，保存时去掉拍摄信息；同意的方式、登记人和时间都会记录。</source>
        <translation>A photo is kept only with the person&apos;s consent, without its camera data; how consent was given, who recorded it and when are all recorded.</translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation>Choose photo</translation>
    </message>
    <message>
        <source>图片 (*.jpg *.jpeg *.png)</source>
        <translation>Pictures (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>PlatformTab</name>
    <message>
        <source>如 https://qxym.example.gov.cn</source>
        <translation>e.g. https://qxym.example.gov.cn</translation>
    </message>
    <message>
        <source>清除令牌</source>
        <translation>Clear token</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>没有导入新的平台回执时，在“数据上报”中提醒</source>
        <translation>warn in Reporting when no new platform receipt was imported</translation>
    </message>
    <message>
        <source>省平台在线上报</source>
        <translation>Online reporting to the provincial platform</translation>
    </message>
    <message>
        <source>平台地址</source>
        <translation>Platform address</translation>
    </message>
    <message>
        <source>企业令牌</source>
        <translation>Enterprise token</translation>
    </message>
    <message>
        <source>回执超过</source>
        <translation>Receipts older than</translation>
    </message>
    <message>
        <source>令牌由省平台发放给本企业，凭它即可以本企业的名义上报数据，请像密码一样保管。保存后不再显示；它加密保存在数据库中，密钥只在这台电脑上（用户数据文件夹），所以数据库的备份、拷贝和审计日志中都看不到令牌。换一台电脑打开同一数据库时需要重新输入。</source>
        <translation>The provincial platform issues the token to this enterprise; with it anyone can report in the enterprise&apos;s name, so keep it like a password. Once saved it is never shown again; it is stored encrypted in the database with the key only on this computer (the user data folder), so backups, copies and the audit log never show it. Opening the same database on another computer needs it typed again.</translation>
    </message>
    <message>
        <source>尚未保存令牌</source>
        <translation>No token saved yet</translation>
    </message>
    <message>
        <source>粘贴平台发放的企业令牌</source>
        <translation>Paste the enterprise token the platform issued</translation>
    </message>
    <message>
        <source>已保存（不显示）。要更换，输入新令牌后保存。</source>
        <translation>Saved (not shown). To replace it, type a new token and save.</translation>
    </message>
    <message>
        <source>已保存，不显示</source>
        <translation>Saved, not shown</translation>
    </message>
    <message>
        <source>已保存的令牌在这台电脑上无法读取（在另一台电脑上保存的）：请重新输入。</source>
        <translation>The saved token cannot be read on this computer (it was saved on another one): type it again.</translation>
    </message>
    <message>
        <source>请重新输入令牌</source>
        <translation>Type the token again</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>令牌已清除。</source>
        <translation>Token cleared.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>打印预览 — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
    <message>
        <source>共 {n} 页</source>
        <translation>Pages: {n}</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>正在打印……</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>PrintTab</name>
    <message>
        <source>TrueType 字体 (*.ttf *.ttc *.TTF *.TTC);;所有文件 (*)</source>
        <translation>TrueType fonts (*.ttf *.ttc *.TTF *.TTC);;All files (*)</translation>
    </message>
    <message>
        <source>“{char}”（U+{code}）在所有打印字体中都没有：请添加含有这个字的字体。</source>
        <translation>&quot;{char}&quot; (U+{code}) is in none of the print fonts: add a font that has it.</translation>
    </message>
    <message>
        <source>选择字体文件…</source>
        <translation>Choose font file…</translation>
    </message>
    <message>
        <source>恢复内置字体</source>
        <translation>Back to the built-in font</translation>
    </message>
    <message>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>输入姓名等文字，检查每个字用哪种字体打印</source>
        <translation>Type a name or other text to see which font prints each character</translation>
    </message>
    <message>
        <source>打印字体</source>
        <translation>Print fonts</translation>
    </message>
    <message>
        <source>主字体</source>
        <translation>Main font</translation>
    </message>
    <message>
        <source>补充字体（生僻字）</source>
        <translation>Extra fonts (rare characters)</translation>
    </message>
    <message>
        <source>检查文字</source>
        <translation>Check text</translation>
    </message>
    <message>
        <source>PDF 中嵌入所用字体的子集，任何电脑和打印机都能原样打印。只能使用 TrueType 字体（.ttf、.ttc）。主字体没有的字依次从补充字体、内置的文泉驿正黑和 Droid Sans Fallback 中取；所有字体都没有的字会让文件无法生成，并说明是谁的哪个字。</source>
        <translation>PDFs embed a subset of the fonts they use, so any computer and printer prints them as they are. Only TrueType fonts (.ttf, .ttc) can be used. A character the main font lacks is taken from the extra fonts, then the built-in WenQuanYi Zen Hei and Droid Sans Fallback; a character no font has stops the file from being made, naming whose character it is.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>公示名单</source>
        <translation>Posting list</translation>
    </message>
    <message>
        <source>异议说明</source>
        <translation>Objection notice</translation>
    </message>
    <message>
        <source>内置：文泉驿正黑（wqy-zenhei.ttc）</source>
        <translation>Built in: WenQuanYi Zen Hei (wqy-zenhei.ttc)</translation>
    </message>
    <message>
        <source>选择主字体</source>
        <translation>Choose the main font</translation>
    </message>
    <message>
        <source>添加补充字体</source>
        <translation>Add an extra font</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>新增专业</source>
        <translation>New programme</translation>
    </message>
    <message>
        <source>编辑专业</source>
        <translation>Edit programme</translation>
    </message>
    <message>
        <source> 个学期</source>
        <translation> terms</translation>
    </message>
    <message>
        <source>如 80 或 80.5</source>
        <translation>e.g. 80 or 80.5</translation>
    </message>
    <message>
        <source>元，如 3600</source>
        <translation>yuan, e.g. 3600</translation>
    </message>
    <message>
        <source>按院校规定</source>
        <translation>as the institution sets it</translation>
    </message>
    <message>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <source>每年学费（元）</source>
        <translation>Tuition a year (yuan)</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>该专业已有学籍，层次和学习形式不能再改</source>
        <translation>This programme has enrolments: its level and study form can no longer change</translation>
    </message>
    <message>
        <source>请填写总学分（数字，最多一位小数）</source>
        <translation>Fill in the total credits (a number, at most one decimal)</translation>
    </message>
    <message>
        <source>请填写每年学费，以元为单位，最多两位小数</source>
        <translation>Fill in the tuition a year, in yuan, at most two decimals</translation>
    </message>
    <message>
        <source>请先新增院校</source>
        <translation>Add an institution first</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在取消，已经做的部分不会写入……</source>
        <translation>Cancelling; nothing done so far will be written…</translation>
    </message>
</context>
<context>
    <name>RepaymentDialog</name>
    <message>
        <source>登记退款</source>
        <translation>Record repayment</translation>
    </message>
    <message>
        <source>收据号或转账流水号</source>
        <translation>Receipt or transfer number</translation>
    </message>
    <message>
        <source>收款日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>退还金额（元）</source>
        <translation>Amount repaid (yuan)</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>凭证号</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>{name}，申请 {claim}（{source}，{funder}）：已支付 {paid}，{date} 离职，未服务 {u}/{t} 天，应退 {due}，已退 {back}，尚欠 {owed}。</source>
        <translation>{name}, claim {claim} ({source}, {funder}): paid {paid}, left on {date}, {u}/{t} days not served; {due} to repay, {back} repaid, {owed} owed.</translation>
    </message>
    <message>
        <source>请填写退还金额，以元为单位</source>
        <translation>Fill in the amount repaid, in yuan</translation>
    </message>
    <message>
        <source>不能超过尚欠的 {owed}</source>
        <translation>Cannot exceed the {owed} owed</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>年度统计报表</source>
        <translation>Annual statistics report</translation>
    </message>
    <message>
        <source>给上级工会和教育局的年度统计：资助人数和金额（按经费来源、层次、学习形式、部门）、毕业人数，附图表。金额按支付日期统计。</source>
        <translation>The annual statistics for the union above and the education bureau: learners funded and amounts (by funding source, level, study form and department) and graduates, with charts. Amounts count by payment date.</translation>
    </message>
    <message>
        <source>Excel 工作簿（每张表一个工作表，含图表）</source>
        <translation>Excel workbook (a sheet per table, with charts)</translation>
    </message>
    <message>
        <source>PDF（A4，可直接打印）</source>
        <translation>PDF (A4, ready to print)</translation>
    </message>
    <message>
        <source>保存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>统计年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>文件类型</source>
        <translation>File type</translation>
    </message>
    <message>
        <source>{y}年</source>
        <translation>{y}</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>{year}年度求学圆梦行动统计报表{suffix}</source>
        <translation>qiuxue-annual-report-{year}{suffix}</translation>
    </message>
    <message>
        <source>保存统计报表</source>
        <translation>Save the annual report</translation>
    </message>
    <message>
        <source>正在生成{y}年的统计报表……</source>
        <translation>Making the report for {y}…</translation>
    </message>
    <message>
        <source>已保存：{path}
资助 {n} 人，毕业 {g} 人。</source>
        <translation>Saved: {path}
{n} learners funded, {g} graduated.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>用这个备份替换当前的数据库：
{what}

当前的数据库会先自动备份，恢复后窗口显示备份中的数据。</source>
        <translation>Replace the current database with this backup:
{what}

The current database is backed up first; after the restore the window shows the data of the backup.</translation>
    </message>
    <message>
        <source>这个备份已加密，请输入复制时设的密码</source>
        <translation>This backup is encrypted: enter the password set when it was copied</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>录入成绩</source>
        <translation>Enter result</translation>
    </message>
    <message>
        <source>{name}&#x3000;{prog}（{level}），学号 {no}</source>
        <translation>{name}  {prog} ({level}), student no. {no}</translation>
    </message>
    <message>
        <source>已考{n}次，最近 {latest}</source>
        <translation>{n} sittings, latest {latest}</translation>
    </message>
    <message>
        <source>未考</source>
        <translation>not sat</translation>
    </message>
    <message>
        <source>第{term}学期 {name}（{credits}学分）— {state}</source>
        <translation>Term {term} {name} ({credits} credits) — {state}</translation>
    </message>
    <message>
        <source>0–100分，或 优/良/中/及格/不及格/合格/不合格/缺考/免修</source>
        <translation>0–100, or 优/良/中/及格/不及格/合格/不合格/缺考/免修</translation>
    </message>
    <message>
        <source>填写考试日期</source>
        <translation>Fill in the exam date</translation>
    </message>
    <message>
        <source>按考试日期（或教学计划）</source>
        <translation>from the exam date (or the course plan)</translation>
    </message>
    <message>
        <source>{label}（第{n}学期）</source>
        <translation>{label} (term {n})</translation>
    </message>
    <message>
        <source>考试次数</source>
        <translation>Sitting</translation>
    </message>
    <message>
        <source>保存成绩</source>
        <translation>Save result</translation>
    </message>
    <message>
        <source>这个学籍的教学计划中没有待考的课程</source>
        <translation>This enrolment&apos;s course plan has no course left to sit</translation>
    </message>
    <message>
        <source>第 {n} 次（补考）</source>
        <translation>Sitting {n} (resit)</translation>
    </message>
    <message>
        <source>第 1 次</source>
        <translation>First sitting</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>不通过</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>没有可以录入成绩的课程</source>
        <translation>No course to enter a result for</translation>
    </message>
</context>
<context>
    <name>RiskTableModel</name>
    <message>
        <source>{n}门课程不及格，尚未补考通过</source>
        <translation>{n} courses failed and not yet passed on resit</translation>
    </message>
    <message>
        <source>上一学期（{term}，第{n}学期）没有取得学分</source>
        <translation>No credits last term ({term}, term {n})</translation>
    </message>
    <message>
        <source>已超过预计毕业日期{date}，尚未毕业</source>
        <translation>Past the expected graduation date {date} and not graduated</translation>
    </message>
    <message>
        <source>休学已{n}个月，院校允许最长{m}个月</source>
        <translation>Suspended for {n} months; the institution allows {m} at most</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <source>院校</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>专业</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>层次</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>学分</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>学期</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>未通过</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>预警原因</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>修改角色</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>“{name}”的角色决定能做哪些操作。</source>
        <translation>The role of &quot;{name}&quot; decides what they may do.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>SchemeDialog</name>
    <message>
        <source>新建资助项目</source>
        <translation>New scheme</translation>
    </message>
    <message>
        <source>资助项目：{name}</source>
        <translation>Scheme: {name}</translation>
    </message>
    <message>
        <source>如 福建省求学圆梦助学金</source>
        <translation>e.g. Fujian Qiuxue Yuanmeng bursary</translation>
    </message>
    <message>
        <source>如 福建省总工会、本企业</source>
        <translation>e.g. Fujian Federation of Trade Unions, this enterprise</translation>
    </message>
    <message>
        <source>%，如 60 或 12.5</source>
        <translation>%, e.g. 60 or 12.5</translation>
    </message>
    <message>
        <source>元，如 1000</source>
        <translation>yuan, e.g. 1000</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>须为工会会员</source>
        <translation>Union members only</translation>
    </message>
    <message>
        <source>只限一线职工</source>
        <translation>Front-line workers only</translation>
    </message>
    <message>
        <source>只限农村户籍</source>
        <translation>Rural hukou only</translation>
    </message>
    <message>
        <source>不要求</source>
        <translation>Not required</translation>
    </message>
    <message>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <source> 周岁</source>
        <translation> years</translation>
    </message>
    <message>
        <source>无服务期</source>
        <translation>No service period</translation>
    </message>
    <message>
        <source>不公示</source>
        <translation>No posting</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>自</source>
        <translation>From</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>启用（停用的项目不再参与计算）</source>
        <translation>Active (an inactive scheme is left out of the calculation)</translation>
    </message>
    <message>
        <source>依据的文件、申请时要交的材料等</source>
        <translation>The documents it rests on, what to hand in with a claim, etc.</translation>
    </message>
    <message>
        <source>比例（%）</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <source>固定金额（元）</source>
        <translation>Fixed amount (yuan)</translation>
    </message>
    <message>
        <source>各层次</source>
        <translation>By level</translation>
    </message>
    <message>
        <source>（元）</source>
        <translation> (yuan)</translation>
    </message>
    <message>
        <source>资助层次（不选：全部）</source>
        <translation>Levels funded (none ticked: all)</translation>
    </message>
    <message>
        <source>工会会员</source>
        <translation>Union member</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>户籍</source>
        <translation>Hukou</translation>
    </message>
    <message>
        <source>劳动合同至少</source>
        <translation>Labour contract at least</translation>
    </message>
    <message>
        <source>年龄不低于</source>
        <translation>Age at least</translation>
    </message>
    <message>
        <source>年龄不高于</source>
        <translation>Age at most</translation>
    </message>
    <message>
        <source>有效期自</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Valid to</translation>
    </message>
    <message>
        <source>项目与计算方式</source>
        <translation>Scheme and calculation</translation>
    </message>
    <message>
        <source>上限</source>
        <translation>Caps</translation>
    </message>
    <message>
        <source>资助条件</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>服务期、公示与有效期</source>
        <translation>Service period, posting and validity</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>请填写比例，如 60 或 12.5</source>
        <translation>Fill in the rate, e.g. 60 or 12.5</translation>
    </message>
    <message>
        <source>请填写固定金额，以元为单位</source>
        <translation>Fill in the fixed amount, in yuan</translation>
    </message>
    <message>
        <source>成绩分档</source>
        <translation>Grade tiers</translation>
    </message>
    <message>
        <source>服务期只适用于企业自有资金（职工教育经费、企业其他经费），工会和财政资金没有服务期</source>
        <translation>A service period applies only to the enterprise&apos;s own money (staff education fund, other enterprise funds); union and government money has none</translation>
    </message>
</context>
<context>
    <name>SchemeSummary</name>
    <message>
        <source>入学时</source>
        <translation>At intake: </translation>
    </message>
    <message>
        <source>每学年</source>
        <translation>Every year: </translation>
    </message>
    <message>
        <source>每学期</source>
        <translation>Every term: </translation>
    </message>
    <message>
        <source>毕业后</source>
        <translation>After graduation: </translation>
    </message>
    <message>
        <source>按学费比例资助（比例未填）</source>
        <translation>a share of tuition (rate not filled in)</translation>
    </message>
    <message>
        <source>按学费的 {p} 资助</source>
        <translation>{p} of tuition</translation>
    </message>
    <message>
        <source>定额资助（金额未填）</source>
        <translation>a fixed amount (not filled in)</translation>
    </message>
    <message>
        <source>定额 {m}</source>
        <translation>a fixed {m}</translation>
    </message>
    <message>
        <source>按层次资助（各层次未填）</source>
        <translation>by level (levels not filled in)</translation>
    </message>
    <message>
        <source>按层次：{t}</source>
        <translation>by level: {t}</translation>
    </message>
    <message>
        <source>按成绩分档（分档未填）</source>
        <translation>by grade tier (tiers not filled in)</translation>
    </message>
    <message>
        <source>平均 {s} 分以上 {p}</source>
        <translation>average {s} or more: {p}</translation>
    </message>
    <message>
        <source>按成绩分档：{t}</source>
        <translation>by grade tier: {t}</translation>
    </message>
    <message>
        <source>（计算方式未选）</source>
        <translation>(no calculation chosen)</translation>
    </message>
    <message>
        <source>每次不超过 {m}</source>
        <translation>at most {m} a claim</translation>
    </message>
    <message>
        <source>每人每年不超过 {m}</source>
        <translation>at most {m} a person a year</translation>
    </message>
    <message>
        <source>每人累计不超过 {m}</source>
        <translation>at most {m} a person in all</translation>
    </message>
    <message>
        <source>每人同一层次不超过 {m}</source>
        <translation>at most {m} a person per level</translation>
    </message>
    <message>
        <source>只资助{l}</source>
        <translation>only {l}</translation>
    </message>
    <message>
        <source>须为工会会员</source>
        <translation>Union members only</translation>
    </message>
    <message>
        <source>劳动合同满 {n} 个月</source>
        <translation>labour contract of {n} months or more</translation>
    </message>
    <message>
        <source>只限一线职工</source>
        <translation>Front-line workers only</translation>
    </message>
    <message>
        <source>只限农村户籍</source>
        <translation>Rural hukou only</translation>
    </message>
    <message>
        <source>年龄 {a}–{b} 周岁</source>
        <translation>aged {a}–{b}</translation>
    </message>
    <message>
        <source>年满 {a} 周岁</source>
        <translation>aged {a} or over</translation>
    </message>
    <message>
        <source>不超过 {b} 周岁</source>
        <translation>aged {b} or under</translation>
    </message>
    <message>
        <source>每人限一个学籍</source>
        <translation>one enrolment a person</translation>
    </message>
    <message>
        <source>每个层次限一个学籍</source>
        <translation>one enrolment per level</translation>
    </message>
    <message>
        <source>须服务满 {n} 个月，未满离职按未服务天数退还</source>
        <translation>a service period of {n} months, repaid by the days not served when leaving earlier</translation>
    </message>
    <message>
        <source>{a} 至 {b} 有效</source>
        <translation>valid {a} to {b}</translation>
    </message>
    <message>
        <source>{a} 起有效</source>
        <translation>valid from {a}</translation>
    </message>
    <message>
        <source>有效至 {b}</source>
        <translation>valid to {b}</translation>
    </message>
    <message>
        <source>公示 {n} 天后发放</source>
        <translation>paid after {n} days of posting</translation>
    </message>
    <message>
        <source>{parts}。</source>
        <translation>{parts}.</translation>
    </message>
    <message>
        <source>（已停用）</source>
        <translation>(inactive) </translation>
    </message>
</context>
<context>
    <name>SchemesTab</name>
    <message>
        <source>位次</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>资助方</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>资金来源</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>发放时机</source>
        <translation>When paid</translation>
    </message>
    <message>
        <source>计算方式</source>
        <translation>Calculation</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已占用金额</source>
        <translation>Amount taken</translation>
    </message>
    <message>
        <source>资助项目按位次依次计算：排在前面的项目先付，后面的项目只在余下的学费内计算，最后余下的是学员个人承担的部分。已占用金额是审批中和已支付的申请占用的资助。</source>
        <translation>Schemes are calculated in order: the first pays first, each later one works on the tuition left, and what is left at the end is the learner&apos;s share. The amount taken is the subsidy held by claims in approval and paid.</translation>
    </message>
    <message>
        <source>新建…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>还没有资助项目。</source>
        <translation>No schemes yet.</translation>
    </message>
    <message>
        <source>选择一个资助项目查看其规则。</source>
        <translation>Choose a scheme to see its rule.</translation>
    </message>
    <message>
        <source>{name}：{rule}</source>
        <translation>{name}: {rule}</translation>
    </message>
    <message>
        <source>确认删除</source>
        <translation>Confirm delete</translation>
    </message>
    <message>
        <source>删除资助项目“{name}”及其各年预算？</source>
        <translation>Delete the scheme &quot;{name}&quot; and its budgets?</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>姓名、拼音首字母、身份证后4位、工号、学号、申请编号、票据号码、证书编号</source>
        <translation>Name, pinyin initials, last 4 of the ID number, employee no., student no., claim, invoice or certificate number</translation>
    </message>
    <message>
        <source>输入后按 ↑↓ 选择，Enter 打开，Esc 关闭</source>
        <translation>Type, then ↑↓ to choose, Enter to open, Esc to close</translation>
    </message>
    <message>
        <source>没有找到“{text}”</source>
        <translation>Nothing found for &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>找到 {n} 条{more}：↑↓ 选择，Enter 打开</source>
        <translation>{n} found{more}: ↑↓ to choose, Enter to open</translation>
    </message>
    <message>
        <source>（只列出最相关的）</source>
        <translation> (only the most relevant listed)</translation>
    </message>
</context>
<context>
    <name>ServicePeriodsDialog</name>
    <message>
        <source>60天内服务期届满</source>
        <translation>Service periods ending within 60 days</translation>
    </message>
    <message>
        <source>以下学员由企业出资（职工教育经费或企业其他经费）报销的学费约定了服务期，服务期将在60天内届满。届满后离职不再需要返还费用。双击一行打开报销申请。</source>
        <translation>These learners&apos; tuition, funded by the enterprise (staff education fund or other enterprise funds), came with a service period that ends within 60 days. Leaving after that needs no repayment. Double-click a row to open the claim.</translation>
    </message>
    <message>
        <source>服务期至</source>
        <translation>Service until</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>申请编号</source>
        <translation>Claim no.</translation>
    </message>
    <message>
        <source>出资方</source>
        <translation>Funded by</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>支付日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>服务期</source>
        <translation>Service period</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{m} 个月</source>
        <translation>{m} months</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>常规</source>
        <translation>General</translation>
    </message>
    <message>
        <source>账户</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>证书</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>企业信息</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>平台连接</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Printing</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>菜单里的每个命令都可以用键盘完成：按 Alt 加菜单后括号里的字母打开菜单。</source>
        <translation>Every command in the menus works from the keyboard: press Alt with the underlined letter to open a menu.</translation>
    </message>
    <message>
        <source>按键</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>命令</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>菜单</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>未登录</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>本机用户：{name}（未设账户）</source>
        <translation>User of this computer: {name} (no accounts)</translation>
    </message>
    <message>
        <source>当前用户：{name}（{role}）</source>
        <translation>Signed in: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>SittingDialog</name>
    <message>
        <source>安排考试</source>
        <translation>Schedule exam</translation>
    </message>
    <message>
        <source>{name}&#x3000;{prog}（{level}），学号 {no}</source>
        <translation>{name}  {prog} ({level}), student no. {no}</translation>
    </message>
    <message>
        <source>（补考）</source>
        <translation> (resit)</translation>
    </message>
    <message>
        <source>第{term}学期 {name}{resit}</source>
        <translation>Term {term} {name}{resit}</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>考点、教室</source>
        <translation>Exam site, room</translation>
    </message>
    <message>
        <source>课程</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>考试日期</source>
        <translation>Exam date</translation>
    </message>
    <message>
        <source>考试时间</source>
        <translation>Exam time</translation>
    </message>
    <message>
        <source>考试地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>这个学籍没有待考的课程</source>
        <translation>This enrolment has no course left to sit</translation>
    </message>
    <message>
        <source>结束时间应晚于开始时间</source>
        <translation>The end time must be after the start time</translation>
    </message>
</context>
<context>
    <name>SpendDialog</name>
    <message>
        <source>新增培训支出</source>
        <translation>New training spending</translation>
    </message>
    <message>
        <source>修改培训支出</source>
        <translation>Edit training spending</translation>
    </message>
    <message>
        <source>如 焊工特种作业复审培训（32人）</source>
        <translation>e.g. welders&apos; special work permit renewal training (32 people)</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>元；用于一线职工的部分，空白为 0</source>
        <translation>yuan; the part spent on front-line workers, blank for 0</translation>
    </message>
    <message>
        <source>支出日期</source>
        <translation>Spent on</translation>
    </message>
    <message>
        <source>用途（317号十一项）</source>
        <translation>Use (the eleven of No. 317)</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>其中用于一线职工（元）</source>
        <translation>Of which front line (yuan)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>请填写金额，以元为单位</source>
        <translation>Fill in the amount, in yuan</translation>
    </message>
    <message>
        <source>请填写摘要</source>
        <translation>Fill in the description</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>毕业登记</source>
        <translation>Record graduation</translation>
    </message>
    <message>
        <source>变更学籍状态</source>
        <translation>Change enrolment status</translation>
    </message>
    <message>
        <source>{name}&#x3000;{inst} {prog}（{level}）
学号 {no}，现为“{status}”（自 {since} 起）</source>
        <translation>{name}  {inst} {prog} ({level})
Student no. {no}, now &quot;{status}&quot; (since {since})</translation>
    </message>
    <message>
        <source>{label}（不允许）</source>
        <translation>{label} (not allowed)</translation>
    </message>
    <message>
        <source>如：因工作调动申请休学；学院批准复学</source>
        <translation>e.g. suspended for a job transfer; the college approved the return</translation>
    </message>
    <message>
        <source>新状态</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>变更日期</source>
        <translation>Date of change</translation>
    </message>
    <message>
        <source>原因／说明</source>
        <translation>Reason / note</translation>
    </message>
    <message>
        <source>毕业证书编号</source>
        <translation>Diploma number</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>按证书上的编号填写。</source>
        <translation>As printed on the diploma.</translation>
    </message>
    <message>
        <source>或</source>
        <translation> or </translation>
    </message>
    <message>
        <source>18位：院校代码 {code} + 办学类型 {kind} + 年份 {year} + 层次 {level} + 6位序号</source>
        <translation>18 characters: institution code {code} + school type {kind} + year {year} + level {level} + a 6-digit serial</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>{action}：{no}&#x3000;{name}&#x3000;应分摊 {base}，现为“{state}”</source>
        <translation>{action}: {no}  {name}  to split {base}, now &quot;{state}&quot;</translation>
    </message>
    <message>
        <source>签名人</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>至少 4 个字，如：发票复印件不清楚，请补交</source>
        <translation>At least 4 characters, e.g. the invoice copy is unreadable, please hand in another</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>审核意见</source>
        <translation>Review note</translation>
    </message>
    <message>
        <source>公示开始日期</source>
        <translation>Posting starts on</translation>
    </message>
    <message>
        <source>转账流水号或凭证号</source>
        <translation>Transfer or voucher number</translation>
    </message>
    <message>
        <source>支付日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>支付方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>流水号／凭证号</source>
        <translation>Transfer / voucher no.</translation>
    </message>
    <message>
        <source>公示 {start} 至 {end}，最早支付日期：{first}</source>
        <translation>Posted {start} to {end}; payable from {first}</translation>
    </message>
    <message>
        <source>本申请的资助项目不要求公示：公示 1 天（{day}），当天即可支付。</source>
        <translation>This claim&apos;s schemes need no posting: posted for 1 day ({day}) and payable the same day.</translation>
    </message>
    <message>
        <source>公示 {n} 天：{start} 至 {end}，{first} 起可以支付。</source>
        <translation>Posted for {n} days: {start} to {end}, payable from {first}.</translation>
    </message>
    <message>
        <source>请填写签名人姓名</source>
        <translation>Fill in the name of the person signing</translation>
    </message>
    <message>
        <source>请写明原因</source>
        <translation>Give the reason</translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message>
        <source>学籍</source>
        <translation>Enrolments</translation>
    </message>
    <message>
        <source>学分</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>学期</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>学期／课程</source>
        <translation>Term / course</translation>
    </message>
    <message>
        <source>考核</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>考试</source>
        <translation>Exam</translation>
    </message>
    <message>
        <source>成绩</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>得学分</source>
        <translation>Credits earned</translation>
    </message>
    <message>
        <source>考试日期</source>
        <translation>Exam date</translation>
    </message>
    <message>
        <source>计划学期</source>
        <translation>Planned term</translation>
    </message>
    <message>
        <source>课程</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>性质</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>最近成绩</source>
        <translation>Latest result</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>变更</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>原因／说明</source>
        <translation>Reason / note</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>各学期成绩</source>
        <translation>Results by term</translation>
    </message>
    <message>
        <source>课程进度</source>
        <translation>Course progress</translation>
    </message>
    <message>
        <source>学籍变更</source>
        <translation>Status changes</translation>
    </message>
    <message>
        <source>考试安排</source>
        <translation>Exams scheduled</translation>
    </message>
    <message>
        <source>变更状态…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <source>毕业登记…</source>
        <translation>Record graduation…</translation>
    </message>
    <message>
        <source>录入成绩…</source>
        <translation>Enter results…</translation>
    </message>
    <message>
        <source>安排考试…</source>
        <translation>Schedule exam…</translation>
    </message>
    <message>
        <source>新增学籍…</source>
        <translation>New enrolment…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>（已于 {d} 离职）</source>
        <translation> (left on {d})</translation>
    </message>
    <message>
        <source>学习情况 — {name}</source>
        <translation>Study record — {name}</translation>
    </message>
    <message>
        <source>{year}年 {level} {inst} {prog}（{status}）</source>
        <translation>{year} {level} {inst} {prog} ({status})</translation>
    </message>
    <message>
        <source>该学员还没有学籍。</source>
        <translation>This learner has no enrolment yet.</translation>
    </message>
    <message>
        <source>{inst}（{code}） {prog}&#x3000;{level}，{form}&#x3000;学号 {no}&#x3000;入学 {intake}&#x3000;预计毕业 {expected}</source>
        <translation>{inst} ({code}) {prog}  {level}, {form}  Student no. {no}  Intake {intake}  Expected graduation {expected}</translation>
    </message>
    <message>
        <source>&#x3000;毕业证书 {n}</source>
        <translation>  Diploma {n}</translation>
    </message>
    <message>
        <source>学籍历程：</source>
        <translation>History: </translation>
    </message>
    <message>
        <source>已得 {earned} / 要求 {required} 学分</source>
        <translation>{earned} of {required} credits</translation>
    </message>
    <message>
        <source>入学已 {done} 个学期 / 学制 {planned} 个学期</source>
        <translation>{done} of {planned} terms</translation>
    </message>
    <message>
        <source>预警：</source>
        <translation>Warning: </translation>
    </message>
    <message>
        <source>学习进展正常，没有预警。</source>
        <translation>Progress is normal; no warning.</translation>
    </message>
    <message>
        <source>学籍已{status}。</source>
        <translation>Enrolment {status}.</translation>
    </message>
    <message>
        <source>第{n}学期（{term}）</source>
        <translation>Term {n} ({term})</translation>
    </message>
    <message>
        <source>{n} 门</source>
        <translation>Courses: {n}</translation>
    </message>
    <message>
        <source>{n} 门未通过</source>
        <translation>Failed: {n}</translation>
    </message>
    <message>
        <source>全部通过</source>
        <translation>All passed</translation>
    </message>
    <message>
        <source>补考（第{n}次）</source>
        <translation>Resit (sitting {n})</translation>
    </message>
    <message>
        <source>首次</source>
        <translation>First</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>不通过</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>还没有成绩。</source>
        <translation>No results yet.</translation>
    </message>
    <message>
        <source>第{n}学期</source>
        <translation>Term {n}</translation>
    </message>
    <message>
        <source>{s}（考了{n}次）</source>
        <translation>{s} ({n} sittings)</translation>
    </message>
    <message>
        <source>登记为 {s}</source>
        <translation>Registered as {s}</translation>
    </message>
</context>
<context>
    <name>SurveyEditor</name>
    <message>
        <source>修改问卷</source>
        <translation>Edit survey</translation>
    </message>
    <message>
        <source>新建问卷</source>
        <translation>New survey</translation>
    </message>
    <message>
        <source>学习满意度调查</source>
        <translation>Study satisfaction survey</translation>
    </message>
    <message>
        <source>匿名（不记录答卷人）</source>
        <translation>Anonymous (who answered is not recorded)</translation>
    </message>
    <message>
        <source>印在纸质问卷题目上方的说明；留空用默认说明</source>
        <translation>The note printed above the questions on paper; blank for the default note</translation>
    </message>
    <message>
        <source>学期</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>预警分数（低于此分提醒）</source>
        <translation>Warning score (warn below it)</translation>
    </message>
    <message>
        <source>分组最少答卷数</source>
        <translation>Fewest answers per group</translation>
    </message>
    <message>
        <source>问卷说明</source>
        <translation>Note to respondents</translation>
    </message>
    <message>
        <source>题目</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>题型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>选项（用“/”分隔）</source>
        <translation>Choices (separated by &quot;/&quot;)</translation>
    </message>
    <message>
        <source>添加题目</source>
        <translation>Add question</translation>
    </message>
    <message>
        <source>删除所选题目</source>
        <translation>Remove selected questions</translation>
    </message>
    <message>
        <source>已有 {n} 份答卷：题目和匿名设置不能再改，可以修改标题、说明和预警分数。</source>
        <translation>{n} answer sheets already: the questions and anonymity can no longer change; the title, note and warning score can.</translation>
    </message>
    <message>
        <source>题目（纸质问卷按此顺序编号；导入在线问卷时按题目文字对应）</source>
        <translation>Questions (numbered in this order on paper; an online export is matched by the question text)</translation>
    </message>
</context>
<context>
    <name>SurveyEntryDialog</name>
    <message>
        <source>录入纸质答卷：{title}（{term}）</source>
        <translation>Enter paper answers: {title} ({term})</translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>所在部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>就读专业</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>答卷学员</source>
        <translation>Learner answering</translation>
    </message>
    <message>
        <source>1–5（5 非常满意）</source>
        <translation>1–5 (5 very satisfied)</translation>
    </message>
    <message>
        <source>意见建议（可不填）</source>
        <translation>Comments (optional)</translation>
    </message>
    <message>
        <source>本次已录入 0 份</source>
        <translation>0 entered this time</translation>
    </message>
    <message>
        <source>保存，录入下一份</source>
        <translation>Save and enter the next</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>本次已录入 {n} 份</source>
        <translation>{n} entered this time</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <source>问卷数据</source>
        <translation>survey answers</translation>
    </message>
    <message>
        <source>导入在线问卷：{title}（{term}）</source>
        <translation>Import online survey: {title} ({term})</translation>
    </message>
    <message>
        <source>请选择问卷工具导出的答卷数据（.xlsx，每行一份答卷）：列标题按题目文字对应问卷的题目，序号、提交时间、来源、IP等列不导入；可以有“部门”“专业”列。</source>
        <translation>Choose the answers exported by the survey tool (.xlsx, one answer sheet a row): column titles are matched to the questions by their text; serial number, submission time, source, IP and similar columns are not imported; &quot;部门&quot; and &quot;专业&quot; columns may be present.</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>可以导入：{n} 份新答卷。</source>
        <translation>Ready to import: {n} new answer sheets.</translation>
    </message>
    <message>
        <source>{n} 份答卷以前已经导入过（序号相同），不会重复导入。</source>
        <translation>{n} answer sheets were imported before (same serial number) and will not be imported again.</translation>
    </message>
    <message>
        <source>不导入的列：{cols}</source>
        <translation>Columns not imported: {cols}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>这是匿名问卷：不记录答卷人，姓名、工号等列不会读取。</source>
        <translation>This survey is anonymous: who answered is not recorded, and name, employee number and similar columns are not read.</translation>
    </message>
    <message>
        <source>没有新的答卷可以导入。</source>
        <translation>No new answer sheets to import.</translation>
    </message>
    <message>
        <source>新答卷</source>
        <translation>New answer sheets</translation>
    </message>
    <message>
        <source>已导入过</source>
        <translation>Imported before</translation>
    </message>
    <message>
        <source>文件中的行</source>
        <translation>Rows in the file</translation>
    </message>
    <message>
        <source>已导入 {n} 份答卷。</source>
        <translation>Answer sheets imported: {n}.</translation>
    </message>
</context>
<context>
    <name>SurveysTab</name>
    <message>
        <source>新建问卷…</source>
        <translation>New survey…</translation>
    </message>
    <message>
        <source>修改问卷…</source>
        <translation>Edit survey…</translation>
    </message>
    <message>
        <source>录入纸质答卷…</source>
        <translation>Enter paper answers…</translation>
    </message>
    <message>
        <source>导入在线问卷…</source>
        <translation>Import online survey…</translation>
    </message>
    <message>
        <source>打印纸质问卷</source>
        <translation>Print paper survey</translation>
    </message>
    <message>
        <source>报告（Excel）…</source>
        <translation>Report (Excel)…</translation>
    </message>
    <message>
        <source>报告（PDF）…</source>
        <translation>Report (PDF)…</translation>
    </message>
    <message>
        <source>各学期问卷</source>
        <translation>Surveys by term</translation>
    </message>
    <message>
        <source>匿名</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>记名</source>
        <translation>Named</translation>
    </message>
    <message>
        <source>{term}&#x3000;{title}
{tag}，{n} 份答卷</source>
        <translation>{term}  {title}
{tag}, {n} answer sheets</translation>
    </message>
    <message>
        <source>还没有问卷：点“新建问卷…”为本学期设一份（可从默认题目开始）。</source>
        <translation>No survey yet: click &quot;New survey…&quot; to set one up for this term (the default questions are a start).</translation>
    </message>
    <message>
        <source>{n} 份答卷，总体平均 {mean} 分（1–5分），预警线 {level} 分。{privacy}</source>
        <translation>{n} answer sheets, overall average {mean} (of 1–5), warning below {level}. {privacy}</translation>
    </message>
    <message>
        <source>题目</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>答卷数</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>平均分</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>各选项人数</source>
        <translation>Answers per choice</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>分组</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>答卷太少，不单独显示</source>
        <translation>Too few answers to show on their own</translation>
    </message>
    <message>
        <source>【第{n}题 {q}】{k} 条</source>
        <translation>[Question {n}: {q}] {k} comments</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>保存满意度调查报告</source>
        <translation>Save the satisfaction survey report</translation>
    </message>
    <message>
        <source>报告已保存</source>
        <translation>Report saved</translation>
    </message>
    <message>
        <source>满意度调查报告已保存到
{path}</source>
        <translation>The satisfaction survey report was saved to
{path}</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>平台回执 (*.json);;所有文件 (*)</source>
        <translation>Platform receipts (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>批次</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>生成时间</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>发送方式</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <source>发送时间</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>尝试</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>回执导入</source>
        <translation>Receipt imported</translation>
    </message>
    <message>
        <source>最近错误</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>暂缓原因</source>
        <translation>Why held back</translation>
    </message>
    <message>
        <source>平台说明</source>
        <translation>Platform&apos;s message</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>无法读取回执文件“{path}”（{error}）。</source>
        <translation>Cannot read the receipt file &quot;{path}&quot; ({error}).</translation>
    </message>
    <message>
        <source>导出批次到U盘…</source>
        <translation>Export batch to USB…</translation>
    </message>
    <message>
        <source>再次写出…</source>
        <translation>Write again…</translation>
    </message>
    <message>
        <source>U 盘丢失时：把等待回执的批次按原样（逐字节相同）再写出一次</source>
        <translation>When a USB stick is lost: write the batch awaiting its receipt once more, byte for byte the same</translation>
    </message>
    <message>
        <source>导入回执…</source>
        <translation>Import receipt…</translation>
    </message>
    <message>
        <source>在线上报</source>
        <translation>Report online</translation>
    </message>
    <message>
        <source>通过网络发送待上报的批次并导入回执（平台地址和令牌在“系统设置 → 平台连接”）</source>
        <translation>Sends what waits to be reported over the network and imports the receipt (the platform address and token are in Settings → Platform)</translation>
    </message>
    <message>
        <source>打开记录</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>暂缓上报</source>
        <translation>Held back</translation>
    </message>
    <message>
        <source>平台拒收</source>
        <translation>Refused by the platform</translation>
    </message>
    <message>
        <source>双击暂缓或拒收的记录可打开它进行更正；更正后它会随下一批重新上报。</source>
        <translation>Double-click a held-back or refused record to open and correct it; once corrected it goes out with the next batch.</translation>
    </message>
    <message>
        <source>{kind} {n} 条</source>
        <translation>{kind}: {n}</translation>
    </message>
    <message>
        <source>待上报：{pending}</source>
        <translation>To report: {pending}</translation>
    </message>
    <message>
        <source>&#x3000;（尚未入学、暂不上报：{waiting}）</source>
        <translation>  (not started yet, waiting: {waiting})</translation>
    </message>
    <message>
        <source>没有等待回执的批次。最近一次导入回执：{last}</source>
        <translation>No batch awaiting a receipt. Last receipt imported: {last}</translation>
    </message>
    <message>
        <source>尚无</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>尚未发送</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <source>第 {seq} 批等待平台回执：{file}（{rows} 行，{sent}）。导入它的回执之前不会生成新的批次。</source>
        <translation>Batch {seq} awaits the platform&apos;s receipt: {file} ({rows} rows, {sent}). No new batch is made until its receipt is imported.</translation>
    </message>
    <message>
        <source>已更正，随下一批重报</source>
        <translation>Corrected, goes with the next batch</translation>
    </message>
    <message>
        <source>待更正</source>
        <translation>To correct</translation>
    </message>
    <message>
        <source>第 {n} 批</source>
        <translation>Batch {n}</translation>
    </message>
    <message>
        <source>记录标识：{id}</source>
        <translation>Record ID: {id}</translation>
    </message>
    <message>
        <source>批次（{n}）</source>
        <translation>Batches ({n})</translation>
    </message>
    <message>
        <source>暂缓上报（{n}）：平台会拒收，未放入批次</source>
        <translation>Held back ({n}): the platform would refuse them, so they are not in a batch</translation>
    </message>
    <message>
        <source>平台拒收（{n}）</source>
        <translation>Refused by the platform ({n})</translation>
    </message>
    <message>
        <source>第 {seq} 批仍在等待回执：可“再次写出”，或先导入它的回执</source>
        <translation>Batch {seq} still awaits its receipt: &quot;Write again&quot;, or import its receipt first</translation>
    </message>
    <message>
        <source>把等待回执的批次再次写到哪个文件夹</source>
        <translation>Folder to write the batch awaiting its receipt to</translation>
    </message>
    <message>
        <source>把批次导出到哪个文件夹（如 U 盘）</source>
        <translation>Folder to export the batch to (e.g. a USB stick)</translation>
    </message>
    <message>
        <source>已写入：{path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <source>另有 {n} 条暂缓上报（平台会拒收），见“暂缓上报”。</source>
        <translation>{n} more held back (the platform would refuse them): see &quot;Held back&quot;.</translation>
    </message>
    <message>
        <source>导出批次</source>
        <translation>Export batch</translation>
    </message>
    <message>
        <source>正在导出上报批次</source>
        <translation>Exporting the batch</translation>
    </message>
    <message>
        <source>选择平台回执</source>
        <translation>Choose the platform receipt</translation>
    </message>
    <message>
        <source>被拒的记录见“平台拒收”：更正后会随下一批重新上报。</source>
        <translation>Refused records are under &quot;Refused by the platform&quot;: once corrected they go out with the next batch.</translation>
    </message>
    <message>
        <source>导入回执</source>
        <translation>Import receipt</translation>
    </message>
    <message>
        <source>正在向省平台上报</source>
        <translation>Reporting to the provincial platform</translation>
    </message>
    <message>
        <source>这条记录已从数据库中删除。</source>
        <translation>This record has been deleted from the database.</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>临时密码</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Type it again</translation>
    </message>
    <message>
        <source>为“{name}”设置临时密码：账户同时解锁，下次登录时必须改成自己的密码。</source>
        <translation>Set a temporary password for &quot;{name}&quot;: the account is unlocked too, and must change it at the next sign-in.</translation>
    </message>
    <message>
        <source>重置</source>
        <translation>Reset</translation>
    </message>
</context>
<context>
    <name>TermChoice</name>
    <message>
        <source>全部学期</source>
        <translation>All terms</translation>
    </message>
    <message>
        <source>身份证号部分隐藏</source>
        <translation>Partly hide ID numbers</translation>
    </message>
    <message>
        <source>汇总表包含该学期“公示中”和“已支付”的申请。</source>
        <translation>The summary holds the claims of the term that are posting or paid.</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>学期</source>
        <translation>Term</translation>
    </message>
</context>
<context>
    <name>TermDelegate</name>
    <message>
        <source>第 </source>
        <translation>Term </translation>
    </message>
    <message>
        <source> 学期</source>
        <translation> </translation>
    </message>
</context>
<context>
    <name>TierTable</name>
    <message>
        <source>平均成绩不低于（分）</source>
        <translation>Average at least</translation>
    </message>
    <message>
        <source>比例（%）</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <source>加一档</source>
        <translation>Add tier</translation>
    </message>
    <message>
        <source>删除此档</source>
        <translation>Remove tier</translation>
    </message>
    <message>
        <source>第{n}档</source>
        <translation>Tier {n}</translation>
    </message>
    <message>
        <source>{w}的分数“{t}”不是数字</source>
        <translation>The score of {w}, &quot;{t}&quot;, is not a number</translation>
    </message>
    <message>
        <source>{w}的分数最多一位小数</source>
        <translation>The score of {w} has at most one decimal</translation>
    </message>
    <message>
        <source>{w}没有填写比例</source>
        <translation>{w} has no rate</translation>
    </message>
</context>
<context>
    <name>TranscriptDialog</name>
    <message>
        <source>成绩单</source>
        <translation>transcript</translation>
    </message>
    <message>
        <source>请选择院校的成绩单（.xlsx）：表头要有“姓名”“课程”“成绩”列和“学号”或“身份证号”列；可以有“学期”“考试日期”“补考”列。</source>
        <translation>Choose the institution&apos;s transcript (.xlsx): it needs &quot;姓名&quot;, &quot;课程&quot; and &quot;成绩&quot; columns and a &quot;学号&quot; or &quot;身份证号&quot; column; &quot;学期&quot;, &quot;考试日期&quot; and &quot;补考&quot; columns may be present.</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>条数</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>新增成绩 {added} 条，补考成绩 {resits} 条，已登记 {unchanged} 条</source>
        <translation>{added} new results, {resits} resit results, {unchanged} already recorded</translation>
    </message>
    <message>
        <source>工作表“{sheet}”，表头在第 {row} 行，共 {n} 行成绩；每一行都已对上学籍和教学计划中的课程。</source>
        <translation>Sheet &quot;{sheet}&quot;, headers on row {row}, {n} result rows; each row is matched to an enrolment and a course of its plan.</translation>
    </message>
    <message>
        <source>成绩单中的成绩都已登记过，没有需要导入的内容。</source>
        <translation>Every result of the transcript is already recorded: nothing to import.</translation>
    </message>
    <message>
        <source>首次考试成绩</source>
        <translation>First sittings</translation>
    </message>
    <message>
        <source>补考成绩</source>
        <translation>Resits</translation>
    </message>
    <message>
        <source>已登记（不变）</source>
        <translation>Already recorded (unchanged)</translation>
    </message>
    <message>
        <source>已导入：新增成绩 {added} 条，补考成绩 {resits} 条。</source>
        <translation>Imported: {added} new results, {resits} resit results.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>核验证书</source>
        <translation>Verify certificate</translation>
    </message>
    <message>
        <source>输入证书上的验证码（空格、换行可有可无），或用扫码枪扫描证书上的二维码</source>
        <translation>Type the certificate&apos;s verification code (spaces and line breaks do not matter), or scan its QR code</translation>
    </message>
    <message>
        <source>核验</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>正在核验……</source>
        <translation>Verifying…</translation>
    </message>
</context>
<context>
    <name>VoiceView</name>
    <message>
        <source>满意度调查</source>
        <translation>Satisfaction surveys</translation>
    </message>
    <message>
        <source>优秀学员</source>
        <translation>Outstanding learners</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>作废证书</source>
        <translation>Void certificate</translation>
    </message>
    <message>
        <source>作废原因，如：姓名有误，已重新颁发</source>
        <translation>Why it is voided, e.g. wrong name, issued again</translation>
    </message>
    <message>
        <source>作废 {number}（{name}）：记录和编号都保留，核验时显示“已作废”及原因，此编号不会再发给别人。</source>
        <translation>Void {number} ({name}): the record and number are kept, verifying it shows &quot;voided&quot; with the reason, and the number is never given to anyone else.</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>在列表中：打开或编辑选中的一行</source>
        <translation>In a list: open or edit the selected row</translation>
    </message>
    <message>
        <source>在“搜索全部”中：选择、打开、关闭</source>
        <translation>In &quot;Search everything&quot;: choose, open, close</translation>
    </message>
    <message>
        <source>在对话框中：到下一个 / 上一个输入框</source>
        <translation>In a dialog: next / previous field</translation>
    </message>
    <message>
        <source>打开菜单（文件 F、转到 G、学员 L、帮助 H）或按下带下划线字母的按钮</source>
        <translation>Open a menu (File F, Go G, Learners L, Help H) or press the button with the underlined letter</translation>
    </message>
    <message>
        <source>关闭对话框，不保存</source>
        <translation>Close a dialog without saving</translation>
    </message>
    <message>
        <source>搜索全部(&amp;K)…</source>
        <translation>Search everything (&amp;K)…</translation>
    </message>
    <message>
        <source>在本页查找(&amp;F)</source>
        <translation>&amp;Find on this page</translation>
    </message>
    <message>
        <source>打印本页(&amp;P)…</source>
        <translation>&amp;Print this page…</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>快捷键(&amp;S)</source>
        <translation>Keyboard &amp;shortcuts</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>转到(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>学员(&amp;L)</source>
        <translation>&amp;Learners</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>这一页没有搜索框：按 Ctrl+K 搜索全部。</source>
        <translation>This page has no search box: press Ctrl+K to search everything.</translation>
    </message>
    <message>
        <source>这一页没有可以打印的内容（或尚未选中要打印的记录）。</source>
        <translation>This page has nothing to print (or no record to print is selected).</translation>
    </message>
    <message>
        <source>已刷新</source>
        <translation>Refreshed</translation>
    </message>
</context>
<context>
    <name>WorkbookImportDialog</name>
    <message>
        <source>Excel 工作簿 (*.xlsx *.xlsm);;所有文件 (*)</source>
        <translation>Excel workbooks (*.xlsx *.xlsm);;All files (*)</translation>
    </message>
    <message>
        <source>工作簿</source>
        <translation>workbook</translation>
    </message>
    <message>
        <source>将更新的内容</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>导入{what}</source>
        <translation>Import {what}</translation>
    </message>
    <message>
        <source>请选择要导入的{what}文件（.xlsx）。</source>
        <translation>Choose the {what} file to import (.xlsx).</translation>
    </message>
    <message>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>保存问题报告…</source>
        <translation>Save problem report…</translation>
    </message>
    <message>
        <source>确认导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>选择{what}</source>
        <translation>Choose {what}</translation>
    </message>
    <message>
        <source>文件：{path}</source>
        <translation>File: {path}</translation>
    </message>
    <message>
        <source>正在读取{what}</source>
        <translation>Reading the {what}</translation>
    </message>
    <message>
        <source>已取消，没有导入任何数据。</source>
        <translation>Cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>{what}有 {n} 处问题，不能导入：没有写入任何数据。</source>
        <translation>The {what} has {n} problems and cannot be imported: nothing was written.</translation>
    </message>
    <message>
        <source>请在 Excel 中改正下面列出的单元格后重新导入；可以把问题保存成报告。</source>
        <translation>Correct the cells listed below in Excel and import again; the problems can be saved as a report.</translation>
    </message>
    <message>
        <source>保存问题报告</source>
        <translation>Save problem report</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>报告已保存</source>
        <translation>Report saved</translation>
    </message>
    <message>
        <source>问题报告已保存到
{path}</source>
        <translation>The problem report was saved to
{path}</translation>
    </message>
    <message>
        <source>正在保存报告</source>
        <translation>Saving the report</translation>
    </message>
    <message>
        <source>正在备份数据库</source>
        <translation>Backing up the database</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>正在导入{what}</source>
        <translation>Importing the {what}</translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>求学圆梦 桌面版</source>
        <translation>Qiuxue Desktop</translation>
    </message>
</context>
<context>
    <name>certificate_dialogs</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>codes</name>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>汉族</source>
        <translation>Han</translation>
    </message>
    <message>
        <source>蒙古族</source>
        <translation>Mongol</translation>
    </message>
    <message>
        <source>回族</source>
        <translation>Hui</translation>
    </message>
    <message>
        <source>藏族</source>
        <translation>Tibetan</translation>
    </message>
    <message>
        <source>维吾尔族</source>
        <translation>Uyghur</translation>
    </message>
    <message>
        <source>苗族</source>
        <translation>Miao</translation>
    </message>
    <message>
        <source>彝族</source>
        <translation>Yi</translation>
    </message>
    <message>
        <source>壮族</source>
        <translation>Zhuang</translation>
    </message>
    <message>
        <source>布依族</source>
        <translation>Bouyei</translation>
    </message>
    <message>
        <source>朝鲜族</source>
        <translation>Korean</translation>
    </message>
    <message>
        <source>满族</source>
        <translation>Manchu</translation>
    </message>
    <message>
        <source>侗族</source>
        <translation>Dong</translation>
    </message>
    <message>
        <source>瑶族</source>
        <translation>Yao</translation>
    </message>
    <message>
        <source>白族</source>
        <translation>Bai</translation>
    </message>
    <message>
        <source>土家族</source>
        <translation>Tujia</translation>
    </message>
    <message>
        <source>哈尼族</source>
        <translation>Hani</translation>
    </message>
    <message>
        <source>哈萨克族</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <source>傣族</source>
        <translation>Dai</translation>
    </message>
    <message>
        <source>黎族</source>
        <translation>Li</translation>
    </message>
    <message>
        <source>傈僳族</source>
        <translation>Lisu</translation>
    </message>
    <message>
        <source>佤族</source>
        <translation>Va</translation>
    </message>
    <message>
        <source>畲族</source>
        <translation>She</translation>
    </message>
    <message>
        <source>高山族</source>
        <translation>Gaoshan</translation>
    </message>
    <message>
        <source>拉祜族</source>
        <translation>Lahu</translation>
    </message>
    <message>
        <source>水族</source>
        <translation>Sui</translation>
    </message>
    <message>
        <source>东乡族</source>
        <translation>Dongxiang</translation>
    </message>
    <message>
        <source>纳西族</source>
        <translation>Nakhi</translation>
    </message>
    <message>
        <source>景颇族</source>
        <translation>Jingpo</translation>
    </message>
    <message>
        <source>柯尔克孜族</source>
        <translation>Kyrgyz</translation>
    </message>
    <message>
        <source>土族</source>
        <translation>Monguor</translation>
    </message>
    <message>
        <source>达斡尔族</source>
        <translation>Daur</translation>
    </message>
    <message>
        <source>仫佬族</source>
        <translation>Mulao</translation>
    </message>
    <message>
        <source>羌族</source>
        <translation>Qiang</translation>
    </message>
    <message>
        <source>布朗族</source>
        <translation>Blang</translation>
    </message>
    <message>
        <source>撒拉族</source>
        <translation>Salar</translation>
    </message>
    <message>
        <source>毛南族</source>
        <translation>Maonan</translation>
    </message>
    <message>
        <source>仡佬族</source>
        <translation>Gelao</translation>
    </message>
    <message>
        <source>锡伯族</source>
        <translation>Xibe</translation>
    </message>
    <message>
        <source>阿昌族</source>
        <translation>Achang</translation>
    </message>
    <message>
        <source>普米族</source>
        <translation>Pumi</translation>
    </message>
    <message>
        <source>塔吉克族</source>
        <translation>Tajik</translation>
    </message>
    <message>
        <source>怒族</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>乌孜别克族</source>
        <translation>Uzbek</translation>
    </message>
    <message>
        <source>俄罗斯族</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>鄂温克族</source>
        <translation>Evenki</translation>
    </message>
    <message>
        <source>德昂族</source>
        <translation>De&apos;ang</translation>
    </message>
    <message>
        <source>保安族</source>
        <translation>Bonan</translation>
    </message>
    <message>
        <source>裕固族</source>
        <translation>Yugur</translation>
    </message>
    <message>
        <source>京族</source>
        <translation>Gin</translation>
    </message>
    <message>
        <source>塔塔尔族</source>
        <translation>Tatar</translation>
    </message>
    <message>
        <source>独龙族</source>
        <translation>Derung</translation>
    </message>
    <message>
        <source>鄂伦春族</source>
        <translation>Oroqen</translation>
    </message>
    <message>
        <source>赫哲族</source>
        <translation>Hezhen</translation>
    </message>
    <message>
        <source>门巴族</source>
        <translation>Monpa</translation>
    </message>
    <message>
        <source>珞巴族</source>
        <translation>Lhoba</translation>
    </message>
    <message>
        <source>基诺族</source>
        <translation>Jino</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>外国血统中国籍人士</source>
        <translation>Chinese citizen of foreign origin</translation>
    </message>
    <message>
        <source>农村</source>
        <translation>Rural</translation>
    </message>
    <message>
        <source>城镇</source>
        <translation>Urban</translation>
    </message>
    <message>
        <source>一线</source>
        <translation>Front line</translation>
    </message>
    <message>
        <source>初中及以下</source>
        <translation>Junior secondary or less</translation>
    </message>
    <message>
        <source>高中/中专/技校</source>
        <translation>Senior / vocational secondary</translation>
    </message>
    <message>
        <source>大专</source>
        <translation>Junior college</translation>
    </message>
    <message>
        <source>本科及以上</source>
        <translation>Bachelor&apos;s or higher</translation>
    </message>
    <message>
        <source>农民工</source>
        <translation>Migrant worker</translation>
    </message>
    <message>
        <source>产业工人</source>
        <translation>Industrial worker</translation>
    </message>
    <message>
        <source>在职</source>
        <translation>Employed</translation>
    </message>
    <message>
        <source>离职</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>高起专</source>
        <translation>Secondary to junior college</translation>
    </message>
    <message>
        <source>专升本</source>
        <translation>Junior college to bachelor</translation>
    </message>
    <message>
        <source>高起本</source>
        <translation>Secondary to bachelor&apos;s</translation>
    </message>
    <message>
        <source>中职</source>
        <translation>Vocational secondary</translation>
    </message>
    <message>
        <source>职业技能等级</source>
        <translation>Vocational skill level</translation>
    </message>
    <message>
        <source>成人高考</source>
        <translation>Adult entrance exam</translation>
    </message>
    <message>
        <source>开放教育</source>
        <translation>Open education</translation>
    </message>
    <message>
        <source>网络教育</source>
        <translation>Online education</translation>
    </message>
    <message>
        <source>自学考试</source>
        <translation>Self-study exams</translation>
    </message>
    <message>
        <source>职业技能培训</source>
        <translation>Vocational skills training</translation>
    </message>
    <message>
        <source>成人高考（函授/业余）</source>
        <translation>Adult entrance exam (correspondence / part-time)</translation>
    </message>
    <message>
        <source>成人高考（非脱产）</source>
        <translation>Adult entrance exam (while working)</translation>
    </message>
    <message>
        <source>普通</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>成人</source>
        <translation>Adult</translation>
    </message>
    <message>
        <source>自考/文凭考试</source>
        <translation>Self-study / diploma exams</translation>
    </message>
    <message>
        <source>网络</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>考试</source>
        <translation>Exam</translation>
    </message>
    <message>
        <source>考查</source>
        <translation>Coursework</translation>
    </message>
    <message>
        <source>报名</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>录取</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <source>在读</source>
        <translation>Studying</translation>
    </message>
    <message>
        <source>休学</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>毕业</source>
        <translation>Graduated</translation>
    </message>
    <message>
        <source>结业</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>退学</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>发票</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>收据</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>一个学期</source>
        <translation>One term</translation>
    </message>
    <message>
        <source>一个学年</source>
        <translation>One year</translation>
    </message>
    <message>
        <source>学费报销</source>
        <translation>Tuition claim</translation>
    </message>
    <message>
        <source>毕业补助</source>
        <translation>Graduation grant</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>人事审核</source>
        <translation>HR review</translation>
    </message>
    <message>
        <source>工会审批</source>
        <translation>Union approval</translation>
    </message>
    <message>
        <source>公示中</source>
        <translation>Posting</translation>
    </message>
    <message>
        <source>已支付</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>银行转账</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>助力卡</source>
        <translation>Support card</translation>
    </message>
    <message>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>随工资发放</source>
        <translation>With wages</translation>
    </message>
    <message>
        <source>财政补助</source>
        <translation>Government subsidy</translation>
    </message>
    <message>
        <source>工会补助</source>
        <translation>Union subsidy</translation>
    </message>
    <message>
        <source>职工教育经费</source>
        <translation>Staff education fund</translation>
    </message>
    <message>
        <source>企业其他经费</source>
        <translation>Other enterprise funds</translation>
    </message>
    <message>
        <source>学校减免</source>
        <translation>School remission</translation>
    </message>
    <message>
        <source>个人承担</source>
        <translation>Learner&apos;s share</translation>
    </message>
    <message>
        <source>入学时（每个学籍一次）</source>
        <translation>At intake (once per enrolment)</translation>
    </message>
    <message>
        <source>每学年</source>
        <translation>Every year</translation>
    </message>
    <message>
        <source>每学期</source>
        <translation>Every term</translation>
    </message>
    <message>
        <source>毕业后</source>
        <translation>After graduation</translation>
    </message>
    <message>
        <source>按学费比例</source>
        <translation>Share of tuition</translation>
    </message>
    <message>
        <source>固定金额</source>
        <translation>Fixed amount</translation>
    </message>
    <message>
        <source>按层次</source>
        <translation>By level</translation>
    </message>
    <message>
        <source>按成绩分档</source>
        <translation>By grade tier</translation>
    </message>
    <message>
        <source>比例</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>每人限一个学籍</source>
        <translation>one enrolment a person</translation>
    </message>
    <message>
        <source>每个层次限一个学籍</source>
        <translation>one enrolment per level</translation>
    </message>
    <message>
        <source>上岗和转岗培训</source>
        <translation>Induction and transfer training</translation>
    </message>
    <message>
        <source>各类岗位适应性培训</source>
        <translation>Job adaptation training</translation>
    </message>
    <message>
        <source>岗位培训、职业技术等级培训、高技能人才培训</source>
        <translation>Job, vocational grade and high-skill training</translation>
    </message>
    <message>
        <source>专业技术人员继续教育</source>
        <translation>Continuing education of technical staff</translation>
    </message>
    <message>
        <source>特种作业人员培训</source>
        <translation>Special operations training</translation>
    </message>
    <message>
        <source>企业组织的职工外送培训的经费支出</source>
        <translation>External training arranged by the enterprise</translation>
    </message>
    <message>
        <source>职业技能鉴定、职业资格认证等经费支出</source>
        <translation>Skill assessment and qualification certification</translation>
    </message>
    <message>
        <source>购置教学设备与设施</source>
        <translation>Teaching equipment and facilities</translation>
    </message>
    <message>
        <source>职工岗位自学成才奖励费用</source>
        <translation>Awards for self-taught staff</translation>
    </message>
    <message>
        <source>职工教育培训管理费用</source>
        <translation>Training administration</translation>
    </message>
    <message>
        <source>有关职工教育的其他开支</source>
        <translation>Other staff education spending</translation>
    </message>
    <message>
        <source>结业证书</source>
        <translation>Completion certificate</translation>
    </message>
    <message>
        <source>优秀学员</source>
        <translation>Outstanding learner</translation>
    </message>
    <message>
        <source>荣誉证书</source>
        <translation>Honour certificate</translation>
    </message>
    <message>
        <source>待审批</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>培训专员</source>
        <translation>Training officer</translation>
    </message>
    <message>
        <source>工会主席</source>
        <translation>Union chair</translation>
    </message>
    <message>
        <source>财务</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>查看数据</source>
        <translation>View data</translation>
    </message>
    <message>
        <source>查看审计日志</source>
        <translation>View the audit log</translation>
    </message>
    <message>
        <source>修改企业信息</source>
        <translation>Edit the enterprise&apos;s details</translation>
    </message>
    <message>
        <source>登记、修改和导入学员</source>
        <translation>Register, edit and import learners</translation>
    </message>
    <message>
        <source>查看完整身份证号</source>
        <translation>See full ID numbers</translation>
    </message>
    <message>
        <source>导出含完整身份证号的花名册</source>
        <translation>Export the roster with full ID numbers</translation>
    </message>
    <message>
        <source>管理院校、专业、学籍和成绩</source>
        <translation>Manage institutions, programmes, enrolments and results</translation>
    </message>
    <message>
        <source>录入发票和报销申请</source>
        <translation>Enter invoices and claims</translation>
    </message>
    <message>
        <source>以培训专员身份审批报销</source>
        <translation>Approve claims as training officer</translation>
    </message>
    <message>
        <source>以工会身份审批报销</source>
        <translation>Approve claims for the union</translation>
    </message>
    <message>
        <source>以财务身份审批报销</source>
        <translation>Approve claims for finance</translation>
    </message>
    <message>
        <source>登记付款</source>
        <translation>Record payments</translation>
    </message>
    <message>
        <source>管理经费台账</source>
        <translation>Manage the fund ledger</translation>
    </message>
    <message>
        <source>更正已支付或已上报的记录</source>
        <translation>Correct paid or reported records</translation>
    </message>
    <message>
        <source>颁发证书</source>
        <translation>Issue certificates</translation>
    </message>
    <message>
        <source>打印名单和表格</source>
        <translation>Print lists and forms</translation>
    </message>
    <message>
        <source>向平台上报数据</source>
        <translation>Report to the platform</translation>
    </message>
    <message>
        <source>备份数据库</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>从备份恢复数据库</source>
        <translation>Restore the database from a backup</translation>
    </message>
    <message>
        <source>管理账户</source>
        <translation>Manage accounts</translation>
    </message>
    <message>
        <source>管理满意度调查和优秀学员评选</source>
        <translation>Manage surveys and outstanding learner selection</translation>
    </message>
    <message>
        <source>审批优秀学员提名</source>
        <translation>Approve outstanding learner nominations</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>退出登录</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>账户锁定</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>解除锁定</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>平台回执</source>
        <translation>Platform receipt</translation>
    </message>
    <message>
        <source>1–5分满意度</source>
        <translation>Satisfaction 1–5</translation>
    </message>
    <message>
        <source>单选</source>
        <translation>Single choice</translation>
    </message>
    <message>
        <source>文字</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>院校</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>教学</source>
        <translation>Teaching</translation>
    </message>
    <message>
        <source>上课与考试时间</source>
        <translation>Class and exam times</translation>
    </message>
    <message>
        <source>企业支持</source>
        <translation>Enterprise support</translation>
    </message>
    <message>
        <source>总体</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>学员</source>
        <translation>Learner</translation>
    </message>
    <message>
        <source>学籍</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <source>补助发放</source>
        <translation>Subsidy payment</translation>
    </message>
    <message>
        <source>等待回执</source>
        <translation>Awaiting receipt</translation>
    </message>
    <message>
        <source>已全部接收</source>
        <translation>All accepted</translation>
    </message>
    <message>
        <source>部分接收</source>
        <translation>Partly accepted</translation>
    </message>
    <message>
        <source>全部被拒</source>
        <translation>All refused</translation>
    </message>
    <message>
        <source>整批被拒</source>
        <translation>Batch refused</translation>
    </message>
    <message>
        <source>文件（U盘）</source>
        <translation>File (USB)</translation>
    </message>
    <message>
        <source>网络上传</source>
        <translation>Online upload</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>账户</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>专业</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>课程</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>学籍变动</source>
        <translation>Enrolment change</translation>
    </message>
    <message>
        <source>成绩</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>岗位类别</source>
        <translation>Post category</translation>
    </message>
    <message>
        <source>入职日期</source>
        <translation>Hired on</translation>
    </message>
    <message>
        <source>户籍性质</source>
        <translation>Hukou</translation>
    </message>
    <message>
        <source>户籍所在地</source>
        <translation>Hukou region</translation>
    </message>
    <message>
        <source>原学历</source>
        <translation>Prior education</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <source>职工类别</source>
        <translation>Worker category</translation>
    </message>
    <message>
        <source>工会会员</source>
        <translation>Union member</translation>
    </message>
    <message>
        <source>会员证号</source>
        <translation>Union card no.</translation>
    </message>
    <message>
        <source>离职日期</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>学号</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <source>入学日期</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>预计毕业日期</source>
        <translation>Expected graduation</translation>
    </message>
    <message>
        <source>学籍状态</source>
        <translation>Enrolment status</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>毕业证书编号</source>
        <translation>Diploma number</translation>
    </message>
    <message>
        <source>院校代码</source>
        <translation>Institution code</translation>
    </message>
    <message>
        <source>院校名称</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>教学点</source>
        <translation>Teaching site</translation>
    </message>
    <message>
        <source>最长休学（月）</source>
        <translation>Longest suspension (months)</translation>
    </message>
    <message>
        <source>票据类型</source>
        <translation>Invoice type</translation>
    </message>
    <message>
        <source>票据号码</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <source>开票单位</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>开票日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>学期</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>所属期间</source>
        <translation>Covers</translation>
    </message>
    <message>
        <source>专业名称</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>层次</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>学习形式</source>
        <translation>Study form</translation>
    </message>
    <message>
        <source>学制（学期）</source>
        <translation>Length (terms)</translation>
    </message>
    <message>
        <source>总学分</source>
        <translation>Total credits</translation>
    </message>
    <message>
        <source>每年学费</source>
        <translation>Tuition a year</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Scheme name</translation>
    </message>
    <message>
        <source>资助方</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>资金来源</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>发放时机</source>
        <translation>When paid</translation>
    </message>
    <message>
        <source>计算方式</source>
        <translation>Calculation</translation>
    </message>
    <message>
        <source>层次表或成绩分档</source>
        <translation>Level table or grade tiers</translation>
    </message>
    <message>
        <source>每次上限</source>
        <translation>Cap per claim</translation>
    </message>
    <message>
        <source>每人每年上限</source>
        <translation>Cap per person a year</translation>
    </message>
    <message>
        <source>每人累计上限</source>
        <translation>Cap per person in all</translation>
    </message>
    <message>
        <source>每人同一层次上限</source>
        <translation>Cap per person per level</translation>
    </message>
    <message>
        <source>资助层次</source>
        <translation>Levels funded</translation>
    </message>
    <message>
        <source>须为工会会员</source>
        <translation>Union members only</translation>
    </message>
    <message>
        <source>劳动合同至少（月）</source>
        <translation>Labour contract at least (months)</translation>
    </message>
    <message>
        <source>只限一线职工</source>
        <translation>Front-line workers only</translation>
    </message>
    <message>
        <source>只限农村户籍</source>
        <translation>Rural hukou only</translation>
    </message>
    <message>
        <source>最低年龄</source>
        <translation>Minimum age</translation>
    </message>
    <message>
        <source>最高年龄</source>
        <translation>Maximum age</translation>
    </message>
    <message>
        <source>享受次数</source>
        <translation>How often</translation>
    </message>
    <message>
        <source>服务期（月）</source>
        <translation>Service period (months)</translation>
    </message>
    <message>
        <source>公示天数</source>
        <translation>Posting days</translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation>From</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>To</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>考试日期</source>
        <translation>Exam date</translation>
    </message>
    <message>
        <source>支出日期</source>
        <translation>Spent on</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>其中用于一线职工</source>
        <translation>Of which front line</translation>
    </message>
    <message>
        <source>有不及格课程未补考通过</source>
        <translation>Failed course not yet passed</translation>
    </message>
    <message>
        <source>上一学期没有取得学分</source>
        <translation>No credits last term</translation>
    </message>
    <message>
        <source>已超过预计毕业日期</source>
        <translation>Past expected graduation</translation>
    </message>
    <message>
        <source>休学超过允许期限</source>
        <translation>Suspended too long</translation>
    </message>
    <message>
        <source>待提交</source>
        <translation>To submit</translation>
    </message>
    <message>
        <source>待人事审核</source>
        <translation>Awaiting HR review</translation>
    </message>
    <message>
        <source>待工会审批</source>
        <translation>Awaiting union approval</translation>
    </message>
    <message>
        <source>待公示</source>
        <translation>To post</translation>
    </message>
    <message>
        <source>待支付</source>
        <translation>To pay</translation>
    </message>
    <message>
        <source>从工资中扣回</source>
        <translation>Deducted from wages</translation>
    </message>
    <message>
        <source>报销申请</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>票据</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>证书</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>按题目</source>
        <translation>By question</translation>
    </message>
    <message>
        <source>按部门</source>
        <translation>By department</translation>
    </message>
    <message>
        <source>按专业</source>
        <translation>By programme</translation>
    </message>
    <message>
        <source>按院校</source>
        <translation>By institution</translation>
    </message>
    <message>
        <source>按学期</source>
        <translation>By term</translation>
    </message>
    <message>
        <source>手动备份</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>启动时</source>
        <translation>At start</translation>
    </message>
    <message>
        <source>定时（每 30 分钟）</source>
        <translation>Scheduled (every 30 minutes)</translation>
    </message>
    <message>
        <source>导入前</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <source>上报前</source>
        <translation>Before reporting</translation>
    </message>
    <message>
        <source>恢复前</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>升级前</source>
        <translation>Before an upgrade</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>无法完成</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <source>发生了意外错误（{error}），数据没有被改动。
详情已写入日志：{log}</source>
        <translation>An unexpected error occurred ({error}); the data was not changed.
The details are in the log: {log}</translation>
    </message>
    <message>
        <source>意外错误</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>exam_calendar_print</name>
    <message>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>课程</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>院校／专业</source>
        <translation>Institution / programme</translation>
    </message>
    <message>
        <source>考试地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>%Y年%m月%d日</source>
        <translation>%Y-%m-%d</translation>
    </message>
    <message>
        <source>{enterprise} 学员考试安排</source>
        <translation>{enterprise}: learners&apos; exams</translation>
    </message>
    <message>
        <source>{start} 至 {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>共 {n} 场考试、{m} 名学员。请据此安排班次。</source>
        <translation>{n} exams, {m} learners. Please plan the shifts accordingly.</translation>
    </message>
    <message>
        <source>这段时间没有考试安排。</source>
        <translation>No exams in this period.</translation>
    </message>
    <message>
        <source>{n} 场考试</source>
        <translation>Exams: {n}</translation>
    </message>
    <message>
        <source>一线</source>
        <translation>Front line</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>{a}／{b}</source>
        <translation>{a} / {b}</translation>
    </message>
    <message>
        <source>无法开始打印：打印机或文件不可用</source>
        <translation>Cannot start printing: the printer or file is not available</translation>
    </message>
    <message>
        <source>第 {n} 页，共 {m} 页</source>
        <translation>Page {n} of {m}</translation>
    </message>
</context>
<context>
    <name>preview</name>
    <message>
        <source>无法开始打印：打印机不可用或文件无法写入</source>
        <translation>Cannot start printing: the printer is not available or the file cannot be written</translation>
    </message>
</context>
<context>
    <name>print_actions</name>
    <message>
        <source>正在生成汇总表……</source>
        <translation>Making the summary…</translation>
    </message>
    <message>
        <source>汇总表</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>还没有任何报销申请。</source>
        <translation>There are no claims yet.</translation>
    </message>
    <message>
        <source>打印汇总表</source>
        <translation>Print summary</translation>
    </message>
    <message>
        <source>打印公示名单</source>
        <translation>Print posting list</translation>
    </message>
    <message>
        <source>打印申请表</source>
        <translation>Print claim form</translation>
    </message>
    <message>
        <source>打印汇总表…</source>
        <translation>Print summary…</translation>
    </message>
    <message>
        <source>打印公示名单…</source>
        <translation>Print posting list…</translation>
    </message>
    <message>
        <source>请先在列表中选中一份报销申请。</source>
        <translation>First select a claim in the list.</translation>
    </message>
</context>
<context>
    <name>punctuation</name>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>{text}（{note}）</source>
        <translation>{text} ({note})</translation>
    </message>
    <message>
        <source>{label}：{value}</source>
        <translation>{label}: {value}</translation>
    </message>
</context>
<context>
    <name>roster_files</name>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>导出花名册</source>
        <translation>Export roster</translation>
    </message>
    <message>
        <source>花名册-{date}.xlsx</source>
        <translation>roster-{date}.xlsx</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>已导出 {n} 名学员到
{path}</source>
        <translation>Learners exported: {n}, to
{path}</translation>
    </message>
    <message>
        <source>正在导出花名册</source>
        <translation>Exporting the roster</translation>
    </message>
    <message>
        <source>保存花名册模板</source>
        <translation>Save roster template</translation>
    </message>
    <message>
        <source>学员花名册模板.xlsx</source>
        <translation>roster-template.xlsx</translation>
    </message>
    <message>
        <source>模板已保存</source>
        <translation>Template saved</translation>
    </message>
    <message>
        <source>花名册模板已保存到
{path}</source>
        <translation>The roster template was saved to
{path}</translation>
    </message>
    <message>
        <source>正在写出模板</source>
        <translation>Writing the template</translation>
    </message>
</context>
<context>
    <name>study_common</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
