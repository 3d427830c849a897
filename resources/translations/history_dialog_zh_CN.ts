<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>HistoryDialog</name>
    <message>
        <source>This note has no earlier versions yet: one is kept when you stop editing for a while.</source>
        <translation>这篇笔记还没有较早的版本：每次停下编辑一会儿，就会自动保存一个版本。</translation>
    </message>
    <message>
        <source>Note history</source>
        <translation>笔记历史</translation>
    </message>
    <message>
        <source>Earlier versions of this note: one is kept when you stop editing for a while.</source>
        <translation>这篇笔记的较早版本：每次停下编辑一会儿，就会自动保存一个版本。</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>恢复到这个版本(&amp;R)</translation>
    </message>
    <message>
        <source>%Ln word</source>
        <translation>%Ln 字</translation>
    </message>
    <message>
        <source>%Ln words</source>
        <translation>%Ln 字</translation>
    </message>
    <message>
        <source>{when} · {words}</source>
        <translation>{when} · {words}</translation>
    </message>
</context>
</TS>
