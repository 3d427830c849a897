<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChooseFolderButton</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the {what}</source>
        <translation>选择{what}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
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
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Your library, its backups and attachments live here. Start ReadingLog with --home DIR or READINGLOG_HOME to use another folder.</source>
        <translation>书库、备份和附件都存放在这里。想换一个文件夹，可以用 --home DIR 参数或 READINGLOG_HOME 环境变量启动 ReadingLog。</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>书库</translation>
    </message>
    <message>
        <source>Blog site folders (remembered by the export dialog)</source>
        <translation>博客站点文件夹（导出时会记住）</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>{format} site folder</source>
        <translation>{format} 站点文件夹</translation>
    </message>
    <message>
        <source>{format}:</source>
        <translation>{format}：</translation>
    </message>
    <message>
        <source>The language applies after a restart.</source>
        <translation>语言设置在重新启动后生效。</translation>
    </message>
    <message>
        <source>Default e&amp;xport format:</source>
        <translation>默认导出格式(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Search as you &amp;type (else only when Enter is pressed)</source>
        <translation>边输入边搜索(&amp;T)（不勾选则按 Enter 才搜索）</translation>
    </message>
    <message>
        <source>Search results to show</source>
        <translation>显示的搜索结果数</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&amp;Results to show:</source>
        <translation>显示结果数(&amp;R)：</translation>
    </message>
    <message>
        <source>Backups size cap</source>
        <translation>备份总大小上限</translation>
    </message>
    <message>
        <source>none (e.g. a synced or external drive)</source>
        <translation>无（例如同步盘或移动硬盘）</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>第二个备份文件夹</translation>
    </message>
    <message>
        <source>A backup is made once a day and before every import, undo, archive import and restore; the oldest go when the backups take more than the cap.</source>
        <translation>每天自动备份一次，每次导入、撤销、导入归档和恢复之前也会备份；备份总大小超过上限时，最旧的备份会被删除。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Keep backups within:</source>
        <translation>备份总大小不超过：</translation>
    </message>
    <message>
        <source>Also copy them to:</source>
        <translation>另存一份到：</translation>
    </message>
</context>
</TS>
