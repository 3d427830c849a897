<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importable files ({patterns})</source>
        <translation>可导入的文件（{patterns}）</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>a CSV, OPML or Markdown file, highlights (Kindle, Readwise, KOReader, WeRead), a 豆瓣 backup, or a folder</source>
        <translation>CSV、OPML 或 Markdown 文件，划线导出（Kindle、Readwise、KOReader、微信读书），豆瓣备份，或一个文件夹</translation>
    </message>
    <message>
        <source>File or folder to import</source>
        <translation>要导入的文件或文件夹</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>选择文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Choose a file, or drop one on the main window.</source>
        <translation>请选择一个文件，或者把文件拖到主窗口上。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>To import</source>
        <translation>待导入</translation>
    </message>
    <message>
        <source>Skipped and warnings</source>
        <translation>跳过与警告</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>撤销这次导入(&amp;U)</translation>
    </message>
    <message>
        <source>Remove what this import added and restore what it changed</source>
        <translation>删除这次导入添加的内容，并还原它改动过的内容</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <source>Copy what was read, skipped and warned about</source>
        <translation>复制读取、跳过和警告的全部情况</translation>
    </message>
    <message>
        <source>Detected: {reason}. Change it if it is wrong.</source>
        <translation>已识别：{reason}。如果不对，请手动更改。</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Import a folder: Markdown notes, a Readwise export or KOReader books</source>
        <translation>导入文件夹：Markdown 笔记、Readwise 导出或 KOReader 书籍</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <source>Checking {file}</source>
        <translation>正在检查 {file}</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>正在导入 {file}</translation>
    </message>
    <message>
        <source>Undoing import {batch}</source>
        <translation>正在撤销第 {batch} 次导入</translation>
    </message>
    <message>
        <source>Undone: import {batch} was taken back; the library is as it was before it.</source>
        <translation>已撤销：第 {batch} 次导入已被撤回，书库恢复到导入之前的样子。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported, the library is as it was.</source>
        <translation>已取消：没有导入任何内容，书库保持原样。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>没有导入任何内容。</translation>
    </message>
    <message>
        <source>Preview: {summary} Nothing is changed until you press Import.</source>
        <translation>预览：{summary}按下“导入”之前不会做任何更改。</translation>
    </message>
    <message>
        <source>Imported: {summary} (import {batch})</source>
        <translation>已导入：{summary}（第 {batch} 次导入）</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>…… 还有 {count} 项</translation>
    </message>
    <message>
        <source>To import ({counts})</source>
        <translation>待导入（{counts}）</translation>
    </message>
    <message>
        <source>Imported ({counts})</source>
        <translation>已导入（{counts}）</translation>
    </message>
    <message>
        <source>Skipped and warnings ({count})</source>
        <translation>跳过与警告（{count}）</translation>
    </message>
</context>
<context>
    <name>ImportKind</name>
    <message>
        <source>Goodreads library export (CSV)</source>
        <translation>Goodreads 书库导出（CSV）</translation>
    </message>
    <message>
        <source>StoryGraph export (CSV)</source>
        <translation>StoryGraph 导出（CSV）</translation>
    </message>
    <message>
        <source>Podcast subscriptions (OPML)</source>
        <translation>播客订阅（OPML）</translation>
    </message>
    <message>
        <source>Markdown notes (a file, a blog or a vault)</source>
        <translation>Markdown 笔记（单个文件、博客或 Obsidian 仓库）</translation>
    </message>
    <message>
        <source>Kindle highlights (My Clippings.txt)</source>
        <translation>Kindle 划线（My Clippings.txt）</translation>
    </message>
    <message>
        <source>Readwise highlights (the CSV, or the Markdown export&apos;s folder)</source>
        <translation>Readwise 划线（CSV，或 Markdown 导出的文件夹）</translation>
    </message>
    <message>
        <source>KOReader highlights (a book&apos;s metadata .lua, or a folder of books)</source>
        <translation>KOReader 划线（一本书的元数据 .lua，或一个书籍文件夹）</translation>
    </message>
    <message>
        <source>WeRead notes (微信读书&apos;s exported text)</source>
        <translation>微信读书笔记（微信读书导出的文本）</translation>
    </message>
    <message>
        <source>豆瓣 backup (JSON) or 豆伴 sheet (CSV)</source>
        <translation>豆瓣备份（JSON）或豆伴表格（CSV）</translation>
    </message>
</context>
<context>
    <name>ImportRow</name>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>highlight</source>
        <translation>划线</translation>
    </message>
</context>
</TS>
