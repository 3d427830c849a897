<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>ChooseFolderButton</name>
    <message>
        <source>Choose…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>Choose the {what}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>選擇{what}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Follow the system</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>深色</translation>
    </message>
    <message>
        <source>Hugo</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>Hugo</translation>
    </message>
    <message>
        <source>Jekyll</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>Jekyll</translation>
    </message>
    <message>
        <source>Hexo</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>Hexo</translation>
    </message>
    <message>
        <source>Obsidian vault</source>
        <translation>Obsidian 儲存庫</translation>
    </message>
    <message>
        <source>Plain Markdown</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>純 Markdown</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>資料存放資料夾</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>開啟資料夾(&amp;O)</translation>
    </message>
    <message>
        <source>Your library, its backups and attachments live here. Start ReadingLog with --home DIR or READINGLOG_HOME to use another folder.</source>
        <translation>書庫、備份和附件都存放在這裡。想換一個資料夾，可以用 --home DIR 參數或 READINGLOG_HOME 環境變數啟動 ReadingLog。</translation>
    </message>
    <message>
        <source>Library</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>書庫</translation>
    </message>
    <message>
        <source>Blog site folders (remembered by the export dialog)</source>
        <translation>部落格網站資料夾（匯出時會記住）</translation>
    </message>
    <message>
        <source>not set</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>未設定</translation>
    </message>
    <message>
        <source>{format} site folder</source>
        <translation>{format} 網站資料夾</translation>
    </message>
    <message>
        <source>{format}:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{format}：</translation>
    </message>
    <message>
        <source>The language applies after a restart.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>語言設定在重新啟動後生效。</translation>
    </message>
    <message>
        <source>Default e&amp;xport format:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>預設匯出格式(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>主題(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>Search as you &amp;type (else only when Enter is pressed)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>邊輸入邊搜尋(&amp;T)（不勾選則按 Enter 才搜尋）</translation>
    </message>
    <message>
        <source>Search results to show</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>顯示的搜尋結果數</translation>
    </message>
    <message>
        <source>Search</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>&amp;Results to show:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>顯示結果數(&amp;R)：</translation>
    </message>
    <message>
        <source>Backups size cap</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>備份總大小上限</translation>
    </message>
    <message>
        <source>none (e.g. a synced or external drive)</source>
        <translation>無（例如雲端硬碟或外接硬碟）</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>第二個備份資料夾</translation>
    </message>
    <message>
        <source>A backup is made once a day and before every import, undo, archive import and restore; the oldest go when the backups take more than the cap.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>每天自動備份一次，每次匯入、復原、匯入歸檔和恢復之前也會備份；備份總大小超過上限時，最舊的備份會被刪除。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>備份</translation>
    </message>
    <message>
        <source>Keep backups within:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>備份總大小不超過：</translation>
    </message>
    <message>
        <source>Also copy them to:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>另存一份到：</translation>
    </message>
</context>
</TS>
