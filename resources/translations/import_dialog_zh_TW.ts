<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importable files ({patterns})</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>可匯入的檔案（{patterns}）</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>匯入</translation>
    </message>
    <message>
        <source>a CSV, OPML or Markdown file, highlights (Kindle, Readwise, KOReader, WeRead), a 豆瓣 backup, or a folder</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>CSV、OPML 或 Markdown 檔案，劃線匯出（Kindle、Readwise、KOReader、微信讀書），豆瓣備份，或一個資料夾</translation>
    </message>
    <message>
        <source>File or folder to import</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>要匯入的檔案或資料夾</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>選擇檔案(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>選擇資料夾(&amp;O)…</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>檔案類型</translation>
    </message>
    <message>
        <source>File:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>檔案：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <source>Choose a file, or drop one on the main window.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>請選擇一個檔案，或者把檔案拖到主視窗上。</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>變化</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>類型</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>標題</translation>
    </message>
    <message>
        <source>To import</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>待匯入</translation>
    </message>
    <message>
        <source>Skipped and warnings</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>跳過與警告</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>復原這次匯入(&amp;U)</translation>
    </message>
    <message>
        <source>Remove what this import added and restore what it changed</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>刪除這次匯入新增的內容，並還原它改動過的內容</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>複製報告(&amp;C)</translation>
    </message>
    <message>
        <source>Copy what was read, skipped and warned about</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>複製讀取、跳過和警告的全部情況</translation>
    </message>
    <message>
        <source>Detected: {reason}. Change it if it is wrong.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已識別：{reason}。如果不對，請手動更改。</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>匯入檔案</translation>
    </message>
    <message>
        <source>Import a folder: Markdown notes, a Readwise export or KOReader books</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>匯入資料夾：Markdown 筆記、Readwise 匯出或 KOReader 書籍</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>正在讀取 {file}…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>正在匯入 {file}…</translation>
    </message>
    <message>
        <source>Checking {file}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>正在檢查 {file}</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>正在匯入 {file}</translation>
    </message>
    <message>
        <source>Undoing import {batch}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>正在復原第 {batch} 次匯入</translation>
    </message>
    <message>
        <source>Undone: import {batch} was taken back; the library is as it was before it.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已復原：第 {batch} 次匯入已被撤回，書庫恢復到匯入之前的樣子。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported, the library is as it was.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已取消：沒有匯入任何內容，書庫保持原樣。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>沒有匯入任何內容。</translation>
    </message>
    <message>
        <source>Preview: {summary} Nothing is changed until you press Import.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>預覽：{summary}按下「匯入」之前不會做任何更改。</translation>
    </message>
    <message>
        <source>Imported: {summary} (import {batch})</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已匯入：{summary}（第 {batch} 次匯入）</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>…… 還有 {count} 項</translation>
    </message>
    <message>
        <source>To import ({counts})</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>待匯入（{counts}）</translation>
    </message>
    <message>
        <source>Imported ({counts})</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已匯入（{counts}）</translation>
    </message>
    <message>
        <source>Skipped and warnings ({count})</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>跳過與警告（{count}）</translation>
    </message>
</context>
<context>
    <name>ImportKind</name>
    <message>
        <source>Goodreads library export (CSV)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>Goodreads 書庫匯出（CSV）</translation>
    </message>
    <message>
        <source>StoryGraph export (CSV)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>StoryGraph 匯出（CSV）</translation>
    </message>
    <message>
        <source>Podcast subscriptions (OPML)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>播客訂閱（OPML）</translation>
    </message>
    <message>
        <source>Markdown notes (a file, a blog or a vault)</source>
        <translation>Markdown 筆記（單個檔案、部落格或 Obsidian 儲存庫）</translation>
    </message>
    <message>
        <source>Kindle highlights (My Clippings.txt)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>Kindle 劃線（My Clippings.txt）</translation>
    </message>
    <message>
        <source>Readwise highlights (the CSV, or the Markdown export&apos;s folder)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>Readwise 劃線（CSV，或 Markdown 匯出的資料夾）</translation>
    </message>
    <message>
        <source>KOReader highlights (a book&apos;s metadata .lua, or a folder of books)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>KOReader 劃線（一本書的後設資料 .lua，或一個書籍資料夾）</translation>
    </message>
    <message>
        <source>WeRead notes (微信读书&apos;s exported text)</source>
        <translation>微信讀書筆記（微信讀書匯出的文字）</translation>
    </message>
    <message>
        <source>豆瓣 backup (JSON) or 豆伴 sheet (CSV)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>豆瓣備份（JSON）或豆伴表格（CSV）</translation>
    </message>
</context>
<context>
    <name>ImportRow</name>
    <message>
        <source>new</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>新增</translation>
    </message>
    <message>
        <source>updated</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>更新</translation>
    </message>
    <message>
        <source>note</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>筆記</translation>
    </message>
    <message>
        <source>highlight</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>劃線</translation>
    </message>
</context>
</TS>
