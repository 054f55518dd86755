<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../ui/actions.py" line="98" />
      <source>&amp;About Touchpoint Blueprint Studio</source>
      <translation>关于 Touchpoint Blueprint Studio(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="64" />
      <source>&amp;Close</source>
      <translation>关闭(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="67" />
      <source>&amp;Copy</source>
      <translation>复制(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="70" />
      <source>&amp;Delete</source>
      <translation>删除(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="57" />
      <source>&amp;Export…</source>
      <translation>导出(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="91" />
      <source>&amp;Facilitator mode (keyboard entry)</source>
      <translation>引导模式（键盘录入）(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="72" />
      <source>&amp;Find…</source>
      <translation>查找(&amp;F)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="55" />
      <source>&amp;Import JSON…</source>
      <translation>导入 JSON(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="97" />
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
      <location filename="../../ui/actions.py" line="68" />
      <source>&amp;Paste</source>
      <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="90" />
      <source>&amp;Presentation mode</source>
      <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="59" />
      <source>&amp;Print…</source>
      <translation>打印(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="65" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="74" />
      <source>&amp;Rename node</source>
      <translation>重命名节点(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="89" />
      <source>&amp;Reset layout</source>
      <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="53" />
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="92" />
      <source>&amp;Stage</source>
      <translation>阶段(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="62" />
      <source>&amp;Suggest failure probabilities from incidents…</source>
      <translation>根据事件估算失效概率(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="82" />
      <source>&amp;Tidy up</source>
      <translation>整理排布(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="87" />
      <source>&amp;Whole map</source>
      <translation>整张地图(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="79" />
      <source>Align &amp;bottom</source>
      <translation>底端对齐(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="76" />
      <source>Align &amp;left</source>
      <translation>左对齐(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="77" />
      <source>Align &amp;right</source>
      <translation>右对齐(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="78" />
      <source>Align &amp;top</source>
      <translation>顶端对齐(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="66" />
      <source>Cu&amp;t</source>
      <translation>剪切(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="69" />
      <source>D&amp;uplicate</source>
      <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="80" />
      <source>Distribute &amp;horizontally</source>
      <translation>水平等距分布(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="81" />
      <source>Distribute &amp;vertically</source>
      <translation>垂直等距分布(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="58" />
      <source>Export &amp;PDF…</source>
      <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="88" />
      <source>F&amp;ocus on the map (hide docks)</source>
      <translation>专注画布（隐藏停靠窗口）(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="73" />
      <source>Find &amp;next</source>
      <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="60" />
      <source>Import &amp;incident log…</source>
      <translation>导入事件日志(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="56" />
      <source>Import &amp;spreadsheet…</source>
      <translation>导入电子表格(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="61" />
      <source>Import e&amp;xecution records…</source>
      <translation>导入执行记录(&amp;X)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="95" />
      <source>Make selected edges &amp;flow</source>
      <translation>将所选连线设为流程线(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="96" />
      <source>Make selected edges &amp;support</source>
      <translation>将所选连线设为支撑线(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="63" />
      <source>P&amp;ortfolio…</source>
      <translation>组合分析(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="75" />
      <source>Pre&amp;ferences…</source>
      <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="94" />
      <source>Remo&amp;ve stage…</source>
      <translation>删除阶段(&amp;V)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="93" />
      <source>Rena&amp;me stage…</source>
      <translation>重命名阶段(&amp;M)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="54" />
      <source>Save &amp;As…</source>
      <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="71" />
      <source>Select &amp;all</source>
      <translation>全选(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="85" />
      <source>Zoom &amp;100 %</source>
      <translation>缩放至 100%(&amp;1)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="83" />
      <source>Zoom &amp;in</source>
      <translation>放大(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="84" />
      <source>Zoom &amp;out</source>
      <translation>缩小(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="86" />
      <source>Zoom to &amp;fit</source>
      <translation>适合窗口(&amp;F)</translation>
    </message>
  </context>
  <context>
    <name>AnalysisDock</name>
    <message>
      <location filename="../../ui/analysis_dock.py" line="254" />
      <location filename="../../ui/analysis_dock.py" line="330" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="360" />
      <source>&lt;b&gt;%1&lt;/b&gt; can break &lt;b&gt;%2&lt;/b&gt; touchpoint(s).</source>
      <translation>&lt;b&gt;%1&lt;/b&gt; 可能导致 &lt;b&gt;%2&lt;/b&gt; 个触点失效。</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="331" />
      <source>&lt;b&gt;%1&lt;/b&gt;: fails with probability &lt;b&gt;%2&lt;/b&gt;; %3 causes, %4 behind the line of visibility.</source>
      <translation>&lt;b&gt;%1&lt;/b&gt;：失效概率 &lt;b&gt;%2&lt;/b&gt;；共 %3 个原因，其中 %4 个位于可视线以下。</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="320" />
      <source>Across the blueprint, %1 of %2 possible causes (%3) lie behind the line of visibility.</source>
      <translation>在整个蓝图中，%2 个可能原因中有 %1 个（%3）位于可视线以下。</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="58" />
      <source>Analysis</source>
      <translation>分析</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="236" />
      <location filename="../../ui/analysis_dock.py" line="280" />
      <source>Analysis failed: %1</source>
      <translation>分析失败：%1</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="36" />
      <source>Breaks</source>
      <translation>会导致失效的触点</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="243" />
      <location filename="../../ui/analysis_dock.py" line="292" />
      <source>Cannot analyse: %1</source>
      <translation>无法分析：%1</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="122" />
      <source>Causes</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="106" />
      <source>Change</source>
      <translation>变化</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="110" />
      <source>Change in percentage points (pp)</source>
      <translation>变化（百分点，pp）</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="139" />
      <location filename="../../ui/analysis_dock.py" line="163" />
      <location filename="../../ui/analysis_dock.py" line="201" />
      <location filename="../../ui/analysis_dock.py" line="210" />
      <source>Computing…</source>
      <translation>正在计算…</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="317" />
      <source>Counting the causes behind the line of visibility…</source>
      <translation>正在统计可视线以下的原因…</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="123" />
      <source>Cut sets</source>
      <translation>割集</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="27" />
      <source>Diagnostic</source>
      <translation>诊断重要度</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="34" />
      <source>Failed visits avoided</source>
      <translation>可避免的失败访问</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="106" />
      <source>Fails now</source>
      <translation>当前失效概率</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="108" />
      <source>Failure probability of the touchpoint if this node never failed</source>
      <translation>若此节点从不失效，该触点的失效概率</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="117" />
      <source>Fix this node (failure probability → 0)</source>
      <translation>修复此节点（失效概率 → 0）</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="398" />
      <source>Fix “%1”</source>
      <translation>修复“%1”</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="92" />
      <source>Highlight on the canvas</source>
      <translation>在画布上高亮显示</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="383" />
      <source>Highlight on the canvas (no failure data yet)</source>
      <translation>在画布上高亮显示（尚无失效数据）</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="106" />
      <source>If never failed</source>
      <translation>若从不失效</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="28" />
      <source>Incident share</source>
      <translation>事件占比</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="29" />
      <source>Lane</source>
      <translation>泳道</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="245" />
      <source>No back-office node can make a touchpoint fail yet.</source>
      <translation>目前没有任何后台节点会导致触点失效。</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="26" />
      <location filename="../../ui/analysis_dock.py" line="32" />
      <source>Node</source>
      <translation>节点</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="249" />
      <source>Of %1 touchpoint visits per period, about %2 fail (%3). Fixing these back-office nodes avoids the most failed visits (the same list as page 1 of the PDF handout).</source>
      <translation>每个周期 %1 次触点访问中约有 %2 次失败（%3）。修复下列后台节点可避免最多的失败访问（与 PDF 讲义第 1 页的清单相同）。</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="33" />
      <source>Owner</source>
      <translation>负责部门</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="133" />
      <source>Pareto of incidents</source>
      <translation>事件帕累托分析</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="37" />
      <source>Promises at risk</source>
      <translation>受威胁的承诺</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="88" />
      <location filename="../../ui/analysis_dock.py" line="233" />
      <location filename="../../ui/analysis_dock.py" line="290" />
      <source>Select a touchpoint or a back-office node.</source>
      <translation>请选择一个触点或后台节点。</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="35" />
      <source>Share</source>
      <translation>占比</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="336" />
      <source>Single points of failure: %1</source>
      <translation>单点失效：%1</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="106" />
      <source>Touchpoint</source>
      <translation>触点</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="124" />
      <source>Touchpoints it can break / what-if</source>
      <translation>受影响触点 / 假设分析</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="149" />
      <source>What to fix first</source>
      <translation>优先修复什么</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="354" />
      <source>… and %1 more cut sets</source>
      <translation>… 另有 %1 个割集</translation>
    </message>
    <message>
      <location filename="../../ui/analysis_dock.py" line="356" />
      <source>… larger cut sets not shown</source>
      <translation>… 更大的割集未显示</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../ui/app.py" line="70" />
      <source>Recover unsaved work?</source>
      <translation>恢复未保存的工作？</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="80" />
      <source>Recovery failed</source>
      <translation>恢复失败</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="71" />
      <source>Touchpoint Blueprint Studio did not close properly. Unsaved work on “%1” (autosaved %2) can be restored. Restore it?</source>
      <translation>Touchpoint Blueprint Studio 上次未正常关闭。“%1”中未保存的工作（自动保存于 %2）可以恢复。是否恢复？</translation>
    </message>
    <message>
      <location filename="../../ui/app.py" line="73" />
      <source>an untitled document</source>
      <translation>一个未命名的文档</translation>
    </message>
  </context>
  <context>
    <name>Badges</name>
    <message>
      <location filename="../../canvas/badges.py" line="47" />
      <source>F</source>
      <translation>失</translation>
    </message>
    <message>
      <location filename="../../canvas/badges.py" line="50" />
      <source>W</source>
      <translation>等</translation>
    </message>
    <message>
      <location filename="../../canvas/badges.py" line="40" />
      <source>d</source>
      <translation>天</translation>
    </message>
    <message>
      <location filename="../../canvas/badges.py" line="40" />
      <source>h</source>
      <translation>小时</translation>
    </message>
    <message>
      <location filename="../../canvas/badges.py" line="40" />
      <source>min</source>
      <translation>分钟</translation>
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
      <location filename="../../canvas/scene.py" line="429" />
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
      <location filename="../../commands/wording.py" line="45" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../commands/attachment_commands.py" line="71" />
      <source>Add commitment ‘%1’</source>
      <translation>添加承诺“%1”</translation>
    </message>
    <message>
      <location filename="../../commands/attachment_commands.py" line="87" />
      <source>Add perception point ‘%1’</source>
      <translation>添加感知点“%1”</translation>
    </message>
    <message>
      <location filename="../../commands/resource_commands.py" line="16" />
      <source>Add resource ‘%1’</source>
      <translation>添加资源“%1”</translation>
    </message>
    <message>
      <location filename="../../commands/stage_commands.py" line="13" />
      <source>Add stage</source>
      <translation>添加阶段</translation>
    </message>
    <message>
      <location filename="../../commands/node_commands.py" line="19" />
      <source>Add ‘%1’</source>
      <translation>添加“%1”</translation>
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
      <location filename="../../commands/wording.py" line="49" />
      <source>Change %1 of ‘%2’</source>
      <translation>修改“%2”的%1</translation>
    </message>
    <message>
      <location filename="../../commands/edge_commands.py" line="15" />
      <source>Connect</source>
      <translation>连接</translation>
    </message>
    <message>
      <location filename="../../commands/node_commands.py" line="34" />
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
      <location filename="../../commands/edge_commands.py" line="30" />
      <source>Edit connection</source>
      <translation>编辑连线</translation>
    </message>
    <message>
      <location filename="../../commands/resource_commands.py" line="30" />
      <source>Edit resource ‘%1’</source>
      <translation>编辑资源“%1”</translation>
    </message>
    <message>
      <location filename="../../commands/wording.py" line="29" />
      <source>FMEA rating</source>
      <translation>FMEA 评分</translation>
    </message>
    <message>
      <location filename="../../commands/attachment_commands.py" line="103" />
      <source>Import %1 execution record(s)</source>
      <translation>导入 %1 条执行记录</translation>
    </message>
    <message>
      <location filename="../../commands/incident_commands.py" line="19" />
      <source>Import %n incident record(s)</source>
      <translation>导入 %n 条事件记录</translation>
    </message>
    <message>
      <location filename="../../commands/resource_commands.py" line="71" />
      <source>Merge ‘%1’ into ‘%2’</source>
      <translation>将“%1”合并到“%2”</translation>
    </message>
    <message>
      <location filename="../../commands/node_commands.py" line="87" />
      <source>Move</source>
      <translation>移动</translation>
    </message>
    <message>
      <location filename="../../commands/stage_commands.py" line="40" />
      <source>Move stage</source>
      <translation>移动阶段</translation>
    </message>
    <message>
      <location filename="../../commands/node_commands.py" line="120" />
      <source>Paste</source>
      <translation>粘贴</translation>
    </message>
    <message>
      <location filename="../../commands/spreadsheet_commands.py" line="17" />
      <source>Paste steps</source>
      <translation>粘贴步骤</translation>
    </message>
    <message>
      <location filename="../../commands/resource_commands.py" line="47" />
      <source>Remove resource ‘%1’</source>
      <translation>删除资源“%1”</translation>
    </message>
    <message>
      <location filename="../../commands/attachment_commands.py" line="54" />
      <source>Remove ‘%1’</source>
      <translation>删除“%1”</translation>
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
      <location filename="../../commands/node_commands.py" line="142" />
      <source>Tidy up</source>
      <translation>整理排布</translation>
    </message>
    <message>
      <location filename="../../commands/wording.py" line="18" />
      <source>category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../commands/wording.py" line="17" />
      <source>channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="../../commands/wording.py" line="30" />
      <source>commitments</source>
      <translation>承诺</translation>
    </message>
    <message>
      <location filename="../../commands/wording.py" line="13" />
      <source>description</source>
      <translation>描述</translation>
    </message>
    <message>
      <location filename="../../commands/wording.py" line="42" />
      <source>details</source>
      <translation>详细信息</translation>
    </message>
    <message>
      <location filename="../../commands/wording.py" line="32" />
      <source>extra fields</source>
      <translation>附加字段</translation>
    </message>
    <message>
      <location filename="../../commands/wording.py" line="27" />
      <source>fail point</source>
      <translation>失效点</translation>
    </message>
    <message>
      <location filename="../../commands/wording.py" line="19" />
      <source>failure probability</source>
      <translation>失效概率</translation>
    </message>
    <message>
      <location filename="../../commands/wording.py" line="12" />
      <source>label</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../commands/wording.py" line="15" />
      <source>lane</source>
      <translation>泳道</translation>
    </message>
    <message>
      <location filename="../../commands/wording.py" line="35" />
      <source>name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../commands/wording.py" line="14" />
      <source>owner</source>
      <translation>负责部门</translation>
    </message>
    <message>
      <location filename="../../commands/wording.py" line="31" />
      <source>perception points</source>
      <translation>感知点</translation>
    </message>
    <message>
      <location filename="../../commands/wording.py" line="21" />
      <location filename="../../commands/wording.py" line="22" />
      <source>position</source>
      <translation>位置</translation>
    </message>
    <message>
      <location filename="../../commands/wording.py" line="20" />
      <source>required supports</source>
      <translation>支撑要求</translation>
    </message>
    <message>
      <location filename="../../commands/wording.py" line="23" />
      <location filename="../../commands/wording.py" line="24" />
      <source>size</source>
      <translation>尺寸</translation>
    </message>
    <message>
      <location filename="../../commands/wording.py" line="16" />
      <source>stage</source>
      <translation>阶段</translation>
    </message>
    <message>
      <location filename="../../commands/wording.py" line="34" />
      <source>target</source>
      <translation>目标值</translation>
    </message>
    <message>
      <location filename="../../commands/wording.py" line="25" />
      <source>time standard</source>
      <translation>时间标准</translation>
    </message>
    <message>
      <location filename="../../commands/wording.py" line="33" />
      <source>title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../commands/wording.py" line="26" />
      <source>tolerance</source>
      <translation>容差</translation>
    </message>
    <message>
      <location filename="../../commands/wording.py" line="28" />
      <source>wait point</source>
      <translation>等待点</translation>
    </message>
  </context>
  <context>
    <name>CommitmentsDock</name>
    <message>
      <location filename="../../ui/commitments_dock.py" line="206" />
      <source>%1 (target %2)</source>
      <translation>%1（目标 %2）</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="151" />
      <source>%1 commitments: %2 fit, %3 at risk, %4 breached; %5 execution records.</source>
      <translation>共 %1 项承诺：%2 项达标，%3 项有风险，%4 项未达标；%5 条执行记录。</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="54" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="96" />
      <source>Actual / target</source>
      <translation>实际值 / 目标值</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="95" />
      <source>Attainment</source>
      <translation>达成率</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="95" />
      <location filename="../../ui/commitments_dock.py" line="101" />
      <source>Breaches</source>
      <translation>未达标</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="26" />
      <source>Chain / slack</source>
      <translation>链路 / 余量</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="25" />
      <source>Commitment</source>
      <translation>承诺</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="75" />
      <location filename="../../ui/commitments_dock.py" line="94" />
      <source>Commitments</source>
      <translation>承诺</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="113" />
      <location filename="../../ui/commitments_dock.py" line="135" />
      <source>Computing…</source>
      <translation>正在计算…</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="98" />
      <source>D</source>
      <translation>探测度</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="96" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="94" />
      <source>Department</source>
      <translation>部门</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="102" />
      <source>Fail points (FMEA)</source>
      <translation>失效点（FMEA）</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="95" />
      <source>Level-1 breaches caused</source>
      <translation>引发的 1 级承诺未达标</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="97" />
      <source>Lower commitments that overran</source>
      <translation>超标的下级承诺</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="25" />
      <source>Node</source>
      <translation>节点</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="98" />
      <source>O</source>
      <translation>发生度</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="98" />
      <source>Owner</source>
      <translation>负责部门</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="94" />
      <source>Post</source>
      <translation>岗位</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="96" />
      <source>Promise broken</source>
      <translation>未兑现的顾客承诺</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="99" />
      <source>Promise tree</source>
      <translation>承诺树</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="98" />
      <source>RPN</source>
      <translation>RPN 值</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="98" />
      <source>Rank</source>
      <translation>排名</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="100" />
      <source>Responsibility</source>
      <translation>责任矩阵</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="98" />
      <source>S</source>
      <translation>严重度</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="28" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="98" />
      <source>Step</source>
      <translation>步骤</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="26" />
      <source>Target</source>
      <translation>目标值</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="28" />
      <source>Warnings</source>
      <translation>预警</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="23" />
      <source>at risk</source>
      <translation>有风险</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="24" />
      <source>breached</source>
      <translation>未达标</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="36" />
      <source>d</source>
      <translation>天</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="22" />
      <source>fits</source>
      <translation>达标</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="36" />
      <source>h</source>
      <translation>小时</translation>
    </message>
    <message>
      <location filename="../../ui/commitments_dock.py" line="36" />
      <source>min</source>
      <translation>分钟</translation>
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
      <location filename="../../ui/edit_controller.py" line="256" />
      <source>Cannot open example</source>
      <translation>无法打开示例</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="179" />
      <source>Change edge kind</source>
      <translation>更改连线类型</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="128" />
      <source>Cut</source>
      <translation>剪切</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="169" />
      <source>Duplicate</source>
      <translation>创建副本</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="231" />
      <source>New name:</source>
      <translation>新名称：</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="209" />
      <source>New stage</source>
      <translation>新阶段</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="69" />
      <source>New step</source>
      <translation>新步骤</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="155" />
      <source>Nothing to paste</source>
      <translation>剪贴板中没有可粘贴的内容</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="152" />
      <source>Nothing was pasted.

%1</source>
      <translation>未粘贴任何内容。

%1</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="161" />
      <source>Pasted %1 step(s) from the spreadsheet</source>
      <translation>已从电子表格粘贴 %1 个步骤</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="237" />
      <location filename="../../ui/edit_controller.py" line="243" />
      <source>Remove stage</source>
      <translation>删除阶段</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="228" />
      <location filename="../../ui/edit_controller.py" line="231" />
      <source>Rename stage</source>
      <translation>重命名阶段</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="151" />
      <source>Rows not pasted</source>
      <translation>未粘贴这些行</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="195" />
      <source>Select two or more nodes to arrange</source>
      <translation>请选择两个或更多节点再进行排列</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="209" />
      <source>Stage name:</source>
      <translation>阶段名称：</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="244" />
      <source>Stage “%1” holds %2 node(s). Remove the stage and its nodes?</source>
      <translation>阶段“%1”中有 %2 个节点。确定删除该阶段及其节点吗？</translation>
    </message>
    <message>
      <location filename="../../ui/edit_controller.py" line="224" />
      <source>Stage:</source>
      <translation>阶段：</translation>
    </message>
  </context>
  <context>
    <name>EditorSession</name>
    <message>
      <location filename="../../ui/editor_session.py" line="197" />
      <source>Autosave failed: %1</source>
      <translation>自动保存失败：%1</translation>
    </message>
    <message>
      <location filename="../../ui/editor_session.py" line="59" />
      <source>Untitled blueprint</source>
      <translation>未命名蓝图</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../ui/error_texts.py" line="24" />
      <source>The document could not be saved.</source>
      <translation>无法保存文档。</translation>
    </message>
    <message>
      <location filename="../../ui/error_texts.py" line="23" />
      <source>The document is damaged and cannot be opened.</source>
      <translation>文档已损坏，无法打开。</translation>
    </message>
    <message>
      <location filename="../../ui/error_texts.py" line="20" />
      <source>The file cannot be read (no permission or a disk error).</source>
      <translation>无法读取该文件（没有权限或磁盘错误）。</translation>
    </message>
    <message>
      <location filename="../../ui/error_texts.py" line="18" />
      <source>The file does not exist.</source>
      <translation>该文件不存在。</translation>
    </message>
    <message>
      <location filename="../../ui/error_texts.py" line="22" />
      <source>This document was written by a newer version of the program; update the program to open it.</source>
      <translation>此文档由更新版本的程序写入；请升级程序后再打开。</translation>
    </message>
    <message>
      <location filename="../../ui/error_texts.py" line="21" />
      <source>This file is not a blueprint document.</source>
      <translation>该文件不是蓝图文档。</translation>
    </message>
    <message>
      <location filename="../../ui/error_texts.py" line="19" />
      <source>This is a folder, not a blueprint document.</source>
      <translation>这是一个文件夹，不是蓝图文档。</translation>
    </message>
    <message>
      <location filename="../../ui/error_texts.py" line="29" />
      <source>a connection cannot lead from a node to itself</source>
      <translation>连线不能从一个节点连回它自己</translation>
    </message>
    <message>
      <location filename="../../ui/error_texts.py" line="28" />
      <source>must be a number</source>
      <translation>必须是数字</translation>
    </message>
    <message>
      <location filename="../../ui/error_texts.py" line="25" />
      <source>must be between 0 and 1</source>
      <translation>必须在 0 到 1 之间</translation>
    </message>
    <message>
      <location filename="../../ui/error_texts.py" line="26" />
      <source>must not be empty</source>
      <translation>不能为空</translation>
    </message>
    <message>
      <location filename="../../ui/error_texts.py" line="27" />
      <source>must not start or end with spaces</source>
      <translation>首尾不能有空格</translation>
    </message>
    <message>
      <location filename="../../ui/error_texts.py" line="30" />
      <source>perception points belong on touchpoints (frontstage)</source>
      <translation>感知点只能放在触点（前台）上</translation>
    </message>
    <message>
      <location filename="../../ui/error_texts.py" line="56" />
      <source>“%1” could not be opened.</source>
      <translation>无法打开“%1”。</translation>
    </message>
    <message>
      <location filename="../../ui/error_texts.py" line="63" />
      <source>“%1” could not be saved.</source>
      <translation>无法保存“%1”。</translation>
    </message>
  </context>
  <context>
    <name>EstimateDialog</name>
    <message>
      <location filename="../../ui/estimate_dialog.py" line="36" />
      <source>Accept</source>
      <translation>采用</translation>
    </message>
    <message>
      <location filename="../../ui/estimate_dialog.py" line="95" />
      <source>Accept %1 suggested probabilities</source>
      <translation>采用 %1 个建议的失效概率</translation>
    </message>
    <message>
      <location filename="../../ui/estimate_dialog.py" line="37" />
      <source>Basis</source>
      <translation>依据</translation>
    </message>
    <message>
      <location filename="../../ui/estimate_dialog.py" line="36" />
      <source>Current</source>
      <translation>当前值</translation>
    </message>
    <message>
      <location filename="../../ui/estimate_dialog.py" line="40" />
      <source>Estimator</source>
      <translation>估算方法</translation>
    </message>
    <message>
      <location filename="../../ui/estimate_dialog.py" line="73" />
      <source>No incident names a cause yet: import an incident log first.</source>
      <translation>尚无事件记录指明原因节点：请先导入事件日志。</translation>
    </message>
    <message>
      <location filename="../../ui/estimate_dialog.py" line="36" />
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
      <location filename="../../ui/estimate_dialog.py" line="41" />
      <location filename="../../ui/estimate_dialog.py" line="58" />
      <source>Period (days)</source>
      <translation>周期（天）</translation>
    </message>
    <message>
      <location filename="../../ui/estimate_dialog.py" line="75" />
      <source>Review each suggestion; only ticked rows are applied.</source>
      <translation>请逐条审核建议；只有勾选的行才会被应用。</translation>
    </message>
    <message>
      <location filename="../../ui/estimate_dialog.py" line="58" />
      <source>Service occasions in the log</source>
      <translation>日志涵盖的服务次数</translation>
    </message>
    <message>
      <location filename="../../ui/estimate_dialog.py" line="22" />
      <source>Suggest failure probabilities from incidents</source>
      <translation>根据事件估算失效概率</translation>
    </message>
    <message>
      <location filename="../../ui/estimate_dialog.py" line="37" />
      <source>Suggested</source>
      <translation>建议值</translation>
    </message>
  </context>
  <context>
    <name>Facilitator</name>
    <message>
      <location filename="../../ui/facilitator.py" line="61" />
      <source> New stage: </source>
      <translation> 新阶段：</translation>
    </message>
    <message>
      <location filename="../../ui/facilitator.py" line="130" />
      <source>Add step “%1”</source>
      <translation>添加步骤“%1”</translation>
    </message>
    <message>
      <location filename="../../ui/facilitator.py" line="144" />
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
      <location filename="../../ui/facilitator.py" line="120" />
      <source>Stage %1</source>
      <translation>阶段 %1</translation>
    </message>
    <message>
      <location filename="../../ui/facilitator.py" line="114" />
      <source>The next step starts stage “%1”</source>
      <translation>下一步将开始阶段“%1”</translation>
    </message>
    <message>
      <location filename="../../ui/facilitator.py" line="57" />
      <source>Type a step and press Enter · Tab / Shift+Tab: lane · Esc: leave</source>
      <translation>输入步骤后按 Enter · Tab / Shift+Tab：切换泳道 · Esc：退出</translation>
    </message>
    <message>
      <location filename="../../ui/facilitator.py" line="63" />
      <source>name, Enter: next step starts it</source>
      <translation>输入名称后按 Enter：下一步从此阶段开始</translation>
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
      <location filename="../../formats.py" line="43" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
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
      <location filename="../../ui/find_bar.py" line="60" />
      <source>%1 found</source>
      <translation>找到 %1 项</translation>
    </message>
    <message>
      <location filename="../../ui/find_bar.py" line="76" />
      <source>%1 of %2</source>
      <translation>第 %1 项，共 %2 项</translation>
    </message>
    <message>
      <location filename="../../ui/find_bar.py" line="27" />
      <source>Find</source>
      <translation>查找</translation>
    </message>
    <message>
      <location filename="../../ui/find_bar.py" line="30" />
      <source>Find: </source>
      <translation>查找：</translation>
    </message>
    <message>
      <location filename="../../ui/find_bar.py" line="32" />
      <source>label, owner or id — Enter for next</source>
      <translation>名称、负责部门或 ID — 按 Enter 查找下一个</translation>
    </message>
    <message>
      <location filename="../../ui/find_bar.py" line="70" />
      <source>not found</source>
      <translation>未找到</translation>
    </message>
  </context>
  <context>
    <name>Findings</name>
    <message>
      <location filename="../../ui/finding_texts.py" line="126" />
      <source> and %1 more</source>
      <translation> 等另外 %1 个</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="21" />
      <source>%1 and its shared resource have different categories.</source>
      <translation>%1 与其共享资源的类别不同。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="19" />
      <source>%1 and its shared resource have different owners.</source>
      <translation>%1 与其共享资源的负责部门不同。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="17" />
      <source>%1 depends on a resource that is not in the catalogue.</source>
      <translation>%1 依赖的资源不在资源目录中。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="15" />
      <source>%1 depends on a shared resource but is not a backstage or support node.</source>
      <translation>%1 依赖共享资源，但它不是后台或支持节点。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="86" />
      <source>%1 has FMEA scores but is not marked as a fail point.</source>
      <translation>%1 有 FMEA 评分，但未标记为失效点。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="28" />
      <source>%1 has a failure probability outside 0 to 1.</source>
      <translation>%1 的失效概率不在 0 到 1 之间。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="23" />
      <source>%1 has a volume of customer visits but is not a touchpoint.</source>
      <translation>%1 设置了客户访问量，但它不是触点。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="30" />
      <source>%1 has an invalid “requires” value.</source>
      <translation>%1 的支撑要求无效。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="25" />
      <source>%1 has no label.</source>
      <translation>%1 没有标签。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="64" />
      <source>%1 has no owner.</source>
      <translation>%1 没有负责部门。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="26" />
      <source>%1 is in an unknown lane.</source>
      <translation>%1 位于未知的泳道。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="36" />
      <source>%1 is placed in a stage that does not exist.</source>
      <translation>%1 位于不存在的阶段。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="34" />
      <source>%1 is referred to but does not exist.</source>
      <translation>%1 被引用，但并不存在。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="40" />
      <source>%1 needs more working supports than it has.</source>
      <translation>%1 要求的可用支撑数多于其现有支撑。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="62" />
      <source>%1 supports nothing.</source>
      <translation>%1 没有支撑任何节点。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="111" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="74" />
      <source>A commitment on %1 hangs under a parent of the wrong level.</source>
      <translation>%1 上的承诺挂在级别不正确的上级承诺下。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="78" />
      <source>A commitment on %1 has no target, unit or name.</source>
      <translation>%1 上的承诺缺少目标值、单位或名称。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="68" />
      <source>A commitment on %1 is at the wrong level for its lane.</source>
      <translation>%1 上的承诺级别与其泳道不符。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="72" />
      <source>A commitment on %1 names a parent that does not exist.</source>
      <translation>%1 上的承诺引用了不存在的上级承诺。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="76" />
      <source>A commitment on %1 uses a unit that cannot convert to its parent's.</source>
      <translation>%1 上的承诺所用单位无法换算为上级承诺的单位。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="70" />
      <source>A lower commitment on %1 has no parent.</source>
      <translation>%1 上的下级承诺没有上级承诺。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="82" />
      <source>A lower commitment on %1 is on no support path to its parent's step.</source>
      <translation>%1 上的下级承诺不在通往其上级承诺所在步骤的支撑路径上。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="13" />
      <source>A shared resource has the same id as %1.</source>
      <translation>有一个共享资源与 %1 的编号相同。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="61" />
      <source>Add the backstage work and support processes it needs.</source>
      <translation>补充它所需的后台工作和支持流程。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="18" />
      <source>Add the resource to the catalogue or choose an existing one.</source>
      <translation>请把该资源加入资源目录，或选择已有资源。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="67" />
      <source>Add what the customer does in this stage, or merge the stage.</source>
      <translation>补充顾客在该阶段的行为，或将该阶段合并。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="20" />
      <source>Agree on one owner, or link the node to the right resource.</source>
      <translation>请统一负责部门，或把节点关联到正确的资源。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="71" />
      <source>Attach it to the commitment one level up that it carries.</source>
      <translation>将它挂到它所支撑的上一级承诺下。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="51" />
      <source>Begin the journey with what the customer does.</source>
      <translation>请以顾客的行为作为旅程的开始。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="31" />
      <source>Choose all, any, or a number of supports of at least 1.</source>
      <translation>请选择全部支撑、任一支撑，或至少 1 个支撑。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="73" />
      <source>Choose an existing commitment one level up.</source>
      <translation>请选择一个现有的上一级承诺。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="55" />
      <source>Close the loop: end the journey with what the customer does.</source>
      <translation>形成闭环：以顾客的行为结束旅程。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="79" />
      <source>Complete the commitment so it can be measured.</source>
      <translation>请补全该承诺，使其可以衡量。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="57" />
      <source>Connect it by flow to the customer actions before and after it.</source>
      <translation>用流程线将它与前后的顾客行为相连。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="63" />
      <source>Connect it to the step it makes possible, or remove it.</source>
      <translation>将它连接到它所支撑的步骤，或将其删除。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="83" />
      <source>Connect its step by support to the step its parent is on.</source>
      <translation>用支撑线将它所在的步骤连接到上级承诺所在的步骤。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="47" />
      <source>Connect the customer actions and touchpoints in the order of the journey.</source>
      <translation>按旅程顺序用流程线连接顾客行为与触点。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="22" />
      <source>Correct the category of the node or of the resource.</source>
      <translation>请更正节点或资源的类别。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="85" />
      <source>Correct the execution log or add the commitments.</source>
      <translation>请更正执行日志，或补充这些承诺。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="39" />
      <source>Correct the incident log or add the missing node.</source>
      <translation>请更正事件日志，或补充缺失的节点。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="29" />
      <source>Enter a probability between 0 and 1.</source>
      <translation>请输入 0 到 1 之间的概率。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="84" />
      <source>Execution records name commitments that do not exist.</source>
      <translation>执行记录引用了不存在的承诺。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="25" />
      <source>Give the node a short label.</source>
      <translation>为该节点填写简短的标签。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="14" />
      <source>Give the resource or the node another id.</source>
      <translation>请给资源或节点换一个编号。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="38" />
      <source>Incident records name %1, which is not in the blueprint.</source>
      <translation>事件记录引用了 %1，但蓝图中没有它。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="75" />
      <source>Its parent must be exactly one level up.</source>
      <translation>上级承诺必须正好高一级。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="49" />
      <source>Let the journey begin with a customer action.</source>
      <translation>让旅程从顾客行为开始。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="53" />
      <source>Let the journey end with a customer action.</source>
      <translation>让旅程以顾客行为结束。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="69" />
      <source>Level 1 belongs on touchpoints, levels 2 and 3 behind the line of visibility.</source>
      <translation>1 级承诺应在触点上，2 级和 3 级应在可视线以下。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="41" />
      <source>Lower the number it requires or add the missing supports.</source>
      <translation>降低所需支撑数，或补充缺失的支撑。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="33" />
      <source>Make it a flow or a support connection.</source>
      <translation>请将其设为流程线或支撑线。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="87" />
      <source>Mark it as a fail point or remove the scores.</source>
      <translation>将它标记为失效点，或删除这些评分。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="16" />
      <source>Move the dependency to the backstage or support step that uses it.</source>
      <translation>请把依赖关系移到实际使用它的后台或支持步骤上。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="37" />
      <source>Move the node into an existing stage.</source>
      <translation>将该节点移入现有阶段。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="27" />
      <source>Move the node into one of the five lanes.</source>
      <translation>将该节点移入五条泳道之一。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="89" />
      <source>Move them to the touchpoint the customer judges.</source>
      <translation>请将它们移到顾客所评价的触点上。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="65" />
      <source>Name the department or responsible post that answers for it.</source>
      <translation>请指定对它负责的部门或责任岗位。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="60" />
      <source>Nothing behind the line of visibility supports touchpoint %1.</source>
      <translation>可视线以下没有任何节点支撑触点 %1。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="88" />
      <source>Perception points on %1, which is not a touchpoint.</source>
      <translation>%1 上有感知点，但它不是触点。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="43" />
      <source>Remove or reverse one support connection in the circle.</source>
      <translation>删除或反转循环中的一条支撑线。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="35" />
      <source>Remove the connections that refer to it, or add the node again.</source>
      <translation>删除引用它的连线，或重新添加该节点。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="24" />
      <source>Remove the volume, or give it to the touchpoint the customers visit.</source>
      <translation>请删除访问量，或把它设在客户访问的触点上。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="59" />
      <source>Route it through the touchpoint where the customer meets the service.</source>
      <translation>请让它经过顾客接触服务的触点。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="66" />
      <source>Stage %1 has no customer action.</source>
      <translation>阶段 %1 中没有顾客行为。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="42" />
      <source>Support connections run in a circle: %1.</source>
      <translation>支撑线形成了循环：%1。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="32" />
      <source>The connection between %1 has an unknown kind.</source>
      <translation>%1 之间的连线类型未知。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="58" />
      <source>The flow %1 jumps between the customer and the back office.</source>
      <translation>流程线 %1 在顾客与后台之间直接跳转。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="54" />
      <source>The journey ends at %1, not at a customer action.</source>
      <translation>旅程在 %1 结束，而不是在顾客行为结束。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="46" />
      <source>The journey has no flow connections.</source>
      <translation>旅程中没有流程线。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="50" />
      <source>The journey starts at %1, not at a customer action.</source>
      <translation>旅程从 %1 开始，而不是从顾客行为开始。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="52" />
      <source>The journey through %1 has no end.</source>
      <translation>经过 %1 的旅程没有终点。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="48" />
      <source>The journey through %1 has no start.</source>
      <translation>经过 %1 的旅程没有起点。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="80" />
      <source>The lower commitments under %1 add up to more than its promise.</source>
      <translation>%1 下的下级承诺合计超出了它的承诺。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="44" />
      <source>There are many more support circles among %1.</source>
      <translation>%1 之间还存在更多支撑循环。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="81" />
      <source>Tighten the lower targets or renegotiate the promise.</source>
      <translation>收紧下级目标值，或重新商定承诺。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="56" />
      <source>Touchpoint %1 is not on the journey.</source>
      <translation>触点 %1 不在旅程上。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="45" />
      <source>Untangle the support connections between these nodes.</source>
      <translation>请理顺这些节点之间的支撑线。</translation>
    </message>
    <message>
      <location filename="../../ui/finding_texts.py" line="77" />
      <source>Use units of the same kind (durations with durations).</source>
      <translation>请使用同类单位（时长对时长）。</translation>
    </message>
  </context>
  <context>
    <name>FindingsDock</name>
    <message>
      <location filename="../../ui/findings_dock.py" line="79" />
      <source>Error</source>
      <translation>错误</translation>
    </message>
    <message>
      <location filename="../../ui/findings_dock.py" line="28" />
      <source>Finding</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../ui/findings_dock.py" line="28" />
      <source>Nodes</source>
      <translation>节点</translation>
    </message>
    <message>
      <location filename="../../ui/findings_dock.py" line="28" />
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <location filename="../../ui/findings_dock.py" line="24" />
      <source>Validation</source>
      <translation>校验</translation>
    </message>
    <message>
      <location filename="../../ui/findings_dock.py" line="87" />
      <source>Validation (%1 errors, %2 warnings)</source>
      <translation>校验（%1 个错误，%2 个警告）</translation>
    </message>
    <message>
      <location filename="../../ui/findings_dock.py" line="45" />
      <location filename="../../ui/findings_dock.py" line="66" />
      <source>Validation (computing…)</source>
      <translation>校验（正在计算…）</translation>
    </message>
    <message>
      <location filename="../../ui/findings_dock.py" line="79" />
      <source>Warning</source>
      <translation>警告</translation>
    </message>
    <message>
      <location filename="../../ui/findings_dock.py" line="28" />
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
    <name>LockPrompt</name>
    <message>
      <location filename="../../ui/lock_prompt.py" line="26" />
      <source>%1 is already open by %2. %3

It was opened read-only; use Save As to keep your changes in another file. Take it over only if you are sure it is no longer open there.</source>
      <translation>%1 已被 %2 打开。%3

已以只读方式打开；请用“另存为”把修改保存到另一个文件。只有在确定那里已不再打开它时才接管。</translation>
    </message>
    <message>
      <location filename="../../ui/lock_prompt.py" line="21" />
      <source>It is locked from another computer, so this program cannot check whether it is still open there.</source>
      <translation>它被另一台计算机锁定，本程序无法确认它在那里是否仍处于打开状态。</translation>
    </message>
    <message>
      <location filename="../../ui/lock_prompt.py" line="32" />
      <source>Keep read-only</source>
      <translation>保持只读</translation>
    </message>
    <message>
      <location filename="../../ui/lock_prompt.py" line="25" />
      <source>Opened read-only</source>
      <translation>已以只读方式打开</translation>
    </message>
    <message>
      <location filename="../../ui/lock_prompt.py" line="33" />
      <source>Take over</source>
      <translation>接管</translation>
    </message>
    <message>
      <location filename="../../ui/lock_prompt.py" line="24" />
      <source>The program that locked it is still running on this computer.</source>
      <translation>锁定它的程序仍在这台计算机上运行。</translation>
    </message>
  </context>
  <context>
    <name>LogImport</name>
    <message>
      <location filename="../../ui/log_import.py" line="60" />
      <source>%1: %2 rows read</source>
      <translation>%1：已读取 %2 行</translation>
    </message>
    <message>
      <location filename="../../ui/log_import.py" line="69" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../ui/log_import.py" line="40" />
      <source>Execution records refused</source>
      <translation>执行记录未被接受</translation>
    </message>
    <message>
      <location filename="../../ui/log_import.py" line="116" />
      <source>Import cancelled: nothing was imported</source>
      <translation>导入已取消：未导入任何内容</translation>
    </message>
    <message>
      <location filename="../../ui/log_import.py" line="39" />
      <source>Import execution records</source>
      <translation>导入执行记录</translation>
    </message>
    <message>
      <location filename="../../ui/log_import.py" line="35" />
      <source>Import incident log</source>
      <translation>导入事件日志</translation>
    </message>
    <message>
      <location filename="../../ui/log_import.py" line="41" />
      <source>Imported %1 execution record(s) from %2</source>
      <translation>已从 %2 导入 %1 条执行记录</translation>
    </message>
    <message>
      <location filename="../../ui/log_import.py" line="37" />
      <source>Imported %1 incident record(s) from %2</source>
      <translation>已从 %2 导入 %1 条事件记录</translation>
    </message>
    <message>
      <location filename="../../ui/log_import.py" line="36" />
      <source>Incident log refused</source>
      <translation>事件日志未被接受</translation>
    </message>
    <message>
      <location filename="../../ui/log_import.py" line="107" />
      <source>Logs (*.csv *.xlsx);;All files (*)</source>
      <translation>日志文件 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../ui/log_import.py" line="122" />
      <source>Nothing was imported.

%1</source>
      <translation>未导入任何内容。

%1</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/main_window.py" line="144" />
      <source> [read-only]</source>
      <translation> [只读]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="252" />
      <source>%1 has unsaved changes. Save them?</source>
      <translation>%1 有未保存的更改。是否保存？</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="154" />
      <source>%1 selected</source>
      <translation>已选择 %1 项</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="224" />
      <source>%1 was changed by another program since you opened it. Saving would overwrite those changes. Save under another name instead?</source>
      <translation>自您打开 %1 以来，它已被其他程序修改。直接保存会覆盖那些修改。是否改为另存为其他文件？</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="42" />
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="40" />
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="207" />
      <source>Cannot open file</source>
      <translation>无法打开文件</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="223" />
      <source>File changed on disk</source>
      <translation>文件已在磁盘上被修改</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="157" />
      <source>Recovery copy saved</source>
      <translation>已保存恢复副本</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="240" />
      <source>Save failed</source>
      <translation>保存失败</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="244" />
      <source>Saved %1</source>
      <translation>已保存 %1</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="251" />
      <source>Unsaved changes</source>
      <translation>未保存的更改</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="151" />
      <source>Zoom %1 %</source>
      <translation>缩放 %1%</translation>
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <location filename="../../ui/menus.py" line="149" />
      <source> Add: </source>
      <translation> 添加：</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="99" />
      <source>&amp;Analysis</source>
      <translation>分析(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="93" />
      <source>&amp;Docks</source>
      <translation>停靠窗口(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="65" />
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="44" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="115" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="107" />
      <source>&amp;Insert</source>
      <translation>插入(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="96" />
      <source>&amp;Toolbars</source>
      <translation>工具栏(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="85" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="170" />
      <source>(no recent files)</source>
      <translation>（无最近文件）</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="75" />
      <source>A&amp;rrange</source>
      <translation>排列(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="173" />
      <source>Clear list</source>
      <translation>清除列表</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="135" />
      <source>Lane palette</source>
      <translation>泳道工具栏</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="119" />
      <source>Main toolbar</source>
      <translation>主工具栏</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="46" />
      <source>New from e&amp;xample</source>
      <translation>从示例新建(&amp;X)</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="49" />
      <source>Open &amp;recent</source>
      <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="125" />
      <source>Redo</source>
      <translation>重做</translation>
    </message>
    <message>
      <location filename="../../ui/menus.py" line="125" />
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
      <location filename="../../ui/pareto_view.py" line="128" />
      <source>%1 for %2: total %3; %4 caused behind the line of visibility (red bars).</source>
      <translation>%1（%2）：合计 %3；其中 %4 源自可视线以下（红色柱）。</translation>
    </message>
    <message>
      <location filename="../../ui/pareto_view.py" line="88" />
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
      <location filename="../../ui/pareto_view.py" line="122" />
      <source>No incidents recorded. File → Import incident log… adds them.</source>
      <translation>尚无事件记录。可通过“文件 → 导入事件日志…”添加。</translation>
    </message>
    <message>
      <location filename="../../ui/pareto_view.py" line="82" />
      <source>Whole blueprint</source>
      <translation>整个蓝图</translation>
    </message>
    <message>
      <location filename="../../ui/pareto_view.py" line="125" />
      <source>the whole blueprint</source>
      <translation>整个蓝图</translation>
    </message>
  </context>
  <context>
    <name>PdfExportDialog</name>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="33" />
      <source>Automatic</source>
      <translation>自动</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="159" />
      <source>Below 6 pt: hard to read on paper.</source>
      <translation>小于 6 pt：印在纸上难以阅读。</translation>
    </message>
    <message>
      <location filename="../../export/sections.py" line="30" />
      <source>Blueprint</source>
      <translation>蓝图</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="79" />
      <source>Colour nodes by failure analysis (heat)</source>
      <translation>按失效分析为节点着色（热度）</translation>
    </message>
    <message>
      <location filename="../../export/sections.py" line="41" />
      <source>Customer perception</source>
      <translation>顾客感知</translation>
    </message>
    <message>
      <location filename="../../export/sections.py" line="28" />
      <source>Decision: what to fix first</source>
      <translation>决策：优先修复什么</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="45" />
      <location filename="../../ui/pdf_dialog.py" line="196" />
      <location filename="../../ui/pdf_dialog.py" line="198" />
      <location filename="../../ui/pdf_dialog.py" line="206" />
      <location filename="../../ui/pdf_dialog.py" line="209" />
      <source>Export PDF</source>
      <translation>导出 PDF</translation>
    </message>
    <message>
      <location filename="../../export/sections.py" line="43" />
      <source>Fail points (FMEA)</source>
      <translation>失效点（FMEA）</translation>
    </message>
    <message>
      <location filename="../../export/sections.py" line="31" />
      <source>Failure analysis</source>
      <translation>失效分析</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="59" />
      <source>Fit on one page</source>
      <translation>缩放至一页</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="23" />
      <source>Landscape</source>
      <translation>横向</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="87" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="85" />
      <source>Language of the PDF's own texts; Automatic follows the blueprint's text</source>
      <translation>PDF 自身文字的语言；“自动”按蓝图文字判断</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="65" />
      <source>Layout</source>
      <translation>版式</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="186" />
      <source>No preview available.</source>
      <translation>无可用预览。</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="54" />
      <source>Orientation</source>
      <translation>方向</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="199" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="50" />
      <source>Paper</source>
      <translation>纸张</translation>
    </message>
    <message>
      <location filename="../../export/sections.py" line="33" />
      <source>Pareto of incidents</source>
      <translation>事件帕累托分析</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="24" />
      <source>Portrait</source>
      <translation>纵向</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="88" />
      <source>Preview</source>
      <translation>预览</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="168" />
      <source>Preview needs pdftoppm (poppler-utils).</source>
      <translation>预览需要 pdftoppm（poppler-utils）。</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="58" />
      <source>Readable (pages of whole lanes when needed)</source>
      <translation>易读（需要时按整条泳道分页）</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="78" />
      <source>Sections</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../export/sections.py" line="39" />
      <source>Service commitments</source>
      <translation>服务承诺</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="156" />
      <source>Smallest text: %1 pt · blueprint pages: %2</source>
      <translation>最小文字：%1 pt · 蓝图页数：%2</translation>
    </message>
    <message>
      <location filename="../../export/sections.py" line="37" />
      <source>Summary for the committee</source>
      <translation>委员会摘要</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="71" />
      <source>Text size</source>
      <translation>文字大小</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="60" />
      <source>Tile over several pages</source>
      <translation>分多页拼接</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="92" />
      <source>Update preview</source>
      <translation>更新预览</translation>
    </message>
    <message>
      <location filename="../../ui/pdf_dialog.py" line="69" />
      <source>Use the readable layout</source>
      <translation>使用易读版式</translation>
    </message>
    <message>
      <location filename="../../export/sections.py" line="35" />
      <source>Validation findings</source>
      <translation>校验结果</translation>
    </message>
    <message>
      <location filename="../../export/sections.py" line="45" />
      <source>Vertical slices of the riskiest touchpoints</source>
      <translation>高风险触点的纵向切片</translation>
    </message>
  </context>
  <context>
    <name>PerceptionDock</name>
    <message>
      <location filename="../../ui/perception_dock.py" line="127" />
      <source>%1 perception points; %2 below the competitor (red); the focus list of %3 covers %4 of the weighted gap.</source>
      <translation>共 %1 个感知点；%2 个低于竞争对手（红色）；重点关注的 %3 个感知点覆盖加权差距的 %4。</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="119" />
      <source>Below the competitor's score (the minimum acceptable)</source>
      <translation>低于竞争对手得分（最低可接受水平）</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="19" />
      <source>Competitor</source>
      <translation>竞争对手</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="74" />
      <location filename="../../ui/perception_dock.py" line="96" />
      <source>Computing…</source>
      <translation>正在计算…</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="19" />
      <source>Expected</source>
      <translation>期望</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="20" />
      <source>Focus</source>
      <translation>重点</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="41" />
      <source>Focus on the points covering</source>
      <translation>重点关注覆盖加权差距</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="20" />
      <source>Gap</source>
      <translation>差距</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="18" />
      <source>Importance</source>
      <translation>重要度</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="64" />
      <source>Importance–performance</source>
      <translation>重要度–表现</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="30" />
      <source>Perception</source>
      <translation>顾客感知</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="63" />
      <source>Points</source>
      <translation>感知点</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="20" />
      <source>Priority</source>
      <translation>优先度</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="18" />
      <source>Today</source>
      <translation>当前</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="17" />
      <source>Touchpoint</source>
      <translation>触点</translation>
    </message>
    <message>
      <location filename="../../ui/perception_dock.py" line="49" />
      <source>of the weighted gap</source>
      <translation>的感知点</translation>
    </message>
  </context>
  <context>
    <name>PortfolioView</name>
    <message>
      <location filename="../../ui/portfolio_view.py" line="197" />
      <source>%1: %2 journeys, %3 expected failed visits per period.</source>
      <translation>%1：%2 个旅程，每期预计 %3 次失败访问。</translation>
    </message>
    <message>
      <location filename="../../ui/portfolio_view.py" line="195" />
      <source>%1: one journey, %3 expected failed visits per period.</source>
      <translation>%1：1 个旅程，每期预计 %3 次失败访问。</translation>
    </message>
    <message>
      <location filename="../../ui/portfolio_view.py" line="115" />
      <source>A repository (.bprepo) or several journeys (.blueprint, .json)</source>
      <translation>一个资源库（.bprepo）或多个旅程（.blueprint、.json）</translation>
    </message>
    <message>
      <location filename="../../ui/portfolio_view.py" line="230" />
      <source>All journeys</source>
      <translation>全部旅程</translation>
    </message>
    <message>
      <location filename="../../ui/portfolio_view.py" line="27" />
      <source>Avoidable failed visits</source>
      <translation>可避免的失败访问</translation>
    </message>
    <message>
      <location filename="../../ui/portfolio_view.py" line="190" />
      <source>Cannot compute the portfolio: %1</source>
      <translation>无法计算组合分析：%1</translation>
    </message>
    <message>
      <location filename="../../ui/portfolio_view.py" line="218" />
      <source>Cannot write %1: %2</source>
      <translation>无法写入 %1：%2</translation>
    </message>
    <message>
      <location filename="../../ui/portfolio_view.py" line="114" />
      <source>Choose sources…</source>
      <translation>选择来源…</translation>
    </message>
    <message>
      <location filename="../../ui/portfolio_view.py" line="161" />
      <source>Computing the portfolio of %1…</source>
      <translation>正在计算 %1 的组合分析…</translation>
    </message>
    <message>
      <location filename="../../ui/portfolio_view.py" line="130" />
      <source>Failed visits per period that repairing the resource would avoid, per journey (click a cell to open the journey)</source>
      <translation>修复该资源每期可在各旅程中避免的失败访问（单击单元格打开该旅程）</translation>
    </message>
    <message>
      <location filename="../../ui/portfolio_view.py" line="208" />
      <source>Governance handout</source>
      <translation>治理讲义</translation>
    </message>
    <message>
      <location filename="../../ui/portfolio_view.py" line="119" />
      <source>Governance handout (PDF)…</source>
      <translation>治理讲义（PDF）…</translation>
    </message>
    <message>
      <location filename="../../ui/portfolio_view.py" line="330" />
      <source>No journey of the portfolio depends on %1.</source>
      <translation>组合中没有旅程依赖 %1。</translation>
    </message>
    <message>
      <location filename="../../ui/portfolio_view.py" line="26" />
      <source>Owner</source>
      <translation>负责部门</translation>
    </message>
    <message>
      <location filename="../../ui/portfolio_view.py" line="209" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../ui/portfolio_view.py" line="120" />
      <source>Page 1 the resources to repair first, then the departments, then one page per journey</source>
      <translation>第 1 页为应优先修复的资源，然后是各部门，之后每个旅程一页</translation>
    </message>
    <message>
      <location filename="../../ui/portfolio_view.py" line="100" />
      <source>Portfolio — shared resources across journeys</source>
      <translation>组合分析 — 跨旅程的共享资源</translation>
    </message>
    <message>
      <location filename="../../ui/portfolio_view.py" line="348" />
      <source>Portfolio: a repository or several journeys</source>
      <translation>组合分析：一个资源库或多个旅程</translation>
    </message>
    <message>
      <location filename="../../ui/portfolio_view.py" line="24" />
      <source>Rank</source>
      <translation>排名</translation>
    </message>
    <message>
      <location filename="../../ui/portfolio_view.py" line="349" />
      <source>Repositories and journeys (*.bprepo *.blueprint *.json);;All files (*)</source>
      <translation>资源库和旅程 (*.bprepo *.blueprint *.json);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../ui/portfolio_view.py" line="230" />
      <source>Resource</source>
      <translation>资源</translation>
    </message>
    <message>
      <location filename="../../ui/portfolio_view.py" line="139" />
      <source>Resources ranked by the failed visits their repair would avoid across every journey</source>
      <translation>按修复后在全部旅程中可避免的失败访问排序的资源</translation>
    </message>
    <message>
      <location filename="../../ui/portfolio_view.py" line="28" />
      <source>Share</source>
      <translation>占比</translation>
    </message>
    <message>
      <location filename="../../ui/portfolio_view.py" line="29" />
      <source>Single points of failure</source>
      <translation>单点失效</translation>
    </message>
    <message>
      <location filename="../../ui/portfolio_view.py" line="221" />
      <source>Wrote the governance handout to %1</source>
      <translation>已将治理讲义写入 %1</translation>
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
    <name>Presentation</name>
    <message>
      <location filename="../../ui/presentation.py" line="95" />
      <source>Esc or F5: leave presentation · → / ←: next / previous stage</source>
      <translation>Esc 或 F5：退出演示 · → / ←：下一个 / 上一个阶段</translation>
    </message>
    <message>
      <location filename="../../ui/presentation.py" line="32" />
      <source>Leave presentation mode</source>
      <translation>退出演示模式</translation>
    </message>
    <message>
      <location filename="../../ui/presentation.py" line="33" />
      <source>Next stage</source>
      <translation>下一个阶段</translation>
    </message>
    <message>
      <location filename="../../ui/presentation.py" line="35" />
      <source>Previous stage</source>
      <translation>上一个阶段</translation>
    </message>
  </context>
  <context>
    <name>PropertiesDock</name>
    <message>
      <location filename="../../ui/properties_dock.py" line="203" />
      <source>%1 nodes, %2 edges, %3 stages. Select a node to edit it.</source>
      <translation>%1 个节点，%2 条连线，%3 个阶段。选择一个节点即可编辑。</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="229" />
      <source>(no stage)</source>
      <translation>（未分阶段）</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="105" />
      <location filename="../../ui/properties_dock.py" line="254" />
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="111" />
      <source>0 to 1, or a percentage: 0.05 or 5 %</source>
      <translation>0 到 1 之间的数，或百分比：0.05 或 5 %</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="81" />
      <source>Blueprint name</source>
      <translation>蓝图名称</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="129" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="128" />
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="126" />
      <source>Description</source>
      <translation>描述</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="130" />
      <source>Failure probability</source>
      <translation>失效概率</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="125" />
      <source>Id</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="125" />
      <source>Label</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="127" />
      <source>Lane</source>
      <translation>泳道</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="127" />
      <source>Owner</source>
      <translation>负责部门</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="50" />
      <source>Properties</source>
      <translation>属性</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="131" />
      <source>Requires</source>
      <translation>支撑要求</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="133" />
      <source>Shared resource</source>
      <translation>共享资源</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="128" />
      <source>Stage</source>
      <translation>阶段</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="132" />
      <source>Volume</source>
      <translation>访问量</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="113" />
      <source>all supports</source>
      <translation>全部支撑</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="114" />
      <source>any one support</source>
      <translation>任一支撑</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="115" />
      <source>at least k supports</source>
      <translation>至少 k 个支撑</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="119" />
      <source>customer visits per period (1 if empty)</source>
      <translation>每期客户访问次数（留空按 1 计）</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="131" />
      <source>k</source>
      <translation>k</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="304" />
      <source>“%1” is not a number of visits.</source>
      <translation>“%1”不是访问次数。</translation>
    </message>
    <message>
      <location filename="../../ui/properties_dock.py" line="288" />
      <source>“%1” is not a probability: type a number from 0 to 1 (0.05) or a percentage (5 %).</source>
      <translation>“%1”不是概率：请输入 0 到 1 之间的数（0.05）或百分比（5 %）。</translation>
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
      <location filename="../../ui/quadrant_chart.py" line="94" />
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
      <location filename="../../ui/quadrant_chart.py" line="59" />
      <source>No perception points yet.</source>
      <translation>尚无感知点。</translation>
    </message>
    <message>
      <location filename="../../ui/quadrant_chart.py" line="89" />
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
      <location filename="../../ui/record_dialogs.py" line="89" />
      <source>(none: a promise has no parent)</source>
      <translation>（无：对顾客的承诺没有上级承诺）</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="152" />
      <source>Competitor's score</source>
      <translation>竞争对手得分</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="137" />
      <source>Competitor's score known</source>
      <translation>已知竞争对手得分</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="56" />
      <source>Direction</source>
      <translation>达标方向</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="33" />
      <source>Edit commitment</source>
      <translation>编辑承诺</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="129" />
      <source>Edit perception point</source>
      <translation>编辑感知点</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="151" />
      <source>Expected score</source>
      <translation>期望得分</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="150" />
      <source>Importance weight</source>
      <translation>重要度权重</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="54" />
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
      <location filename="../../ui/record_dialogs.py" line="54" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="33" />
      <source>New commitment</source>
      <translation>新建承诺</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="129" />
      <source>New perception point</source>
      <translation>新建感知点</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="57" />
      <source>Owner (department)</source>
      <translation>负责部门</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="55" />
      <source>Parent commitment</source>
      <translation>上级承诺</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="150" />
      <source>Perception</source>
      <translation>感知内容</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="57" />
      <source>Responsible post</source>
      <translation>责任岗位</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="55" />
      <source>Target</source>
      <translation>目标值</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="151" />
      <source>Today's score</source>
      <translation>当前得分</translation>
    </message>
    <message>
      <location filename="../../ui/record_dialogs.py" line="56" />
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
  <context>
    <name>RepositoryDialogs</name>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="90" />
      <source>%1 journeys</source>
      <translation>%1 个旅程</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="142" />
      <source>&amp;Commit with these choices</source>
      <translation>按这些选择提交(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="49" />
      <source>&amp;List journeys</source>
      <translation>列出旅程(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="132" />
      <source>(whole item)</source>
      <translation>（整个条目）</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="149" />
      <source>All &amp;head</source>
      <translation>全部用最新版本(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="147" />
      <source>All &amp;mine</source>
      <translation>全部用我的(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="106" />
      <source>Choose a journey first.</source>
      <translation>请先选择一个旅程。</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="124" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="166" />
      <source>Head</source>
      <translation>最新版本</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="56" />
      <source>Head revision</source>
      <translation>最新版本号</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="56" />
      <source>Journey</source>
      <translation>旅程</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="125" />
      <source>Keep</source>
      <translation>保留</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="56" />
      <source>Last author</source>
      <translation>最后修改人</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="57" />
      <source>Last change (UTC)</source>
      <translation>最后修改时间（UTC）</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="124" />
      <location filename="../../ui/repository_dialogs.py" line="166" />
      <source>Mine</source>
      <translation>我的</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="56" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="42" />
      <source>Open from repository</source>
      <translation>从资料库打开</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="47" />
      <source>Passwords come from the environment or ~/.pgpass; none is stored.</source>
      <translation>密码来自环境变量或 ~/.pgpass，程序不保存任何密码。</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="53" />
      <source>Repository:</source>
      <translation>资料库：</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="117" />
      <source>Resolve conflicts</source>
      <translation>解决冲突</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="124" />
      <source>Revision %1</source>
      <translation>版本 %1</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="124" />
      <source>What</source>
      <translation>对象</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="120" />
      <source>Your changes and revision %1 changed the same things differently. Choose, for each one, which version to keep; nothing is committed until you confirm.</source>
      <translation>你的修改与版本 %1 对同一内容做了不同的修改。请逐项选择保留哪个版本；确认之前不会提交任何内容。</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="186" />
      <source>deleted</source>
      <translation>已删除</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="193" />
      <source>edge</source>
      <translation>连线</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="188" />
      <source>edited (kept)</source>
      <translation>已修改（保留）</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="130" />
      <source>journey</source>
      <translation>旅程</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="193" />
      <source>node</source>
      <translation>节点</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="193" />
      <source>stage</source>
      <translation>阶段</translation>
    </message>
    <message>
      <location filename="../../ui/repository_dialogs.py" line="46" />
      <source>team.bprepo or postgresql://user@host/database</source>
      <translation>team.bprepo 或 postgresql://用户@主机/数据库</translation>
    </message>
  </context>
  <context>
    <name>RepositoryHistory</name>
    <message>
      <location filename="../../ui/repository_history.py" line="39" />
      <source>&amp;Compare with this revision</source>
      <translation>与此版本比较(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../ui/repository_history.py" line="102" />
      <source>Added</source>
      <translation>新增</translation>
    </message>
    <message>
      <location filename="../../ui/repository_history.py" line="32" />
      <source>Author</source>
      <translation>作者</translation>
    </message>
    <message>
      <location filename="../../ui/repository_history.py" line="41" />
      <source>C&amp;lear comparison</source>
      <translation>清除比较(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../ui/repository_history.py" line="102" />
      <source>Changed</source>
      <translation>已修改</translation>
    </message>
    <message>
      <location filename="../../ui/repository_history.py" line="62" />
      <location filename="../../ui/repository_history.py" line="115" />
      <source>Changes</source>
      <translation>变更</translation>
    </message>
    <message>
      <location filename="../../ui/repository_history.py" line="108" />
      <source>Changes since revision %1: %2 nodes</source>
      <translation>自版本 %1 以来的变更：%2 个节点</translation>
    </message>
    <message>
      <location filename="../../ui/repository_history.py" line="33" />
      <source>Message</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../ui/repository_history.py" line="45" />
      <source>Next ▶</source>
      <translation>下一个 ▶</translation>
    </message>
    <message>
      <location filename="../../ui/repository_history.py" line="102" />
      <source>Removed</source>
      <translation>已删除</translation>
    </message>
    <message>
      <location filename="../../ui/repository_history.py" line="22" />
      <source>Repository history</source>
      <translation>资料库历史</translation>
    </message>
    <message>
      <location filename="../../ui/repository_history.py" line="32" />
      <source>Rev</source>
      <translation>版本</translation>
    </message>
    <message>
      <location filename="../../ui/repository_history.py" line="28" />
      <source>This document is not from a repository.</source>
      <translation>此文档不是从资料库取出的。</translation>
    </message>
    <message>
      <location filename="../../ui/repository_history.py" line="32" />
      <source>Time (UTC)</source>
      <translation>时间（UTC）</translation>
    </message>
    <message>
      <location filename="../../ui/repository_history.py" line="45" />
      <source>◀ Previous</source>
      <translation>◀ 上一个</translation>
    </message>
  </context>
  <context>
    <name>RepositoryUi</name>
    <message>
      <location filename="../../ui/repository_ui.py" line="93" />
      <source>%1 in %2: your base is revision %3, the head is %4.</source>
      <translation>%2 中的 %1：你的基准版本为 %3，最新版本为 %4。</translation>
    </message>
    <message>
      <location filename="../../ui/repository_ui.py" line="35" />
      <source>&amp;Update from repository</source>
      <translation>从资料库更新(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../ui/repository_ui.py" line="196" />
      <source>&amp;Update with these choices</source>
      <translation>按这些选择更新(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../ui/repository_ui.py" line="63" />
      <source>(behind by %1)</source>
      <translation>（落后 %1 个版本）</translation>
    </message>
    <message>
      <location filename="../../ui/repository_ui.py" line="201" />
      <source>Already at the head revision</source>
      <translation>已是最新修订版</translation>
    </message>
    <message>
      <location filename="../../ui/repository_ui.py" line="122" />
      <source>Blueprint documents (*.blueprint)</source>
      <translation>蓝图文档 (*.blueprint)</translation>
    </message>
    <message>
      <location filename="../../ui/repository_ui.py" line="132" />
      <source>Cannot check out</source>
      <translation>无法取出</translation>
    </message>
    <message>
      <location filename="../../ui/repository_ui.py" line="233" />
      <source>Cannot save</source>
      <translation>无法保存</translation>
    </message>
    <message>
      <location filename="../../ui/repository_ui.py" line="34" />
      <source>Co&amp;mmit to repository…</source>
      <translation>提交到资料库(&amp;M)…</translation>
    </message>
    <message>
      <location filename="../../ui/repository_ui.py" line="165" />
      <source>Commit failed</source>
      <translation>提交失败</translation>
    </message>
    <message>
      <location filename="../../ui/repository_ui.py" line="171" />
      <source>Commit merged into revision %1</source>
      <translation>提交已合并为修订版 %1</translation>
    </message>
    <message>
      <location filename="../../ui/repository_ui.py" line="141" />
      <source>Commit to repository</source>
      <translation>提交到资料库</translation>
    </message>
    <message>
      <location filename="../../ui/repository_ui.py" line="176" />
      <source>Committed revision %1</source>
      <translation>已提交版本 %1</translation>
    </message>
    <message>
      <location filename="../../ui/repository_ui.py" line="33" />
      <source>Open from re&amp;pository…</source>
      <translation>从资料库打开(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../ui/repository_ui.py" line="77" />
      <source>Repository</source>
      <translation>资料库</translation>
    </message>
    <message>
      <location filename="../../ui/repository_ui.py" line="86" />
      <source>This document is not from a repository. Use File → Open from repository…</source>
      <translation>此文档不是从资料库取出的。请使用 文件 → 从资料库打开…</translation>
    </message>
    <message>
      <location filename="../../ui/repository_ui.py" line="192" />
      <source>Update failed</source>
      <translation>更新失败</translation>
    </message>
    <message>
      <location filename="../../ui/repository_ui.py" line="204" />
      <source>Update to revision %1</source>
      <translation>更新到修订版 %1</translation>
    </message>
    <message>
      <location filename="../../ui/repository_ui.py" line="142" />
      <source>What did you change?</source>
      <translation>你修改了什么？</translation>
    </message>
    <message>
      <location filename="../../ui/repository_ui.py" line="121" />
      <source>Working copy of %1</source>
      <translation>%1 的工作副本</translation>
    </message>
  </context>
  <context>
    <name>ResourcesDock</name>
    <message>
      <location filename="../../ui/resources_dock.py" line="242" />
      <source>%1 node(s)</source>
      <translation>%1 个节点</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="299" />
      <source>%1 — %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="107" />
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="120" />
      <source>(not said)</source>
      <translation>（未注明）</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="76" />
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="129" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="134" />
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="26" />
      <source>Estimate</source>
      <translation>估计</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="132" />
      <source>Failure probability</source>
      <translation>失效概率</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="302" />
      <source>In the journey ‘%1’ (double-click to open it)</source>
      <translation>在旅程“%1”中（双击打开）</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="27" />
      <source>Incident log</source>
      <translation>事件日志</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="363" />
      <source>Link %1 node(s) to ‘%2’</source>
      <translation>将 %1 个节点关联到“%2”</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="81" />
      <source>Link selected node</source>
      <translation>关联所选节点</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="78" />
      <source>Merge selected</source>
      <translation>合并所选</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="28" />
      <source>Monitoring</source>
      <translation>监控</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="128" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="330" />
      <source>New resource %1</source>
      <translation>新资源 %1</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="296" />
      <source>No node of this journey depends on it yet.</source>
      <translation>本旅程中还没有节点依赖它。</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="382" />
      <source>Not changed: %1</source>
      <translation>未更改：%1</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="30" />
      <source>Owner</source>
      <translation>负责部门</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="130" />
      <source>Owner (department)</source>
      <translation>负责部门</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="77" />
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="29" />
      <source>Resource</source>
      <translation>资源</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="50" />
      <source>Resources</source>
      <translation>共享资源</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="131" />
      <source>Responsible post</source>
      <translation>责任岗位</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="63" />
      <source>Search resources by name, owner or category</source>
      <translation>按名称、负责部门或类别搜索资源</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="359" />
      <source>Select a backstage or support node on the canvas first.</source>
      <translation>请先在画布上选择一个后台或支持节点。</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="79" />
      <source>Select two resources: the second becomes the first, and its nodes depend on the first</source>
      <translation>选择两个资源：第二个并入第一个，其节点改为依赖第一个</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="31" />
      <source>Used by</source>
      <translation>使用者</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="133" />
      <source>Where it comes from</source>
      <translation>数据来源</translation>
    </message>
    <message>
      <location filename="../../ui/resources_dock.py" line="90" />
      <source>Where used</source>
      <translation>使用位置</translation>
    </message>
  </context>
  <context>
    <name>SpreadsheetImport</name>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="163" />
      <source>%1 problem(s): fix them in the spreadsheet or change the columns above; nothing will be created.</source>
      <translation>%1 个问题：请在电子表格中修正，或更改上方各列的字段；不会创建任何内容。</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="30" />
      <source>(ignore)</source>
      <translation>（忽略）</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="77" />
      <source>First rows, and what each column is read as (change a column's field above it):</source>
      <translation>前几行，以及每列被读作的字段（可在列上方更改）：</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="67" />
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="178" />
      <source>Import spreadsheet</source>
      <translation>导入电子表格</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="53" />
      <source>Import spreadsheet — %1</source>
      <translation>导入电子表格 — %1</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="168" />
      <source>Import will create %1 step(s), %2 link(s) and %3 stage(s).</source>
      <translation>导入将创建 %1 个步骤、%2 条连线和 %3 个阶段。</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="161" />
      <source>Note: %1</source>
      <translation>提示：%1</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="159" />
      <source>Problem: %1</source>
      <translation>问题：%1</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="80" />
      <source>Problems and notes:</source>
      <translation>问题与提示：</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="144" />
      <source>Read as a grid: lanes down, stages across</source>
      <translation>按网格读取：泳道为行，阶段为列</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="145" />
      <source>Read as a step list: one row per step</source>
      <translation>按步骤清单读取：每行一个步骤</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="72" />
      <source>Sheet:</source>
      <translation>工作表：</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="186" />
      <source>Spreadsheet refused</source>
      <translation>电子表格被拒绝</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="179" />
      <source>Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)</source>
      <translation>电子表格 (*.xlsx *.xlsm *.csv);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="32" />
      <source>category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="31" />
      <source>channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="33" />
      <source>description</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="37" />
      <source>fail point</source>
      <translation>失效点</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="32" />
      <source>failure probability</source>
      <translation>失效概率</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="38" />
      <source>height</source>
      <translation>高度</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="30" />
      <source>id</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="31" />
      <source>label</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="30" />
      <source>lane</source>
      <translation>泳道</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="39" />
      <source>more fields (JSON)</source>
      <translation>更多字段（JSON）</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="34" />
      <source>next</source>
      <translation>下一步</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="31" />
      <source>owner</source>
      <translation>负责部门</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="129" />
      <source>read as</source>
      <translation>读作</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="33" />
      <source>requires</source>
      <translation>需要</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="35" />
      <source>resource</source>
      <translation>资源</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="30" />
      <source>stage</source>
      <translation>阶段</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="34" />
      <source>supports</source>
      <translation>支持</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="36" />
      <source>time standard</source>
      <translation>时间标准</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="36" />
      <source>tolerance</source>
      <translation>容差</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="35" />
      <source>volume</source>
      <translation>访问量</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="37" />
      <source>wait point</source>
      <translation>等待点</translation>
    </message>
    <message>
      <location filename="../../ui/spreadsheet_import_dialog.py" line="38" />
      <source>width</source>
      <translation>宽度</translation>
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message>
      <location filename="../../ui/workspace.py" line="117" />
      <source>%1 errors, %2 warnings</source>
      <translation>%1 个错误，%2 个警告</translation>
    </message>
    <message>
      <location filename="../../ui/workspace.py" line="119" />
      <source>No findings</source>
      <translation>没有检查结果</translation>
    </message>
    <message>
      <location filename="../../ui/workspace.py" line="50" />
      <source>Show the Validation dock</source>
      <translation>显示校验窗口</translation>
    </message>
  </context>
</TS>
