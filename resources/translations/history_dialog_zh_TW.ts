<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>HistoryDialog</name>
    <message>
        <source>This note has no earlier versions yet: one is kept when you stop editing for a while.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>這篇筆記還沒有較早的版本：每次停下編輯一會兒，就會自動儲存一個版本。</translation>
    </message>
    <message>
        <source>Note history</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>筆記歷史</translation>
    </message>
    <message>
        <source>Earlier versions of this note: one is kept when you stop editing for a while.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>這篇筆記的較早版本：每次停下編輯一會兒，就會自動儲存一個版本。</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>恢復到這個版本(&amp;R)</translation>
    </message>
    <message>
        <source>%Ln word</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>%Ln 字</translation>
    </message>
    <message>
        <source>%Ln words</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>%Ln 字</translation>
    </message>
    <message>
        <source>{when} · {words}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{when} · {words}</translation>
    </message>
</context>
</TS>
