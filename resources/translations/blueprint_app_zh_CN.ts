<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name />
    <message>
      <location filename="../../work/main/blueprint_app/commands/node_commands.py" line="17" />
      <source>Add node</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/commands/stage_commands.py" line="13" />
      <source>Add stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/commands/edge_commands.py" line="14" />
      <source>Connect</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/commands/node_commands.py" line="32" />
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/commands/stage_commands.py" line="57" />
      <source>Delete stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/commands/arrange_commands.py" line="37" />
      <source>Distribute horizontally</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/commands/arrange_commands.py" line="37" />
      <source>Distribute vertically</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/commands/node_commands.py" line="51" />
      <source>Edit %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/commands/edge_commands.py" line="29" />
      <source>Edit connection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/commands/incident_commands.py" line="19" />
      <source>Import %n incident record(s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/commands/node_commands.py" line="85" />
      <source>Move</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/commands/stage_commands.py" line="40" />
      <source>Move stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/commands/node_commands.py" line="118" />
      <source>Paste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/commands/stage_commands.py" line="76" />
      <source>Rename blueprint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/commands/stage_commands.py" line="25" />
      <location filename="../../work/main/blueprint_app/ui/edit_controller.py" line="200" />
      <location filename="../../work/main/blueprint_app/ui/edit_controller.py" line="203" />
      <source>Rename stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/commands/node_commands.py" line="140" />
      <source>Tidy up</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="95" />
      <source>&amp;About Touchpoint Blueprint Studio</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="64" />
      <source>&amp;Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="67" />
      <source>&amp;Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="70" />
      <source>&amp;Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="61" />
      <source>&amp;Export…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="88" />
      <source>&amp;Facilitator mode (keyboard entry)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="72" />
      <source>&amp;Find…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="60" />
      <source>&amp;Import JSON…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="94" />
      <source>&amp;Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="56" />
      <source>&amp;New</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="57" />
      <source>&amp;Open…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="68" />
      <source>&amp;Paste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="87" />
      <source>&amp;Presentation mode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="65" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="74" />
      <source>&amp;Rename node</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="58" />
      <source>&amp;Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="89" />
      <source>&amp;Stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="82" />
      <source>&amp;Tidy up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="79" />
      <source>Align &amp;bottom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="76" />
      <source>Align &amp;left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="77" />
      <source>Align &amp;right</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="78" />
      <source>Align &amp;top</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="47" />
      <source>Backstage step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="66" />
      <source>Cu&amp;t</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="46" />
      <source>Customer action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="69" />
      <source>D&amp;uplicate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="80" />
      <source>Distribute &amp;horizontally</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="81" />
      <source>Distribute &amp;vertically</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="62" />
      <source>Export &amp;PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="73" />
      <source>Find &amp;next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="63" />
      <source>Import &amp;incident log…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="92" />
      <source>Make selected edges &amp;flow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="93" />
      <source>Make selected edges &amp;support</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="46" />
      <source>Physical evidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="75" />
      <source>Pre&amp;ferences…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="91" />
      <source>Remo&amp;ve stage…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="90" />
      <source>Rena&amp;me stage…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="59" />
      <source>Save &amp;As…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="71" />
      <source>Select &amp;all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="48" />
      <source>Support process</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="47" />
      <location filename="../../work/main/blueprint_app/ui/analysis_dock.py" line="71" />
      <source>Touchpoint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="85" />
      <source>Zoom &amp;100 %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="83" />
      <source>Zoom &amp;in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="84" />
      <source>Zoom &amp;out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/actions.py" line="86" />
      <source>Zoom to &amp;fit</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AnalysisDock</name>
    <message>
      <location filename="../../work/main/blueprint_app/ui/analysis_dock.py" line="197" />
      <source>&lt;b&gt;%1&lt;/b&gt; can break &lt;b&gt;%2&lt;/b&gt; touchpoint(s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/analysis_dock.py" line="173" />
      <source>&lt;b&gt;%1&lt;/b&gt;: fails with probability &lt;b&gt;%2&lt;/b&gt;; %3 causes, %4 behind the line of visibility.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/analysis_dock.py" line="33" />
      <source>Analysis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/analysis_dock.py" line="146" />
      <source>Analysis failed: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/analysis_dock.py" line="158" />
      <source>Cannot analyse: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/analysis_dock.py" line="83" />
      <source>Causes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/analysis_dock.py" line="71" />
      <source>Change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/analysis_dock.py" line="138" />
      <source>Computing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/analysis_dock.py" line="84" />
      <source>Cut sets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/analysis_dock.py" line="71" />
      <source>Failure now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/analysis_dock.py" line="78" />
      <source>Fix this node (failure probability → 0)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/analysis_dock.py" line="234" />
      <source>Fix “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/analysis_dock.py" line="58" />
      <source>Highlight on the canvas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/analysis_dock.py" line="71" />
      <source>If this node never failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/analysis_dock.py" line="97" />
      <source>Pareto of incidents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/analysis_dock.py" line="54" />
      <location filename="../../work/main/blueprint_app/ui/analysis_dock.py" line="156" />
      <source>Select a touchpoint or a back-office node.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/analysis_dock.py" line="85" />
      <source>Touchpoints it can break / what-if</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/analysis_dock.py" line="193" />
      <source>… larger cut sets not shown</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../work/main/blueprint_app/ui/app.py" line="48" />
      <source>Recover unsaved work?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/app.py" line="57" />
      <source>Recovery failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/app.py" line="49" />
      <source>Touchpoint Blueprint Studio did not close properly. Unsaved work on “%1” (autosaved %2) can be restored. Restore it?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Canvas</name>
    <message>
      <location filename="../../work/main/blueprint_app/canvas/grid_item.py" line="85" />
      <location filename="../../work/main/blueprint_app/ui/properties_dock.py" line="171" />
      <source>(no stage)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/canvas/scene.py" line="285" />
      <source>Nudge</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Docks</name>
    <message>
      <location filename="../../work/main/blueprint_app/ui/docks.py" line="33" />
      <source>&lt;empty document&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/docks.py" line="38" />
      <source>Overview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/docks.py" line="34" />
      <source>Undo history</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EditController</name>
    <message>
      <location filename="../../work/main/blueprint_app/ui/edit_controller.py" line="228" />
      <source>Cannot open example</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/edit_controller.py" line="151" />
      <source>Change edge kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/edit_controller.py" line="123" />
      <source>Cut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/edit_controller.py" line="141" />
      <source>Duplicate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/edit_controller.py" line="203" />
      <source>New name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/edit_controller.py" line="181" />
      <source>New stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/edit_controller.py" line="68" />
      <source>New step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/edit_controller.py" line="129" />
      <source>Nothing to paste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/edit_controller.py" line="209" />
      <location filename="../../work/main/blueprint_app/ui/edit_controller.py" line="215" />
      <source>Remove stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/edit_controller.py" line="167" />
      <source>Select two or more nodes to arrange</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/edit_controller.py" line="181" />
      <source>Stage name:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/edit_controller.py" line="216" />
      <source>Stage “%1” holds %2 node(s). Remove the stage and its nodes?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/edit_controller.py" line="196" />
      <source>Stage:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EditorSession</name>
    <message>
      <location filename="../../work/main/blueprint_app/ui/editor_session.py" line="159" />
      <source>Autosave failed: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Facilitator</name>
    <message>
      <location filename="../../work/main/blueprint_app/ui/facilitator.py" line="104" />
      <source>Add step “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/facilitator.py" line="119" />
      <source>Added “%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/facilitator.py" line="45" />
      <source>Facilitator mode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/facilitator.py" line="50" />
      <source>Lane: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/facilitator.py" line="108" />
      <source>Stage %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/facilitator.py" line="57" />
      <source>Type a step and press Enter · Tab / Shift+Tab: lane · Esc: leave</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FileDialogs</name>
    <message>
      <location filename="../../work/main/blueprint_app/ui/file_dialogs.py" line="25" />
      <source>Blueprint documents (*.blueprint)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/file_dialogs.py" line="17" />
      <source>Blueprints (*.blueprint *.json);;Blueprint documents (*.blueprint);;JSON interchange (*.json);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/file_dialogs.py" line="43" />
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/file_dialogs.py" line="61" />
      <source>Export failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/file_dialogs.py" line="53" />
      <source>Export scale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/file_dialogs.py" line="63" />
      <source>Exported %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/file_dialogs.py" line="16" />
      <source>Open blueprint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/file_dialogs.py" line="88" />
      <source>PDF export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/file_dialogs.py" line="24" />
      <source>Save blueprint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/file_dialogs.py" line="54" />
      <source>Scale (1.0 = as on screen at 100 %, 96 dpi):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/file_dialogs.py" line="81" />
      <source>Unknown export format: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <location filename="../../work/main/blueprint_app/ui/find_bar.py" line="55" />
      <source>%1 found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/find_bar.py" line="69" />
      <source>%1 of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/find_bar.py" line="25" />
      <source>Find</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/find_bar.py" line="28" />
      <source>Find: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/find_bar.py" line="30" />
      <source>label, owner or id — Enter for next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/find_bar.py" line="63" />
      <source>not found</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FindingsDock</name>
    <message>
      <location filename="../../work/main/blueprint_app/ui/findings_dock.py" line="59" />
      <source>Error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/findings_dock.py" line="23" />
      <source>Finding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/findings_dock.py" line="23" />
      <source>Nodes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/findings_dock.py" line="23" />
      <source>Severity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/findings_dock.py" line="19" />
      <source>Validation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/findings_dock.py" line="67" />
      <source>Validation (%1 errors, %2 warnings)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/findings_dock.py" line="59" />
      <source>Warning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/findings_dock.py" line="23" />
      <source>What to do</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HelpDialogs</name>
    <message>
      <location filename="../../work/main/blueprint_app/ui/help_dialogs.py" line="61" />
      <source>&lt;b&gt;Touchpoint Blueprint Studio&lt;/b&gt; %1&lt;br&gt;Closed-loop customer-journey blueprints, and which back-office nodes cause the failures at each touchpoint.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/help_dialogs.py" line="60" />
      <source>About Touchpoint Blueprint Studio</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/help_dialogs.py" line="44" />
      <source>Command</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/help_dialogs.py" line="41" />
      <source>Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/help_dialogs.py" line="44" />
      <source>Keys</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>IncidentImport</name>
    <message>
      <location filename="../../work/main/blueprint_app/ui/incident_import.py" line="19" />
      <source>Import incident log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/incident_import.py" line="32" />
      <source>Imported %1 incident record(s) from %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/incident_import.py" line="28" />
      <source>Incident log refused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/incident_import.py" line="20" />
      <source>Incident logs (*.csv *.xlsx);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/incident_import.py" line="29" />
      <source>Nothing was imported.

%1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../work/main/blueprint_app/ui/main_window.py" line="92" />
      <source> [read-only]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/main_window.py" line="107" />
      <source>%1 errors, %2 warnings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/main_window.py" line="186" />
      <source>%1 has unsaved changes. Save them?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/main_window.py" line="147" />
      <source>%1 is already open by %2. It was opened read-only; use Save As to keep your changes in another file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/main_window.py" line="101" />
      <source>%1 selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/main_window.py" line="158" />
      <source>%1 was changed by another program since you opened it. Saving would overwrite those changes. Save under another name instead?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/main_window.py" line="38" />
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/main_window.py" line="36" />
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/main_window.py" line="139" />
      <source>Cannot open file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/main_window.py" line="174" />
      <source>Could not save %1:
%2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/main_window.py" line="157" />
      <source>File changed on disk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/main_window.py" line="146" />
      <source>Opened read-only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/main_window.py" line="104" />
      <source>Recovery copy saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/main_window.py" line="173" />
      <source>Save failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/main_window.py" line="178" />
      <source>Saved %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/main_window.py" line="185" />
      <source>Unsaved changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/main_window.py" line="98" />
      <source>Zoom %1 %</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <location filename="../../work/main/blueprint_app/ui/menus.py" line="106" />
      <source> Add: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/menus.py" line="67" />
      <source>&amp;Docks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/menus.py" line="40" />
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/menus.py" line="21" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/menus.py" line="79" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/menus.py" line="71" />
      <source>&amp;Insert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/menus.py" line="60" />
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/menus.py" line="128" />
      <source>(no recent files)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/menus.py" line="50" />
      <source>A&amp;rrange</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/menus.py" line="131" />
      <source>Clear list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/menus.py" line="94" />
      <source>Lane palette</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/menus.py" line="83" />
      <source>Main toolbar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/menus.py" line="23" />
      <source>New from e&amp;xample</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/menus.py" line="26" />
      <source>Open &amp;recent</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ParetoView</name>
    <message>
      <location filename="../../work/main/blueprint_app/ui/pareto_view.py" line="132" />
      <source>%1 for %2: total %3; %4 caused behind the line of visibility (red bars).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/pareto_view.py" line="85" />
      <source>By:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/pareto_view.py" line="43" />
      <source>No incidents recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/pareto_view.py" line="126" />
      <source>No incidents recorded. File → Import incident log… adds them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/pareto_view.py" line="80" />
      <source>Whole blueprint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/pareto_view.py" line="129" />
      <source>the whole blueprint</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PdfExportDialog</name>
    <message>
      <location filename="../../work/main/blueprint_app/ui/pdf_dialog.py" line="56" />
      <source>Colour nodes by failure analysis (heat)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/pdf_dialog.py" line="31" />
      <location filename="../../work/main/blueprint_app/ui/pdf_dialog.py" line="113" />
      <location filename="../../work/main/blueprint_app/ui/pdf_dialog.py" line="115" />
      <location filename="../../work/main/blueprint_app/ui/pdf_dialog.py" line="123" />
      <location filename="../../work/main/blueprint_app/ui/pdf_dialog.py" line="126" />
      <source>Export PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/pdf_dialog.py" line="44" />
      <source>Fit on one page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/pdf_dialog.py" line="49" />
      <source>Layout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/pdf_dialog.py" line="103" />
      <source>No preview available.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/pdf_dialog.py" line="40" />
      <source>Orientation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/pdf_dialog.py" line="116" />
      <source>PDF (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/pdf_dialog.py" line="36" />
      <source>Paper</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/pdf_dialog.py" line="58" />
      <source>Preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/pdf_dialog.py" line="89" />
      <source>Preview needs pdftoppm (poppler-utils).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/pdf_dialog.py" line="55" />
      <source>Sections</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/pdf_dialog.py" line="45" />
      <source>Tile over several pages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/pdf_dialog.py" line="62" />
      <source>Update preview</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../work/main/blueprint_app/ui/preferences_dialog.py" line="23" />
      <source> s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/preferences_dialog.py" line="30" />
      <source>Language (after restart)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/preferences_dialog.py" line="19" />
      <source>Preferences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/preferences_dialog.py" line="25" />
      <source>Save a recovery copy after unsaved edits, within</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PropertiesDock</name>
    <message>
      <location filename="../../work/main/blueprint_app/ui/properties_dock.py" line="149" />
      <source>%1 nodes, %2 edges, %3 stages. Select a node to edit it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/properties_dock.py" line="72" />
      <source>(none)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/properties_dock.py" line="50" />
      <source>Blueprint name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/properties_dock.py" line="92" />
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/properties_dock.py" line="91" />
      <source>Channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/properties_dock.py" line="89" />
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/properties_dock.py" line="93" />
      <source>Failure probability</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/properties_dock.py" line="88" />
      <source>Id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/properties_dock.py" line="88" />
      <source>Label</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/properties_dock.py" line="90" />
      <source>Lane</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/properties_dock.py" line="90" />
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/properties_dock.py" line="28" />
      <source>Properties</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/properties_dock.py" line="94" />
      <source>Requires</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/properties_dock.py" line="91" />
      <source>Stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/properties_dock.py" line="80" />
      <source>all supports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/properties_dock.py" line="81" />
      <source>any one support</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/properties_dock.py" line="82" />
      <source>at least k supports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../work/main/blueprint_app/ui/properties_dock.py" line="94" />
      <source>k</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
