<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <source>errors</source>
        <comment>已取消</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors</source>
        <comment>无法完成</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors</source>
        <comment>发生了意外错误（{error}），数据没有被改动。
详情已写入日志：{log}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors</source>
        <comment>意外错误</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>关于求学圆梦桌面版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>求学圆梦 桌面版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>版本 {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为企业的求学圆梦行动办公室登记学员、管理学费报销并向平台上报数据。数据保存在本机，不需要联网。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库：{db}
日志：{logs}
Python {py}，Qt {qt}，PySide6 {pyside}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>每位同事用自己的账户登录，按角色只能做各自的工作；所有操作都记入审计日志。管理员只能设置临时密码，看不到任何人的密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现在这个数据库还没有账户（一人一机）。添加的第一个账户必须是管理员；添加之后，每个人都要用自己的账户登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加账户…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重置密码…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改角色…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解除锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，锁定到 {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，待改临时密码</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>添加账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>临时密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新账户先用临时密码登录，登录时必须改成自己的密码。请把临时密码当面告诉同事。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtRiskView</name>
    <message>
        <source>全部预警</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在计算……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学习情况…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预警类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有需要预警的学籍。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列出 {shown} 条，共 {total} 条学籍需要关注；双击一行查看学习情况。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>不限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学员姓名、账户名，或记录编号（开头几位即可）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>校验审计日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新计算每一条的哈希：被改动或删除的第一条会被指出来。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>动作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{id}  {time}  {actor}  {action}  {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录：{name} {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明：{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在校验……</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>动作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwardDialog</name>
    <message>
        <source>颁发优秀学员或荣誉证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优秀学员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>荣誉证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>荣誉称号，如：优秀毕业生</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入姓名或拼音查找学员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>颁发后立即打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>荣誉称号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找学员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>颁发日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>颁发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（在上面的查找结果中勾选）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>自动备份：启动时和每 30 分钟（有改动时），以及导入、恢复和升级之前。保留最近 10 份、最近 7 天每天 1 份、4 周每周 1 份、12 个月每月 1 份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制到…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从文件恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份保存在：{folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已备份到
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（已加密）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已复制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份已复制到
{path}{how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在复制备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time}，{reason}，{size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择备份文件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarList</name>
    <message>
        <source>暂无数据</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <source>设定预算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>元；空白表示不设预算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{y}年预算（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资助项目：{name}（{funder}，{source}）
本年审批中占用 {reserved}，已支付 {paid}。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetsTab</name>
    <message>
        <source> 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设定预算…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预算年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资助项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资助方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资金来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本年预算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审批中占用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已支付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>余额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预算按报销明细所属的预算年度统计：审批中（已提交至公示中）的申请先占用预算，退回或作废后释放。没有设定预算的项目不受预算限制（显示为“—”）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已超出预算</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesTab</name>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正文中可用的占位符：{姓名} {院校} {专业} {层次} {起止} {年份} {称号} {颁发日期}。留空则用默认文字。已颁发的证书保留颁发时的文字，改动只影响以后颁发的证书。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证书文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证书类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>颁发单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指纹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>私钥所在电脑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出公钥…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每台颁发证书的电脑第一次颁发时生成自己的签名密钥：私钥只保存在那台电脑的用户数据目录中，公钥记在数据库里，所以打开这个数据库的每台电脑都能核验所有证书。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证书签名公钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有颁发过证书，尚未生成签名密钥。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出公钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公钥已导出到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM 文件 (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesView</name>
    <message>
        <source>按证书编号、姓名或拼音查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有效和作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>颁发结业证书…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>颁发优秀学员/荣誉证书…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核验…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已作废 {date}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 张，有效 {live} 张</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>颁发证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已颁发 {n} 张证书。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>颁发结业证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有尚未颁发结业证书的毕业或结业学籍。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在颁发证书……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在列表中选中要打印的证书（已作废的不能打印）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在生成证书……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选中一张有效的证书。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>修改密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理员为您设置了临时密码。请先设置只有您自己知道的新密码（至少 8 个字符）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新密码至少 8 个字符。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两次输入的新密码不一致。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimEditor</name>
    <message>
        <source>报销申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在读取……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>院校专业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>票据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应分摊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新计算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手工调整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存调整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消调整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资金分摊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：中国农业银行苏州分行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更改账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开户行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收款账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收款与备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审批记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报销申请 {no} — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>毕业补助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学费报销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已被 {no} 更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正 {no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{inst}&#x3000;{prog}（{level}）&#x3000;学号 {no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}&#x3000;{issuer}&#x3000;{date}&#x3000;学期 {term}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>毕业补助（毕业日期 {date}，学期 {term}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已作废：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>被退回：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示 {start} 至 {end}，{first} 起可支付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学员本人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>须服务满 {n} 个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学费减去各项资助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {n} 行：{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>大写：人民币{capital}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计等于应分摊金额 {base}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计与应分摊金额 {base} 相差 {diff}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未享受的项目：无（适用的资助项目均已计入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未享受的项目：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已支付：{date}，{method}，{ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经办人：{who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审批记录（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>双击金额修改（元）。各行（含个人承担）合计必须等于应分摊金额；资助不能超过规则和额度允许的数额。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 到 30 位数字</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message>
        <source>申请编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>票据号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资助合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人承担</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支付日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <source>搜索：姓名、拼音或首字母、申请编号、票据号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部学期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部资助项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建申请…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>毕业补助申请…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报销申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>票据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理中（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部状态（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 份申请</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClawbackTab</name>
    <message>
        <source>依据《劳动合同法》第二十二条和本人签订的培训（学习）协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>离职日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资金来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已支付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未服务天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应退金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已退</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚欠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有在服务期内离职、需要退还企业出资的学员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记退款…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已登记的退款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收款日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>凭证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} 个月（{a} 至 {b}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{u} / {t} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{paid} × {u} ÷ {t} 天，四舍五入到分，且不超过已支付金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 笔，应退 {due}，已退 {back}，尚欠 {owed}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <source>复制备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把 {time} 的备份复制到一个文件夹，例如 U 盘。复制后会读回核对。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用密码加密（U 盘丢失也不会泄露数据；恢复时要输入这个密码）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制到哪个文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择要复制到的文件夹。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码至少要 {n} 个字符。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoursePlanEditor</name>
    <message>
        <source>必修</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选修</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加课程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除课程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存教学计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>教学计划：请先在上面选择一个专业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>教学计划：{name}（{level}，{form}，{terms} 个学期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{term}学期 {n} 门 {credits} 学分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划合计 {planned} 学分，毕业要求 {total} 学分</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoursePlanModel</name>
    <message>
        <source>学期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>课程名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性质</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>考核方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已有成绩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>必修</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选修</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{row}行课程“{name}”：学分应为数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{n}学期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这门课已有 {n} 条成绩，不能从计划中删除</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计报表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>给上级工会和教育局的年度统计报表（Excel 或 PDF）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在职学员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在读学籍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审批中的申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可以支付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>等待平台回执</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超期未毕业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学员（在职，按部门）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一线职工占在职学员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学籍状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报销审批：各环节等待办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>近期待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职工教育经费：一线职工培训支出占比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已支付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审批中占用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作台&#x3000;{date} 星期{day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>离职 {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>休学 {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个批次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上次回执 {n} 天前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>条学籍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{front} / {active} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}：在职 {n} 人，其中一线 {f} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他 {n} 个部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 份 · {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补助合计 {s}，学费合计 {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>粗体是您可以办理的环节；点击一行打开该状态的申请。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现在等您办理：{steps}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经费（{year}年）：已用与预算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未设预算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已支付 {p}，审批中占用 {r}，预算 {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未设</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年还没有经费台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本年还没有支出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低于60%的要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>达到不少于60%的要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本年提取 {a}&#x3000;已支出 {s}&#x3000;年末结余 {c}&#x3000;税前扣除余量 {h}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今后14天有考试：{n} 场，{m} 名学员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今后14天没有考试（下一场 {day}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今后14天没有考试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7天内公示期满：{n} 份申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示已结束、可以支付：{n} 份，{fen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>等待平台回执：{n} 批（最早的 {days} 天前报出）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有等待平台回执的批次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；上次导入回执在 {days} 天前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60天内服务期届满：{n} 笔企业出资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（最早 {day}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超过预计毕业日期仍未毕业：{n} 条学籍</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <source>数据库位置不安全</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已自动备份（{reason}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动备份失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动备份没有成功：{reason}
数据库本身没有受影响；请检查磁盘空间，或在“系统设置 → 备份”中立即备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
恢复前的数据库已备份为 {name}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已从备份 {name} 恢复数据库。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在恢复备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库已损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复最新备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在从备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>退回 {name} 的提名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退回的原因（必填）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <source>新增学籍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：2024年成人高考录取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>院校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记学籍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未选择学员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（{no}，{dept}，原学历：{edu}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（{level}，{form}，{n}学期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先搜索并选择学员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择专业（先在“院校专业”中新增）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学号不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预计毕业日期应在入学日期之后</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentTableModel</name>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>院校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>层次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入学日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预计毕业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学籍状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预警</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentsView</name>
    <message>
        <source>搜索：姓名、拼音或首字母、学号、工号、专业、院校、部门、在读/休学、专升本…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部院校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部专业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部入学年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只看预警</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在计算哪些学籍需要预警……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学习情况…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增学籍…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更状态…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>毕业登记…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>录入成绩…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>安排考试…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入成绩单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学籍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预警名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>考试日历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 条学籍需要预警</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年入学</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 条学籍</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnterprisePage</name>
    <message>
        <source>企业信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统一社会信用代码是企业在平台上的身份，创建后不能修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>简称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业名称不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamCalendarView</name>
    <message>
        <source>今后7天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本周</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下周</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今后30天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自定义</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>星期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>院校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>课程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>考试地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束日期不能早于开始日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} 天有考试，共 {n} 场、{m} 名学员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出考试日历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 {n} 场考试到
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出考试日历 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>考试日历（{pages} 页）已保存到
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>考试日历 — 打印预览</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>欢迎使用求学圆梦桌面版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第一步：填写企业信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18位，见营业执照</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>简称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同时设立管理员账户（可选：多人使用，或需要分清谁做了什么时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 王芳；留空则与用户名相同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设立后，每次打开都要登录；管理员可以在“系统设置 → 账户”中为同事添加账户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>创建企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第二步：导入学员花名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把 Excel 或 WPS 中的职工花名册导入进来：列的顺序不限，表头能自动识别；导入前会先预览，有问题的行会逐条指出。没有现成的花名册，可以先下载模板填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>先不导入，进入软件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以后可以随时用“文件 → 导入花名册”（Ctrl+I）导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>或者：先用演示数据熟悉软件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 名学员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库 {path} 还是空的。按下面的步骤开始登记学员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ 已创建企业：{name}（统一社会信用代码 {uscc}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>演示学员是虚构的，会加入到“{name}”中。以后登记真实学员前，请换一个新的数据库文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>载入一个虚构的企业和一批学员（姓名、身份证号、部门都是生成的）。以后登记真实数据时，请换一个新的数据库文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业名称不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在生成演示数据</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundForm</name>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundYearDialog</name>
    <message>
        <source>新建经费台账年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{y}年经费台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>元，如 48,000,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%，1.5 到 8，如 2.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>元；只有第一年填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工资总额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提取比例（%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期初余额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工资总额按国家统计局口径（计时、计件工资，奖金，津贴和补贴，加班工资等）。提取比例一般为 1.5%，技术要求高、培训任务重的企业可到 2.5%，最高按 8% 计算税前扣除。以后各年自动结转上一年的年末余额。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写工资总额，以元为单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写提取比例，如 1.5 或 2.5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundsCommon</name>
    <message>
        <source>“{text}”不是百分比，请写成 60 或 12.5 的形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>百分比最多只能有两位小数：{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FundsView</name>
    <message>
        <source>资助项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职工教育经费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目预算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务期退还</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>不能把备份放在 {folder}：{reason}。请另选一个文件夹。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界面语言（本机）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动备份保存到（本机）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更改…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复默认位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>启动时、每 30 分钟（有改动时）以及导入、恢复和升级之前，数据库会自动备份到这个文件夹。最好选另一块本地硬盘上的文件夹；不要选 U 盘或网盘同步文件夹。这个位置只对这台电脑有效，命令行 qiuxue 也用它；以前的备份留在原来的文件夹里。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资助项目…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在“经费台账 → 资助项目”中设定各项资助的规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业信息…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证书措辞…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印字体…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台地址和令牌…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到这种语言的翻译文件，重启后界面仍是中文。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存，需要重启软件后生效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更改后需要重启软件才生效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder}（{which}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>默认位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动备份保存到哪个文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在检查文件夹……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以后的自动备份保存到 {folder}。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraduatesDialog</name>
    <message>
        <source>颁发结业证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>院校与专业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全不选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>颁发后立即打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 个毕业或结业的学籍尚未颁发结业证书。颁发时按年份和类别连续编号，编号一经颁发不再使用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>颁发日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>颁发</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HonoursTab</name>
    <message>
        <source>按期取得学分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有不及格课程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>须写学习与工作表现</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存评选条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平均成绩≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提名…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退回…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>照片…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤回提名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>颁发优秀学员证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>光荣榜（A4）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>光荣榜（A3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出名单（Excel）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>符合条件的学员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个学期还没有设评选条件：设好后点“保存评选条件”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有（已同意）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{c} 人符合条件（{rule}）；提名 {n} 人，已批准 {a} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在上面的列表中选中一位符合条件的学员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在下面的列表中选中一条提名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存优秀学员名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名单已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存到
{p}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增 {added} 人，更新 {updated} 人，不变 {unchanged} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表“{sheet}”，表头在第 {row} 行，共 {n} 行学员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将新建部门：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>花名册与现有学员完全一致，没有需要导入的内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导入：新增 {added} 人，更新 {updated} 人。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <source>新增院校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑院校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5位国标院校代码，如 10284</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上课、考试的地点，如 某某区职工学校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstitutionsView</name>
    <message>
        <source>院校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>院校名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专业数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增院校…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专业名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>层次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学习形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>总学分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每年学费（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>课程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学籍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增专业…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>教学计划有未保存的修改：请先保存或撤销，再选择其他专业。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>教学计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专业：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系人：{v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话：{v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>教学点：{v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最长休学：{n} 个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 学期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 门 / {c} 学分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除院校“{name}”？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除专业“{name}”及其教学计划？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确认删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>修改票据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记票据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先搜索并选择学员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 到 20 位数字或大写字母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>元，如 3,600.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：2025学年学费，含教材费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在读取学籍……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}：{inst} {prog}（{level}，{status}，学号 {no}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选择学员和学籍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择学期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>搜索：票据号码、学员姓名、开票单位、学期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记票据…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>由此票据申请报销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 张票据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已用于报销申请 {no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除票据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除票据 {number}（{name}，{term}）？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerDialog</name>
    <message>
        <source>新增学员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑学员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示并修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示完整身份证号（会记入操作日志）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6位行政区划代码（GB/T 2260）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>留空则取身份证号前6位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是工会会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别／出生日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在职</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已于 {date} 离职</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（由身份证号得出）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>由身份证号得出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录已被修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>点“重新载入”取最新内容（您刚才的修改需要重新填写）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新载入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerPicker</name>
    <message>
        <source>输入姓名、拼音首字母、工号或身份证后4位</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerTableModel</name>
    <message>
        <source>工号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>岗位类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入职日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>民族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户籍性质</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原学历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职工类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工会会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在职</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>离职 {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnersView</name>
    <message>
        <source>搜索：姓名、拼音或首字母（zs）、身份证后4位、手机号、部门、在职/离职</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在职</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>离职</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>标记离职</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将学员“{name}”标记为离职。学员记录会保留，不会删除；以后仍可在“离职”中查到。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>离职日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 已载入最新记录，请再点一次“标记离职”。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <source>新建年度…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改本年度…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有经费台账。请点击“新建年度…”，填写该年的工资总额和提取比例。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提取与使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工资总额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提取比例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应提取（工资总额 × 比例）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上年结转</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报销支出（学历教育报销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他培训支出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计支出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年末结余（结转下年）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一线职工占比与税前扣除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一线职工占比（不少于 60%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>税前扣除限额（工资总额的 8%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>限额内尚可支出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他培训支出（按财建〔2006〕317号十一项用途）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用途</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其中一线职工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>培训支出明细（手工登记）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{y}年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期初余额（第一年）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本年支付 {paid}，离职学员退回 {back}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— 本年尚无支出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● {p}  达标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● {p}  低于 60%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用于一线职工 {front}，占合计支出 {spent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已超出 {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确认删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除 {day} 的培训支出“{what}”（{amount}）？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelTable</name>
    <message>
        <source>层次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>比例（%，空白：不资助）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额（元，空白：不资助）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>登录 — 求学圆梦 桌面版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个数据库已启用账户：请用您的账户登录。忘记密码请找管理员重置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请输入用户名和密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在核对……</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>求学圆梦 桌面版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在打开数据库……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库：{target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请登录后使用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未创建企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学员 {total} 人：在职 {active}，离职 {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待上报 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无待上报变更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有变更的学员、学籍和补助发放记录，点击打开“数据上报”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还有操作正在进行：请等它完成或取消后再退出。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeansChart</name>
    <message>
        <source>答卷太少，不显示</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewClaimDialog</name>
    <message>
        <source>毕业补助申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建报销申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记新票据…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学籍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>票据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>毕业补助按本学籍已登记的学费扣除各项资助后个人仍承担的部分计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只列出尚未申请报销的票据；没有时请先登记票据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{inst} {prog}（{level}，{status} {when}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该学员没有已毕业的学籍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该学员没有学籍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先搜索并选择学员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择学籍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择票据，或先登记新票据</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NominateDialog</name>
    <message>
        <source>提名 {name} 为优秀学员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事迹：光荣榜和工会简报刊登的文字（最多400字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学习与工作表现（必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学习与工作表现（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事迹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学习与工作表现</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>{name} 的照片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有选择照片（JPEG或PNG，不超过8 MB）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择照片…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除照片（本人撤回同意）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人签字同意书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人同意的方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>照片只在本人同意后保存，保存时去掉拍摄信息；同意的方式、登记人和时间都会记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图片 (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformTab</name>
    <message>
        <source>如 https://qxym.example.gov.cn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清除令牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有导入新的平台回执时，在“数据上报”中提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>省平台在线上报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业令牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回执超过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>令牌由省平台发放给本企业，凭它即可以本企业的名义上报数据，请像密码一样保管。保存后不再显示；它加密保存在数据库中，密钥只在这台电脑上（用户数据文件夹），所以数据库的备份、拷贝和审计日志中都看不到令牌。换一台电脑打开同一数据库时需要重新输入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未保存令牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>粘贴平台发放的企业令牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存（不显示）。要更换，输入新令牌后保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存，不显示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存的令牌在这台电脑上无法读取（在另一台电脑上保存的）：请重新输入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请重新输入令牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>令牌已清除。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>打印预览 — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缩小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在打印……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintTab</name>
    <message>
        <source>选择字体文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复内置字体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入姓名等文字，检查每个字用哪种字体打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印字体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主字体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补充字体（生僻字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 中嵌入所用字体的子集，任何电脑和打印机都能原样打印。只能使用 TrueType 字体（.ttf、.ttc）。主字体没有的字依次从补充字体、内置的文泉驿正黑和 Droid Sans Fallback 中取；所有字体都没有的字会让文件无法生成，并说明是谁的哪个字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>异议说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内置：文泉驿正黑（wqy-zenhei.ttc）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择主字体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加补充字体</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>新增专业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑专业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 个学期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 80 或 80.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>元，如 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按院校规定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每年学费（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该专业已有学籍，层次和学习形式不能再改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写总学分（数字，最多一位小数）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写每年学费，以元为单位，最多两位小数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先新增院校</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在取消，已经做的部分不会写入……</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepaymentDialog</name>
    <message>
        <source>登记退款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收据号或转账流水号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收款日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退还金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>凭证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}，申请 {claim}（{source}，{funder}）：已支付 {paid}，{date} 离职，未服务 {u}/{t} 天，应退 {due}，已退 {back}，尚欠 {owed}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写退还金额，以元为单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能超过尚欠的 {owed}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>年度统计报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>给上级工会和教育局的年度统计：资助人数和金额（按经费来源、层次、学习形式、部门）、毕业人数，附图表。金额按支付日期统计。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿（每张表一个工作表，含图表）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF（A4，可直接打印）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存为…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{y}年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存统计报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在生成{y}年的统计报表……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存：{path}
资助 {n} 人，毕业 {g} 人。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>从备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用这个备份替换当前的数据库：
{what}

当前的数据库会先自动备份，恢复后窗口显示备份中的数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个备份已加密，请输入复制时设的密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>录入成绩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&#x3000;{prog}（{level}），学号 {no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已考{n}次，最近 {latest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未考</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{term}学期 {name}（{credits}学分）— {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–100分，或 优/良/中/及格/不及格/合格/不合格/缺考/免修</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填写考试日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按考试日期（或教学计划）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}（第{n}学期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>考试次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存成绩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个学籍的教学计划中没有待考的课程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {n} 次（补考）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 1 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有可以录入成绩的课程</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskTableModel</name>
    <message>
        <source>{n}门课程不及格，尚未补考通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一学期（{term}，第{n}学期）没有取得学分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已超过预计毕业日期{date}，尚未毕业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>休学已{n}个月，院校允许最长{m}个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>院校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>层次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预警原因</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>修改角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”的角色决定能做哪些操作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemeDialog</name>
    <message>
        <source>新建资助项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资助项目：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 福建省求学圆梦助学金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 福建省总工会、本企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%，如 60 或 12.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>元，如 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>须为工会会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只限一线职工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只限农村户籍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不要求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 周岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无服务期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不公示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>启用（停用的项目不再参与计算）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依据的文件、申请时要交的材料等</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>比例（%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>固定金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各层次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资助层次（不选：全部）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工会会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户籍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>劳动合同至少</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年龄不低于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年龄不高于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有效期自</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目与计算方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资助条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务期、公示与有效期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写比例，如 60 或 12.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写固定金额，以元为单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成绩分档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务期只适用于企业自有资金（职工教育经费、企业其他经费），工会和财政资金没有服务期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemeSummary</name>
    <message>
        <source>入学时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每学年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每学期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>毕业后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按学费比例资助（比例未填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按学费的 {p} 资助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>定额资助（金额未填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>定额 {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按层次资助（各层次未填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按层次：{t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按成绩分档（分档未填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平均 {s} 分以上 {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按成绩分档：{t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（计算方式未选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每次不超过 {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每人每年不超过 {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每人累计不超过 {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每人同一层次不超过 {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只资助{l}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>须为工会会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>劳动合同满 {n} 个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只限一线职工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只限农村户籍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年龄 {a}–{b} 周岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年满 {a} 周岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不超过 {b} 周岁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每人限一个学籍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每个层次限一个学籍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>须服务满 {n} 个月，未满离职按未服务天数退还</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a} 至 {b} 有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a} 起有效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有效至 {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示 {n} 天后发放</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parts}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（已停用）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemesTab</name>
    <message>
        <source>位次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资助方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资金来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发放时机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计算方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已占用金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资助项目按位次依次计算：排在前面的项目先付，后面的项目只在余下的学费内计算，最后余下的是学员个人承担的部分。已占用金额是审批中和已支付的申请占用的资助。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下移</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有资助项目。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择一个资助项目查看其规则。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}：{rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确认删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除资助项目“{name}”及其各年预算？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>姓名、拼音首字母、身份证后4位、工号、学号、申请编号、票据号码、证书编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入后按 ↑↓ 选择，Enter 打开，Esc 关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到“{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找到 {n} 条{more}：↑↓ 选择，Enter 打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（只列出最相关的）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicePeriodsDialog</name>
    <message>
        <source>60天内服务期届满</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以下学员由企业出资（职工教育经费或企业其他经费）报销的学费约定了服务期，服务期将在60天内届满。届满后离职不再需要返还费用。双击一行打开报销申请。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务期至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申请编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出资方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支付日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} 个月</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>常规</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>快捷键</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>菜单里的每个命令都可以用键盘完成：按 Alt 加菜单后括号里的字母打开菜单。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按键</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>命令</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>菜单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>未登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机用户：{name}（未设账户）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前用户：{name}（{role}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SittingDialog</name>
    <message>
        <source>安排考试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&#x3000;{prog}（{level}），学号 {no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（补考）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{term}学期 {name}{resit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>考点、教室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>课程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>考试日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>考试时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>考试地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个学籍没有待考的课程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束时间应晚于开始时间</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpendDialog</name>
    <message>
        <source>新增培训支出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改培训支出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 焊工特种作业复审培训（32人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>元；用于一线职工的部分，空白为 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支出日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用途（317号十一项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其中用于一线职工（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写金额，以元为单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写摘要</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>毕业登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更学籍状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&#x3000;{inst} {prog}（{level}）
学号 {no}，现为“{status}”（自 {since} 起）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}（不允许）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：因工作调动申请休学；学院批准复学</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因／说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>毕业证书编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按证书上的编号填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18位：院校代码 {code} + 办学类型 {kind} + 年份 {year} + 层次 {level} + 6位序号</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>{action}：{no}&#x3000;{name}&#x3000;应分摊 {base}，现为“{state}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签名人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至少 4 个字，如：发票复印件不清楚，请补交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审核意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转账流水号或凭证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支付日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支付方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>流水号／凭证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示 {start} 至 {end}，最早支付日期：{first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本申请的资助项目不要求公示：公示 1 天（{day}），当天即可支付。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示 {n} 天：{start} 至 {end}，{first} 起可以支付。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写签名人姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请写明原因</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message>
        <source>学籍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学期／课程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>考核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>考试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成绩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>得学分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>考试日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划学期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>课程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性质</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近成绩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因／说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经办人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各学期成绩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>课程进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学籍变更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>考试安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更状态…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>毕业登记…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>录入成绩…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>安排考试…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增学籍…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（已于 {d} 离职）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学习情况 — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年 {level} {inst} {prog}（{status}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该学员还没有学籍。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{inst}（{code}） {prog}&#x3000;{level}，{form}&#x3000;学号 {no}&#x3000;入学 {intake}&#x3000;预计毕业 {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&#x3000;毕业证书 {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学籍历程：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已得 {earned} / 要求 {required} 学分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入学已 {done} 个学期 / 学制 {planned} 个学期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预警：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学习进展正常，没有预警。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学籍已{status}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{n}学期（{term}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 门未通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补考（第{n}次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有成绩。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{n}学期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s}（考了{n}次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记为 {s}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyEditor</name>
    <message>
        <source>修改问卷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建问卷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学习满意度调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>匿名（不记录答卷人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>印在纸质问卷题目上方的说明；留空用默认说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预警分数（低于此分提醒）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分组最少答卷数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问卷说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>题目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>题型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选项（用“/”分隔）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加题目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除所选题目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已有 {n} 份答卷：题目和匿名设置不能再改，可以修改标题、说明和预警分数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>题目（纸质问卷按此顺序编号；导入在线问卷时按题目文字对应）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyEntryDialog</name>
    <message>
        <source>录入纸质答卷：{title}（{term}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所在部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>就读专业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答卷学员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–5（5 非常满意）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本次已录入 0 份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存，录入下一份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本次已录入 {n} 份</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <source>导入在线问卷：{title}（{term}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择问卷工具导出的答卷数据（.xlsx，每行一份答卷）：列标题按题目文字对应问卷的题目，序号、提交时间、来源、IP等列不导入；可以有“部门”“专业”列。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可以导入：{n} 份新答卷。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 份答卷以前已经导入过（序号相同），不会重复导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不导入的列：{cols}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是匿名问卷：不记录答卷人，姓名、工号等列不会读取。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有新的答卷可以导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新答卷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导入过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件中的行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导入 {n} 份答卷。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveysTab</name>
    <message>
        <source>新建问卷…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改问卷…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>录入纸质答卷…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入在线问卷…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印纸质问卷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报告（Excel）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报告（PDF）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各学期问卷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>匿名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有问卷：点“新建问卷…”为本学期设一份（可从默认题目开始）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 份答卷，总体平均 {mean} 分（1–5分），预警线 {level} 分。{privacy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>题目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答卷数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平均分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各选项人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答卷太少，不单独显示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>【第{n}题 {q}】{k} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存满意度调查报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报告已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>满意度调查报告已保存到
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>平台回执 (*.json);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发送方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发送时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尝试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回执导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暂缓原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取回执文件“{path}”（{error}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出批次到U盘…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再次写出…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U 盘丢失时：把等待回执的批次按原样（逐字节相同）再写出一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入回执…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在线上报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>通过网络发送待上报的批次并导入回执（平台地址和令牌在“系统设置 → 平台连接”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暂缓上报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台拒收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>双击暂缓或拒收的记录可打开它进行更正；更正后它会随下一批重新上报。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待上报：{pending}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&#x3000;（尚未入学、暂不上报：{waiting}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有等待回执的批次。最近一次导入回执：{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未发送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {seq} 批等待平台回执：{file}（{rows} 行，{sent}）。导入它的回执之前不会生成新的批次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已更正，随下一批重报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {n} 批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录标识：{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批次（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暂缓上报（{n}）：平台会拒收，未放入批次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台拒收（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {seq} 批仍在等待回执：可“再次写出”，或先导入它的回执</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把等待回执的批次再次写到哪个文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把批次导出到哪个文件夹（如 U 盘）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已写入：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另有 {n} 条暂缓上报（平台会拒收），见“暂缓上报”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出批次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出上报批次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择平台回执</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>被拒的记录见“平台拒收”：更正后会随下一批重新上报。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入回执</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在向省平台上报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这条记录已从数据库中删除。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <source>重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>临时密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为“{name}”设置临时密码：账户同时解锁，下次登录时必须改成自己的密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重置</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermChoice</name>
    <message>
        <source>全部学期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号部分隐藏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>汇总表包含该学期“公示中”和“已支付”的申请。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermDelegate</name>
    <message>
        <source>第 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 学期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TierTable</name>
    <message>
        <source>平均成绩不低于（分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>比例（%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加一档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除此档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{n}档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}的分数“{t}”不是数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}的分数最多一位小数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{w}没有填写比例</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptDialog</name>
    <message>
        <source>请选择院校的成绩单（.xlsx）：表头要有“姓名”“课程”“成绩”列和“学号”或“身份证号”列；可以有“学期”“考试日期”“补考”列。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>条数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增成绩 {added} 条，补考成绩 {resits} 条，已登记 {unchanged} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表“{sheet}”，表头在第 {row} 行，共 {n} 行成绩；每一行都已对上学籍和教学计划中的课程。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成绩单中的成绩都已登记过，没有需要导入的内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首次考试成绩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补考成绩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已登记（不变）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导入：新增成绩 {added} 条，补考成绩 {resits} 条。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>核验证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入证书上的验证码（空格、换行可有可无），或用扫码枪扫描证书上的二维码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>核验</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在核验……</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceView</name>
    <message>
        <source>满意度调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优秀学员</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>作废证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废原因，如：姓名有误，已重新颁发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废 {number}（{name}）：记录和编号都保留，核验时显示“已作废”及原因，此编号不会再发给别人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <source>在列表中：打开或编辑选中的一行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在“搜索全部”中：选择、打开、关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在对话框中：到下一个 / 上一个输入框</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开菜单（文件 F、转到 G、学员 L、帮助 H）或按下带下划线字母的按钮</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭对话框，不保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索全部(&amp;K)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在本页查找(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印本页(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>快捷键(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转到(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学员(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这一页没有搜索框：按 Ctrl+K 搜索全部。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这一页没有可以打印的内容（或尚未选中要打印的记录）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已刷新</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkbookImportDialog</name>
    <message>
        <source>导入{what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择要导入的{what}文件（.xlsx）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存问题报告…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确认导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择{what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在读取{what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消，没有导入任何数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}有 {n} 处问题，不能导入：没有写入任何数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请在 Excel 中改正下面列出的单元格后重新导入；可以把问题保存成报告。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存问题报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报告已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题报告已保存到
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在保存报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在备份数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导入{what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AccountDialog</name>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>求学圆梦 桌面版</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>codes</name>
    <message>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>汉族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>蒙古族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>回族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>藏族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>维吾尔族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>苗族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>彝族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>壮族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>布依族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>朝鲜族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>满族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>侗族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>瑶族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>白族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>土家族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>哈尼族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>哈萨克族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>傣族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>黎族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>傈僳族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>佤族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>畲族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>高山族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拉祜族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>水族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>东乡族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纳西族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>景颇族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>柯尔克孜族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>土族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>达斡尔族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>仫佬族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>羌族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>布朗族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撒拉族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>毛南族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>仡佬族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>锡伯族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>阿昌族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>普米族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>塔吉克族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>怒族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>乌孜别克族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>俄罗斯族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>鄂温克族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>德昂族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保安族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>裕固族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>京族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>塔塔尔族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>独龙族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>鄂伦春族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>赫哲族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>门巴族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>珞巴族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基诺族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>外国血统中国籍人士</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>农村</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>城镇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>初中及以下</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>高中/中专/技校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>大专</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本科及以上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>农民工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>产业工人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在职</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>离职</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>高起专</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专升本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>高起本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中职</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职业技能等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成人高考</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开放教育</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网络教育</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自学考试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职业技能培训</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>普通</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自考/文凭考试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网络</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>考试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>考查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>录取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>休学</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>毕业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退学</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一个学期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一个学年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学费报销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>毕业补助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已提交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人事审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工会审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已支付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作废</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>银行转账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>助力卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>随工资发放</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>财政补助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工会补助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职工教育经费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业其他经费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学校减免</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>个人承担</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入学时（每个学籍一次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每学年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每学期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>毕业后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按学费比例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>固定金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按层次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按成绩分档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>比例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每人限一个学籍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每个层次限一个学籍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上岗和转岗培训</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各类岗位适应性培训</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>岗位培训、职业技术等级培训、高技能人才培训</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专业技术人员继续教育</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>特种作业人员培训</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业组织的职工外送培训的经费支出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职业技能鉴定、职业资格认证等经费支出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>购置教学设备与设施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职工岗位自学成才奖励费用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职工教育培训管理费用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有关职工教育的其他开支</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结业证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优秀学员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>荣誉证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已退回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>培训专员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工会主席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>财务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看审计日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改企业信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记、修改和导入学员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看完整身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出含完整身份证号的花名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理院校、专业、学籍和成绩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>录入发票和报销申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以培训专员身份审批报销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以工会身份审批报销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以财务身份审批报销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记付款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理经费台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正已支付或已上报的记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>颁发证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印名单和表格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>向平台上报数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从备份恢复数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理满意度调查和优秀学员评选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>审批优秀学员提名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>账户锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解除锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台回执</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–5分满意度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>院校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>教学</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上课与考试时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业支持</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>总体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>非常满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一般</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>非常不满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学籍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补助发放</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>等待回执</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已全部接收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部分接收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部被拒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整批被拒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件（U盘）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网络上传</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>课程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学籍变动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成绩</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>民族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>岗位类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入职日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户籍性质</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>户籍所在地</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原学历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职工类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工会会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会员证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>离职日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>入学日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预计毕业日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学籍状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>毕业证书编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>院校代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>院校名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>教学点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最长休学（月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>票据类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>票据号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开票单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开票日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属期间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专业名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>层次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学习形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>学制（学期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>总学分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每年学费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资助方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资金来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发放时机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计算方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>层次表或成绩分档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每次上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每人每年上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每人累计上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每人同一层次上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>资助层次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>须为工会会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>劳动合同至少（月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只限一线职工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只限农村户籍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最低年龄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最高年龄</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>享受次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务期（月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公示天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>起始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>考试日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支出日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用途</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其中用于一线职工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有不及格课程未补考通过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一学期没有取得学分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已超过预计毕业日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>休学超过允许期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待提交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待人事审核</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待工会审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待公示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待支付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从工资中扣回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报销申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>票据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按题目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按专业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按院校</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按学期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>正在生成汇总表……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>汇总表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有任何报销申请。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印汇总表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印公示名单</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>preview</name>
    <message>
        <source>无法开始打印：打印机不可用或文件无法写入</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>punctuation</name>
    <message>
        <source>、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}（{note}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}：{value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>打印申请表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印汇总表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印公示名单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在列表中选中一份报销申请。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
