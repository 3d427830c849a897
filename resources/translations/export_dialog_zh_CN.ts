<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>The site&apos;s &amp;folder</source>
        <translation>站点文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>A plain &amp;output folder</source>
        <translation>普通输出文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Folder to export into</source>
        <translation>导出到的文件夹</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation>草稿(&amp;D)</translation>
    </message>
    <message>
        <source>P&amp;ublished</source>
        <translation>已发布(&amp;U)</translation>
    </message>
    <message>
        <source>Page &amp;bundle (slug/index.md)</source>
        <translation>页面包(&amp;B)（slug/index.md）</translation>
    </message>
    <message>
        <source>&amp;TOML front matter (+++)</source>
        <translation>TOML 头部信息(&amp;T)（+++）</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug（网址别名）</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>格式(&amp;M)：</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>导出到：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>文章状态：</translation>
    </message>
    <message>
        <source>Hugo:</source>
        <translation>Hugo：</translation>
    </message>
    <message>
        <source>&amp;Slug:</source>
        <translation>网址别名(&amp;S)：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>O&amp;verwrite</source>
        <translation>覆盖(&amp;V)</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>The site&apos;s &amp;folder ({layout})</source>
        <translation>站点文件夹(&amp;F)（{layout}）</translation>
    </message>
    <message>
        <source>Choose the site&apos;s folder</source>
        <translation>选择站点文件夹</translation>
    </message>
    <message>
        <source>Choose a folder to export into</source>
        <translation>选择导出文件夹</translation>
    </message>
    <message>
        <source>No notes to export.</source>
        <translation>没有可导出的笔记。</translation>
    </message>
    <message>
        <source>{slug}  (from the title; type to change)</source>
        <translation>{slug}（由标题生成，可直接修改）</translation>
    </message>
    <message>
        <source>{folder} — {count} post, e.g. {file}</source>
        <translation>{folder} — 共 {count} 篇文章，例如 {file}</translation>
    </message>
    <message>
        <source>{folder} — {count} posts, e.g. {file}</source>
        <translation>{folder} — 共 {count} 篇文章，例如 {file}</translation>
    </message>
    <message>
        <source>Exporting notes</source>
        <translation>正在导出笔记</translation>
    </message>
    <message>
        <source>note {id}: {reason}</source>
        <translation>笔记 {id}：{reason}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>警告：{message}</translation>
    </message>
    <message>
        <source>Exported {written} of {total} notes; {failed} not exported (see below). Cancelled; the files written are complete.</source>
        <translation>已导出 {written} 篇笔记（共 {total} 篇），{failed} 篇未导出（见下方）。导出已取消，已写入的文件都是完整的。</translation>
    </message>
    <message>
        <source>Exported {written} of {total} notes; {failed} not exported (see below).</source>
        <translation>已导出 {written} 篇笔记（共 {total} 篇），{failed} 篇未导出（见下方）。</translation>
    </message>
    <message>
        <source>Exported {written} of {total} notes. Cancelled; the files written are complete.</source>
        <translation>已导出 {written} 篇笔记（共 {total} 篇）。导出已取消，已写入的文件都是完整的。</translation>
    </message>
    <message>
        <source>Exported {written} of {total} notes.</source>
        <translation>已导出 {written} 篇笔记（共 {total} 篇）。</translation>
    </message>
    <message>
        <source>Export {count} note ({title})</source>
        <translation>导出 {count} 篇笔记（{title}）</translation>
    </message>
    <message>
        <source>Export {count} notes ({title})</source>
        <translation>导出 {count} 篇笔记（{title}）</translation>
    </message>
    <message>
        <source>Export note: {title}</source>
        <translation>导出笔记：{title}</translation>
    </message>
    <message>
        <source>Export entry: {title}</source>
        <translation>导出条目：{title}</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>Hugo</source>
        <translation>Hugo</translation>
    </message>
    <message>
        <source>Jekyll</source>
        <translation>Jekyll</translation>
    </message>
    <message>
        <source>Hexo</source>
        <translation>Hexo</translation>
    </message>
    <message>
        <source>Obsidian vault</source>
        <translation>Obsidian 仓库</translation>
    </message>
    <message>
        <source>Plain Markdown</source>
        <translation>纯 Markdown</translation>
    </message>
</context>
<context>
    <name>ExportLayout</name>
    <message>
        <source>content/posts/</source>
        <translation>content/posts/</translation>
    </message>
    <message>
        <source>_drafts/ or _posts/</source>
        <translation>_drafts/ 或 _posts/</translation>
    </message>
    <message>
        <source>source/_drafts/ or source/_posts/</source>
        <translation>source/_drafts/ 或 source/_posts/</translation>
    </message>
    <message>
        <source>the vault&apos;s top folder</source>
        <translation>仓库的顶层文件夹</translation>
    </message>
    <message>
        <source>the folder itself</source>
        <translation>文件夹本身</translation>
    </message>
</context>
</TS>
