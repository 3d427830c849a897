<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>LookupJobs</name>
    <message>
        <source>Asking {source}…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>正在向 {source} 查詢…</translation>
    </message>
    <message>
        <source>Fetching the cover…</source>
        <translatorcomment>zh_CN by OpenCC s2twp</translatorcomment>
        <translation>正在下載封面…</translation>
    </message>
</context>
</TS>
