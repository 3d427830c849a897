<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>TrashDialog</name>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>划线</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
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
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Deleted entries and notes stay here for {days} days.</source>
        <translation>删除的条目和笔记会在这里保留 {days} 天。</translation>
    </message>
    <message>
        <source>The trash is empty. Deleted entries and notes stay here for {days} days.</source>
        <translation>回收站是空的。删除的条目和笔记会在这里保留 {days} 天。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete forever…</source>
        <translation>永久删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>清空回收站(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln thing in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>要永久删除回收站中的 %Ln 项吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln things in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>要永久删除回收站中的 %Ln 项吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>永久删除</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln thing in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>要永久删除回收站中的全部 %Ln 项吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln things in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>要永久删除回收站中的全部 %Ln 项吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <source>{kind} #{id}: {title}</source>
        <translation>{kind} #{id}：{title}</translation>
    </message>
</context>
</TS>
