<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>BackupDialog</name>
    <message>
        <source>Date</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>大小</translation>
    </message>
    <message>
        <source>Entries</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>條目</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Daily</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>每日自動備份</translation>
    </message>
    <message>
        <source>Backed up by you</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>手動備份</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>升級前</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>匯入前</translation>
    </message>
    <message>
        <source>Before undoing an import</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>復原匯入前</translation>
    </message>
    <message>
        <source>Before an archive import</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>匯入歸檔前</translation>
    </message>
    <message>
        <source>Before deleting several</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>批次刪除前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>恢復備份前</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{size} 位元組</translation>
    </message>
    <message>
        <source>{when} ({reason}, {size})</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{when}（{reason}，{size}）</translation>
    </message>
    <message>
        <source>{when} ({reason}, {size}, {entries} entries, {notes} notes)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{when}（{reason}，{size}，{entries} 個條目，{notes} 篇筆記）</translation>
    </message>
    <message>
        <source>There are no backups in {folder} yet. ReadingLog makes them itself (daily, and before an import, an upgrade or a deletion of several). To restore a copy kept elsewhere, use Choose file…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{folder} 裡還沒有備份。ReadingLog 會自動備份：每天一次，匯入、升級或批次刪除之前也會各備份一次。要恢復存放在別處的備份，請點「選擇檔案…」。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>從備份恢復</translation>
    </message>
    <message>
        <source>Choose a backup to put back in place of the library. The library as it is now is backed up first, so this can be undone the same way.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>選一個備份來替換目前書庫。替換前會先把現在的書庫備份一份，所以日後也能用同樣的方法恢復回來。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>備份</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>選擇檔案(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>恢復(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>選擇備份檔案</translation>
    </message>
    <message>
        <source>ReadingLog libraries (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>ReadingLog 書庫 (*.sqlite3 *.sqlite *.db);;所有檔案 (*)</translation>
    </message>
</context>
</TS>
