<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../ui/actions.py" line="93" />
      <source>&amp;About Touchpoint Blueprint Studio</source>
      <translation>关于 Touchpoint Blueprint Studio(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="62" />
      <source>&amp;Close</source>
      <translation>关闭(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="65" />
      <source>&amp;Copy</source>
      <translation>复制(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="68" />
      <source>&amp;Delete</source>
      <translation>删除(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="56" />
      <source>&amp;Export…</source>
      <translation>导出(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="86" />
      <source>&amp;Facilitator mode (keyboard entry)</source>
      <translation>引导模式（键盘录入）(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="70" />
      <source>&amp;Find…</source>
      <translation>查找(&amp;F)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="55" />
      <source>&amp;Import JSON…</source>
      <translation>导入 JSON(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="92" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="51" />
      <source>&amp;New</source>
      <translation>新建(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="52" />
      <source>&amp;Open…</source>
      <translation>打开(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="66" />
      <source>&amp;Paste</source>
      <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="85" />
      <source>&amp;Presentation mode</source>
      <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="58" />
      <source>&amp;Print…</source>
      <translation>打印(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="63" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="72" />
      <source>&amp;Rename node</source>
      <translation>重命名节点(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="53" />
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="87" />
      <source>&amp;Stage</source>
      <translation>阶段(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="61" />
      <source>&amp;Suggest failure probabilities from incidents…</source>
      <translation>根据事件估算失效概率(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="80" />
      <source>&amp;Tidy up</source>
      <translation>整理排布(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="77" />
      <source>Align &amp;bottom</source>
      <translation>底端对齐(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="74" />
      <source>Align &amp;left</source>
      <translation>左对齐(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="75" />
      <source>Align &amp;right</source>
      <translation>右对齐(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="76" />
      <source>Align &amp;top</source>
      <translation>顶端对齐(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="64" />
      <source>Cu&amp;t</source>
      <translation>剪切(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="67" />
      <source>D&amp;uplicate</source>
      <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="78" />
      <source>Distribute &amp;horizontally</source>
      <translation>水平等距分布(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="79" />
      <source>Distribute &amp;vertically</source>
      <translation>垂直等距分布(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="57" />
      <source>Export &amp;PDF…</source>
      <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="71" />
      <source>Find &amp;next</source>
      <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="59" />
      <source>Import &amp;incident log…</source>
      <translation>导入事件日志(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="60" />
      <source>Import e&amp;xecution records…</source>
      <translation>导入执行记录(&amp;X)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="90" />
      <source>Make selected edges &amp;flow</source>
      <translation>将所选连线设为流程线(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="91" />
      <source>Make selected edges &amp;support</source>
      <translation>将所选连线设为支撑线(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="73" />
      <source>Pre&amp;ferences…</source>
      <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="89" />
      <source>Remo&amp;ve stage…</source>
      <translation>删除阶段(&amp;V)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="88" />
      <source>Rena&amp;me stage…</source>
      <translation>重命名阶段(&amp;M)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="54" />
      <source>Save &amp;As…</source>
      <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="69" />
      <source>Select &amp;all</source>
      <translation>全选(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="83" />
      <source>Zoom &amp;100 %</source>
      <translation>缩放至 100%(&amp;1)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="81" />
      <source>Zoom &amp;in</source>
      <translation>放大(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="82" />
      <source>Zoom &amp;out</source>
      <translation>缩小(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="84" />
      <source>Zoom to &amp;fit</source>
      <translation>适合窗口(&amp;F)</translation>
    </message>
  </context>
  <context>
    <name>AnalysisDock</name>
    <message>
      <location filename="../../ui/analysis_dock.py" line="203" />
      <source>&lt;b&gt;%1&lt;/b&gt; can break &lt;b&gt;%2&lt;/b&gt; touchpoint(s).</source>
      <translation>&lt;b&gt;%1&lt;/b&gt; 可能导致 &lt;b&gt;%2&lt;/b&gt; 个触点失效。</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="178" />
      <source>&lt;b&gt;%1&lt;/b&gt;: fails with probability &lt;b&gt;%2&lt;/b&gt;; %3 causes, %4 behind the line of visibility.</source>
      <translation>&lt;b&gt;%1&lt;/b&gt;：失效概率 &lt;b&gt;%2&lt;/b&gt;；共 %3 个原因，其中 %4 个位于可视线以下。</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="167" />
      <source>Across the blueprint, %1 of %2 possible causes (%3) lie behind the line of visibility.</source>
      <translation>在整个蓝图中，%2 个可能原因中有 %1 个（%3）位于可视线以下。</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="36" />
      <source>Analysis</source>
      <translation>分析</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="138" />
      <source>Analysis failed: %1</source>
      <translation>分析失败：%1</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="150" />
      <source>Cannot analyse: %1</source>
      <translation>无法分析：%1</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="82" />
      <source>Causes</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="70" />
      <source>Change</source>
      <translation>变化</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="130" />
      <source>Computing…</source>
      <translation>正在计算…</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="83" />
      <source>Cut sets</source>
      <translation>割集</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="19" />
      <source>Diagnostic</source>
      <translation>诊断重要度</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="70" />
      <source>Failure now</source>
      <translation>当前失效概率</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="77" />
      <source>Fix this node (failure probability → 0)</source>
      <translation>修复此节点（失效概率 → 0）</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="240" />
      <source>Fix “%1”</source>
      <translation>修复“%1”</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="57" />
      <source>Highlight on the canvas</source>
      <translation>在画布上高亮显示</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="70" />
      <source>If this node never failed</source>
      <translation>若此节点从不失效</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="20" />
      <source>Incident share</source>
      <translation>事件占比</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="21" />
      <source>Lane</source>
      <translation>泳道</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="18" />
      <source>Node</source>
      <translation>节点</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="92" />
      <source>Pareto of incidents</source>
      <translation>事件帕累托分析</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="53" />
      <location filename="../../ui/analysis_dock.py" line="148" />
      <source>Select a touchpoint or a back-office node.</source>
      <translation>请选择一个触点或后台节点。</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="183" />
      <source>Single points of failure: %1</source>
      <translation>单点失效：%1</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="70" />
      <source>Touchpoint</source>
      <translation>触点</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="84" />
      <source>Touchpoints it can break / what-if</source>
      <translation>受影响触点 / 假设分析</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="199" />
      <source>… larger cut sets not shown</source>
      <translation>… 更大的割集未显示</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../ui/app.py" line="55" />
      <source>Recover unsaved work?</source>
      <translation>恢复未保存的工作？</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="64" />
      <source>Recovery failed</source>
      <translation>恢复失败</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="56" />
      <source>Touchpoint Blueprint Studio did not close properly. Unsaved work on “%1” (autosaved %2) can be restored. Restore it?</source>
      <translation>Touchpoint Blueprint Studio 上次未正常关闭。“%1”中未保存的工作（自动保存于 %2）可以恢复。是否恢复？</translation>
    </message>
  </context>
  <context>
    <name>Badges</name>
    <message>
      <location filename="../../canvas/badges.py" line="32" />
      <source>F</source>
      <translation>失</translation>
    </message>
    <message>
      <location filename="../../canvas/badges.py" line="35" />
      <source>W</source>
      <translation>等</translation>
    </message>
  </context>
  <context>
    <name>Canvas</name>
    <message>
      <location filename="../../canvas/grid_item.py" line="86" />
      <source>(no stage)</source>
      <translation>（未分阶段）</translation>
    </message>
    <message>
      <location filename="../../canvas/context_menu.py" line="88" />
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../canvas/context_menu.py" line="105" />
      <source>Flow edge</source>
      <translation>流程线</translation>
    </message>
    <message>
      <location filename="../../canvas/scene.py" line="307" />
      <source>Nudge</source>
      <translation>微移</translation>
    </message>
    <message>
      <location filename="../../canvas/context_menu.py" line="93" />
      <source>Rename</source>
      <translation>重命名</translation>
    </message>
    <message>
      <location filename="../../canvas/context_menu.py" line="68" />
      <source>Rename stage…</source>
      <translation>重命名阶段…</translation>
    </message>
    <message>
      <location filename="../../canvas/context_menu.py" line="108" />
      <source>Reverse direction</source>
      <translation>反转方向</translation>
    </message>
    <message>
      <location filename="../../canvas/context_menu.py" line="106" />
      <source>Support edge</source>
      <translation>支撑线</translation>
    </message>
  </context>
  <context>
    <name>Categories</name>
    <message>
      <location filename="../../model/lanes.py" line="74" />
      <source>IT system</source>
      <translation>IT 系统</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="75" />
      <source>Knowledge</source>
      <translation>知识</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="79" />
      <source>Partner</source>
      <translation>合作伙伴</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="78" />
      <source>People</source>
      <translation>人员</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="77" />
      <source>Policy</source>
      <translation>制度</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="76" />
      <source>Process</source>
      <translation>流程</translation>
    </message>
  </context>
  <context>
    <name>Commands</name>
    <message>
      <location filename="../../commands/attachment_commands.py" line="69" />
      <source>Add commitment %1</source>
      <translation>添加承诺 %1</translation>
    </message>
    <message>
      <location filename="../../commands/node_commands.py" line="17" />
      <source>Add node</source>
      <translation>添加节点</translation>
    </message>
    <message>
      <location filename="../../commands/attachment_commands.py" line="85" />
      <source>Add perception point %1</source>
      <translation>添加感知点 %1</translation>
    </message>
    <message>
      <location filename="../../commands/stage_commands.py" line="13" />
      <source>Add stage</source>
      <translation>添加阶段</translation>
    </message>
    <message>
      <location filename="../../commands/arrange_commands.py" line="17" />
      <source>Align bottom</source>
      <translation>底端对齐</translation>
    </message>
    <message>
      <location filename="../../commands/arrange_commands.py" line="18" />
      <source>Align centres horizontally</source>
      <translation>水平居中对齐</translation>
    </message>
    <message>
      <location filename="../../commands/arrange_commands.py" line="19" />
      <source>Align centres vertically</source>
      <translation>垂直居中对齐</translation>
    </message>
    <message>
      <location filename="../../commands/arrange_commands.py" line="14" />
      <source>Align left</source>
      <translation>左对齐</translation>
    </message>
    <message>
      <location filename="../../commands/arrange_commands.py" line="15" />
      <source>Align right</source>
      <translation>右对齐</translation>
    </message>
    <message>
      <location filename="../../commands/arrange_commands.py" line="16" />
      <source>Align top</source>
      <translation>顶端对齐</translation>
    </message>
    <message>
      <location filename="../../commands/edge_commands.py" line="15" />
      <source>Connect</source>
      <translation>连接</translation>
    </message>
    <message>
      <location filename="../../commands/node_commands.py" line="32" />
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../commands/stage_commands.py" line="57" />
      <source>Delete stage</source>
      <translation>删除阶段</translation>
    </message>
    <message>
      <location filename="../../commands/arrange_commands.py" line="42" />
      <source>Distribute horizontally</source>
      <translation>水平等距分布</translation>
    </message>
    <message>
      <location filename="../../commands/arrange_commands.py" line="42" />
      <source>Distribute vertically</source>
      <translation>垂直等距分布</translation>
    </message>
    <message>
      <location filename="../../commands/attachment_commands.py" line="35" />
      <source>Edit %1</source>
      <translation>编辑 %1</translation>
    </message>
    <message>
      <location filename="../../commands/node_commands.py" line="51" />
      <source>Edit %s</source>
      <translation>编辑 %s</translation>
    </message>
    <message>
      <location filename="../../commands/edge_commands.py" line="30" />
      <source>Edit connection</source>
      <translation>编辑连线</translation>
    </message>
    <message>
      <location filename="../../commands/attachment_commands.py" line="101" />
      <source>Import %1 execution record(s)</source>
      <translation>导入 %1 条执行记录</translation>
    </message>
    <message>
      <location filename="../../commands/incident_commands.py" line="19" />
      <source>Import %n incident record(s)</source>
      <translation>导入 %n 条事件记录</translation>
    </message>
    <message>
      <location filename="../../commands/node_commands.py" line="85" />
      <source>Move</source>
      <translation>移动</translation>
    </message>
    <message>
      <location filename="../../commands/stage_commands.py" line="40" />
      <source>Move stage</source>
      <translation>移动阶段</translation>
    </message>
    <message>
      <location filename="../../commands/node_commands.py" line="118" />
      <source>Paste</source>
      <translation>粘贴</translation>
    </message>
    <message>
      <location filename="../../commands/attachment_commands.py" line="53" />
      <source>Remove %1</source>
      <translation>删除 %1</translation>
    </message>
    <message>
      <location filename="../../commands/stage_commands.py" line="76" />
      <source>Rename blueprint</source>
      <translation>重命名蓝图</translation>
    </message>
    <message>
      <location filename="../../commands/stage_commands.py" line="25" />
      <source>Rename stage</source>
      <translation>重命名阶段</translation>
    </message>
    <message>
      <location filename="../../commands/edge_commands.py" line="52" />
      <source>Reverse connection</source>
      <translation>反转连线</translation>
    </message>
    <message>
      <location filename="../../commands/node_commands.py" line="140" />
      <source>Tidy up</source>
      <translation>整理排布</translation>
    </message>
  </context>
  <context>
    <name>CommitmentsDock</name>
    <message>
      <location filename="../../ui/commitments_dock.py" line="99" />
      <source>%1 commitments: %2 fit, %3 at risk, %4 breached; %5 execution records.</source>
      <translation>共 %1 项承诺：%2 项达标，%3 项有风险，%4 项未达标；%5 条执行记录。</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="69" />
      <source>Actual / target</source>
      <translation>实际值 / 目标值</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="68" />
      <source>Attainment</source>
      <translation>达成率</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="68" />
      <location filename="../../ui/commitments_dock.py" line="74" />
      <source>Breaches</source>
      <translation>未达标</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="20" />
      <source>Chain / slack</source>
      <translation>链路 / 余量</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="19" />
      <source>Commitment</source>
      <translation>承诺</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="51" />
      <location filename="../../ui/commitments_dock.py" line="67" />
      <source>Commitments</source>
      <translation>承诺</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="71" />
      <source>D</source>
      <translation>探测度</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="69" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="67" />
      <source>Department</source>
      <translation>部门</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="75" />
      <source>Fail points (FMEA)</source>
      <translation>失效点（FMEA）</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="68" />
      <source>Level-1 breaches caused</source>
      <translation>引发的 1 级承诺未达标</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="70" />
      <source>Lower commitments that overran</source>
      <translation>超标的下级承诺</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="19" />
      <source>Node</source>
      <translation>节点</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="71" />
      <source>O</source>
      <translation>发生度</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="71" />
      <source>Owner</source>
      <translation>负责部门</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="67" />
      <source>Post</source>
      <translation>岗位</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="69" />
      <source>Promise broken</source>
      <translation>未兑现的顾客承诺</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="72" />
      <source>Promise tree</source>
      <translation>承诺树</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="71" />
      <source>RPN</source>
      <translation>RPN 值</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="71" />
      <source>Rank</source>
      <translation>排名</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="73" />
      <source>Responsibility</source>
      <translation>责任矩阵</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="71" />
      <source>S</source>
      <translation>严重度</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="22" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="71" />
      <source>Step</source>
      <translation>步骤</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="20" />
      <source>Target</source>
      <translation>目标值</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="22" />
      <source>Warnings</source>
      <translation>预警</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="17" />
      <source>at risk</source>
      <translation>有风险</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="18" />
      <source>breached</source>
      <translation>未达标</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="16" />
      <source>fits</source>
      <translation>达标</translation>
    </message>
  </context>
  <context>
    <name>Docks</name>
    <message>
      <location filename="../../ui/docks.py" line="33" />
      <source>&lt;empty document&gt;</source>
      <translation>&lt;空文档&gt;</translation>
    </message>
    <message>
      <location filename="../../ui/docks.py" line="38" />
      <source>Overview</source>
      <translation>概览</translation>
    </message>
    <message>
      <location filename="../../ui/docks.py" line="34" />
      <source>Undo history</source>
      <translation>撤销历史</translation>
    </message>
  </context>
  <context>
    <name>EditController</name>
    <message>
      <location filename="../../ui/edit_controller.py" line="233" />
      <source>Cannot open example</source>
      <translation>无法打开示例</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="156" />
      <source>Change edge kind</source>
      <translation>更改连线类型</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="128" />
      <source>Cut</source>
      <translation>剪切</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="146" />
      <source>Duplicate</source>
      <translation>创建副本</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="208" />
      <source>New name:</source>
      <translation>新名称：</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="186" />
      <source>New stage</source>
      <translation>新阶段</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="69" />
      <source>New step</source>
      <translation>新步骤</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="134" />
      <source>Nothing to paste</source>
      <translation>剪贴板中没有可粘贴的内容</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="214" />
      <location filename="../../ui/edit_controller.py" line="220" />
      <source>Remove stage</source>
      <translation>删除阶段</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="205" />
      <location filename="../../ui/edit_controller.py" line="208" />
      <source>Rename stage</source>
      <translation>重命名阶段</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="172" />
      <source>Select two or more nodes to arrange</source>
      <translation>请选择两个或更多节点再进行排列</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="186" />
      <source>Stage name:</source>
      <translation>阶段名称：</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="221" />
      <source>Stage “%1” holds %2 node(s). Remove the stage and its nodes?</source>
      <translation>阶段“%1”中有 %2 个节点。确定删除该阶段及其节点吗？</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="201" />
      <source>Stage:</source>
      <translation>阶段：</translation>
    </message>
  </context>
  <context>
    <name>EditorSession</name>
    <message>
      <location filename="../../ui/editor_session.py" line="174" />
      <source>Autosave failed: %1</source>
      <translation>自动保存失败：%1</translation>
    </message>
  </context>
  <context>
    <name>EstimateDialog</name>
    <message>
      <location filename="../../ui/estimate_dialog.py" line="35" />
      <source>Accept</source>
      <translation>采用</translation>
    </message>
    <message>
      <location filename="../../ui/estimate_dialog.py" line="93" />
      <source>Accept %1 suggested probabilities</source>
      <translation>采用 %1 个建议的失效概率</translation>
    </message>
    <message>
      <location filename="../../ui/estimate_dialog.py" line="36" />
      <source>Basis</source>
      <translation>依据</translation>
    </message>
    <message>
      <location filename="../../ui/estimate_dialog.py" line="35" />
      <source>Current</source>
      <translation>当前值</translation>
    </message>
    <message>
      <location filename="../../ui/estimate_dialog.py" line="39" />
      <source>Estimator</source>
      <translation>估算方法</translation>
    </message>
    <message>
      <location filename="../../ui/estimate_dialog.py" line="72" />
      <source>No incident names a cause yet: import an incident log first.</source>
      <translation>尚无事件记录指明原因节点：请先导入事件日志。</translation>
    </message>
    <message>
      <location filename="../../ui/estimate_dialog.py" line="35" />
      <source>Node</source>
      <translation>节点</translation>
    </message>
    <message>
      <location filename="../../ui/estimate_dialog.py" line="24" />
      <source>Per period of days (Poisson rate)</source>
      <translation>按天数周期（泊松发生率）</translation>
    </message>
    <message>
      <location filename="../../ui/estimate_dialog.py" line="25" />
      <source>Per service occasion (failures ÷ occasions)</source>
      <translation>按服务次数（失效次数 ÷ 服务次数）</translation>
    </message>
    <message>
      <location filename="../../ui/estimate_dialog.py" line="40" />
      <location filename="../../ui/estimate_dialog.py" line="57" />
      <source>Period (days)</source>
      <translation>周期（天）</translation>
    </message>
    <message>
      <location filename="../../ui/estimate_dialog.py" line="74" />
      <source>Review each suggestion; only ticked rows are applied.</source>
      <translation>请逐条审核建议；只有勾选的行才会被应用。</translation>
    </message>
    <message>
      <location filename="../../ui/estimate_dialog.py" line="57" />
      <source>Service occasions in the log</source>
      <translation>日志涵盖的服务次数</translation>
    </message>
    <message>
      <location filename="../../ui/estimate_dialog.py" line="22" />
      <source>Suggest failure probabilities from incidents</source>
      <translation>根据事件估算失效概率</translation>
    </message>
    <message>
      <location filename="../../ui/estimate_dialog.py" line="36" />
      <source>Suggested</source>
      <translation>建议值</translation>
    </message>
  </context>
  <context>
    <name>Facilitator</name>
    <message>
      <location filename="../../ui/facilitator.py" line="104" />
      <source>Add step “%1”</source>
      <translation>添加步骤“%1”</translation>
    </message>
    <message>
      <location filename="../../ui/facilitator.py" line="119" />
      <source>Added “%1”</source>
      <translation>已添加“%1”</translation>
    </message>
    <message>
      <location filename="../../ui/facilitator.py" line="45" />
      <source>Facilitator mode</source>
      <translation>引导模式</translation>
    </message>
    <message>
      <location filename="../../ui/facilitator.py" line="50" />
      <source>Lane: </source>
      <translation>泳道：</translation>
    </message>
    <message>
      <location filename="../../ui/facilitator.py" line="108" />
      <source>Stage %1</source>
      <translation>阶段 %1</translation>
    </message>
    <message>
      <location filename="../../ui/facilitator.py" line="57" />
      <source>Type a step and press Enter · Tab / Shift+Tab: lane · Esc: leave</source>
      <translation>输入步骤后按 Enter · Tab / Shift+Tab：切换泳道 · Esc：退出</translation>
    </message>
  </context>
  <context>
    <name>FileDialogs</name>
    <message>
      <location filename="../../ui/file_dialogs.py" line="36" />
      <source>%1 already exists. Replace it?</source>
      <translation>%1 已存在。要替换它吗？</translation>
    </message>
    <message>
      <location filename="../../ui/file_dialogs.py" line="27" />
      <source>Blueprint documents (*.blueprint)</source>
      <translation>蓝图文档 (*.blueprint)</translation>
    </message>
    <message>
      <location filename="../../ui/file_dialogs.py" line="19" />
      <source>Blueprints (*.blueprint *.json);;Blueprint documents (*.blueprint);;JSON interchange (*.json);;All files (*)</source>
      <translation>蓝图 (*.blueprint *.json);;蓝图文档 (*.blueprint);;JSON 交换格式 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../ui/file_dialogs.py" line="49" />
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <location filename="../../ui/file_dialogs.py" line="67" />
      <source>Export failed</source>
      <translation>导出失败</translation>
    </message>
    <message>
      <location filename="../../ui/file_dialogs.py" line="59" />
      <source>Export scale</source>
      <translation>导出比例</translation>
    </message>
    <message>
      <location filename="../../ui/file_dialogs.py" line="69" />
      <source>Exported %1</source>
      <translation>已导出 %1</translation>
    </message>
    <message>
      <location filename="../../formats.py" line="35" />
      <source>GraphML for yEd / Gephi (*.graphml)</source>
      <translation>GraphML，用于 yEd / Gephi (*.graphml)</translation>
    </message>
    <message>
      <location filename="../../formats.py" line="33" />
      <source>JSON interchange (*.json)</source>
      <translation>JSON 交换格式 (*.json)</translation>
    </message>
    <message>
      <location filename="../../ui/file_dialogs.py" line="18" />
      <source>Open blueprint</source>
      <translation>打开蓝图</translation>
    </message>
    <message>
      <location filename="../../formats.py" line="37" />
      <source>PDF handout (*.pdf)</source>
      <translation>PDF 讲义 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../formats.py" line="39" />
      <source>PNG image (*.png)</source>
      <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
      <location filename="../../formats.py" line="41" />
      <source>SVG drawing (*.svg)</source>
      <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
      <location filename="../../ui/file_dialogs.py" line="26" />
      <location filename="../../ui/file_dialogs.py" line="35" />
      <source>Save blueprint</source>
      <translation>保存蓝图</translation>
    </message>
    <message>
      <location filename="../../ui/file_dialogs.py" line="60" />
      <source>Scale (1.0 = as on screen at 100 %, 96 dpi):</source>
      <translation>比例（1.0 = 屏幕 100% 显示大小，96 dpi）：</translation>
    </message>
    <message>
      <location filename="../../ui/file_dialogs.py" line="75" />
      <source>Unknown export format: %1</source>
      <translation>未知的导出格式：%1</translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <location filename="../../ui/find_bar.py" line="55" />
      <source>%1 found</source>
      <translation>找到 %1 项</translation>
    </message>
    <message>
      <location filename="../../ui/find_bar.py" line="69" />
      <source>%1 of %2</source>
      <translation>第 %1 项，共 %2 项</translation>
    </message>
    <message>
      <location filename="../../ui/find_bar.py" line="25" />
      <source>Find</source>
      <translation>查找</translation>
    </message>
    <message>
      <location filename="../../ui/find_bar.py" line="28" />
      <source>Find: </source>
      <translation>查找：</translation>
    </message>
    <message>
      <location filename="../../ui/find_bar.py" line="30" />
      <source>label, owner or id — Enter for next</source>
      <translation>名称、负责部门或 ID — 按 Enter 查找下一个</translation>
    </message>
    <message>
      <location filename="../../ui/find_bar.py" line="63" />
      <source>not found</source>
      <translation>未找到</translation>
    </message>
  </context>
  <context>
    <name>Findings</name>
    <message>
      <location filename="../../ui/finding_texts.py" line="106" />
      <source> and %1 more</source>
      <translation> 等另外 %1 个</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="74" />
      <source>%1 has FMEA scores but is not marked as a fail point.</source>
      <translation>%1 有 FMEA 评分，但未标记为失效点。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="16" />
      <source>%1 has a failure probability outside 0 to 1.</source>
      <translation>%1 的失效概率不在 0 到 1 之间。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="18" />
      <source>%1 has an invalid “requires” value.</source>
      <translation>%1 的支撑要求无效。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="13" />
      <source>%1 has no label.</source>
      <translation>%1 没有标签。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="52" />
      <source>%1 has no owner.</source>
      <translation>%1 没有负责部门。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="14" />
      <source>%1 is in an unknown lane.</source>
      <translation>%1 位于未知的泳道。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="24" />
      <source>%1 is placed in a stage that does not exist.</source>
      <translation>%1 位于不存在的阶段。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="22" />
      <source>%1 is referred to but does not exist.</source>
      <translation>%1 被引用，但并不存在。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="28" />
      <source>%1 needs more working supports than it has.</source>
      <translation>%1 要求的可用支撑数多于其现有支撑。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="50" />
      <source>%1 supports nothing.</source>
      <translation>%1 没有支撑任何节点。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="62" />
      <source>A commitment on %1 hangs under a parent of the wrong level.</source>
      <translation>%1 上的承诺挂在级别不正确的上级承诺下。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="66" />
      <source>A commitment on %1 has no target, unit or name.</source>
      <translation>%1 上的承诺缺少目标值、单位或名称。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="56" />
      <source>A commitment on %1 is at the wrong level for its lane.</source>
      <translation>%1 上的承诺级别与其泳道不符。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="60" />
      <source>A commitment on %1 names a parent that does not exist.</source>
      <translation>%1 上的承诺引用了不存在的上级承诺。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="64" />
      <source>A commitment on %1 uses a unit that cannot convert to its parent's.</source>
      <translation>%1 上的承诺所用单位无法换算为上级承诺的单位。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="58" />
      <source>A lower commitment on %1 has no parent.</source>
      <translation>%1 上的下级承诺没有上级承诺。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="70" />
      <source>A lower commitment on %1 is on no support path to its parent's step.</source>
      <translation>%1 上的下级承诺不在通往其上级承诺所在步骤的支撑路径上。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="49" />
      <source>Add the backstage work and support processes it needs.</source>
      <translation>补充它所需的后台工作和支持流程。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="55" />
      <source>Add what the customer does in this stage, or merge the stage.</source>
      <translation>补充顾客在该阶段的行为，或将该阶段合并。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="59" />
      <source>Attach it to the commitment one level up that it carries.</source>
      <translation>将它挂到它所支撑的上一级承诺下。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="39" />
      <source>Begin the journey with what the customer does.</source>
      <translation>请以顾客的行为作为旅程的开始。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="19" />
      <source>Choose all, any, or a number of supports of at least 1.</source>
      <translation>请选择全部支撑、任一支撑，或至少 1 个支撑。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="61" />
      <source>Choose an existing commitment one level up.</source>
      <translation>请选择一个现有的上一级承诺。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="43" />
      <source>Close the loop: end the journey with what the customer does.</source>
      <translation>形成闭环：以顾客的行为结束旅程。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="67" />
      <source>Complete the commitment so it can be measured.</source>
      <translation>请补全该承诺，使其可以衡量。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="45" />
      <source>Connect it by flow to the customer actions before and after it.</source>
      <translation>用流程线将它与前后的顾客行为相连。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="51" />
      <source>Connect it to the step it makes possible, or remove it.</source>
      <translation>将它连接到它所支撑的步骤，或将其删除。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="71" />
      <source>Connect its step by support to the step its parent is on.</source>
      <translation>用支撑线将它所在的步骤连接到上级承诺所在的步骤。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="35" />
      <source>Connect the customer actions and touchpoints in the order of the journey.</source>
      <translation>按旅程顺序用流程线连接顾客行为与触点。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="73" />
      <source>Correct the execution log or add the commitments.</source>
      <translation>请更正执行日志，或补充这些承诺。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="27" />
      <source>Correct the incident log or add the missing node.</source>
      <translation>请更正事件日志，或补充缺失的节点。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="17" />
      <source>Enter a probability between 0 and 1.</source>
      <translation>请输入 0 到 1 之间的概率。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="72" />
      <source>Execution records name commitments that do not exist.</source>
      <translation>执行记录引用了不存在的承诺。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="13" />
      <source>Give the node a short label.</source>
      <translation>为该节点填写简短的标签。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="26" />
      <source>Incident records name %1, which is not in the blueprint.</source>
      <translation>事件记录引用了 %1，但蓝图中没有它。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="63" />
      <source>Its parent must be exactly one level up.</source>
      <translation>上级承诺必须正好高一级。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="37" />
      <source>Let the journey begin with a customer action.</source>
      <translation>让旅程从顾客行为开始。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="41" />
      <source>Let the journey end with a customer action.</source>
      <translation>让旅程以顾客行为结束。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="57" />
      <source>Level 1 belongs on touchpoints, levels 2 and 3 behind the line of visibility.</source>
      <translation>1 级承诺应在触点上，2 级和 3 级应在可视线以下。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="29" />
      <source>Lower the number it requires or add the missing supports.</source>
      <translation>降低所需支撑数，或补充缺失的支撑。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="21" />
      <source>Make it a flow or a support connection.</source>
      <translation>请将其设为流程线或支撑线。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="75" />
      <source>Mark it as a fail point or remove the scores.</source>
      <translation>将它标记为失效点，或删除这些评分。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="25" />
      <source>Move the node into an existing stage.</source>
      <translation>将该节点移入现有阶段。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="15" />
      <source>Move the node into one of the five lanes.</source>
      <translation>将该节点移入五条泳道之一。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="77" />
      <source>Move them to the touchpoint the customer judges.</source>
      <translation>请将它们移到顾客所评价的触点上。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="53" />
      <source>Name the department or responsible post that answers for it.</source>
      <translation>请指定对它负责的部门或责任岗位。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="48" />
      <source>Nothing behind the line of visibility supports touchpoint %1.</source>
      <translation>可视线以下没有任何节点支撑触点 %1。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="76" />
      <source>Perception points on %1, which is not a touchpoint.</source>
      <translation>%1 上有感知点，但它不是触点。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="31" />
      <source>Remove or reverse one support connection in the circle.</source>
      <translation>删除或反转循环中的一条支撑线。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="23" />
      <source>Remove the connections that refer to it, or add the node again.</source>
      <translation>删除引用它的连线，或重新添加该节点。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="47" />
      <source>Route it through the touchpoint where the customer meets the service.</source>
      <translation>请让它经过顾客接触服务的触点。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="54" />
      <source>Stage %1 has no customer action.</source>
      <translation>阶段 %1 中没有顾客行为。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="30" />
      <source>Support connections run in a circle: %1.</source>
      <translation>支撑线形成了循环：%1。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="20" />
      <source>The connection between %1 has an unknown kind.</source>
      <translation>%1 之间的连线类型未知。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="46" />
      <source>The flow %1 jumps between the customer and the back office.</source>
      <translation>流程线 %1 在顾客与后台之间直接跳转。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="42" />
      <source>The journey ends at %1, not at a customer action.</source>
      <translation>旅程在 %1 结束，而不是在顾客行为结束。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="34" />
      <source>The journey has no flow connections.</source>
      <translation>旅程中没有流程线。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="38" />
      <source>The journey starts at %1, not at a customer action.</source>
      <translation>旅程从 %1 开始，而不是从顾客行为开始。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="40" />
      <source>The journey through %1 has no end.</source>
      <translation>经过 %1 的旅程没有终点。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="36" />
      <source>The journey through %1 has no start.</source>
      <translation>经过 %1 的旅程没有起点。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="68" />
      <source>The lower commitments under %1 add up to more than its promise.</source>
      <translation>%1 下的下级承诺合计超出了它的承诺。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="32" />
      <source>There are many more support circles among %1.</source>
      <translation>%1 之间还存在更多支撑循环。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="69" />
      <source>Tighten the lower targets or renegotiate the promise.</source>
      <translation>收紧下级目标值，或重新商定承诺。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="44" />
      <source>Touchpoint %1 is not on the journey.</source>
      <translation>触点 %1 不在旅程上。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="33" />
      <source>Untangle the support connections between these nodes.</source>
      <translation>请理顺这些节点之间的支撑线。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="65" />
      <source>Use units of the same kind (durations with durations).</source>
      <translation>请使用同类单位（时长对时长）。</translation>
    </message>
  </context>
  <context>
    <name>FindingsDock</name>
    <message>
      <location filename="../../ui/findings_dock.py" line="50" />
      <source>Error</source>
      <translation>错误</translation>
    </message>
    <message>
      <location filename="../../ui/findings_dock.py" line="23" />
      <source>Finding</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../ui/findings_dock.py" line="23" />
      <source>Nodes</source>
      <translation>节点</translation>
    </message>
    <message>
      <location filename="../../ui/findings_dock.py" line="23" />
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <location filename="../../ui/findings_dock.py" line="19" />
      <source>Validation</source>
      <translation>校验</translation>
    </message>
    <message>
      <location filename="../../ui/findings_dock.py" line="58" />
      <source>Validation (%1 errors, %2 warnings)</source>
      <translation>校验（%1 个错误，%2 个警告）</translation>
    </message>
    <message>
      <location filename="../../ui/findings_dock.py" line="50" />
      <source>Warning</source>
      <translation>警告</translation>
    </message>
    <message>
      <location filename="../../ui/findings_dock.py" line="23" />
      <source>What to do</source>
      <translation>处理建议</translation>
    </message>
  </context>
  <context>
    <name>HelpDialogs</name>
    <message>
      <location filename="../../ui/help_dialogs.py" line="61" />
      <source>&lt;b&gt;Touchpoint Blueprint Studio&lt;/b&gt; %1&lt;br&gt;Closed-loop customer-journey blueprints, and which back-office nodes cause the failures at each touchpoint.</source>
      <translation>&lt;b&gt;Touchpoint Blueprint Studio&lt;/b&gt; %1&lt;br&gt;绘制闭环的顾客旅程蓝图，并找出每个触点的失效由哪些后台节点引起。</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialogs.py" line="60" />
      <source>About Touchpoint Blueprint Studio</source>
      <translation>关于 Touchpoint Blueprint Studio</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialogs.py" line="22" />
      <source>Add a node there</source>
      <translation>在该处添加节点</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialogs.py" line="44" />
      <source>Command</source>
      <translation>命令</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialogs.py" line="17" />
      <source>Facilitator mode: add the typed step</source>
      <translation>引导模式：添加输入的步骤</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialogs.py" line="18" />
      <source>Facilitator mode: next / previous lane</source>
      <translation>引导模式：下一个 / 上一个泳道</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialogs.py" line="41" />
      <source>Keyboard shortcuts</source>
      <translation>键盘快捷键</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialogs.py" line="44" />
      <source>Keys</source>
      <translation>按键</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialogs.py" line="19" />
      <source>Nudge the selected nodes</source>
      <translation>微移所选节点</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialogs.py" line="20" />
      <source>Pan</source>
      <translation>平移视图</translation>
    </message>
    <message>
      <location filename="../../ui/help_dialogs.py" line="21" />
      <source>Zoom</source>
      <translation>缩放</translation>
    </message>
  </context>
  <context>
    <name>Lanes</name>
    <message>
      <location filename="../../model/lanes.py" line="64" />
      <source>Add backstage step here</source>
      <translation>在此添加后台步骤</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="54" />
      <source>Add customer step here</source>
      <translation>在此添加顾客行为</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="49" />
      <source>Add physical evidence here</source>
      <translation>在此添加有形展示</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="69" />
      <source>Add support process here</source>
      <translation>在此添加支持流程</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="59" />
      <source>Add touchpoint here</source>
      <translation>在此添加触点</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="61" />
      <source>Backstage</source>
      <translation>后台</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="62" />
      <source>Backstage step</source>
      <translation>后台步骤</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="65" />
      <source>Backstage step (box)</source>
      <translation>后台步骤（方框）</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="52" />
      <source>Customer action</source>
      <translation>顾客行为</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="55" />
      <source>Customer action (rounded)</source>
      <translation>顾客行为（圆角）</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="51" />
      <source>Customer actions</source>
      <translation>顾客行为</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="50" />
      <source>Evidence (document)</source>
      <translation>有形展示（文档形）</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="56" />
      <source>Frontstage (touchpoints)</source>
      <translation>前台（触点）</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="84" />
      <source>Line of interaction</source>
      <translation>互动线</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="86" />
      <source>Line of internal interaction</source>
      <translation>内部互动线</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="85" />
      <source>Line of visibility</source>
      <translation>可视线</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="46" />
      <location filename="../../model/lanes.py" line="47" />
      <source>Physical evidence</source>
      <translation>有形展示</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="67" />
      <source>Support process</source>
      <translation>支持流程</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="70" />
      <source>Support process (cut corners)</source>
      <translation>支持流程（切角）</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="66" />
      <source>Support processes</source>
      <translation>支持流程</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="57" />
      <source>Touchpoint</source>
      <translation>触点</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="60" />
      <source>Touchpoint (card, channel tag)</source>
      <translation>触点（卡片，渠道标签）</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="63" />
      <source>backstage node</source>
      <translation>后台节点</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="53" />
      <source>customer action</source>
      <translation>顾客行为</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="48" />
      <source>physical-evidence item</source>
      <translation>有形展示</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="68" />
      <source>support node</source>
      <translation>支持节点</translation>
    </message>
    <message>
      <location filename="../../model/lanes.py" line="58" />
      <source>touchpoint</source>
      <translation>触点</translation>
    </message>
  </context>
  <context>
    <name>LogImport</name>
    <message>
      <location filename="../../ui/log_import.py" line="38" />
      <source>Execution records refused</source>
      <translation>执行记录未被接受</translation>
    </message>
    <message>
      <location filename="../../ui/log_import.py" line="37" />
      <source>Import execution records</source>
      <translation>导入执行记录</translation>
    </message>
    <message>
      <location filename="../../ui/log_import.py" line="33" />
      <source>Import incident log</source>
      <translation>导入事件日志</translation>
    </message>
    <message>
      <location filename="../../ui/log_import.py" line="39" />
      <source>Imported %1 execution record(s) from %2</source>
      <translation>已从 %2 导入 %1 条执行记录</translation>
    </message>
    <message>
      <location filename="../../ui/log_import.py" line="35" />
      <source>Imported %1 incident record(s) from %2</source>
      <translation>已从 %2 导入 %1 条事件记录</translation>
    </message>
    <message>
      <location filename="../../ui/log_import.py" line="34" />
      <source>Incident log refused</source>
      <translation>事件日志未被接受</translation>
    </message>
    <message>
      <location filename="../../ui/log_import.py" line="45" />
      <source>Logs (*.csv *.xlsx);;All files (*)</source>
      <translation>日志文件 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../ui/log_import.py" line="54" />
      <source>Nothing was imported.

%1</source>
      <translation>未导入任何内容。

%1</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/main_window.py" line="115" />
      <source> [read-only]</source>
      <translation> [只读]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="130" />
      <source>%1 errors, %2 warnings</source>
      <translation>%1 个错误，%2 个警告</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="210" />
      <source>%1 has unsaved changes. Save them?</source>
      <translation>%1 有未保存的更改。是否保存？</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="170" />
      <source>%1 is already open by %2. It was opened read-only; use Save As to keep your changes in another file.</source>
      <translation>%1 已被 %2 打开，因此以只读方式打开；如需保留更改，请使用“另存为”保存到其他文件。</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="124" />
      <source>%1 selected</source>
      <translation>已选择 %1 项</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="181" />
      <source>%1 was changed by another program since you opened it. Saving would overwrite those changes. Save under another name instead?</source>
      <translation>自您打开 %1 以来，它已被其他程序修改。直接保存会覆盖那些修改。是否改为另存为其他文件？</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="38" />
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="36" />
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="162" />
      <source>Cannot open file</source>
      <translation>无法打开文件</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="198" />
      <source>Could not save %1:
%2</source>
      <translation>无法保存 %1：
%2</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="180" />
      <source>File changed on disk</source>
      <translation>文件已在磁盘上被修改</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="169" />
      <source>Opened read-only</source>
      <translation>已以只读方式打开</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="127" />
      <source>Recovery copy saved</source>
      <translation>已保存恢复副本</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="197" />
      <source>Save failed</source>
      <translation>保存失败</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="202" />
      <source>Saved %1</source>
      <translation>已保存 %1</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="209" />
      <source>Unsaved changes</source>
      <translation>未保存的更改</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="121" />
      <source>Zoom %1 %</source>
      <translation>缩放 %1%</translation>
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <location filename="../../ui/menus.py" line="140" />
      <source> Add: </source>
      <translation> 添加：</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="94" />
      <source>&amp;Analysis</source>
      <translation>分析(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="90" />
      <source>&amp;Docks</source>
      <translation>停靠窗口(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="63" />
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="43" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="108" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="100" />
      <source>&amp;Insert</source>
      <translation>插入(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="83" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="162" />
      <source>(no recent files)</source>
      <translation>（无最近文件）</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="73" />
      <source>A&amp;rrange</source>
      <translation>排列(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="165" />
      <source>Clear list</source>
      <translation>清除列表</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="128" />
      <source>Lane palette</source>
      <translation>泳道工具栏</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="112" />
      <source>Main toolbar</source>
      <translation>主工具栏</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="45" />
      <source>New from e&amp;xample</source>
      <translation>从示例新建(&amp;X)</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="48" />
      <source>Open &amp;recent</source>
      <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="118" />
      <source>Redo</source>
      <translation>重做</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="118" />
      <source>Undo</source>
      <translation>撤销</translation>
    </message>
  </context>
  <context>
    <name>NodeExtrasEditor</name>
    <message>
      <location filename="../../ui/node_extras_editor.py" line="159" />
      <source>%1 — importance %2, today %3, expected %4</source>
      <translation>%1 — 重要度 %2，当前 %3，期望 %4</translation>
    </message>
    <message>
      <location filename="../../ui/node_extras_editor.py" line="114" />
      <source>Add…</source>
      <translation>添加…</translation>
    </message>
    <message>
      <location filename="../../ui/node_extras_editor.py" line="90" />
      <source>Commitments</source>
      <translation>承诺</translation>
    </message>
    <message>
      <location filename="../../ui/node_extras_editor.py" line="81" />
      <source>D</source>
      <translation>探测度</translation>
    </message>
    <message>
      <location filename="../../ui/node_extras_editor.py" line="114" />
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <location filename="../../ui/node_extras_editor.py" line="72" />
      <source>FMEA scored</source>
      <translation>FMEA 评分</translation>
    </message>
    <message>
      <location filename="../../ui/node_extras_editor.py" line="70" />
      <source>Fail point</source>
      <translation>失效点</translation>
    </message>
    <message>
      <location filename="../../ui/node_extras_editor.py" line="81" />
      <source>O</source>
      <translation>发生度</translation>
    </message>
    <message>
      <location filename="../../ui/node_extras_editor.py" line="92" />
      <source>Perception points</source>
      <translation>感知点</translation>
    </message>
    <message>
      <location filename="../../ui/node_extras_editor.py" line="149" />
      <source>RPN %1</source>
      <translation>RPN 值 %1</translation>
    </message>
    <message>
      <location filename="../../ui/node_extras_editor.py" line="114" />
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../ui/node_extras_editor.py" line="221" />
      <source>Remove or re-parent its lower commitments first.</source>
      <translation>请先删除其下级承诺，或将它们改挂到其他上级承诺下。</translation>
    </message>
    <message>
      <location filename="../../ui/node_extras_editor.py" line="81" />
      <source>S</source>
      <translation>严重度</translation>
    </message>
    <message>
      <location filename="../../ui/node_extras_editor.py" line="85" />
      <source>Standard time</source>
      <translation>标准时间</translation>
    </message>
    <message>
      <location filename="../../ui/node_extras_editor.py" line="66" />
      <source>Time standard and fail points</source>
      <translation>标准时间与失效点</translation>
    </message>
    <message>
      <location filename="../../ui/node_extras_editor.py" line="86" />
      <source>Tolerance</source>
      <translation>容许偏差</translation>
    </message>
    <message>
      <location filename="../../ui/node_extras_editor.py" line="71" />
      <source>Wait point</source>
      <translation>等待点</translation>
    </message>
  </context>
  <context>
    <name>ParetoView</name>
    <message>
      <location filename="../../ui/pareto_view.py" line="127" />
      <source>%1 for %2: total %3; %4 caused behind the line of visibility (red bars).</source>
      <translation>%1（%2）：合计 %3；其中 %4 源自可视线以下（红色柱）。</translation>
    </message>
    <message>
      <location filename="../../ui/pareto_view.py" line="87" />
      <source>By:</source>
      <translation>统计口径：</translation>
    </message>
    <message>
      <location filename="../../ui/pareto_view.py" line="14" />
      <source>Customers affected</source>
      <translation>受影响顾客数</translation>
    </message>
    <message>
      <location filename="../../ui/pareto_view.py" line="13" />
      <source>Incidents</source>
      <translation>事件数</translation>
    </message>
    <message>
      <location filename="../../ui/pareto_view.py" line="15" />
      <source>Minutes lost</source>
      <translation>损失分钟数</translation>
    </message>
    <message>
      <location filename="../../ui/pareto_view.py" line="46" />
      <source>No incidents recorded.</source>
      <translation>尚无事件记录。</translation>
    </message>
    <message>
      <location filename="../../ui/pareto_view.py" line="121" />
      <source>No incidents recorded. File → Import incident log… adds them.</source>
      <translation>尚无事件记录。可通过“文件 → 导入事件日志…”添加。</translation>
    </message>
    <message>
      <location filename="../../ui/pareto_view.py" line="82" />
      <source>Whole blueprint</source>
      <translation>整个蓝图</translation>
    </message>
    <message>
      <location filename="../../ui/pareto_view.py" line="124" />
      <source>the whole blueprint</source>
      <translation>整个蓝图</translation>
    </message>
  </context>
  <context>
    <name>PdfExportDialog</name>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="25" />
      <source>Automatic</source>
      <translation>自动</translation>
    </message>
    <message>
      <location filename="../../export/sections.py" line="27" />
      <source>Blueprint</source>
      <translation>蓝图</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="62" />
      <source>Colour nodes by failure analysis (heat)</source>
      <translation>按失效分析为节点着色（热度）</translation>
    </message>
    <message>
      <location filename="../../export/sections.py" line="38" />
      <source>Customer perception</source>
      <translation>顾客感知</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="37" />
      <location filename="../../ui/pdf_dialog.py" line="125" />
      <location filename="../../ui/pdf_dialog.py" line="127" />
      <location filename="../../ui/pdf_dialog.py" line="135" />
      <location filename="../../ui/pdf_dialog.py" line="138" />
      <source>Export PDF</source>
      <translation>导出 PDF</translation>
    </message>
    <message>
      <location filename="../../export/sections.py" line="40" />
      <source>Fail points (FMEA)</source>
      <translation>失效点（FMEA）</translation>
    </message>
    <message>
      <location filename="../../export/sections.py" line="28" />
      <source>Failure analysis</source>
      <translation>失效分析</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="50" />
      <source>Fit on one page</source>
      <translation>缩放至一页</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="22" />
      <source>Landscape</source>
      <translation>横向</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="69" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="67" />
      <source>Language of the PDF's own texts; Automatic follows the blueprint's text</source>
      <translation>PDF 自身文字的语言；“自动”按蓝图文字判断</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="55" />
      <source>Layout</source>
      <translation>版式</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="115" />
      <source>No preview available.</source>
      <translation>无可用预览。</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="46" />
      <source>Orientation</source>
      <translation>方向</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="128" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="42" />
      <source>Paper</source>
      <translation>纸张</translation>
    </message>
    <message>
      <location filename="../../export/sections.py" line="30" />
      <source>Pareto of incidents</source>
      <translation>事件帕累托分析</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="23" />
      <source>Portrait</source>
      <translation>纵向</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="70" />
      <source>Preview</source>
      <translation>预览</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="101" />
      <source>Preview needs pdftoppm (poppler-utils).</source>
      <translation>预览需要 pdftoppm（poppler-utils）。</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="61" />
      <source>Sections</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../export/sections.py" line="36" />
      <source>Service commitments</source>
      <translation>服务承诺</translation>
    </message>
    <message>
      <location filename="../../export/sections.py" line="34" />
      <source>Summary for the committee</source>
      <translation>委员会摘要</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="51" />
      <source>Tile over several pages</source>
      <translation>分多页拼接</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="74" />
      <source>Update preview</source>
      <translation>更新预览</translation>
    </message>
    <message>
      <location filename="../../export/sections.py" line="32" />
      <source>Validation findings</source>
      <translation>校验结果</translation>
    </message>
  </context>
  <context>
    <name>PerceptionDock</name>
    <message>
      <location filename="../../ui/perception_dock.py" line="96" />
      <source>%1 perception points; %2 below the competitor (red); the focus list of %3 covers %4 of the weighted gap.</source>
      <translation>共 %1 个感知点；%2 个低于竞争对手（红色）；重点关注的 %3 个感知点覆盖加权差距的 %4。</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="88" />
      <source>Below the competitor's score (the minimum acceptable)</source>
      <translation>低于竞争对手得分（最低可接受水平）</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="16" />
      <source>Competitor</source>
      <translation>竞争对手</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="16" />
      <source>Expected</source>
      <translation>期望</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="17" />
      <source>Focus</source>
      <translation>重点</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="36" />
      <source>Focus on the points covering</source>
      <translation>重点关注覆盖加权差距</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="17" />
      <source>Gap</source>
      <translation>差距</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="15" />
      <source>Importance</source>
      <translation>重要度</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="58" />
      <source>Importance–performance</source>
      <translation>重要度–表现</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="27" />
      <source>Perception</source>
      <translation>顾客感知</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="57" />
      <source>Points</source>
      <translation>感知点</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="17" />
      <source>Priority</source>
      <translation>优先度</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="15" />
      <source>Today</source>
      <translation>当前</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="14" />
      <source>Touchpoint</source>
      <translation>触点</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="44" />
      <source>of the weighted gap</source>
      <translation>的感知点</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="24" />
      <source> s</source>
      <translation> 秒</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="31" />
      <source>Language (after restart)</source>
      <translation>语言（重启后生效）</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="20" />
      <source>Preferences</source>
      <translation>首选项</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="26" />
      <source>Save a recovery copy after unsaved edits, within</source>
      <translation>有未保存的编辑时，保存恢复副本的间隔</translation>
    </message>
    <message>
      <location filename="../../ui/preferences_dialog.py" line="12" />
      <source>System default</source>
      <translation>跟随系统</translation>
    </message>
  </context>
  <context>
    <name>PropertiesDock</name>
    <message>
      <location filename="../../ui/properties_dock.py" line="158" />
      <source>%1 nodes, %2 edges, %3 stages. Select a node to edit it.</source>
      <translation>%1 个节点，%2 条连线，%3 个阶段。选择一个节点即可编辑。</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="180" />
      <source>(no stage)</source>
      <translation>（未分阶段）</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="79" />
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="57" />
      <source>Blueprint name</source>
      <translation>蓝图名称</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="99" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="98" />
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="96" />
      <source>Description</source>
      <translation>描述</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="100" />
      <source>Failure probability</source>
      <translation>失效概率</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="95" />
      <source>Id</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="95" />
      <source>Label</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="97" />
      <source>Lane</source>
      <translation>泳道</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="97" />
      <source>Owner</source>
      <translation>负责部门</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="31" />
      <source>Properties</source>
      <translation>属性</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="101" />
      <source>Requires</source>
      <translation>支撑要求</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="98" />
      <source>Stage</source>
      <translation>阶段</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="87" />
      <source>all supports</source>
      <translation>全部支撑</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="88" />
      <source>any one support</source>
      <translation>任一支撑</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="89" />
      <source>at least k supports</source>
      <translation>至少 k 个支撑</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="101" />
      <source>k</source>
      <translation>k</translation>
    </message>
  </context>
  <context>
    <name>QuadrantChart</name>
    <message>
      <location filename="../../ui/quadrant_chart.py" line="12" />
      <source>Concentrate here</source>
      <translation>重点改进</translation>
    </message>
    <message>
      <location filename="../../ui/quadrant_chart.py" line="84" />
      <source>Importance →</source>
      <translation>重要度 →</translation>
    </message>
    <message>
      <location filename="../../ui/quadrant_chart.py" line="13" />
      <source>Keep up the good work</source>
      <translation>继续保持</translation>
    </message>
    <message>
      <location filename="../../ui/quadrant_chart.py" line="14" />
      <source>Low priority</source>
      <translation>低优先级</translation>
    </message>
    <message>
      <location filename="../../ui/quadrant_chart.py" line="56" />
      <source>No perception points yet.</source>
      <translation>尚无感知点。</translation>
    </message>
    <message>
      <location filename="../../ui/quadrant_chart.py" line="79" />
      <source>Performance (today's score) →</source>
      <translation>表现（当前得分）→</translation>
    </message>
    <message>
      <location filename="../../ui/quadrant_chart.py" line="15" />
      <source>Possible overkill</source>
      <translation>可能过度投入</translation>
    </message>
  </context>
  <context>
    <name>RecordDialogs</name>
    <message>
      <location filename="../../ui/record_dialogs.py" line="88" />
      <source>(none: a promise has no parent)</source>
      <translation>（无：对顾客的承诺没有上级承诺）</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="150" />
      <source>Competitor's score</source>
      <translation>竞争对手得分</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="136" />
      <source>Competitor's score known</source>
      <translation>已知竞争对手得分</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="55" />
      <source>Direction</source>
      <translation>达标方向</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="33" />
      <source>Edit commitment</source>
      <translation>编辑承诺</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="128" />
      <source>Edit perception point</source>
      <translation>编辑感知点</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="149" />
      <source>Expected score</source>
      <translation>期望得分</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="148" />
      <source>Importance weight</source>
      <translation>重要度权重</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="53" />
      <source>Level</source>
      <translation>级别</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="38" />
      <source>Level 1: promise to the customer</source>
      <translation>1 级：对顾客的承诺</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="39" />
      <source>Level 2</source>
      <translation>2 级</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="39" />
      <source>Level 3</source>
      <translation>3 级</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="53" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="33" />
      <source>New commitment</source>
      <translation>新建承诺</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="128" />
      <source>New perception point</source>
      <translation>新建感知点</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="56" />
      <source>Owner (department)</source>
      <translation>负责部门</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="54" />
      <source>Parent commitment</source>
      <translation>上级承诺</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="148" />
      <source>Perception</source>
      <translation>感知内容</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="56" />
      <source>Responsible post</source>
      <translation>责任岗位</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="54" />
      <source>Target</source>
      <translation>目标值</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="149" />
      <source>Today's score</source>
      <translation>当前得分</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="55" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="47" />
      <source>at least</source>
      <translation>不低于</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="47" />
      <source>at most</source>
      <translation>不超过</translation>
    </message>
  </context>
</TS>
