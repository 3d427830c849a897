<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Format</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>格式</translation>
    </message>
    <message>
        <source>The site&apos;s &amp;folder</source>
        <translation>網站資料夾(&amp;F)</translation>
    </message>
    <message>
        <source>A plain &amp;output folder</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>普通輸出資料夾(&amp;O)</translation>
    </message>
    <message>
        <source>Folder to export into</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>匯出到的資料夾</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>選擇(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>草稿(&amp;D)</translation>
    </message>
    <message>
        <source>P&amp;ublished</source>
        <translation>已發布(&amp;U)</translation>
    </message>
    <message>
        <source>Page &amp;bundle (slug/index.md)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>頁面包(&amp;B)（slug/index.md）</translation>
    </message>
    <message>
        <source>&amp;TOML front matter (+++)</source>
        <translation>TOML 前置資料(&amp;T)（+++）</translation>
    </message>
    <message>
        <source>Slug</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>Slug（網址別名）</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>格式(&amp;M)：</translation>
    </message>
    <message>
        <source>Into:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>匯出到：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>資料夾：</translation>
    </message>
    <message>
        <source>Post:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>文章狀態：</translation>
    </message>
    <message>
        <source>Hugo:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>Hugo：</translation>
    </message>
    <message>
        <source>&amp;Slug:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>網址別名(&amp;S)：</translation>
    </message>
    <message>
        <source>File:</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>檔案：</translation>
    </message>
    <message>
        <source>O&amp;verwrite</source>
        <translation>覆寫(&amp;V)</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>開啟資料夾(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>The site&apos;s &amp;folder ({layout})</source>
        <translation>網站資料夾(&amp;F)（{layout}）</translation>
    </message>
    <message>
        <source>Choose the site&apos;s folder</source>
        <translation>選擇網站資料夾</translation>
    </message>
    <message>
        <source>Choose a folder to export into</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>選擇匯出資料夾</translation>
    </message>
    <message>
        <source>No notes to export.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>沒有可匯出的筆記。</translation>
    </message>
    <message>
        <source>{slug}  (from the title; type to change)</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{slug}（由標題生成，可直接修改）</translation>
    </message>
    <message>
        <source>{folder} — {count} post, e.g. {file}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{folder} — 共 {count} 篇文章，例如 {file}</translation>
    </message>
    <message>
        <source>{folder} — {count} posts, e.g. {file}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{folder} — 共 {count} 篇文章，例如 {file}</translation>
    </message>
    <message>
        <source>Exporting notes</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>正在匯出筆記</translation>
    </message>
    <message>
        <source>note {id}: {reason}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>筆記 {id}：{reason}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已匯出到 {path}</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>警告：{message}</translation>
    </message>
    <message>
        <source>Exported {written} of {total} notes; {failed} not exported (see below). Cancelled; the files written are complete.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已匯出 {written} 篇筆記（共 {total} 篇），{failed} 篇未匯出（見下方）。匯出已取消，已寫入的檔案都是完整的。</translation>
    </message>
    <message>
        <source>Exported {written} of {total} notes; {failed} not exported (see below).</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已匯出 {written} 篇筆記（共 {total} 篇），{failed} 篇未匯出（見下方）。</translation>
    </message>
    <message>
        <source>Exported {written} of {total} notes. Cancelled; the files written are complete.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已匯出 {written} 篇筆記（共 {total} 篇）。匯出已取消，已寫入的檔案都是完整的。</translation>
    </message>
    <message>
        <source>Exported {written} of {total} notes.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>已匯出 {written} 篇筆記（共 {total} 篇）。</translation>
    </message>
    <message>
        <source>Export {count} note ({title})</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>匯出 {count} 篇筆記（{title}）</translation>
    </message>
    <message>
        <source>Export {count} notes ({title})</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>匯出 {count} 篇筆記（{title}）</translation>
    </message>
    <message>
        <source>Export note: {title}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>匯出筆記：{title}</translation>
    </message>
    <message>
        <source>Export entry: {title}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>匯出條目：{title}</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
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
</context>
<context>
    <name>ExportLayout</name>
    <message>
        <source>content/posts/</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>content/posts/</translation>
    </message>
    <message>
        <source>_drafts/ or _posts/</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>_drafts/ 或 _posts/</translation>
    </message>
    <message>
        <source>source/_drafts/ or source/_posts/</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>source/_drafts/ 或 source/_posts/</translation>
    </message>
    <message>
        <source>the vault&apos;s top folder</source>
        <translation>儲存庫的最上層資料夾</translation>
    </message>
    <message>
        <source>the folder itself</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>資料夾本身</translation>
    </message>
</context>
</TS>
