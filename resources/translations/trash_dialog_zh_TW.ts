<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>TrashDialog</name>
    <message>
        <source>Entry</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>條目</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>劃線</translation>
    </message>
    <message>
        <source>Trash</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>垃圾桶</translation>
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
        <source>Deleted</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>刪除時間</translation>
    </message>
    <message>
        <source>Deleted entries and notes stay here for {days} days.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>刪除的條目和筆記會在這裡保留 {days} 天。</translation>
    </message>
    <message>
        <source>The trash is empty. Deleted entries and notes stay here for {days} days.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>垃圾桶是空的。刪除的條目和筆記會在這裡保留 {days} 天。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>恢復(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete forever…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>永久刪除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>清空垃圾桶(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln thing in the trash for good? This cannot be undone.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>要永久刪除垃圾桶中的 %Ln 項嗎？此操作無法復原。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln things in the trash for good? This cannot be undone.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>要永久刪除垃圾桶中的 %Ln 項嗎？此操作無法復原。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>永久刪除</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln thing in the trash for good? This cannot be undone.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>要永久刪除垃圾桶中的全部 %Ln 項嗎？此操作無法復原。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln things in the trash for good? This cannot be undone.</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>
            <numerusform>要永久刪除垃圾桶中的全部 %Ln 項嗎？此操作無法復原。</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>清空垃圾桶</translation>
    </message>
    <message>
        <source>{kind} #{id}: {title}</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>{kind} #{id}：{title}</translation>
    </message>
</context>
</TS>
