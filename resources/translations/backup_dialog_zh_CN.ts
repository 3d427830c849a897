<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BackupDialog</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日自动备份</translation>
    </message>
    <message>
        <source>Backed up by you</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Before undoing an import</source>
        <translation>撤销导入前</translation>
    </message>
    <message>
        <source>Before an archive import</source>
        <translation>导入归档前</translation>
    </message>
    <message>
        <source>Before deleting several</source>
        <translation>批量删除前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复备份前</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} 字节</translation>
    </message>
    <message>
        <source>{when} ({reason}, {size})</source>
        <translation>{when}（{reason}，{size}）</translation>
    </message>
    <message>
        <source>{when} ({reason}, {size}, {entries} entries, {notes} notes)</source>
        <translation>{when}（{reason}，{size}，{entries} 个条目，{notes} 篇笔记）</translation>
    </message>
    <message>
        <source>There are no backups in {folder} yet. ReadingLog makes them itself (daily, and before an import, an upgrade or a deletion of several). To restore a copy kept elsewhere, use Choose file…</source>
        <translation>{folder} 里还没有备份。ReadingLog 会自动备份：每天一次，导入、升级或批量删除之前也会各备份一次。要恢复存放在别处的备份，请点“选择文件…”。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose a backup to put back in place of the library. The library as it is now is backed up first, so this can be undone the same way.</source>
        <translation>选一个备份来替换当前书库。替换前会先把现在的书库备份一份，所以日后也能用同样的方法恢复回来。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份文件</translation>
    </message>
    <message>
        <source>ReadingLog libraries (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>ReadingLog 书库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
</context>
</TS>
